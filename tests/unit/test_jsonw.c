/*
 * The JSON writer (src/util/jsonw.c): its text is what jansson dumps of the
 * same values, byte for byte, for strings, integers, reals and nesting;
 * and a scored assessment written as text, parsed back with jansson,
 * equals the tree form field by field.
 */
#include "helpers.h"

#include <float.h>
#include <limits.h>

#include "aftoets/gate.h"
#include "aftoets/json.h"
#include "report/jsondoc.h"
#include "util/jsonw.h"

/*
 * What jansson dumps of v (taken) in the compact form, with DEL, the C1
 * and the bidirectional controls tamed as the reports do; malloc'd.
 */
static char *
dumped(json_t *v)
{
	char	*s, *t = NULL;
	size_t	 len = 0;
	FILE	*fp;

	assert_non_null(v);
	s = json_dumps(v, AFT_JSON_FLAGS | JSON_COMPACT | JSON_ENCODE_ANY);
	json_decref(v);
	assert_non_null(s);
	assert_non_null(fp = open_memstream(&t, &len));
	assert_int_equal(aft_json_tame_write(fp, s, strlen(s)), 0);
	assert_int_equal(fclose(fp), 0);
	free(s);
	return t;
}

/* The writer's text of a document; malloc'd. */
static char *
text_of(struct aft_jw *w)
{
	size_t	 len = 0;
	char	*s = aft_jw_text(w, NULL, &len);

	assert_non_null(s);
	assert_int_equal(strlen(s), len);
	aft_jw_fini(w);
	return s;
}

static void
check_string(const char *s)
{
	struct aft_jw	 w;
	char		*got, *want;

	aft_jw_init(&w, false);
	aft_jw_string(&w, NULL, s);
	got = text_of(&w);
	want = dumped(aft_json_string(s));
	assert_string_equal(got, want);
	free(got);
	free(want);
}

static void
test_strings(void **state)
{
	static const char *const v[] = {
		"", "plain", "quote \" and backslash \\ and slash /",
		"\b\f\n\r\t", "\x01\x02\x1f\x7f", "\xc3\xa9t\xc3\xa9 \xe2\x82\xac 5",
		"\xf0\x9f\x98\x80 astral", "\xe2\x80\xa8 line separator",
		"C1 \xc2\x85\xc2\x9b and bidi \xe2\x80\xae\xe2\x81\xa6 ok",
		"bad \xff byte", "cut \xe2\x82", "overlong \xc0\xaf",
		"surrogate \xed\xa0\x80", "\"\\\"\\", NULL,
	};

	(void)state;
	for (size_t i = 0; i < NELEM(v); i++)
		check_string(v[i]);
}

static void
test_numbers(void **state)
{
	static const long long ints[] = { 0, 1, -1, 42, 1000000, LLONG_MAX,
	    LLONG_MIN };
	static const double reals[] = { 0.0, -0.0, 0.1, 72.5, 100.0, -3.5,
	    1.0 / 3.0, 2.0 / 3.0 * 100.0, 1e14, 99999999999999.9, 1e15,
	    123456789012345.6, 1e20, 1e-5, 0.00012, 1e100, -2.5e-300,
	    DBL_MAX, DBL_MIN, 5e-324, 0.30000000000000004, 1e21, 750000.0,
	    1234.5678 };
	static const double nums[] = { 0.0, 7.0, 750000.0, 1250000.5, -4.0,
	    9007199254740992.0, 1e300, 0.25 };

	(void)state;
	for (size_t i = 0; i < NELEM(ints); i++) {
		struct aft_jw	 w;
		char		*got, *want;

		aft_jw_init(&w, false);
		aft_jw_int(&w, NULL, ints[i]);
		got = text_of(&w);
		want = dumped(json_integer(ints[i]));
		assert_string_equal(got, want);
		free(got);
		free(want);
	}
	for (size_t i = 0; i < NELEM(reals); i++) {
		for (int sign = 1; sign >= -1; sign -= 2) {
			struct aft_jw	 w;
			char		*got, *want;

			aft_jw_init(&w, false);
			aft_jw_real(&w, NULL, sign * reals[i]);
			got = text_of(&w);
			want = dumped(json_real(sign * reals[i]));
			assert_string_equal(got, want);
			free(got);
			free(want);
		}
	}
	/* A whole number is an integer, anything else a real. */
	for (size_t i = 0; i < NELEM(nums); i++) {
		struct aft_jw	 w;
		char		*got;

		aft_jw_init(&w, false);
		aft_jw_number(&w, NULL, nums[i]);
		got = text_of(&w);
		assert_int_equal(strchr(got, '.') != NULL ||
		    strchr(got, 'e') != NULL,
		    !(nums[i] == floor(nums[i]) && fabs(nums[i]) <
		    9007199254740992.0));
		free(got);
	}
}

