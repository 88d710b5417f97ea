/*
 * libFuzzer harness: a criteria catalog.  When one loads, it is listed
 * as JSON, its words and suggestions are looked up, and an answers file
 * using its first criterion and level is read and scored against it, so
 * that odd but valid catalogs (weights, bands, scales) reach the scorer.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/answers.h"
#include "aftoets/json.h"
#include "report/jsondoc.h"
#include "aftoets/report.h"
#include "aftoets/score.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static FILE *devnull;

static void
exercise(const struct aft_catalog *cat, enum aft_lang lang)
{
	struct aft_answers	*ans = NULL;
	struct aft_result	*res = NULL;
	struct aft_arena	 arena;
	struct aft_diags	 d;
	struct aft_report	 rep;
	struct aft_report_opts	 opt = { .lang = lang, .details = true };
	json_t			*j;
	char			*yaml;

	if ((j = aft_json_catalog(cat, lang)) != NULL) {
		free(json_dumps(j, AFT_JSON_FLAGS));
		json_decref(j);
	}
	(void)aft_catalog_nearest(cat, "SD-G1");
	(void)aft_catalog_level(cat, "3");
	aft_arena_init(&arena);
	aft_diags_init(&d, lang);
	(void)aft_catalog_levels_list(cat, &arena);
	yaml = aft_arena_printf(&arena, "service: {name: x, budget_eur: 1, "
	    "users: 1}\nanswers:\n  \"%s\": \"%s\"\n", cat->ncriteria ?
	    cat->all[0]->id : "x", cat->nlevels ? cat->levels[0].id : "x");
	if (yaml != NULL && aft_answers_read(&ans, cat, "a.yaml", yaml,
	    strlen(yaml), AFT_ANS_WARN_UNANSWERED, &arena, &d) == AFT_OK &&
	    aft_score(&res, cat, ans, &arena) == AFT_OK &&
	    aft_report_begin(&rep, &aft_report_text, devnull, cat, &opt) ==
	    AFT_OK) {
		(void)aft_report_one(&rep, res);
		(void)aft_report_end(&rep);
		if ((j = aft_json_result(res, lang)) != NULL) {
			free(json_dumps(j, AFT_JSON_FLAGS));
			json_decref(j);
		}
	}
	aft_diags_fini(&d);
	aft_arena_fini(&arena);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct aft_catalog	*cat = NULL;
	struct aft_diags	 d;
	enum aft_lang		 lang = size % 2 ? AFT_LANG_EN : AFT_LANG_NL;
	int			 rc;

	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	aft_diags_init(&d, lang);
	rc = aft_catalog_load(&cat, "fuzz.yaml", (const char *)data, size, &d);
	if ((rc == AFT_OK) != (cat != NULL) || (rc == AFT_OK && d.nerr != 0))
		abort();
	if (cat != NULL)
		exercise(cat, lang);
	aft_catalog_free(cat);
	aft_diags_fini(&d);
	return 0;
}
