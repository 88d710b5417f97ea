/*
 * The YAML layer's defences (src/yaml/node.c): limits on depth, nodes,
 * alias expansion and scalar length; encodings; and syntax errors
 * worded for people, each at its line and column.
 */
#include "helpers.h"

#include "yaml/node.h"

struct yread {
	struct aft_arena	 arena;
	struct aft_diags	 d;
	struct aft_ynode	*root;
	int			 rc;
};

static int
yload_n(struct yread *y, const char *buf, size_t len, enum aft_lang lang)
{
	aft_arena_init(&y->arena);
	aft_diags_init(&y->d, lang);
	y->rc = aft_ynode_load(&y->root, "t.yaml", buf, len, NULL, &y->arena,
	    &y->d);
	return y->rc;
}

static int
yload(struct yread *y, const char *buf)
{
	return yload_n(y, buf, strlen(buf), AFT_LANG_EN);
}

static void
yfini(struct yread *y)
{
	aft_diags_fini(&y->d);
	aft_arena_fini(&y->arena);
}

/* A malloc'd string of n copies of s followed by tail. */
static char *
repeat(const char *s, size_t n, const char *tail)
{
	size_t	 len = strlen(s), tl = strlen(tail);
	char	*b = malloc(len * n + tl + 1);

	assert_non_null(b);
	for (size_t i = 0; i < n; i++)
		memcpy(b + i * len, s, len);
	memcpy(b + n * len, tail, tl + 1);
	return b;
}

static void
test_depth(void **state)
{
	struct yread	 y;
	char		*deep;

	(void)state;
	/* 64 levels are fine, 65 are not, and 10,000 end at once. */
	deep = repeat("[", 64, "");
	assert_rc(&y.d, yload(&y, deep), AFT_EINPUT);	/* unclosed */
	assert_null(diag_find(&y.d, AFT_SEV_ERROR, ANY, ANY, "nested"));
	yfini(&y);
	free(deep);
	deep = repeat("{a: ", 10000, "");
	assert_rc(&y.d, yload(&y, deep), AFT_ELIMIT);
	assert_error_at(&y.d, 1, 257, "nested deeper than 64 levels");
	assert_int_equal(y.d.nerr, 1);
	yfini(&y);
	free(deep);
	deep = repeat("- ", 10000, "x\n");
	assert_rc(&y.d, yload(&y, deep), AFT_ELIMIT);
	assert_error_at(&y.d, 1, 129, "nested deeper than 64 levels");
	yfini(&y);
	free(deep);
}

static void
test_alias_bomb(void **state)
{
	static const char bomb[] =
	    "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
	    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
	    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
	    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
	    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
	    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
	    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
	    "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]\n";
	struct yread y;

	(void)state;
	assert_rc(&y.d, yload(&y, bomb), AFT_ELIMIT);
	/*
	 * The root, a (12 nodes), b (112), c (1122) and d (11222) make
	 * 12469; each *d adds 11221, so the eighth in e passes 100,000.
	 */
	assert_error_at(&y.d, 5, 36,
	    "more than 100000 nodes (aliases counted in full)");
	assert_int_equal(y.d.nerr, 1);
	yfini(&y);
}

static void
test_nodes(void **state)
{
	struct yread	 y;
	char		*many;

	(void)state;
	many = repeat("- x\n", 100000, "");
	assert_rc(&y.d, yload(&y, many), AFT_ELIMIT);
	/* The list itself is one node, so item 100,000 is one too many. */
	assert_error_at(&y.d, 100000, 3, "more than 100000 nodes");
	yfini(&y);
	free(many);
	many = repeat("- x\n", 99999, "");
	assert_rc(&y.d, yload(&y, many), AFT_OK);
	assert_int_equal(y.root->n, 99999);
	yfini(&y);
	free(many);
}

static void
test_scalar_length(void **state)
{
	struct yread	 y;
	char		*s;

	(void)state;
	s = repeat("x", AFT_YSCALAR_MAX, "\n");
	assert_rc(&y.d, yload(&y, s), AFT_OK);
	assert_int_equal(y.root->len, AFT_YSCALAR_MAX);
	yfini(&y);
	free(s);
	s = repeat("y", AFT_YSCALAR_MAX + 4, "\n");
	s[0] = 'a';
	s[1] = ':';
	s[2] = ' ';
	assert_rc(&y.d, yload(&y, s), AFT_ELIMIT);
	assert_error_at(&y.d, 1, 4, "value longer than 262144 bytes");
	yfini(&y);
	free(s);
}

