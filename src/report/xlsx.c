/*
 * The xlsx format: a workbook in the spirit of the official score sheet,
 * written with libxlsxwriter.  One assessment gives an overview sheet
 * (the service, its significance, the principle scores coloured by band
 * and a radar chart) and a criteria sheet (every criterion with its
 * answer, points, motivation and actions).  Several give a portfolio
 * sheet and one sheet per service holding both.  Numbers are stored as
 * numbers, rounded as the other reports show them.
 *
 * The program does not link libxlsxwriter, so that every other command
 * starts faster: the format opens it when a report begins (xlsxlib.h).
 * It writes by file name, so the format owns its path: it reserves a
 * temporary name beside the target (aftoets/atomic.h), lets the library
 * write there, and moves the file into place at the end.
 * Not streaming, but light: of a batch it keeps a portfolio row per
 * service (struct aft_xrow) and whole copies (src/keep.h) only of the
 * services that get a sheet, the first --sheets N; the workbook is
 * written at the end in libxlsxwriter's constant-memory mode.
 *
 * This file writes the portfolio sheet and the workbook around the
 * sheets; xlsxsheet.c writes the sheets of one assessment, and
 * xlsxcell.c the cells, their styles and the sheet names (xlsx_internal.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/atomic.h"
#include "keep.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "util/escape.h"
#include "report/xlsx_internal.h"
#include "report/xlsxlib.h"

/* Failed inputs show this many of their errors in the portfolio. */
#define FAIL_DIAGS	5

/* A link to cell A1 of a sheet, quoting its name as formulas do. */
static void
link(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *sheetname, const char *shown)
{
	char	url[16 + 2 * AFT_SHEET_BUF], *tmp;
	size_t	len = 0;

	len += (size_t)snprintf(url, sizeof(url), "internal:'");
	for (const char *p = sheetname; *p != '\0'; p++) {
		if (*p == '\'')
			url[len++] = '\'';
		url[len++] = *p;
	}
	snprintf(url + len, sizeof(url) - len, "'!A1");
	shown = aft_xlsx_guarded(x, shown, &tmp);
	aft_xlsx_check(x, x->lib->worksheet_write_url_opt(ws, row, col, url,
	    x->f[AFT_XF_LINK], shown, NULL));
	free(tmp);
}

/* A row of statistics: mean, median, minimum, and where. */
static void
stats_row(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    const char *title, const struct aft_stats *st, enum aft_xstyle st_title)
{
	double v;

	aft_xlsx_text(x, ws, row, 0, title, st_title);
	if (aft_stats_mean(st, &v))
		aft_xlsx_number(x, ws, row, 1, aft_round1(v), AFT_XF_NUM);
	if (aft_stats_median(st, &v))
		aft_xlsx_number(x, ws, row, 2, aft_round1(v), AFT_XF_NUM);
	if (st->n > 0) {
		aft_xlsx_number(x, ws, row, 3, aft_round1(st->v[st->min_at]),
		    AFT_XF_NUM);
		aft_xlsx_text(x, ws, row, 4, st->min_service, AFT_XF_TEXT);
	}
}

/*
 * The portfolio summary the library keeps for a batch, from row: the
 * statistics of every principle, the overall score by band, the most
 * frequent points of attention and the significant services that are
 * not complete.  Returns the first free row.
 */
