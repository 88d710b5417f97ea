/*
 * The JSON Schema of answers files: built from the catalog, with every
 * criterion described in the language asked for, and case-insensitive
 * patterns spelled out as character classes.
 */
#include "helpers.h"

#include <jansson.h>

#include "aftoets/schema.h"
#include "report/jsondoc.h"

static void
test_nocase(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "nvt",	"[Nn][Vv][Tt]" },
		{ "n.v.t.",	"[Nn]\\.[Vv]\\.[Tt]\\." },
		{ "n/a",	"[Nn]\\/[Aa]" },
		{ "SD-G1",	"[Ss][Dd]-[Gg]1" },
		{ "a+b(c)",	"[Aa]\\+[Bb]\\([Cc]\\)" },
		{ "",		"" },
	};
	char buf[64];

	(void)state;
	for (size_t i = 0; i < NELEM(cases); i++) {
		size_t n = aft_schema_nocase(buf, sizeof(buf), cases[i].in);

		assert_string_equal(buf, cases[i].out);
		assert_int_equal(n, strlen(cases[i].out));
	}
	/* Too small a buffer: truncated, terminated, the need returned. */
	assert_int_equal(aft_schema_nocase(buf, 5, "nvt"), 12);
	assert_string_equal(buf, "[Nn]");
}

static const char *
str(json_t *o, const char *path)
{
	json_t *v = json_object_get(o, path);

	assert_non_null(v);
	return json_string_value(v);
}

static void
test_shape(void **state)
{
	const struct aft_catalog	*cat = *state;

	for (int lang = 0; lang < AFT_NLANG; lang++) {
		json_t	*s = aft_schema(cat, (enum aft_lang)lang);
		json_t	*props, *ans, *aprops, *level, *any, *pp;
		void	*it;

		assert_non_null(s);
		assert_string_equal(str(s, "$schema"),
		    "http://json-schema.org/draft-07/schema#");
		assert_string_equal(json_string_value(json_array_get(
		    json_object_get(s, "required"), 0)), "service");
		assert_true(json_is_false(json_object_get(s,
		    "additionalProperties")));
		props = json_object_get(s, "properties");
		ans = json_object_get(props, "answers");
		aprops = json_object_get(ans, "properties");
		assert_int_equal(json_object_size(aprops), cat->ncriteria);
		assert_true(json_is_false(json_object_get(ans,
		    "additionalProperties")));
		for (size_t i = 0; i < cat->ncriteria; i++) {
			const struct aft_criterion *c = cat->all[i];
			json_t *p = json_object_get(aprops, c->id);

			assert_non_null(p);
			assert_non_null(strstr(str(p, "description"),
			    c->text.s[lang]));
			assert_non_null(strstr(str(p, "description"),
			    c->guidance.s[lang]));
			/* And the guidance for choosing a level, if any. */
			for (size_t k = 0; k < c->npractice; k++)
				assert_non_null(strstr(str(p, "description"),
				    c->practice[k].text.s[lang]));
			assert_non_null(strstr(str(p, "description"),
			    c->evidence.s[lang]));
			assert_non_null(strstr(str(p, "description"),
			    c->pitfall.s[lang]));
			assert_string_equal(str(json_array_get(
			    json_object_get(p, "allOf"), 0), "$ref"),
			    "#/definitions/answer");
		}
		/* One pattern for the ids in other cases, not as spelled. */
		pp = json_object_get(ans, "patternProperties");
		assert_int_equal(json_object_size(pp), 1);
		it = json_object_iter(pp);
		assert_non_null(strstr(json_object_iter_key(it),
		    "^(?!(?:SD-G1|SD-G2|"));
		assert_non_null(strstr(json_object_iter_key(it),
		    "|[Bb][Tt]-[Ii]4)$"));
		/* The levels: ids for completion, words, points, null. */
		level = json_object_get(json_object_get(s, "definitions"),
		    "level");
		any = json_object_get(level, "anyOf");
		assert_int_equal(json_array_size(any), 4);
		assert_int_equal(json_array_size(json_object_get(
		    json_array_get(any, 0), "enum")), cat->nlevels + 1);
		assert_string_equal(json_string_value(json_array_get(
		    json_object_get(json_array_get(any, 0), "enum"), 5)),
		    "nvt");
		assert_non_null(strstr(str(json_array_get(any, 1), "pattern"),
		    "|[Vv][Oo][Ll][Ll][Ee][Dd][Ii][Gg]|[Ff][Uu][Ll][Ll]|"
		    "[Yy][Ee][Ss]|[Jj][Aa]|4|[Nn][Vv][Tt]|"
		    "[Nn]\\.[Vv]\\.[Tt]\\.|[Nn]\\/[Aa]|[Nn][Aa])$"));
		assert_int_equal(json_integer_value(json_array_get(
		    json_object_get(json_array_get(any, 2), "enum"), 4)), 4);
		assert_string_equal(str(json_array_get(any, 3), "type"),
		    "null");
		assert_non_null(strstr(str(json_object_get(props, "service"),
		    "description"), lang == AFT_LANG_NL ? "Over de dienst" :
		    "About the service"));
		json_decref(s);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nocase),
		cmocka_unit_test(test_shape),
	};

	return cmocka_run_group_tests_name("schema", tests,
	    setup_default_catalog, teardown_catalog);
}