static void
test_many_anchors(void **state)
{
	struct yread	 y;
	size_t		 cap = 40000 * 24, len = 0;
	char		*b = malloc(cap);

	(void)state;
	assert_non_null(b);
	/*
	 * 20,000 anchors, then 20,000 aliases of the first: linear work.
	 * A list searched from the newest anchor would cost 4e8 compares.
	 */
	len += (size_t)snprintf(b + len, cap - len, "x:\n");
	for (int i = 0; i < 20000; i++)
		len += (size_t)snprintf(b + len, cap - len, "- &a%d v%d\n", i,
		    i);
	len += (size_t)snprintf(b + len, cap - len, "y:\n");
	for (int i = 0; i < 20000; i++)
		len += (size_t)snprintf(b + len, cap - len, "- *a%d\n",
		    i % 2 ? 0 : 19999);
	assert_rc(&y.d, yload_n(&y, b, len, AFT_LANG_EN), AFT_OK);
	assert_int_equal(aft_ynode_get(y.root, "y")->n, 20000);
	assert_string_equal(aft_ynode_get(y.root, "y")->kids[0]->str,
	    "v19999");
	assert_string_equal(aft_ynode_get(y.root, "y")->kids[1]->str, "v0");
	yfini(&y);
	free(b);
}

static void
test_anchor_newest_wins(void **state)
{
	struct yread		y;
	const struct aft_ynode	*l;

	(void)state;
	assert_rc(&y.d, yload(&y,
	    "a: &x one\nb: &x two\nc: *x\nd: &y [*x]\ne: *y\n"), AFT_OK);
	assert_string_equal(aft_ynode_get(y.root, "c")->str, "two");
	l = aft_ynode_get(y.root, "e");
	assert_int_equal(l->kind, AFT_YSEQ);
	assert_string_equal(l->kids[0]->str, "two");
	yfini(&y);
	/* A collection's own anchor is not known inside it. */
	assert_rc(&y.d, yload(&y, "a: &z [*z]\n"), AFT_EINPUT);
	assert_error_at(&y.d, 1, 8, "alias '*z' refers to no earlier anchor");
	yfini(&y);
}

static void
test_duplicate_keys(void **state)
{
	struct yread y;

	(void)state;
	/* Every duplicate is named; the tree keeps each first value. */
	assert_rc(&y.d, yload(&y,
	    "a: 1\nb:\n  c: 1\n  c: 2\n  c: 3\na: 4\n[x]: 5\nd: 6\n"),
	    AFT_EINPUT);
	assert_error_at(&y.d, 4, 3,
	    "duplicate key 'c'; first given at line 3, column 3");
	assert_error_at(&y.d, 5, 3,
	    "duplicate key 'c'; first given at line 3, column 3");
	assert_error_at(&y.d, 6, 1,
	    "duplicate key 'a'; first given at line 1, column 1");
	assert_error_at(&y.d, 7, 1, "a key must be a single value, not a list");
	assert_int_equal(y.d.nerr, 4);
	assert_non_null(y.root);
	assert_int_equal(y.root->n, 3);
	assert_string_equal(aft_ynode_get(y.root, "a")->str, "1");
	assert_int_equal(aft_ynode_get(y.root, "b")->n, 1);
	assert_string_equal(aft_ynode_get(aft_ynode_get(y.root, "b"), "c")->str,
	    "1");
	assert_string_equal(aft_ynode_get(y.root, "d")->str, "6");
	yfini(&y);
}

/* The same in a map too large to check pair by pair. */
static void
test_duplicate_keys_large(void **state)
{
	char		 buf[2048];
	size_t		 len = 0;
	struct yread	 y;

	(void)state;
	/* Lines 1-70: k0..k69; 71: k3 again; 72: a list key; 73: k69. */
	for (int i = 0; i < 70; i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len,
		    "k%d: %d\n", i, i);
	snprintf(buf + len, sizeof(buf) - len, "k3: x\n[k]: y\nk69: z\n");
	assert_rc(&y.d, yload(&y, buf), AFT_EINPUT);
	assert_error_at(&y.d, 71, 1,
	    "duplicate key 'k3'; first given at line 4, column 1");
	assert_error_at(&y.d, 72, 1, "a key must be a single value, not a list");
	assert_error_at(&y.d, 73, 1,
	    "duplicate key 'k69'; first given at line 70, column 1");
	assert_int_equal(y.d.nerr, 3);
	assert_int_equal(y.root->n, 70);
	assert_string_equal(aft_ynode_get(y.root, "k3")->str, "3");
	assert_string_equal(aft_ynode_get(y.root, "k69")->str, "69");
	assert_string_equal(y.root->kids[2 * 69]->str, "k69");
	yfini(&y);
}

