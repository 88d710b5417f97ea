/*
 * The html format: one self-contained, accessible page for people who
 * read an assessment rather than process it.  No scripts, no external
 * files: the styles are inline and the radar chart is inline SVG drawn
 * from computed coordinates.  Every chart has its numbers in a table as
 * well, every table has a caption and header cells, headings go down one
 * level at a time, and every colour pair reaches the WCAG AA contrast
 * (aft_html_pairs, checked by the unit test).  The chart is drawn by
 * radar.c and the style sheet written by style.c (report/html_internal.h).
 *
 * Not streaming: results arrive in arenas freed after each call, so the
 * format copies them (src/keep.h) and writes the page at the end.
 * The output depends only on the inputs: no dates, no addresses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/gate.h"
#include "keep.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "util/escape.h"
#include "report/html_internal.h"
#include "report/render.h"
#include "report/web.h"
#include "util/sha256.h"

AFT_WEB(overview_js);
AFT_WEB(overview_css);

/* The page of a site that holds the catalog's guidance. */
#define GUIDE_PAGE	"guidance.html"

/* Failed inputs show at most this many of their errors. */
#define FAIL_DIAGS	5

/* The tone of a band: the best, the lowest, or one between. */
static const char *
tone(const struct aft_catalog *cat, size_t band)
{
	if (band == 0)
		return "good";
	if (band + 1 >= cat->nbands)
		return "low";
	return "mid";
}

static void
band_label(struct aft_html *h, const struct aft_opt *o, size_t band)
{
	if (!o->set) {
		aft_html_esc(h, aft_html_msg(h, AFT_M_L_NVT));
		return;
	}
	aft_html_out(h, "<span class=\"band tone-%s\">", tone(h->cat, band));
	aft_html_esc(h, h->cat->bands[band].label.s[h->lang]);
	aft_html_put(h, "</span>");
}

static void
heading(struct aft_html *h, int level, const char *id, const char *text)
{
	aft_html_out(h, "<h%d", level);
	if (id != NULL)
		aft_html_out(h, " id=\"%s\"", id);
	aft_html_put(h, ">");
	aft_html_esc(h, text);
	aft_html_out(h, "</h%d>\n", level);
}

/* The service block: facts, significance and completeness. */

static void
fact(struct aft_html *h, enum aft_msg label, const char *value)
{
	if (value == NULL)
		return;
	aft_html_put(h, "<dt>");
	aft_html_esc(h, aft_html_msg(h, label));
	aft_html_put(h, "</dt><dd>");
	aft_html_esc(h, value);
	aft_html_put(h, "</dd>\n");
}

/* Makes a clause a sentence: an upper-case first letter (ASCII only). */
static void
capital(char *s)
{
	if (s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 'a' + 'A');
}

static void
about(struct aft_html *h, const struct aft_result *res, const char *pre,
    int level)
{
	const struct aft_service	*s = &res->ans->service;
	char				 num[AFT_NUMBUF], buf[600];
	char				 id[64];

	snprintf(id, sizeof(id), "%s-about", pre);
	heading(h, level, id, aft_html_msg(h, AFT_M_D_ABOUT));
	aft_html_put(h, "<dl class=\"facts\">\n");
	fact(h, AFT_M_L_SERVICE, s->name);
	fact(h, AFT_M_L_ORGANISATION, s->organisation);
	fact(h, AFT_M_L_CONTACT, s->contact);
	if (s->type != AFT_STYPE_NONE)
		fact(h, AFT_M_L_TYPE, aft_html_msg(h, s->type ==
		    AFT_STYPE_NIEUW ? AFT_M_L_TYPE_NIEUW :
		    AFT_M_L_TYPE_HERWERKING));
	fact(h, AFT_M_L_BUDGET, s->has_budget ?
	    aft_fmt_money(num, s->budget_eur, h->lang) :
	    aft_html_msg(h, AFT_M_L_UNKNOWN));
	fact(h, AFT_M_L_USERS, s->has_users ?
	    aft_fmt_count(num, s->users, h->lang) :
	    aft_html_msg(h, AFT_M_L_UNKNOWN));
	if (s->assessed_on != NULL || s->assessor != NULL) {
		snprintf(buf, sizeof(buf), "%s%s%s",
		    s->assessed_on ? s->assessed_on : "",
		    s->assessed_on && s->assessor ? ", " : "",
		    s->assessor ? s->assessor : "");
		fact(h, AFT_M_L_ASSESSED, buf);
	}
	snprintf(buf, sizeof(buf), "%s %s", res->cat->id, res->cat->version);
	fact(h, AFT_M_L_CATALOG, buf);
	if (aft_text_given(&res->cat->notice))
		fact(h, AFT_M_L_NOTICE, res->cat->notice.s[h->lang]);
	fact(h, AFT_M_D_FILE, res->ans->file);
	aft_html_put(h, "</dl>\n");

	/* The verdict as a sentence, then its reason as another. */
	snprintf(buf, sizeof(buf), "%s", aft_html_msg(h, res->sig.significant ==
	    AFT_YES ? AFT_M_SIG_YES : res->sig.significant == AFT_NO ?
	    AFT_M_SIG_NO : AFT_M_SIG_UNKNOWN));
	capital(buf);
	aft_html_put(h, "<p><strong class=\"verdict\">");
	aft_html_esc(h, buf);
	aft_html_put(h, ".</strong> ");
	aft_fmt_reason(buf, sizeof(buf), &res->sig, res->cat, s, h->lang);
	capital(buf);
	aft_html_esc(h, buf);
	aft_html_put(h, ".</p>\n");

	aft_html_put(h, "<p><strong>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_L_COMPLETENESS));
	aft_html_put(h, ":</strong> ");
	aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf), AFT_M_L_ANSWERED_OF,
	    res->answered, res->total));
	aft_html_put(h, ".</p>\n");
	if (res->answered >= res->total)
		return;
	snprintf(id, sizeof(id), "%s-unanswered", pre);
	aft_html_out(h, "<p id=\"%s\">", id);
	aft_html_esc(h, aft_html_msg(h, AFT_M_L_UNANSWERED));
	aft_html_out(h, ":</p>\n<ul class=\"ids\" aria-labelledby=\"%s\">\n",
	    id);
	for (size_t i = 0; i < res->cat->ncriteria; i++) {
		if (res->ans->answers[i].status != AFT_UNANSWERED)
			continue;
		aft_html_put(h, "<li>");
		aft_html_esc(h, res->cat->all[i]->id);
		aft_html_put(h, "</li>\n");
	}
	aft_html_put(h, "</ul>\n");
}

/* The scores table, with a bar beside each principle's score. */

static void
score_cell(struct aft_html *h, const struct aft_opt *o, size_t band, bool bar)
{
	char num[AFT_NUMBUF];

	aft_html_put(h, "<td class=\"num\">");
	aft_html_esc(h, aft_html_score_text(h, num, o));
	if (bar && o->set) {
		aft_html_out(h, "<span class=\"bar\" aria-hidden=\"true\">"
		    "<span class=\"fill-%s\" style=\"width:",
		    tone(h->cat, band));
		aft_html_coord(h, aft_round1(o->v) < 0 ? 0 : aft_round1(o->v));
		aft_html_put(h, "%\"></span></span>");
	}
	aft_html_put(h, "</td>");
}

static void
th_col(struct aft_html *h, enum aft_msg m, bool num)
{
	aft_html_out(h, "<th scope=\"col\"%s>", num ? " class=\"num\"" : "");
	aft_html_esc(h, aft_html_msg(h, m));
	aft_html_put(h, "</th>");
}

/*
 * Opens a table in a region that scrolls sideways when the table is
 * wider than the page; keyboard users can focus it to scroll.
 */