static lxw_row_t
portfolio_summary(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row)
{
	static const enum aft_msg stats_head[] = {
		AFT_M_L_PRINCIPLE, AFT_M_L_MEAN, AFT_M_L_MEDIAN, AFT_M_L_MIN,
		AFT_M_L_LOWEST
	};
	const struct aft_summary	*s = x->summary;
	enum aft_lang			 lang = x->lang;
	size_t				 idx[10], ntop;
	char				 buf[256];

	if (s == NULL)
		return row;
	aft_xlsx_msgcell(x, ws, row, 0, AFT_M_D_SUMMARY_TITLE, AFT_XF_TITLE);
	row += 2;
	for (size_t c = 0; c < sizeof(stats_head) / sizeof(stats_head[0]);
	    c++)
		aft_xlsx_msgcell(x, ws, row, (lxw_col_t)c, stats_head[c],
		    c >= 1 && c <= 3 ? AFT_XF_HEAD_C : AFT_XF_HEAD);
	row++;
	for (size_t i = 0; i < x->cat->nprinciples; i++)
		stats_row(x, ws, row++, x->cat->principles[i].title.s[lang],
		    &s->principles[i], AFT_XF_TEXT);
	stats_row(x, ws, row++, aft_msg(lang, AFT_M_L_OVERALL), &s->overall,
	    AFT_XF_LABEL);
	row++;

	aft_xlsx_msgcell(x, ws, row, 0, AFT_M_L_BAND, AFT_XF_HEAD);
	aft_xlsx_msgcell(x, ws, row++, 1, AFT_M_D_SERVICES, AFT_XF_HEAD_C);
	for (size_t i = 0; i <= x->cat->nbands; i++) {
		if (i == x->cat->nbands && s->bands[i] == 0)
			break;
		if (i < x->cat->nbands)
			aft_xlsx_text(x, ws, row, 0,
			    x->cat->bands[i].label.s[lang], aft_xlsx_tone(x, i,
			    AFT_XF_BAND_GOOD));
		else
			aft_xlsx_msgcell(x, ws, row, 0, AFT_M_D_NO_SCORE,
			    AFT_XF_TEXT);
		aft_xlsx_number(x, ws, row++, 1, (double)s->bands[i],
		    AFT_XF_COUNT);
	}
	snprintf(buf, sizeof(buf), aft_msg(lang, AFT_M_L_SIG_COUNTS),
	    s->sig[AFT_YES], s->sig[AFT_NO], s->sig[AFT_UNKNOWN]);
	aft_xlsx_label(x, ws, ++row, AFT_M_L_SIGNIFICANCE);
	aft_xlsx_text(x, ws, row++, 1, buf, AFT_XF_TEXT);
	row++;

	if ((ntop = aft_summary_top(s, idx, 10)) > 0) {
		aft_xlsx_msgcell(x, ws, row++, 0, AFT_M_L_TOP_ATTENTION,
		    AFT_XF_LABEL);
		aft_xlsx_msgcell(x, ws, row, 0, AFT_M_L_CRITERION, AFT_XF_HEAD);
		aft_xlsx_msgcell(x, ws, row, 1, AFT_M_D_SERVICES,
		    AFT_XF_HEAD_C);
		aft_xlsx_msgcell(x, ws, row++, 2, AFT_M_L_TEXT, AFT_XF_HEAD);
		for (size_t i = 0; i < ntop; i++, row++) {
			const struct aft_criterion *c = x->cat->all[idx[i]];

			aft_xlsx_text(x, ws, row, 0, c->id, AFT_XF_TEXT);
			aft_xlsx_number(x, ws, row, 1,
			    (double)s->attention[idx[i]], AFT_XF_COUNT);
			aft_xlsx_text(x, ws, row, 2, c->text.s[lang],
			    AFT_XF_TEXT);
		}
		row++;
	}
	if (s->nchase > 0) {
		aft_xlsx_msgcell(x, ws, row++, 0, AFT_M_L_CHASE, AFT_XF_LABEL);
		aft_xlsx_msgcell(x, ws, row, 0, AFT_M_L_SERVICE, AFT_XF_HEAD);
		aft_xlsx_msgcell(x, ws, row, 1, AFT_M_D_FILE, AFT_XF_HEAD);
		aft_xlsx_msgcell(x, ws, row, 2, AFT_M_D_ANSWERED,
		    AFT_XF_HEAD_C);
		aft_xlsx_msgcell(x, ws, row++, 3, AFT_M_D_TOTAL, AFT_XF_HEAD_C);
		for (size_t i = 0; i < s->nchase; i++, row++) {
			aft_xlsx_text(x, ws, row, 0, s->chase[i].service,
			    AFT_XF_TEXT);
			aft_xlsx_text(x, ws, row, 1, s->chase[i].file,
			    AFT_XF_TEXT);
			aft_xlsx_number(x, ws, row, 2,
			    (double)s->chase[i].answered, AFT_XF_COUNT);
			aft_xlsx_number(x, ws, row, 3,
			    (double)s->chase[i].total, AFT_XF_COUNT);
		}
		row++;
	}
	return row;
}

/*
 * The note under the portfolio's title when some services have no sheet
 * of their own; nothing when every one has.
 */
static void
left_out(struct aft_xlsx *x, lxw_worksheet *pf)
{
	char	buf[256];
	size_t	shown = x->keep.n;

	if (shown >= x->nrows)
		return;
	snprintf(buf, sizeof(buf), aft_msg(x->lang, AFT_M_D_SHEETS_LEFT_OUT),
	    shown, x->nrows - shown);
	aft_xlsx_text(x, pf, 1, 0, buf, AFT_XF_TEXT);
}

