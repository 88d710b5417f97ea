/*
 * The text report: what a person reads in a terminal.  It fits 80
 * columns and uses colour only when asked to (the CLI asks on a
 * terminal).  Streaming: each assessment is written and forgotten.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/gate.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "escape.h"
#include "render.h"
#include "textcol.h"

#define WIDTH		80
#define LABEL_W		18	/* the label column of the header block */
#define BAR_W		10

#define BOLD	"\033[1m"
#define DIM	"\033[2m"
#define RED	"\033[31m"
#define GREEN	"\033[32m"
#define YELLOW	"\033[33m"
#define RESET	"\033[0m"

static const char *
color(const struct aft_report *r, const char *c)
{
	return r->opt.color ? c : "";
}

/* Writes a colour code, or nothing (not even a call) without colour. */
static void
paint(struct aft_report *r, const char *c)
{
	if (r->opt.color)
		fputs(c, r->fp);
}

static void
fputs_if(const char *s, FILE *fp)
{
	if (*s != '\0')
		fputs(s, fp);
}

static const char *
band_color(const struct aft_report *r, size_t band)
{
	if (!r->opt.color)
		return "";
	if (band == 0)
		return GREEN;
	if (band + 1 >= r->cat->nbands)
		return RED;
	return YELLOW;
}

static void
label(struct aft_report *r, enum aft_msg m)
{
	fprintf(r->fp, "  %s", color(r, DIM));
	aft_tc_cell(r->fp, aft_msg(r->opt.lang, m), LABEL_W - 2);
	paint(r, RESET);
}

static void
field(struct aft_report *r, enum aft_msg m, const char *value)
{
	if (value == NULL)
		return;
	label(r, m);
	aft_tc_wrap(r->fp, value, LABEL_W, LABEL_W, WIDTH);
}

static void
bar(struct aft_report *r, double score, size_t band)
{
	int	 full = (int)(aft_round1(score) / 100.0 * BAR_W + 0.5);
	char	 line[BAR_W * 3 + 1], *p = line;

	if (full < 0)
		full = 0;
	if (full > BAR_W)
		full = BAR_W;
	/* Built whole, then written: a bar is ten characters of 3 bytes. */
	for (int i = 0; i < BAR_W; i++) {
		memcpy(p, i < full ? "█" : "░", 3);
		p += 3;
	}
	*p = '\0';
	fputs_if(band_color(r, band), r->fp);
	fputs(line, r->fp);
	paint(r, RESET);
}

