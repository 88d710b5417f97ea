/*
 * The JSON documents the reports build with jansson, for the library's
 * own use (and its tests): each function returns a new reference the
 * caller must json_decref(), or NULL when out of memory.
 */
#ifndef AFTOETS_REPORT_JSONDOC_H
#define AFTOETS_REPORT_JSONDOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <jansson.h>

#include "aftoets/catalog.h"
#include "aftoets/compare.h"
#include "aftoets/diag.h"
#include "aftoets/json.h"
#include "aftoets/score.h"
#include "aftoets/summary.h"

/* Flags every aftoets JSON dump uses: fixed key order, short reals. */
#define AFT_JSON_FLAGS	(JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

json_t	*aft_json_result(const struct aft_result *, enum aft_lang);
/*
 * The same document through a writer (jsonw.h): as text, without a tree,
 * or as a tree; aft_json_result() is this into a tree.
 */
struct aft_jw;
void	 aft_json_result_write(struct aft_jw *, const struct aft_result *,
	    enum aft_lang);
/*
 * The catalog document of `criteria --format json`; the members of it
 * (catalog, threshold, scale, bands, principles) are written by
 * aft_json_catalog_members() into the object open in a writer, as the
 * page of `aftoets form` holds them among its own.
 */
json_t	*aft_json_catalog(const struct aft_catalog *, enum aft_lang);
void	 aft_json_catalog_members(struct aft_jw *, const struct aft_catalog *,
	    enum aft_lang);
json_t	*aft_json_significance(const struct aft_significance *,
	    const struct aft_catalog *, const struct aft_service *,
	    enum aft_lang);
/* The diagnostics of one input: [{"line","column","severity","message"}]. */
json_t	*aft_json_diags(const struct aft_diags *);
/* The portfolio summary of a batch. */
json_t	*aft_json_summary(const struct aft_summary *, enum aft_lang);
/* A score rounded for reports, or null. */
json_t	*aft_json_score(bool set, double);

/*
 * jansson writes DEL, the C1 controls (U+0080 to U+009F) and the
 * bidirectional overrides and isolates (U+202A to U+202E, U+2066 to
 * U+2069) as they are, which a terminal showing the JSON would act on.
 * These write them as \u escapes instead: the same JSON value, shown
 * harmlessly.  aft_json_tame_span() returns how many of the n bytes of
 * JSON text at s need no change; aft_json_tame_write() writes the n
 * bytes with the escapes, and aft_json_dumpf() dumps json to a stream as
 * json_dumpf() would, with them.  Both return 0, or -1 when writing
 * failed.
 */
size_t	 aft_json_tame_span(const char *s, size_t n);
int	 aft_json_tame_write(FILE *, const char *s, size_t n);
int	 aft_json_dumpf(const json_t *, FILE *, size_t flags);

/*
 * Writes doc, taking its reference, as every document of its own is
 * written: indented by two, with the escapes of aft_json_dumpf(), and a
 * line break.  AFT_OK, AFT_ENOMEM for a NULL doc (nothing is written),
 * or AFT_EIO.
 */
int	aft_json_write_doc(FILE *, json_t *doc);

/* The comparison of two assessments (src/report/compare.c). */
json_t	*aft_json_compare(const struct aft_comparison *, enum aft_lang);
/* The JSON document of a comparison of two folders (docs/compare.md). */
json_t	*aft_json_compare_portfolio(const struct aft_portfolio_change *,
	    const struct aft_portfolio_sides *, enum aft_lang);

/*
 * Builds the schema of answers files for cat (src/report/schema.c), with
 * descriptions in lang.  Returns a new reference the caller must json_decref(), or NULL
 * when out of memory.
 */
json_t	*aft_schema(const struct aft_catalog *cat, enum aft_lang lang);

#endif
