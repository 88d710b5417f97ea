/*
 * What the three files of the xlsx format share: xlsxcell.c writes
 * cells in the workbook's styles and names the sheets, xlsxsheet.c
 * writes the sheets of one assessment, and xlsx.c the portfolio sheet
 * and the workbook around them.  The report's state is here too, and
 * the sheet names, which can be tested on their own.  Library-private;
 * nothing here allocates but where it says so.
 */
#ifndef AFTOETS_REPORT_XLSX_H
#define AFTOETS_REPORT_XLSX_H

#include <stdbool.h>
#include <stddef.h>

#include "keep.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "report/xlsxlib.h"

/* Excel's limit on a sheet name, in UTF-16 units. */
#define AFT_SHEET_CHARS	31
/* A buffer that holds any sheet name, in UTF-8, with its NUL. */
#define AFT_SHEET_BUF	(AFT_SHEET_CHARS * 4 + 1)

/*
 * Writes into buf (AFT_SHEET_BUF bytes) a valid sheet name made from
 * name: the characters []:*?/\ and control characters become '-',
 * spaces and apostrophes around it go, it is cut to 31 characters, and
 * an empty result becomes fallback.  When it equals (ignoring ASCII
 * case) one of the n names in taken, or Excel's reserved "History", a
 * number is added, " (2)", " (3)" and so on, shortening the name to keep
 * within 31 characters.  name must be valid UTF-8; returns buf.
 */
const char	*aft_sheet_name(char *buf, const char *name,
	    const char *fallback, const char *const *taken, size_t n);

/* Cell styles; tones follow the bands: the best, between, the lowest. */
enum aft_xstyle {
	AFT_XF_TITLE,
	AFT_XF_HEAD,
	AFT_XF_HEAD_C,
	AFT_XF_LABEL,
	AFT_XF_TEXT,
	AFT_XF_WRAP,
	AFT_XF_INT,
	AFT_XF_COUNT,
	AFT_XF_NUM,
	AFT_XF_MONEY,
	AFT_XF_MONEY_CENTS,
	AFT_XF_LINK,
	AFT_XF_SCORE_GOOD,
	AFT_XF_SCORE_MID,
	AFT_XF_SCORE_LOW,
	AFT_XF_BAND_GOOD,
	AFT_XF_BAND_MID,
	AFT_XF_BAND_LOW,
	AFT_XF_NSTYLES
};

/* A principle's score in a portfolio row, with its band when set. */
struct aft_xscore {
	struct aft_opt	score;
	size_t		band;
};

/*
 * One service's row of the portfolio sheet: the few numbers and names
 * it shows, copied, so that a portfolio of thousands keeps a few hundred
 * bytes a service; res is the whole result for the services that get a
 * sheet of their own, NULL for the others.
 */
struct aft_xrow {
	const char		*name, *organisation, *file;
	const struct aft_result	*res;
	enum aft_tri		 significant;
	struct aft_opt		 overall;
	size_t			 band;
	size_t			 answered, total;
	struct aft_xscore	*pr;		/* the catalog's principles */
	struct aft_xrow		*next;
};

/*
 * The state of one xlsx report: a row per service and the results of
 * the first services kept until the end, then the workbook being
 * written and the names of its sheets so far.
 */
struct aft_xlsx {
	const struct aft_xlsxlib	*lib;		/* opened at begin */
	struct aft_keep			 keep;		/* whole results */
	struct aft_xrow			*rows, *rtail;	/* in keep's arena */
	size_t				 nrows;
	size_t				 max_sheets;	/* per service */
	enum aft_lang			 lang;
	const struct aft_catalog	*cat;
	const char			*path;
	lxw_workbook			*wb;
	lxw_format			*f[AFT_XF_NSTYLES];
	const struct aft_summary	*summary;	/* of a batch */
	char				(*names)[AFT_SHEET_BUF];
	size_t				 nnames;
	bool				 failed;	/* a call failed */
};

/* Cells: xlsxcell.c.  A failed call of the library sets x->failed. */

/* Notes the status of a call of the library. */
void	aft_xlsx_check(struct aft_xlsx *x, lxw_error);
/*
 * Returns in *tmp (for the caller to free) a copy of s that a cell can
 * hold and that never reads as a formula; "" on failure.
 */
const char *aft_xlsx_guarded(struct aft_xlsx *x, const char *s, char **tmp);
/* Writes s as text that is never a formula; nothing for NULL. */
void	aft_xlsx_text(struct aft_xlsx *x, lxw_worksheet *, lxw_row_t,
	    lxw_col_t, const char *s, enum aft_xstyle);
/* Writes message m in the report's language. */
void	aft_xlsx_msgcell(struct aft_xlsx *x, lxw_worksheet *, lxw_row_t,
	    lxw_col_t, enum aft_msg m, enum aft_xstyle);
void	aft_xlsx_number(struct aft_xlsx *x, lxw_worksheet *, lxw_row_t,
	    lxw_col_t, double, enum aft_xstyle);
/* The style of band's tone, among the three that start at good. */
enum aft_xstyle aft_xlsx_tone(const struct aft_xlsx *x, size_t band,
	    enum aft_xstyle good);
/* A score, coloured by its band when band_color; blank when null. */
void	aft_xlsx_score(struct aft_xlsx *x, lxw_worksheet *, lxw_row_t,
	    lxw_col_t, const struct aft_opt *, size_t band, bool band_color);
/* The label of band b in its tone, or not applicable when null. */
void	aft_xlsx_band(struct aft_xlsx *x, lxw_worksheet *, lxw_row_t,
	    lxw_col_t, const struct aft_opt *, size_t b);
/* A label in column A. */
void	aft_xlsx_label(struct aft_xlsx *x, lxw_worksheet *, lxw_row_t,
	    enum aft_msg m);
/* Adds the cell styles to the workbook, in x->f. */
void	aft_xlsx_formats(struct aft_xlsx *x);
/*
 * Adds a worksheet with a unique valid name made from name, or fallback
 * when nothing of it is left; the name is x->names[x->nnames - 1].
 * Returns NULL on failure.
 */
lxw_worksheet *aft_xlsx_sheet(struct aft_xlsx *x, const char *name,
	    const char *fallback);

/* The sheets of one assessment: xlsxsheet.c. */

/*
 * Writes the overview block of res from row 0 of ws, named sheetname:
 * the service, its significance and completeness, the scores, the
 * gates and a radar chart.  Returns the first free row.
 */
lxw_row_t aft_xlsx_overview(struct aft_xlsx *x, lxw_worksheet *ws,
	    const char *sheetname, const struct aft_result *res);
/*
 * Writes the table of every criterion of res from row.  Returns the
 * first free row.
 */
lxw_row_t aft_xlsx_criteria(struct aft_xlsx *x, lxw_worksheet *ws,
	    lxw_row_t row, const struct aft_result *res);
/* Sets the column widths of a sheet with both of the above. */
void	aft_xlsx_columns(struct aft_xlsx *x, lxw_worksheet *ws);
/* Adds the overview and criteria sheets of a workbook of one assessment. */
void	aft_xlsx_assessment(struct aft_xlsx *x, const struct aft_result *res);

#endif
