/* Unit tests for src/util/escape.c: CSV, XML/HTML, Markdown and terminal text. */
#include "helpers.h"

#include "util/escape.h"

#define FFFD	"\xEF\xBF\xBD"

/* Runs an escaper on in and returns what it wrote (malloc'd). */
static char *
escaped(int (*fn)(FILE *, const char *), const char *in)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	assert_int_equal(fn(fp, in), 0);
	assert_int_equal(fclose(fp), 0);
	return buf;
}

static int
xml_text(FILE *fp, const char *s)
{
	return aft_esc_xml(fp, s, 0);
}

static int
xml_attr(FILE *fp, const char *s)
{
	return aft_esc_xml(fp, s, AFT_ESC_ATTR);
}

struct pair {
	const char	*in, *out;
};

static void
check(int (*fn)(FILE *, const char *), const struct pair *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *got = escaped(fn, v[i].in);

		if (strcmp(got, v[i].out) != 0) {
			free(got);
			fail_msg("case %zu: got something other than \"%s\"",
			    i, v[i].out);
		}
		free(got);
	}
}

static void
test_utf8_next(void **state)
{
	static const struct {
		const char	*in;
		uint32_t	 cp;
		size_t		 len;
	} v[] = {
		{ "A",			0x41,	1 },
		{ "\xC3\xA9",		0xE9,	2 },	/* é */
		{ "\xE2\x82\xAC",	0x20AC,	3 },	/* € */
		{ "\xF0\x9F\x98\x80",	0x1F600, 4 },
		{ "\xF4\x8F\xBF\xBF",	0x10FFFF, 4 },
		{ "\x80",		0xFFFD,	1 },	/* stray continuation */
		{ "\xC0\x80",		0xFFFD,	1 },	/* overlong NUL */
		{ "\xC1\xBF",		0xFFFD,	1 },	/* overlong */
		{ "\xE0\x80\xAF",	0xFFFD,	1 },	/* overlong '/' */
		{ "\xF0\x80\x80\xAF",	0xFFFD,	1 },	/* overlong '/' */
		{ "\xED\xA0\x80",	0xFFFD,	1 },	/* surrogate */
		{ "\xF4\x90\x80\x80",	0xFFFD,	1 },	/* past U+10FFFF */
		{ "\xF5\x80\x80\x80",	0xFFFD,	1 },
		{ "\xFF",		0xFFFD,	1 },
		{ "\xE2\x82",		0xFFFD,	1 },	/* cut short */
		{ "\xE2\x82" "A",	0xFFFD,	1 },
	};
	uint32_t cp;

	(void)state;
	for (size_t i = 0; i < NELEM(v); i++) {
		size_t n = aft_utf8_next(v[i].in, &cp);

		if (n != v[i].len || cp != v[i].cp)
			fail_msg("case %zu: U+%04X in %zu bytes, expected "
			    "U+%04X in %zu", i, (unsigned)cp, n,
			    (unsigned)v[i].cp, v[i].len);
	}
}

