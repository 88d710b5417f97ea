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
#include "util/escape.h"
#include "util/sbuf.h"
#include "util/textcol.h"

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

/* Writes a colour code, or nothing without colour. */
static void
paint(const struct aft_report *r, struct aft_sb *b, const char *c)
{
	if (r->opt.color)
		aft_sb_puts(b, c);
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
label(const struct aft_report *r, struct aft_sb *b, enum aft_msg m)
{
	aft_sb_puts(b, "  ");
	paint(r, b, DIM);
	aft_tcb_cell(b, aft_msg(r->opt.lang, m), LABEL_W - 2);
	paint(r, b, RESET);
}

static void
field(const struct aft_report *r, struct aft_sb *b, enum aft_msg m,
    const char *value)
{
	if (value == NULL)
		return;
	label(r, b, m);
	aft_tcb_wrap(b, value, LABEL_W, LABEL_W, WIDTH);
}

static void
bar(const struct aft_report *r, struct aft_sb *b, double score, size_t band)
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
	aft_sb_puts(b, band_color(r, band));
	aft_sb_puts(b, line);
	paint(r, b, RESET);
}

static void
header(const struct aft_report *r, struct aft_sb *b,
    const struct aft_result *res)
{
	const struct aft_service	*s = &res->ans->service;
	enum aft_lang			 lang = r->opt.lang;
	char				 num[AFT_NUMBUF], buf[600];

	paint(r, b, BOLD);
	aft_sb_puts(b, aft_msg(lang, AFT_M_L_REPORT));
	aft_sb_puts(b, ": ");
	aft_tcb_term(b, s->name, 0);
	paint(r, b, RESET);
	aft_sb_putc(b, '\n');
	field(r, b, AFT_M_L_ORGANISATION, s->organisation);
	if (s->type != AFT_STYPE_NONE)
		field(r, b, AFT_M_L_TYPE, aft_msg(lang, s->type ==
		    AFT_STYPE_NIEUW ? AFT_M_L_TYPE_NIEUW :
		    AFT_M_L_TYPE_HERWERKING));
	field(r, b, AFT_M_L_BUDGET, s->has_budget ?
	    aft_fmt_money(num, s->budget_eur, lang) :
	    aft_msg(lang, AFT_M_L_UNKNOWN));
	field(r, b, AFT_M_L_USERS, s->has_users ?
	    aft_fmt_count(num, s->users, lang) :
	    aft_msg(lang, AFT_M_L_UNKNOWN));
	if (s->assessed_on != NULL || s->assessor != NULL) {
		snprintf(buf, sizeof(buf), "%s%s%s",
		    s->assessed_on ? s->assessed_on : "",
		    s->assessed_on && s->assessor ? ", " : "",
		    s->assessor ? s->assessor : "");
		field(r, b, AFT_M_L_ASSESSED, buf);
	}
	snprintf(buf, sizeof(buf), "%s %s", res->cat->id, res->cat->version);
	field(r, b, AFT_M_L_CATALOG, buf);
	if (aft_text_given(&res->cat->notice))
		field(r, b, AFT_M_L_NOTICE, res->cat->notice.s[lang]);
	aft_sb_putc(b, '\n');

	label(r, b, AFT_M_L_SIGNIFICANCE);
	paint(r, b, BOLD);
	aft_sb_puts(b, aft_msg(lang, res->sig.significant == AFT_YES ?
	    AFT_M_SIG_YES : res->sig.significant == AFT_NO ? AFT_M_SIG_NO :
	    AFT_M_SIG_UNKNOWN));
	paint(r, b, RESET);
	aft_sb_putc(b, '\n');
	aft_fmt_reason(buf, sizeof(buf), &res->sig, res->cat, s, lang);
	aft_sb_pad(b, LABEL_W);
	aft_tcb_wrap(b, buf, LABEL_W, LABEL_W, WIDTH);
	label(r, b, AFT_M_L_COMPLETENESS);
	aft_sb_printf(b, aft_msg(lang, AFT_M_L_ANSWERED_OF), res->answered,
	    res->total);
	aft_sb_putc(b, '\n');
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
		aft_sb_pad(b, LABEL_W);
		aft_tcb_wrap(b, buf, LABEL_W, LABEL_W, WIDTH);
	}
	aft_sb_putc(b, '\n');
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
 * What text_begin() prepares, for the report's language: every
 * criterion's text wrapped as a list item shows it, without and with the
 * gain, the start of its item line, and the catalog's principle titles
 * and band labels as headings and table cells show them.  Each
 * assessment shows most of these, so this saves escaping, measuring and
 * wrapping the same texts again for every file of a batch.  Without it
 * (no memory) each piece is made where it is written.
 */
