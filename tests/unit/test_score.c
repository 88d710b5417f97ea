/*
 * Scoring and significance (SPEC section 4) over a small catalog whose
 * weights the tests choose.
 */
#include "helpers.h"

#include "aftoets/report.h"
#include "aftoets/score.h"

#define TEXT	"{nl: t, en: t}"
#define CR(id, kind, w)							\
	"      - {id: " id ", kind: " kind ", weight: " w ", text: " TEXT \
	", guidance: " TEXT ",\n"				\
	"         practice: {niet: " TEXT ", beperkt: " TEXT ", half: " TEXT \
	", veel: " TEXT ", vol: " TEXT "}}\n"
#define PRINCIPLE(id)							\
	"  - id: " id "\n"						\
	"    title: " TEXT "\n"						\
	"    criteria:\n"

/*
 * p1: weights 1, 2 (user) and 1 (inclusion).  p2: answered nvt in the
 * tests, so null.  p3: user criteria only.  p4: for the order of the
 * points of attention.
 */
#define SCORE_CATALOG(budget, users)					\
	"catalog: {id: score-test, version: '1', title: " TEXT "}\n"	\
	"threshold: {budget_eur: " budget ", users: " users "}\n"	\
	"scale:\n"							\
	"  levels:\n"							\
	"    - {id: niet, points: 0, label: " TEXT "}\n"		\
	"    - {id: beperkt, points: 1, label: " TEXT "}\n"		\
	"    - {id: half, points: 2, label: " TEXT "}\n"		\
	"    - {id: veel, points: 3, label: " TEXT "}\n"		\
	"    - {id: vol, points: 4, label: " TEXT "}\n"		\
	"  not_applicable: {id: nvt, label: " TEXT "}\n"		\
	"bands:\n"							\
	"  - {id: sterk, min: 75, label: " TEXT "}\n"			\
	"  - {id: op-weg, min: 50, label: " TEXT "}\n"		\
	"  - {id: aandacht, min: 0, label: " TEXT "}\n"		\
	"principles:\n"							\
	PRINCIPLE("p1")							\
	CR("A1", "user", "1")						\
	CR("A2", "user", "2")						\
	CR("A3", "inclusion", "1")					\
	PRINCIPLE("p2")							\
	CR("B1", "user", "1")						\
	CR("B2", "inclusion", "1")					\
	PRINCIPLE("p3")							\
	CR("C1", "user", "1")						\
	CR("C2", "user", "1")						\
	PRINCIPLE("p4")							\
	CR("D1", "user", "1")						\
	CR("D2", "user", "1")						\
	CR("D3", "user", "3")						\
	CR("D4", "user", "1")						\
	CR("D5", "inclusion", "2")

#define EPS	1e-9

enum { BAND_STERK, BAND_OPWEG, BAND_AANDACHT };

static int
setup_score_catalog(void **state)
{
	static const char	 yaml[] = SCORE_CATALOG("500000", "100000");
	struct aft_catalog	*cat;
	struct aft_diags	 d;

	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, load_catalog_str(&cat, yaml, &d), AFT_OK);
	assert_int_equal(d.n, 0);
	aft_diags_fini(&d);
	*state = cat;
	return 0;
}

/* Reads answers and scores them; the caller finishes r. */
static const struct aft_result *
score_yaml(struct ans_read *r, const struct aft_catalog *cat,
    const char *yaml)
{
	struct aft_result *res = NULL;

	if (ans_read(r, cat, yaml) != AFT_OK) {
		diags_print(&r->d);
		fail_msg("status %d for:\n%s", r->rc, yaml);
	}
	assert_int_equal(aft_score(&res, cat, r->ans, &r->arena), AFT_OK);
	assert_non_null(res);
	assert_ptr_equal(res->cat, cat);
	assert_ptr_equal(res->ans, r->ans);
	assert_int_equal(res->npr, cat->nprinciples);
	return res;
}

static void
check_opt(struct aft_opt o, bool set, double v, const char *what)
{
	if (o.set != set)
		fail_msg("%s: set = %d, expected %d", what, o.set, set);
	if (set && fabs(o.v - v) > EPS)
		fail_msg("%s = %.17g, expected %.17g", what, o.v, v);
}

