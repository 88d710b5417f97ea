/* Unit tests for src/gate.c: parsing gate options and judging results. */
#include "helpers.h"

#include "aftoets/gate.h"
#include "keep.h"
#include "aftoets/score.h"

static void
test_pct(void **state)
{
	static const struct { const char *in; int tenths; } ok[] = {
		{ "0",		0 },
		{ "60",		600 },
		{ "62.5",	625 },
		{ "62,5",	625 },
		{ "100",	1000 },
		{ "100.0",	1000 },
		{ "60%",	600 },
		{ "62.5%",	625 },
		{ "007",	70 },
		{ "60.50",	605 },
		{ "99.9",	999 },
		{ "0.1",	1 },
	};
	static const char *const bad[] = {
		"", "-1", "+5", "100.1", "101", "1000", "6 0", "60.", ".5",
		"60.55", "60.05", "abc", "60%%", "1e2", " 60", "60 ", "nan",
		"inf", "99999999999999999999", "50=", "0x10", "%",
	};
	int got;

	(void)state;
	for (size_t i = 0; i < NELEM(ok); i++) {
		got = -1;
		if (aft_gate_pct(ok[i].in, &got) != 0 || got != ok[i].tenths)
			fail_msg("'%s': got %d, expected %d", ok[i].in, got,
			    ok[i].tenths);
	}
	for (size_t i = 0; i < NELEM(bad); i++) {
		got = -7;
		if (aft_gate_pct(bad[i], &got) != -1 || got != -7)
			fail_msg("'%s' was accepted as %d", bad[i], got);
	}
}

static void
test_parse(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_gate			 g;
	struct aft_gate_error		 e;

	assert_int_equal(aft_gate_parse(&g, AFT_GATE_OVERALL, "59.9", cat,
	    &e), AFT_OK);
	assert_int_equal(g.kind, AFT_GATE_OVERALL);
	assert_int_equal(g.tenths, 599);

	assert_int_equal(aft_gate_parse(&g, AFT_GATE_OVERALL, "60 %", cat,
	    &e), AFT_EINPUT);
	assert_int_equal(e.what, AFT_GATE_E_PCT);

	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE,
	    "datagedreven=50", cat, &e), AFT_OK);
	assert_int_equal(g.kind, AFT_GATE_PRINCIPLE);
	assert_int_equal(g.principle, 3);
	assert_string_equal(g.p->id, "datagedreven");
	assert_int_equal(g.tenths, 500);

	/* Ids match in any case; the catalog's spelling is kept. */
	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE,
	    "Standaard-Digitaal=12,5", cat, &e), AFT_OK);
	assert_int_equal(g.principle, 0);
	assert_string_equal(g.p->id, "standaard-digitaal");
	assert_int_equal(g.tenths, 125);

	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE,
	    "datagedrevn=50", cat, &e), AFT_EINPUT);
	assert_int_equal(e.what, AFT_GATE_E_ID);
	assert_int_equal(e.idlen, 11);
	assert_memory_equal(e.id, "datagedrevn", 11);
	assert_non_null(e.nearest);
	assert_string_equal(e.nearest, "datagedreven");

	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE,
	    "betrouwbar=50", cat, &e), AFT_EINPUT);
	assert_string_equal(e.nearest, "betrouwbaar");

	/* Nothing near: no suggestion. */
	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE, "xyz=50",
	    cat, &e), AFT_EINPUT);
	assert_int_equal(e.what, AFT_GATE_E_ID);
	assert_null(e.nearest);

	/* An id longer than any buffer is unknown, not a crash. */
	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE,
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=5", cat, &e),
	    AFT_EINPUT);
	assert_int_equal(e.what, AFT_GATE_E_ID);
	assert_null(e.nearest);

	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE,
	    "datagedreven", cat, &e), AFT_EINPUT);
	assert_int_equal(e.what, AFT_GATE_E_SPEC);
	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE, "=50", cat,
	    &e), AFT_EINPUT);
	assert_int_equal(e.what, AFT_GATE_E_SPEC);
	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE,
	    "datagedreven=", cat, &e), AFT_EINPUT);
	assert_int_equal(e.what, AFT_GATE_E_PCT);
	assert_int_equal(aft_gate_parse(&g, AFT_GATE_PRINCIPLE,
	    "datagedreven=101", cat, &e), AFT_EINPUT);
	assert_int_equal(e.what, AFT_GATE_E_PCT);

	assert_int_equal(aft_gate_parse(&g, AFT_GATE_COMPLETE, NULL, cat,
	    &e), AFT_OK);
	assert_int_equal(g.kind, AFT_GATE_COMPLETE);
}

