/*
 * The YAML writer: every string written reads back as exactly itself,
 * in the plainest form that allows it; node trees keep their shape.
 */
#include "helpers.h"

#include "yaml/emit.h"
#include "yaml/node.h"

/* Writes s as the value of key k (at column indent) into a buffer. */
static char *
emit(const char *s, size_t len, unsigned indent, size_t *outlen)
{
	char	*buf = NULL;
	FILE	*fp = open_memstream(&buf, outlen);

	assert_non_null(fp);
	if (indent > 0)
		fputs("m:\n  k:", fp);
	else
		fputs("k:", fp);
	aft_yemit_string(fp, s, len, indent);
	fputs(indent > 0 ? "  after: 1\n" : "after: 1\n", fp);
	fclose(fp);
	return buf;
}

/* Parses yaml and returns the scalar at k (or m.k), copied. */
static void
read_back(const char *yaml, size_t len, unsigned indent, const char *want,
    size_t wantlen)
{
	struct aft_arena	 a;
	struct aft_diags	 d;
	struct aft_ynode	*root;
	const struct aft_ynode	*v;

	aft_arena_init(&a);
	aft_diags_init(&d, AFT_LANG_EN);
	if (aft_ynode_load(&root, "t.yaml", yaml, len, NULL, &a, &d) !=
	    AFT_OK) {
		diags_print(&d);
		fail_msg("does not parse:\n%s", yaml);
	}
	v = indent > 0 ? aft_ynode_get(aft_ynode_get(root, "m"), "k") :
	    aft_ynode_get(root, "k");
	assert_non_null(v);
	assert_int_equal(v->kind, AFT_YSCALAR);
	assert_false(aft_ynode_is_null(v) && v->plain);
	if (v->len != wantlen || memcmp(v->str, want, wantlen) != 0)
		fail_msg("wrote:\n%s\nread back '%s'", yaml, v->str);
	assert_non_null(aft_ynode_get(indent > 0 ? aft_ynode_get(root, "m") :
	    root, "after"));
	aft_diags_fini(&d);
	aft_arena_fini(&a);
}

static const struct {
	const char	*s;
	const char	*form;	/* how the value line starts, at indent 0 */
} cases[] = {
	{ "volledig",			"k: volledig\n" },
	{ "Counter help in 12 of 20 offices.", "k: Counter help" },
	{ "Ébène café",			"k: Ébène" },
	{ "yes",			"k: 'yes'" },
	{ "No",				"k: 'No'" },
	{ "null",			"k: 'null'" },
	{ "~",				"k: '~'" },
	{ "",				"k: ''" },
	{ "750000",			"k: '750000'" },
	{ "2026-11-28",			"k: '2026-11-28'" },
	{ "500.000",			"k: '500.000'" },
	{ "key: value",			"k: 'key: value'" },
	{ "ends with colon:",		"k: 'ends with colon:'" },
	{ "a # not a comment",		"k: 'a # not a comment'" },
	{ "a#b",			"k: a#b" },
	{ "http://example.org/x",	"k: http://example.org/x" },
	{ "- dash",			"k: '- dash'" },
	{ "it's",			"k: it's" },
	{ "'quoted'",			"k: '''quoted'''" },
	{ "\"double\"",			"k: '\"double\"'" },
	{ " leading",			"k: ' leading'" },
	{ "trailing ",			"k: 'trailing '" },
	{ "&anchor",			"k: '&anchor'" },
	{ "*alias",			"k: '*alias'" },
	{ "!tag",			"k: '!tag'" },
	{ "%percent",			"k: '%percent'" },
	{ "@at",			"k: '@at'" },
	{ "[flow]",			"k: '[flow]'" },
	{ "{flow}",			"k: '{flow}'" },
	{ "| pipe",			"k: '| pipe'" },
	{ "> fold",			"k: '> fold'" },
	{ "tab\there",			"k: \"tab\\there\"" },
	{ "line one\nline two",		"k: |-\n  line one\n  line two\n" },
	{ "line one\nline two\n",	"k: |\n  line one\n  line two\n" },
	{ "para\n\nnext",		"k: |-\n  para\n\n  next\n" },
	{ "  indented\nnext",		"k: |2-\n    indented\n  next\n" },
	{ "\nleading newline",		"k: |-\n\n  leading newline\n" },
	{ "first\n  deeper\nback",	"k: |-\n  first\n    deeper\n  back\n" },
	{ "# hash\n---\n...",		"k: |-\n  # hash\n  ---\n  ...\n" },
	{ "two\n\n",			"k: \"two\\n\\n\"" },
	{ "space \nend",		"k: \"space \\nend\"" },
	{ "\n",				"k: \"\\n\"" },
	{ "cr\r\nlf",			"k: \"cr\\r\\nlf\"" },
	{ "bell\a",			"k: \"bell\\x07\"" },
	{ "del\x7f",			"k: \"del\\x7F\"" },
	{ "nel\xc2\x85x",		"k: \"nel\\u0085x\"" },
	{ "ls\xe2\x80\xa8ps\xe2\x80\xa9", "k: \"ls\\u2028ps\\u2029\"" },
	{ "rtl\xe2\x80\xaeiso\xe2\x81\xa6x", "k: \"rtl\\u202Eiso\\u2066x\"" },
	{ "bom\xef\xbb\xbf",		"k: \"bom\\uFEFF\"" },
	{ "back\\slash",		"k: back\\slash" },
	{ "\\start",			"k: '\\start'" },
	{ "multi \"q\"\nand \\",	"k: |-\n  multi \"q\"\n  and \\\n" },
};