static void
table_start(struct aft_html *h, const char *id, const char *caption,
    const char *name_id, const char *class)
{
	/* A region's name is unique on the page: prefix the service's. */
	aft_html_out(h, "<div class=\"scroll\" role=\"region\" tabindex=\"0\" "
	    "aria-labelledby=\"%s%s%s\">\n<table%s%s%s>\n<caption id=\"%s\">",
	    name_id != NULL ? name_id : "", name_id != NULL ? " " : "", id,
	    class != NULL ? " class=\"" : "", class != NULL ? class : "",
	    class != NULL ? "\"" : "", id);
	aft_html_esc(h, caption);
	aft_html_put(h, "</caption>\n");
}

static void
scores_table(struct aft_html *h, const struct aft_result *res, const char *pre)
{
	char id[64], title[64];

	snprintf(id, sizeof(id), "%s-scores-caption", pre);
	snprintf(title, sizeof(title), "%s-title", pre);
	table_start(h, id, aft_html_msg(h, AFT_M_D_SCORES_CAPTION), title,
	    NULL);
	aft_html_put(h, "<thead><tr>");
	th_col(h, AFT_M_L_PRINCIPLE, false);
	th_col(h, AFT_M_L_SCORE, true);
	th_col(h, AFT_M_D_SERIES_USER, true);
	th_col(h, AFT_M_D_SERIES_INCL, true);
	th_col(h, AFT_M_L_BAND, false);
	aft_html_put(h, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		aft_html_put(h, "<tr><th scope=\"row\">");
		aft_html_esc(h, pr->p->title.s[h->lang]);
		aft_html_put(h, "</th>");
		score_cell(h, &pr->score, pr->band, true);
		score_cell(h, &pr->user, 0, false);
		score_cell(h, &pr->inclusion, 0, false);
		aft_html_put(h, "<td>");
		band_label(h, &pr->score, pr->band);
		aft_html_put(h, "</td></tr>\n");
	}
	aft_html_put(h, "</tbody>\n<tfoot><tr><th scope=\"row\">");
	aft_html_esc(h, aft_html_msg(h, AFT_M_L_OVERALL));
	aft_html_put(h, "</th>");
	score_cell(h, &res->overall, res->band, true);
	aft_html_put(h, "<td></td><td></td><td>");
	band_label(h, &res->overall, res->band);
	aft_html_put(h, "</td></tr></tfoot>\n</table>\n</div>\n");
}

/* Strengths and points of attention, grouped by principle. */

/* A fact of an answer; one the team left empty is left out. */
static void
answer_line(struct aft_html *h, enum aft_msg label, const char *value)
{
	if (value != NULL && value[0] != '\0')
		fact(h, label, value);
}

/* A text of the catalog as one fact; left out when the catalog has none. */
static void
guidance_line(struct aft_html *h, const char *label, const struct aft_text *t)
{
	if (!aft_text_given(t))
		return;
	aft_html_put(h, "<dt>");
	aft_html_esc(h, label);
	aft_html_put(h, "</dt><dd>");
	aft_html_esc(h, t->s[h->lang]);
	aft_html_put(h, "</dd>\n");
}

/*
 * What the catalog says about reaching a higher level: the evidence, the
 * levels in practice, examples of evidence and a pitfall, folded away.
 */
static void
guidance_body(struct aft_html *h, const struct aft_criterion *c)
{
	guidance_line(h, aft_html_msg(h, AFT_M_L_GUIDANCE), &c->guidance);
	if (c->npractice > 0) {
		aft_html_put(h, "<dt>");
		aft_html_esc(h, aft_html_msg(h, AFT_M_L_PRACTICE));
		aft_html_put(h, "</dt><dd><dl class=\"answer\">\n");
		for (size_t i = 0; i < c->npractice; i++)
			guidance_line(h, h->cat->levels[
			    c->practice[i].level].label.s[h->lang],
			    &c->practice[i].text);
		aft_html_put(h, "</dl></dd>\n");
	}
	guidance_line(h, aft_html_msg(h, AFT_M_L_EVIDENCE), &c->evidence);
	guidance_line(h, aft_html_msg(h, AFT_M_L_PITFALL), &c->pitfall);
}

static void
guidance(struct aft_html *h, const struct aft_criterion *c)
{
	aft_html_put(h, "<details class=\"guidance\">\n<summary>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_GUIDANCE));
	aft_html_put(h, "</summary>\n<dl class=\"answer\">\n");
	guidance_body(h, c);
	aft_html_put(h, "</dl>\n</details>\n");
}

static void
item(struct aft_html *h, const struct aft_result *res,
    const struct aft_crit_result *cr, bool attention)
{
	char num[AFT_NUMBUF], buf[256];

	aft_html_put(h, "<li>\n<p><span class=\"cid\">");
	aft_html_esc(h, cr->c->id);
	aft_html_put(h, "</span>");
	aft_html_esc(h, cr->c->text.s[h->lang]);
	aft_html_put(h, "</p>\n<dl class=\"answer\">\n");
	answer_line(h, AFT_M_D_ANSWER, cr->status == AFT_ANSWERED ?
	    res->cat->levels[cr->a->level].label.s[h->lang] :
	    aft_html_msg(h, AFT_M_D_NOT_ANSWERED));
	if (attention)
		answer_line(h, AFT_M_D_GAIN, aft_html_msgf(h, buf, sizeof(buf),
		    AFT_M_D_GAIN_PTS, aft_fmt_score(num, cr->gain, h->lang)));
	answer_line(h, AFT_M_L_MOTIVATION, cr->a->motivation);
	answer_line(h, AFT_M_L_ACTIONS, cr->a->actions);
	aft_html_put(h, "</dl>\n");
	if (attention && h->guide != NULL) {
		/* A page of a site: the guidance is on a page of its own. */
		aft_html_out(h, "<p class=\"guide\"><a href=\"%s#g-", h->guide);
		aft_html_esc(h, cr->c->id);
		aft_html_put(h, "\">");
		aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf),
		    AFT_M_D_GUIDANCE_FOR, cr->c->id));
		aft_html_put(h, "</a></p>\n");
	} else if (attention)
		guidance(h, cr->c);
	aft_html_put(h, "</li>\n");
}

static void
lists(struct aft_html *h, const struct aft_result *res, const char *pre,
    int level, bool attention)
{
	char	id[64];
	size_t	total = 0;

	for (size_t i = 0; i < res->npr; i++)
		total += attention ? res->pr[i].nattention :
		    res->pr[i].nstrengths;
	snprintf(id, sizeof(id), "%s-%s", pre, attention ? "attention" :
	    "strengths");
	heading(h, level, id, aft_html_msg(h, attention ? AFT_M_L_ATTENTION :
	    AFT_M_L_STRENGTHS));
	if (total == 0) {
		aft_html_put(h, "<p>");
		aft_html_esc(h, aft_html_msg(h, AFT_M_L_NONE));
		aft_html_put(h, "</p>\n");
		return;
	}
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result	*pr = &res->pr[i];
		size_t					 n = attention ?
		    pr->nattention : pr->nstrengths;
		const size_t				*idx = attention ?
		    pr->attention : pr->strengths;

		if (n == 0)
			continue;
		snprintf(id, sizeof(id), "%s-%s-%zu", pre, attention ?
		    "attention" : "strengths", i + 1);
		heading(h, level + 1, id, pr->p->title.s[h->lang]);
		aft_html_out(h, "<ul class=\"items\" aria-labelledby=\"%s\">\n",
		    id);
		for (size_t j = 0; j < n; j++)
			item(h, res, &pr->crit[idx[j]], attention);
		aft_html_put(h, "</ul>\n");
	}
}

