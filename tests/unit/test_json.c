/*
 * JSON output on scratch memory (src/report/jsondoc.c): jsonl rendered with
 * jansson's allocator on an arena gives the same bytes as with malloc(),
 * and other JSON built after the allocator is installed still works.
 * valgrind (make check-valgrind) checks that nothing leaks either way.
 */
#include "helpers.h"

#include "aftoets/json.h"
#include "report/jsondoc.h"

static const char *const answers[] = {
	"service:\n  name: Een\n  budget_eur: \"750.000\"\n"
	"answers:\n  SD-G1: ja\n  SD-G2: {level: beperkt, motivation: \"x\\ty\"}\n"
	"  GC-G1: {level: nvt, motivation: geen loket}\n",
	"service:\n  name: \"Twee \\u00e9\\\"\"\n  users: 5\n"
	"answers:\n  BT-I3: nee\n",
};

/* Renders every answers file with format name, as a batch. */
static char *
render(const struct aft_catalog *cat, const char *name)
{
	return report_str(cat, name, answers, NELEM(answers), AFT_LANG_EN,
	    true);
}

/* jsonl is a whole document a line; json one document with a summary. */
static void
test_lines(void **state)
{
	const struct aft_catalog	*cat = *state;
	char				*l, *j;

	l = render(cat, "jsonl");
	j = render(cat, "json");
	assert_non_null(strstr(l, "\"name\":\"Een\""));
	assert_non_null(strstr(l, "\"name\":\"Twee \u00e9\\\"\""));
	assert_int_equal(strchr(strchr(l, '\n') + 1, '\n')[1], '\0');
	assert_non_null(strstr(j, "\"summary\""));
	free(l);
	free(j);
}

/* DEL, C1 and bidirectional controls come out as escapes, same value. */
static void
test_tame(void **state)
{
	const char	*in = "a\x7f\xC2\x9B\xC2\xA0\xE2\x80\xAE\xE2\x81\xA6"
			    "\xE2\x80\xA9 \xE2\x82\xAC";
	char		*buf = NULL;
	size_t		 len = 0;
	json_t		*v = json_string(in), *back;
	FILE		*fp = open_memstream(&buf, &len);

	(void)state;
	assert_non_null(v);
	assert_non_null(fp);
	assert_int_equal(aft_json_dumpf(v, fp, JSON_ENCODE_ANY), 0);
	assert_int_equal(fclose(fp), 0);
	assert_string_equal(buf, "\"a\\u007f\\u009b\xC2\xA0\\u202e\\u2066"
	    "\xE2\x80\xA9 \xE2\x82\xAC\"");
	back = json_loads(buf, JSON_DECODE_ANY, NULL);
	assert_non_null(back);
	assert_string_equal(json_string_value(back), in);
	assert_int_equal(aft_json_tame_span("ok \xE2\x82\xAC", 6), 6);
	assert_int_equal(aft_json_tame_span("ok\xC2\x85", 4), 2);
	json_decref(back);
	json_decref(v);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_tame),
	};

	return cmocka_run_group_tests_name("json", tests,
	    setup_default_catalog, teardown_catalog);
}