static void
test_csv(void **state)
{
	static const struct pair v[] = {
		{ "",			"" },
		{ "plain",		"plain" },
		{ " spaces kept ",	" spaces kept " },
		{ "a,b",		"\"a,b\"" },
		{ "say \"hi\"",		"\"say \"\"hi\"\"\"" },
		{ "\"",			"\"\"\"\"" },
		{ "two\nlines",		"\"two\nlines\"" },
		{ "cr\r\nlf",		"\"cr" FFFD "\nlf\"" },
		{ "tab\tkept",		"tab\tkept" },
		{ "esc\x1b[31m\x7f\xC2\x9B", "esc" FFFD "[31m" FFFD FFFD },
		{ "semi;colon",		"semi;colon" },
		{ "€ 1.250.000,50",	"\"€ 1.250.000,50\"" },
		{ "Café Ürdingen",	"Café Ürdingen" },
		{ "bad \xFF byte",	"bad " FFFD " byte" },
		{ "=1+1",		"'=1+1" },
		{ "=HYPERLINK(\"http://x\",\"y\")",
		    "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
		{ "+31 2",		"'+31 2" },
		{ "-5",			"'-5" },
		{ "@SUM(A1)",		"'@SUM(A1)" },
		{ "\tx",		"'\tx" },
		{ "\rx",		"\"'" FFFD "x\"" },
		{ "a=1",		"a=1" },
		{ "'quoted",		"'quoted" },
	};

	(void)state;
	check(aft_esc_csv, v, NELEM(v));
}

static void
test_xml_text(void **state)
{
	static const struct pair v[] = {
		{ "",			"" },
		{ "a & b < c > d",	"a &amp; b &lt; c &gt; d" },
		{ "\"quoted\" 'single'",
		    "&quot;quoted&quot; &#39;single&#39;" },
		{ "&amp;",		"&amp;amp;" },
		{ "]]>",		"]]&gt;" },
		{ "tab\there\nnext",	"tab\there\nnext" },
		{ "cr\r\n",		"cr&#13;\n" },
		{ "\x01\x08\x0B\x0C\x1F", FFFD FFFD FFFD FFFD FFFD },
		{ "del\x7F",		"del" FFFD },
		{ "nel\xC2\x85",	"nel" FFFD },		/* U+0085 */
		{ "\xC2\xA0nbsp",	"\xC2\xA0nbsp" },	/* NBSP kept */
		{ "\xEF\xBF\xBE\xEF\xBF\xBF", FFFD FFFD },	/* U+FFFE/F */
		{ "\xEF\xB7\x90",	FFFD },			/* U+FDD0 */
		{ "\xF0\x9F\xBF\xBE",	FFFD },			/* U+1FFFE */
		{ "\xED\xA0\x80",	FFFD FFFD FFFD },	/* surrogate */
		{ "é € 😀",		"é € 😀" },
		{ "\xEF\xBF\xBD",	FFFD },			/* U+FFFD */
		{ "<script>alert('x')</script>",
		    "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" },
	};

	(void)state;
	check(xml_text, v, NELEM(v));
}

static void
test_xml_attr(void **state)
{
	static const struct pair v[] = {
		{ "a\tb\nc\rd",		"a&#9;b&#10;c&#13;d" },
		{ "x=\"1\" y='2'",	"x=&quot;1&quot; y=&#39;2&#39;" },
		{ "a & b",		"a &amp; b" },
	};

	(void)state;
	check(xml_attr, v, NELEM(v));
}

static void
test_markdown(void **state)
{
	static const struct pair v[] = {
		{ "",			"" },
		{ "plain words",	"plain words" },
		{ "a|b",		"a\\|b" },
		{ "*b* _i_ `c`",	"\\*b\\* \\_i\\_ \\`c\\`" },
		{ "[link](url)",	"\\[link\\](url)" },
		{ "<b>&amp;",		"\\<b\\>\\&amp;" },
		{ "~~s~~ $x$ \\",	"\\~\\~s\\~\\~ \\$x\\$ \\\\" },
		{ "l1\nl2\r\nl3\rl4\tl5", "l1 l2 l3 l4 l5" },
		{ "para\n\n\nnext\n",	"para next" },
		{ "\n",			"" },
		{ "1.250.000 e-loket #1 (B1)!", "1.250.000 e-loket \\#1 (B1)!" },
		{ "# kop",		"\\# kop" },
		{ "![x](http://e/i.png)", "!\\[x\\](http\\://e/i.png)" },
		{ "see https://e.example/a", "see https\\://e.example/a" },
		{ "www.e.example WWW.x", "www\\.e.example WWW\\.x" },
		{ "mail a@b.example",	"mail a@<!-- -->b.example" },
		{ "a @ b, x@",		"a @ b, x@" },
		{ "ratio 1:2 at 10:30", "ratio 1:2 at 10:30" },
		{ "\x01x",		FFFD "x" },
		{ "bad \xC3",		"bad " FFFD },
		{ "Mijn Burgerprofiel",	"Mijn Burgerprofiel" },
	};

	(void)state;
	check(aft_esc_md, v, NELEM(v));
}

static void
test_markdown_code(void **state)
{
	static const struct pair v[] = {
		{ "n/a",		"`n/a`" },
		{ "my_file <b>.yaml",	"`my_file <b>.yaml`" },
		{ "a`b",		"a\\`b" },
		{ "a|b",		"a\\|b" },
		{ " x",			" x" },
		{ "e\x1b[1m",		"e" FFFD "\\[1m" },
		{ "",			"" },
	};

	(void)state;
	check(aft_esc_md_code, v, NELEM(v));
}

static int
term(FILE *fp, const char *s)
{
	return aft_esc_term(fp, s, 0);
}

static int
term_nl(FILE *fp, const char *s)
{
	return aft_esc_term(fp, s, AFT_ESC_NL);
}

static void
test_term(void **state)
{
	static const struct pair v[] = {
		{ "",			"" },
		{ "Omgevingsloket é € 😀", "Omgevingsloket é € 😀" },
		{ "\x1b[31mred\x1b[0m",	"\\x1b[31mred\\x1b[0m" },
		{ "\x1b]8;;http://e/\x1b\\link\x1b]8;;\x1b\\",
		    "\\x1b]8;;http://e/\\x1b\\link\\x1b]8;;\\x1b\\" },
		{ "\x1b]52;c;ZXZpbA==\x07", "\\x1b]52;c;ZXZpbA==\\x07" },
		{ "a\tb",		"a b" },
		{ "l1\nl2",		"l1 l2" },
		{ "cr\rx\x01\x1f\x7f",	"cr\\x0dx\\x01\\x1f\\x7f" },
		{ "\xC2\x80\xC2\x85\xC2\x9B\xC2\x9F\xC2\xA0",
		    "\\x80\\x85\\x9b\\x9f\xC2\xA0" },	/* C1; NBSP kept */
		{ "\xE2\x80\xAA\xE2\x80\xAE\xE2\x81\xA6\xE2\x81\xA9",
		    "\\u202a\\u202e\\u2066\\u2069" },
		{ "\xE2\x80\xA9\xE2\x80\xAF\xE2\x81\xA5\xE2\x81\xAA",
		    "\xE2\x80\xA9\xE2\x80\xAF\xE2\x81\xA5\xE2\x81\xAA" },
		{ "bad \xFF \xC3 \xE2\x80", "bad " FFFD " " FFFD " " FFFD FFFD },
		{ "\xEF\xBF\xBD",	"\xEF\xBF\xBD" },
		{ "C:\\x1b",		"C:\\x1b" },
	};
	static const struct pair nl[] = {
		{ "l1\nl2\n",		"l1\nl2\n" },
		{ "a\tb\r\n",		"a b\\x0d\n" },
	};
	static const struct {
		const char	*in;
		size_t		 span;
	} spans[] = {
		{ "clean",		5 },
		{ "ab\x1b",		2 },
		{ "é\xC2\x9B",		2 },
		{ "€\xE2\x80\xAE",	3 },
		{ "x\n",		1 },
		{ "\xFF",		0 },
	};

	(void)state;
	check(term, v, NELEM(v));
	check(term_nl, nl, NELEM(nl));
	for (size_t i = 0; i < NELEM(spans); i++)
		assert_int_equal(aft_esc_term_span(spans[i].in, 0),
		    spans[i].span);
	assert_int_equal(aft_esc_term_span("x\ny", AFT_ESC_NL), 3);
	for (size_t i = 0; i < NELEM(v); i++) {
		char *dup = aft_esc_term_dup(v[i].in, 0);

		assert_non_null(dup);
		assert_string_equal(dup, v[i].out);
		free(dup);
	}
}

/* A stream that fails to write must be reported, not ignored. */
static void
test_write_error(void **state)
{
	FILE *fp = fopen("/dev/full", "w");

	(void)state;
	assert_non_null(fp);
	setvbuf(fp, NULL, _IONBF, 0);
	assert_int_equal(aft_esc_csv(fp, "x"), EOF);
	clearerr(fp);
	assert_int_equal(aft_esc_xml(fp, "x", 0), EOF);
	clearerr(fp);
	assert_int_equal(aft_esc_md(fp, "x"), EOF);
	clearerr(fp);
	assert_int_equal(aft_esc_term(fp, "x\x1b", 0), EOF);
	fclose(fp);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_next),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_xml_text),
		cmocka_unit_test(test_xml_attr),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_markdown_code),
		cmocka_unit_test(test_term),
		cmocka_unit_test(test_write_error),
	};

	return cmocka_run_group_tests_name("escape", tests, NULL, NULL);
}