/* The sheet of one service, named after it; its name, or NULL. */
static const char *
service_sheet(struct aft_xlsx *x, const struct aft_result *res)
{
	lxw_worksheet	*ws;
	const char	*name;
	lxw_row_t	 r;

	if ((ws = aft_xlsx_sheet(x, res->ans->service.name,
	    aft_msg(x->lang, AFT_M_D_SHEET_SERVICE))) == NULL) {
		x->failed = true;
		return NULL;
	}
	name = x->names[x->nnames - 1];
	aft_xlsx_columns(x, ws);
	r = aft_xlsx_overview(x, ws, name, res);
	aft_xlsx_criteria(x, ws, r, res);
	return name;
}

/*
 * The portfolio sheet, first in the workbook, and the sheets of the
 * services that have one.  The workbook is written in constant memory:
 * each sheet's rows go to a temporary file one after another, so every
 * sheet here is written from its top row down, never going back; sheets
 * may take turns, each keeping its own place.
 */
static void
portfolio(struct aft_xlsx *x)
{
	static const enum aft_msg head[] = {
		AFT_M_L_SERVICE, AFT_M_L_ORGANISATION, AFT_M_D_SIGNIFICANT,
		AFT_M_L_OVERALL, AFT_M_L_BAND
	};
	lxw_worksheet	*pf;
	lxw_row_t	 row = 2;
	lxw_col_t	 ncol = 0;
	char		 buf[256];

	if ((pf = aft_xlsx_sheet(x, aft_msg(x->lang, AFT_M_D_PORTFOLIO),
	    "1")) == NULL) {
		x->failed = true;
		return;
	}
	snprintf(buf, sizeof(buf), aft_msg(x->lang, AFT_M_D_TITLE_MANY),
	    x->nrows);
	aft_xlsx_text(x, pf, 0, 0, buf, AFT_XF_TITLE);
	left_out(x, pf);
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		aft_xlsx_msgcell(x, pf, row, ncol++, head[i], i == 3 ?
		    AFT_XF_HEAD_C : AFT_XF_HEAD);
	for (size_t i = 0; i < x->cat->nprinciples; i++)
		aft_xlsx_text(x, pf, row, ncol++,
		    x->cat->principles[i].title.s[x->lang], AFT_XF_HEAD_C);
	aft_xlsx_msgcell(x, pf, row, ncol++, AFT_M_D_ANSWERED, AFT_XF_HEAD_C);
	aft_xlsx_msgcell(x, pf, row, ncol++, AFT_M_D_TOTAL, AFT_XF_HEAD_C);
	aft_xlsx_msgcell(x, pf, row, ncol++, AFT_M_D_FILE, AFT_XF_HEAD);
	x->lib->worksheet_set_column(pf, 0, 0, 30, NULL);
	x->lib->worksheet_set_column(pf, 1, 1, 36, NULL);
	x->lib->worksheet_set_column(pf, 2, 3, 12, NULL);
	x->lib->worksheet_set_column(pf, 4, 4, 17, NULL);
	x->lib->worksheet_set_column(pf, 5, ncol - 2, 13, NULL);
	x->lib->worksheet_set_column(pf, ncol - 1, ncol - 1, 36, NULL);
	aft_xlsx_check(x, x->lib->worksheet_set_row(pf, row, 30, NULL));
	x->lib->worksheet_freeze_panes(pf, row + 1, 1);

	for (const struct aft_xrow *k = x->rows; k != NULL; k = k->next) {
		const char	*name = NULL;
		lxw_col_t	 c = 0;

		if (k->res != NULL && (name = service_sheet(x, k->res)) ==
		    NULL)
			return;
		row++;
		if (name != NULL)
			link(x, pf, row, c++, name, k->name);
		else
			aft_xlsx_text(x, pf, row, c++, k->name, AFT_XF_TEXT);
		aft_xlsx_text(x, pf, row, c++, k->organisation, AFT_XF_TEXT);
		aft_xlsx_msgcell(x, pf, row, c++, k->significant == AFT_YES ?
		    AFT_M_D_YES : k->significant == AFT_NO ? AFT_M_D_NO :
		    AFT_M_L_UNKNOWN, AFT_XF_TEXT);
		aft_xlsx_score(x, pf, row, c++, &k->overall, k->band, true);
		aft_xlsx_band(x, pf, row, c++, &k->overall, k->band);
		for (size_t i = 0; i < x->cat->nprinciples; i++)
			aft_xlsx_score(x, pf, row, c++, &k->pr[i].score,
			    k->pr[i].band, true);
		aft_xlsx_number(x, pf, row, c++, (double)k->answered,
		    AFT_XF_COUNT);
		aft_xlsx_number(x, pf, row, c++, (double)k->total,
		    AFT_XF_COUNT);
		aft_xlsx_text(x, pf, row, c++, k->file, AFT_XF_TEXT);
	}
	if (x->nrows > 0)
		aft_xlsx_check(x, x->lib->worksheet_autofilter(pf, 2, 0, row,
		    ncol - 1));
	row = portfolio_summary(x, pf, row + 2);
	if (x->keep.nfail == 0)
		return;
	row++;
	aft_xlsx_msgcell(x, pf, row, 0, AFT_M_D_NOT_SCORED, AFT_XF_HEAD);
	aft_xlsx_msgcell(x, pf, row++, 1, AFT_M_D_ERRORS, AFT_XF_HEAD);
	for (const struct aft_kept_fail *f = x->keep.fhead; f != NULL;
	    f = f->next) {
		aft_xlsx_text(x, pf, row, 0, f->file, AFT_XF_TEXT);
		for (size_t i = 0; i < f->ndiags; i++, row++) {
			const struct aft_diag *g = &f->diags[i];

			if (g->loc.line > 0)
				snprintf(buf, sizeof(buf), "%u:%u: %s",
				    g->loc.line, g->loc.col, g->msg);
			else
				snprintf(buf, sizeof(buf), "%s", g->msg);
			aft_xlsx_text(x, pf, row, 1, buf, AFT_XF_TEXT);
		}
		if (f->nerr > f->ndiags) {
			snprintf(buf, sizeof(buf), aft_msg(x->lang,
			    AFT_M_C_MORE), f->nerr - f->ndiags);
			aft_xlsx_text(x, pf, row, 1, buf, AFT_XF_TEXT);
		}
		if (f->ndiags == 0 || f->nerr > f->ndiags)
			row++;
	}
}

