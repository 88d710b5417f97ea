/*
 * The markdown format: GitHub-flavoured Markdown for a GitHub step
 * summary or a GitLab merge-request note.  Labels and numbers follow
 * --lang, as in the text report (a decimal comma in Dutch).  Every text
 * that comes from an input or the catalog goes through aft_esc_md(), so
 * a '|' or a line end in a service name cannot break the table.
 * Assessments follow one another, each under its own level-2 heading.
 * Streaming: each one is rendered on its own (in a worker thread, with
 * -j) and forgotten.
 */
#include <stdio.h>

#include "aftoets/gate.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "util/escape.h"
#include "report/render.h"

#define GREEN_DOT	"\xF0\x9F\x9F\xA2"	/* U+1F7E2 */
#define YELLOW_DOT	"\xF0\x9F\x9F\xA1"	/* U+1F7E1 */
#define RED_DOT		"\xF0\x9F\x94\xB4"	/* U+1F534 */
#define CHECK		"\xE2\x9C\x85"		/* U+2705 */
#define CROSS		"\xE2\x9D\x8C"		/* U+274C */
#define WARNING		"\xE2\x9A\xA0\xEF\xB8\x8F" /* U+26A0 U+FE0F */

struct md {
	FILE		*fp;
	enum aft_lang	 lang;
};

static const char *
msg(const struct md *m, enum aft_msg id)
{
	return aft_msg(m->lang, id);
}

static void
esc(const struct md *m, const char *s)
{
	aft_esc_md(m->fp, s);
}

/* The first band is good news, the last bad, the rest in between. */
static const char *
dot(const struct aft_catalog *cat, size_t band)
{
	if (band == 0)
		return GREEN_DOT;
	if (band + 1 >= cat->nbands)
		return RED_DOT;
	return YELLOW_DOT;
}

static const char *
band_label(const struct md *m, const struct aft_catalog *cat, size_t band)
{
	return cat->bands[band].label.s[m->lang];
}

/* "- **Label:** text", the text escaped. */
static void
item(const struct md *m, enum aft_msg label, const char *text)
{
	fprintf(m->fp, "- **%s:** ", msg(m, label));
	esc(m, text);
	fputc('\n', m->fp);
}

static void
header(const struct md *m, const struct aft_result *res)
{
	const struct aft_service	*s = &res->ans->service;
	char				 num[AFT_NUMBUF], buf[600];

	fprintf(m->fp, "## %s: ", msg(m, AFT_M_L_REPORT));
	esc(m, s->name);
	fputs("\n\n", m->fp);
	if (res->overall.set) {
		fprintf(m->fp, "%s **%s %s: %s**", dot(res->cat, res->band),
		    msg(m, AFT_M_L_OVERALL), aft_fmt_score(num,
		    res->overall.v, m->lang), band_label(m, res->cat,
		    res->band));
	} else
		fprintf(m->fp, "**%s: %s**", msg(m, AFT_M_L_OVERALL),
		    msg(m, AFT_M_L_NVT));
	if (res->ngates > 0) {
		char count[128];

		fprintf(m->fp, " · %s %s: %s", aft_gates_failed(res) > 0 ?
		    CROSS : CHECK, msg(m, AFT_M_L_GATES),
		    aft_fmt_gates_count(count, sizeof(count), res, m->lang));
	}
	fputs("\n\n", m->fp);

	if (s->organisation != NULL)
		item(m, AFT_M_L_ORGANISATION, s->organisation);
	item(m, AFT_M_L_FILE, res->ans->file);
	if (aft_text_given(&res->cat->notice))
		item(m, AFT_M_L_NOTICE, res->cat->notice.s[m->lang]);
	fprintf(m->fp, "- **%s:** **%s** (", msg(m, AFT_M_L_SIGNIFICANCE),
	    msg(m, res->sig.significant == AFT_YES ? AFT_M_SIG_YES :
	    res->sig.significant == AFT_NO ? AFT_M_SIG_NO :
	    AFT_M_SIG_UNKNOWN));
	esc(m, aft_fmt_reason(buf, sizeof(buf), &res->sig, res->cat, s,
	    m->lang));
	fputs(")\n", m->fp);
	fprintf(m->fp, "- **%s:** ", msg(m, AFT_M_L_COMPLETENESS));
	fprintf(m->fp, msg(m, AFT_M_L_ANSWERED_OF), res->answered,
	    res->total);
	if (res->answered < res->total) {
		size_t k = 0;

		fprintf(m->fp, ". %s: ", msg(m, AFT_M_L_UNANSWERED));
		for (size_t i = 0; i < res->cat->ncriteria; i++) {
			if (res->ans->answers[i].status != AFT_UNANSWERED)
				continue;
			fputs(k++ ? ", " : "", m->fp);
			esc(m, res->cat->all[i]->id);
		}
	}
	fputs("\n\n", m->fp);
}

