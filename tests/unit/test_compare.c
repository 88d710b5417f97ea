/*
 * Comparing two assessments: each kind of criterion change, the score
 * deltas as reports show them, regressions, and the points of attention
 * resolved and new.
 */
#include "helpers.h"

#include "aftoets/compare.h"
#include "report/jsondoc.h"
#include "aftoets/score.h"

/* Standaard digitaal has 4 user and 3 inclusion criteria, weight 1. */
static const char old_yaml[] =
	"service: {name: Old}\n"
	"answers:\n"
	"  SD-G1: beperkt\n"		/* improved, attention resolved */
	"  SD-G2: volledig\n"		/* regressed, new attention */
	"  SD-G3: gedeeltelijk\n"	/* unchanged */
	"  SD-G5: grotendeels\n"	/* removed */
	"  SD-I1: nvt\n"		/* to a level: applicability */
	"  SD-I4: volledig\n"		/* to nvt: applicability */
	"  GC-G1: volledig\n";		/* the same: unchanged */

static const char new_yaml[] =
	"service: {name: New}\n"
	"answers:\n"
	"  SD-G1: volledig\n"
	"  SD-G2: niet\n"
	"  SD-G3: 2\n"
	"  SD-I1: beperkt\n"
	"  SD-I3: grotendeels\n"	/* added */
	"  SD-I4: {level: n/a, motivation: No help needed.}\n"
	"  GC-G1: ja\n"
	"  DG-G1: volledig\n";		/* added; Datagedreven goes up */

struct two {
	struct ans_read		 o, n;
	struct aft_arena	 arena;
	struct aft_result	*ro, *rn;
	struct aft_comparison	*c;
};

static void
two_init(struct two *t, const struct aft_catalog *cat, const char *old,
    const char *new)
{
	assert_rc(&t->o.d, ans_read(&t->o, cat, old), AFT_OK);
	assert_rc(&t->n.d, ans_read(&t->n, cat, new), AFT_OK);
	aft_arena_init(&t->arena);
	assert_int_equal(aft_score(&t->ro, cat, t->o.ans, &t->arena), AFT_OK);
	assert_int_equal(aft_score(&t->rn, cat, t->n.ans, &t->arena), AFT_OK);
	assert_int_equal(aft_compare(&t->c, t->ro, t->rn, &t->arena), AFT_OK);
}

static void
two_fini(struct two *t)
{
	aft_arena_fini(&t->arena);
	ans_read_fini(&t->o);
	ans_read_fini(&t->n);
}

static const struct aft_crit_change *
change_of(const struct aft_comparison *c, const char *id)
{
	for (size_t i = 0; i < c->ncc; i++)
		if (strcmp(c->cc[i].c->id, id) == 0)
			return &c->cc[i];
	fail_msg("no criterion %s", id);
	return NULL;
}

static void
test_changes(void **state)
{
	static const struct {
		const char	*id;
		enum aft_change	 change;
		bool		 resolved, new_attention;
	} want[] = {
		{ "SD-G1", AFT_CH_IMPROVED,	 true,	false },
		{ "SD-G2", AFT_CH_REGRESSED,	 false,	true },
		{ "SD-G3", AFT_CH_UNCHANGED,	 false,	false },
		{ "SD-G5", AFT_CH_REMOVED,	 false,	true },
		{ "SD-I1", AFT_CH_APPLICABILITY, false,	true },
		{ "SD-I3", AFT_CH_ADDED,	 true,	false },
		{ "SD-I4", AFT_CH_APPLICABILITY, false,	false },
		{ "GC-G1", AFT_CH_UNCHANGED,	 false,	false },
		{ "GC-G2", AFT_CH_UNCHANGED,	 false,	false },
		{ "DG-G1", AFT_CH_ADDED,	 true,	false },
	};
	const struct aft_catalog	*cat = *state;
	struct two			 t;

	two_init(&t, cat, old_yaml, new_yaml);
	for (size_t i = 0; i < NELEM(want); i++) {
		const struct aft_crit_change *cc = change_of(t.c, want[i].id);

		if (cc->change != want[i].change)
			fail_msg("%s: %s, expected %s", want[i].id,
			    aft_change_name(cc->change),
			    aft_change_name(want[i].change));
		assert_int_equal(cc->resolved, want[i].resolved);
		assert_int_equal(cc->new_attention, want[i].new_attention);
	}
	assert_int_equal(t.c->ncc, cat->ncriteria);
	assert_int_equal(t.c->count[AFT_CH_IMPROVED], 1);
	assert_int_equal(t.c->count[AFT_CH_REGRESSED], 1);
	assert_int_equal(t.c->count[AFT_CH_REMOVED], 1);
	assert_int_equal(t.c->count[AFT_CH_ADDED], 2);
	assert_int_equal(t.c->count[AFT_CH_APPLICABILITY], 2);
	assert_int_equal(t.c->count[AFT_CH_UNCHANGED], cat->ncriteria - 7);
	assert_int_equal(t.c->nresolved, 3);
	assert_int_equal(t.c->nnew_attention, 3);
	two_fini(&t);
}