/* The gates given on the command line, each with its verdict. */
static void
gates(struct aft_html *h, const struct aft_result *res, const char *pre,
    int level)
{
	char	id[64], buf[600];

	if (res->ngates == 0)
		return;
	snprintf(id, sizeof(id), "%s-gates", pre);
	heading(h, level, id, aft_html_msg(h, AFT_M_L_GATES));
	aft_html_put(h, "<p>");
	aft_html_esc(h, aft_fmt_gates_count(buf, sizeof(buf), res, h->lang));
	aft_html_put(h, "</p>\n");
	aft_html_out(h, "<ul class=\"items\" aria-labelledby=\"%s\">\n", id);
	for (size_t i = 0; i < res->ngates; i++) {
		const struct aft_gate_result *gr = &res->gates[i];

		aft_html_out(h, "<li><span class=\"band tone-%s\">",
		    gr->passed ? "good" : "low");
		aft_html_esc(h, aft_html_msg(h, gr->passed ?
		    AFT_M_L_GATE_PASSED : AFT_M_L_GATE_FAILED));
		aft_html_put(h, "</span> ");
		aft_html_esc(h, aft_fmt_gate(buf, sizeof(buf), gr, h->lang));
		aft_html_put(h, "</li>\n");
	}
	aft_html_put(h, "</ul>\n");
}

/* The answers given under replaced ids, each with its line and note. */
static void
notes(struct aft_html *h, const struct aft_result *res, const char *pre,
    int level)
{
	char	id[64], at[64], buf[1024];

	if (res->ans->nreplaced == 0)
		return;
	snprintf(id, sizeof(id), "%s-notes", pre);
	heading(h, level, id, aft_html_msg(h, AFT_M_L_NOTES));
	aft_html_out(h, "<ul class=\"items\" aria-labelledby=\"%s\">\n", id);
	for (size_t i = 0; i < res->ans->nreplaced; i++) {
		const struct aft_replaced *v = &res->ans->replaced[i];

		aft_html_put(h, "<li><span class=\"muted\">");
		aft_html_esc(h, aft_html_msgf(h, at, sizeof(at),
		    AFT_M_L_AT_LINE, v->loc.line));
		aft_html_put(h, ":</span> ");
		aft_html_esc(h, aft_fmt_replaced(buf, sizeof(buf), v, res->cat,
		    h->lang));
		aft_html_put(h, "</li>\n");
	}
	aft_html_put(h, "</ul>\n");
}

/*
 * One assessment.  pre makes its ids unique on the page; level is the
 * level of its section headings (2 alone, 3 under a portfolio).
 */
static void
assessment(struct aft_html *h, const struct aft_result *res, const char *pre,
    int level)
{
	char id[64];

	about(h, res, pre, level);
	snprintf(id, sizeof(id), "%s-scores", pre);
	heading(h, level, id, aft_html_msg(h, AFT_M_D_SCORES));
	aft_html_radar(h, res, pre);
	scores_table(h, res, pre);
	lists(h, res, pre, level, false);
	lists(h, res, pre, level, true);
	notes(h, res, pre, level);
	gates(h, res, pre, level);
}

/* A row of the statistics table: mean, median, minimum and where. */
static void
stats_row(struct aft_html *h, const char *title, const struct aft_stats *st)
{
	struct aft_opt o;

	aft_html_put(h, "<tr><th scope=\"row\">");
	aft_html_esc(h, title);
	aft_html_put(h, "</th>");
	o.set = aft_stats_mean(st, &o.v);
	score_cell(h, &o, 0, false);
	o.set = aft_stats_median(st, &o.v);
	score_cell(h, &o, 0, false);
	o.set = st->n > 0;
	o.v = o.set ? st->v[st->min_at] : 0;
	score_cell(h, &o, 0, false);
	aft_html_put(h, "<td>");
	if (st->n > 0) {
		aft_html_esc(h, st->min_service);
		aft_html_put(h, "<br><span class=\"muted\">");
		aft_html_esc(h, st->min_file);
		aft_html_put(h, "</span>");
	}
	aft_html_put(h, "</td></tr>\n");
}

/*
 * The portfolio summary the library keeps for a batch (aftoets/summary.h):
 * counts, the overall score by band, per-principle statistics, the most
 * frequent points of attention, and significant services that are not
 * complete.
 */
static void
portfolio_summary(struct aft_html *h)
{
	const struct aft_summary	*s = h->summary;
	size_t				 idx[10], ntop;
	char				 buf[256];

	if (s == NULL)
		return;
	heading(h, 2, "summary", aft_html_msg(h, AFT_M_D_SUMMARY_TITLE));
	table_start(h, "bands-caption", aft_html_msg(h, AFT_M_D_SUMMARY_BANDS),
	    NULL, "compact");
	aft_html_put(h, "<thead><tr>");
	th_col(h, AFT_M_L_BAND, false);
	th_col(h, AFT_M_D_SERVICES, true);
	aft_html_put(h, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < h->cat->nbands; i++) {
		aft_html_out(h, "<tr><th scope=\"row\">"
		    "<span class=\"band tone-%s\">", tone(h->cat, i));
		aft_html_esc(h, h->cat->bands[i].label.s[h->lang]);
		aft_html_out(h, "</span></th><td class=\"num\">%zu</td></tr>\n",
		    s->bands[i]);
	}
	if (s->bands[h->cat->nbands] > 0) {
		aft_html_put(h, "<tr><th scope=\"row\">");
		aft_html_esc(h, aft_html_msg(h, AFT_M_D_NO_SCORE));
		aft_html_out(h, "</th><td class=\"num\">%zu</td></tr>\n",
		    s->bands[h->cat->nbands]);
	}
	aft_html_put(h, "</tbody>\n</table>\n</div>\n");

	table_start(h, "stats-caption", aft_html_msg(h, AFT_M_D_STATS_CAPTION),
	    NULL, NULL);
	aft_html_put(h, "<thead><tr>");
	th_col(h, AFT_M_L_PRINCIPLE, false);
	th_col(h, AFT_M_L_MEAN, true);
	th_col(h, AFT_M_L_MEDIAN, true);
	th_col(h, AFT_M_L_MIN, true);
	th_col(h, AFT_M_L_LOWEST, false);
	aft_html_put(h, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < h->cat->nprinciples; i++)
		stats_row(h, h->cat->principles[i].title.s[h->lang],
		    &s->principles[i]);
	aft_html_put(h, "</tbody>\n<tfoot>\n");
	stats_row(h, aft_html_msg(h, AFT_M_L_OVERALL), &s->overall);
	aft_html_put(h, "</tfoot>\n</table>\n</div>\n");

	if ((ntop = aft_summary_top(s, idx, 10)) > 0) {
		table_start(h, "top-caption", aft_html_msg(h,
		    AFT_M_L_TOP_ATTENTION), NULL, NULL);
		aft_html_put(h, "<thead><tr>");
		th_col(h, AFT_M_L_CRITERION, false);
		th_col(h, AFT_M_D_SERVICES, true);
		th_col(h, AFT_M_L_TEXT, false);
		aft_html_put(h, "</tr></thead>\n<tbody>\n");
		for (size_t i = 0; i < ntop; i++) {
			const struct aft_criterion *c = h->cat->all[idx[i]];

			aft_html_put(h, "<tr><th scope=\"row\">");
			aft_html_esc(h, c->id);
			aft_html_out(h, "</th><td class=\"num\">%zu</td><td>",
			    s->attention[idx[i]]);
			aft_html_esc(h, c->text.s[h->lang]);
			aft_html_put(h, "</td></tr>\n");
		}
		aft_html_put(h, "</tbody>\n</table>\n</div>\n");
	}

	if (s->nchase > 0) {
		table_start(h, "chase-caption", aft_html_msg(h, AFT_M_L_CHASE),
		    NULL, NULL);
		aft_html_put(h, "<thead><tr>");
		th_col(h, AFT_M_L_SERVICE, false);
		th_col(h, AFT_M_D_FILE, false);
		th_col(h, AFT_M_L_COMPLETENESS, false);
		aft_html_put(h, "</tr></thead>\n<tbody>\n");
		for (size_t i = 0; i < s->nchase; i++) {
			aft_html_put(h, "<tr><th scope=\"row\">");
			aft_html_esc(h, s->chase[i].service);
			aft_html_put(h, "</th><td>");
			aft_html_esc(h, s->chase[i].file);
			aft_html_put(h, "</td><td>");
			aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf),
			    AFT_M_L_ANSWERED_OF, s->chase[i].answered,
			    s->chase[i].total));
			aft_html_put(h, "</td></tr>\n");
		}
		aft_html_put(h, "</tbody>\n</table>\n</div>\n");
	}
}

