/*
 * JSON documents of catalogs, results and significance, built with
 * jansson.  Each function returns a new reference the caller must
 * json_decref(), or NULL when out of memory.
 */
#ifndef AFTOETS_JSON_H
#define AFTOETS_JSON_H

#include <stdio.h>

#include <jansson.h>

#include "aftoets/catalog.h"
#include "aftoets/diag.h"
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
json_t	*aft_json_catalog(const struct aft_catalog *, enum aft_lang);
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
 * The documents a command writes on its own: the catalog, or one of its
 * criteria (with its principle) when only is not NULL; a significance
 * verdict.  Indented by two, with a line break at the end.  Return
 * AFT_OK, AFT_ENOMEM (nothing written) or AFT_EIO.
 */
int	 aft_json_write_catalog(FILE *, const struct aft_catalog *,
	    const struct aft_criterion *only, enum aft_lang);
int	 aft_json_write_significance(FILE *, const struct aft_significance *,
	    const struct aft_catalog *, const struct aft_service *,
	    enum aft_lang);

#endif