static void
check_idx(const size_t *got, size_t ngot, const size_t *want, size_t nwant,
    const char *what)
{
	if (ngot != nwant)
		fail_msg("%s: %zu entries, expected %zu", what, ngot, nwant);
	for (size_t i = 0; i < nwant; i++)
		if (got[i] != want[i])
			fail_msg("%s[%zu] = %zu, expected %zu", what, i,
			    got[i], want[i]);
}

static const char mixed[] =
    "service: {name: S}\n"
    "answers:\n"
    "  A1: beperkt\n"
    "  A2: half\n"
    "  A3: vol\n"
    "  B1: {level: nvt, motivation: m}\n"
    "  B2: {level: nvt, motivation: m}\n"
    "  C1: vol\n"
    "  C2: half\n"
    "  D1: niet\n"
    "  D3: beperkt\n"
    "  D4: vol\n"
    "  D5: niet\n";

static void
test_weighted_principle(void **state)
{
	static const size_t strengths[] = { 2 }, attention[] = { 0 };
	static const double f[] = { 0.25, 0.5, 1 };
	static const double gain[] = { 18.75, 25, 0 };
	const struct aft_catalog		*cat = *state;
	const struct aft_principle_result	*pr;
	struct ans_read				 r;

	pr = &score_yaml(&r, cat, mixed)->pr[0];
	assert_string_equal(pr->p->id, "p1");
	/* 100 (1 x 0.25 + 2 x 0.5) / 3; 100 (1 x 1) / 1. */
	check_opt(pr->user, true, 125.0 / 3, "p1 user");
	check_opt(pr->inclusion, true, 100, "p1 inclusion");
	/* 100 (0.25 + 1 + 1) / 4 */
	check_opt(pr->score, true, 56.25, "p1 score");
	assert_int_equal(pr->band, BAND_OPWEG);
	assert_int_equal(pr->applicable, 3);
	assert_int_equal(pr->answered, 3);
	assert_int_equal(pr->nvt, 0);
	assert_int_equal(pr->ncrit, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_ptr_equal(pr->crit[i].c, &pr->p->criteria[i]);
		assert_int_equal(pr->crit[i].status, AFT_ANSWERED);
		assert_double_near(pr->crit[i].f, f[i], EPS);
		assert_double_near(pr->crit[i].gain, gain[i], EPS);
		assert_int_equal(pr->crit[i].strength, f[i] == 1);
		assert_int_equal(pr->crit[i].attention, f[i] < 0.5);
	}
	/* f = 0.5 is not a point of attention; f = 1 is a strength. */
	check_idx(pr->strengths, pr->nstrengths, strengths, 1, "strengths");
	check_idx(pr->attention, pr->nattention, attention, 1, "attention");
	ans_read_fini(&r);
}

static void
test_null_principle(void **state)
{
	const struct aft_catalog		*cat = *state;
	const struct aft_principle_result	*pr;
	struct ans_read				 r;

	pr = &score_yaml(&r, cat, mixed)->pr[1];
	assert_string_equal(pr->p->id, "p2");
	check_opt(pr->score, false, 0, "p2 score");
	check_opt(pr->user, false, 0, "p2 user");
	check_opt(pr->inclusion, false, 0, "p2 inclusion");
	assert_int_equal(pr->applicable, 0);
	assert_int_equal(pr->answered, 0);
	assert_int_equal(pr->nvt, 2);
	assert_int_equal(pr->nstrengths, 0);
	assert_int_equal(pr->nattention, 0);
	for (size_t i = 0; i < pr->ncrit; i++) {
		assert_int_equal(pr->crit[i].status, AFT_NVT);
		assert_double_near(pr->crit[i].f, 0, 0);
		assert_double_near(pr->crit[i].gain, 0, 0);
		assert_false(pr->crit[i].strength);
		assert_false(pr->crit[i].attention);
	}
	ans_read_fini(&r);
}

static void
test_user_only_principle(void **state)
{
	static const size_t strengths[] = { 0 };
	const struct aft_catalog		*cat = *state;
	const struct aft_principle_result	*pr;
	struct ans_read				 r;

	pr = &score_yaml(&r, cat, mixed)->pr[2];
	assert_string_equal(pr->p->id, "p3");
	check_opt(pr->user, true, 75, "p3 user");
	check_opt(pr->inclusion, false, 0, "p3 inclusion");
	check_opt(pr->score, true, 75, "p3 score");
	assert_int_equal(pr->band, BAND_STERK);	/* 75 reaches sterk */
	check_idx(pr->strengths, pr->nstrengths, strengths, 1, "strengths");
	assert_int_equal(pr->nattention, 0);
	assert_double_near(pr->crit[0].gain, 0, EPS);
	assert_double_near(pr->crit[1].gain, 25, EPS);
	ans_read_fini(&r);
}