/* The spread of the scores: per principle, services per range of 10. */

#define NBINS	10

/* The range of 10 points a score falls in, by its rounded value. */
static size_t
bin_of(double v)
{
	double	r = aft_round1(v);
	size_t	b;

	if (r <= 0)
		return 0;
	b = (size_t)(r / 10);
	return b < NBINS ? b : NBINS - 1;
}

static void
bin_label(char *buf, size_t len, size_t b)
{
	snprintf(buf, len, "%zu\xe2\x80\x93%zu", b * 10,
	    b + 1 < NBINS ? b * 10 + 9 : (size_t)100);
}

#define DIST_W		220
#define DIST_H		120
#define DIST_BASE	96	/* the y of the bars' foot */
#define DIST_TALL	80	/* the height of the highest bar */

static void
dist_chart(struct aft_html *h, size_t p, const size_t *bins)
{
	size_t	max = 1;
	char	buf[300];

	for (size_t b = 0; b < NBINS; b++)
		if (bins[b] > max)
			max = bins[b];
	aft_html_out(h, "<figure class=\"dist\">\n<svg xmlns=\""
	    "http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
	    "aria-labelledby=\"dist-%zu\">\n<title id=\"dist-%zu\">",
	    DIST_W, DIST_H, p + 1, p + 1);
	aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf), AFT_M_D_DIST_CHART,
	    h->cat->principles[p].title.s[h->lang]));
	aft_html_out(h, "</title>\n<line class=\"spoke\" x1=\"10\" y1=\"%d\" "
	    "x2=\"210\" y2=\"%d\"/>\n", DIST_BASE, DIST_BASE);
	for (size_t b = 0; b < NBINS; b++) {
		double hgt = (double)bins[b] * DIST_TALL / (double)max;

		if (bins[b] == 0)
			continue;
		aft_html_out(h, "<rect class=\"m-score\" x=\"%zu\" y=\"",
		    10 + b * 20 + 2);
		aft_html_coord(h, DIST_BASE - hgt);
		aft_html_put(h, "\" width=\"16\" height=\"");
		aft_html_coord(h, hgt);
		aft_html_put(h, "\"/>\n");
	}
	aft_html_out(h, "<text class=\"tick\" x=\"10\" y=\"%d\">0</text>"
	    "<text class=\"tick\" x=\"110\" y=\"%d\" text-anchor=\"middle\">"
	    "50</text><text class=\"tick\" x=\"210\" y=\"%d\" "
	    "text-anchor=\"end\">100</text>\n", DIST_BASE + 18,
	    DIST_BASE + 18, DIST_BASE + 18);
	aft_html_put(h, "</svg>\n<figcaption>");
	aft_html_esc(h, h->cat->principles[p].title.s[h->lang]);
	aft_html_put(h, "</figcaption>\n</figure>\n");
}