static void
header(struct aft_report *r, const struct aft_result *res)
{
	const struct aft_service	*s = &res->ans->service;
	enum aft_lang			 lang = r->opt.lang;
	char				 num[AFT_NUMBUF], buf[600];

	fprintf(r->fp, "%s%s: ", color(r, BOLD), aft_msg(lang, AFT_M_L_REPORT));
	aft_esc_term(r->fp, s->name, 0);
	fprintf(r->fp, "%s\n", color(r, RESET));
	field(r, AFT_M_L_ORGANISATION, s->organisation);
	if (s->type != AFT_STYPE_NONE)
		field(r, AFT_M_L_TYPE, aft_msg(lang, s->type ==
		    AFT_STYPE_NIEUW ? AFT_M_L_TYPE_NIEUW :
		    AFT_M_L_TYPE_HERWERKING));
	field(r, AFT_M_L_BUDGET, s->has_budget ?
	    aft_fmt_money(num, s->budget_eur, lang) :
	    aft_msg(lang, AFT_M_L_UNKNOWN));
	field(r, AFT_M_L_USERS, s->has_users ?
	    aft_fmt_count(num, s->users, lang) :
	    aft_msg(lang, AFT_M_L_UNKNOWN));
	if (s->assessed_on != NULL || s->assessor != NULL) {
		snprintf(buf, sizeof(buf), "%s%s%s",
		    s->assessed_on ? s->assessed_on : "",
		    s->assessed_on && s->assessor ? ", " : "",
		    s->assessor ? s->assessor : "");
		field(r, AFT_M_L_ASSESSED, buf);
	}
	snprintf(buf, sizeof(buf), "%s %s", res->cat->id, res->cat->version);
	field(r, AFT_M_L_CATALOG, buf);
	fputc('\n', r->fp);

	label(r, AFT_M_L_SIGNIFICANCE);
	fprintf(r->fp, "%s%s%s\n", color(r, BOLD), aft_msg(lang,
	    res->sig.significant == AFT_YES ? AFT_M_SIG_YES :
	    res->sig.significant == AFT_NO ? AFT_M_SIG_NO : AFT_M_SIG_UNKNOWN),
	    color(r, RESET));
	aft_fmt_reason(buf, sizeof(buf), &res->sig, res->cat, s, lang);
	aft_tc_pad(r->fp, LABEL_W);
	aft_tc_wrap(r->fp, buf, LABEL_W, LABEL_W, WIDTH);
	label(r, AFT_M_L_COMPLETENESS);
	fprintf(r->fp, aft_msg(lang, AFT_M_L_ANSWERED_OF), res->answered,
	    res->total);
	fputc('\n', r->fp);
	if (res->answered < res->total) {
		size_t	len = 0;
		int	n;

		n = snprintf(buf, sizeof(buf), "%s: ",
		    aft_msg(lang, AFT_M_L_UNANSWERED));
		len = n > 0 ? (size_t)n : 0;
		for (size_t i = 0, k = 0; i < res->cat->ncriteria; i++) {
			if (res->ans->answers[i].status != AFT_UNANSWERED)
				continue;
			n = snprintf(buf + len, sizeof(buf) - len, "%s%s",
			    k++ ? ", " : "", res->cat->all[i]->id);
			if (n < 0 || (size_t)n >= sizeof(buf) - len)
				break;
			len += (size_t)n;
		}
		aft_tc_pad(r->fp, LABEL_W);
		aft_tc_wrap(r->fp, buf, LABEL_W, LABEL_W, WIDTH);
	}
	fputc('\n', r->fp);
}

static size_t
title_width(const struct aft_report *r)
{
	size_t w = aft_tc_width(aft_msg(r->opt.lang, AFT_M_L_PRINCIPLE));

	for (size_t i = 0; i < r->cat->nprinciples; i++) {
		size_t tw = aft_tc_width(r->cat->principles[i].title.s[r->opt.lang]);

		if (tw > w)
			w = tw;
	}
	return w + 2;
}

static size_t
band_width(const struct aft_report *r)
{
	size_t w = aft_tc_width(aft_msg(r->opt.lang, AFT_M_L_BAND));

	for (size_t i = 0; i < r->cat->nbands; i++) {
		size_t bw = aft_tc_width(r->cat->bands[i].label.s[r->opt.lang]);

		if (bw > w)
			w = bw;
	}
	return w + 2;
}

static void
opt_cell(struct aft_report *r, const struct aft_opt *o, size_t w)
{
	char num[AFT_NUMBUF];

	aft_tc_rcell(r->fp, o->set ? aft_fmt_score(num, o->v, r->opt.lang) : "-", w);
}