/* One description of a document, for both forms. */
static void
describe(struct aft_jw *w)
{
	aft_jw_object(w, NULL);
	aft_jw_string(w, "name", "x\ty");
	aft_jw_object(w, "empty");
	aft_jw_end(w);
	aft_jw_array(w, "none");
	aft_jw_end(w);
	aft_jw_array(w, "list");
	aft_jw_int(w, NULL, 1);
	aft_jw_real(w, NULL, NAN);
	aft_jw_real(w, NULL, 2.5);
	aft_jw_array(w, NULL);
	aft_jw_null(w, NULL);
	aft_jw_bool(w, NULL, false);
	aft_jw_end(w);
	aft_jw_object(w, NULL);
	aft_jw_bool(w, "yes", true);
	aft_jw_end(w);
	aft_jw_end(w);
	/* Not finite: left out, key and all, as jansson does. */
	aft_jw_real(w, "inf", INFINITY);
	aft_jw_number(w, "n", 3.0);
	aft_jw_end(w);
}

static void
test_nesting(void **state)
{
	struct aft_jw	 w;
	json_t		*t;
	char		*got, *want;
	size_t		 len;

	(void)state;
	aft_jw_init(&w, false);
	describe(&w);
	got = text_of(&w);
	aft_jw_init(&w, true);
	describe(&w);
	t = aft_jw_tree(&w);
	aft_jw_fini(&w);
	want = dumped(t);
	assert_string_equal(got, want);
	assert_string_equal(got, "{\"name\":\"x\\ty\",\"empty\":{},\"none\":[],"
	    "\"list\":[1,2.5,[null,false],{\"yes\":true}],\"n\":3}");
	free(got);
	free(want);

	/* An unclosed document, or one closed too often, gives nothing. */
	aft_jw_init(&w, false);
	aft_jw_object(&w, NULL);
	assert_null(aft_jw_text(&w, NULL, &len));
	aft_jw_fini(&w);
	aft_jw_init(&w, true);
	aft_jw_array(&w, NULL);
	aft_jw_end(&w);
	aft_jw_end(&w);
	assert_null(aft_jw_tree(&w));
	aft_jw_fini(&w);
	/* Nesting deeper than the writer holds is refused, not overrun. */
	aft_jw_init(&w, false);
	for (int i = 0; i < AFT_JW_DEPTH + 2; i++)
		aft_jw_array(&w, NULL);
	for (int i = 0; i < AFT_JW_DEPTH + 2; i++)
		aft_jw_end(&w);
	assert_null(aft_jw_text(&w, NULL, &len));
	aft_jw_fini(&w);
}

/*
 * A page's document (aft_jw_init_embed()): nothing in a string or a key
 * can end the <script> element it goes in, the text still reads back as
 * the same values, every real reads back as the same double, and it
 * nests as deep as the writer holds.
 */