static void
add(struct aft_gates *g, const struct aft_catalog *cat,
    enum aft_gate_kind kind, const char *arg)
{
	struct aft_gate		gate;
	struct aft_gate_error	e;

	assert_int_equal(aft_gate_parse(&gate, kind, arg, cat, &e), AFT_OK);
	assert_int_equal(aft_gates_add(g, &gate), AFT_OK);
}

/* Fails unless aft_gate_write_spec() writes want for g. */
static void
assert_spec(const struct aft_gate *g, const char *want)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	assert_int_equal(aft_gate_write_spec(fp, g), 0);
	assert_int_equal(fclose(fp), 0);
	if (strcmp(buf, want) != 0) {
		fprintf(stderr, "    spec: %s\n", buf);
		free(buf);
		fail_msg("expected %s", want);
	}
	free(buf);
}

static void
test_add_order(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_gates		 g;

	aft_gates_init(&g);
	add(&g, cat, AFT_GATE_COMPLETE, NULL);
	add(&g, cat, AFT_GATE_PRINCIPLE, "betrouwbaar=40");
	add(&g, cat, AFT_GATE_OVERALL, "50");
	add(&g, cat, AFT_GATE_PRINCIPLE, "gebruiker-centraal=70");
	/* Later options replace earlier ones of the same gate. */
	add(&g, cat, AFT_GATE_PRINCIPLE, "BETROUWBAAR=62.5");
	add(&g, cat, AFT_GATE_OVERALL, "55");
	add(&g, cat, AFT_GATE_COMPLETE, NULL);
	assert_int_equal(g.n, 4);
	assert_spec(&g.v[0], "fail-under=55");
	assert_spec(&g.v[1], "fail-under-principle=gebruiker-centraal=70");
	assert_spec(&g.v[2], "fail-under-principle=betrouwbaar=62.5");
	assert_spec(&g.v[3], "require-complete");
	assert_string_equal(aft_gate_name(&g.v[0]), "fail-under");
	assert_string_equal(aft_gate_name(&g.v[1]), "fail-under-principle");
	assert_string_equal(aft_gate_name(&g.v[3]), "require-complete");
	aft_gates_fini(&g);
	aft_gates_fini(&g);	/* twice is harmless */
}

/* A result with the given overall score and nothing else, by hand. */
struct fake {
	struct aft_result		res;
	struct aft_principle_result	pr[5];
	struct aft_arena		arena;
	struct aft_gates		gates;
};

static void
fake_init(struct fake *f, const struct aft_catalog *cat, bool set,
    double overall)
{
	memset(f, 0, sizeof(*f));
	f->res.cat = cat;
	f->res.pr = f->pr;
	f->res.npr = cat->nprinciples;
	f->res.overall.set = set;
	f->res.overall.v = overall;
	f->res.total = cat->ncriteria;
	f->res.answered = cat->ncriteria;
	aft_arena_init(&f->arena);
	aft_gates_init(&f->gates);
}

static void
fake_fini(struct fake *f)
{
	aft_gates_fini(&f->gates);
	aft_arena_fini(&f->arena);
}

