/*
 * aftoets criteria [ID]: list the catalog, or explain one criterion, as
 * text, markdown (for a wiki or a printed checklist) or json.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "aftoets/escape.h"
#include "aftoets/json.h"
#include "aftoets/report.h"
#include "cli.h"

static void
list_text(const struct aft_catalog *cat, enum aft_lang lang)
{
	aft_esc_term(stdout, cat->title.s[lang], 0);
	printf(" (%s ", cat->id);
	aft_esc_term(stdout, cat->version, 0);
	printf(")\n");
	for (size_t i = 0; i < cat->nprinciples; i++) {
		const struct aft_principle *p = &cat->principles[i];

		putchar('\n');
		aft_esc_term(stdout, p->title.s[lang], 0);
		printf(" (%s)\n", p->id);
		for (size_t j = 0; j < p->ncriteria; j++) {
			const struct aft_criterion *c = &p->criteria[j];

			printf("  %-7s %s\n", c->id, cli_kind_label(c, lang));
			cli_print_wrapped(stdout, c->text.s[lang], 10);
		}
	}
}

/* Markdown that shows s as it is written. */
static void
md(const char *s)
{
	aft_esc_md(stdout, s);
}

static void
scale_markdown(const struct aft_catalog *cat, enum aft_lang lang)
{
	printf("| %s | %s | %s | %s |\n|---|--:|---|---|\n",
	    aft_msg(lang, AFT_M_L_LEVEL), aft_msg(lang, AFT_M_L_POINTS_H),
	    aft_msg(lang, AFT_M_L_TEXT), aft_msg(lang, AFT_M_L_ALIASES_H));
	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level *l = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;

		if (l->id == NULL)
			continue;
		printf("| `%s` | ", l->id);
		if (i < cat->nlevels)
			printf("%d", l->points);
		printf(" | ");
		md(l->label.s[lang]);
		printf(" | ");
		for (size_t k = 0; k < l->naliases; k++) {
			fputs(k ? ", " : "", stdout);
			aft_esc_md_code(stdout, l->aliases[k]);
		}
		printf(" |\n");
	}
}

static void
criterion_markdown(const struct aft_catalog *cat,
    const struct aft_criterion *c, enum aft_lang lang, const char *level)
{
	const struct aft_principle *p = &cat->principles[c->principle];

	printf("%s %s\n\n", level, c->id);
	printf("| %s | %s |\n|---|---|\n", aft_msg(lang, AFT_M_L_CRITERION),
	    c->id);
	printf("| %s | ", aft_msg(lang, AFT_M_L_PRINCIPLE));
	md(p->title.s[lang]);
	printf(" (`%s`) |\n", p->id);
	printf("| %s | %s |\n", aft_msg(lang, AFT_M_L_KIND),
	    cli_kind_label(c, lang));
	printf("| %s | %g |\n\n", aft_msg(lang, AFT_M_L_WEIGHT), c->weight);
	printf("**%s:** ", aft_msg(lang, AFT_M_L_TEXT));
	md(c->text.s[lang]);
	printf("\n\n**%s:** ", aft_msg(lang, AFT_M_L_GUIDANCE));
	md(c->guidance.s[lang]);
	printf("\n");
	if (c->npractice > 0)
		printf("\n**%s:**\n\n", aft_msg(lang, AFT_M_L_PRACTICE));
	for (size_t i = 0; i < c->npractice; i++) {
		printf("- **");
		md(cat->levels[c->practice[i].level].label.s[lang]);
		printf(":** ");
		md(c->practice[i].text.s[lang]);
		printf("\n");
	}
	if (aft_text_given(&c->evidence)) {
		printf("\n**%s:** ", aft_msg(lang, AFT_M_L_EVIDENCE));
		md(c->evidence.s[lang]);
		printf("\n");
	}
	if (aft_text_given(&c->pitfall)) {
		printf("\n**%s:** ", aft_msg(lang, AFT_M_L_PITFALL));
		md(c->pitfall.s[lang]);
		printf("\n");
	}
}

static void
list_markdown(const struct aft_catalog *cat, enum aft_lang lang)
{
	printf("# ");
	md(cat->title.s[lang]);
	printf("\n\n%s: `%s` ", aft_msg(lang, AFT_M_L_CATALOG), cat->id);
	md(cat->version);
	printf("\n\n## %s\n\n", aft_msg(lang, AFT_M_L_SCALE));
	scale_markdown(cat, lang);
	for (size_t i = 0; i < cat->nprinciples; i++) {
		const struct aft_principle *p = &cat->principles[i];

		printf("\n## ");
		md(p->title.s[lang]);
		printf(" (`%s`)\n\n", p->id);
		if (p->summary.s[lang][0] != '\0') {
			md(p->summary.s[lang]);
			printf("\n\n");
		}
		printf("| %s | %s | %s |\n|---|---|---|\n",
		    aft_msg(lang, AFT_M_L_CRITERION),
		    aft_msg(lang, AFT_M_L_KIND), aft_msg(lang, AFT_M_L_TEXT));
		for (size_t j = 0; j < p->ncriteria; j++) {
			const struct aft_criterion *c = &p->criteria[j];

			printf("| %s | %s | ", c->id, cli_kind_label(c, lang));
			md(c->text.s[lang]);
			printf(" |\n");
		}
		for (size_t j = 0; j < p->ncriteria; j++) {
			printf("\n");
			criterion_markdown(cat, &p->criteria[j], lang, "###");
		}
	}
}