static void
test_utf16(void **state)
{
	/* "a: é\n" in UTF-16 with a BOM, both byte orders. */
	static const char le[] = "\xFF\xFE" "a\0:\0 \0\xE9\0\n\0";
	static const char be[] = "\xFE\xFF" "\0a\0:\0 \0\xE9\0\n";
	static const char pair[] = "\xFF\xFE" "a\0:\0 \0\x3D\xD8\x00\xDE";
	static const char lone_hi[] = "\xFF\xFE" "a\0:\0 \0\x00\xD8\n\0";
	static const char lone_lo[] = "\xFE\xFF" "\0a\0\n\0b\0:\0 \xDC\x00";
	static const char odd[] = "\xFF\xFE" "a\0:\0\n\0b";
	static const char nobom[] = "a\0:\0 \0x\0\n\0";
	static const char nobom_be[] = "\0a\0:\0 \0x\0\n";
	static const char u32[] = "\xFF\xFE\0\0" "a\0\0\0";
	static const char u32be[] = "\0\0\xFE\xFF" "\0\0\0a";
	static const char u32nobom[] = "a\0\0\0:\0\0\0";
	struct yread y;

	(void)state;
	assert_rc(&y.d, yload_n(&y, le, sizeof(le) - 1, AFT_LANG_EN), AFT_OK);
	assert_string_equal(aft_ynode_get(y.root, "a")->str, "\xC3\xA9");
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, be, sizeof(be) - 1, AFT_LANG_EN), AFT_OK);
	assert_string_equal(aft_ynode_get(y.root, "a")->str, "\xC3\xA9");
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, pair, sizeof(pair) - 1, AFT_LANG_EN),
	    AFT_OK);
	assert_string_equal(aft_ynode_get(y.root, "a")->str,
	    "\xF0\x9F\x98\x80");
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, lone_hi, sizeof(lone_hi) - 1,
	    AFT_LANG_EN), AFT_EINPUT);
	assert_error_at(&y.d, 1, 4, "a lone surrogate 0xD800");
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, lone_lo, sizeof(lone_lo) - 1,
	    AFT_LANG_EN), AFT_EINPUT);
	assert_error_at(&y.d, 2, 4, "a lone surrogate 0xDC00");
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, odd, sizeof(odd) - 1, AFT_LANG_EN),
	    AFT_EINPUT);
	assert_error_at(&y.d, 2, 1, "odd number of bytes");
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, nobom, sizeof(nobom) - 1, AFT_LANG_EN),
	    AFT_EINPUT);
	assert_error_at(&y.d, 0, 0, "UTF-16 without a byte order mark");
	assert_int_equal(y.d.nerr, 1);
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, nobom_be, sizeof(nobom_be) - 1,
	    AFT_LANG_NL), AFT_EINPUT);
	assert_error_at(&y.d, 0, 0, "UTF-16 zonder byte order mark");
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, u32, sizeof(u32) - 1, AFT_LANG_EN),
	    AFT_EINPUT);
	assert_error_at(&y.d, 0, 0, "UTF-32 is not supported");
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, u32be, sizeof(u32be) - 1, AFT_LANG_EN),
	    AFT_EINPUT);
	assert_error_at(&y.d, 0, 0, "UTF-32 is not supported");
	yfini(&y);
	assert_rc(&y.d, yload_n(&y, u32nobom, sizeof(u32nobom) - 1,
	    AFT_LANG_EN), AFT_EINPUT);
	assert_error_at(&y.d, 0, 0, "UTF-32 is not supported");
	yfini(&y);
}

