/*
 * Explaining criteria and the answer scale as terminal text, shared by
 * "aftoets criteria ID" and any command that shows a criterion to a
 * person.  Lines are wrapped at 78 columns.  Catalog texts may come from
 * a file given with --criteria, so they are written as terminal text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/escape.h"
#include "aftoets/report.h"
#include "cli.h"

void
cli_print_wrapped(FILE *fp, const char *text, size_t indent)
{
	cli_print_wrapped_at(fp, text, indent, 78);
}

void
cli_print_wrapped_at(FILE *fp, const char *text, size_t indent,
    size_t limit)
{
	size_t		 col = indent;
	char		*tmp = NULL;
	const char	*s = text;

	/* Line ends become spaces: the text is wrapped anew. */
	if (s[aft_esc_term_span(s, 0)] != '\0' &&
	    (s = tmp = aft_esc_term_dup(text, 0)) == NULL)
		s = "\xEF\xBF\xBD";

	for (int i = 0; i < (int)indent; i++)
		putc(' ', fp);
	while (*s != '\0') {
		const char	*w = s;
		size_t		 len = 0, cols = 0;

		while (w[len] != '\0' && w[len] != ' ') {
			if (((unsigned char)w[len] & 0xC0) != 0x80)
				cols++;
			len++;
		}
		if (col > indent && col + 1 + cols > limit) {
			putc('\n', fp);
			for (size_t i = 0; i < indent; i++)
				putc(' ', fp);
			col = indent;
		} else if (col > indent) {
			putc(' ', fp);
			col++;
		}
		fwrite(w, 1, len, fp);
		col += cols;
		s = w + len;
		while (*s == ' ')
			s++;
	}
	putc('\n', fp);
	free(tmp);
}

const char *
cli_kind_label(const struct aft_criterion *c, enum aft_lang lang)
{
	return aft_msg(lang, c->kind == AFT_KIND_USER ? AFT_M_L_KIND_USER :
	    AFT_M_L_KIND_INCLUSION);
}

/* "1 punt", "3 punten". */
static const char *
points_word(int n, enum aft_lang lang)
{
	return aft_msg(lang, n == 1 ? AFT_M_L_POINT : AFT_M_L_POINTS);
}

void
cli_scale_text(FILE *fp, const struct aft_catalog *cat, enum aft_lang lang)
{
	size_t idw = 0;

	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level *l = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;

		if (l->id != NULL && strlen(l->id) > idw)
			idw = strlen(l->id);
	}
	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level	*l = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;
		char			 pts[64] = "";

		if (l->id == NULL)
			continue;
		if (i < cat->nlevels)
			snprintf(pts, sizeof(pts), "%d %s", l->points,
			    points_word(l->points, lang));
		fprintf(fp, "  %-*s  %-9s  ", (int)idw, l->id, pts);
		aft_esc_term(fp, l->label.s[lang], 0);
		for (size_t k = 0; k < l->naliases; k++) {
			fputs(k ? ", " : " (", fp);
			aft_esc_term(fp, l->aliases[k], 0);
		}
		fprintf(fp, "%s\n", l->naliases ? ")" : "");
	}
}

void
cli_explain_part(FILE *fp, const struct aft_catalog *cat,
    const struct aft_criterion *c, enum aft_lang lang, enum cli_part part)
{
	switch (part) {
	case CLI_PART_EVIDENCE:
		fprintf(fp, "\n%s\n", aft_msg(lang, AFT_M_L_GUIDANCE));
		cli_print_wrapped(fp, c->guidance.s[lang], 2);
		break;
	case CLI_PART_PRACTICE:
		if (c->npractice > 0)
			fprintf(fp, "\n%s\n", aft_msg(lang, AFT_M_L_PRACTICE));
		for (size_t i = 0; i < c->npractice; i++) {
			fputs("  ", fp);
			aft_esc_term(fp,
			    cat->levels[c->practice[i].level].label.s[lang], 0);
			putc('\n', fp);
			cli_print_wrapped(fp, c->practice[i].text.s[lang], 4);
		}
		break;
	case CLI_PART_EXAMPLES:
		if (aft_text_given(&c->evidence)) {
			fprintf(fp, "\n%s\n", aft_msg(lang, AFT_M_L_EVIDENCE));
			cli_print_wrapped(fp, c->evidence.s[lang], 2);
		}
		break;
	case CLI_PART_PITFALL:
		if (aft_text_given(&c->pitfall)) {
			fprintf(fp, "\n%s\n", aft_msg(lang, AFT_M_L_PITFALL));
			cli_print_wrapped(fp, c->pitfall.s[lang], 2);
		}
		break;
	}
}

void
cli_explain(FILE *fp, const struct aft_catalog *cat,
    const struct aft_criterion *c, enum aft_lang lang)
{
	fprintf(fp, "%s\n", c->id);
	cli_explain_body(fp, cat, c, lang);
}

void
cli_explain_body(FILE *fp, const struct aft_catalog *cat,
    const struct aft_criterion *c, enum aft_lang lang)
{
	const struct aft_principle	*p = &cat->principles[c->principle];
	char				 num[AFT_NUMBUF], hint[512];

	fprintf(fp, "  %-12s ", aft_msg(lang, AFT_M_L_PRINCIPLE));
	aft_esc_term(fp, p->title.s[lang], 0);
	fprintf(fp, " (%s)\n", p->id);
	fprintf(fp, "  %-12s %s\n", aft_msg(lang, AFT_M_L_KIND),
	    cli_kind_label(c, lang));
	snprintf(num, sizeof(num), "%g", c->weight);
	fprintf(fp, "  %-12s %s\n\n", aft_msg(lang, AFT_M_L_WEIGHT), num);
	fprintf(fp, "%s\n", aft_msg(lang, AFT_M_L_TEXT));
	cli_print_wrapped(fp, c->text.s[lang], 2);
	/* The guidance that helps choose a level, after the evidence. */
	cli_explain_part(fp, cat, c, lang, CLI_PART_EVIDENCE);
	cli_explain_part(fp, cat, c, lang, CLI_PART_PRACTICE);
	cli_explain_part(fp, cat, c, lang, CLI_PART_EXAMPLES);
	cli_explain_part(fp, cat, c, lang, CLI_PART_PITFALL);
	fprintf(fp, "\n%s\n", aft_msg(lang, AFT_M_L_SCALE));
	cli_scale_text(fp, cat, lang);
	fprintf(fp, "\n%s\n", aft_msg(lang, AFT_M_L_ANSWER_AS));
	fprintf(fp, "  %s: %s\n", c->id, cat->levels[cat->nlevels - 1].id);
	snprintf(hint, sizeof(hint), aft_msg(lang, AFT_M_L_ANSWER_HINT),
	    cat->nvt.id != NULL ? cat->nvt.id : "-");
	cli_print_wrapped(fp, hint, 2);
}

