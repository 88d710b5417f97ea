/*
 * The JSON documents the reports build with jansson, for the library's
 * own use (and its tests): each function returns a new reference the
 * caller must json_decref(), or NULL when out of memory.
 */
#ifndef AFTOETS_REPORT_JSONDOC_H
#define AFTOETS_REPORT_JSONDOC_H

#include <stdio.h>

#include <jansson.h>

#include "aftoets/compare.h"
#include "aftoets/json.h"

/*
 * Writes doc, taking its reference, as every document of its own is
 * written: indented by two, with the escapes of aft_json_dumpf(), and a
 * line break.  AFT_OK, AFT_ENOMEM for a NULL doc (nothing is written),
 * or AFT_EIO.
 */
int	aft_json_write_doc(FILE *, json_t *doc);

/* The comparison of two assessments (src/report/compare.c). */
json_t	*aft_json_compare(const struct aft_comparison *, enum aft_lang);

#endif