static void
test_embed(void **state)
{
	static const char	 hostile[] = "</script><!-- a & b > c"
	    " \xE2\x80\xA8 \xE2\x80\xA9 \xE2\x80\xAE \xC3\xA9";
	static const double	 reals[] = {
		0.1, 2.5, 1.0 / 3.0, 500000.0000000001, 1e-7, 123456.789,
		9007199254740993.5, -2.0 / 3.0, 1e300
	};
	struct aft_jw		 w;
	json_error_t		 err;
	json_t			*t;
	char			*got;
	size_t			 len;

	(void)state;
	aft_jw_init_embed(&w);
	aft_jw_object(&w, NULL);
	aft_jw_string(&w, hostile, hostile);
	aft_jw_end(&w);
	got = text_of(&w);
	assert_string_equal(got, "{\"\\u003c/script\\u003e\\u003c!-- a "
	    "\\u0026 b \\u003e c \\u2028 \\u2029 \\u202e \xC3\xA9\":"
	    "\"\\u003c/script\\u003e\\u003c!-- a \\u0026 b \\u003e c "
	    "\\u2028 \\u2029 \\u202e \xC3\xA9\"}");
	assert_non_null(t = json_loads(got, 0, &err));
	assert_string_equal(json_string_value(json_object_get(t, hostile)),
	    hostile);
	json_decref(t);
	free(got);

	for (size_t i = 0; i < sizeof(reals) / sizeof(reals[0]); i++) {
		aft_jw_init_embed(&w);
		aft_jw_real(&w, NULL, reals[i]);
		got = text_of(&w);
		assert_true(strtod(got, NULL) == reals[i]);
		assert_true(strlen(got) <= 24);
		free(got);
	}
	/* The fewest digits: what reads back at 15 stays as jansson has it. */
	aft_jw_init_embed(&w);
	aft_jw_array(&w, NULL);
	aft_jw_real(&w, NULL, 0.1);
	aft_jw_real(&w, NULL, 1e20);
	aft_jw_number(&w, NULL, 500000.0000000001);
	aft_jw_number(&w, NULL, 500000.0);
	aft_jw_end(&w);
	got = text_of(&w);
	assert_string_equal(got, "[0.1,1e20,500000.0000000001,500000]");
	free(got);
	/* The plain text form keeps jansson's 15 digits. */
	aft_jw_init(&w, false);
	aft_jw_real(&w, NULL, 500000.0000000001);
	got = text_of(&w);
	assert_string_equal(got, "500000.0");
	free(got);

	/* As deep as the writer holds, in both forms. */
	for (int tree = 0; tree < 2; tree++) {
		if (tree)
			aft_jw_init(&w, true);
		else
			aft_jw_init_embed(&w);
		for (int i = 0; i < AFT_JW_DEPTH; i++)
			aft_jw_array(&w, NULL);
		aft_jw_int(&w, NULL, 7);
		for (int i = 0; i < AFT_JW_DEPTH; i++)
			aft_jw_end(&w);
		if (tree) {
			json_t *v;

			assert_non_null(t = aft_jw_tree(&w));
			v = t;
			for (int i = 0; i < AFT_JW_DEPTH; i++)
				v = json_array_get(v, 0);
			assert_int_equal(json_integer_value(v), 7);
			json_decref(t);
			aft_jw_fini(&w);
			continue;
		}
		got = text_of(&w);
		len = strlen(got);
		assert_int_equal(len, 2 * AFT_JW_DEPTH + 1);
		assert_int_equal(got[AFT_JW_DEPTH - 1], '[');
		assert_int_equal(got[AFT_JW_DEPTH], '7');
		assert_int_equal(got[len - 1], ']');
		free(got);
	}
}