enum { S_WRAPPED, S_PREFIX, S_HEADING, S_TCELL, S_BCELL, S_KINDS };

struct tstate {
	char		*all;		/* every text, each ended by a NUL */
	const char	**s;		/* into all; see piece() */
	size_t		 base[S_KINDS + 1];
	size_t		 tw, bw;	/* title and band column widths */
};

static void
tstate_free(struct tstate *st)
{
	if (st == NULL)
		return;
	free(st->all);
	free(st->s);
	free(st);
}

/* A prepared piece of the given kind, or NULL when there is none. */
static const char *
piece(const struct aft_report *r, int kind, size_t i)
{
	const struct tstate *st = r->state;

	return st != NULL ? st->s[st->base[kind] + i] : NULL;
}

/* The start of criterion c's item line: its id, padded to the text. */
static void
item_prefix(struct aft_sb *b, const struct aft_criterion *c)
{
	size_t w = aft_tc_width(c->id);

	aft_sb_puts(b, "    ");
	aft_tcb_cell(b, c->id, 0);
	aft_sb_pad(b, w < 7 ? 8 - w : 1);
}

/*
 * Prepares the pieces, all in one buffer (one allocation for each
 * costs more than the wrapping when one file is scored).
 */
static int
text_begin(struct aft_report *r)
{
	const struct aft_catalog	*cat = r->cat;
	enum aft_lang			 lang = r->opt.lang;
	struct tstate			*st = calloc(1, sizeof(*st));
	size_t				*at = NULL, len, n, k = 0;
	struct aft_sb			 b;

	if (st == NULL)
		return AFT_OK;
	st->tw = title_width(r);
	st->bw = band_width(r);
	st->base[S_WRAPPED] = 0;
	st->base[S_PREFIX] = 2 * cat->ncriteria;
	st->base[S_HEADING] = st->base[S_PREFIX] + cat->ncriteria;
	st->base[S_TCELL] = st->base[S_HEADING] + cat->nprinciples;
	st->base[S_BCELL] = st->base[S_TCELL] + cat->nprinciples;
	st->base[S_KINDS] = n = st->base[S_BCELL] + cat->nbands;
	if ((st->s = calloc(n, sizeof(*st->s))) == NULL ||
	    (at = calloc(n, sizeof(*at))) == NULL) {
		free(at);
		tstate_free(st);
		return AFT_OK;
	}
	aft_sb_init(&b, NULL, 0);
	for (size_t i = 0; i < 2 * cat->ncriteria; i++) {
		const struct aft_criterion	*c = cat->all[i / 2];
		size_t				 col = item_col(c, i % 2);

		at[k++] = b.len;
		aft_tcb_wrap(&b, c->text.s[lang], col, col, WIDTH);
		aft_sb_putc(&b, '\0');
	}
	for (size_t i = 0; i < cat->ncriteria; i++) {
		at[k++] = b.len;
		item_prefix(&b, cat->all[i]);
		aft_sb_putc(&b, '\0');
	}
	for (size_t i = 0; i < 2 * cat->nprinciples; i++) {
		const char *t = cat->principles[i % cat->nprinciples].title.s[lang];

		at[k++] = b.len;
		if (i < cat->nprinciples)
			aft_tcb_term(&b, t, 0);
		else
			aft_tcb_cell(&b, t, st->tw);
		aft_sb_putc(&b, '\0');
	}
	for (size_t i = 0; i < cat->nbands; i++) {
		at[k++] = b.len;
		aft_tcb_cell(&b, cat->bands[i].label.s[lang], st->bw);
		aft_sb_putc(&b, '\0');
	}
	if ((st->all = aft_sb_take(&b, &len)) == NULL) {
		aft_sb_fini(&b);
		free(at);
		tstate_free(st);
		return AFT_OK;
	}
	for (size_t i = 0; i < n; i++)
		st->s[i] = st->all + at[i];
	free(at);
	r->state = st;
	return AFT_OK;
}

