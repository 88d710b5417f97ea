/*
 * The JSON documents the reports build with jansson, for the library's
 * own use (and its tests): each function returns a new reference the
 * caller must json_decref(), or NULL when out of memory.
 */
#ifndef AFTOETS_REPORT_JSONDOC_H
#define AFTOETS_REPORT_JSONDOC_H

#include <jansson.h>

#include "aftoets/compare.h"
#include "aftoets/json.h"

/* The comparison of two assessments (src/report/compare.c). */
json_t	*aft_json_compare(const struct aft_comparison *, enum aft_lang);

#endif