/* Fails at the first place a and b differ, naming its path. */
static void
same_json(const json_t *a, const json_t *b, const char *path)
{
	char sub[512];

	if (json_typeof(a) != json_typeof(b))
		fail_msg("%s: types %d and %d", path, json_typeof(a),
		    json_typeof(b));
	switch (json_typeof(a)) {
	case JSON_OBJECT: {
		const char	*key;
		json_t		*v;
		void		*it = json_object_iter((json_t *)b);

		assert_int_equal(json_object_size(a), json_object_size(b));
		json_object_foreach((json_t *)a, key, v) {
			/* In the same order, too. */
			assert_non_null(it);
			assert_string_equal(key, json_object_iter_key(it));
			snprintf(sub, sizeof(sub), "%s.%s", path, key);
			same_json(v, json_object_iter_value(it), sub);
			it = json_object_iter_next((json_t *)b, it);
		}
		break;
	}
	case JSON_ARRAY:
		assert_int_equal(json_array_size(a), json_array_size(b));
		for (size_t i = 0; i < json_array_size(a); i++) {
			snprintf(sub, sizeof(sub), "%s[%zu]", path, i);
			same_json(json_array_get(a, i), json_array_get(b, i),
			    sub);
		}
		break;
	case JSON_STRING:
		if (strcmp(json_string_value(a), json_string_value(b)) != 0)
			fail_msg("%s: \"%s\" and \"%s\"", path,
			    json_string_value(a), json_string_value(b));
		break;
	case JSON_INTEGER:
		if (json_integer_value(a) != json_integer_value(b))
			fail_msg("%s: integers differ", path);
		break;
	case JSON_REAL:
		if (json_real_value(a) != json_real_value(b))
			fail_msg("%s: %.17g and %.17g", path,
			    json_real_value(a), json_real_value(b));
		break;
	default:
		break;
	}
}

static const char *const files[] = {
	("service:\n  name: Een \"dienst\"\\\n  budget_eur: \"750.000,50\"\n"
	"  users: 120000\n  type: nieuw\n"
	"answers:\n  SD-G1: ja\n  SD-G2: {level: beperkt, motivation: x}\n"
	"  GC-G1: {level: nvt, motivation: geen loket}\n  DH-G2: 3\n"),
	("service:\n  name: \"Twee \\u00e9\\t\\u0001\"\n  type: rework\n"
	"answers:\n  BT-I3: nee\n"),
	"service:\n  name: Leeg\n",
	/* Old ids: one counts, one comes later, one has its successor's. */
	("service:\n  name: Oud\n"
	"answers:\n  sd-g4: ja\n  GC-I1: nee\n  BT-G5: nee\n  GC-I4: ja\n"),
};

/* Scores yaml and checks both forms of its document, in lang. */
static void
check_result(const struct aft_catalog *cat, const char *yaml,
    enum aft_lang lang, const struct aft_gates *gl)
{
	struct ans_read		 r;
	struct aft_result	*res = NULL;
	struct aft_jw		 w;
	json_error_t		 err;
	json_t			*tree, *back;
	char			*text, *want;
	size_t			 len;

	assert_rc(&r.d, ans_read(&r, cat, yaml), AFT_OK);
	assert_rc(&r.d, aft_score(&res, cat, r.ans, &r.arena), AFT_OK);
	if (gl != NULL)
		assert_rc(&r.d, aft_gates_eval(res, gl, &r.arena), AFT_OK);
	aft_jw_init(&w, false);
	aft_json_result_write(&w, res, lang);
	text = aft_jw_text(&w, "\n", &len);
	aft_jw_fini(&w);
	assert_non_null(text);
	assert_int_equal(text[len - 1], '\n');
	tree = aft_json_result(res, lang);
	assert_non_null(tree);
	/* Parsed back, field by field the same as the tree. */
	back = json_loads(text, 0, &err);
	if (back == NULL)
		fail_msg("not JSON: %s at %d: %s", err.text, err.position,
		    text);
	same_json(tree, back, "$");
	assert_true(json_equal(tree, back));
	/* And the very bytes jansson dumps of the tree. */
	want = json_dumps(tree, AFT_JSON_FLAGS | JSON_COMPACT);
	assert_non_null(want);
	text[len - 1] = '\0';
	assert_string_equal(text, want);
	free(want);
	free(text);
	json_decref(back);
	json_decref(tree);
	ans_read_fini(&r);
}