static void
test_attention_order(void **state)
{
	/*
	 * Weights 1, 1, 3, 1 (user) and 2 (inclusion), sum 8.  Gains:
	 * D1 niet 12.5, D2 unanswered 12.5, D3 beperkt 28.125, D4 vol 0,
	 * D5 niet 25.  Attention by gain, ties in catalog order.
	 */
	static const size_t attention[] = { 2, 4, 0, 1 }, strengths[] = { 3 };
	static const double gain[] = { 12.5, 12.5, 28.125, 0, 25 };
	static const enum aft_status status[] = { AFT_ANSWERED,
	    AFT_UNANSWERED, AFT_ANSWERED, AFT_ANSWERED, AFT_ANSWERED };
	const struct aft_catalog		*cat = *state;
	const struct aft_principle_result	*pr;
	struct ans_read				 r;

	pr = &score_yaml(&r, cat, mixed)->pr[3];
	assert_string_equal(pr->p->id, "p4");
	check_opt(pr->user, true, 100 * 1.75 / 6, "p4 user");
	check_opt(pr->inclusion, true, 0, "p4 inclusion");
	check_opt(pr->score, true, 21.875, "p4 score");
	assert_int_equal(pr->band, BAND_AANDACHT);
	assert_int_equal(pr->applicable, 5);
	assert_int_equal(pr->answered, 4);
	for (size_t i = 0; i < 5; i++) {
		assert_int_equal(pr->crit[i].status, status[i]);
		assert_double_near(pr->crit[i].gain, gain[i], EPS);
	}
	/* Unanswered scores 0 and is a point of attention, not a strength. */
	assert_double_near(pr->crit[1].f, 0, 0);
	assert_true(pr->crit[1].attention);
	assert_false(pr->crit[1].strength);
	check_idx(pr->attention, pr->nattention, attention, 4, "attention");
	check_idx(pr->strengths, pr->nstrengths, strengths, 1, "strengths");
	ans_read_fini(&r);
}

static void
test_overall(void **state)
{
	const struct aft_catalog	*cat = *state;
	const struct aft_result		*res;
	struct ans_read			 r;

	res = score_yaml(&r, cat, mixed);
	/* The unweighted mean of p1, p3 and p4; p2 is null and left out. */
	check_opt(res->overall, true, (56.25 + 75 + 21.875) / 3, "overall");
	assert_int_equal(res->band, BAND_OPWEG);
	assert_double_near(aft_round1(res->overall.v), 51.0, EPS);
	assert_int_equal(res->total, 12);
	assert_int_equal(res->answered, 11);	/* nvt counts */
	ans_read_fini(&r);
}

