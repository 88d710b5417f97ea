/*
 * JSON documents a command writes on its own, as aftoets writes every
 * JSON document: keys in a fixed order, indented by two, control and
 * bidirectional characters escaped, and a line break at the end.  The
 * reports' JSON (json, jsonl and compare -f json) comes through
 * aftoets/report.h and aftoets/compare.h.
 */
#ifndef AFTOETS_JSON_H
#define AFTOETS_JSON_H

#include <stdio.h>

#include "aftoets/catalog.h"
#include "aftoets/score.h"

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
