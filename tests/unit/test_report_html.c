/* The HTML report: radar geometry, colour contrast, escaping, structure. */
#include "helpers.h"

#include "util/sha256.h"

#include "aftoets/input.h"

#include "report/html_internal.h"

#define EPS	1e-9

static void
test_radar_point(void **state)
{
	static const struct {
		size_t	i, n;
		double	v, x, y;
	} t[] = {
		/* Axis 0 points up; y grows downwards in SVG. */
		{ 0, 5, 100, 100, 50 },
		{ 0, 5, 50, 100, 75 },
		{ 0, 5, 0, 100, 100 },
		/* Four axes: right, down, left. */
		{ 1, 4, 100, 150, 100 },
		{ 2, 4, 100, 100, 150 },
		{ 3, 4, 50, 75, 100 },
		/* Out of range values are clamped. */
		{ 1, 4, -20, 100, 100 },
		{ 1, 4, 250, 150, 100 },
		/* Five axes, clockwise: 72 degrees apart. */
		{ 1, 5, 100, 100 + 50 * 0.95105651629515353,
		    100 - 50 * 0.30901699437494745 },
		{ 2, 5, 100, 100 + 50 * 0.58778525229247314,
		    100 + 50 * 0.80901699437494734 },
		{ 4, 5, 100, 100 - 50 * 0.95105651629515364,
		    100 - 50 * 0.30901699437494723 },
	};
	struct aft_point c = { 100, 100 };

	(void)state;
	for (size_t k = 0; k < NELEM(t); k++) {
		struct aft_point p = aft_radar_point(c, 50, t[k].i, t[k].n,
		    t[k].v);

		assert_double_near(p.x, t[k].x, EPS);
		assert_double_near(p.y, t[k].y, EPS);
	}
	/* Every axis of a chart is as long as the first. */
	for (size_t i = 0; i < 7; i++) {
		struct aft_point p = aft_radar_point(c, 50, i, 7, 100);

		assert_double_near(hypot(p.x - 100, p.y - 100), 50, EPS);
	}
	/* A NaN is no score: the centre. */
	{
		struct aft_point p = aft_radar_point(c, 50, 1, 5, NAN);

		assert_double_near(p.x, 100, EPS);
		assert_double_near(p.y, 100, EPS);
	}
}

static void
test_contrast(void **state)
{
	(void)state;
	assert_double_near(aft_contrast_ratio(0x000000, 0xffffff), 21, 1e-9);
	assert_double_near(aft_contrast_ratio(0xffffff, 0x000000), 21, 1e-9);
	assert_double_near(aft_contrast_ratio(0x777777, 0x777777), 1, 1e-9);
	/* #767676 is the lightest grey that passes on white; #777777 not. */
	assert_true(aft_contrast_ratio(0x767676, 0xffffff) >= 4.5);
	assert_true(aft_contrast_ratio(0x777777, 0xffffff) < 4.5);
	assert_double_near(aft_contrast_ratio(0x0000ff, 0xffffff), 8.592,
	    0.001);
}

static void
test_palette(void **state)
{
	(void)state;
	assert_true(aft_html_npairs >= 10);
	for (size_t i = 0; i < aft_html_npairs; i++) {
		const struct aft_html_pair *p = &aft_html_pairs[i];
		double r = aft_contrast_ratio(p->fg, p->bg);

		assert_true(p->min >= 3.0);
		if (r < p->min)
			fail_msg("%s: #%06x on #%06x has contrast %.2f, "
			    "needs %.1f", p->what, (unsigned)p->fg,
			    (unsigned)p->bg, r, p->min);
	}
}

/* Renders answers as an HTML report in lang; returns malloc'd text. */
static char *
render(const struct aft_catalog *cat, const char *const *yaml, size_t n,
    enum aft_lang lang)
{
	const struct aft_report_ops *ops = aft_report_find("html");

	assert_non_null(ops);
	assert_false(ops->streaming);
	assert_false(ops->owns_path);
	return report_str(cat, "html", yaml, n, lang, n > 1);
}

static size_t
count(const char *s, const char *sub)
{
	size_t n = 0;

	for (const char *p = s; (p = strstr(p, sub)) != NULL; p++)
		n++;
	return n;
}

static void
test_escaping(void **state)
{
	static const char *const yaml[] = {
	    "service:\n"
	    "  name: \"<script>alert('x')</script> & co\"\n"
	    "answers:\n"
	    "  SD-G1:\n"
	    "    level: niet\n"
	    "    motivation: \"a < b & \\\"c\\\" > d\"\n",
	};
	char *html = render(*state, yaml, 1, AFT_LANG_EN);

	assert_null(strstr(html, "<script"));
	assert_non_null(strstr(html, "<title>Assessment: &lt;script&gt;"
	    "alert(&#39;x&#39;)&lt;/script&gt; &amp; co</title>"));
	assert_non_null(strstr(html,
	    "a &lt; b &amp; &quot;c&quot; &gt; d"));
	free(html);
}

