/* Unit tests for the portfolio summary (src/summary.c). */
#include "helpers.h"

#include "aftoets/summary.h"

static void
test_stats(void **state)
{
	double		v[] = { 40, 10, 30, 20 };
	struct aft_stats st = { v, 4, 4, 100, 1, NULL, NULL };
	double		out;

	(void)state;
	assert_true(aft_stats_mean(&st, &out));
	assert_true(fabs(out - 25.0) < 1e-9);
	assert_true(aft_stats_median(&st, &out));
	assert_true(fabs(out - 25.0) < 1e-9);
	st.n = 3;
	st.sum = 80;
	assert_true(aft_stats_median(&st, &out));
	assert_true(fabs(out - 30.0) < 1e-9);
	/* The input order is kept: the median sorts a copy. */
	assert_true(v[0] == 40 && v[1] == 10 && v[2] == 30);
	st.n = 0;
	assert_false(aft_stats_mean(&st, &out));
	assert_false(aft_stats_median(&st, &out));
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/*
 * The median found by selection is the one sorting gives, for arrays of
 * every length up to 200, with many equal values (scores are rounded)
 * and without, sorted, reversed and shuffled.
 */
static void
test_median_matches_sort(void **state)
{
	double		v[200], w[200], out, want;
	unsigned	seed = 12345;

	(void)state;
	for (size_t n = 1; n <= 200; n++)
		for (int shape = 0; shape < 5; shape++) {
			struct aft_stats st = { v, n, n, 0, 0, NULL, NULL };

			for (size_t i = 0; i < n; i++) {
				seed = seed * 1103515245u + 12345u;
				if (shape == 0)		/* few values */
					v[i] = (double)(seed >> 16 & 7) * 12.5;
				else if (shape == 1)	/* all apart */
					v[i] = (double)(seed >> 8) / 1000.0;
				else if (shape == 2)
					v[i] = (double)i;
				else if (shape == 3)
					v[i] = (double)(n - i);
				else
					v[i] = 50.0;
			}
			memcpy(w, v, n * sizeof(*w));
			qsort(w, n, sizeof(*w), cmp_double);
			want = n % 2 ? w[n / 2] : (w[n / 2 - 1] + w[n / 2]) / 2;
			assert_true(aft_stats_median(&st, &out));
			assert_true(out == want);
		}
}

static void
test_top(void **state)
{
	struct aft_catalog	*cat;
	struct aft_diags	 d;
	struct aft_summary	 s;
	size_t			 idx[10], n;

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	assert_int_equal(aft_catalog_load_default(&cat, &d), AFT_OK);
	assert_int_equal(aft_summary_init(&s, cat), AFT_OK);
	/* Counts: ties keep catalog order; zero counts are left out. */
	s.attention[5] = 3;
	s.attention[2] = 7;
	s.attention[9] = 3;
	s.attention[1] = 3;
	s.attention[40] = 1;
	n = aft_summary_top(&s, idx, 10);
	assert_int_equal(n, 5);
	assert_int_equal(idx[0], 2);
	assert_int_equal(idx[1], 1);
	assert_int_equal(idx[2], 5);
	assert_int_equal(idx[3], 9);
	assert_int_equal(idx[4], 40);
	n = aft_summary_top(&s, idx, 2);
	assert_int_equal(n, 2);
	assert_int_equal(idx[0], 2);
	assert_int_equal(idx[1], 1);
	for (size_t i = 0; i < cat->ncriteria; i++)
		s.attention[i] = i % 4;
	n = aft_summary_top(&s, idx, 10);
	assert_int_equal(n, 10);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(idx[i], 3 + 4 * i);
	aft_summary_fini(&s);
	aft_catalog_free(cat);
	aft_diags_fini(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stats),
		cmocka_unit_test(test_median_matches_sort),
		cmocka_unit_test(test_top),
	};

	return cmocka_run_group_tests_name("summary", tests, NULL, NULL);
}