/* A principle's title as a heading shows it. */
static void
heading(const struct aft_report *r, struct aft_sb *b, size_t p)
{
	const char *s = piece(r, S_HEADING, p);

	if (s != NULL)
		aft_sb_puts(b, s);
	else
		aft_tcb_term(b, r->cat->principles[p].title.s[r->opt.lang], 0);
}

static void
opt_cell(const struct aft_report *r, struct aft_sb *b, const struct aft_opt *o,
    size_t w)
{
	char num[AFT_NUMBUF];

	aft_tcb_rcell(b, o->set ? aft_fmt_score(num, o->v, r->opt.lang) : "-", w);
}

/* Writes the piece of the given kind, or cell s padded to w columns. */
static void
cell(const struct aft_report *r, struct aft_sb *b, int kind, size_t i,
    const char *s, size_t w)
{
	const char *p = piece(r, kind, i);

	if (p != NULL)
		aft_sb_puts(b, p);
	else
		aft_tcb_cell(b, s, w);
}

static void
table(const struct aft_report *r, struct aft_sb *b,
    const struct aft_result *res)
{
	const struct tstate	*st = r->state;
	enum aft_lang		 lang = r->opt.lang;
	size_t			 tw = st ? st->tw : title_width(r);
	size_t			 bw = st ? st->bw : band_width(r);

	paint(r, b, BOLD);
	aft_tcb_cell(b, aft_msg(lang, AFT_M_L_PRINCIPLE), tw);
	aft_tcb_rcell(b, aft_msg(lang, AFT_M_L_SCORE), 6);
	aft_tcb_rcell(b, aft_msg(lang, AFT_M_L_USER), 11);
	aft_tcb_rcell(b, aft_msg(lang, AFT_M_L_INCLUSION), 10);
	aft_sb_puts(b, "  ");
	aft_sb_puts(b, aft_msg(lang, AFT_M_L_BAND));
	paint(r, b, RESET);
	aft_sb_putc(b, '\n');
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		cell(r, b, S_TCELL, (size_t)(pr->p - res->cat->principles),
		    pr->p->title.s[lang], tw);
		opt_cell(r, b, &pr->score, 6);
		opt_cell(r, b, &pr->user, 11);
		opt_cell(r, b, &pr->inclusion, 10);
		aft_sb_puts(b, "  ");
		if (pr->score.set) {
			aft_sb_puts(b, band_color(r, pr->band));
			cell(r, b, S_BCELL, pr->band,
			    res->cat->bands[pr->band].label.s[lang], bw);
			paint(r, b, RESET);
			bar(r, b, pr->score.v, pr->band);
		} else
			aft_sb_puts(b, aft_msg(lang, AFT_M_L_NVT));
		aft_sb_putc(b, '\n');
	}
	paint(r, b, BOLD);
	aft_tcb_cell(b, aft_msg(lang, AFT_M_L_OVERALL), tw);
	opt_cell(r, b, &res->overall, 6);
	aft_sb_pad(b, 21);
	aft_sb_puts(b, "  ");
	if (res->overall.set) {
		aft_sb_puts(b, band_color(r, res->band));
		cell(r, b, S_BCELL, res->band,
		    res->cat->bands[res->band].label.s[lang], bw);
		bar(r, b, res->overall.v, res->band);
	}
	paint(r, b, RESET);
	aft_sb_putc(b, '\n');
}

static void
details(const struct aft_report *r, struct aft_sb *b,
    const struct aft_result *res)
{
	enum aft_lang	lang = r->opt.lang;
	char		num[AFT_NUMBUF];

	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		aft_sb_putc(b, '\n');
		paint(r, b, BOLD);
		heading(r, b, (size_t)(pr->p - r->cat->principles));
		paint(r, b, RESET);
		aft_sb_putc(b, '\n');
		for (size_t j = 0; j < pr->ncrit; j++) {
			const struct aft_crit_result *cr = &pr->crit[j];

			aft_sb_puts(b, "  ");
			aft_tcb_cell(b, cr->c->id, 8);
			aft_tcb_cell(b, aft_msg(lang, cr->c->kind == AFT_KIND_USER ?
			    AFT_M_L_KIND_USER : AFT_M_L_KIND_INCLUSION), 11);
			if (cr->status == AFT_ANSWERED)
				aft_tcb_cell(b, res->cat->levels[cr->a->level].id,
				    14);
			else if (cr->status == AFT_NVT)
				aft_tcb_cell(b, res->cat->nvt.id, 14);
			else
				aft_tcb_cell(b, "-", 14);
			if (cr->status == AFT_NVT) {
				aft_sb_putc(b, '\n');
				continue;
			}
			aft_tcb_rcell(b, aft_fmt_score(num, 100.0 * cr->f, lang), 6);
			if (cr->gain > 0) {
				aft_sb_puts(b, "  +");
				aft_sb_puts(b, aft_fmt_score(num, cr->gain, lang));
			}
			aft_sb_putc(b, '\n');
		}
	}
}