static void
table(struct aft_report *r, const struct aft_result *res)
{
	enum aft_lang	lang = r->opt.lang;
	size_t		tw = title_width(r), bw = band_width(r);

	paint(r, BOLD);
	aft_tc_cell(r->fp, aft_msg(lang, AFT_M_L_PRINCIPLE), tw);
	aft_tc_rcell(r->fp, aft_msg(lang, AFT_M_L_SCORE), 6);
	aft_tc_rcell(r->fp, aft_msg(lang, AFT_M_L_USER), 11);
	aft_tc_rcell(r->fp, aft_msg(lang, AFT_M_L_INCLUSION), 10);
	fputs("  ", r->fp);
	fputs(aft_msg(lang, AFT_M_L_BAND), r->fp);
	fprintf(r->fp, "%s\n", color(r, RESET));
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		aft_tc_cell(r->fp, pr->p->title.s[lang], tw);
		opt_cell(r, &pr->score, 6);
		opt_cell(r, &pr->user, 11);
		opt_cell(r, &pr->inclusion, 10);
		fputs("  ", r->fp);
		if (pr->score.set) {
			fputs_if(band_color(r, pr->band), r->fp);
			aft_tc_cell(r->fp, res->cat->bands[pr->band].label.s[lang],
			    bw);
			paint(r, RESET);
			bar(r, pr->score.v, pr->band);
		} else
			fputs(aft_msg(lang, AFT_M_L_NVT), r->fp);
		fputc('\n', r->fp);
	}
	paint(r, BOLD);
	aft_tc_cell(r->fp, aft_msg(lang, AFT_M_L_OVERALL), tw);
	opt_cell(r, &res->overall, 6);
	aft_tc_pad(r->fp, 21);
	fputs("  ", r->fp);
	if (res->overall.set) {
		fputs_if(band_color(r, res->band), r->fp);
		aft_tc_cell(r->fp, res->cat->bands[res->band].label.s[lang], bw);
		bar(r, res->overall.v, res->band);
	}
	fprintf(r->fp, "%s\n", color(r, RESET));
}

static void
details(struct aft_report *r, const struct aft_result *res)
{
	enum aft_lang	lang = r->opt.lang;
	char		num[AFT_NUMBUF];

	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		fprintf(r->fp, "\n%s", color(r, BOLD));
		aft_esc_term(r->fp, pr->p->title.s[lang], 0);
		fprintf(r->fp, "%s\n", color(r, RESET));
		for (size_t j = 0; j < pr->ncrit; j++) {
			const struct aft_crit_result *cr = &pr->crit[j];

			fputs("  ", r->fp);
			aft_tc_cell(r->fp, cr->c->id, 8);
			aft_tc_cell(r->fp, aft_msg(lang, cr->c->kind == AFT_KIND_USER ?
			    AFT_M_L_KIND_USER : AFT_M_L_KIND_INCLUSION), 11);
			if (cr->status == AFT_ANSWERED)
				aft_tc_cell(r->fp, res->cat->levels[cr->a->level].id,
				    14);
			else if (cr->status == AFT_NVT)
				aft_tc_cell(r->fp, res->cat->nvt.id, 14);
			else
				aft_tc_cell(r->fp, "-", 14);
			if (cr->status == AFT_NVT) {
				fputc('\n', r->fp);
				continue;
			}
			aft_tc_rcell(r->fp, aft_fmt_score(num, 100.0 * cr->f, lang), 6);
			if (cr->gain > 0) {
				fputs("  +", r->fp);
				fputs(aft_fmt_score(num, cr->gain, lang), r->fp);
			}
			fputc('\n', r->fp);
		}
	}
}

/*
 * The column where a list item's text starts: the id in at least seven
 * columns after four spaces, a space, and the gain in six more.
 */
static size_t
item_col(const struct aft_criterion *c, bool gain)
{
	size_t w = aft_tc_width(c->id);

	return 4 + (w > 7 ? w : 7) + 1 + (gain ? 6 : 0);
}

/*
 * What text_begin() prepares: every criterion's text wrapped as a list
 * item shows it, without and with the gain, for the report's language.
 * Each assessment lists most criteria, so this saves wrapping the same
 * texts again for every file of a batch.
 */
struct tstate {
	char		*all;		/* every text, each ended by a NUL */
	const char	**wrapped;	/* [2 * index + gain], into all */
	size_t		 n;
};

static void
tstate_free(struct tstate *st)
{
	if (st == NULL)
		return;
	free(st->all);
	free(st->wrapped);
	free(st);
}