static void
test_extremes(void **state)
{
	static const char all_nvt[] =
	    "service: {name: S}\n"
	    "answers:\n"
	    "  A1: nvt\n  A2: nvt\n  A3: nvt\n  B1: nvt\n  B2: nvt\n"
	    "  C1: nvt\n  C2: nvt\n  D1: nvt\n  D2: nvt\n  D3: nvt\n"
	    "  D4: nvt\n  D5: nvt\n";
	static const char all_full[] =
	    "service: {name: S}\n"
	    "answers:\n"
	    "  A1: 4\n  A2: 4\n  A3: 4\n  B1: 4\n  B2: 4\n"
	    "  C1: 4\n  C2: 4\n  D1: 4\n  D2: 4\n  D3: 4\n"
	    "  D4: 4\n  D5: 4\n";
	static const double p4gain[] = { 12.5, 12.5, 37.5, 12.5, 25 };
	static const size_t p4att[] = { 2, 4, 0, 1, 3 };
	const struct aft_catalog	*cat = *state;
	const struct aft_result		*res;
	struct ans_read			 r;

	/* Everything nvt: every score null, the overall score too. */
	res = score_yaml(&r, cat, all_nvt);
	check_opt(res->overall, false, 0, "overall");
	for (size_t i = 0; i < res->npr; i++) {
		check_opt(res->pr[i].score, false, 0, "score");
		assert_int_equal(res->pr[i].nattention, 0);
	}
	assert_int_equal(res->answered, 12);
	ans_read_fini(&r);

	/* Nothing answered: every score 0, everything a point of attention. */
	res = score_yaml(&r, cat, "service: {name: S}\n");
	check_opt(res->overall, true, 0, "overall");
	assert_int_equal(res->band, BAND_AANDACHT);
	assert_int_equal(res->answered, 0);
	for (size_t i = 0; i < res->npr; i++) {
		check_opt(res->pr[i].score, true, 0, "score");
		assert_int_equal(res->pr[i].band, BAND_AANDACHT);
		assert_int_equal(res->pr[i].nstrengths, 0);
		assert_int_equal(res->pr[i].nattention, res->pr[i].ncrit);
	}
	for (size_t i = 0; i < 5; i++)
		assert_double_near(res->pr[3].crit[i].gain, p4gain[i], EPS);
	check_idx(res->pr[3].attention, res->pr[3].nattention, p4att, 5,
	    "attention");
	/* p1: A2 (weight 2, gain 50) before A1 and A3 (25 each). */
	assert_int_equal(res->pr[0].attention[0], 1);
	assert_int_equal(res->pr[0].attention[1], 0);
	assert_int_equal(res->pr[0].attention[2], 2);
	ans_read_fini(&r);

	/* Everything in full: 100 everywhere, all strengths. */
	res = score_yaml(&r, cat, all_full);
	check_opt(res->overall, true, 100, "overall");
	assert_int_equal(res->band, BAND_STERK);
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		check_opt(pr->score, true, 100, "score");
		assert_int_equal(pr->nstrengths, pr->ncrit);
		assert_int_equal(pr->nattention, 0);
		for (size_t j = 0; j < pr->nstrengths; j++)
			assert_int_equal(pr->strengths[j], j);
	}
	ans_read_fini(&r);
}

static void
test_round1(void **state)
{
	static const struct {
		double	in, out;
	} t[] = {
		{ 0.05,		0.1 },
		{ 0.25,		0.3 },
		{ 0.15,		0.2 },
		{ 0.95,		1.0 },
		{ 12.35,	12.4 },
		{ 87.45,	87.5 },
		{ 62.5,		62.5 },
		{ 56.25,	56.3 },
		{ 21.875,	21.9 },
		{ 6.25,		6.3 },
		{ 68.75,	68.8 },
		{ 81.25,	81.3 },
		{ 99.95,	100.0 },
		{ 100.0 / 3,	33.3 },
		{ 200.0 / 3,	66.7 },
		{ 0.04,		0.0 },
		{ 0.049,	0.0 },
		{ 0,		0 },
		{ 100,		100 },
		{ -0.05,	-0.1 },
		{ -12.35,	-12.4 },
		{ -0.25,	-0.3 },
		{ -62.5,	-62.5 },
		{ -0.04,	0 },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		double got = aft_round1(t[i].in);

		if (fabs(got - t[i].out) > EPS)
			fail_msg("aft_round1(%.17g) = %.17g, expected %g",
			    t[i].in, got, t[i].out);
	}
}

/* Scores as reports print them: one decimal, comma in Dutch, no "-0,0". */
static void
test_fmt_score(void **state)
{
	static const struct {
		double		 in;
		const char	*en, *nl;
	} t[] = {
		{ 0,		"0.0",		"0,0" },
		{ -0.0,		"0.0",		"0,0" },
		{ -0.04,	"0.0",		"0,0" },
		{ -0.05,	"-0.1",		"-0,1" },
		{ 0.05,		"0.1",		"0,1" },
		{ 12.35,	"12.4",		"12,4" },
		{ 100.0 / 3,	"33.3",		"33,3" },
		{ 99.95,	"100.0",	"100,0" },
		{ 100,		"100.0",	"100,0" },
		{ -62.5,	"-62.5",	"-62,5" },
		{ 1234567.89,	"1234567.9",	"1234567,9" },
		{ INFINITY,	"inf",		"inf" },
	};
	char buf[AFT_NUMBUF];

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		assert_string_equal(aft_fmt_score(buf, t[i].in, AFT_LANG_EN),
		    t[i].en);
		assert_string_equal(aft_fmt_score(buf, t[i].in, AFT_LANG_NL),
		    t[i].nl);
	}
}

