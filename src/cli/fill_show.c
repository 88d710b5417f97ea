/*
 * What fill shows: a criterion with its explanation and current answer,
 * the heading of a principle, a score so far and the summary at the end
 * (fill_ui.h).  The asking is in fill_ask.c, the walk in cmd_fill.c.
 *
 * Every text that comes from the answers file or the catalog reaches the
 * screen through fill_put_text().
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/fill.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "fill_ui.h"

static const char *
band_sgr(size_t band)
{
	return band == 0 ? "1;32" : band == 1 ? "1;33" : "1;31";
}

/* The criterion explained; its id first unless the line above has it. */
void
fill_explain(struct fill_ui *u, const struct aft_criterion *c, bool with_id)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp;

	if ((fp = open_memstream(&buf, &len)) == NULL)
		return;
	if (with_id)
		cli_explain(fp, u->cat, c, u->lang);
	else
		cli_explain_body(fp, u->cat, c, u->lang);
	if (fclose(fp) == 0)
		fill_put_text(u->out, buf);
	free(buf);
}

void
fill_show_current(struct fill_ui *u, const struct aft_criterion *c)
{
	const struct aft_answer *a = &aft_fill_answers(u->f)->answers[c->index];

	fill_on(u, "1");
	fill_say(u, "%s: ", fill_m(u, AFT_M_F_CURRENT));
	fill_off(u);
	if (a->status == AFT_ANSWERED)
		fill_say(u, "%s\n", u->cat->levels[a->level].id);
	else if (a->status == AFT_NVT)
		fill_say(u, "%s\n", u->cat->nvt.id);
	else
		fill_say(u, "%s\n", fill_m(u, AFT_M_F_NOT_YET));
	if (a->motivation != NULL)
		fill_say(u, "  %s: %s\n", fill_m(u, AFT_M_L_MOTIVATION),
		    a->motivation);
	if (a->actions != NULL)
		fill_say(u, "  %s: %s\n", fill_m(u, AFT_M_L_ACTIONS),
		    a->actions);
}

void
fill_show_criterion(struct fill_ui *u, const struct aft_criterion *c,
    size_t at, size_t n)
{
	fill_on(u, "1;36");
	fill_say(u, "[%zu/%zu] %s", at + 1, n, c->id);
	fill_off(u);
	fputc('\n', u->out);
	if (!u->o->quiet) {
		fill_explain(u, c, false);
		fputc('\n', u->out);
	}
	fill_show_current(u, c);
}

void
fill_show_principle(struct fill_ui *u, const struct aft_principle *p)
{
	fputc('\n', u->out);
	fill_on(u, "1;4");
	fill_say(u, "%s (%s)", p->title.s[u->lang], p->id);
	fill_off(u);
	fputs("\n\n", u->out);
}

/* The score and band of principle pi, or of the whole when pi is npr. */
void
fill_show_score(struct fill_ui *u, size_t pi)
{
	struct aft_arena	 a;
	struct aft_result	*res;
	struct aft_opt		 sc;
	size_t			 band;
	char			 num[AFT_NUMBUF], what[600];

	aft_arena_init(&a);
	if (aft_score(&res, u->cat, aft_fill_answers(u->f), &a) != AFT_OK) {
		aft_arena_fini(&a);
		return;
	}
	if (pi < res->npr) {
		sc = res->pr[pi].score;
		band = res->pr[pi].band;
		snprintf(what, sizeof(what), fill_m(u, AFT_M_F_SO_FAR),
		    u->cat->principles[pi].title.s[u->lang]);
	} else {
		sc = res->overall;
		band = res->band;
		snprintf(what, sizeof(what), "%s", fill_m(u, AFT_M_L_OVERALL));
	}
	fill_on(u, "1");
	fill_put_text(u->out, what);
	fputs(": ", u->out);
	fill_off(u);
	if (sc.set) {
		fill_on(u, band_sgr(band));
		fill_say(u, "%s (%s)", aft_fmt_score(num, sc.v, u->lang),
		    u->cat->bands[band].label.s[u->lang]);
		fill_off(u);
	} else
		fill_say(u, "%s", fill_m(u, AFT_M_F_NO_SCORE));
	fputc('\n', u->out);
	aft_arena_fini(&a);
}

/* Whether the shell would read s as one word without quotes. */
static bool
shell_safe(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "0123456789._/-+,:@%=", *s) == NULL)
			return false;
	return true;
}

static void
put_word(struct fill_ui *u, const char *s)
{
	fputc(' ', u->out);
	if (shell_safe(s)) {
		fill_put_text(u->out, s);
		return;
	}
	fputc('\'', u->out);
	/* Whole runs between quotes, so that no character is cut. */
	for (const char *q; (q = strchr(s, '\'')) != NULL; s = q + 1) {
		char *run = strndup(s, (size_t)(q - s));

		fill_put_text(u->out, run != NULL ? run : "?");
		free(run);
		fputs("'\\''", u->out);
	}
	fill_put_text(u->out, s);
	fputc('\'', u->out);
}

void
fill_summary(struct fill_ui *u)
{
	const struct aft_answers	*ans = aft_fill_answers(u->f);
	size_t				 answered = 0;

	for (size_t i = 0; i < u->cat->ncriteria; i++)
		if (ans->answers[i].status != AFT_UNANSWERED)
			answered++;
	fputc('\n', u->out);
	fill_show_score(u, u->cat->nprinciples);
	fill_on(u, "1");
	fill_say(u, "%s: ", fill_m(u, AFT_M_L_COMPLETENESS));
	fill_off(u);
	fill_say(u, fill_m(u, AFT_M_L_ANSWERED_OF), answered,
	    u->cat->ncriteria);
	fputc('\n', u->out);
	fill_on(u, "1");
	fill_say(u, "%s:", fill_m(u, AFT_M_F_REPORT));
	fill_off(u);
	fputs(" aftoets score", u->out);
	if (u->lang != AFT_LANG_NL)
		fputs(" --lang en", u->out);
	if (u->o->criteria != NULL) {
		fputs(" --criteria", u->out);
		put_word(u, u->o->criteria);
	}
	put_word(u, u->name);
	fputc('\n', u->out);
}