static void
distribution(struct aft_html *h)
{
	const struct aft_summary	*s = h->summary;
	size_t				 np = h->cat->nprinciples;
	size_t				*bins;
	char				 buf[64];

	if (s == NULL || (bins = calloc(np * NBINS + 1, sizeof(*bins))) ==
	    NULL)
		return;
	for (size_t p = 0; p < np; p++)
		for (size_t i = 0; i < s->principles[p].n; i++)
			bins[p * NBINS + bin_of(s->principles[p].v[i])]++;
	heading(h, 2, "spread", aft_html_msg(h, AFT_M_D_DIST));
	aft_html_put(h, "<p>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_DIST_INTRO));
	aft_html_put(h, "</p>\n<div class=\"dists\">\n");
	for (size_t p = 0; p < np; p++)
		dist_chart(h, p, bins + p * NBINS);
	aft_html_put(h, "</div>\n");
	table_start(h, "spread-caption", aft_html_msg(h,
	    AFT_M_D_DIST_CAPTION), NULL, "wide");
	aft_html_put(h, "<thead><tr>");
	th_col(h, AFT_M_L_PRINCIPLE, false);
	for (size_t b = 0; b < NBINS; b++) {
		bin_label(buf, sizeof(buf), b);
		aft_html_out(h, "<th scope=\"col\" class=\"num\">%s</th>", buf);
	}
	th_col(h, AFT_M_D_NO_SCORE, true);
	aft_html_put(h, "</tr></thead>\n<tbody>\n");
	for (size_t p = 0; p < np; p++) {
		aft_html_put(h, "<tr><th scope=\"row\">");
		aft_html_esc(h, h->cat->principles[p].title.s[h->lang]);
		aft_html_put(h, "</th>");
		for (size_t b = 0; b < NBINS; b++)
			aft_html_out(h, "<td class=\"num\">%zu</td>",
			    bins[p * NBINS + b]);
		aft_html_out(h, "<td class=\"num\">%zu</td></tr>\n",
		    s->count - s->principles[p].n);
	}
	aft_html_put(h, "</tbody>\n</table>\n</div>\n");
	free(bins);
}

/*
 * The services, a row each, linking to each one's page or section.  The
 * cells that sort as numbers carry the number (data-v); each row its
 * band and significance, for the filters of the page's script, which
 * also shows the filters (hidden, as they do nothing without it).
 */

static void
row_score(struct aft_html *h, const struct aft_opt *o)
{
	char num[AFT_NUMBUF];

	aft_html_put(h, "<td class=\"num\" data-v=\"");
	if (o->set)
		aft_html_coord(h, aft_round1(o->v));
	else
		aft_html_put(h, "-1");
	aft_html_put(h, "\">");
	aft_html_esc(h, aft_html_score_text(h, num, o));
	aft_html_put(h, "</td>");
}

static void
option(struct aft_html *h, const char *value, const char *label)
{
	aft_html_out(h, "<option value=\"%s\">", value);
	aft_html_esc(h, label);
	aft_html_put(h, "</option>");
}

static void
filters(struct aft_html *h)
{
	char v[32];

	aft_html_put(h, "<form class=\"filters\" id=\"filters\" hidden "
	    "aria-labelledby=\"filters-title\">\n<p id=\"filters-title\">"
	    "<strong>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_FILTER));
	aft_html_put(h, "</strong> ");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_SORT_NOTE));
	aft_html_put(h, "</p>\n<label>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_L_BAND));
	aft_html_put(h, " <select id=\"f-band\">");
	option(h, "", aft_html_msg(h, AFT_M_D_ALL));
	for (size_t i = 0; i < h->cat->nbands; i++) {
		snprintf(v, sizeof(v), "%zu", i);
		option(h, v, h->cat->bands[i].label.s[h->lang]);
	}
	option(h, "x", aft_html_msg(h, AFT_M_D_NO_SCORE));
	aft_html_put(h, "</select></label>\n<label>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_SIGNIFICANT));
	aft_html_put(h, " <select id=\"f-sig\">");
	option(h, "", aft_html_msg(h, AFT_M_D_ALL));
	option(h, "y", aft_html_msg(h, AFT_M_D_YES));
	option(h, "n", aft_html_msg(h, AFT_M_D_NO));
	option(h, "u", aft_html_msg(h, AFT_M_L_UNKNOWN));
	aft_html_put(h, "</select></label>\n<label>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_L_ORGANISATION));
	aft_html_put(h, " <input type=\"search\" id=\"f-org\" "
	    "autocomplete=\"off\"></label>\n<label>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_L_SERVICE));
	aft_html_put(h, " <input type=\"search\" id=\"f-name\" "
	    "autocomplete=\"off\"></label>\n</form>\n"
	    "<p id=\"shown\" role=\"status\" hidden data-text=\"");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_SHOWN));
	aft_html_put(h, "\"></p>\n");
}

static void
overview(struct aft_html *h)
{
	const struct aft_summary	*s = h->summary;
	char				 buf[256];

	heading(h, 2, "overview", aft_html_msg(h, AFT_M_D_OVERVIEW));
	if (s != NULL) {
		aft_html_put(h, "<p>");
		aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf),
		    AFT_M_D_SUMMARY, s->count));
		if (s->failed > 0) {
			aft_html_put(h, " ");
			aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf),
			    AFT_M_D_SUMMARY_FAILED, s->failed));
		}
		aft_html_put(h, " <strong>");
		aft_html_esc(h, aft_html_msg(h, AFT_M_L_SIGNIFICANCE));
		aft_html_put(h, ":</strong> ");
		aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf),
		    AFT_M_L_SIG_COUNTS, s->sig[AFT_YES], s->sig[AFT_NO],
		    s->sig[AFT_UNKNOWN]));
		aft_html_put(h, ".</p>\n");
	}
	filters(h);
	aft_html_put(h, "<div class=\"scroll tall\" role=\"region\" "
	    "tabindex=\"0\" aria-labelledby=\"overview-caption\">\n"
	    "<table class=\"wide services\" id=\"services\">\n"
	    "<caption id=\"overview-caption\">");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_OVERVIEW_CAPTION));
	aft_html_put(h, "</caption>\n<thead><tr>");
	th_col(h, AFT_M_L_SERVICE, false);
	th_col(h, AFT_M_D_SIGNIFICANT, false);
	th_col(h, AFT_M_L_OVERALL, true);
	th_col(h, AFT_M_L_BAND, false);
	for (size_t i = 0; i < h->cat->nprinciples; i++) {
		aft_html_put(h, "<th scope=\"col\" class=\"num\">");
		aft_html_esc(h, h->cat->principles[i].title.s[h->lang]);
		aft_html_put(h, "</th>");
	}
	th_col(h, AFT_M_L_COMPLETENESS, true);
	aft_html_put(h, "</tr></thead>\n<tbody>\n");
	for (const struct aft_row *w = h->keep.rhead; w != NULL; w = w->next) {
		const char *sig = w->sig == AFT_YES ? "y" : w->sig == AFT_NO ?
		    "n" : "u";

		if (w->overall.set)
			aft_html_out(h, "<tr data-b=\"%zu\" data-s=\"%s\">",
			    w->band, sig);
		else
			aft_html_out(h, "<tr data-b=\"x\" data-s=\"%s\">", sig);
		aft_html_put(h, "<th scope=\"row\"><a href=\"");
		aft_html_esc(h, w->href);
		aft_html_put(h, "\">");
		aft_html_esc(h, w->name);
		aft_html_put(h, "</a>");
		if (w->org != NULL) {
			aft_html_put(h, "<br><span class=\"muted\">");
			aft_html_esc(h, w->org);
			aft_html_put(h, "</span>");
		}
		aft_html_put(h, "</th><td>");
		aft_html_esc(h, aft_html_msg(h, w->sig == AFT_YES ?
		    AFT_M_D_YES : w->sig == AFT_NO ? AFT_M_D_NO :
		    AFT_M_L_UNKNOWN));
		aft_html_put(h, "</td>");
		row_score(h, &w->overall);
		/* The best band sorts highest. */
		aft_html_out(h, "<td data-v=\"%zu\">", w->overall.set ?
		    h->cat->nbands - w->band : 0);
		band_label(h, &w->overall, w->band);
		aft_html_put(h, "</td>");
		for (size_t i = 0; i < w->npr; i++)
			row_score(h, &w->score[i]);
		aft_html_out(h, "<td class=\"num\" data-v=\"%.4f\">%zu/%zu"
		    "</td></tr>\n", w->total > 0 ? (double)w->answered /
		    (double)w->total : 0.0, w->answered, w->total);
	}
	aft_html_put(h, "</tbody>\n</table>\n</div>\n");
}

static void
failures(struct aft_html *h, int level)
{
	if (h->keep.nfail == 0)
		return;
	heading(h, level, "not-scored", aft_html_msg(h, AFT_M_D_NOT_SCORED));
	aft_html_put(h, "<p>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_NOT_SCORED_INTRO));
	aft_html_put(h, "</p>\n<ul>\n");
	for (const struct aft_kept_fail *f = h->keep.fhead; f != NULL;
	    f = f->next) {
		aft_html_put(h, "<li><strong>");
		aft_html_esc(h, f->file);
		aft_html_put(h, "</strong>");
		if (f->ndiags > 0)
			aft_html_put(h, "\n<ul>\n");
		for (size_t i = 0; i < f->ndiags; i++) {
			const struct aft_diag *g = &f->diags[i];

			aft_html_put(h, "<li>");
			if (g->loc.line > 0)
				aft_html_out(h, "%u:%u: ", g->loc.line,
				    g->loc.col);
			aft_html_esc(h, g->msg);
			aft_html_put(h, "</li>\n");
		}
		if (f->nerr > f->ndiags) {
			char buf[64];

			aft_html_put(h, "<li>");
			aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf),
			    AFT_M_C_MORE, f->nerr - f->ndiags));
			aft_html_put(h, "</li>\n");
		}
		if (f->ndiags > 0)
			aft_html_put(h, "</ul>\n");
		aft_html_put(h, "</li>\n");
	}
	aft_html_put(h, "</ul>\n");
}


/*
 * The page's policy: nothing from anywhere, styles inline, and the one
 * script of the overview by its hash.
 */
static void
page_start(struct aft_html *h, const char *title, const char *id,
    bool overview_page)
{
	aft_html_out(h, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\""
	    "default-src 'none'; style-src 'unsafe-inline'; "
	    "script-src %s%s%s; base-uri 'none'; form-action 'none'\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"aftoets %s\">\n<title>",
	    h->lang == AFT_LANG_EN ? "en" : "nl",
	    overview_page ? "'" : "'none'", overview_page ? h->hash : "",
	    overview_page ? "'" : "", AFT_VERSION);
	aft_html_esc(h, title);
	aft_html_put(h, "</title>\n<style>\n");
	aft_html_style(h->fp);
	if (overview_page)
		aft_html_css(h->fp, aft_web_overview_css);
	aft_html_out(h, "</style>\n</head>\n<body>\n<main>\n<h1 id=\"%s\">",
	    id);
	aft_html_esc(h, title);
	aft_html_put(h, "</h1>\n");
}

static void
page_end(struct aft_html *h, bool overview_page)
{
	char buf[256];

	aft_html_put(h, "</main>\n<footer>\n<p>");
	aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf), AFT_M_D_MADE,
	    AFT_VERSION, h->cat->id, h->cat->version));
	aft_html_put(h, "</p>\n</footer>\n");
	if (overview_page) {
		aft_html_put(h, "<script>");
		aft_html_put(h, aft_web_overview_js);
		aft_html_put(h, "</script>\n");
	}
	aft_html_put(h, "</body>\n</html>\n");
}

