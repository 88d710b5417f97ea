/* Copies of results outlive the arena of their input. */
#include "helpers.h"

#include "keep.h"
#include "aftoets/score.h"

static const char answers[] =
    "service:\n"
    "  name: Omgevingsloket\n"
    "  organisation: Departement Omgeving\n"
    "  assessor: J. Janssens\n"
    "  budget_eur: 750000\n"
    "answers:\n"
    "  SD-G1: volledig\n"
    "  SD-G2:\n"
    "    level: beperkt\n"
    "    motivation: Only on desktop.\n"
    "    actions: Build a mobile flow.\n"
    "  SD-I1: nvt\n"
    "  SD-G4: volledig\n";		/* 13: replaced by BT-G7 */

/* Scores the answers above; the caller frees r with ans_read_fini(). */
static const struct aft_result *
score_it(struct ans_read *r, const struct aft_catalog *cat)
{
	struct aft_result *res = NULL;

	assert_rc(&r->d, ans_read(r, cat, answers), AFT_OK);
	assert_int_equal(aft_score(&res, cat, r->ans, &r->arena), AFT_OK);
	return res;
}

/* Overwrites a result's arena so that stale pointers would show. */
static void
scribble(struct ans_read *r)
{
	ans_read_fini(r);
	memset(r, 0x5a, sizeof(*r));
}

static void
test_dup_survives(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;
	struct aft_arena		 a;
	struct aft_result		*copy = NULL;
	const struct aft_result		*res;
	const struct aft_criterion	*g2 = aft_catalog_find(cat, "SD-G2");
	double				 overall, sd;
	size_t				 nstr, natt;

	aft_arena_init(&a);
	res = score_it(&r, cat);
	overall = res->overall.v;
	sd = res->pr[0].score.v;
	nstr = res->pr[0].nstrengths;
	natt = res->pr[0].nattention;
	assert_int_equal(aft_result_dup(&copy, res, &a), AFT_OK);
	scribble(&r);

	assert_non_null(copy);
	assert_ptr_equal(copy->cat, cat);
	assert_double_near(copy->overall.v, overall, 0);
	assert_string_equal(copy->ans->service.name, "Omgevingsloket");
	assert_string_equal(copy->ans->service.organisation,
	    "Departement Omgeving");
	assert_string_equal(copy->ans->service.assessor, "J. Janssens");
	assert_null(copy->ans->service.contact);
	assert_string_equal(copy->ans->file, "answers.yaml");
	assert_double_near(copy->ans->service.budget_eur, 750000, 0);
	assert_int_equal(copy->npr, cat->nprinciples);
	assert_double_near(copy->pr[0].score.v, sd, 0);
	assert_int_equal(copy->pr[0].nstrengths, nstr);
	assert_int_equal(copy->pr[0].nattention, natt);
	assert_int_equal(copy->pr[0].ncrit, cat->principles[0].ncriteria);
	/* Each criterion's answer is the copy's, with its notes. */
	for (size_t i = 0; i < copy->npr; i++)
		for (size_t j = 0; j < copy->pr[i].ncrit; j++) {
			const struct aft_crit_result *cr = &copy->pr[i].crit[j];

			assert_ptr_equal(cr->a,
			    &copy->ans->answers[cr->c->index]);
		}
	assert_int_equal(copy->ans->answers[g2->index].status, AFT_ANSWERED);
	assert_string_equal(copy->ans->answers[g2->index].motivation,
	    "Only on desktop.");
	assert_string_equal(copy->ans->answers[g2->index].actions,
	    "Build a mobile flow.");
	assert_ptr_equal(copy->ans->answers[g2->index].loc.file,
	    copy->ans->file);
	/* The answers under replaced ids, placed in the copy's file. */
	assert_int_equal(copy->ans->nreplaced, 1);
	assert_string_equal(copy->ans->replaced[0].id, "SD-G4");
	assert_string_equal(copy->ans->replaced[0].successor->id, "BT-G7");
	assert_int_equal(copy->ans->replaced[0].how, AFT_REPLACED_COUNTS);
	assert_int_equal(copy->ans->replaced[0].loc.line, 13);
	assert_ptr_equal(copy->ans->replaced[0].loc.file, copy->ans->file);
	aft_arena_fini(&a);
}

static void
test_keep_order(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_keep			 k;
	struct ans_read			 r;
	const char			*names[] = { "A", "B", "C" };
	size_t				 i = 0;

	aft_keep_init(&k);
	for (size_t n = 0; n < NELEM(names); n++) {
		struct aft_result *res = NULL;
		char yaml[64];

		snprintf(yaml, sizeof(yaml), "service: {name: %s}\n", names[n]);
		assert_rc(&r.d, ans_read(&r, cat, yaml), AFT_OK);
		assert_int_equal(aft_score(&res, cat, r.ans, &r.arena),
		    AFT_OK);
		assert_int_equal(aft_keep_result(&k, res), AFT_OK);
		scribble(&r);
	}
	assert_int_equal(k.n, 3);
	for (const struct aft_kept *p = k.head; p != NULL; p = p->next)
		assert_string_equal(p->res->ans->service.name, names[i++]);
	assert_int_equal(i, 3);
	aft_keep_fini(&k);
}

static void
test_keep_fail(void **state)
{
	struct aft_keep		 k;
	struct aft_diags	 d;
	struct aft_loc		 loc = { "bad.yaml", 3, 7 };
	char			 file[] = "bad.yaml";

	(void)state;
	aft_keep_init(&k);
	aft_diags_init(&d, AFT_LANG_EN);
	aft_diag_add(&d, AFT_SEV_WARNING, loc, "a warning");
	for (int i = 0; i < 7; i++) {
		loc.line = (unsigned)(10 + i);
		aft_diag_add(&d, AFT_SEV_ERROR, loc, "error %d", i);
	}
	assert_int_equal(aft_keep_fail(&k, file, &d, 5), AFT_OK);
	aft_diags_fini(&d);
	memset(file, 'x', sizeof(file) - 1);

	assert_int_equal(k.nfail, 1);
	assert_string_equal(k.fhead->file, "bad.yaml");
	assert_int_equal(k.fhead->ndiags, 5);
	assert_int_equal(k.fhead->nerr, 7);
	/* Errors only, in order, located in the copied file name. */
	for (size_t i = 0; i < 5; i++) {
		char want[16];

		snprintf(want, sizeof(want), "error %zu", i);
		assert_string_equal(k.fhead->diags[i].msg, want);
		assert_int_equal(k.fhead->diags[i].loc.line, 10 + i);
		assert_ptr_equal(k.fhead->diags[i].loc.file, k.fhead->file);
	}
	aft_keep_fini(&k);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dup_survives),
		cmocka_unit_test(test_keep_order),
		cmocka_unit_test(test_keep_fail),
	};

	return cmocka_run_group_tests_name("keep", tests,
	    setup_default_catalog, teardown_catalog);
}
