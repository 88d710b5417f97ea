/*
 * Unit tests for the page of aftoets form (src/report/form.c): SHA-256
 * against known vectors, the JSON embedded in the page (every escape,
 * the catalog as `criteria --format json` has it, a deep --from tree),
 * and the refusals of an answers file to start from.
 */
#include "helpers.h"

#include "aftoets/form.h"
#include "report/jsondoc.h"
#include "util/jsonw.h"
#include "util/sha256.h"

/* FIPS 180-4 examples and a long input across many blocks. */
static void
test_sha256_vectors(void **state)
{
	static const struct {
		const char	*in;
		size_t		 repeat;
		const char	*hex;
	} v[] = {
		{ "", 1, "e3b0c44298fc1c149afbf4c8996fb924"
		    "27ae41e4649b934ca495991b7852b855" },
		{ "abc", 1, "ba7816bf8f01cfea414140de5dae2223"
		    "b00361a396177a9cb410ff61f20015ad" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		    1, "248d6a61d20638b8e5c026930c3e6039"
		    "a33ce45964ff2167f6ecedd419db06c1" },
		{ "a", 1000000, "cdc76e5c9914fb9281a1c7e284d73e67"
		    "f1809a48a497200e046d39ccc7112cd0" },
		/* 55, 56 and 64 bytes: the padding's edges. */
		{ "a", 55, "9f4390f8d30c2dd92ec9f095b65e2b9a"
		    "e9b0a925a5258e241c9f1e910f734318" },
		{ "a", 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f"
		    "590ce20f1bde7090ef7970686ec6738a" },
		{ "a", 64, "ffe054fe7ae0cb6dc65c3af9b61d5209"
		    "f439851db43d0ba5997337df154668eb" },
	};
	unsigned char	d[AFT_SHA256_LEN];
	char		hex[2 * AFT_SHA256_LEN + 1];

	(void)state;
	for (size_t i = 0; i < NELEM(v); i++) {
		size_t	 n = strlen(v[i].in) * v[i].repeat;
		char	*buf = malloc(n + 1);

		assert_non_null(buf);
		for (size_t k = 0; k < v[i].repeat; k++)
			memcpy(buf + k * strlen(v[i].in), v[i].in,
			    strlen(v[i].in));
		aft_sha256(buf, n, d);
		for (size_t k = 0; k < AFT_SHA256_LEN; k++)
			snprintf(hex + 2 * k, 3, "%02x", d[k]);
		assert_string_equal(hex, v[i].hex);
		free(buf);
	}
}