static void
test_deltas(void **state)
{
	const struct aft_catalog	*cat = *state;
	const struct aft_principle_change *sd, *gc, *dg;
	struct two			 t;

	two_init(&t, cat, old_yaml, new_yaml);
	sd = &t.c->pc[0];
	gc = &t.c->pc[1];
	dg = &t.c->pc[3];
	/*
	 * Standaard digitaal, old: SD-I1 nvt, 6 applicable, points
	 * 1+4+2+3+0+4 of 24 = 58.3.  New: SD-I4 nvt, 6 applicable,
	 * 4+0+2+0+1+3 of 24 = 41.7.
	 */
	assert_double_near(sd->score.old.v, 100.0 * 14 / 24, 1e-9);
	assert_double_near(sd->score.new.v, 100.0 * 10 / 24, 1e-9);
	assert_true(sd->score.delta.set);
	assert_double_near(sd->score.delta.v, -16.6, 1e-9);
	assert_true(sd->regressed);
	/* Gebruiker centraal did not move: one of 8 criteria in full. */
	assert_double_near(gc->score.delta.v, 0.0, 0);
	assert_false(gc->regressed);
	/* Datagedreven: from 0 to 4 of 9 criteria x 4 points. */
	assert_double_near(dg->score.delta.v, aft_round1(100.0 / 9), 1e-9);
	assert_false(dg->regressed);
	assert_true(t.c->regression);
	assert_double_near(t.c->overall.delta.v,
	    aft_round1(t.rn->overall.v) - aft_round1(t.ro->overall.v), 1e-9);
	two_fini(&t);
}

/* A principle with nothing applicable has no score, so no change. */
static void
test_null_scores(void **state)
{
	static const char all_nvt[] =
	    "service: {name: X}\n"
	    "answers:\n"
	    "  BT-G1: nvt\n  BT-G2: nvt\n  BT-G3: nvt\n  BT-G6: nvt\n"
	    "  BT-G7: nvt\n  BT-I1: nvt\n  BT-I3: nvt\n  BT-I4: nvt\n";
	const struct aft_catalog	*cat = *state;
	struct two			 t;

	two_init(&t, cat, "service: {name: X}\nanswers:\n  BT-G1: 4\n",
	    all_nvt);
	assert_true(t.c->pc[4].score.old.set);
	assert_false(t.c->pc[4].score.new.set);
	assert_false(t.c->pc[4].score.delta.set);
	assert_false(t.c->pc[4].regressed);
	assert_false(t.c->regression);
	two_fini(&t);
}

