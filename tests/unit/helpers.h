/*
 * Helpers shared by the unit tests.  Everything a helper allocates is
 * released by the matching _fini or free helper; tests call them so that
 * valgrind finds nothing.  Debian 12's cmocka wants these four headers
 * before <cmocka.h>.
 */
#ifndef AFTOETS_TEST_HELPERS_H
#define AFTOETS_TEST_HELPERS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>

#include <cmocka.h>

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/answers.h"
#include "aftoets/arena.h"
#include "aftoets/catalog.h"
#include "aftoets/common.h"
#include "aftoets/diag.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "same_read.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* Any line or column: for diag_find() when only the message matters. */
#define ANY		(~0u)

/* Writes every diagnostic in d to stderr, to explain a failure. */
static inline void
diags_print(const struct aft_diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "    %s:%u:%u: %s: %s\n",
		    d->v[i].loc.file ? d->v[i].loc.file : "?",
		    d->v[i].loc.line, d->v[i].loc.col,
		    d->v[i].sev == AFT_SEV_ERROR ? "error" : "warning",
		    d->v[i].msg);
}

/*
 * Finds a diagnostic of severity sev at line:col (ANY matches every
 * place) whose message contains sub; returns it or NULL.
 */
static inline const struct aft_diag *
diag_find(const struct aft_diags *d, enum aft_severity sev, unsigned line,
    unsigned col, const char *sub)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct aft_diag *g = &d->v[i];

		if (g->sev != sev)
			continue;
		if (line != ANY && g->loc.line != line)
			continue;
		if (col != ANY && g->loc.col != col)
			continue;
		if (strstr(g->msg, sub) != NULL)
			return g;
	}
	return NULL;
}

/* Fails the test unless d has such a diagnostic, showing what it has. */
#define assert_diag(d, sev, line, col, sub) do {			\
	if (diag_find((d), (sev), (line), (col), (sub)) == NULL) {	\
		diags_print(d);						\
		fail_msg("no %s at %u:%u containing \"%s\"",		\
		    (sev) == AFT_SEV_ERROR ? "error" : "warning",	\
		    (unsigned)(line), (unsigned)(col), (sub));		\
	}								\
} while (0)

#define assert_error_at(d, line, col, sub)				\
	assert_diag((d), AFT_SEV_ERROR, (line), (col), (sub))
#define assert_warning_at(d, line, col, sub)				\
	assert_diag((d), AFT_SEV_WARNING, (line), (col), (sub))

/* Fails unless |got - want| <= eps, printing both in full. */
#define assert_double_near(got, want, eps) do {				\
	double g_ = (got), w_ = (want);					\
	if (!(fabs(g_ - w_) <= (eps)))					\
		fail_msg("%s = %.17g, expected %.17g", #got, g_, w_);	\
} while (0)

/* Fails unless a status is the one wanted, showing the diagnostics. */
#define assert_rc(d, got, want) do {					\
	int r_ = (got);							\
	if (r_ != (want)) {						\
		diags_print(d);						\
		fail_msg("%s returned %d, expected %d", #got, r_,	\
		    (int)(want));					\
	}								\
} while (0)

/* Loads the compiled-in catalog; fails the test when it cannot. */
static inline struct aft_catalog *
load_default_catalog(void)
{
	struct aft_diags	 d;
	struct aft_catalog	*cat = NULL;

	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, aft_catalog_load_default(&cat, &d), AFT_OK);
	assert_int_equal(d.nerr, 0);
	assert_int_equal(d.nwarn, 0);
	aft_diags_fini(&d);
	assert_non_null(cat);
	return cat;
}

/* Loads a catalog from a string; the status is returned, cat may be NULL. */
static inline int
load_catalog_str(struct aft_catalog **cat, const char *yaml,
    struct aft_diags *d)
{
	return aft_catalog_load(cat, "cat.yaml", yaml, strlen(yaml), d);
}

/* Group setup and teardown that keep the default catalog in *state. */
static inline int
setup_default_catalog(void **state)
{
	*state = load_default_catalog();
	return 0;
}

static inline int
teardown_catalog(void **state)
{
	aft_catalog_free(*state);
	*state = NULL;
	return 0;
}

/* One answers file read from a string, with its arena and diagnostics. */
struct ans_read {
	struct aft_arena	 arena;
	struct aft_diags	 d;
	struct aft_answers	*ans;
	int			 rc;
};

/*
 * Reads yaml as "answers.yaml" against cat, English messages; strict
 * makes warnings errors.  Unless flags ask for the tree, the file is
 * read through the tree as well, and the two reads must agree.  Release
 * with ans_read_fini().
 */
static inline int
ans_read_flags(struct ans_read *r, const struct aft_catalog *cat,
    const char *yaml, unsigned flags, int strict)
{
	aft_arena_init(&r->arena);
	aft_diags_init(&r->d, AFT_LANG_EN);
	r->d.strict = strict;
	r->ans = NULL;
	r->rc = aft_answers_read(&r->ans, cat, "answers.yaml", yaml,
	    strlen(yaml), flags, &r->arena, &r->d);
	if (!(flags & AFT_ANS_TREE)) {
		struct ans_read	 t;
		const char	*diff;

		ans_read_flags(&t, cat, yaml, flags | AFT_ANS_TREE, strict);
		diff = reads_differ(r->rc, r->ans, &r->d, t.rc, t.ans, &t.d);
		if (diff != NULL) {
			diags_print(&r->d);
			diags_print(&t.d);
			fail_msg("the reads with and without a tree differ "
			    "in %s for:\n%s", diff, yaml);
		}
		aft_diags_fini(&t.d);
		aft_arena_fini(&t.arena);
	}
	return r->rc;
}

static inline int
ans_read(struct ans_read *r, const struct aft_catalog *cat, const char *yaml)
{
	return ans_read_flags(r, cat, yaml, 0, 0);
}

static inline void
ans_read_fini(struct ans_read *r)
{
	aft_diags_fini(&r->d);
	aft_arena_fini(&r->arena);
}

/*
 * Scores each of the n answers files in yaml and writes them as one
 * report in format name and lang (a batch when multi); returns the
 * malloc'd text.
 */
static inline char *
report_str(const struct aft_catalog *cat, const char *name,
    const char *const *yaml, size_t n, enum aft_lang lang, bool multi)
{
	const struct aft_report_ops	*ops = aft_report_find(name);
	struct aft_report_opts		 opt = { 0 };
	struct aft_report		 rep;
	char				*buf = NULL;
	size_t				 len = 0;
	FILE				*fp = open_memstream(&buf, &len);

	assert_non_null(ops);
	assert_non_null(fp);
	opt.lang = lang;
	opt.multi = multi;
	assert_int_equal(aft_report_begin(&rep, ops, fp, cat, &opt), AFT_OK);
	for (size_t i = 0; i < n; i++) {
		struct ans_read		 r;
		struct aft_result	*res = NULL;

		assert_rc(&r.d, ans_read(&r, cat, yaml[i]), AFT_OK);
		assert_int_equal(aft_score(&res, cat, r.ans, &r.arena),
		    AFT_OK);
		assert_int_equal(aft_report_one(&rep, res), AFT_OK);
		ans_read_fini(&r);
	}
	assert_int_equal(aft_report_end(&rep), AFT_OK);
	fclose(fp);
	return buf;
}

/* The answer to criterion id in a successful read. */
static inline const struct aft_answer *
answer_of(const struct ans_read *r, const char *id)
{
	const struct aft_criterion *c = aft_catalog_find(r->ans->cat, id);

	assert_non_null(c);
	return &r->ans->answers[c->index];
}

#endif