static void
score_cell(const struct md *m, const struct aft_opt *o)
{
	char num[AFT_NUMBUF];

	fprintf(m->fp, " %s |", o->set ? aft_fmt_score(num, o->v, m->lang) :
	    "–");
}

static void
table(const struct md *m, const struct aft_result *res)
{
	char num[AFT_NUMBUF];

	fprintf(m->fp, "| %s | %s | %s | %s | %s |\n",
	    msg(m, AFT_M_L_PRINCIPLE), msg(m, AFT_M_L_SCORE),
	    msg(m, AFT_M_L_USER), msg(m, AFT_M_L_INCLUSION),
	    msg(m, AFT_M_L_BAND));
	fputs("|:--|--:|--:|--:|:--|\n", m->fp);
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		fputs("| ", m->fp);
		esc(m, pr->p->title.s[m->lang]);
		fputs(" |", m->fp);
		score_cell(m, &pr->score);
		score_cell(m, &pr->user);
		score_cell(m, &pr->inclusion);
		if (pr->score.set) {
			fprintf(m->fp, " %s ", dot(res->cat, pr->band));
			esc(m, band_label(m, res->cat, pr->band));
		} else
			fprintf(m->fp, " %s", msg(m, AFT_M_L_NVT));
		fputs(" |\n", m->fp);
	}
	fprintf(m->fp, "| **%s** |", msg(m, AFT_M_L_OVERALL));
	if (res->overall.set) {
		fprintf(m->fp, " **%s** | | | %s **",
		    aft_fmt_score(num, res->overall.v, m->lang),
		    dot(res->cat, res->band));
		esc(m, band_label(m, res->cat, res->band));
		fputs("** |\n\n", m->fp);
	} else
		fprintf(m->fp, " – | | | %s |\n\n", msg(m, AFT_M_L_NVT));
}

static void
gates(const struct md *m, const struct aft_result *res)
{
	char buf[600];

	if (res->ngates == 0)
		return;
	fprintf(m->fp, "### %s\n\n", msg(m, AFT_M_L_GATES));
	for (size_t i = 0; i < res->ngates; i++) {
		const struct aft_gate_result *gr = &res->gates[i];

		fprintf(m->fp, "- %s **%s**: ", gr->passed ? CHECK : CROSS,
		    msg(m, gr->passed ? AFT_M_L_GATE_PASSED :
		    AFT_M_L_GATE_FAILED));
		esc(m, aft_fmt_gate(buf, sizeof(buf), gr, m->lang));
		fputc('\n', m->fp);
	}
	fputc('\n', m->fp);
}

