/*
 * Cells of the xlsx format: the workbook's cell styles, writing text,
 * numbers, scores and bands in them, and adding sheets with valid,
 * unique names.  Text goes through aft_xlsx_guarded(), so a cell never
 * holds what XML refuses and never comes back to life as a formula.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/escape.h"
#include "report/xlsx_internal.h"

/* Excel keeps at most this many bytes of text in a cell (characters). */
#define CELL_MAX	32767

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

void
aft_xlsx_check(struct aft_xlsx *x, lxw_error e)
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
const char *
aft_xlsx_guarded(struct aft_xlsx *x, const char *s, char **tmp)
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

/* Text as aft_xlsx_guarded() makes it: what a cell holds, never a formula. */
void
aft_xlsx_text(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, const char *s, enum aft_xstyle st)
{
	char *tmp;

	if (s == NULL)
		return;
	s = aft_xlsx_guarded(x, s, &tmp);
	aft_xlsx_check(x, x->lib->worksheet_write_string(ws, row, col, s,
	    x->f[st]));
	free(tmp);
}

void
aft_xlsx_msgcell(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, enum aft_msg m, enum aft_xstyle st)
{
	aft_xlsx_text(x, ws, row, col, aft_msg(x->lang, m), st);
}

void
aft_xlsx_number(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, double v, enum aft_xstyle st)
{
	aft_xlsx_check(x, x->lib->worksheet_write_number(ws, row, col, v,
	    x->f[st]));
}

enum aft_xstyle
aft_xlsx_tone(const struct aft_xlsx *x, size_t band, enum aft_xstyle good)
{
	if (band == 0)
		return good;
	if (band + 1 >= x->cat->nbands)
		return (enum aft_xstyle)(good + 2);
	return (enum aft_xstyle)(good + 1);
}

/* A score, coloured by its band when band_color; blank when null. */
void
aft_xlsx_score(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, const struct aft_opt *o, size_t band, bool band_color)
{
	if (!o->set)
		return;
	aft_xlsx_number(x, ws, row, col, aft_round1(o->v), band_color ?
	    aft_xlsx_tone(x, band, AFT_XF_SCORE_GOOD) : AFT_XF_NUM);
}

void
aft_xlsx_band(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    lxw_col_t col, const struct aft_opt *o, size_t b)
{
	if (!o->set) {
		aft_xlsx_msgcell(x, ws, row, col, AFT_M_L_NVT, AFT_XF_TEXT);
		return;
	}
	aft_xlsx_text(x, ws, row, col, x->cat->bands[b].label.s[x->lang],
	    aft_xlsx_tone(x, b, AFT_XF_BAND_GOOD));
}

void
aft_xlsx_label(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    enum aft_msg m)
{
	aft_xlsx_msgcell(x, ws, row, 0, m, AFT_XF_LABEL);
}

void
aft_xlsx_formats(struct aft_xlsx *x)
{
	static const struct {
		uint32_t	fg, bg;
	} tones[3] = {
		{ 0x14532d, 0xdcfce7 },
		{ 0x713f12, 0xfef3c7 },
		{ 0x7f1d1d, 0xfee2e2 },
	};
	lxw_format **f = x->f;

	for (int i = 0; i < AFT_XF_NSTYLES; i++) {
		f[i] = x->lib->workbook_add_format(x->wb);
		x->lib->format_set_align(f[i], LXW_ALIGN_VERTICAL_TOP);
	}
	x->lib->format_set_bold(f[AFT_XF_TITLE]);
	x->lib->format_set_font_size(f[AFT_XF_TITLE], 14);
	for (int i = AFT_XF_HEAD; i <= AFT_XF_HEAD_C; i++) {
		x->lib->format_set_bold(f[i]);
		x->lib->format_set_bg_color(f[i], 0xeef2f6);
		x->lib->format_set_bottom(f[i], LXW_BORDER_THIN);
		x->lib->format_set_text_wrap(f[i]);
	}
	x->lib->format_set_align(f[AFT_XF_HEAD_C], LXW_ALIGN_CENTER);
	x->lib->format_set_bold(f[AFT_XF_LABEL]);
	x->lib->format_set_text_wrap(f[AFT_XF_WRAP]);
	x->lib->format_set_num_format(f[AFT_XF_INT], "#,##0");
	x->lib->format_set_align(f[AFT_XF_INT], LXW_ALIGN_LEFT);
	x->lib->format_set_num_format(f[AFT_XF_COUNT], "#,##0");
	x->lib->format_set_align(f[AFT_XF_COUNT], LXW_ALIGN_CENTER);
	x->lib->format_set_num_format(f[AFT_XF_NUM], "0.0");
	x->lib->format_set_align(f[AFT_XF_NUM], LXW_ALIGN_CENTER);
	x->lib->format_set_num_format(f[AFT_XF_MONEY], "\"€\" #,##0");
	x->lib->format_set_align(f[AFT_XF_MONEY], LXW_ALIGN_LEFT);
	x->lib->format_set_num_format(f[AFT_XF_MONEY_CENTS], "\"€\" #,##0.00");
	x->lib->format_set_align(f[AFT_XF_MONEY_CENTS], LXW_ALIGN_LEFT);
	x->lib->format_set_font_color(f[AFT_XF_LINK], 0x0b57d0);
	x->lib->format_set_underline(f[AFT_XF_LINK], LXW_UNDERLINE_SINGLE);
	for (int i = 0; i < 3; i++) {
		x->lib->format_set_num_format(f[AFT_XF_SCORE_GOOD + i], "0.0");
		x->lib->format_set_align(f[AFT_XF_SCORE_GOOD + i],
		    LXW_ALIGN_CENTER);
		x->lib->format_set_font_color(f[AFT_XF_SCORE_GOOD + i],
		    tones[i].fg);
		x->lib->format_set_bg_color(f[AFT_XF_SCORE_GOOD + i],
		    tones[i].bg);
		x->lib->format_set_bold(f[AFT_XF_SCORE_GOOD + i]);
		x->lib->format_set_font_color(f[AFT_XF_BAND_GOOD + i],
		    tones[i].fg);
		x->lib->format_set_bg_color(f[AFT_XF_BAND_GOOD + i],
		    tones[i].bg);
	}
}

/* Adds a worksheet with a unique valid name made from name. */
lxw_worksheet *
aft_xlsx_sheet(struct aft_xlsx *x, const char *name, const char *fallback)
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