static void
test_result(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_gates		 gl;
	struct aft_gate			 g;
	struct aft_gate_error		 err;
	static const struct {
		enum aft_gate_kind	 kind;
		const char		*arg;
	} specs[] = {
		{ AFT_GATE_OVERALL, "60" },
		{ AFT_GATE_PRINCIPLE, "standaard-digitaal=55.5" },
		{ AFT_GATE_COMPLETE, NULL },
	};

	for (size_t i = 0; i < NELEM(files); i++) {
		check_result(cat, files[i], AFT_LANG_NL, NULL);
		check_result(cat, files[i], AFT_LANG_EN, NULL);
	}
	/* With gates: counts as numbers, scores as reals. */
	aft_gates_init(&gl);
	for (size_t i = 0; i < NELEM(specs); i++) {
		assert_int_equal(aft_gate_parse(&g, specs[i].kind, specs[i].arg,
		    cat, &err), AFT_OK);
		assert_int_equal(aft_gates_add(&gl, &g), AFT_OK);
	}
	for (size_t i = 0; i < NELEM(files); i++)
		check_result(cat, files[i], AFT_LANG_EN, &gl);
	aft_gates_fini(&gl);
}

/* The answers under replaced ids, in the order of the file. */
static void
test_result_replaced(void **state)
{
	static const struct {
		const char	*id, *successor, *status, *earlier;
		json_int_t	 line;
	} want[] = {
		{ "SD-G4", "BT-G7", "counted", NULL, 4 },
		{ "GC-I1", "GC-I4", "own_answer", NULL, 5 },
		{ "BT-G5", "BT-G7", "earlier_answer", "SD-G4", 6 },
	};
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;
	struct aft_result		*res = NULL;
	json_t				*doc, *a;

	assert_rc(&r.d, ans_read(&r, cat, files[NELEM(files) - 1]), AFT_OK);
	assert_rc(&r.d, aft_score(&res, cat, r.ans, &r.arena), AFT_OK);
	doc = aft_json_result(res, AFT_LANG_EN);
	assert_non_null(doc);
	a = json_object_get(doc, "replaced");
	assert_true(json_is_array(a));
	assert_int_equal(json_array_size(a), NELEM(want));
	for (size_t i = 0; i < NELEM(want); i++) {
		json_t		*v = json_array_get(a, i);
		const char	*earlier;

		assert_string_equal(json_string_value(json_object_get(v, "id")),
		    want[i].id);
		assert_string_equal(json_string_value(json_object_get(v,
		    "successor")), want[i].successor);
		assert_string_equal(json_string_value(json_object_get(v,
		    "status")), want[i].status);
		assert_true(json_is_true(json_object_get(v, "counted")) ==
		    (i == 0));
		earlier = json_string_value(json_object_get(v, "earlier"));
		if (want[i].earlier != NULL)
			assert_string_equal(earlier, want[i].earlier);
		else
			assert_true(json_is_null(json_object_get(v,
			    "earlier")));
		assert_int_equal(json_integer_value(json_object_get(v,
		    "line")), want[i].line);
		assert_int_equal(json_integer_value(json_object_get(v,
		    "column")), 3);
	}
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(a, 2), "note")), "'BT-G5' is replaced by 'BT-G7' in "
	    "catalog 2022.2; the answer to 'SD-G4' comes first in the file and "
	    "counts; this answer is not scored");
	json_decref(doc);
	ans_read_fini(&r);

	/* Without old ids there is no such key at all. */
	assert_rc(&r.d, ans_read(&r, cat, files[0]), AFT_OK);
	assert_rc(&r.d, aft_score(&res, cat, r.ans, &r.arena), AFT_OK);
	doc = aft_json_result(res, AFT_LANG_EN);
	assert_null(json_object_get(doc, "replaced"));
	json_decref(doc);
	ans_read_fini(&r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_nesting),
		cmocka_unit_test(test_embed),
		cmocka_unit_test(test_result),
		cmocka_unit_test(test_result_replaced),
	};

	return cmocka_run_group_tests(tests, setup_default_catalog,
	    teardown_catalog);
}