static void
item(const struct aft_report *r, struct aft_sb *b,
    const struct aft_crit_result *cr, bool gain)
{
	const char	*s = piece(r, S_PREFIX, cr->c->index);
	char		 num[AFT_NUMBUF];

	if (s != NULL)
		aft_sb_puts(b, s);
	else
		item_prefix(b, cr->c);
	if (gain) {
		const char	*g = aft_fmt_score(num, cr->gain, r->opt.lang);
		size_t		 gl = strlen(g);

		/* "+" and the gain, in six columns with at least one space. */
		paint(r, b, YELLOW);
		aft_sb_putc(b, '+');
		aft_sb_put(b, g, gl);
		aft_sb_pad(b, gl < 4 ? 5 - gl : 1);
		paint(r, b, RESET);
	}
	if ((s = piece(r, S_WRAPPED, 2 * cr->c->index + gain)) != NULL)
		aft_sb_puts(b, s);
	else
		aft_tcb_wrap(b, cr->c->text.s[r->opt.lang],
		    item_col(cr->c, gain), item_col(cr->c, gain), WIDTH);
}

static void
lists(const struct aft_report *r, struct aft_sb *b,
    const struct aft_result *res, bool attention)
{
	enum aft_lang	lang = r->opt.lang;
	size_t		total = 0;

	for (size_t i = 0; i < res->npr; i++)
		total += attention ? res->pr[i].nattention :
		    res->pr[i].nstrengths;
	aft_sb_putc(b, '\n');
	paint(r, b, BOLD);
	aft_sb_puts(b, aft_msg(lang, attention ? AFT_M_L_ATTENTION :
	    AFT_M_L_STRENGTHS));
	paint(r, b, RESET);
	if (total == 0) {
		aft_sb_puts(b, ": ");
		aft_sb_puts(b, aft_msg(lang, AFT_M_L_NONE));
		aft_sb_putc(b, '\n');
		return;
	}
	aft_sb_putc(b, '\n');
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result	*pr = &res->pr[i];
		size_t					 n = attention ?
		    pr->nattention : pr->nstrengths;
		const size_t				*idx = attention ?
		    pr->attention : pr->strengths;

		if (n == 0)
			continue;
		aft_sb_puts(b, "  ");
		heading(r, b, (size_t)(pr->p - r->cat->principles));
		aft_sb_putc(b, '\n');
		for (size_t j = 0; j < n; j++)
			item(r, b, &pr->crit[idx[j]], attention);
	}
}

/* The answers given under replaced ids, each with its line and note. */
static void
notes(const struct aft_report *r, struct aft_sb *b,
    const struct aft_result *res)
{
	enum aft_lang	lang = r->opt.lang;
	char		buf[1024], at[64];

	if (res->ans->nreplaced == 0)
		return;
	aft_sb_printf(b, "\n%s%s%s\n", color(r, BOLD),
	    aft_msg(lang, AFT_M_L_NOTES), color(r, RESET));
	for (size_t i = 0; i < res->ans->nreplaced; i++) {
		const struct aft_replaced *v = &res->ans->replaced[i];

		snprintf(at, sizeof(at), aft_msg(lang, AFT_M_L_AT_LINE),
		    v->loc.line);
		aft_sb_printf(b, "  %s: ", at);
		aft_tcb_wrap(b, aft_fmt_replaced(buf, sizeof(buf), v,
		    res->cat, lang), 4 + aft_tc_width(at), 4, WIDTH);
	}
}