static void
test_sha256_base64(void **state)
{
	char b64[45];

	(void)state;
	aft_sha256_base64("", 0, b64);
	assert_string_equal(b64, "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
	aft_sha256_base64("abc", 3, b64);
	assert_string_equal(b64, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

/* A string as the page's data writes it (aft_jw_init_embed()). */
static char *
embedded(const char *in)
{
	struct aft_jw	 w;
	size_t		 len = 0;
	char		*s;

	aft_jw_init_embed(&w);
	aft_jw_string(&w, NULL, in);
	s = aft_jw_text(&w, NULL, &len);
	aft_jw_fini(&w);
	assert_non_null(s);
	assert_int_equal(strlen(s), len);
	return s;
}

/* Every escape, one at a time and together. */
static void
test_embed_escapes(void **state)
{
	static const struct {
		const char *in, *out;
	} v[] = {
		{ "",			"\"\"" },
		{ "plain text",		"\"plain text\"" },
		{ "<",			"\"\\u003c\"" },
		{ ">",			"\"\\u003e\"" },
		{ "&",			"\"\\u0026\"" },
		{ "\xE2\x80\xA8",	"\"\\u2028\"" },
		{ "\xE2\x80\xA9",	"\"\\u2029\"" },
		{ "\"",			"\"\\\"\"" },
		{ "\\",			"\"\\\\\"" },
		{ "\n",			"\"\\n\"" },
		{ "\t",			"\"\\t\"" },
		{ "\r",			"\"\\r\"" },
		{ "\x01\x1f\x7f",	"\"\\u0001\\u001F\\u007f\"" },
		{ "</script><!--",	"\"\\u003c/script\\u003e\\u003c!--\"" },
		{ "<img src=x onerror=alert(1)>",
		    "\"\\u003cimg src=x onerror=alert(1)\\u003e\"" },
		/* Other text is kept as it is, but a bidi override. */
		{ "caf\xC3\xA9 \xE2\x80\xAE" "abc \xF0\x9F\x98\x80",
		    "\"caf\xC3\xA9 \\u202e" "abc \xF0\x9F\x98\x80\"" },
		/* A byte that is not UTF-8 becomes U+FFFD. */
		{ "a\xFFz",		"\"a\xEF\xBF\xBDz\"" },
		{ "\xC3",		"\"\xEF\xBF\xBD\"" },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(v); i++) {
		char *s = embedded(v[i].in);

		assert_string_equal(s, v[i].out);
		free(s);
	}
}

static const char *
page_data(const char *html)
{
	const char *p = strstr(html, "<script type=\"application/json\"");

	assert_non_null(p);
	return strchr(p, '>') + 1;
}

/* The blank form of the default catalog: its policy, data and size. */
static void
test_blank_form(void **state)
{
	struct aft_catalog	*cat = NULL;
	struct aft_diags	 d;
	struct aft_form_opts	 o = { .lang = AFT_LANG_EN };
	char			*html = NULL, csp[128], b64[45];
	size_t			 len = 0;
	const char		*data, *end;

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	assert_int_equal(aft_catalog_load_default(&cat, &d), AFT_OK);
	assert_int_equal(aft_form_render(&html, &len, cat, &o, &d), AFT_OK);
	assert_int_equal(d.n, 0);
	assert_int_equal(strlen(html), len);
	assert_true(len < AFT_FORM_MAX);
	assert_non_null(strstr(html, "<html lang=\"en\""));
	assert_non_null(strstr(html, "default-src 'none'"));
	assert_non_null(strstr(html, "connect-src 'none'"));
	/* The script the page runs is the one its policy names. */
	{
		const char *s = strstr(html, "\n<script>") + 9;
		const char *e = strstr(s, "</script>");

		aft_sha256_base64(s, (size_t)(e - s), b64);
		snprintf(csp, sizeof(csp), "script-src 'sha256-%s'", b64);
		assert_non_null(strstr(html, csp));
	}
	data = page_data(html);
	end = strstr(data, "</script>");
	assert_non_null(end);
	assert_memory_equal(data, "{\"lang\":\"en\"", 12);
	assert_non_null(strstr(data, "\"catalog\":{\"id\":\"vlaanderen-2022\""));
	/* The catalog's notice, in the page's language, and its label. */
	assert_non_null(strstr(data, "\"notice\":\"This catalog is the "
	    "aftoets project's own reading"));
	assert_non_null(strstr(data, "\"notice\":\"Notice\""));
	/* No '<' inside the data. */
	assert_null(memchr(data, '<', (size_t)(end - data)));
	free(html);
	aft_catalog_free(cat);
	aft_diags_fini(&d);
}

static int
render_from(char **html, const char *text, struct aft_diags *d,
    struct aft_catalog **cat)
{
	struct aft_form_opts o = { .lang = AFT_LANG_EN, .from = "in.yaml",
	    .buf = text, .len = strlen(text) };
	size_t len = 0;

	aft_diags_init(d, AFT_LANG_EN);
	assert_int_equal(aft_catalog_load_default(cat, d), AFT_OK);
	return aft_form_render(html, &len, *cat, &o, d);
}

/* An answers file that does not validate: located errors, no page. */
static void
test_from_refused(void **state)
{
	static const struct {
		const char	*text;
		unsigned	 line, col;
		const char	*msg;
	} v[] = {
		{ "service:\n  name: X\nanswers:\n  SD-G9: ja\n", 4, 3,
		    "unknown criterion" },
		{ "service:\n  organisation: X\n", ANY, ANY, "'name'" },
		{ "service:\n  name: X\n  budget_eur: 1.25.0\n", 3, 15,
		    "not an amount" },
		{ "service: [\n", ANY, ANY, "invalid YAML" },
		{ "service:\n  name: X\n  name: Y\n", 3, 3, "duplicate key" },
		{ "catalog: other\nservice:\n  name: X\n", 1, 10, "other" },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(v); i++) {
		struct aft_catalog	*cat = NULL;
		struct aft_diags	 d;
		char			*html = (char *)"x";

		assert_int_not_equal(render_from(&html, v[i].text, &d, &cat),
		    AFT_OK);
		assert_null(html);
		assert_diag(&d, AFT_SEV_ERROR, v[i].line, v[i].col, v[i].msg);
		aft_catalog_free(cat);
		aft_diags_fini(&d);
	}
}

/* Hostile text from the answers file stays data. */
static void
test_from_hostile(void **state)
{
	static const char text[] =
	    "service:\n"
	    "  name: \"</script><script>alert(1)</script>\"\n"
	    "  organisation: \"<img src=x onerror=alert(2)>\"\n"
	    "answers:\n"
	    "  SD-G1:\n"
	    "    level: ja\n"
	    "    motivation: \"\\u2028<!-- & \\u2029 [x](javascript:alert(3))\"\n"
	    "unknown: {a: 1}\n";
	struct aft_catalog	*cat = NULL;
	struct aft_diags	 d;
	char			*html = NULL;
	const char		*data, *end;

	(void)state;
	assert_int_equal(render_from(&html, text, &d, &cat), AFT_OK);
	/* The unknown key is a warning, and the page is made. */
	assert_diag(&d, AFT_SEV_WARNING, 8, 1, "unknown");
	data = page_data(html);
	end = strstr(data, "</script>");
	assert_null(memchr(data, '<', (size_t)(end - data)));
	assert_null(strstr(data, "\xE2\x80\xA8"));
	assert_non_null(strstr(data, "\\u003c/script\\u003e\\u003cscript"));
	/* The level as the loader read it, and the tree as written. */
	assert_non_null(strstr(data, "\"SD-G1\":[\"volledig\","));
	assert_non_null(strstr(data, "{\"k\":\"p\",\"v\":\"ja\"}"));
	assert_non_null(strstr(data, "{\"k\":\"p\",\"v\":\"unknown\"}"));
	free(html);
	aft_catalog_free(cat);
	aft_diags_fini(&d);
}

/* The page's data of html, parsed; a new reference. */
static json_t *
parsed_data(const char *html)
{
	const char	*data = page_data(html), *end = strstr(data, "</script>");
	json_error_t	 err;
	json_t		*j;

	assert_non_null(end);
	j = json_loadb(data, (size_t)(end - data), 0, &err);
	if (j == NULL)
		fail_msg("the page's data is no JSON: %s", err.text);
	return j;
}

/*
 * The catalog in the page is the document of `criteria --format json`,
 * member for member, in both languages, with the not-applicable
 * answer's label and the highest points beside it.
 */
static void
test_data_catalog(void **state)
{
	static const char *const members[] = {
		"catalog", "threshold", "scale", "bands", "principles"
	};
	struct aft_catalog	*cat = NULL;
	struct aft_diags	 d;

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	assert_int_equal(aft_catalog_load_default(&cat, &d), AFT_OK);
	for (int lang = AFT_LANG_NL; lang <= AFT_LANG_EN; lang++) {
		struct aft_form_opts	 o = { .lang = (enum aft_lang)lang };
		char			*html = NULL;
		size_t			 len = 0;
		json_t			*page, *doc;

		assert_int_equal(aft_form_render(&html, &len, cat, &o, &d),
		    AFT_OK);
		page = parsed_data(html);
		assert_non_null(doc = aft_json_catalog(cat, o.lang));
		for (size_t i = 0; i < NELEM(members); i++)
			if (!json_equal(json_object_get(page, members[i]),
			    json_object_get(doc, members[i])))
				fail_msg("'%s' differs", members[i]);
		assert_string_equal(json_string_value(json_object_get(
		    json_object_get(page, "catalog"), "notice")),
		    cat->notice.s[lang]);
		assert_string_equal(json_string_value(json_object_get(
		    json_object_get(page, "nvt"), "label")),
		    cat->nvt.label.s[lang]);
		assert_int_equal(json_integer_value(json_object_get(page,
		    "max_points")), cat->max_points);
		json_decref(doc);
		json_decref(page);
		free(html);
	}
	aft_catalog_free(cat);
	aft_diags_fini(&d);
}

/*
 * A --from file as deep as YAML is read (63 sequences in the top
 * mapping: AFT_YDEPTH_MAX), under a key the form does not edit, goes
 * into the page's tree whole; a budget with more digits than
 * jansson writes keeps them all.
 */
static void
test_from_deep(void **state)
{
	struct aft_catalog	*cat = NULL;
	struct aft_diags	 d;
	char			 text[512], *html = NULL, *p = text;
	json_t			*page, *v;
	int			 depth = 0;

	(void)state;
	p += sprintf(p, "service:\n  name: X\n  budget_eur: "
	    "500000.0000000001\nextra: ");
	for (int i = 0; i < 63; i++)
		*p++ = '[';
	p += sprintf(p, "deep");
	for (int i = 0; i < 63; i++)
		*p++ = ']';
	strcpy(p, "\n");
	assert_int_equal(render_from(&html, text, &d, &cat), AFT_OK);
	assert_diag(&d, AFT_SEV_WARNING, 4, 1, "unknown");
	page = parsed_data(html);
	assert_true(json_real_value(json_object_get(json_object_get(page,
	    "start"), "budget")) == 500000.0000000001);
	/* tree: {k:m, v:[..., [key, value]]}; the value's sequences. */
	v = json_array_get(json_object_get(json_object_get(page, "tree"), "v"),
	    1);
	assert_string_equal(json_string_value(json_object_get(
	    json_array_get(v, 0), "v")), "extra");
	v = json_array_get(v, 1);
	assert_non_null(v);
	while (strcmp(json_string_value(json_object_get(v, "k")), "s") == 0) {
		v = json_array_get(json_object_get(v, "v"), 0);
		depth++;
	}
	assert_int_equal(depth, 63);
	assert_string_equal(json_string_value(json_object_get(v, "v")), "deep");
	json_decref(page);
	free(html);
	aft_catalog_free(cat);
	aft_diags_fini(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha256_vectors),
		cmocka_unit_test(test_sha256_base64),
		cmocka_unit_test(test_embed_escapes),
		cmocka_unit_test(test_blank_form),
		cmocka_unit_test(test_from_refused),
		cmocka_unit_test(test_from_hostile),
		cmocka_unit_test(test_data_catalog),
		cmocka_unit_test(test_from_deep),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
