/*
 * The text report: its three ways of writing an assessment (rendered in
 * memory for a worker, written straight for one thread, and without the
 * pieces text_begin() prepares, as when memory ran out) give the same
 * bytes, in every option.
 */
#include "helpers.h"

static const char *const yaml[] = {
    "service:\n"
    "  name: \"Dienst \\e[31mrood\\e[0m\"\n"
    "  organisation: Agentschap met een lange naam die over de rand van "
    "de kolom heen loopt en dus wordt afgebroken\n"
    "  budget_eur: \"€ 1.250.000\"\n"
    "  users: 91880\n"
    "answers:\n"
    "  SD-G1: volledig\n"
    "  SD-G2: {level: gedeeltelijk, motivation: \"ok\"}\n"
    "  SD-I1: {level: nvt, motivation: \"geen loket\"}\n"
    "  GC-G1: niet\n"
    "  DG-G1: grotendeels\n",
    "service: {name: Tweede}\n"
    "answers: {SD-G1: niet, BT-G1: volledig}\n",
};

/* Renders res with the report's prepared pieces, and without them. */
static void
check_forms(struct aft_report *rep, const struct aft_result *res,
    char **with)
{
	char	*without;
	size_t	 len1, len2;
	void	*st = rep->state;

	assert_non_null(st);
	assert_int_equal(aft_report_render(rep, res, with, &len1), AFT_OK);
	assert_non_null(*with);
	assert_int_equal(strlen(*with), len1);
	rep->state = NULL;
	assert_int_equal(aft_report_render(rep, res, &without, &len2), AFT_OK);
	rep->state = st;
	assert_int_equal(len1, len2);
	assert_string_equal(*with, without);
	free(without);
}

static void
test_forms_agree(void **state)
{
	const struct aft_catalog	*cat = *state;
	const struct aft_report_ops	*ops = aft_report_find("text");

	assert_non_null(ops);
	for (int opts = 0; opts < 8; opts++) {
		struct aft_report_opts	 opt = { 0 };
		struct aft_report	 rep;
		char			*out = NULL, *want = NULL;
		size_t			 outlen = 0, wantlen = 0;
		FILE			*fp = open_memstream(&out, &outlen);
		FILE			*wp = open_memstream(&want, &wantlen);

		assert_non_null(fp);
		assert_non_null(wp);
		opt.lang = opts & 1 ? AFT_LANG_EN : AFT_LANG_NL;
		opt.color = (opts & 2) != 0;
		opt.details = (opts & 4) != 0;
		assert_int_equal(aft_report_begin(&rep, ops, fp, cat, &opt),
		    AFT_OK);
		for (size_t i = 0; i < NELEM(yaml); i++) {
			struct ans_read		 r;
			struct aft_result	*res = NULL;
			char			*with;

			assert_rc(&r.d, ans_read(&r, cat, yaml[i]), AFT_OK);
			assert_int_equal(aft_score(&res, cat, r.ans, &r.arena),
			    AFT_OK);
			check_forms(&rep, res, &with);
			/* Written straight: the separator, then the same. */
			if (i > 0)
				fputs(ops->separator, wp);
			fputs(with, wp);
			assert_int_equal(aft_report_one(&rep, res), AFT_OK);
			/* Text from the file never reaches the terminal raw. */
			assert_null(strstr(with, "\033[31mrood"));
			if (i == 0)
				assert_non_null(strstr(with,
				    "Dienst \\x1b[31mrood"));
			if (!opt.color)
				assert_null(strchr(with, '\033'));
			free(with);
			ans_read_fini(&r);
		}
		assert_int_equal(aft_report_end(&rep), AFT_OK);
		assert_int_equal(fclose(fp), 0);
		assert_int_equal(fclose(wp), 0);
		assert_int_equal(outlen, wantlen);
		assert_memory_equal(out, want, outlen);
		free(out);
		free(want);
	}
}

static int
setup(void **state)
{
	struct aft_catalog	*cat;
	struct aft_diags	 d;

	aft_diags_init(&d, AFT_LANG_EN);
	if (aft_catalog_load_default(&cat, &d) != AFT_OK)
		return -1;
	aft_diags_fini(&d);
	*state = cat;
	return 0;
}

static int
teardown(void **state)
{
	aft_catalog_free(*state);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms_agree),
	};

	return cmocka_run_group_tests_name("report_text", tests, setup,
	    teardown);
}
