/*
 * The csv format: one row per assessment, for spreadsheets and
 * dashboards.  RFC 4180: a header row, fields separated by commas,
 * records ended by CRLF, a field in double quotes (quotes doubled) when
 * it holds a comma, a quote or a line end.  UTF-8 without a byte order
 * mark.  The values do not depend on --lang: numbers use '.', unknown
 * values are empty cells, ids are the catalog's.  Streaming: each row is
 * rendered on its own (in a worker thread, with -j) and forgotten.
 */
#include <math.h>
#include <stdio.h>

#include "aftoets/gate.h"
#include "aftoets/report.h"
#include "util/escape.h"
#include "util/sbuf.h"

#define EOL	"\r\n"

static void
text(struct aft_sb *b, const char *s)
{
	aft_sb_putc(b, ',');
	if (s != NULL)
		aft_esc_csv_sb(b, s);
}

/* A score as JSON gives it: one decimal, empty when null. */
static void
score(struct aft_sb *b, const struct aft_opt *o)
{
	char buf[AFT_NUMBUF];

	aft_sb_putc(b, ',');
	if (o->set)
		aft_sb_puts(b, aft_fmt_score(buf, o->v, AFT_LANG_EN));
}

/* An amount or a count: whole numbers without a decimal part. */
static void
number(struct aft_sb *b, bool set, double v)
{
	char buf[AFT_NUMBUF];

	aft_sb_putc(b, ',');
	if (!set)
		return;
	if (aft_fmt_whole(buf, v) != NULL)
		aft_sb_puts(b, buf);
	else if (v == floor(v) && fabs(v) < 1e15)
		aft_sb_printf(b, "%.0f", v);
	else
		aft_sb_printf(b, "%.15g", v);
}

static int
csv_begin(struct aft_report *r)
{
	static const char *const	 sub[] = {
		"score", "user", "inclusion"
	};
	const struct aft_catalog	*cat = r->cat;

	fputs("file,service_name,organisation,significant,budget_eur,users,"
	    "overall_score,overall_band", r->fp);
	for (size_t i = 0; i < cat->nprinciples; i++)
		for (size_t j = 0; j < 3; j++) {
			/* Catalog ids need no quoting: [A-Za-z0-9._-]. */
			fprintf(r->fp, ",%s_%s", cat->principles[i].id,
			    sub[j]);
		}
	fputs(",answered,total", r->fp);
	if (r->opt.gates)
		fputs(",gates_failed", r->fp);
	fputs(EOL, r->fp);
	return ferror(r->fp) ? AFT_EIO : AFT_OK;
}

/*
 * The failed gates, "; " between them, each as its option and the
 * shortfall: "fail-under=60 (-0.1); require-complete (-4)".  Nothing in
 * it (ids, numbers, "; ") calls for quotes.
 */
static void
gates_failed(struct aft_sb *b, const struct aft_result *res)
{
	size_t n = 0;

	aft_sb_putc(b, ',');
	for (size_t i = 0; i < res->ngates; i++) {
		const struct aft_gate_result *gr = &res->gates[i];

		if (gr->passed)
			continue;
		aft_sb_puts(b, n++ > 0 ? "; " : "");
		aft_gate_spec_sb(b, &gr->gate);
		if (!gr->missed_by.set)
			aft_sb_puts(b, " (no score)");
		else if (gr->gate.kind == AFT_GATE_COMPLETE)
			aft_sb_printf(b, " (-%.0f)", gr->missed_by.v);
		else
			aft_sb_printf(b, " (-%.1f)", gr->missed_by.v);
	}
}

static void
csv_row(const struct aft_report *r, struct aft_sb *b,
    const struct aft_result *res)
{
	const struct aft_service *s = &res->ans->service;

	aft_esc_csv_sb(b, res->ans->file);
	text(b, s->name);
	text(b, s->organisation);
	text(b, res->sig.significant == AFT_UNKNOWN ? NULL :
	    res->sig.significant == AFT_YES ? "true" : "false");
	number(b, s->has_budget, s->budget_eur);
	number(b, s->has_users, s->users);
	score(b, &res->overall);
	text(b, res->overall.set ? res->cat->bands[res->band].id : NULL);
	for (size_t i = 0; i < res->npr; i++) {
		score(b, &res->pr[i].score);
		score(b, &res->pr[i].user);
		score(b, &res->pr[i].inclusion);
	}
	number(b, true, (double)res->answered);
	number(b, true, (double)res->total);
	if (r->opt.gates)
		gates_failed(b, res);
	aft_sb_puts(b, EOL);
}

/* A row into a buffer of its own, for a worker thread. */
static int
csv_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	char		first[1024];
	struct aft_sb	b;

	aft_sb_init(&b, first, sizeof(first));
	csv_row(r, &b, res);
	*buf = aft_sb_take(&b, len);
	aft_sb_fini(&b);
	return *buf != NULL ? AFT_OK : AFT_ENOMEM;
}

/* A row with one write to the report's stream, for a single thread. */
static int
csv_one(struct aft_report *r, const struct aft_result *res)
{
	char		buf[1024];
	struct aft_sb	b;

	aft_sb_init_sink(&b, buf, sizeof(buf), r->fp);
	csv_row(r, &b, res);
	return aft_sb_flush(&b) != 0 ? AFT_EIO : AFT_OK;
}

const struct aft_report_ops aft_report_csv = {
	.name = "csv",
	.streaming = true,
	.begin = csv_begin,
	.one = csv_one,
	.render = csv_render,
};