static void
test_utf8_problems(void **state)
{
	static const struct {
		const char	*in;
		size_t		 len;
		unsigned	 line, col;
		const char	*msg;
	} tab[] = {
		{ "a: caf\xE9\n", 8, 1, 7, "invalid UTF-8 byte 0xE9" },
		{ "a: 1\nb: \xC0\xAF\n", 11, 2, 4, "invalid UTF-8 byte 0xC0" },
		{ "a: \xED\xA0\x80\n", 7, 1, 4, "invalid UTF-8 byte 0xED" },
		{ "a: x\xE2\x82", 6, 1, 5, "invalid UTF-8 byte 0xE2" },
		{ "a: x\0y\n", 7, 1, 5, "NUL character" },
		{ "a: x\x01\n", 6, 1, 5, "control character 0x01" },
		{ "a: \xC3\xA9\x7F\n", 7, 1, 5, "character U+007F is not" },
		{ "a: \xC2\x80\n", 6, 1, 4, "character U+0080 is not" },
		{ "a: \xEF\xBF\xBF\n", 7, 1, 4, "character U+FFFF is not" },
		/* CR alone ends a line, as libyaml counts. */
		{ "a: 1\rb: \xFF\n", 10, 2, 4, "invalid UTF-8 byte 0xFF" },
		{ "a: 1\r\nb: \xFF\n", 11, 2, 4, "invalid UTF-8 byte 0xFF" },
	};
	struct yread y;

	(void)state;
	for (size_t i = 0; i < NELEM(tab); i++) {
		assert_rc(&y.d, yload_n(&y, tab[i].in, tab[i].len,
		    AFT_LANG_EN), AFT_EINPUT);
		assert_error_at(&y.d, tab[i].line, tab[i].col, tab[i].msg);
		assert_int_equal(y.d.nerr, 1);
		yfini(&y);
	}
	/* NEL and the line separator end lines, as in libyaml. */
	assert_rc(&y.d, yload(&y, "a: 1\xC2\x85" "b: 2\xE2\x80\xA8" "c: \xFF"),
	    AFT_EINPUT);
	assert_error_at(&y.d, 3, 4, "invalid UTF-8 byte 0xFF");
	yfini(&y);
	assert_rc(&y.d, yload(&y, "\xEF\xBB\xBF" "a: 1\xC2\x85" "b: 2\n"),
	    AFT_OK);
	assert_string_equal(aft_ynode_get(y.root, "b")->str, "2");
	yfini(&y);
}

static void
test_syntax_words(void **state)
{
	static const struct {
		const char	*in;
		enum aft_lang	 lang;
		unsigned	 line, col;
		const char	*msg;
	} tab[] = {
		{ "a:\n\tb: 1\n", AFT_LANG_EN, 2, 1,
		    "invalid YAML: a tab used as indentation; use spaces" },
		{ "a: @x\n", AFT_LANG_EN, 1, 4, "the character '@' cannot "
		    "start a value; put the text in quotes" },
		{ "a: `x\n", AFT_LANG_NL, 1, 4, "het teken '`' kan geen "
		    "waarde beginnen" },
		{ "a:\n  b: \"open\n", AFT_LANG_EN, 3, 1, "the file ends too "
		    "early (a quote or bracket left open?) (in the quoted "
		    "text from line 2, column 6)" },
		{ "a: b: c\n", AFT_LANG_EN, 1, 5, "a ':' is not allowed here" },
		{ "a: 1\n b: 2\n", AFT_LANG_EN, 2, 3,
		    "a ':' is not allowed here" },
		{ "a: \"x\\q\"\n", AFT_LANG_EN, 1, 6,
		    "unknown escape sequence in double-quoted text" },
		{ "a: !e!x y\n", AFT_LANG_NL, 1, 4, "onbekend tag-voorvoegsel" },
		{ "%FOO x\n---\na: 1\n", AFT_LANG_EN, 1, 5, "unknown line "
		    "starting with '%'; only %YAML and %TAG exist" },
		{ "a: 1\n---\nb: 2\n", AFT_LANG_EN, 2, 1,
		    "more than one YAML document" },
		/* Cut off: whatever libyaml expected, the file ends. */
		{ "a: [x,", AFT_LANG_EN, 2, 1, "the file ends too early" },
		{ "a:\n  b: {c: ", AFT_LANG_NL, 3, 1,
		    "het bestand eindigt te vroeg" },
	};
	struct yread y;

	(void)state;
	for (size_t i = 0; i < NELEM(tab); i++) {
		assert_rc(&y.d, yload_n(&y, tab[i].in, strlen(tab[i].in),
		    tab[i].lang), AFT_EINPUT);
		assert_error_at(&y.d, tab[i].line, tab[i].col, tab[i].msg);
		/* No libyaml wording left over. */
		assert_null(diag_find(&y.d, AFT_SEV_ERROR, ANY, ANY,
		    "while scanning"));
		yfini(&y);
	}
}