static void
test_strings_read_back(void **state)
{
	(void)state;
	for (size_t i = 0; i < NELEM(cases); i++) {
		size_t	 len = strlen(cases[i].s), n;
		char	*out;

		for (unsigned indent = 0; indent <= 2; indent += 2) {
			out = emit(cases[i].s, len, indent, &n);
			if (indent == 0 && strncmp(out, cases[i].form,
			    strlen(cases[i].form)) != 0)
				fail_msg("'%s' written as:\n%s\nexpected:\n%s",
				    cases[i].s, out, cases[i].form);
			read_back(out, n, indent, cases[i].s, len);
			free(out);
		}
	}
}

static void
test_nul_escaped(void **state)
{
	static const char	s[] = "a\0b";
	size_t			n;
	char			*out;

	(void)state;
	out = emit(s, 3, 0, &n);
	assert_string_equal(out, "k: \"a\\x00b\"\nafter: 1\n");
	free(out);
}

static void
test_is_plain(void **state)
{
	(void)state;
	assert_true(aft_yemit_is_plain("SD-G1", 5));
	assert_true(aft_yemit_is_plain("gedeeltelijk", 12));
	assert_false(aft_yemit_is_plain("on", 2));
	assert_false(aft_yemit_is_plain("OFF", 3));
	assert_false(aft_yemit_is_plain("1.5", 3));
	assert_false(aft_yemit_is_plain("a: b", 4));
}

/* A tree read from text, written back, and read again is the same tree. */
static void
roundtrip_tree(const char *yaml, const char *want)
{
	struct aft_arena	 a;
	struct aft_diags	 d;
	struct aft_ynode	*root, *again;
	char			*buf = NULL, *buf2 = NULL;
	size_t			 n, n2;
	FILE			*fp;

	aft_arena_init(&a);
	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, aft_ynode_load(&root, "t.yaml", yaml, strlen(yaml),
	    NULL, &a, &d), AFT_OK);
	fp = open_memstream(&buf, &n);
	fputs("v:", fp);
	aft_yemit_node(fp, root, 0);
	fclose(fp);
	if (want != NULL && strcmp(buf, want) != 0)
		fail_msg("wrote:\n%s\nexpected:\n%s", buf, want);
	assert_rc(&d, aft_ynode_load(&again, "u.yaml", buf, n, NULL, &a, &d),
	    AFT_OK);
	/* Written again from the reread tree, the text is the same. */
	fp = open_memstream(&buf2, &n2);
	aft_yemit_node(fp, aft_ynode_get(again, "v"), 0);
	fclose(fp);
	assert_string_equal(buf2, buf + 2);
	free(buf);
	free(buf2);
	aft_diags_fini(&d);
	aft_arena_fini(&a);
}

static void
test_trees(void **state)
{
	(void)state;
	roundtrip_tree("a: 1\nb: [x, 'y', \"z w\"]\nc: {}\nd: []\ne:\n",
	    "v:\n  a: 1\n  b:\n    - x\n    - 'y'\n    - 'z w'\n  c: {}\n"
	    "  d: []\n  e:\n");
	roundtrip_tree("- {level: volledig, motivation: \"two\\nlines\"}\n"
	    "- - nested\n  - seq\n",
	    "v:\n  -\n    level: volledig\n    motivation: |-\n"
	    "      two\n      lines\n  -\n    - nested\n    - seq\n");
	roundtrip_tree("x: !!str 123\ny: ~\nz: 500.000\nw: -5\n",
	    "v:\n  x: !<tag:yaml.org,2002:str> 123\n  'y':\n  z: 500.000\n"
	    "  w: -5\n");
	roundtrip_tree("base: &b {k: v}\nuse: *b\n'key: odd': 1\n"
	    "\"ta\\tb\": 2\n", NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_strings_read_back),
		cmocka_unit_test(test_nul_escaped),
		cmocka_unit_test(test_is_plain),
		cmocka_unit_test(test_trees),
	};

	return cmocka_run_group_tests_name("yemit", tests, NULL, NULL);
}