static int
xlsx_begin(struct aft_report *r)
{
	const struct aft_xlsxlib	*lib;
	struct aft_xlsx			*x;

	if (r->opt.path == NULL)
		return AFT_EINPUT;
	/* Before any input is read: a missing library wastes no work. */
	if (aft_xlsxlib_load(&lib) != AFT_OK)
		return AFT_ELIB;
	if ((x = calloc(1, sizeof(*x))) == NULL)
		return AFT_ENOMEM;
	x->lib = lib;
	aft_keep_init(&x->keep);
	x->lang = r->opt.lang;
	x->cat = r->cat;
	x->max_sheets = r->opt.sheets_set ? r->opt.sheets : AFT_XLSX_SHEETS;
	x->path = r->opt.path;
	r->state = x;
	return AFT_OK;
}

/* Copies a text that may be NULL; false when memory ran out. */
static bool
copy_text(struct aft_arena *a, const char **out, const char *s)
{
	*out = s != NULL ? aft_arena_strdup(a, s) : NULL;
	return s == NULL || *out != NULL;
}

/*
 * Keeps the portfolio row of res, and the whole of res when it is
 * alone or among the services that get a sheet of their own.
 */
static int
xlsx_one(struct aft_report *r, const struct aft_result *res)
{
	struct aft_xlsx	*x = r->state;
	struct aft_arena *a = &x->keep.arena;
	struct aft_xrow	*k;
	bool		 kept = false;
	int		 rc;

	if (!r->opt.multi || x->keep.n < x->max_sheets) {
		if ((rc = aft_keep_result(&x->keep, res)) != AFT_OK)
			return rc;
		kept = true;
	}
	if (!r->opt.multi)
		return AFT_OK;
	if ((k = aft_arena_alloc(a, sizeof(*k))) == NULL ||
	    (k->pr = aft_arena_calloc(a, res->npr ? res->npr : 1,
	    sizeof(k->pr[0]))) == NULL || !copy_text(a, &k->name, res->ans->service.name) ||
	    !copy_text(a, &k->organisation, res->ans->service.organisation) ||
	    !copy_text(a, &k->file, res->ans->file))
		return AFT_ENOMEM;
	k->res = kept ? x->keep.tail->res : NULL;
	k->significant = res->sig.significant;
	k->overall = res->overall;
	k->band = res->band;
	k->answered = res->answered;
	k->total = res->total;
	for (size_t i = 0; i < res->npr; i++) {
		k->pr[i].score = res->pr[i].score;
		k->pr[i].band = res->pr[i].band;
	}
	if (x->rtail != NULL)
		x->rtail->next = k;
	else
		x->rows = k;
	x->rtail = k;
	x->nrows++;
	return AFT_OK;
}