static void
test_json(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct two			 t;
	json_t				*j, *p, *cr;

	two_init(&t, cat, old_yaml, new_yaml);
	j = aft_json_compare(t.c, AFT_LANG_EN);
	assert_non_null(j);
	assert_true(json_is_true(json_object_get(j, "regression")));
	p = json_array_get(json_object_get(j, "principles"), 0);
	assert_string_equal(json_string_value(json_object_get(p, "id")),
	    "standaard-digitaal");
	assert_string_equal(json_string_value(json_object_get(p, "title")),
	    "Digital by default");
	assert_double_near(json_real_value(json_object_get(p, "delta")),
	    -16.6, 1e-9);
	assert_true(json_is_true(json_object_get(p, "regressed")));
	cr = json_array_get(json_object_get(j, "criteria"), 1);
	assert_string_equal(json_string_value(json_object_get(cr, "id")),
	    "SD-G2");
	assert_string_equal(json_string_value(json_object_get(cr, "change")),
	    "regressed");
	assert_string_equal(json_string_value(json_object_get(cr,
	    "old_level")), "volledig");
	assert_string_equal(json_string_value(json_object_get(cr,
	    "new_level")), "niet");
	assert_int_equal(json_integer_value(json_object_get(json_object_get(j,
	    "summary"), "added")), 2);
	assert_int_equal(json_array_size(json_object_get(json_object_get(j,
	    "attention"), "resolved")), 3);
	json_decref(j);
	two_fini(&t);
}

static void
test_text(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct two			 t;
	char				*buf = NULL;
	size_t				 len;
	FILE				*fp;

	two_init(&t, cat, old_yaml, new_yaml);
	fp = open_memstream(&buf, &len);
	assert_int_equal(aft_compare_write(fp, t.c, AFT_CMP_TEXT, AFT_LANG_EN,
	    false), AFT_OK);
	fclose(fp);
	assert_non_null(strstr(buf, "Digital by default      58.3    41.7"
	    "     -16.6\n"));
	assert_non_null(strstr(buf, "\nRegressed\n  SD-G2   volledig     -> "
	    "niet\n"));
	assert_non_null(strstr(buf, "  SD-G5   grotendeels  -> -\n"));
	assert_non_null(strstr(buf, "  SD-I1   nvt          -> beperkt\n"));
	free(buf);
	buf = NULL;
	fp = open_memstream(&buf, &len);
	assert_int_equal(aft_compare_write(fp, t.c, AFT_CMP_MARKDOWN,
	    AFT_LANG_NL, false), AFT_OK);
	fclose(fp);
	assert_non_null(strstr(buf, "| Standaard digitaal | 58,3 | 41,7 | "
	    "-16,6 |\n"));
	assert_non_null(strstr(buf, "| SD-G1 | beperkt | volledig | "
	    "verbeterd |\n"));
	free(buf);
	two_fini(&t);
}

/* A service of a portfolio with the score v[i] for principle i (< 0: null). */
static struct aft_svc
svc(struct aft_arena *a, const char *path, bool scored, enum aft_tri sig,
    const double *v, size_t n)
{
	struct aft_svc s = { .path = path, .scored = scored, .name = path,
	    .significant = sig };

	s.pr = aft_arena_calloc(a, n, sizeof(*s.pr));
	assert_non_null(s.pr);
	for (size_t i = 0; scored && i < n; i++) {
		s.pr[i].score.set = v[i] >= 0;
		s.pr[i].score.v = v[i];
		s.pr[i].band = v[i] >= 75 ? 0 : v[i] >= 50 ? 1 : 2;
	}
	s.overall.score.set = scored;
	s.overall.score.v = scored ? v[0] : 0;
	return s;
}

