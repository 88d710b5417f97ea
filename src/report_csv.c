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
#include "escape.h"
#include "render.h"

#define EOL	"\r\n"

static void
sep(FILE *fp)
{
	fputc(',', fp);
}

static void
text(FILE *fp, const char *s)
{
	sep(fp);
	if (s != NULL)
		aft_esc_csv(fp, s);
}

/* A score as JSON gives it: one decimal, empty when null. */
static void
score(FILE *fp, const struct aft_opt *o)
{
	char buf[AFT_NUMBUF];

	sep(fp);
	if (o->set)
		fputs(aft_fmt_score(buf, o->v, AFT_LANG_EN), fp);
}

/* An amount or a count: whole numbers without a decimal part. */
static void
number(FILE *fp, bool set, double v)
{
	char buf[AFT_NUMBUF];

	sep(fp);
	if (!set)
		return;
	if (aft_fmt_whole(buf, v) != NULL)
		fputs(buf, fp);
	else if (v == floor(v) && fabs(v) < 1e15)
		fprintf(fp, "%.0f", v);
	else
		fprintf(fp, "%.15g", v);
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
gates_failed(FILE *fp, const struct aft_result *res)
{
	size_t n = 0;

	sep(fp);
	for (size_t i = 0; i < res->ngates; i++) {
		const struct aft_gate_result *gr = &res->gates[i];

		if (gr->passed)
			continue;
		fputs(n++ > 0 ? "; " : "", fp);
		aft_gate_write_spec(fp, &gr->gate);
		if (!gr->missed_by.set)
			fputs(" (no score)", fp);
		else if (gr->gate.kind == AFT_GATE_COMPLETE)
			fprintf(fp, " (-%.0f)", gr->missed_by.v);
		else
			fprintf(fp, " (-%.1f)", gr->missed_by.v);
	}
}

static int
csv_one(struct aft_report *r, const struct aft_result *res)
{
	const struct aft_service	*s = &res->ans->service;
	FILE				*fp = r->fp;

	aft_esc_csv(fp, res->ans->file);
	text(fp, s->name);
	text(fp, s->organisation);
	text(fp, res->sig.significant == AFT_UNKNOWN ? NULL :
	    res->sig.significant == AFT_YES ? "true" : "false");
	number(fp, s->has_budget, s->budget_eur);
	number(fp, s->has_users, s->users);
	score(fp, &res->overall);
	text(fp, res->overall.set ? res->cat->bands[res->band].id : NULL);
	for (size_t i = 0; i < res->npr; i++) {
		score(fp, &res->pr[i].score);
		score(fp, &res->pr[i].user);
		score(fp, &res->pr[i].inclusion);
	}
	number(fp, true, (double)res->answered);
	number(fp, true, (double)res->total);
	if (r->opt.gates)
		gates_failed(fp, res);
	fputs(EOL, fp);
	return ferror(fp) ? AFT_EIO : AFT_OK;
}

static int
csv_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	return aft_render_mem(r, res, csv_one, buf, len);
}

const struct aft_report_ops aft_report_csv = {
	.name = "csv",
	.streaming = true,
	.begin = csv_begin,
	.render = csv_render,
};