static void
test_structure(void **state)
{
	static const char *const yaml[] = {
	    "service: {name: One, budget_eur: 600000}\n"
	    "answers: {SD-G1: volledig}\n",
	    "service: {name: Two, users: 5}\n",
	};
	const struct aft_catalog	*cat = *state;
	char				*one, *two;

	one = render(cat, yaml, 1, AFT_LANG_NL);
	two = render(cat, yaml, 2, AFT_LANG_EN);

	assert_true(strncmp(one, "<!DOCTYPE html>\n<html lang=\"nl\">", 32) ==
	    0);
	assert_true(strncmp(two, "<!DOCTYPE html>\n<html lang=\"en\">", 32) ==
	    0);
	/* One chart and one axis per principle for each assessment. */
	assert_int_equal(count(one, "<svg xmlns"), 1);
	assert_int_equal(count(one, "class=\"radar-axis\""), cat->nprinciples);
	/*
	 * The page of a batch stays light: no radar per service, but one
	 * chart of the spread of the scores per principle.
	 */
	assert_int_equal(count(two, "<svg xmlns"), cat->nprinciples);
	assert_int_equal(count(two, "class=\"radar-axis\""), 0);
	assert_int_equal(count(two, "<figure class=\"dist\">"),
	    cat->nprinciples);
	assert_int_equal(count(one, "<h1"), 1);
	assert_int_equal(count(two, "<h1"), 1);
	assert_int_equal(count(two, "<section class=\"service\""), 2);
	assert_non_null(strstr(two, "<a href=\"#svc-2\">Two</a>"));
	assert_null(strstr(two, "id=\"svc-2-radar\""));
	/* Its points of attention link to the guidance, written once. */
	assert_non_null(strstr(two, "<h2 id=\"guidance\">"));
	assert_int_equal(count(two, "<h3 id=\"g-SD-G2\">"), 1);
	assert_true(count(two, "href=\"#g-SD-G2\"") >= 2);
	assert_null(strstr(two, "<details class=\"guidance\">"));
	/* The one script, and a policy that allows it and nothing else. */
	assert_int_equal(count(two, "<script>"), 1);
	assert_int_equal(count(one, "<script"), 0);
	assert_non_null(strstr(one, "script-src 'none'"));
	assert_non_null(strstr(two, "script-src 'sha256-"));
	/* The portfolio summary: a section of its own, only for a batch. */
	assert_non_null(strstr(two, "<h2 id=\"summary\">"));
	assert_non_null(strstr(two, "<caption id=\"stats-caption\">"));
	assert_null(strstr(one, "id=\"summary\""));
	/* Every table has a caption, every header cell a scope. */
	assert_int_equal(count(two, "<table"), count(two, "<caption"));
	assert_int_equal(count(two, "<th>") + count(two, "<th "),
	    count(two, "<th scope="));
	/* Self-contained: nothing is fetched. */
	assert_null(strstr(one, "src="));
	assert_null(strstr(one, "<link"));
	assert_null(strstr(one, "url("));
	assert_int_equal(count(one, "://"),
	    count(one, "http://www.w3.org/2000/svg"));
	assert_int_equal(count(two, "://"),
	    count(two, "http://www.w3.org/2000/svg"));
	assert_non_null(strstr(one, "@media print"));
	free(one);
	free(two);
}

/* The policy of a batch names its script by the script's own hash. */
static void
test_script_hash(void **state)
{
	static const char *const yaml[] = {
	    "service: {name: One}\n",
	    "service: {name: Two}\n",
	};
	static const char	 b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/";
	char			*page, *start, *end, want[96], *w = want;
	unsigned char		 d[33];

	page = render(*state, yaml, 2, AFT_LANG_NL);
	assert_non_null(start = strstr(page, "<script>"));
	start += strlen("<script>");
	assert_non_null(end = strstr(start, "</script>"));
	aft_sha256(start, (size_t)(end - start), d);
	d[32] = 0;
	w += snprintf(want, sizeof(want), "script-src 'sha256-");
	for (size_t i = 0; i < 33; i += 3) {
		unsigned v = (unsigned)d[i] << 16 | (unsigned)d[i + 1] << 8 |
		    (i + 2 < 33 ? d[i + 2] : 0);

		*w++ = b64[v >> 18 & 63];
		*w++ = b64[v >> 12 & 63];
		*w++ = b64[v >> 6 & 63];
		*w++ = i + 2 < 32 ? b64[v & 63] : '=';
	}
	*w++ = '\'';
	*w = '\0';
	assert_non_null(strstr(page, want));
	free(page);
}

/* Whether sub is not in s before end. */
static bool
not_before(const char *s, const char *sub, const char *end)
{
	const char *p = strstr(s, sub);

	return p == NULL || p > end;
}