/* The gates given, each with its verdict and by how much it missed. */
static void
gates(const struct aft_report *r, struct aft_sb *b,
    const struct aft_result *res)
{
	enum aft_lang	lang = r->opt.lang;
	const char	*ok = aft_msg(lang, AFT_M_L_GATE_PASSED);
	const char	*bad = aft_msg(lang, AFT_M_L_GATE_FAILED);
	size_t		 w = aft_tc_width(ok) > aft_tc_width(bad) ?
			    aft_tc_width(ok) : aft_tc_width(bad);
	char		 buf[600];

	if (res->ngates == 0)
		return;
	aft_sb_printf(b, "\n%s%s%s: %s\n", color(r, BOLD),
	    aft_msg(lang, AFT_M_L_GATES), color(r, RESET),
	    aft_fmt_gates_count(buf, sizeof(buf), res, lang));
	for (size_t i = 0; i < res->ngates; i++) {
		const struct aft_gate_result *gr = &res->gates[i];

		aft_sb_puts(b, "  ");
		paint(r, b, gr->passed ? GREEN : RED);
		aft_tcb_cell(b, gr->passed ? ok : bad, w);
		paint(r, b, RESET);
		aft_sb_puts(b, "  ");
		aft_tcb_wrap(b, aft_fmt_gate(buf, sizeof(buf), gr, lang),
		    w + 4, w + 4, WIDTH);
	}
}

/* Writes one assessment's report into b. */
static void
text_body(const struct aft_report *r, struct aft_sb *b,
    const struct aft_result *res)
{
	header(r, b, res);
	table(r, b, res);
	if (r->opt.details)
		details(r, b, res);
	lists(r, b, res, false);
	lists(r, b, res, true);
	notes(r, b, res);
	gates(r, b, res);
	aft_sb_putc(b, '\n');
}

/*
 * Renders into a buffer of its own, which becomes *buf: a worker thread
 * reads the report's fixed parts and the wrapped texts, and writes
 * nothing shared.
 */
static int
text_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	struct aft_sb b;

	aft_sb_init(&b, NULL, 0);
	text_body(r, &b, res);
	if ((*buf = aft_sb_take(&b, len)) == NULL) {
		aft_sb_fini(&b);
		return AFT_ENOMEM;
	}
	return AFT_OK;
}

/*
 * A report's text is some 5 KB: built here and written with one call,
 * and drained into the stream sooner only if it is longer.
 */
#define ONE_BUF		8192

static int
text_one(struct aft_report *r, const struct aft_result *res)
{
	char		buf[ONE_BUF];
	struct aft_sb	b;

	aft_sb_init_sink(&b, buf, sizeof(buf), r->fp);
	if (r->n > 0)
		aft_sb_puts(&b, aft_report_text.separator);
	text_body(r, &b, res);
	return aft_sb_flush(&b) != 0 ? AFT_EIO : AFT_OK;
}

/* Writes s as a terminal shows it, cut to w columns, with an ellipsis. */
static void
clipped(struct aft_sb *b, const char *text, size_t w)
{
	size_t		 cols = 0;
	char		*tmp = NULL;
	const char	*s = text, *p;

	if (aft_tc_width(s) <= w) {
		aft_tcb_cell(b, s, 0);
		return;
	}
	if (s[aft_esc_term_span(s, 0)] != '\0' &&
	    (s = tmp = aft_esc_term_dup(text, 0)) == NULL)
		s = "";
	for (p = s; *p != '\0'; p++)
		if (((unsigned char)*p & 0xC0) != 0x80 && ++cols == w)
			break;
	aft_sb_put(b, s, (size_t)(p - s));
	aft_sb_puts(b, "…");
	free(tmp);
}

static void
stats_row(const struct aft_report *r, struct aft_sb *b, const char *title,
    const struct aft_stats *st, size_t tw)
{
	struct aft_opt	o;

	aft_tcb_cell(b, title, tw);
	o.set = aft_stats_mean(st, &o.v);
	opt_cell(r, b, &o, 10);
	o.set = aft_stats_median(st, &o.v);
	opt_cell(r, b, &o, 9);
	o.set = st->n > 0;
	o.v = o.set ? st->v[st->min_at] : 0;
	opt_cell(r, b, &o, 9);
	if (st->n > 0) {
		aft_sb_puts(b, "  ");
		clipped(b, st->min_service, WIDTH - tw - 30);
	}
	aft_sb_putc(b, '\n');
}