static void
test_empty(void **state)
{
	static const char *const empty[] = { "", "# nothing\n", "\xEF\xBB\xBF",
	    "\n\n", "---\n", "--- # x\n...\n" };
	struct yread y;

	(void)state;
	for (size_t i = 0; i < NELEM(empty); i++) {
		assert_rc(&y.d, yload(&y, empty[i]), AFT_EINPUT);
		assert_error_at(&y.d, 0, 0, "file is empty");
		assert_null(y.root);
		yfini(&y);
	}
	/* Something written, even if null, is not empty. */
	assert_rc(&y.d, yload(&y, "~\n"), AFT_OK);
	yfini(&y);
}

/* A small valid catalog; %s is spliced into the scale's first level. */
static const char cat_head[] =
    "catalog: {id: t, version: '1', title: {nl: T, en: T}}\n"
    "threshold: {budget_eur: 500000, users: 100000}\n"
    "scale:\n"
    "  levels:\n"
    "    - {id: niet, points: 0, label: {nl: N, en: N}, aliases: [%s]}\n"
    "    - {id: wel, points: 1, label: {nl: W, en: W}, aliases: [ja]}\n"
    "  not_applicable: {id: nvt, label: {nl: X, en: X}}\n"
    "bands:\n"
    "  - {id: goed, min: 50, label: {nl: G, en: G}}\n"
    "  - {id: slecht, min: 0, label: {nl: S, en: S}}\n"
    "principles:\n"
    "  - id: p\n"
    "    title: {nl: P, en: P}\n"
    "    criteria:\n";

static const char cat_crit[] =
    "      - {id: %s, kind: user, text: {nl: t, en: t}, "
    "guidance: {nl: g, en: g}, practice: {niet: {nl: n, en: n}, "
    "wel: {nl: w, en: w}}}\n";

/* A catalog with the aliases given and n criteria c0, c1, ... */
static char *
make_catalog(const char *aliases, size_t n, const char *extra_id)
{
	size_t	 cap = sizeof(cat_head) + strlen(aliases) + (n + 2) * 192;
	size_t	 len;
	char	*b = malloc(cap), id[32];

	assert_non_null(b);
	len = (size_t)snprintf(b, cap, cat_head, aliases);
	for (size_t i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "c%zu", i);
		len += (size_t)snprintf(b + len, cap - len, cat_crit, id);
	}
	if (extra_id != NULL)
		len += (size_t)snprintf(b + len, cap - len, cat_crit, extra_id);
	assert_true(len < cap);
	return b;
}

static void
test_catalog_ids(void **state)
{
	struct aft_diags	 d;
	struct aft_catalog	*cat = NULL;
	char			*y;

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	y = make_catalog("nee", 3, NULL);
	assert_rc(&d, load_catalog_str(&cat, y, &d), AFT_OK);
	assert_int_equal(cat->ncriteria, 3);
	aft_catalog_free(cat);
	free(y);
	/* Ids are compared without regard to case, across the catalog. */
	y = make_catalog("nee", 3, "C1");
	assert_rc(&d, load_catalog_str(&cat, y, &d), AFT_EINPUT);
	assert_error_at(&d, 18, 14, "duplicate id 'C1'; first used at line 16, "
	    "column 14");
	free(y);
	aft_diags_clear(&d);
	y = make_catalog("nee", 0, "GOED");
	assert_rc(&d, load_catalog_str(&cat, y, &d), AFT_EINPUT);
	assert_error_at(&d, 15, 14, "duplicate id 'GOED'; first used at line 9, "
	    "column 10");
	free(y);
	aft_diags_clear(&d);
	/*
	 * 30,000 ids (criteria with nothing but an id, to stay under the
	 * node limit): a hash table, not 4.5e8 comparisons.
	 */
	{
		size_t	cap = 30000 * 24 + 200, len;
		char	*b = malloc(cap);

		assert_non_null(b);
		len = (size_t)snprintf(b, cap, "principles:\n  - id: p\n"
		    "    criteria:\n      - {id: dup}\n      - {id: DUP}\n");
		for (int i = 0; i < 30000; i++)
			len += (size_t)snprintf(b + len, cap - len,
			    "      - {id: c%d}\n", i);
		assert_true(len < cap);
		assert_rc(&d, load_catalog_str(&cat, b, &d), AFT_EINPUT);
		assert_error_at(&d, 5, 14, "duplicate id 'DUP'; first used at "
		    "line 4, column 14");
		assert_null(diag_find(&d, AFT_SEV_ERROR, ANY, ANY,
		    "duplicate id 'c"));
		free(b);
	}
	aft_diags_fini(&d);
}