/*
 * Chart coordinates: what "%.1f" writes, also at the midway points
 * (0.25 is exact in binary and goes to even), without "-0.0"; and the
 * same as printf for a spread of values, chart-sized and larger.
 */
static void
test_fmt_fixed1(void **state)
{
	static const struct {
		double		 in;
		const char	*out;
	} t[] = {
		{ 0,		"0.0" },
		{ -0.0,		"0.0" },
		{ -0.04,	"0.0" },
		{ -0.06,	"-0.1" },
		{ 0.25,		"0.2" },
		{ 0.35,		"0.3" },	/* 0.34999... in binary */
		{ 0.75,		"0.8" },
		{ 199.96,	"200.0" },
		{ -153.27,	"-153.3" },
		{ 1e20,		"100000000000000000000.0" },
		{ NAN,		"nan" },
	};
	char	buf[AFT_NUMBUF], want[AFT_NUMBUF];
	double	v = 0.001;

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++)
		assert_string_equal(aft_fmt_fixed1(buf, t[i].in), t[i].out);
	for (unsigned i = 0; i < 200000; i++) {
		v = fmod(v * 7.31 + 0.123457, 900.0) - 450.0;
		snprintf(want, sizeof(want), "%.1f", v);
		if (strcmp(want, "-0.0") == 0)
			strcpy(want, "0.0");
		assert_string_equal(aft_fmt_fixed1(buf, v), want);
		snprintf(want, sizeof(want), "%.1f", (double)i / 20);
		assert_string_equal(aft_fmt_fixed1(buf, (double)i / 20), want);
	}
}

struct sig_case {
	bool		has_budget;
	double		budget;
	bool		has_users;
	double		users;
	enum aft_tri	significant, budget_exceeds, users_exceeds;
};

static void
check_sig(const struct aft_catalog *cat, const struct sig_case *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct aft_service	svc;
		struct aft_significance	sig;

		memset(&svc, 0, sizeof(svc));
		svc.name = "S";
		svc.has_budget = t[i].has_budget;
		svc.budget_eur = t[i].budget;
		svc.has_users = t[i].has_users;
		svc.users = t[i].users;
		memset(&sig, 0xff, sizeof(sig));
		aft_significance(&sig, cat, &svc);
		if (sig.significant != t[i].significant ||
		    sig.budget_exceeds != t[i].budget_exceeds ||
		    sig.users_exceeds != t[i].users_exceeds)
			fail_msg("case %zu (budget %s%.2f, users %s%.0f): "
			    "%d/%d/%d, expected %d/%d/%d", i,
			    t[i].has_budget ? "" : "none ", t[i].budget,
			    t[i].has_users ? "" : "none ", t[i].users,
			    sig.significant, sig.budget_exceeds,
			    sig.users_exceeds, t[i].significant,
			    t[i].budget_exceeds, t[i].users_exceeds);
	}
}

static void
test_significance(void **state)
{
	static const struct sig_case t[] = {
		/* Strictly over: the thresholds themselves are not. */
		{ true, 500000,    true, 1000,   AFT_NO,  AFT_NO,  AFT_NO },
		{ true, 500000.01, true, 1000,   AFT_YES, AFT_YES, AFT_NO },
		{ true, 0,         true, 100000, AFT_NO,  AFT_NO,  AFT_NO },
		{ true, 0,         true, 100001, AFT_YES, AFT_NO,  AFT_YES },
		{ true, 750000,    true, 120000, AFT_YES, AFT_YES, AFT_YES },
		/* A missing value makes a "no" unknown, never a "yes". */
		{ false, 0,        true, 50000,
		    AFT_UNKNOWN, AFT_UNKNOWN, AFT_NO },
		{ true, 600000,    false, 0,
		    AFT_YES, AFT_YES, AFT_UNKNOWN },
		{ true, 500000,    false, 0,
		    AFT_UNKNOWN, AFT_NO, AFT_UNKNOWN },
		{ false, 0,        true, 100001,
		    AFT_YES, AFT_UNKNOWN, AFT_YES },
		{ false, 0,        false, 0,
		    AFT_UNKNOWN, AFT_UNKNOWN, AFT_UNKNOWN },
	};

	check_sig(*state, t, NELEM(t));
}