/* Scores are judged as reported: rounded half away from zero to 0.1. */
static void
test_rounding(void **state)
{
	const struct aft_catalog *cat = *state;
	static const struct {
		double	score;
		bool	passed;
		double	actual, missed;
	} v[] = {
		{ 60.0,		true,	60.0,	0.0 },
		{ 59.95,	true,	60.0,	0.0 },	/* shown as 60.0 */
		{ 59.9499,	false,	59.9,	0.1 },
		{ 59.9,		false,	59.9,	0.1 },
		{ 100.0,	true,	100.0,	0.0 },
		{ 0.0,		false,	0.0,	60.0 },
		{ 23.6363,	false,	23.6,	36.4 },
		/* A hair below 60, as a quotient can come out. */
		{ 100.0 * 0.6 - 1e-13,	true,	60.0,	0.0 },
	};

	char buf[128];

	for (size_t i = 0; i < NELEM(v); i++) {
		struct fake f;

		fake_init(&f, cat, true, v[i].score);
		add(&f.gates, cat, AFT_GATE_OVERALL, "60");
		assert_int_equal(aft_gates_eval(&f.res, &f.gates, &f.arena),
		    AFT_OK);
		assert_int_equal(f.res.ngates, 1);
		if (f.res.gates[0].passed != v[i].passed)
			fail_msg("%.17g: passed %d, expected %d", v[i].score,
			    f.res.gates[0].passed, v[i].passed);
		assert_true(f.res.gates[0].actual.set);
		assert_double_near(f.res.gates[0].actual.v, v[i].actual, 1e-9);
		assert_true(f.res.gates[0].missed_by.set);
		assert_double_near(f.res.gates[0].missed_by.v, v[i].missed,
		    1e-9);
		assert_double_near(f.res.gates[0].threshold, 60.0, 1e-9);
		assert_int_equal(aft_gates_failed(&f.res), v[i].passed ? 0 : 1);
		assert_string_equal(aft_fmt_gates_count(buf, sizeof(buf),
		    &f.res, AFT_LANG_EN), v[i].passed ? "all 1 passed" :
		    "1 of 1 failed");
		fake_fini(&f);
	}
}

static void
test_null_score(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct fake			 f;
	char				 buf[256];

	fake_init(&f, cat, false, 0);
	add(&f.gates, cat, AFT_GATE_OVERALL, "0");
	add(&f.gates, cat, AFT_GATE_PRINCIPLE, "betrouwbaar=0");
	assert_int_equal(aft_gates_eval(&f.res, &f.gates, &f.arena), AFT_OK);
	/* No score cannot meet even a threshold of 0. */
	for (size_t i = 0; i < 2; i++) {
		assert_false(f.res.gates[i].passed);
		assert_false(f.res.gates[i].actual.set);
		assert_false(f.res.gates[i].missed_by.set);
	}
	assert_int_equal(aft_gates_failed(&f.res), 2);
	assert_string_equal(aft_fmt_gate(buf, sizeof(buf), &f.res.gates[1],
	    AFT_LANG_EN), "Trustworthy has no score (all n/a), threshold 0.0");
	assert_string_equal(aft_fmt_gate(buf, sizeof(buf), &f.res.gates[0],
	    AFT_LANG_NL), "Totaal zonder score (alles n.v.t.), drempel 0,0");
	fake_fini(&f);
}

static void
test_no_gates(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct fake			 f;

	fake_init(&f, cat, true, 10);
	assert_int_equal(aft_gates_eval(&f.res, &f.gates, &f.arena), AFT_OK);
	assert_null(f.res.gates);
	assert_int_equal(f.res.ngates, 0);
	assert_int_equal(aft_gates_failed(&f.res), 0);
	fake_fini(&f);
}

/*
 * A real file: Standaard digitaal in full, Betrouwbaar all nvt, the
 * rest unanswered.  Principles 100, 0, 0, 0 and null: overall 25.0;
 * 7 answered and 8 nvt of 43.
 */
static const char partial_yaml[] =
    "service:\n"
    "  name: Partial\n"
    "answers:\n"
    "  SD-G1: volledig\n  SD-G2: volledig\n  SD-G3: volledig\n"
    "  SD-G5: volledig\n  SD-I1: volledig\n  SD-I3: volledig\n"
    "  SD-I4: volledig\n"
    "  BT-G1: nvt\n  BT-G2: nvt\n  BT-G3: nvt\n  BT-G6: nvt\n"
    "  BT-G7: nvt\n  BT-I1: nvt\n  BT-I3: nvt\n  BT-I4: nvt\n";

