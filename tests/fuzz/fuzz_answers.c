/*
 * libFuzzer harness: an answers file against the default catalog.  What
 * loads is scored and written in every format that writes to a stream
 * (escaping for CSV, Markdown, XML and HTML included), alone or as one
 * of a batch with its portfolio summary; what does not load is reported
 * as a failed input, messages and all.  The JSON writer's text of each
 * assessment must be the bytes jansson dumps of its tree form.  The
 * read must agree with a read through the node tree in status, messages
 * and every field.  The same bytes go through aft_answers_like(), the
 * check of what -o may replace.  Nothing may crash, leak, hang or read
 * out of bounds; see docs/robustness.md.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/answers.h"
#include "aftoets/json.h"
#include "report/jsondoc.h"
#include "util/jsonw.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "../unit/same_read.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const char *const formats[] = { "text", "json", "jsonl", "csv",
    "markdown", "junit", "html" };

static struct aft_catalog	*cat;
static FILE			*devnull;

/* Writes one assessment (or one failed input) in every stream format. */
static void
report(const struct aft_result *res, const struct aft_diags *d,
    enum aft_lang lang, bool multi)
{
	struct aft_report_opts	 opt = { .lang = lang, .details = true,
	    .multi = multi };

	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		const struct aft_report_ops	*ops = aft_report_find(formats[i]);
		struct aft_report		 rep;

		if (ops == NULL || ops->owns_path)
			continue;
		if (aft_report_begin(&rep, ops, devnull, cat, &opt) != AFT_OK)
			abort();
		if (res != NULL)
			(void)aft_report_one(&rep, res);
		else
			(void)aft_report_fail(&rep, "fuzz.yaml", d);
		(void)aft_report_end(&rep);
	}
}

/* The writer's text and the dumped tree of res are the same bytes. */
static void
same_json(const struct aft_result *res, enum aft_lang lang)
{
	struct aft_jw	 w;
	json_t		*tree = aft_json_result(res, lang);
	char		*text, *raw, *dumped = NULL;
	size_t		 len = 0, dlen = 0;
	FILE		*fp;

	aft_jw_init(&w, false);
	aft_json_result_write(&w, res, lang);
	text = aft_jw_text(&w, NULL, &len);
	aft_jw_fini(&w);
	/* The tree dumped, then tamed as the json report tames it. */
	raw = tree != NULL ? json_dumps(tree, AFT_JSON_FLAGS |
	    JSON_COMPACT) : NULL;
	if (raw == NULL || (fp = open_memstream(&dumped, &dlen)) == NULL)
		abort();
	if (aft_json_tame_write(fp, raw, strlen(raw)) != 0 || fclose(fp) != 0)
		abort();
	if (text == NULL || dumped == NULL || strcmp(text, dumped) != 0)
		abort();
	free(text);
	free(raw);
	free(dumped);
	json_decref(tree);
}

/* Reads the input again through the node tree; the reads must agree. */
static void
same_as_tree(const uint8_t *data, size_t size, int rc,
    const struct aft_answers *ans, const struct aft_diags *d)
{
	struct aft_answers	*t = NULL;
	struct aft_arena	 arena;
	struct aft_diags	 td;
	int			 trc;

	aft_arena_init(&arena);
	aft_diags_init(&td, d->lang);
	td.strict = d->strict;
	trc = aft_answers_read(&t, cat, "fuzz.yaml", (const char *)data, size,
	    AFT_ANS_WARN_UNANSWERED | AFT_ANS_TREE, &arena, &td);
	if (reads_differ(rc, ans, d, trc, t, &td) != NULL)
		abort();
	aft_diags_fini(&td);
	aft_arena_fini(&arena);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct aft_answers	*ans = NULL;
	struct aft_result	*res = NULL;
	struct aft_arena	 arena;
	struct aft_diags	 d;
	enum aft_lang		 lang = size % 2 ? AFT_LANG_EN : AFT_LANG_NL;
	bool			 multi = size % 5 == 0;
	bool			 like = false;
	int			 rc;

	if (cat == NULL) {
		aft_diags_init(&d, AFT_LANG_EN);
		if (aft_catalog_load_default(&cat, &d) != AFT_OK)
			abort();
		aft_diags_fini(&d);
		if ((devnull = fopen("/dev/null", "w")) == NULL)
			abort();
	}
	aft_arena_init(&arena);
	aft_diags_init(&d, lang);
	d.strict = size % 3 == 0;
	rc = aft_answers_read(&ans, cat, "fuzz.yaml", (const char *)data, size,
	    AFT_ANS_WARN_UNANSWERED, &arena, &d);
	same_as_tree(data, size, rc, ans, &d);
	/* A status and the diagnostics must agree. */
	if ((rc == AFT_OK) != (ans != NULL) ||
	    (rc == AFT_EINPUT && d.nerr == 0 && !d.oom) ||
	    (rc == AFT_OK && d.nerr != 0))
		abort();
	aft_diags_sort(&d);
	for (size_t i = 1; i < d.n; i++)
		if (d.v[i - 1].loc.line > d.v[i].loc.line)
			abort();
	if (rc == AFT_OK && aft_score(&res, cat, ans, &arena) == AFT_OK) {
		same_json(res, lang);
		report(res, &d, lang, multi);
	}
	else if (rc != AFT_OK)
		report(NULL, &d, lang, true);
	aft_diags_fini(&d);
	aft_arena_fini(&arena);
	/* The check of -o reads the same bytes, without a catalog. */
	if (aft_answers_like(&like, (const char *)data, size) != AFT_OK &&
	    like)
		abort();
	return 0;
}
