/*
 * JSON output on scratch memory (src/json.c): jsonl rendered with
 * jansson's allocator on an arena gives the same bytes as with malloc(),
 * and other JSON built after the allocator is installed still works.
 * valgrind (make check-valgrind) checks that nothing leaks either way.
 */
#include "helpers.h"

#include "aftoets/json.h"
#include "aftoets/report.h"
#include "aftoets/score.h"

static const char *const answers[] = {
	"service:\n  name: Een\n  budget_eur: \"750.000\"\n"
	"answers:\n  SD-G1: ja\n  SD-G2: {level: beperkt, motivation: \"x\\ty\"}\n"
	"  GC-G1: {level: nvt, motivation: geen loket}\n",
	"service:\n  name: \"Twee \\u00e9\\\"\"\n  users: 5\n"
	"answers:\n  BT-I2: nee\n",
};

/* Renders every answers file with format name; returns malloc'd text. */
static char *
render(const struct aft_catalog *cat, const char *name)
{
	const struct aft_report_ops	*ops = aft_report_find(name);
	struct aft_report_opts		 opt = { 0 };
	struct aft_report		 rep;
	char				*buf = NULL;
	size_t				 len = 0;
	FILE				*fp = open_memstream(&buf, &len);

	assert_non_null(ops);
	assert_non_null(fp);
	opt.lang = AFT_LANG_EN;
	opt.multi = true;
	assert_int_equal(aft_report_begin(&rep, ops, fp, cat, &opt), AFT_OK);
	for (size_t i = 0; i < NELEM(answers); i++) {
		struct ans_read		 r;
		struct aft_result	*res = NULL;

		assert_rc(&r.d, ans_read(&r, cat, answers[i]), AFT_OK);
		assert_int_equal(aft_score(&res, cat, r.ans, &r.arena),
		    AFT_OK);
		assert_int_equal(aft_report_one(&rep, res), AFT_OK);
		ans_read_fini(&r);
	}
	assert_int_equal(aft_report_end(&rep), AFT_OK);
	fclose(fp);
	return buf;
}

static void
test_scratch(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_arena		 a;
	char				*plain_l, *plain_j, *l, *j;

	/* Without the allocator there is no scratch memory. */
	aft_arena_init(&a);
	assert_false(aft_json_scratch_begin(&a));
	plain_l = render(cat, "jsonl");
	plain_j = render(cat, "json");

	aft_json_setup();
	assert_true(aft_json_scratch_begin(&a));
	aft_json_scratch_end();
	aft_arena_fini(&a);
	l = render(cat, "jsonl");
	j = render(cat, "json");

	/* Two lines, one per assessment, each a whole document. */
	assert_string_equal(l, plain_l);
	assert_string_equal(j, plain_j);
	assert_non_null(strstr(l, "\"name\":\"Een\""));
	assert_non_null(strstr(l, "\"name\":\"Twee \u00e9\\\"\""));
	assert_int_equal(strchr(strchr(l, '\n') + 1, '\n')[1], '\0');
	assert_non_null(strstr(j, "\"summary\""));
	free(plain_l);
	free(plain_j);
	free(l);
	free(j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scratch),
	};

	return cmocka_run_group_tests_name("json", tests,
	    setup_default_catalog, teardown_catalog);
}