static void
test_real_result(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;
	struct aft_result		*res = NULL;
	struct aft_gates		 g;
	const struct aft_gate_result	*v;
	char				 buf[256];

	assert_rc(&r.d, ans_read(&r, cat, partial_yaml), AFT_OK);
	assert_int_equal(aft_score(&res, cat, r.ans, &r.arena), AFT_OK);
	assert_double_near(res->overall.v, 25.0, 1e-9);
	aft_gates_init(&g);
	add(&g, cat, AFT_GATE_OVERALL, "25");
	add(&g, cat, AFT_GATE_PRINCIPLE, "standaard-digitaal=100");
	add(&g, cat, AFT_GATE_PRINCIPLE, "datagedreven=0.1");
	add(&g, cat, AFT_GATE_PRINCIPLE, "betrouwbaar=10");
	add(&g, cat, AFT_GATE_COMPLETE, NULL);
	assert_int_equal(aft_gates_eval(res, &g, &r.arena), AFT_OK);
	assert_int_equal(res->ngates, 5);
	v = res->gates;

	assert_true(v[0].passed);
	assert_double_near(v[0].actual.v, 25.0, 1e-9);
	assert_double_near(v[0].missed_by.v, 0.0, 1e-9);
	assert_true(v[1].passed);
	assert_double_near(v[1].actual.v, 100.0, 1e-9);
	assert_false(v[2].passed);
	assert_double_near(v[2].actual.v, 0.0, 1e-9);
	assert_double_near(v[2].missed_by.v, 0.1, 1e-9);
	assert_false(v[3].passed);
	assert_false(v[3].actual.set);
	assert_false(v[4].passed);
	assert_double_near(v[4].threshold, 43, 1e-9);
	assert_double_near(v[4].actual.v, 15, 1e-9);
	assert_double_near(v[4].missed_by.v, 28, 1e-9);
	assert_int_equal(aft_gates_failed(res), 3);
	assert_string_equal(aft_fmt_gates_count(buf, sizeof(buf), res,
	    AFT_LANG_EN), "3 of 5 failed");
	assert_string_equal(aft_fmt_gates_count(buf, sizeof(buf), res,
	    AFT_LANG_NL), "3 van 5 niet gehaald");

	assert_string_equal(aft_fmt_gate(buf, sizeof(buf), &v[0],
	    AFT_LANG_EN), "Overall 25.0, threshold 25.0");
	assert_string_equal(aft_fmt_gate(buf, sizeof(buf), &v[2],
	    AFT_LANG_EN), "Data-driven 0.0, threshold 0.1: missed by 0.1");
	assert_string_equal(aft_fmt_gate(buf, sizeof(buf), &v[2],
	    AFT_LANG_NL), "Datagedreven 0,0, drempel 0,1: 0,1 te laag");
	assert_string_equal(aft_fmt_gate(buf, sizeof(buf), &v[4],
	    AFT_LANG_EN),
	    "Completeness 15 of 43 criteria answered: 28 not answered");
	assert_string_equal(aft_fmt_gate(buf, sizeof(buf), &v[4],
	    AFT_LANG_NL),
	    "Volledigheid 15 van 43 criteria beantwoord: 28 niet beantwoord");

	/* A copy kept past the input's arena has its own evaluations. */
	{
		struct aft_arena	 keep;
		struct aft_result	*copy = NULL;

		aft_arena_init(&keep);
		assert_int_equal(aft_result_dup(&copy, res, &keep), AFT_OK);
		assert_int_equal(copy->ngates, 5);
		assert_ptr_not_equal(copy->gates, res->gates);
		assert_memory_equal(copy->gates, res->gates,
		    5 * sizeof(*copy->gates));
		aft_arena_fini(&keep);
	}

	/* Judging again replaces the earlier evaluation. */
	aft_gates_fini(&g);
	add(&g, cat, AFT_GATE_COMPLETE, NULL);
	assert_int_equal(aft_gates_eval(res, &g, &r.arena), AFT_OK);
	assert_int_equal(res->ngates, 1);
	assert_int_equal(aft_gates_failed(res), 1);
	aft_gates_fini(&g);
	ans_read_fini(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pct),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_add_order),
		cmocka_unit_test(test_rounding),
		cmocka_unit_test(test_null_score),
		cmocka_unit_test(test_no_gates),
		cmocka_unit_test(test_real_result),
	};

	return cmocka_run_group_tests_name("gate", tests,
	    setup_default_catalog, teardown_catalog);
}