/* The portfolio summary after a batch. */
static void
summary(const struct aft_report *r, struct aft_sb *b,
    const struct aft_summary *s)
{
	enum aft_lang	lang = r->opt.lang;
	size_t		tw = title_width(r), idx[10], ntop;
	char		buf[256];

	for (int i = 0; i < WIDTH; i++)
		aft_sb_putc(b, '=');
	aft_sb_printf(b, "\n\n%s%s: %zu %s", color(r, BOLD),
	    aft_msg(lang, AFT_M_L_PORTFOLIO), s->count,
	    aft_msg(lang, AFT_M_L_ASSESSMENTS));
	if (s->failed > 0)
		aft_sb_printf(b, " (+%zu %s)", s->failed,
		    aft_msg(lang, AFT_M_L_NOT_SCORED));
	paint(r, b, RESET);
	aft_sb_putc(b, '\n');
	label(r, b, AFT_M_L_SIGNIFICANCE);
	aft_sb_printf(b, aft_msg(lang, AFT_M_L_SIG_COUNTS), s->sig[AFT_YES],
	    s->sig[AFT_NO], s->sig[AFT_UNKNOWN]);
	aft_sb_putc(b, '\n');
	label(r, b, AFT_M_L_BAND_COUNTS);
	for (size_t i = 0; i < r->cat->nbands; i++) {
		aft_sb_puts(b, i ? ", " : "");
		aft_tcb_term(b, r->cat->bands[i].label.s[lang], 0);
		aft_sb_printf(b, " %zu", s->bands[i]);
	}
	aft_sb_puts(b, "\n\n");

	paint(r, b, BOLD);
	aft_tcb_cell(b, aft_msg(lang, AFT_M_L_PRINCIPLE), tw);
	aft_tcb_rcell(b, aft_msg(lang, AFT_M_L_MEAN), 10);
	aft_tcb_rcell(b, aft_msg(lang, AFT_M_L_MEDIAN), 9);
	aft_tcb_rcell(b, aft_msg(lang, AFT_M_L_MIN), 9);
	aft_sb_printf(b, "  %s%s\n", aft_msg(lang, AFT_M_L_LOWEST),
	    color(r, RESET));
	for (size_t i = 0; i < r->cat->nprinciples; i++)
		stats_row(r, b, r->cat->principles[i].title.s[lang],
		    &s->principles[i], tw);
	stats_row(r, b, aft_msg(lang, AFT_M_L_OVERALL), &s->overall, tw);

	ntop = aft_summary_top(s, idx, 10);
	if (ntop > 0) {
		aft_sb_printf(b, "\n%s%s%s\n", color(r, BOLD),
		    aft_msg(lang, AFT_M_L_TOP_ATTENTION), color(r, RESET));
		for (size_t i = 0; i < ntop; i++) {
			const struct aft_criterion *c = r->cat->all[idx[i]];

			snprintf(buf, sizeof(buf), aft_msg(lang, AFT_M_L_TIMES),
			    s->attention[idx[i]]);
			aft_sb_printf(b, "  %-7s %-9s ", c->id, buf);
			aft_tcb_wrap(b, c->text.s[lang], 20, 20, WIDTH);
		}
	}
	if (s->nchase > 0) {
		aft_sb_printf(b, "\n%s%s%s\n", color(r, BOLD),
		    aft_msg(lang, AFT_M_L_CHASE), color(r, RESET));
		for (size_t i = 0; i < s->nchase; i++) {
			char done[128];

			snprintf(done, sizeof(done), aft_msg(lang,
			    AFT_M_L_ANSWERED_OF), s->chase[i].answered,
			    s->chase[i].total);
			snprintf(buf, sizeof(buf), "%s (%s): %s",
			    s->chase[i].service, s->chase[i].file, done);
			aft_sb_puts(b, "  ");
			aft_tcb_wrap(b, buf, 2, 4, WIDTH);
		}
	}
}

static int
text_end(struct aft_report *r)
{
	char		buf[ONE_BUF];
	struct aft_sb	b;

	aft_sb_init_sink(&b, buf, sizeof(buf), r->fp);
	if (r->summary != NULL && r->n + r->nfail > 0)
		summary(r, &b, r->summary);
	aft_sb_flush(&b);
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
