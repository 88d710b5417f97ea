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
 * Not streaming: results are copied as they come (aftoets/keep.h).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/atomic.h"
#include "aftoets/gate.h"
#include "aftoets/keep.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "util/escape.h"
#include "report/xlsx.h"
#include "report/xlsxlib.h"

/* Excel keeps at most this many bytes of text in a cell (characters). */
#define CELL_MAX	32767
/* Failed inputs show this many of their errors in the portfolio. */
#define FAIL_DIAGS	5
/* Widths of the criterion text and the note columns; a line's height. */
#define W_TEXT		60
#define W_NOTE		45
#define LINE_H		15.0

/* Cell styles; tones follow the bands: the best, between, the lowest. */
enum style {
	F_TITLE,
	F_HEAD,
	F_HEAD_C,
	F_LABEL,
	F_TEXT,
	F_WRAP,
	F_INT,
	F_COUNT,
	F_NUM,
	F_MONEY,
	F_MONEY_CENTS,
	F_LINK,
	F_SCORE_GOOD,
	F_SCORE_MID,
	F_SCORE_LOW,
	F_BAND_GOOD,
	F_BAND_MID,
	F_BAND_LOW,
	F_NSTYLES
};

struct xlsx {
	const struct aft_xlsxlib	*lib;		/* opened at begin */
	struct aft_keep			 keep;
	enum aft_lang			 lang;
	const struct aft_catalog	*cat;
	const char			*path;
	lxw_workbook			*wb;
	lxw_format			*f[F_NSTYLES];
	const struct aft_summary	*summary;	/* of a batch */
	char				(*names)[AFT_SHEET_BUF];
	size_t				 nnames;
	bool				 failed;	/* a call failed */
};

/* Sheet names. */