/*
 * Wraps the texts, all into one memory stream (one stream for each cost
 * more than the wrapping when one file is scored); without memory the
 * items are wrapped as written.
 */
static int
text_begin(struct aft_report *r)
{
	const struct aft_catalog	*cat = r->cat;
	struct tstate			*st = calloc(1, sizeof(*st));
	size_t				*at = NULL, len = 0;
	FILE				*fp = NULL;

	if (st == NULL || (st->wrapped = calloc(2 * cat->ncriteria,
	    sizeof(*st->wrapped))) == NULL ||
	    (at = calloc(2 * cat->ncriteria, sizeof(*at))) == NULL ||
	    (fp = open_memstream(&st->all, &len)) == NULL) {
		free(at);
		tstate_free(st);
		return AFT_OK;
	}
	st->n = 2 * cat->ncriteria;
	for (size_t i = 0; i < st->n; i++) {
		const struct aft_criterion	*c = cat->all[i / 2];
		size_t				 col = item_col(c, i % 2);

		at[i] = (size_t)ftello(fp);
		aft_tc_wrap(fp, c->text.s[r->opt.lang], col, col, WIDTH);
		fputc('\0', fp);
	}
	if (fclose(fp) != 0 || st->all == NULL) {
		free(at);
		tstate_free(st);
		return AFT_OK;
	}
	for (size_t i = 0; i < st->n; i++)
		st->wrapped[i] = st->all + at[i];
	free(at);
	r->state = st;
	return AFT_OK;
}

static void
item(struct aft_report *r, const struct aft_crit_result *cr, bool gain)
{
	const struct tstate	*st = r->state;
	const char		*id = cr->c->id;
	size_t			 w = aft_tc_width(id);
	char			 num[AFT_NUMBUF], pre[AFT_NUMBUF + 2];

	fputs("    ", r->fp);
	fputs(id, r->fp);
	aft_tc_pad(r->fp, w < 7 ? 8 - w : 1);
	if (gain) {
		pre[0] = '+';
		strcpy(pre + 1, aft_fmt_score(num, cr->gain, r->opt.lang));
		strcat(pre, " ");
		paint(r, YELLOW);
		aft_tc_cell(r->fp, pre, 6);
		paint(r, RESET);
	}
	if (st != NULL)
		fputs(st->wrapped[2 * cr->c->index + gain], r->fp);
	else
		aft_tc_wrap(r->fp, cr->c->text.s[r->opt.lang],
		    item_col(cr->c, gain), item_col(cr->c, gain), WIDTH);
}

static void
lists(struct aft_report *r, const struct aft_result *res, bool attention)
{
	enum aft_lang	lang = r->opt.lang;
	size_t		total = 0;

	for (size_t i = 0; i < res->npr; i++)
		total += attention ? res->pr[i].nattention :
		    res->pr[i].nstrengths;
	fprintf(r->fp, "\n%s%s%s", color(r, BOLD), aft_msg(lang, attention ?
	    AFT_M_L_ATTENTION : AFT_M_L_STRENGTHS), color(r, RESET));
	if (total == 0) {
		fprintf(r->fp, ": %s\n", aft_msg(lang, AFT_M_L_NONE));
		return;
	}
	fputc('\n', r->fp);
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result	*pr = &res->pr[i];
		size_t					 n = attention ?
		    pr->nattention : pr->nstrengths;
		const size_t				*idx = attention ?
		    pr->attention : pr->strengths;

		if (n == 0)
			continue;
		fputs("  ", r->fp);
		aft_esc_term(r->fp, pr->p->title.s[lang], 0);
		fputc('\n', r->fp);
		for (size_t j = 0; j < n; j++)
			item(r, &pr->crit[idx[j]], attention);
	}
}

