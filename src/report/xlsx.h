/*
 * Parts of the xlsx format that can be tested on their own.
 * Library-private; nothing here allocates.
 */
#ifndef AFTOETS_REPORT_XLSX_H
#define AFTOETS_REPORT_XLSX_H

#include <stddef.h>

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

#endif