/* The hash of the script as the policy names it: sha256-BASE64. */
static void
script_hash(char *out, size_t len)
{
	static const char	b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned char		d[33];
	size_t			k;

	aft_sha256(aft_web_overview_js, aft_web_overview_js_len, d);
	d[32] = 0;
	k = (size_t)snprintf(out, len, "sha256-");
	/* 32 bytes: ten groups of three, then two bytes and one '='. */
	for (size_t i = 0; i < 33 && k + 4 < len; i += 3) {
		unsigned v = (unsigned)d[i] << 16 | (unsigned)d[i + 1] << 8 |
		    (i + 2 < 33 ? d[i + 2] : 0);

		out[k++] = b64[v >> 18 & 63];
		out[k++] = b64[v >> 12 & 63];
		out[k++] = b64[v >> 6 & 63];
		out[k++] = i + 2 < 32 ? b64[v & 63] : '=';
	}
	out[k] = '\0';
}

static void
single(struct aft_html *h)
{
	const struct aft_result	*res = h->keep.head != NULL ?
	    h->keep.head->res : NULL;
	char			 title[512];

	if (res != NULL)
		aft_html_msgf(h, title, sizeof(title), AFT_M_D_TITLE_ONE,
		    res->ans->service.name);
	else
		snprintf(title, sizeof(title), "%s",
		    aft_html_msg(h, AFT_M_D_NOT_SCORED));
	page_start(h, title, "svc-1-title", false);
	if (res != NULL)
		assessment(h, res, "svc-1", 2);
	failures(h, 2);
	page_end(h, false);
}

/* A page of a site: one assessment, whole, and the way back. */
static void
service_page(struct aft_html *h, const struct aft_result *res)
{
	char title[512];

	aft_html_msgf(h, title, sizeof(title), AFT_M_D_TITLE_ONE,
	    res->ans->service.name);
	page_start(h, title, "svc-1-title", false);
	aft_html_put(h, "<p class=\"back\"><a href=\"index.html\">");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_BACK));
	aft_html_put(h, "</a></p>\n");
	assessment(h, res, "svc-1", 2);
	aft_html_put(h, "<p class=\"back\"><a href=\"index.html\">");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_BACK));
	aft_html_put(h, "</a></p>\n");
	page_end(h, false);
}

/*
 * One service in the page of a batch, kept light: its facts, scores and
 * bands, and its strengths and points of attention as one line each;
 * a point of attention links to the guidance of its criterion, written
 * once, in the appendix.
 */
static void
brief_list(struct aft_html *h, const struct aft_result *res, const char *pre,
    bool attention)
{
	char	id[64], num[AFT_NUMBUF], buf[64];
	size_t	total = 0;

	for (size_t i = 0; i < res->npr; i++)
		total += attention ? res->pr[i].nattention :
		    res->pr[i].nstrengths;
	snprintf(id, sizeof(id), "%s-%s", pre, attention ? "attention" :
	    "strengths");
	heading(h, 3, id, aft_html_msg(h, attention ? AFT_M_L_ATTENTION :
	    AFT_M_L_STRENGTHS));
	if (total == 0) {
		aft_html_put(h, "<p>");
		aft_html_esc(h, aft_html_msg(h, AFT_M_L_NONE));
		aft_html_put(h, "</p>\n");
		return;
	}
	aft_html_out(h, "<ul class=\"brief\" aria-labelledby=\"%s\">\n", id);
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result	*pr = &res->pr[i];
		size_t					 n = attention ?
		    pr->nattention : pr->nstrengths;
		const size_t				*idx = attention ?
		    pr->attention : pr->strengths;

		for (size_t j = 0; j < n; j++) {
			const struct aft_crit_result *cr = &pr->crit[idx[j]];

			if (attention) {
				h->guided[cr->c->index] = true;
				aft_html_put(h, "<li><a class=\"cid\" "
				    "href=\"#g-");
				aft_html_esc(h, cr->c->id);
				aft_html_put(h, "\">");
			} else
				aft_html_put(h, "<li><span class=\"cid\">");
			aft_html_esc(h, cr->c->id);
			aft_html_put(h, attention ? "</a>" : "</span>");
			aft_html_esc(h, cr->c->text.s[h->lang]);
			if (attention) {
				aft_html_put(h, " <span class=\"muted\">(");
				aft_html_esc(h, cr->status == AFT_ANSWERED ?
				    res->cat->levels[cr->a->level].label.s[
				    h->lang] : aft_html_msg(h,
				    AFT_M_D_NOT_ANSWERED));
				aft_html_put(h, "; ");
				aft_html_esc(h, aft_html_msgf(h, buf,
				    sizeof(buf), AFT_M_D_GAIN_PTS,
				    aft_fmt_score(num, cr->gain, h->lang)));
				aft_html_put(h, ")</span>");
			}
			aft_html_put(h, "</li>\n");
		}
	}
	aft_html_put(h, "</ul>\n");
}

static void
brief(struct aft_html *h, const struct aft_result *res, const char *pre)
{
	const struct aft_service	*s = &res->ans->service;
	char				 buf[600];

	aft_html_put(h, "<p>");
	if (s->organisation != NULL) {
		aft_html_esc(h, s->organisation);
		aft_html_put(h, ". ");
	}
	snprintf(buf, sizeof(buf), "%s", aft_html_msg(h, res->sig.significant ==
	    AFT_YES ? AFT_M_SIG_YES : res->sig.significant == AFT_NO ?
	    AFT_M_SIG_NO : AFT_M_SIG_UNKNOWN));
	capital(buf);
	aft_html_esc(h, buf);
	aft_html_put(h, ". ");
	aft_html_esc(h, aft_html_msg(h, AFT_M_L_COMPLETENESS));
	aft_html_put(h, ": ");
	aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf), AFT_M_L_ANSWERED_OF,
	    res->answered, res->total));
	aft_html_put(h, ". <span class=\"muted\">");
	aft_html_esc(h, res->ans->file);
	aft_html_put(h, "</span></p>\n");
	scores_table(h, res, pre);
	brief_list(h, res, pre, false);
	brief_list(h, res, pre, true);
	notes(h, res, pre, 3);
	gates(h, res, pre, 3);
}

/* A criterion's guidance, headed by its id and text (its anchor g-ID). */
static void
guide_entry(struct aft_html *h, const struct aft_criterion *c)
{
	aft_html_put(h, "<h3 id=\"g-");
	aft_html_esc(h, c->id);
	aft_html_put(h, "\"><span class=\"cid\">");
	aft_html_esc(h, c->id);
	aft_html_put(h, "</span>");
	aft_html_esc(h, c->text.s[h->lang]);
	aft_html_put(h, "</h3>\n<dl class=\"answer\">\n");
	guidance_body(h, c);
	aft_html_put(h, "</dl>\n");
}

/* The guidance of every criterion a point of attention links to. */
static void
appendix(struct aft_html *h)
{
	bool any = false;

	for (size_t i = 0; i < h->cat->ncriteria; i++)
		any = any || h->guided[i];
	if (!any)
		return;
	heading(h, 2, "guidance", aft_html_msg(h, AFT_M_D_APPENDIX));
	aft_html_put(h, "<p>");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_APPENDIX_INTRO));
	aft_html_put(h, "</p>\n");
	for (size_t i = 0; i < h->cat->ncriteria; i++) {
		const struct aft_criterion *c = h->cat->all[i];

		if (!h->guided[i])
			continue;
		guide_entry(h, c);
	}
}

struct slot {
	const char	*text;
	size_t		 pos;
};

static int
by_text(const void *a, const void *b)
{
	return strcmp(((const struct slot *)a)->text,
	    ((const struct slot *)b)->text);
}