/* The gates given, each with its verdict and by how much it missed. */
static void
gates(struct aft_report *r, const struct aft_result *res)
{
	enum aft_lang	lang = r->opt.lang;
	const char	*ok = aft_msg(lang, AFT_M_L_GATE_PASSED);
	const char	*bad = aft_msg(lang, AFT_M_L_GATE_FAILED);
	size_t		 w = aft_tc_width(ok) > aft_tc_width(bad) ?
			    aft_tc_width(ok) : aft_tc_width(bad);
	char		 buf[600];

	if (res->ngates == 0)
		return;
	fprintf(r->fp, "\n%s%s%s: %s\n", color(r, BOLD),
	    aft_msg(lang, AFT_M_L_GATES), color(r, RESET),
	    aft_fmt_gates_count(buf, sizeof(buf), res, lang));
	for (size_t i = 0; i < res->ngates; i++) {
		const struct aft_gate_result *gr = &res->gates[i];

		fprintf(r->fp, "  %s", color(r, gr->passed ? GREEN : RED));
		aft_tc_cell(r->fp, gr->passed ? ok : bad, w);
		paint(r, RESET);
		fputs("  ", r->fp);
		aft_tc_wrap(r->fp, aft_fmt_gate(buf, sizeof(buf), gr, lang),
		    w + 4, w + 4, WIDTH);
	}
}

/* Writes one assessment's report to w->fp. */
static int
text_body(struct aft_report *w, const struct aft_result *res)
{
	header(w, res);
	table(w, res);
	if (w->opt.details)
		details(w, res);
	lists(w, res, false);
	lists(w, res, true);
	gates(w, res);
	fputc('\n', w->fp);
	return ferror(w->fp) ? AFT_EIO : AFT_OK;
}

static int
text_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	/* The same writers, on a private stream over a private copy. */
	return aft_render_mem(r, res, text_body, buf, len);
}

/*
 * Writes straight to the report's stream, for a single thread, where
 * rendering into memory first would only add a copy.
 */
static int
text_one(struct aft_report *r, const struct aft_result *res)
{
	if (r->n > 0)
		fputs(aft_report_text.separator, r->fp);
	return text_body(r, res);
}

/* Writes s as a terminal shows it, cut to w columns, with an ellipsis. */
static void
clipped(FILE *fp, const char *text, size_t w)
{
	size_t		 cols = 0;
	char		*tmp = NULL;
	const char	*s = text;

	if (aft_tc_width(s) <= w) {
		aft_tc_cell(fp, s, 0);
		return;
	}
	if (s[aft_esc_term_span(s, 0)] != '\0' &&
	    (s = tmp = aft_esc_term_dup(text, 0)) == NULL)
		s = "";
	for (; *s != '\0'; s++) {
		if (((unsigned char)*s & 0xC0) != 0x80 && ++cols == w)
			break;
		fputc(*s, fp);
	}
	fputs("…", fp);
	free(tmp);
}

static void
stats_row(struct aft_report *r, const char *title, const struct aft_stats *st,
    size_t tw)
{
	struct aft_opt	o;

	aft_tc_cell(r->fp, title, tw);
	o.set = aft_stats_mean(st, &o.v);
	opt_cell(r, &o, 10);
	o.set = aft_stats_median(st, &o.v);
	opt_cell(r, &o, 9);
	o.set = st->n > 0;
	o.v = o.set ? st->v[st->min_at] : 0;
	opt_cell(r, &o, 9);
	if (st->n > 0) {
		fputs("  ", r->fp);
		clipped(r->fp, st->min_service, WIDTH - tw - 30);
	}
	fputc('\n', r->fp);
}

