/*
 * libxlsxwriter, opened at run time: a table of pointers to the functions
 * the xlsx format calls.  The table and the error text are static, filled
 * once per process; nothing here is released.  Library-private.
 *
 * Linking the program against libxlsxwriter made every run, even
 * `aftoets --version`, map and relocate it with OpenSSL's libcrypto,
 * minizip and zlib; only `score -f xlsx` needs them.  The header is still
 * included for the types, the constants and the prototypes: each pointer
 * has the type of the function it stands for, so the compiler checks
 * every call as before.
 */
#ifndef AFTOETS_XLSXLIB_H
#define AFTOETS_XLSXLIB_H

#include <xlsxwriter.h>

/* Every function of libxlsxwriter that the xlsx format (xlsx*.c) calls. */
#define AFT_XLSXLIB_FUNCS(X) \
	X(workbook_new_opt) \
	X(workbook_close) \
	X(workbook_set_properties) \
	X(workbook_add_format) \
	X(workbook_add_worksheet) \
	X(workbook_add_chart) \
	X(format_set_align) \
	X(format_set_bg_color) \
	X(format_set_bold) \
	X(format_set_bottom) \
	X(format_set_font_color) \
	X(format_set_font_size) \
	X(format_set_num_format) \
	X(format_set_text_wrap) \
	X(format_set_underline) \
	X(worksheet_write_string) \
	X(worksheet_write_number) \
	X(worksheet_write_url_opt) \
	X(worksheet_merge_range) \
	X(worksheet_set_column) \
	X(worksheet_set_row) \
	X(worksheet_autofilter) \
	X(worksheet_freeze_panes) \
	X(worksheet_insert_chart_opt) \
	X(worksheet_set_paper) \
	X(worksheet_set_landscape) \
	X(worksheet_fit_to_pages) \
	X(chart_add_series) \
	X(chart_series_set_categories) \
	X(chart_series_set_values) \
	X(chart_series_set_name_range) \
	X(chart_series_set_line) \
	X(chart_series_set_marker_type) \
	X(chart_series_set_marker_size) \
	X(chart_series_set_marker_fill) \
	X(chart_series_set_marker_line) \
	X(chart_title_set_name) \
	X(chart_axis_set_min) \
	X(chart_axis_set_max) \
	X(chart_axis_set_major_unit) \
	X(chart_legend_set_position)

/* The pointers, named and typed after the functions (GNU __typeof__). */
struct aft_xlsxlib {
#define AFT_XLSXLIB_PTR(f)	__typeof__(&f) f;
	AFT_XLSXLIB_FUNCS(AFT_XLSXLIB_PTR)
#undef AFT_XLSXLIB_PTR
};

/*
 * Opens libxlsxwriter by its soname and looks up every function, the
 * first time it is called in the process; safe from any thread.  Sets
 * *lib to the filled table and returns AFT_OK, or returns AFT_ELIB with
 * *lib NULL when the library or one of its functions is missing; the
 * result never changes afterwards.
 */
int		 aft_xlsxlib_load(const struct aft_xlsxlib **lib);
/*
 * Why loading failed, as the dynamic loader said it, or "" when it did
 * not; tries to load first if that was never done.  Static text.
 */
const char	*aft_xlsxlib_error(void);

#endif