static void
test_portfolio(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_portfolio_change	*pc;
	struct aft_arena		 a;
	struct aft_svc			 old[5], new[5];
	size_t				 n = cat->nprinciples;
	static const double		 o_a[] = { 50, 40, 30, 20, 10 };
	static const double		 n_a[] = { 60, 40, 30, 20, 10 };
	static const double		 o_b[] = { 80, 80, 80, 80, 80 };
	static const double		 n_b[] = { 90, 70, 80, 80, -1 };
	static const double		 o_c[] = { 10, 10, 10, 10, 10 };
	static const double		 n_d[] = { 20, 20, 20, 20, 20 };
	static const double		 o_e[] = { 30, 30, 30, 30, 30 };

	assert_int_equal(n, 5);
	aft_arena_init(&a);
	/* Given out of order: the comparison sorts by path. */
	old[0] = svc(&a, "b.yaml", true, AFT_NO, o_b, n);
	old[1] = svc(&a, "a.yaml", true, AFT_UNKNOWN, o_a, n);
	old[2] = svc(&a, "c.yaml", true, AFT_NO, o_c, n);
	old[3] = svc(&a, "e.yaml", true, AFT_NO, o_e, n);
	old[4] = svc(&a, "x.yaml", false, AFT_NO, NULL, n);
	new[0] = svc(&a, "a.yaml", true, AFT_YES, n_a, n);
	new[1] = svc(&a, "d.yaml", true, AFT_NO, n_d, n);
	new[2] = svc(&a, "b.yaml", true, AFT_YES, n_b, n);
	/* Not scored now: neither paired nor gone. */
	new[3] = svc(&a, "e.yaml", false, AFT_NO, NULL, n);
	new[4] = svc(&a, "x.yaml", true, AFT_NO, n_d, n);
	assert_int_equal(aft_compare_portfolio(&pc, cat, old, 5, new, 5, &a),
	    AFT_OK);
	assert_int_equal(pc->nold, 4);
	assert_int_equal(pc->nnew, 4);
	assert_int_equal(pc->npaired, 2);
	assert_int_equal(pc->nunscored, 2);
	assert_string_equal(pc->paired[0].new->path, "a.yaml");
	assert_string_equal(pc->paired[1].new->path, "b.yaml");
	assert_int_equal(pc->nadded, 1);
	assert_string_equal(pc->added[0]->path, "d.yaml");
	assert_int_equal(pc->nremoved, 1);
	assert_string_equal(pc->removed[0]->path, "c.yaml");

	/* a: one principle up, none down; became significant from unknown. */
	assert_true(pc->paired[0].improved);
	assert_false(pc->paired[0].regressed);
	assert_true(pc->paired[0].newly_significant);
	assert_true(pc->paired[0].pr[0].d.delta.set);
	assert_true(fabs(pc->paired[0].pr[0].d.delta.v - 10.0) < 1e-9);
	/* b: one up and one down is a regression; a null has no change. */
	assert_true(pc->paired[1].regressed);
	assert_false(pc->paired[1].improved);
	assert_false(pc->paired[1].pr[4].d.delta.set);
	assert_int_equal(pc->paired[1].pr[1].old_band, 0);
	assert_int_equal(pc->paired[1].pr[1].new_band, 1);
	assert_int_equal(pc->nimproved, 1);
	assert_int_equal(pc->nregressed, 1);
	assert_int_equal(pc->nnewly_significant, 2);
	assert_true(pc->regression);

	/*
	 * Standaard digitaal over every scored service: old 80, 50, 10, 30
	 * (mean 42.5, median 40), new 60, 20, 90, 20 (mean 47.5, median 40).
	 */
	assert_true(fabs(pc->pr[0].mean.old.v - 42.5) < 1e-9);
	assert_true(fabs(pc->pr[0].mean.new.v - 47.5) < 1e-9);
	assert_true(fabs(pc->pr[0].mean.delta.v - 5.0) < 1e-9);
	assert_true(fabs(pc->pr[0].median.old.v - 40.0) < 1e-9);
	assert_true(fabs(pc->pr[0].median.new.v - 40.0) < 1e-9);
	assert_true(fabs(pc->pr[0].median.delta.v) < 1e-9);
	/* Betrouwbaar: the null of b now counts in no statistic. */
	assert_true(fabs(pc->pr[4].median.new.v - 20.0) < 1e-9);
	aft_arena_fini(&a);
}

/* Two empty folders compare to nothing, without a statistic. */
static void
test_portfolio_empty(void **state)
{
	struct aft_portfolio_change	*pc;
	struct aft_arena		 a;

	aft_arena_init(&a);
	assert_int_equal(aft_compare_portfolio(&pc, *state, NULL, 0, NULL, 0,
	    &a), AFT_OK);
	assert_int_equal(pc->npaired + pc->nadded + pc->nremoved, 0);
	assert_false(pc->overall.mean.old.set);
	assert_false(pc->overall.median.delta.set);
	assert_false(pc->regression);
	aft_arena_fini(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_changes),
		cmocka_unit_test(test_deltas),
		cmocka_unit_test(test_null_scores),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_portfolio),
		cmocka_unit_test(test_portfolio_empty),
	};

	return cmocka_run_group_tests_name("compare", tests,
	    setup_default_catalog, teardown_catalog);
}