static void
test_significance_thresholds_from_catalog(void **state)
{
	static const char	yaml[] = SCORE_CATALOG("1000", "10");
	static const struct sig_case t[] = {
		{ true, 1000,    true, 10, AFT_NO,  AFT_NO,  AFT_NO },
		{ true, 1000.5,  true, 10, AFT_YES, AFT_YES, AFT_NO },
		{ true, 0,       true, 11, AFT_YES, AFT_NO,  AFT_YES },
	};
	struct aft_catalog	*cat;
	struct aft_diags	 d;

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, load_catalog_str(&cat, yaml, &d), AFT_OK);
	assert_double_near(cat->threshold_budget, 1000, 0);
	assert_double_near(cat->threshold_users, 10, 0);
	check_sig(cat, t, NELEM(t));
	aft_catalog_free(cat);
	aft_diags_fini(&d);
}

static void
test_significance_from_answers(void **state)
{
	static const struct {
		const char	*service;
		enum aft_tri	 significant;
	} t[] = {
		{ "{name: S, budget_eur: '\xE2\x82\xAC 500.000', "
		    "users: 100000}",			AFT_NO },
		{ "{name: S, budget_eur: '\xE2\x82\xAC 500.000,01', "
		    "users: 100000}",			AFT_YES },
		{ "{name: S, budget_eur: 500000.01}",	AFT_YES },
		{ "{name: S, users: '100.001'}",	AFT_YES },
		{ "{name: S, users: 50000}",		AFT_UNKNOWN },
		{ "{name: S}",				AFT_UNKNOWN },
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(t); i++) {
		char			 yaml[256];
		struct ans_read		 r;
		const struct aft_result	*res;

		snprintf(yaml, sizeof(yaml), "service: %s\n", t[i].service);
		res = score_yaml(&r, cat, yaml);
		if (res->sig.significant != t[i].significant)
			fail_msg("%s: significant = %d, expected %d",
			    t[i].service, res->sig.significant,
			    t[i].significant);
		ans_read_fini(&r);
	}
}

static void
test_default_catalog_score(void **state)
{
	/*
	 * The default catalog: every criterion of the first principle
	 * answered gedeeltelijk gives 50 there, the others 0; the overall
	 * score is their mean.
	 */
	struct aft_catalog		*cat = load_default_catalog();
	const struct aft_principle	*p = &cat->principles[0];
	const struct aft_result		*res;
	struct ans_read			 r;
	char				 yaml[2048];
	size_t				 k;

	(void)state;
	k = (size_t)snprintf(yaml, sizeof(yaml),
	    "service: {name: S}\nanswers:\n");
	for (size_t i = 0; i < p->ncriteria; i++)
		k += (size_t)snprintf(yaml + k, sizeof(yaml) - k,
		    "  %s: gedeeltelijk\n", p->criteria[i].id);
	assert_true(k < sizeof(yaml));
	res = score_yaml(&r, cat, yaml);
	check_opt(res->pr[0].score, true, 50, "first principle");
	assert_string_equal(cat->bands[res->pr[0].band].id, "op-weg");
	for (size_t i = 1; i < res->npr; i++)
		check_opt(res->pr[i].score, true, 0, "other principle");
	check_opt(res->overall, true, 50.0 / (double)cat->nprinciples,
	    "overall");
	assert_string_equal(cat->bands[res->band].id, "aandacht");
	assert_int_equal(res->pr[0].nattention, 0);
	assert_int_equal(res->pr[0].nstrengths, 0);
	ans_read_fini(&r);
	aft_catalog_free(cat);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_weighted_principle),
		cmocka_unit_test(test_null_principle),
		cmocka_unit_test(test_user_only_principle),
		cmocka_unit_test(test_attention_order),
		cmocka_unit_test(test_overall),
		cmocka_unit_test(test_extremes),
		cmocka_unit_test(test_round1),
		cmocka_unit_test(test_fmt_score),
		cmocka_unit_test(test_fmt_fixed1),
		cmocka_unit_test(test_significance),
		cmocka_unit_test(test_significance_thresholds_from_catalog),
		cmocka_unit_test(test_significance_from_answers),
		cmocka_unit_test(test_default_catalog_score),
	};

	return cmocka_run_group_tests(tests, setup_score_catalog,
	    teardown_catalog);
}