static int
fold(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static bool
same_name(const char *a, const char *b)
{
	for (; *a != '\0' && fold((unsigned char)*a) ==
	    fold((unsigned char)*b); a++, b++)
		;
	return *a == '\0' && *b == '\0';
}

static bool
is_taken(const char *name, const char *const *taken, size_t n)
{
	if (same_name(name, "History"))
		return true;
	for (size_t i = 0; i < n; i++)
		if (same_name(name, taken[i]))
			return true;
	return false;
}

/* The byte length of the UTF-8 sequence starting with c. */
static size_t
seqlen(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/*
 * How many lines s takes when wrapped at spaces in a column width
 * characters wide.  Readers do not grow rows to fit wrapped text when
 * they open a file, so the writer sets each row's height from this.
 */
static size_t
wrapped_lines(const char *s, double width)
{
	size_t	lines = 1, col = 0, word = 0;
	/* A column fits about 1.15 characters of text per unit of width. */
	size_t	max = width > 4 ? (size_t)(width * 1.15) - 2 : 2;

	for (; s != NULL && *s != '\0'; s++) {
		if (((unsigned char)*s & 0xC0) == 0x80)
			continue;
		if (*s == '\n') {
			lines++;
			col = word = 0;
		} else if (*s == ' ') {
			col++;
			word = 0;
		} else {
			col++;
			word++;
			if (col > max) {
				/* The word moves to the next line whole. */
				lines++;
				col = word <= max ? word : 1;
				if (word > max)
					word = 1;
			}
		}
	}
	return lines;
}

/*
 * Copies s into out (AFT_SHEET_BUF bytes), making forbidden characters
 * '-', keeping at most max UTF-16 units and dropping spaces and
 * apostrophes at either end.
 */
static void
clean(char *out, const char *s, size_t max)
{
	size_t	units = 0, len = 0;

	while (*s == ' ' || *s == '\'')
		s++;
	while (*s != '\0') {
		unsigned char	c = (unsigned char)*s;
		size_t		n = seqlen(c), u = n == 4 ? 2 : 1;

		if (units + u > max || len + n >= AFT_SHEET_BUF)
			break;
		if (n == 1) {
			out[len++] = c < 0x20 || c == 0x7f ||
			    strchr("[]:*?/\\", c) != NULL ? '-' : (char)c;
			s++;
		} else {
			size_t		k;
			uint32_t	cp;

			for (k = 0; k < n && s[k] != '\0'; k++)
				out[len + k] = s[k];
			if (k < n)
				break;		/* a cut sequence */
			/* Nor may a sheet name hold what XML refuses. */
			if (aft_utf8_next(s, &cp) != n || aft_xml_forbidden(cp)) {
				out[len++] = '-';
				s += n;
				units += u;
				continue;
			}
			len += n;
			s += n;
		}
		units += u;
	}
	while (len > 0 && (out[len - 1] == ' ' || out[len - 1] == '\''))
		len--;
	out[len] = '\0';
}

const char *
aft_sheet_name(char *buf, const char *name, const char *fallback,
    const char *const *taken, size_t n)
{
	char	base[AFT_SHEET_BUF], suffix[24];

	clean(base, name != NULL ? name : "", AFT_SHEET_CHARS);
	if (base[0] == '\0')
		clean(base, fallback, AFT_SHEET_CHARS);
	memcpy(buf, base, sizeof(base));
	for (unsigned k = 2; is_taken(buf, taken, n); k++) {
		size_t len;

		snprintf(suffix, sizeof(suffix), " (%u)", k);
		clean(buf, base, AFT_SHEET_CHARS - strlen(suffix));
		len = strlen(buf);
		memcpy(buf + len, suffix, strlen(suffix) + 1);
	}
	return buf;
}

/* Writing cells. */

static size_t
max_of(size_t a, size_t b)
{
	return a > b ? a : b;
}

static void
check(struct xlsx *x, lxw_error e)
{
	if (e != LXW_NO_ERROR)
		x->failed = true;
}

/*
 * Returns a copy of s in *tmp (to free) that the library can write: the
 * characters XML does not allow (which it would write as they are, or as
 * escapes that Excel turns back into controls) as U+FFFD, and a leading
 * "'" when s starts like a formula, cut at a character boundary to what
 * a cell holds.  The cell is a string already, but a formula comes back
 * to life when the cell is edited, copied or saved as CSV.
 */
static const char *
guarded(struct xlsx *x, const char *s, char **tmp)
{
	char	*c;
	size_t	 len;

	if ((*tmp = c = aft_xml_chars_dup(s)) == NULL) {
		x->failed = true;
		return "";
	}
	len = strlen(c);
	if (aft_esc_formula_like(c)) {
		if ((*tmp = malloc(len + 2)) == NULL) {
			free(c);
			x->failed = true;
			return "";
		}
		(*tmp)[0] = '\'';
		memcpy(*tmp + 1, c, len + 1);
		free(c);
		len++;
	}
	if (len > CELL_MAX) {
		len = CELL_MAX;
		while (len > 0 && ((unsigned char)(*tmp)[len] & 0xC0) == 0x80)
			len--;
		(*tmp)[len] = '\0';
	}
	return *tmp;
}

/* Text as guarded() makes it: what a cell holds, never a formula. */
static void
text(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const char *s, enum style st)
{
	char *tmp;

	if (s == NULL)
		return;
	s = guarded(x, s, &tmp);
	check(x, x->lib->worksheet_write_string(ws, row, col, s, x->f[st]));
	free(tmp);
}

static void
msgcell(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    enum aft_msg m, enum style st)
{
	text(x, ws, row, col, aft_msg(x->lang, m), st);
}

static void
number(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    double v, enum style st)
{
	check(x, x->lib->worksheet_write_number(ws, row, col, v, x->f[st]));
}

static enum style
tone(const struct xlsx *x, size_t band, enum style good)
{
	if (band == 0)
		return good;
	if (band + 1 >= x->cat->nbands)
		return (enum style)(good + 2);
	return (enum style)(good + 1);
}

/* A score, coloured by its band when band_color; blank when null. */
static void
score(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const struct aft_opt *o, size_t band, bool band_color)
{
	if (!o->set)
		return;
	number(x, ws, row, col, aft_round1(o->v), band_color ?
	    tone(x, band, F_SCORE_GOOD) : F_NUM);
}

static void
band(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
    const struct aft_opt *o, size_t b)
{
	if (!o->set) {
		msgcell(x, ws, row, col, AFT_M_L_NVT, F_TEXT);
		return;
	}
	text(x, ws, row, col, x->cat->bands[b].label.s[x->lang],
	    tone(x, b, F_BAND_GOOD));
}

static void
label(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, enum aft_msg m)
{
	msgcell(x, ws, row, 0, m, F_LABEL);
}

static void
formats(struct xlsx *x)
{
	static const struct {
		uint32_t	fg, bg;
	} tones[3] = {
		{ 0x14532d, 0xdcfce7 },
		{ 0x713f12, 0xfef3c7 },
		{ 0x7f1d1d, 0xfee2e2 },
	};
	lxw_format **f = x->f;

	for (int i = 0; i < F_NSTYLES; i++) {
		f[i] = x->lib->workbook_add_format(x->wb);
		x->lib->format_set_align(f[i], LXW_ALIGN_VERTICAL_TOP);
	}
	x->lib->format_set_bold(f[F_TITLE]);
	x->lib->format_set_font_size(f[F_TITLE], 14);
	for (int i = F_HEAD; i <= F_HEAD_C; i++) {
		x->lib->format_set_bold(f[i]);
		x->lib->format_set_bg_color(f[i], 0xeef2f6);
		x->lib->format_set_bottom(f[i], LXW_BORDER_THIN);
		x->lib->format_set_text_wrap(f[i]);
	}
	x->lib->format_set_align(f[F_HEAD_C], LXW_ALIGN_CENTER);
	x->lib->format_set_bold(f[F_LABEL]);
	x->lib->format_set_text_wrap(f[F_WRAP]);
	x->lib->format_set_num_format(f[F_INT], "#,##0");
	x->lib->format_set_align(f[F_INT], LXW_ALIGN_LEFT);
	x->lib->format_set_num_format(f[F_COUNT], "#,##0");
	x->lib->format_set_align(f[F_COUNT], LXW_ALIGN_CENTER);
	x->lib->format_set_num_format(f[F_NUM], "0.0");
	x->lib->format_set_align(f[F_NUM], LXW_ALIGN_CENTER);
	x->lib->format_set_num_format(f[F_MONEY], "\"€\" #,##0");
	x->lib->format_set_align(f[F_MONEY], LXW_ALIGN_LEFT);
	x->lib->format_set_num_format(f[F_MONEY_CENTS], "\"€\" #,##0.00");
	x->lib->format_set_align(f[F_MONEY_CENTS], LXW_ALIGN_LEFT);
	x->lib->format_set_font_color(f[F_LINK], 0x0b57d0);
	x->lib->format_set_underline(f[F_LINK], LXW_UNDERLINE_SINGLE);
	for (int i = 0; i < 3; i++) {
		x->lib->format_set_num_format(f[F_SCORE_GOOD + i], "0.0");
		x->lib->format_set_align(f[F_SCORE_GOOD + i], LXW_ALIGN_CENTER);
		x->lib->format_set_font_color(f[F_SCORE_GOOD + i], tones[i].fg);
		x->lib->format_set_bg_color(f[F_SCORE_GOOD + i], tones[i].bg);
		x->lib->format_set_bold(f[F_SCORE_GOOD + i]);
		x->lib->format_set_font_color(f[F_BAND_GOOD + i], tones[i].fg);
		x->lib->format_set_bg_color(f[F_BAND_GOOD + i], tones[i].bg);
	}
}

/* Adds a worksheet with a unique valid name made from name. */
static lxw_worksheet *
sheet(struct xlsx *x, const char *name, const char *fallback)
{
	const char	**taken;
	lxw_worksheet	*ws;

	if ((taken = calloc(x->nnames + 1, sizeof(*taken))) == NULL)
		return NULL;
	for (size_t i = 0; i < x->nnames; i++)
		taken[i] = x->names[i];
	aft_sheet_name(x->names[x->nnames], name, fallback, taken,
	    x->nnames);
	free(taken);
	ws = x->lib->workbook_add_worksheet(x->wb, x->names[x->nnames]);
	if (ws != NULL) {
		x->nnames++;
		x->lib->worksheet_set_paper(ws, 9);		/* A4 */
		x->lib->worksheet_set_landscape(ws);
		x->lib->worksheet_fit_to_pages(ws, 1, 0);
	}
	return ws;
}

/*
 * The gates given on the command line from row, when there are any: how
 * many passed, then each with its verdict.  Returns the first free row.
 */
static lxw_row_t
gates(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    const struct aft_result *res)
{
	char	buf[600];

	if (res->ngates == 0)
		return row;
	label(x, ws, row, AFT_M_L_GATES);
	text(x, ws, row++, 1, aft_fmt_gates_count(buf, sizeof(buf), res,
	    x->lang), F_TEXT);
	for (size_t i = 0; i < res->ngates; i++, row++) {
		const struct aft_gate_result *gr = &res->gates[i];

		msgcell(x, ws, row, 0, gr->passed ? AFT_M_L_GATE_PASSED :
		    AFT_M_L_GATE_FAILED, gr->passed ? F_BAND_GOOD : F_BAND_LOW);
		check(x, x->lib->worksheet_merge_range(ws, row, 1, row, 4,
		    aft_fmt_gate(buf, sizeof(buf), gr, x->lang),
		    x->f[F_TEXT]));
	}
	return row + 1;
}

/*
 * The overview block of one assessment from row 0: title, the service,
 * significance, completeness, the scores table, the gates and the radar
 * chart.
 * Returns the first free row.
 */
static lxw_row_t
overview(struct xlsx *x, lxw_worksheet *ws, const char *sheetname,
    const struct aft_result *res)
{
	const struct aft_service	*s = &res->ans->service;
	enum aft_lang			 lang = x->lang;
	char				 buf[600];
	lxw_row_t			 row = 2, head, first;
	lxw_chart			*chart;
	static const enum aft_msg	 cols[] = {
		AFT_M_L_PRINCIPLE, AFT_M_L_SCORE, AFT_M_D_SERIES_USER,
		AFT_M_D_SERIES_INCL, AFT_M_L_BAND
	};

	snprintf(buf, sizeof(buf), aft_msg(lang, AFT_M_D_TITLE_ONE), s->name);
	text(x, ws, 0, 0, buf, F_TITLE);
	label(x, ws, row, AFT_M_L_SERVICE);
	text(x, ws, row++, 1, s->name, F_TEXT);
	if (s->organisation != NULL) {
		label(x, ws, row, AFT_M_L_ORGANISATION);
		text(x, ws, row++, 1, s->organisation, F_TEXT);
	}
	if (s->contact != NULL) {
		label(x, ws, row, AFT_M_L_CONTACT);
		text(x, ws, row++, 1, s->contact, F_TEXT);
	}
	if (s->type != AFT_STYPE_NONE) {
		label(x, ws, row, AFT_M_L_TYPE);
		msgcell(x, ws, row++, 1, s->type == AFT_STYPE_NIEUW ?
		    AFT_M_L_TYPE_NIEUW : AFT_M_L_TYPE_HERWERKING, F_TEXT);
	}
	label(x, ws, row, AFT_M_L_BUDGET);
	if (s->has_budget)
		number(x, ws, row++, 1, s->budget_eur, s->budget_eur ==
		    floor(s->budget_eur) ? F_MONEY : F_MONEY_CENTS);
	else
		msgcell(x, ws, row++, 1, AFT_M_L_UNKNOWN, F_TEXT);
	label(x, ws, row, AFT_M_L_USERS);
	if (s->has_users)
		number(x, ws, row++, 1, s->users, F_INT);
	else
		msgcell(x, ws, row++, 1, AFT_M_L_UNKNOWN, F_TEXT);
	if (s->assessed_on != NULL) {
		label(x, ws, row, AFT_M_L_ASSESSED);
		text(x, ws, row++, 1, s->assessed_on, F_TEXT);
	}
	if (s->assessor != NULL) {
		label(x, ws, row, AFT_M_L_ASSESSOR);
		text(x, ws, row++, 1, s->assessor, F_TEXT);
	}
	snprintf(buf, sizeof(buf), "%s %s", res->cat->id, res->cat->version);
	label(x, ws, row, AFT_M_L_CATALOG);
	text(x, ws, row++, 1, buf, F_TEXT);
	label(x, ws, row, AFT_M_D_FILE);
	text(x, ws, row++, 1, res->ans->file, F_TEXT);
	row++;
	label(x, ws, row, AFT_M_L_SIGNIFICANCE);
	msgcell(x, ws, row++, 1, res->sig.significant == AFT_YES ?
	    AFT_M_SIG_YES : res->sig.significant == AFT_NO ? AFT_M_SIG_NO :
	    AFT_M_SIG_UNKNOWN, F_LABEL);
	aft_fmt_reason(buf, sizeof(buf), &res->sig, res->cat, s, lang);
	/* A sentence: wrapped over the table's width, on a taller row. */
	check(x, x->lib->worksheet_merge_range(ws, row, 1, row, 4, buf,
	    x->f[F_WRAP]));
	check(x, x->lib->worksheet_set_row(ws, row++, 45, NULL));
	label(x, ws, row, AFT_M_D_ANSWERED);
	number(x, ws, row++, 1, (double)res->answered, F_INT);
	label(x, ws, row, AFT_M_D_TOTAL);
	number(x, ws, row++, 1, (double)res->total, F_INT);
	row++;

	head = row;
	for (lxw_col_t c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		msgcell(x, ws, head, c, cols[c], c >= 1 && c <= 3 ? F_HEAD_C :
		    F_HEAD);
	first = ++row;
	for (size_t i = 0; i < res->npr; i++, row++) {
		const struct aft_principle_result *pr = &res->pr[i];

		text(x, ws, row, 0, pr->p->title.s[lang], F_TEXT);
		score(x, ws, row, 1, &pr->score, pr->band, true);
		score(x, ws, row, 2, &pr->user, 0, false);
		score(x, ws, row, 3, &pr->inclusion, 0, false);
		band(x, ws, row, 4, &pr->score, pr->band);
	}
	msgcell(x, ws, row, 0, AFT_M_L_OVERALL, F_LABEL);
	score(x, ws, row, 1, &res->overall, res->band, true);
	band(x, ws, row, 4, &res->overall, res->band);
	row += 2;
	row = gates(x, ws, row, res);

	/* A native radar chart over the table: one series per column. */
	if ((chart = x->lib->workbook_add_chart(x->wb,
	    LXW_CHART_RADAR_WITH_MARKERS)) == NULL) {
		x->failed = true;
		return row;
	}
	{
		static const struct {
			uint32_t	color;
			uint8_t		dash, marker;
		} look[3] = {
			{ 0x1d4ed8, LXW_CHART_LINE_DASH_SOLID,
			    LXW_CHART_MARKER_CIRCLE },
			{ 0x7c3aed, LXW_CHART_LINE_DASH_DASH,
			    LXW_CHART_MARKER_SQUARE },
			{ 0x0f766e, LXW_CHART_LINE_DASH_ROUND_DOT,
			    LXW_CHART_MARKER_DIAMOND },
		};
		lxw_row_t last = first + (lxw_row_t)res->npr - 1;

		for (int k = 0; k < 3; k++) {
			lxw_chart_series	*se;
			lxw_chart_line		 line = { 0 };
			lxw_chart_fill		 fill = { 0 };

			if ((se = x->lib->chart_add_series(chart, NULL,
			    NULL)) == NULL) {
				x->failed = true;
				return row;
			}
			x->lib->chart_series_set_categories(se, sheetname,
			    first, 0, last, 0);
			x->lib->chart_series_set_values(se, sheetname, first,
			    (lxw_col_t)(k + 1), last, (lxw_col_t)(k + 1));
			x->lib->chart_series_set_name_range(se, sheetname, head,
			    (lxw_col_t)(k + 1));
			line.color = look[k].color;
			line.width = k == 0 ? 2.75f : 2.0f;
			line.dash_type = look[k].dash;
			x->lib->chart_series_set_line(se, &line);
			x->lib->chart_series_set_marker_type(se,
			    look[k].marker);
			x->lib->chart_series_set_marker_size(se, 7);
			fill.color = look[k].color;
			x->lib->chart_series_set_marker_fill(se, &fill);
			x->lib->chart_series_set_marker_line(se, &line);
		}
	}
	x->lib->chart_title_set_name(chart, aft_msg(lang, AFT_M_D_RADAR_TITLE));
	x->lib->chart_axis_set_min(chart->y_axis, 0);
	x->lib->chart_axis_set_max(chart->y_axis, 100);
	x->lib->chart_axis_set_major_unit(chart->y_axis, 25);
	x->lib->chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
	{
		lxw_chart_options opt = { 0 };

		opt.x_offset = 10;
		opt.y_offset = 5;
		opt.x_scale = 1.15;
		opt.y_scale = 1.45;
		check(x, x->lib->worksheet_insert_chart_opt(ws, 0, 6, chart,
		    &opt));
	}
	/* Keep the chart (about 25 rows) clear of what follows. */
	return row < 28 ? 28 : row;
}

/*
 * The criteria table of one assessment from row: every criterion in
 * catalog order.  Returns the first free row.
 */
static lxw_row_t
criteria(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    const struct aft_result *res)
{
	static const enum aft_msg cols[] = {
		AFT_M_L_PRINCIPLE, AFT_M_D_ID, AFT_M_L_KIND, AFT_M_L_WEIGHT,
		AFT_M_D_ANSWER, AFT_M_D_POINTS, AFT_M_D_MAX_POINTS,
		AFT_M_L_SCORE, AFT_M_D_GAIN_COL, AFT_M_D_OUTCOME,
		AFT_M_L_CRITERION, AFT_M_L_MOTIVATION, AFT_M_L_ACTIONS
	};
	enum aft_lang	lang = x->lang;
	lxw_row_t	head = row;
	size_t		lines;

	for (lxw_col_t c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		msgcell(x, ws, row, c, cols[c], c == 3 || (c >= 5 && c <= 8) ?
		    F_HEAD_C : F_HEAD);
	/* Room for headers that wrap: readers do not grow the row. */
	check(x, x->lib->worksheet_set_row(ws, row++, 30, NULL));
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		for (size_t j = 0; j < pr->ncrit; j++, row++) {
			const struct aft_crit_result *cr = &pr->crit[j];

			text(x, ws, row, 0, pr->p->title.s[lang], F_TEXT);
			text(x, ws, row, 1, cr->c->id, F_TEXT);
			msgcell(x, ws, row, 2, cr->c->kind == AFT_KIND_USER ?
			    AFT_M_L_KIND_USER : AFT_M_L_KIND_INCLUSION,
			    F_TEXT);
			number(x, ws, row, 3, cr->c->weight, F_COUNT);
			if (cr->status == AFT_ANSWERED) {
				const struct aft_level *l =
				    &res->cat->levels[cr->a->level];

				text(x, ws, row, 4, l->label.s[lang], F_TEXT);
				number(x, ws, row, 5, l->points, F_COUNT);
			} else if (cr->status == AFT_NVT)
				text(x, ws, row, 4,
				    res->cat->nvt.label.s[lang], F_TEXT);
			else
				msgcell(x, ws, row, 4, AFT_M_D_NOT_ANSWERED,
				    F_TEXT);
			if (cr->status != AFT_NVT) {
				number(x, ws, row, 6, res->cat->max_points,
				    F_COUNT);
				number(x, ws, row, 7,
				    aft_round1(100.0 * cr->f), F_NUM);
				number(x, ws, row, 8, aft_round1(cr->gain),
				    F_NUM);
			}
			if (cr->strength || cr->attention)
				msgcell(x, ws, row, 9, cr->strength ?
				    AFT_M_D_STRENGTH : AFT_M_D_ATTENTION,
				    tone(x, cr->strength ? 0 : x->cat->nbands,
				    F_BAND_GOOD));
			text(x, ws, row, 10, cr->c->text.s[lang], F_WRAP);
			text(x, ws, row, 11, cr->a->motivation, F_WRAP);
			text(x, ws, row, 12, cr->a->actions, F_WRAP);
			lines = wrapped_lines(cr->c->text.s[lang], W_TEXT);
			lines = max_of(lines, wrapped_lines(cr->a->motivation,
			    W_NOTE));
			lines = max_of(lines, wrapped_lines(cr->a->actions,
			    W_NOTE));
			if (lines > 1)
				check(x, x->lib->worksheet_set_row(ws, row,
				    LINE_H * (double)(lines > 26 ? 26 : lines),
				    NULL));
		}
	}
	check(x, x->lib->worksheet_autofilter(ws, head, 0, row - 1,
	    (lxw_col_t)(sizeof(cols) / sizeof(cols[0]) - 1)));
	return row;
}

/*
 * Column widths that suit both the overview block (labels, then the
 * scores table in columns A to E) and the criteria table below it.
 */
static void
columns(struct xlsx *x, lxw_worksheet *ws)
{
	x->lib->worksheet_set_column(ws, 0, 0, 24, NULL);
	x->lib->worksheet_set_column(ws, 1, 1, 12, NULL);
	x->lib->worksheet_set_column(ws, 2, 3, 20, NULL);
	x->lib->worksheet_set_column(ws, 4, 4, 17, NULL);
	x->lib->worksheet_set_column(ws, 5, 8, 11, NULL);
	x->lib->worksheet_set_column(ws, 9, 9, 19, NULL);
	x->lib->worksheet_set_column(ws, 10, 10, W_TEXT, NULL);
	x->lib->worksheet_set_column(ws, 11, 12, W_NOTE, NULL);
}

static void
one_assessment(struct xlsx *x, const struct aft_result *res)
{
	lxw_worksheet	*ov, *cr;
	const char	*ovname;

	if ((ov = sheet(x, aft_msg(x->lang, AFT_M_D_OVERVIEW), "1")) == NULL) {
		x->failed = true;
		return;
	}
	ovname = x->names[x->nnames - 1];
	x->lib->worksheet_set_column(ov, 0, 0, 24, NULL);
	x->lib->worksheet_set_column(ov, 1, 1, 14, NULL);
	x->lib->worksheet_set_column(ov, 2, 3, 20, NULL);
	x->lib->worksheet_set_column(ov, 4, 4, 17, NULL);
	overview(x, ov, ovname, res);
	if ((cr = sheet(x, aft_msg(x->lang, AFT_M_L_CRITERIA), "2")) == NULL) {
		x->failed = true;
		return;
	}
	columns(x, cr);
	criteria(x, cr, 0, res);
	x->lib->worksheet_freeze_panes(cr, 1, 2);
}

/* A link to cell A1 of a sheet, quoting its name as formulas do. */
static void
link(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
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
	shown = guarded(x, shown, &tmp);
	check(x, x->lib->worksheet_write_url_opt(ws, row, col, url,
	    x->f[F_LINK], shown, NULL));
	free(tmp);
}

/* A row of statistics: mean, median, minimum, and where. */
static void
stats_row(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    const char *title, const struct aft_stats *st, enum style st_title)
{
	double v;

	text(x, ws, row, 0, title, st_title);
	if (aft_stats_mean(st, &v))
		number(x, ws, row, 1, aft_round1(v), F_NUM);
	if (aft_stats_median(st, &v))
		number(x, ws, row, 2, aft_round1(v), F_NUM);
	if (st->n > 0) {
		number(x, ws, row, 3, aft_round1(st->v[st->min_at]), F_NUM);
		text(x, ws, row, 4, st->min_service, F_TEXT);
	}
}

/*
 * The portfolio summary the library keeps for a batch, from row: the
 * statistics of every principle, the overall score by band, the most
 * frequent points of attention and the significant services that are
 * not complete.  Returns the first free row.
 */
static lxw_row_t
portfolio_summary(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row)
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
	msgcell(x, ws, row, 0, AFT_M_D_SUMMARY_TITLE, F_TITLE);
	row += 2;
	for (size_t c = 0; c < sizeof(stats_head) / sizeof(stats_head[0]);
	    c++)
		msgcell(x, ws, row, (lxw_col_t)c, stats_head[c], c >= 1 &&
		    c <= 3 ? F_HEAD_C : F_HEAD);
	row++;
	for (size_t i = 0; i < x->cat->nprinciples; i++)
		stats_row(x, ws, row++, x->cat->principles[i].title.s[lang],
		    &s->principles[i], F_TEXT);
	stats_row(x, ws, row++, aft_msg(lang, AFT_M_L_OVERALL), &s->overall,
	    F_LABEL);
	row++;

	msgcell(x, ws, row, 0, AFT_M_L_BAND, F_HEAD);
	msgcell(x, ws, row++, 1, AFT_M_D_SERVICES, F_HEAD_C);
	for (size_t i = 0; i <= x->cat->nbands; i++) {
		if (i == x->cat->nbands && s->bands[i] == 0)
			break;
		if (i < x->cat->nbands)
			text(x, ws, row, 0, x->cat->bands[i].label.s[lang],
			    tone(x, i, F_BAND_GOOD));
		else
			msgcell(x, ws, row, 0, AFT_M_D_NO_SCORE, F_TEXT);
		number(x, ws, row++, 1, (double)s->bands[i], F_COUNT);
	}
	snprintf(buf, sizeof(buf), aft_msg(lang, AFT_M_L_SIG_COUNTS),
	    s->sig[AFT_YES], s->sig[AFT_NO], s->sig[AFT_UNKNOWN]);
	label(x, ws, ++row, AFT_M_L_SIGNIFICANCE);
	text(x, ws, row++, 1, buf, F_TEXT);
	row++;

	if ((ntop = aft_summary_top(s, idx, 10)) > 0) {
		msgcell(x, ws, row++, 0, AFT_M_L_TOP_ATTENTION, F_LABEL);
		msgcell(x, ws, row, 0, AFT_M_L_CRITERION, F_HEAD);
		msgcell(x, ws, row, 1, AFT_M_D_SERVICES, F_HEAD_C);
		msgcell(x, ws, row++, 2, AFT_M_L_TEXT, F_HEAD);
		for (size_t i = 0; i < ntop; i++, row++) {
			const struct aft_criterion *c = x->cat->all[idx[i]];

			text(x, ws, row, 0, c->id, F_TEXT);
			number(x, ws, row, 1, (double)s->attention[idx[i]],
			    F_COUNT);
			text(x, ws, row, 2, c->text.s[lang], F_TEXT);
		}
		row++;
	}
	if (s->nchase > 0) {
		msgcell(x, ws, row++, 0, AFT_M_L_CHASE, F_LABEL);
		msgcell(x, ws, row, 0, AFT_M_L_SERVICE, F_HEAD);
		msgcell(x, ws, row, 1, AFT_M_D_FILE, F_HEAD);
		msgcell(x, ws, row, 2, AFT_M_D_ANSWERED, F_HEAD_C);
		msgcell(x, ws, row++, 3, AFT_M_D_TOTAL, F_HEAD_C);
		for (size_t i = 0; i < s->nchase; i++, row++) {
			text(x, ws, row, 0, s->chase[i].service, F_TEXT);
			text(x, ws, row, 1, s->chase[i].file, F_TEXT);
			number(x, ws, row, 2, (double)s->chase[i].answered,
			    F_COUNT);
			number(x, ws, row, 3, (double)s->chase[i].total,
			    F_COUNT);
		}
		row++;
	}
	return row;
}

static void
portfolio(struct xlsx *x)
{
	static const enum aft_msg head[] = {
		AFT_M_L_SERVICE, AFT_M_L_ORGANISATION, AFT_M_D_SIGNIFICANT,
		AFT_M_L_OVERALL, AFT_M_L_BAND
	};
	lxw_worksheet	*pf;
	lxw_row_t	 row = 2;
	lxw_col_t	 ncol = 0;
	char		 buf[256];

	if ((pf = sheet(x, aft_msg(x->lang, AFT_M_D_PORTFOLIO), "1")) ==
	    NULL) {
		x->failed = true;
		return;
	}
	snprintf(buf, sizeof(buf), aft_msg(x->lang, AFT_M_D_TITLE_MANY),
	    x->keep.n);
	text(x, pf, 0, 0, buf, F_TITLE);
	for (size_t i = 0; i < sizeof(head) / sizeof(head[0]); i++)
		msgcell(x, pf, row, ncol++, head[i], i == 3 ? F_HEAD_C :
		    F_HEAD);
	for (size_t i = 0; i < x->cat->nprinciples; i++)
		text(x, pf, row, ncol++, x->cat->principles[i].title.s[x->lang],
		    F_HEAD_C);
	msgcell(x, pf, row, ncol++, AFT_M_D_ANSWERED, F_HEAD_C);
	msgcell(x, pf, row, ncol++, AFT_M_D_TOTAL, F_HEAD_C);
	msgcell(x, pf, row, ncol++, AFT_M_D_FILE, F_HEAD);
	x->lib->worksheet_set_column(pf, 0, 0, 30, NULL);
	x->lib->worksheet_set_column(pf, 1, 1, 36, NULL);
	x->lib->worksheet_set_column(pf, 2, 3, 12, NULL);
	x->lib->worksheet_set_column(pf, 4, 4, 17, NULL);
	x->lib->worksheet_set_column(pf, 5, ncol - 2, 13, NULL);
	x->lib->worksheet_set_column(pf, ncol - 1, ncol - 1, 36, NULL);
	check(x, x->lib->worksheet_set_row(pf, row, 30, NULL));
	x->lib->worksheet_freeze_panes(pf, row + 1, 1);

	for (const struct aft_kept *k = x->keep.head; k != NULL; k = k->next) {
		const struct aft_result	*res = k->res;
		lxw_worksheet		*ws;
		const char		*name;
		lxw_col_t		 c = 0;
		lxw_row_t		 r;

		if ((ws = sheet(x, res->ans->service.name, aft_msg(x->lang,
		    AFT_M_D_SHEET_SERVICE))) == NULL) {
			x->failed = true;
			return;
		}
		name = x->names[x->nnames - 1];
		columns(x, ws);
		r = overview(x, ws, name, res);
		criteria(x, ws, r, res);

		row++;
		link(x, pf, row, c++, name, res->ans->service.name);
		text(x, pf, row, c++, res->ans->service.organisation, F_TEXT);
		msgcell(x, pf, row, c++, res->sig.significant == AFT_YES ?
		    AFT_M_D_YES : res->sig.significant == AFT_NO ?
		    AFT_M_D_NO : AFT_M_L_UNKNOWN, F_TEXT);
		score(x, pf, row, c++, &res->overall, res->band, true);
		band(x, pf, row, c++, &res->overall, res->band);
		for (size_t i = 0; i < res->npr; i++)
			score(x, pf, row, c++, &res->pr[i].score,
			    res->pr[i].band, true);
		number(x, pf, row, c++, (double)res->answered, F_COUNT);
		number(x, pf, row, c++, (double)res->total, F_COUNT);
		text(x, pf, row, c++, res->ans->file, F_TEXT);
	}
	if (x->keep.n > 0)
		check(x, x->lib->worksheet_autofilter(pf, 2, 0, row, ncol - 1));
	row = portfolio_summary(x, pf, row + 2);
	if (x->keep.nfail == 0)
		return;
	row++;
	msgcell(x, pf, row, 0, AFT_M_D_NOT_SCORED, F_HEAD);
	msgcell(x, pf, row++, 1, AFT_M_D_ERRORS, F_HEAD);
	for (const struct aft_kept_fail *f = x->keep.fhead; f != NULL;
	    f = f->next) {
		text(x, pf, row, 0, f->file, F_TEXT);
		for (size_t i = 0; i < f->ndiags; i++, row++) {
			const struct aft_diag *g = &f->diags[i];

			if (g->loc.line > 0)
				snprintf(buf, sizeof(buf), "%u:%u: %s",
				    g->loc.line, g->loc.col, g->msg);
			else
				snprintf(buf, sizeof(buf), "%s", g->msg);
			text(x, pf, row, 1, buf, F_TEXT);
		}
		if (f->nerr > f->ndiags) {
			snprintf(buf, sizeof(buf), aft_msg(x->lang,
			    AFT_M_C_MORE), f->nerr - f->ndiags);
			text(x, pf, row, 1, buf, F_TEXT);
		}
		if (f->ndiags == 0 || f->nerr > f->ndiags)
			row++;
	}
}

static int
xlsx_begin(struct aft_report *r)
{
	const struct aft_xlsxlib	*lib;
	struct xlsx			*x;

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
	x->path = r->opt.path;
	r->state = x;
	return AFT_OK;
}

static int
xlsx_one(struct aft_report *r, const struct aft_result *res)
{
	struct xlsx *x = r->state;

	return aft_keep_result(&x->keep, res);
}

static int
xlsx_fail(struct aft_report *r, const char *file, const struct aft_diags *d)
{
	struct xlsx *x = r->state;

	return aft_keep_fail(&x->keep, file, d, FAIL_DIAGS);
}

/* Builds the workbook in the file named tmp; AFT_OK or a status. */
static int
build(struct xlsx *x, const char *tmp, bool multi)
{
	lxw_doc_properties	 props = { 0 };
	char			 title[256];
	lxw_error		 e;

	if ((x->wb = x->lib->workbook_new(tmp)) == NULL)
		return AFT_ENOMEM;
	/* Sheets: a portfolio or overview, then one or two per service. */
	if ((x->names = calloc(x->keep.n + 2, sizeof(*x->names))) == NULL) {
		x->lib->workbook_close(x->wb);
		return AFT_ENOMEM;
	}
	formats(x);
	if (multi)
		snprintf(title, sizeof(title), aft_msg(x->lang,
		    AFT_M_D_TITLE_MANY), x->keep.n);
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
		check(x, x->lib->workbook_set_properties(x->wb, &props));
	free(props.title);
	if (multi)
		portfolio(x);
	else
		one_assessment(x, x->keep.head->res);
	e = x->lib->workbook_close(x->wb);
	x->wb = NULL;
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
	struct xlsx		*x = r->state;
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