/* The catalog, or criterion c of it, as JSON on stdout. */
static int
dump_json(const struct aft_catalog *cat, const struct aft_criterion *c,
    enum aft_lang lang)
{
	int rc = aft_json_write_catalog(stdout, cat, c, lang);

	if (rc == AFT_ENOMEM)
		cli_errorm(AFT_M_C_NOMEM);
	/* A write error on stdout is reported by main. */
	return rc == AFT_OK ? EXIT_OK : EXIT_ERROR;
}

/* The options of criteria. */
struct criteria_opts {
	enum { TEXT, MARKDOWN, JSON }	 fmt;
};

static const struct option longopts[] = {
	{ "format",	required_argument, NULL, 'f' },
	{ NULL, 0, NULL, 0 }
};

static int
criteria_option(struct cli_ctx *x, int c, const char *arg)
{
	struct criteria_opts *o = x->state;

	if (c != 'f')
		return 0;
	if (strcmp(arg, "json") == 0)
		o->fmt = JSON;
	else if (strcmp(arg, "markdown") == 0)
		o->fmt = MARKDOWN;
	else if (strcmp(arg, "text") == 0)
		o->fmt = TEXT;
	else {
		cli_usage(AFT_M_C_BAD_VALUE, arg, "--format",
		    "text|markdown|json");
		return -1;
	}
	return 1;
}

/*
 * The criterion the operand names, or NULL after saying it is unknown
 * or, for an id of an earlier version, which criterion replaced it.
 */
static const struct aft_criterion *
find(const struct aft_catalog *cat, const char *id)
{
	const struct aft_criterion	*c;
	const char			*near;

	if ((c = aft_catalog_find(cat, id)) != NULL)
		return c;
	if ((c = aft_catalog_successor(cat, id)) != NULL)
		cli_errorm(AFT_M_CRIT_REPLACED, id, c->id, cat->version,
		    c->id);
	else if ((near = aft_catalog_nearest(cat, id)) != NULL)
		cli_errorm(AFT_M_UNKNOWN_CRIT, id, near);
	else
		cli_errorm(AFT_M_UNKNOWN_CRIT0, id);
	return NULL;
}

static int
criteria_run(struct cli_ctx *x)
{
	const struct criteria_opts	*o = x->state;
	const struct aft_catalog	*cat = x->cat;
	const struct aft_criterion	*c = NULL;
	enum aft_lang			 lang = x->common.lang;

	if (x->argc == 1 && (c = find(cat, x->argv[0])) == NULL)
		return EXIT_ERROR;
	if (o->fmt == JSON)
		return dump_json(cat, c, lang);
	if (o->fmt == MARKDOWN && c != NULL) {
		criterion_markdown(cat, c, lang, "##");
		printf("\n### %s\n\n", aft_msg(lang, AFT_M_L_SCALE));
		scale_markdown(cat, lang);
	} else if (o->fmt == MARKDOWN)
		list_markdown(cat, lang);
	else if (c != NULL)
		cli_explain(stdout, cat, c, lang);
	else
		list_text(cat, lang);
	return EXIT_OK;
}

const struct cli_command cmd_criteria = {
	.name		= "criteria",
	.synopsis	= "criteria [options] [id]",
	.help		= {
	[AFT_LANG_NL] =
"Toon de catalogus per principe, of leg een criterium volledig uit: principe,\n"
"soort, gewicht, tekst, bewijs, de niveaus in de praktijk, een valkuil en de\n"
"schaal.\n"
"\n"
"  -f, --format FORMAT   text (standaard), markdown of json\n",
	[AFT_LANG_EN] =
"List the catalog by principle, or explain one criterion in full: principle,\n"
"kind, weight, text, evidence, the levels in practice, a pitfall and the scale.\n"
"\n"
"  -f, --format FORMAT   text (default), markdown or json\n",
	},
	.traits		= CLI_LOADS_CATALOG,
	.operands	= { .max = 1, .many = AFT_M_C_TOO_MANY },
	.shortopts	= "f:",
	.longopts	= longopts,
	.state_size	= sizeof(struct criteria_opts),
	.option		= criteria_option,
	.run		= criteria_run,
};