static void
test_catalog_words(void **state)
{
	struct aft_diags	 d;
	struct aft_catalog	*cat = NULL;
	char			*y, *al;
	size_t			 cap = 20000 * 8, len = 0;

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	/* An alias of one level may not name another one. */
	y = make_catalog("nee, JA", 1, NULL);
	assert_rc(&d, load_catalog_str(&cat, y, &d), AFT_EINPUT);
	assert_error_at(&d, 6, 61, "'ja' already names level 'niet'");
	free(y);
	aft_diags_clear(&d);
	y = make_catalog("nee, Wel", 1, NULL);
	assert_rc(&d, load_catalog_str(&cat, y, &d), AFT_EINPUT);
	assert_error_at(&d, 6, 12, "'wel' already names level 'niet'");
	free(y);
	aft_diags_clear(&d);
	y = make_catalog("nee, nvt", 1, NULL);
	assert_rc(&d, load_catalog_str(&cat, y, &d), AFT_EINPUT);
	assert_error_at(&d, 7, 24, "'nvt' already names level 'niet'");
	free(y);
	aft_diags_clear(&d);
	/* 20,000 aliases are checked in linear time. */
	al = malloc(cap);
	assert_non_null(al);
	for (int i = 0; i < 20000; i++)
		len += (size_t)snprintf(al + len, cap - len, "%sw%d",
		    i ? "," : "", i);
	y = make_catalog(al, 1, NULL);
	assert_rc(&d, load_catalog_str(&cat, y, &d), AFT_OK);
	assert_int_equal(cat->levels[0].naliases, 20000);
	assert_int_equal(aft_catalog_level(cat, "W19999"), 0);
	aft_catalog_free(cat);
	free(y);
	free(al);
	aft_diags_fini(&d);
}

static void
test_answers_read_on(void **state)
{
	struct aft_catalog	*cat = *state;
	struct ans_read		 r;
	size_t			 cap = 3000 * 24, len;
	char			*b;

	/* A duplicate key does not hide the problems after it. */
	assert_int_equal(ans_read(&r, cat, "service:\n  name: x\n  name: y\n"
	    "answers:\n  SD-G1: ja\n  SD-G1: nee\n  SD-G9: ja\n"
	    "  GC-G1: misschien\n"), AFT_EINPUT);
	assert_error_at(&r.d, 3, 3, "duplicate key 'name'; first given at "
	    "line 2, column 3");
	assert_error_at(&r.d, 6, 3, "duplicate key 'SD-G1'");
	assert_error_at(&r.d, 7, 3, "unknown criterion 'SD-G9'; did you mean");
	assert_error_at(&r.d, 8, 10, "'misschien' is not a level");
	assert_int_equal(r.d.nerr, 4);
	assert_null(r.ans);
	ans_read_fini(&r);
	/*
	 * Thousands of unknown ids: each is counted, and those past the
	 * kept messages cost no search for a suggestion.
	 */
	b = malloc(cap);
	assert_non_null(b);
	len = (size_t)snprintf(b, cap, "service: {name: x}\nanswers:\n");
	for (int i = 0; i < 3000; i++)
		len += (size_t)snprintf(b + len, cap - len, "  SD-X%d: ja\n", i);
	assert_true(len < cap);
	assert_int_equal(ans_read(&r, cat, b), AFT_EINPUT);
	assert_int_equal(r.d.nerr, 3000);
	assert_int_equal(r.d.n, AFT_DIAG_KEEP);
	assert_int_equal(r.d.dropped, 3000 - AFT_DIAG_KEEP);
	assert_error_at(&r.d, 3, 3, "unknown criterion 'SD-X0'; did you mean "
	    "'SD-G1'?");
	ans_read_fini(&r);
	free(b);
}