/* Marks in same[] each of the n labels that another label equals. */
static int
find_same(const char *const *label, size_t n, bool *same)
{
	struct slot *v;

	if ((v = calloc(n + 1, sizeof(*v))) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		v[i].text = label[i];
		v[i].pos = i;
	}
	qsort(v, n, sizeof(*v), by_text);
	for (size_t i = 0; i < n; i++)
		same[v[i].pos] = (i > 0 &&
		    strcmp(v[i].text, v[i - 1].text) == 0) ||
		    (i + 1 < n && strcmp(v[i].text, v[i + 1].text) == 0);
	free(v);
	return 0;
}

/*
 * Names each service for its heading and overview link: its name, with
 * its file when another service has the same name, and its position when
 * even that is not enough.  Headings name landmarks, which must differ.
 */
static int
label_services(struct aft_html *h)
{
	size_t	n = h->keep.n, k = 0;
	bool	*same;
	int	 rc = AFT_ENOMEM;

	h->label = aft_arena_calloc(&h->keep.arena, n + 1, sizeof(*h->label));
	if (h->label == NULL || (same = calloc(n + 1, sizeof(*same))) == NULL)
		return AFT_ENOMEM;
	for (const struct aft_kept *kp = h->keep.head; kp != NULL;
	    kp = kp->next)
		h->label[k++] = kp->res->ans->service.name;
	if (find_same(h->label, n, same) != 0)
		goto done;
	k = 0;
	for (const struct aft_kept *kp = h->keep.head; kp != NULL;
	    kp = kp->next, k++)
		if (same[k] && (h->label[k] = aft_arena_printf(&h->keep.arena,
		    "%s (%s)", kp->res->ans->service.name,
		    kp->res->ans->file)) == NULL)
			goto done;
	if (find_same(h->label, n, same) != 0)
		goto done;
	for (k = 0; k < n; k++)
		if (same[k] && (h->label[k] = aft_arena_printf(&h->keep.arena,
		    "%s (%zu)", h->label[k], k + 1)) == NULL)
			goto done;
	rc = AFT_OK;
done:
	free(same);
	return rc;
}

/* Above this many services, the page of a batch points at the site. */
#define LARGE_BATCH	200

/* Builds the rows of the overview from the kept results. */
static int
batch_rows(struct aft_html *h)
{
	char	href[32];
	size_t	k = 0;

	for (const struct aft_kept *kp = h->keep.head; kp != NULL;
	    kp = kp->next, k++) {
		snprintf(href, sizeof(href), "#svc-%zu", k + 1);
		if (aft_keep_row(&h->keep, kp->res, href) != AFT_OK)
			return AFT_ENOMEM;
		h->keep.rtail->name = h->label[k];
	}
	return AFT_OK;
}

static void
portfolio(struct aft_html *h)
{
	char	title[256], pre[32], buf[512];
	size_t	k = 0;

	page_start(h, aft_html_msgf(h, title, sizeof(title), AFT_M_D_TITLE_MANY,
	    h->keep.n), "title", true);
	if (h->keep.n > LARGE_BATCH) {
		aft_html_put(h, "<p class=\"note\">");
		aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf), AFT_M_D_LARGE,
		    h->keep.n));
		aft_html_put(h, "</p>\n");
	}
	overview(h);
	portfolio_summary(h);
	distribution(h);
	failures(h, 2);
	for (const struct aft_kept *kp = h->keep.head; kp != NULL;
	    kp = kp->next) {
		snprintf(pre, sizeof(pre), "svc-%zu", k + 1);
		aft_html_out(h, "<section class=\"service\" id=\"%s\" "
		    "aria-labelledby=\"%s-title\">\n", pre, pre);
		aft_html_out(h, "<h2 id=\"%s-title\">", pre);
		aft_html_esc(h, h->label[k++]);
		aft_html_put(h, "</h2>\n");
		brief(h, kp->res, pre);
		aft_html_put(h, "<p class=\"back\"><a href=\"#overview\">");
		aft_html_esc(h, aft_html_msg(h, AFT_M_D_BACK));
		aft_html_put(h, "</a></p>\n</section>\n");
	}
	appendix(h);
	page_end(h, true);
}

/* The guidance page of a site: every criterion's, once. */
static void
guide_page(struct aft_html *h)
{
	char id[32];

	page_start(h, aft_html_msg(h, AFT_M_D_GUIDE_TITLE), "title", false);
	aft_html_put(h, "<p class=\"back\"><a href=\"index.html\">");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_BACK));
	aft_html_put(h, "</a></p>\n");
	for (size_t p = 0; p < h->cat->nprinciples; p++) {
		const struct aft_principle *pr = &h->cat->principles[p];

		snprintf(id, sizeof(id), "p-%zu", p + 1);
		heading(h, 2, id, pr->title.s[h->lang]);
		for (size_t i = 0; i < pr->ncriteria; i++)
			guide_entry(h, &pr->criteria[i]);
	}
	page_end(h, false);
}

/* The index of a site: the overview, each row linking to a page. */
static void
index_page(struct aft_html *h)
{
	char title[256];

	page_start(h, aft_html_msgf(h, title, sizeof(title), AFT_M_D_TITLE_MANY,
	    h->keep.nrows), "title", true);
	overview(h);
	portfolio_summary(h);
	distribution(h);
	failures(h, 2);
	page_end(h, true);
}

/*
 * The names of a site's pages: from the input's path inside the folder
 * it came from, in lower-case letters, digits, '-' and '_' (a '/'
 * becomes "__"), without the extension; a name taken before gets -2,
 * -3 and so on, in input order, so the same inputs give the same names.
 */

#define NAME_MAX_LEN	80

struct aft_names {
	char	**v;		/* open addressing; NULL is empty */
	size_t	  n, cap;
};

static uint64_t
name_hash(const char *s)
{
	uint64_t v = 1469598103934665603ULL;

	for (; *s != '\0'; s++)
		v = (v ^ (unsigned char)*s) * 1099511628211ULL;
	return v;
}

static bool
names_has(const struct aft_names *t, const char *s)
{
	if (t->cap == 0)
		return false;
	for (size_t i = name_hash(s) & (t->cap - 1); t->v[i] != NULL;
	    i = (i + 1) & (t->cap - 1))
		if (strcmp(t->v[i], s) == 0)
			return true;
	return false;
}

/*
 * Adds s, copied into the keep's arena, where *out (when not NULL)
 * points at it; AFT_OK or AFT_ENOMEM.
 */
static int
names_add(struct aft_html *h, const char *s, const char **out)
{
	struct aft_names	*t = h->names;
	char			*copy;
	size_t			 i;

	if (2 * (t->n + 1) > t->cap) {
		size_t	  cap = t->cap ? 2 * t->cap : 256;
		char	**v = calloc(cap, sizeof(*v));

		if (v == NULL)
			return AFT_ENOMEM;
		for (size_t o = 0; o < t->cap; o++) {
			size_t j;

			if (t->v[o] == NULL)
				continue;
			for (j = name_hash(t->v[o]) & (cap - 1); v[j] != NULL;
			    j = (j + 1) & (cap - 1))
				;
			v[j] = t->v[o];
		}
		free(t->v);
		t->v = v;
		t->cap = cap;
	}
	if ((copy = aft_arena_strdup(&h->keep.arena, s)) == NULL)
		return AFT_ENOMEM;
	for (i = name_hash(s) & (t->cap - 1); t->v[i] != NULL;
	    i = (i + 1) & (t->cap - 1))
		;
	t->v[i] = copy;
	t->n++;
	if (out != NULL)
		*out = copy;
	return AFT_OK;
}