/* The points of attention carry the catalog's guidance; strengths not. */
static void
test_guidance(void **state)
{
	static const char *const yaml[] = {
	    "service: {name: One}\n"
	    "answers: {SD-G1: niet, SD-I1: volledig}\n",
	};
	const struct aft_catalog	*cat = *state;
	char				*html = render(cat, yaml, 1, AFT_LANG_EN);
	const char			*g1, *i1, *end;

	/* All but SD-I1 are below half (unanswered ones too). */
	assert_int_equal(count(html, "<details class=\"guidance\">"),
	    cat->ncriteria - 1);
	assert_int_equal(count(html, "</details>"), cat->ncriteria - 1);
	assert_int_equal(count(html, "<summary>How to meet this criterion "
	    "better</summary>"), cat->ncriteria - 1);
	g1 = strstr(html, "<span class=\"cid\">SD-G1</span>");
	assert_non_null(g1);
	end = strstr(g1, "</li>");
	assert_non_null(end);
	assert_non_null(strstr(g1, "<dt>In practice</dt><dd><dl class="
	    "\"answer\">\n<dt>Not at all</dt><dd>None of the service can be"));
	assert_true(strstr(g1, "<dt>Partly</dt><dd>The application can be "
	    "submitted online") < end);
	assert_true(strstr(g1, "<dt>Common pitfall</dt><dd>Counting a downloadable") < end);
	/* A strength: no guidance. */
	i1 = strstr(html, "<span class=\"cid\">SD-I1</span>");
	assert_non_null(i1);
	end = strstr(i1, "</li>");
	assert_non_null(end);
	assert_true(not_before(i1, "<details", end));
	/* Every point of attention has its own guidance, not SD-G1's. */
	g1 = strstr(html, "<span class=\"cid\">SD-G2</span>");
	assert_non_null(g1);
	end = strstr(g1, "</details>");
	assert_non_null(end);
	assert_true(strstr(g1, "<dt>Evidence</dt><dd>A comparison") < end);
	assert_true(strstr(g1, "<dt>Partly</dt><dd>The first application") <
	    end);
	assert_true(not_before(g1, "Counting a downloadable", end));
	free(html);
}

/*
 * A catalog whose criteria carry only some of the guidance fields (the
 * example in docs/catalogs/): each point of attention shows what its
 * criterion has, and no heading for what it lacks.
 */
static void
test_guidance_partial(void **state)
{
	static const char *const yaml[] = {
	    "catalog: example-2026\nservice: {name: Partial}\n"
	    "answers: {ON-1: nee, ON-2: nee, OP-1: nee}\n",
	};
	struct aft_diags	 d;
	struct aft_catalog	*cat = NULL;
	char			*buf = NULL, *html;
	const char		*on1, *on2, *end;
	size_t			 len = 0;

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, aft_input_read(&buf, &len, "docs/catalogs/example.yaml",
	    "example.yaml", AFT_INPUT_MAX, &d), AFT_OK);
	assert_rc(&d, aft_catalog_load(&cat, "example.yaml", buf, len, &d),
	    AFT_OK);
	free(buf);
	aft_diags_fini(&d);
	html = render(cat, yaml, 1, AFT_LANG_EN);
	/* ON-1 has it all. */
	on1 = strstr(html, "<span class=\"cid\">ON-1</span>");
	assert_non_null(on1);
	end = strstr(on1, "</details>");
	assert_non_null(end);
	assert_true(strstr(on1, "<dt>Evidence</dt><dd>Every step") < end);
	assert_true(strstr(on1, "<dt>In practice</dt>") < end);
	assert_true(strstr(on1, "<dt>Examples of evidence</dt><dd>Screenshots")
	    < end);
	assert_true(strstr(on1, "<dt>Common pitfall</dt><dd>A PDF") < end);
	/* ON-2 has its guidance and practice, no examples nor pitfall. */
	on2 = strstr(html, "<span class=\"cid\">ON-2</span>");
	assert_non_null(on2);
	end = strstr(on2, "</details>");
	assert_non_null(end);
	assert_true(strstr(on2, "<dt>Evidence</dt><dd>A counter or phone line "
	    "staffed") < end);
	assert_true(strstr(on2, "<dt>In practice</dt>") < end);
	assert_true(not_before(on2, "<dt>Examples of evidence</dt>", end));
	assert_true(not_before(on2, "<dt>Common pitfall</dt>", end));
	free(html);
	aft_catalog_free(cat);
}

static void
test_deterministic(void **state)
{
	static const char *const yaml[] = {
	    "service: {name: Same}\nanswers: {SD-G1: 3, GC-I4: nvt}\n",
	};
	char *a = render(*state, yaml, 1, AFT_LANG_EN);
	char *b = render(*state, yaml, 1, AFT_LANG_EN);

	assert_string_equal(a, b);
	free(a);
	free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_radar_point),
		cmocka_unit_test(test_contrast),
		cmocka_unit_test(test_palette),
		cmocka_unit_test(test_escaping),
		cmocka_unit_test(test_structure),
		cmocka_unit_test(test_script_hash),
		cmocka_unit_test(test_guidance),
		cmocka_unit_test(test_guidance_partial),
		cmocka_unit_test(test_deterministic),
	};

	return cmocka_run_group_tests_name("report_html", tests,
	    setup_default_catalog, teardown_catalog);
}