static void
lists(const struct md *m, const struct aft_result *res, bool attention)
{
	char	num[AFT_NUMBUF];
	size_t	total = 0;

	for (size_t i = 0; i < res->npr; i++)
		total += attention ? res->pr[i].nattention :
		    res->pr[i].nstrengths;
	fprintf(m->fp, "### %s\n\n", msg(m, attention ? AFT_M_L_ATTENTION :
	    AFT_M_L_STRENGTHS));
	if (total == 0) {
		fprintf(m->fp, "_%s_\n\n", msg(m, AFT_M_L_NONE));
		return;
	}
	if (attention)
		fprintf(m->fp, "_%s._\n\n", msg(m, AFT_M_L_ATTENTION_NOTE));
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result	*pr = &res->pr[i];
		size_t					 n = attention ?
		    pr->nattention : pr->nstrengths;
		const size_t				*idx = attention ?
		    pr->attention : pr->strengths;

		if (n == 0)
			continue;
		fputs("#### ", m->fp);
		esc(m, pr->p->title.s[m->lang]);
		fputs("\n\n", m->fp);
		for (size_t j = 0; j < n; j++) {
			const struct aft_crit_result *cr = &pr->crit[idx[j]];

			fputs("- **", m->fp);
			esc(m, cr->c->id);
			fputs("**", m->fp);
			if (attention)
				fprintf(m->fp, " (+%s)", aft_fmt_score(num,
				    cr->gain, m->lang));
			fputc(' ', m->fp);
			esc(m, cr->c->text.s[m->lang]);
			fputc('\n', m->fp);
		}
		fputc('\n', m->fp);
	}
}

/* The answers given under replaced ids, each with its line and note. */
static void
notes(const struct md *m, const struct aft_result *res)
{
	char buf[1024];

	if (res->ans->nreplaced == 0)
		return;
	fprintf(m->fp, "### %s\n\n", msg(m, AFT_M_L_NOTES));
	for (size_t i = 0; i < res->ans->nreplaced; i++) {
		const struct aft_replaced *v = &res->ans->replaced[i];

		fputs("- ", m->fp);
		fprintf(m->fp, msg(m, AFT_M_L_AT_LINE), v->loc.line);
		fputs(": ", m->fp);
		esc(m, aft_fmt_replaced(buf, sizeof(buf), v, res->cat,
		    m->lang));
		fputc('\n', m->fp);
	}
	fputc('\n', m->fp);
}

static int
md_one(struct aft_report *r, const struct aft_result *res)
{
	struct md m = { r->fp, r->opt.lang };

	header(&m, res);
	table(&m, res);
	gates(&m, res);
	lists(&m, res, false);
	lists(&m, res, true);
	notes(&m, res);
	return ferror(r->fp) ? AFT_EIO : AFT_OK;
}

static int
md_fail(struct aft_report *r, const char *file, const struct aft_diags *d)
{
	struct md m = { r->fp, r->opt.lang };

	fprintf(r->fp, "## %s %s: ", WARNING, msg(&m, AFT_M_L_UNSCORED));
	esc(&m, file);
	fprintf(r->fp, "\n\n%s\n\n", msg(&m, AFT_M_L_NOT_SCORED_WHY));
	for (size_t i = 0; i < d->n; i++) {
		const struct aft_diag *g = &d->v[i];

		fputs("- ", r->fp);
		if (g->loc.line != 0)
			fprintf(r->fp, "%u:%u: ", g->loc.line, g->loc.col);
		fprintf(r->fp, "%s: ", g->sev == AFT_SEV_ERROR ? "error" :
		    "warning");
		esc(&m, g->msg);
		fputc('\n', r->fp);
	}
	fputc('\n', r->fp);
	return ferror(r->fp) ? AFT_EIO : AFT_OK;
}

static void
stats_row(const struct md *m, const char *title, const struct aft_stats *st,
    bool bold)
{
	struct aft_opt o;

	fputs(bold ? "| **" : "| ", m->fp);
	esc(m, title);
	fputs(bold ? "** |" : " |", m->fp);
	o.set = aft_stats_mean(st, &o.v);
	score_cell(m, &o);
	o.set = aft_stats_median(st, &o.v);
	score_cell(m, &o);
	o.set = st->n > 0;
	o.v = o.set ? st->v[st->min_at] : 0;
	score_cell(m, &o);
	fputc(' ', m->fp);
	if (st->n > 0)
		esc(m, st->min_service);
	fputs(" |\n", m->fp);
}

