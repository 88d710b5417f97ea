/*
 * The xlsx format of a build without it (make NO_XLSX=1, as make static
 * does), in place of xlsx.c, xlsxsheet.c, xlsxcell.c and xlsxlib.c: no
 * libxlsxwriter, no dlopen.  A static program cannot safely open a
 * shared library, so here a report only begins with AFT_ELIB, and
 * aft_report_lib_error() is NULL, which tells the program that the format
 * was left out of this build.  Every other format is the same.
 */
#include <stddef.h>

#include "aftoets/common.h"
#include "aftoets/report.h"

#ifndef AFT_NO_XLSX
#error "xlsxnone.c is the xlsx format of a build with AFT_NO_XLSX only"
#endif

static int
none_begin(struct aft_report *r)
{
	(void)r;
	return AFT_ELIB;
}

/* Never called: a report that did not begin has nothing to add or end. */
static int
none_one(struct aft_report *r, const struct aft_result *res)
{
	(void)r;
	(void)res;
	return AFT_ELIB;
}

static int
none_end(struct aft_report *r)
{
	(void)r;
	return AFT_OK;
}

/* NULL: no library failed to load; the format is not in this build. */
const char *
aft_report_lib_error(void)
{
	return NULL;
}

const struct aft_report_ops aft_report_xlsx = {
	.name = "xlsx",
	.streaming = false,
	.owns_path = true,
	.begin = none_begin,
	.one = none_one,
	.end = none_end,
};
