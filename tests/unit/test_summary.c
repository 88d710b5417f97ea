/* Unit tests for the portfolio summary (src/summary.c). */
#include "helpers.h"

#include "aftoets/summary.h"

static void
test_stats(void **state)
{
	double		v[] = { 40, 10, 30, 20 };
	struct aft_stats st = { .v = v, .n = 4, .cap = 4, .sum = 100,
	    .min_at = 1 };
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
			struct aft_stats st = { .v = v, .n = n, .cap = n };

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

/*
 * The lowest score's service and file follow each new minimum, through
 * a batch sorted from best to worst, where every file is a new minimum
 * and the copies reuse their memory; the significant services not
 * complete keep their own strings after the results are gone.
 */
static void
test_lowest_and_chase(void **state)
{
	struct aft_catalog	*cat;
	struct aft_diags	 d;
	struct aft_summary	 s;
	char			 name[64], file[64];

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	assert_int_equal(aft_catalog_load_default(&cat, &d), AFT_OK);
	assert_int_equal(aft_summary_init(&s, cat), AFT_OK);
	for (int i = 0; i < 300; i++) {
		struct aft_answers	ans = { 0 };
		struct aft_result	r = { 0 };

		/* Names of changing length, so a copy must sometimes grow. */
		snprintf(name, sizeof(name), "Dienst %0*d", 1 + i % 7, i);
		snprintf(file, sizeof(file), "map/%d.yaml", i);
		ans.service.name = i == 150 ? NULL : name;
		ans.file = file;
		r.cat = cat;
		r.ans = &ans;
		r.overall.set = true;
		r.overall.v = 100.0 - i / 3.0;
		r.sig.significant = i % 2 ? AFT_YES : AFT_NO;
		r.answered = 40;
		r.total = 44;
		assert_int_equal(aft_summary_add(&s, &r), AFT_OK);
		assert_string_equal(s.overall.min_service,
		    i == 150 ? "" : name);
		assert_string_equal(s.overall.min_file, file);
		assert_int_equal(s.overall.min_at, i);
		/* Overwritten: what the summary keeps is its own. */
		memset(name, 'x', sizeof(name) - 1);
		memset(file, 'y', sizeof(file) - 1);
	}
	assert_int_equal(s.count, 300);
	assert_int_equal(s.nchase, 150);
	for (size_t i = 0; i < s.nchase; i++) {
		snprintf(name, sizeof(name), "Dienst %0*d",
		    (int)(1 + (2 * i + 1) % 7), (int)(2 * i + 1));
		snprintf(file, sizeof(file), "map/%d.yaml", (int)(2 * i + 1));
		assert_string_equal(s.chase[i].service, name);
		assert_string_equal(s.chase[i].file, file);
		assert_int_equal(s.chase[i].answered, 40);
		assert_int_equal(s.chase[i].total, 44);
	}
	/* A higher score later leaves the lowest where it was. */
	{
		struct aft_answers	ans = { 0 };
		struct aft_result	r = { 0 };

		ans.service.name = "Beter";
		ans.file = "beter.yaml";
		r.cat = cat;
		r.ans = &ans;
		r.overall.set = true;
		r.overall.v = 99.0;
		assert_int_equal(aft_summary_add(&s, &r), AFT_OK);
		assert_string_equal(s.overall.min_file, "map/299.yaml");
		assert_int_equal(s.overall.min_at, 299);
	}
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
		cmocka_unit_test(test_lowest_and_chase),
	};

	return cmocka_run_group_tests_name("summary", tests, NULL, NULL);
}