/*
 * The part of file to name the page by: its path inside the folder it
 * came from, or its own name when it was named itself.
 */
static const char *
inside(const struct aft_html *h, const char *file)
{
	const char	*best = file;
	size_t		 bestlen = 0;

	for (size_t i = 0; i < h->nroots; i++) {
		const char	*r = h->roots[i];
		size_t		 len = strlen(r);

		while (len > 1 && r[len - 1] == '/')
			len--;
		/* A file named on the command line: its own name. */
		if (strcmp(file, r) == 0) {
			const char *slash = strrchr(file, '/');

			return slash != NULL ? slash + 1 : file;
		}
		if (len > bestlen && strncmp(file, r, len) == 0 &&
		    file[len] == '/') {
			best = file + len + 1;
			bestlen = len;
		}
	}
	return best;
}

static bool
ends_with(const char *s, size_t len, const char *tail)
{
	size_t n = strlen(tail);

	if (len < n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[len - n + i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != tail[i])
			return false;
	}
	return true;
}

/* Writes the safe stem of path to out (at least NAME_MAX_LEN + 1). */
static void
safe_stem(char *out, const char *path)
{
	size_t	len = strlen(path), k = 0;

	if (ends_with(path, len, ".yaml"))
		len -= 5;
	else if (ends_with(path, len, ".yml"))
		len -= 4;
	for (size_t i = 0; i < len && k < NAME_MAX_LEN; i++) {
		char c = path[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c == '/') {
			/* Leading, doubled and ./ parts add nothing. */
			while (k > 0 && (out[k - 1] == '-' || out[k - 1] == '.'))
				k--;
			if (k > 0 && k + 2 <= NAME_MAX_LEN && out[k - 1] != '_') {
				out[k++] = '_';
				out[k++] = '_';
			}
			continue;
		}
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		    c == '_'))
			c = '-';
		if (c == '-' && (k == 0 || out[k - 1] == '-' ||
		    out[k - 1] == '_'))
			continue;
		out[k++] = c;
	}
	while (k > 0 && (out[k - 1] == '-' || out[k - 1] == '_'))
		k--;
	out[k] = '\0';
	if (k == 0)
		snprintf(out, NAME_MAX_LEN + 1, "service");
}

/*
 * Names the page of res and takes the name; returns it (in the keep's
 * arena) or NULL without memory.
 */
static const char *
page_name(struct aft_html *h, const struct aft_result *res)
{
	char		 stem[NAME_MAX_LEN + 1], name[NAME_MAX_LEN + 32];
	const char	*taken;

	safe_stem(stem, inside(h, res->ans->file));
	snprintf(name, sizeof(name), "%s.html", stem);
	for (size_t n = 2; names_has(h->names, name); n++)
		snprintf(name, sizeof(name), "%s-%zu.html", stem, n);
	return names_add(h, name, &taken) == AFT_OK ? taken : NULL;
}

/* Writes a service page, into fp. */
static int
page_one(struct aft_report *w, const struct aft_result *res)
{
	struct aft_html h;

	memset(&h, 0, sizeof(h));
	h.fp = w->fp;
	h.lang = w->opt.lang;
	h.cat = w->cat;
	h.guide = GUIDE_PAGE;
	service_page(&h, res);
	return ferror(h.fp) ? AFT_EIO : AFT_OK;
}

/* Puts a page of the site in its file, and keeps its row. */
static int
site_page(struct aft_html *h, const struct aft_result *res, const char *buf,
    size_t len)
{
	const char	*name;
	int		 rc;

	if ((name = page_name(h, res)) == NULL)
		return AFT_ENOMEM;
	rc = aft_site_put(h->site, name, buf, len);
	if (rc == AFT_OK)
		rc = aft_keep_row(&h->keep, res, name);
	return rc;
}

static int
html_begin(struct aft_report *r)
{
	struct aft_html *h = calloc(1, sizeof(*h));

	if (h == NULL)
		return AFT_ENOMEM;
	aft_keep_init(&h->keep);
	h->lang = r->opt.lang;
	h->cat = r->cat;
	h->site = r->opt.site;
	h->roots = r->opt.roots;
	h->nroots = r->opt.nroots;
	script_hash(h->hash, sizeof(h->hash));
	aft_html_style_init();
	r->state = h;
	if ((h->names = calloc(1, sizeof(*h->names))) == NULL ||
	    (h->guided = calloc(r->cat->ncriteria + 1,
	    sizeof(*h->guided))) == NULL ||
	    (h->site != NULL && (names_add(h, "index.html", NULL) != AFT_OK ||
	    names_add(h, GUIDE_PAGE, NULL) != AFT_OK))) {
		free(h->names);
		free(h->guided);
		aft_keep_fini(&h->keep);
		free(h);
		r->state = NULL;
		return AFT_ENOMEM;
	}
	return AFT_OK;
}

/* A site's page is made in a worker thread; nothing else is. */
static int
html_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	*buf = NULL;
	*len = 0;
	if (r->opt.site == NULL)
		return AFT_OK;
	return aft_render_mem(r, res, page_one, buf, len);
}

static int
html_put(struct aft_report *r, const struct aft_result *res, const char *buf,
    size_t len)
{
	return site_page(r->state, res, buf, len);
}

static int
html_one(struct aft_report *r, const struct aft_result *res)
{
	struct aft_html	*h = r->state;
	char		*buf;
	size_t		 len;
	int		 rc;

	if (h->site == NULL)
		return aft_keep_result(&h->keep, res);
	/* Made in memory, then written at once: a page is a file. */
	if ((rc = html_render(r, res, &buf, &len)) != AFT_OK)
		return rc;
	rc = site_page(h, res, buf, len);
	free(buf);
	return rc;
}

static int
html_fail(struct aft_report *r, const char *file, const struct aft_diags *d)
{
	struct aft_html *h = r->state;

	return aft_keep_fail(&h->keep, file, d, FAIL_DIAGS);
}

static void
html_free(struct aft_html *h)
{
	if (h->names != NULL)
		free(h->names->v);
	free(h->names);
	free(h->guided);
	aft_keep_fini(&h->keep);
	free(h);
}

static int
html_end(struct aft_report *r)
{
	struct aft_html	*h = r->state;
	FILE		*fp = NULL;
	int		 rc;

	if (h == NULL)
		return AFT_OK;
	h->summary = r->summary;
	if (h->site != NULL) {
		if ((rc = aft_site_create(h->site, GUIDE_PAGE, &fp)) ==
		    AFT_OK) {
			h->fp = fp;
			guide_page(h);
			rc = ferror(fp) ? AFT_EIO : AFT_OK;
			if (fclose(fp) != 0)
				rc = AFT_EIO;
		}
		if (rc == AFT_OK && (rc = aft_site_create(h->site,
		    "index.html", &fp)) == AFT_OK) {
			h->fp = fp;
			index_page(h);
			rc = ferror(fp) ? AFT_EIO : AFT_OK;
			if (fclose(fp) != 0)
				rc = AFT_EIO;
		}
		html_free(h);
		r->state = NULL;
		return rc;
	}
	h->fp = r->fp;
	rc = r->opt.multi ? label_services(h) : AFT_OK;
	if (rc == AFT_OK && r->opt.multi)
		rc = batch_rows(h);
	if (rc == AFT_OK) {
		if (r->opt.multi)
			portfolio(h);
		else
			single(h);
		rc = ferror(h->fp) ? AFT_EIO : AFT_OK;
	}
	html_free(h);
	r->state = NULL;
	return rc;
}

const struct aft_report_ops aft_report_html = {
	.name = "html",
	.streaming = false,
	.begin = html_begin,
	.one = html_one,
	.render = html_render,
	.put = html_put,
	.fail = html_fail,
	.end = html_end,
};
