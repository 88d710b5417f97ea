/* UTF-8 checking and mending (src/util/utf8.c), and JSON strings from it. */
#include "helpers.h"

#include "aftoets/json.h"
#include "report/jsondoc.h"
#include "util/jsonw.h"
#include "util/utf8.h"

static void
test_utf8_seq(void **state)
{
	static const struct {
		const char	*in;
		size_t		 n;	/* bytes given */
		size_t		 len;	/* expected length, 0 = invalid */
		uint32_t	 cp;
	} tab[] = {
		{ "a",			1, 1, 'a' },
		{ "\xC3\xA9",		2, 2, 0xE9 },
		{ "\xE2\x82\xAC",	3, 3, 0x20AC },
		{ "\xF0\x9F\x98\x80",	4, 4, 0x1F600 },
		{ "\xF4\x8F\xBF\xBF",	4, 4, 0x10FFFF },
		{ "\xEF\xBF\xBE",	3, 3, 0xFFFE },
		{ "\xC3",		1, 0, 0 },	/* cut short */
		{ "\xE2\x82",		2, 0, 0 },
		{ "\xC0\xAF",		2, 0, 0 },	/* overlong '/' */
		{ "\xC1\xBF",		2, 0, 0 },
		{ "\xE0\x80\xAF",	3, 0, 0 },	/* overlong */
		{ "\xF0\x80\x80\xAF",	4, 0, 0 },	/* overlong */
		{ "\xED\xA0\x80",	3, 0, 0 },	/* surrogate D800 */
		{ "\xED\xBF\xBF",	3, 0, 0 },	/* surrogate DFFF */
		{ "\xF4\x90\x80\x80",	4, 0, 0 },	/* past U+10FFFF */
		{ "\xF5\x80\x80\x80",	4, 0, 0 },
		{ "\x80",		1, 0, 0 },	/* lone continuation */
		{ "\xFF",		1, 0, 0 },
		{ "\xC3\x28",		2, 0, 0 },	/* bad continuation */
	};
	uint32_t cp;

	(void)state;
	assert_int_equal(aft_utf8_seq((const unsigned char *)"a", 0, &cp), 0);
	for (size_t i = 0; i < NELEM(tab); i++) {
		size_t got;

		cp = 0xDEAD;
		got = aft_utf8_seq((const unsigned char *)tab[i].in, tab[i].n,
		    &cp);
		if (got != tab[i].len)
			fail_msg("case %zu: length %zu, expected %zu", i, got,
			    tab[i].len);
		if (got > 0)
			assert_int_equal(cp, tab[i].cp);
	}
}

static void
test_utf8_valid(void **state)
{
	(void)state;
	assert_true(aft_utf8_valid(""));
	assert_true(aft_utf8_valid("answers.yaml"));
	assert_true(aft_utf8_valid("antwoorden-\xC3\xA9\xC3\xA9n.yaml"));
	assert_false(aft_utf8_valid("caf\xE9.yaml"));
	assert_false(aft_utf8_valid("x\xED\xA0\x80"));
}

static void
test_utf8_lossy(void **state)
{
	static const struct { const char *in, *out; } tab[] = {
		{ "plain.yaml",		"plain.yaml" },
		{ "",			"" },
		{ "caf\xE9.yaml",	"caf\xEF\xBF\xBD.yaml" },
		{ "\xFF\xFE",		"\xEF\xBF\xBD\xEF\xBF\xBD" },
		{ "\xC3\xA9\xC3",	"\xC3\xA9\xEF\xBF\xBD" },
		{ "a\xE2\x82" "b",	"a\xEF\xBF\xBD\xEF\xBF\xBD" "b" },
		{ "\xED\xA0\x80",	"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(tab); i++) {
		char *got = aft_utf8_lossy(tab[i].in);

		assert_non_null(got);
		assert_string_equal(got, tab[i].out);
		assert_true(aft_utf8_valid(got));
		free(got);
	}
}

static void
test_json_string(void **state)
{
	static const struct { const char *in, *out; } tab[] = {
		{ "answers.yaml",		"\"answers.yaml\"" },
		{ "caf\xC3\xA9.yaml",		"\"caf\xC3\xA9.yaml\"" },
		/* A Latin-1 file name: the field stays, mended. */
		{ "caf\xE9.yaml",		"\"caf\xEF\xBF\xBD.yaml\"" },
		{ "d\xFF/b\xFE.yaml",		"\"d\xEF\xBF\xBD/b\xEF\xBF\xBD.yaml\"" },
	};
	json_t	*o;
	char	*dump;

	(void)state;
	for (size_t i = 0; i < NELEM(tab); i++) {
		json_t *v = aft_json_string(tab[i].in);

		assert_non_null(v);
		dump = json_dumps(v, JSON_ENCODE_ANY);
		assert_non_null(dump);
		assert_string_equal(dump, tab[i].out);
		free(dump);
		json_decref(v);
	}
	o = aft_json_string(NULL);
	assert_true(json_is_null(o));
	json_decref(o);
	/* The field is really there in an object. */
	o = json_object();
	assert_int_equal(json_object_set_new(o, "file",
	    aft_json_string("\x80")), 0);
	assert_string_equal(json_string_value(json_object_get(o, "file")),
	    "\xEF\xBF\xBD");
	json_decref(o);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_seq),
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_utf8_lossy),
		cmocka_unit_test(test_json_string),
	};

	return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