static void
test_catalog_diag_names(void **state)
{
	static const char *const bad[] = { "", "- x\n", "catalog: [\n",
	    "catalog: {id: 'a b'}\n" };
	struct aft_diags	 d;
	struct aft_catalog	*cat;
	char			 name[] = "mijn-catalogus.yaml";

	(void)state;
	/*
	 * A catalog that fails to load is freed, but its messages live on:
	 * they must name the caller's string, not the catalog's copy.
	 */
	for (size_t i = 0; i < NELEM(bad); i++) {
		aft_diags_init(&d, AFT_LANG_EN);
		cat = NULL;
		assert_int_not_equal(aft_catalog_load(&cat, name, bad[i],
		    strlen(bad[i]), &d), AFT_OK);
		assert_null(cat);
		assert_true(d.n > 0);
		for (size_t k = 0; k < d.n; k++)
			assert_ptr_equal(d.v[k].loc.file, name);
		aft_diags_fini(&d);
	}
}

static void
test_yaml_words_complete(void **state)
{
	/* Every problem and context libyaml 0.2.5 can report while parsing. */
	static const char *const words[] = {
		"block sequence entries are not allowed in this context",
		"control characters are not allowed",
		"could not find expected ':'",
		"could not find expected directive name",
		"did not find URI escaped octet",
		"did not find expected '!'",
		"did not find expected ',' or ']'",
		"did not find expected ',' or '}'",
		"did not find expected '-' indicator",
		"did not find expected <document start>",
		"did not find expected alphabetic or numeric character",
		"did not find expected comment or line break",
		"did not find expected digit or '.' character",
		"did not find expected hexdecimal number",
		"did not find expected key",
		"did not find expected node content",
		"did not find expected tag URI",
		"did not find expected version number",
		"did not find expected whitespace",
		"did not find expected whitespace or line break",
		"did not find the expected '>'",
		"found a tab character that violates indentation",
		"found a tab character where an indentation space is expected",
		"found an indentation indicator equal to 0",
		"found character that cannot start any token",
		"found duplicate %TAG directive",
		"found duplicate %YAML directive",
		"found extremely long version number",
		"found incompatible YAML document",
		"found invalid Unicode character escape code",
		"found undefined tag handle",
		"found unexpected ':'",
		"found unexpected document indicator",
		"found unexpected end of stream",
		"found unexpected non-alphabetical character",
		"found unknown directive name",
		"found unknown escape character",
		"mapping keys are not allowed in this context",
		"mapping values are not allowed in this context",
		"while parsing a %TAG directive",
		"while parsing a block collection",
		"while parsing a block mapping",
		"while parsing a block node",
		"while parsing a flow mapping",
		"while parsing a flow node",
		"while parsing a flow sequence",
		"while parsing a node",
		"while parsing a quoted scalar",
		"while parsing a tag",
		"while parsing a tag directive",
		"while scanning a %TAG directive",
		"while scanning a %YAML directive",
		"while scanning a block scalar",
		"while scanning a directive",
		"while scanning a plain scalar",
		"while scanning a quoted scalar",
		"while scanning a simple key",
		"while scanning a tag",
		"while scanning a tag directive",
		"while scanning an alias",
		"while scanning an anchor",
		"while scanning for the next token",
	};

	(void)state;
	for (size_t i = 0; i < NELEM(words); i++) {
		const char *nl = aft_msg_yaml(AFT_LANG_NL, words[i]);
		const char *en = aft_msg_yaml(AFT_LANG_EN, words[i]);

		if (strcmp(nl, words[i]) == 0 || strcmp(nl, en) == 0)
			fail_msg("no Dutch wording for '%s'", words[i]);
	}
	/* Unknown text passes through. */
	assert_string_equal(aft_msg_yaml(AFT_LANG_NL, "iets nieuws"),
	    "iets nieuws");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_alias_bomb),
		cmocka_unit_test(test_nodes),
		cmocka_unit_test(test_scalar_length),
		cmocka_unit_test(test_many_anchors),
		cmocka_unit_test(test_anchor_newest_wins),
		cmocka_unit_test(test_duplicate_keys),
		cmocka_unit_test(test_duplicate_keys_large),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_utf8_problems),
		cmocka_unit_test(test_syntax_words),
		cmocka_unit_test(test_yaml_words_complete),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_catalog_ids),
		cmocka_unit_test(test_catalog_words),
		cmocka_unit_test(test_catalog_diag_names),
		cmocka_unit_test_setup_teardown(test_answers_read_on,
		    setup_default_catalog, teardown_catalog),
	};

	return cmocka_run_group_tests_name("limits", tests, NULL, NULL);
}
