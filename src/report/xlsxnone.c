/*
 * The xlsx format of a build without it (make NO_XLSX=1, as make static
 * does), in place of xlsx.c, xlsxsheet.c, xlsxcell.c and xlsxlib.c: no
 * libxlsxwriter, no dlopen.  A static program cannot safely open a
 * shared library, so here the format only says, in the user's language,
 * that this build writes no workbooks: a report begins with AFT_ELIB and
 * aft_report_lib_error() tells why.  Every other format is the same.
 */
#include <stddef.h>

#include "aftoets/common.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"

#ifndef AFT_NO_XLSX
#error "xlsxnone.c is the xlsx format of a build with AFT_NO_XLSX only"
#endif

/* The language of the last report begun; begin runs on one thread. */
static enum aft_lang	lang;

static int
none_begin(struct aft_report *r)
{
	lang = r->opt.lang;
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

const char *
aft_report_lib_error(void)
{
	return aft_msg(lang, AFT_M_D_NO_XLSX);
}

const struct aft_report_ops aft_report_xlsx = {
	.name = "xlsx",
	.streaming = false,
	.owns_path = true,
	.begin = none_begin,
	.one = none_one,
	.end = none_end,
};