/* The portfolio summary after a batch, as in the text report. */
static int
md_end(struct aft_report *r)
{
	const struct aft_summary	*s = r->summary;
	const struct aft_catalog	*cat = r->cat;
	struct md			 m = { r->fp, r->opt.lang };
	size_t				 idx[10], ntop;
	char				 buf[256];

	if (s == NULL || r->n + r->nfail == 0)
		return AFT_OK;
	fprintf(r->fp, "## %s: %zu %s", msg(&m, AFT_M_L_PORTFOLIO), s->count,
	    msg(&m, AFT_M_L_ASSESSMENTS));
	if (s->failed > 0)
		fprintf(r->fp, " (+%zu %s)", s->failed,
		    msg(&m, AFT_M_L_NOT_SCORED));
	fputs("\n\n", r->fp);
	snprintf(buf, sizeof(buf), msg(&m, AFT_M_L_SIG_COUNTS),
	    s->sig[AFT_YES], s->sig[AFT_NO], s->sig[AFT_UNKNOWN]);
	item(&m, AFT_M_L_SIGNIFICANCE, buf);
	fprintf(r->fp, "- **%s:** ", msg(&m, AFT_M_L_BAND_COUNTS));
	for (size_t i = 0; i < cat->nbands; i++) {
		fprintf(r->fp, "%s%s ", i ? ", " : "", dot(cat, i));
		esc(&m, band_label(&m, cat, i));
		fprintf(r->fp, " %zu", s->bands[i]);
	}
	fprintf(r->fp, "\n\n| %s | %s | %s | %s | %s |\n",
	    msg(&m, AFT_M_L_PRINCIPLE), msg(&m, AFT_M_L_MEAN),
	    msg(&m, AFT_M_L_MEDIAN), msg(&m, AFT_M_L_MIN),
	    msg(&m, AFT_M_L_LOWEST));
	fputs("|:--|--:|--:|--:|:--|\n", r->fp);
	for (size_t i = 0; i < cat->nprinciples; i++)
		stats_row(&m, cat->principles[i].title.s[m.lang],
		    &s->principles[i], false);
	stats_row(&m, msg(&m, AFT_M_L_OVERALL), &s->overall, true);
	fputc('\n', r->fp);
	if ((ntop = aft_summary_top(s, idx, 10)) > 0) {
		fprintf(r->fp, "### %s\n\n", msg(&m, AFT_M_L_TOP_ATTENTION));
		for (size_t i = 0; i < ntop; i++) {
			const struct aft_criterion *c = cat->all[idx[i]];

			fprintf(r->fp, "%zu. **", i + 1);
			esc(&m, c->id);
			fprintf(r->fp, "** (");
			fprintf(r->fp, msg(&m, AFT_M_L_TIMES),
			    s->attention[idx[i]]);
			fputs(") ", r->fp);
			esc(&m, c->text.s[m.lang]);
			fputc('\n', r->fp);
		}
		fputc('\n', r->fp);
	}
	if (s->nchase > 0) {
		fprintf(r->fp, "### %s\n\n", msg(&m, AFT_M_L_CHASE));
		for (size_t i = 0; i < s->nchase; i++) {
			fputs("- **", r->fp);
			esc(&m, s->chase[i].service);
			fputs("** (", r->fp);
			esc(&m, s->chase[i].file);
			fputs("): ", r->fp);
			fprintf(r->fp, msg(&m, AFT_M_L_ANSWERED_OF),
			    s->chase[i].answered, s->chase[i].total);
			fputc('\n', r->fp);
		}
		fputc('\n', r->fp);
	}
	return ferror(r->fp) ? AFT_EIO : AFT_OK;
}

static int
md_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	return aft_render_mem(r, res, md_one, buf, len);
}

const struct aft_report_ops aft_report_markdown = {
	.name = "markdown",
	.streaming = true,
	.render = md_render,
	.fail = md_fail,
	.end = md_end,
};