static int
xlsx_fail(struct aft_report *r, const char *file, const struct aft_diags *d)
{
	struct aft_xlsx *x = r->state;

	return aft_keep_fail(&x->keep, file, d, FAIL_DIAGS);
}

/* Builds the workbook in the file named tmp; AFT_OK or a status. */
static int
build(struct aft_xlsx *x, const char *tmp, bool multi)
{
	lxw_doc_properties	 props = { 0 };
	/*
	 * Constant memory: a sheet's rows go to a temporary file as soon as
	 * the next row begins, so a portfolio of thousands costs no more
	 * than a few sheets (the rows of each sheet are written in order;
	 * portfolio() says how).  Text is then stored in the cells
	 * themselves, not in a table of shared strings.
	 */
	lxw_workbook_options	 wopt = { .constant_memory = LXW_TRUE };
	const char		*slash = strrchr(tmp, '/');
	char			 title[256], *dir = NULL;
	lxw_error		 e;

	/*
	 * The sheets' temporary files go beside the target, where the
	 * workbook is written anyway, rather than to a /tmp that some
	 * systems keep in memory.  The library may read the name until
	 * the workbook is closed.
	 */
	if (slash != NULL && (dir = strndup(tmp, slash == tmp ? 1 :
	    (size_t)(slash - tmp))) == NULL)
		return AFT_ENOMEM;
	wopt.tmpdir = dir != NULL ? dir : ".";
	if ((x->wb = x->lib->workbook_new_opt(tmp, &wopt)) == NULL) {
		free(dir);
		return AFT_ENOMEM;
	}
	/* Sheets: a portfolio or overview, then one or two per service. */
	if ((x->names = calloc(x->keep.n + 2, sizeof(*x->names))) == NULL) {
		x->lib->workbook_close(x->wb);
		free(dir);
		return AFT_ENOMEM;
	}
	aft_xlsx_formats(x);
	if (multi)
		snprintf(title, sizeof(title), aft_msg(x->lang,
		    AFT_M_D_TITLE_MANY), x->nrows);
	else
		snprintf(title, sizeof(title), aft_msg(x->lang,
		    AFT_M_D_TITLE_ONE), x->keep.head->res->ans->service.name);
	/*
	 * The library writes the title into XML as it is, where a control
	 * character or a noncharacter makes the file unreadable.
	 */
	if ((props.title = aft_xml_chars_dup(title)) == NULL)
		x->failed = true;
	else
		aft_xlsx_check(x, x->lib->workbook_set_properties(x->wb,
		    &props));
	free(props.title);
	if (multi)
		portfolio(x);
	else
		aft_xlsx_assessment(x, x->keep.head->res);
	e = x->lib->workbook_close(x->wb);
	x->wb = NULL;
	free(dir);
	free(x->names);
	x->names = NULL;
	if (e == LXW_ERROR_MEMORY_MALLOC_FAILED)
		return AFT_ENOMEM;
	if (e != LXW_NO_ERROR || x->failed) {
		if (errno == 0)
			errno = EIO;
		return AFT_EIO;
	}
	return AFT_OK;
}

static int
xlsx_end(struct aft_report *r)
{
	struct aft_xlsx		*x = r->state;
	struct aft_atomic	 a;
	int			 rc = AFT_OK;

	if (x == NULL)
		return AFT_OK;
	/* Nothing scored from a single input: leave the target alone. */
	if (!r->opt.multi && x->keep.n == 0)
		goto done;
	if (aft_atomic_open(&a, x->path, true) != 0) {
		rc = AFT_EIO;
		goto done;
	}
	/*
	 * libxlsxwriter writes the reserved name itself; committing
	 * syncs that file and renames it into place.
	 */
	errno = 0;
	x->summary = r->summary;
	rc = build(x, a.tmp, r->opt.multi);
	if (rc != AFT_OK) {
		int saved = errno;

		aft_atomic_abort(&a);
		errno = saved;
	} else if (aft_atomic_commit(&a) != 0)
		rc = AFT_EIO;
done:
	aft_keep_fini(&x->keep);
	free(x);
	r->state = NULL;
	return rc;
}

const char *
aft_report_lib_error(void)
{
	return aft_xlsxlib_error();
}

const struct aft_report_ops aft_report_xlsx = {
	.name = "xlsx",
	.streaming = false,
	.owns_path = true,
	.begin = xlsx_begin,
	.one = xlsx_one,
	.fail = xlsx_fail,
	.end = xlsx_end,
};