/* The portfolio summary after a batch. */
static void
summary(struct aft_report *r, const struct aft_summary *s)
{
	enum aft_lang	lang = r->opt.lang;
	size_t		tw = title_width(r), idx[10], ntop;
	char		buf[256];

	for (int i = 0; i < WIDTH; i++)
		fputc('=', r->fp);
	fprintf(r->fp, "\n\n%s%s: %zu %s", color(r, BOLD),
	    aft_msg(lang, AFT_M_L_PORTFOLIO), s->count,
	    aft_msg(lang, AFT_M_L_ASSESSMENTS));
	if (s->failed > 0)
		fprintf(r->fp, " (+%zu %s)", s->failed,
		    aft_msg(lang, AFT_M_L_NOT_SCORED));
	fprintf(r->fp, "%s\n", color(r, RESET));
	label(r, AFT_M_L_SIGNIFICANCE);
	fprintf(r->fp, aft_msg(lang, AFT_M_L_SIG_COUNTS), s->sig[AFT_YES],
	    s->sig[AFT_NO], s->sig[AFT_UNKNOWN]);
	fputc('\n', r->fp);
	label(r, AFT_M_L_BAND_COUNTS);
	for (size_t i = 0; i < r->cat->nbands; i++) {
		fputs(i ? ", " : "", r->fp);
		aft_esc_term(r->fp, r->cat->bands[i].label.s[lang], 0);
		fprintf(r->fp, " %zu", s->bands[i]);
	}
	fputs("\n\n", r->fp);

	paint(r, BOLD);
	aft_tc_cell(r->fp, aft_msg(lang, AFT_M_L_PRINCIPLE), tw);
	aft_tc_rcell(r->fp, aft_msg(lang, AFT_M_L_MEAN), 10);
	aft_tc_rcell(r->fp, aft_msg(lang, AFT_M_L_MEDIAN), 9);
	aft_tc_rcell(r->fp, aft_msg(lang, AFT_M_L_MIN), 9);
	fprintf(r->fp, "  %s%s\n", aft_msg(lang, AFT_M_L_LOWEST),
	    color(r, RESET));
	for (size_t i = 0; i < r->cat->nprinciples; i++)
		stats_row(r, r->cat->principles[i].title.s[lang],
		    &s->principles[i], tw);
	stats_row(r, aft_msg(lang, AFT_M_L_OVERALL), &s->overall, tw);

	ntop = aft_summary_top(s, idx, 10);
	if (ntop > 0) {
		fprintf(r->fp, "\n%s%s%s\n", color(r, BOLD),
		    aft_msg(lang, AFT_M_L_TOP_ATTENTION), color(r, RESET));
		for (size_t i = 0; i < ntop; i++) {
			const struct aft_criterion *c = r->cat->all[idx[i]];

			snprintf(buf, sizeof(buf), aft_msg(lang, AFT_M_L_TIMES),
			    s->attention[idx[i]]);
			fprintf(r->fp, "  %-7s %-9s ", c->id, buf);
			aft_tc_wrap(r->fp, c->text.s[lang], 20, 20, WIDTH);
		}
	}
	if (s->nchase > 0) {
		fprintf(r->fp, "\n%s%s%s\n", color(r, BOLD),
		    aft_msg(lang, AFT_M_L_CHASE), color(r, RESET));
		for (size_t i = 0; i < s->nchase; i++) {
			char done[128];

			snprintf(done, sizeof(done), aft_msg(lang,
			    AFT_M_L_ANSWERED_OF), s->chase[i].answered,
			    s->chase[i].total);
			snprintf(buf, sizeof(buf), "%s (%s): %s",
			    s->chase[i].service, s->chase[i].file, done);
			fputs("  ", r->fp);
			aft_tc_wrap(r->fp, buf, 2, 4, WIDTH);
		}
	}
}

static int
text_end(struct aft_report *r)
{
	if (r->summary != NULL && r->n + r->nfail > 0)
		summary(r, r->summary);
	tstate_free(r->state);
	r->state = NULL;
	return ferror(r->fp) ? AFT_EIO : AFT_OK;
}

const struct aft_report_ops aft_report_text = {
	.name = "text",
	.streaming = true,
	.begin = text_begin,
	.one = text_one,
	.render = text_render,
	.separator = "========================================"
	    "========================================\n\n",
	.end = text_end,
};
