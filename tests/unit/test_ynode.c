/*
 * The YAML node layer: trees with 1-based places, encodings, limits and
 * located errors (SPEC sections 3 and 7).
 */
#include "helpers.h"

#include "yaml/node.h"

/* A YAML input given with its length, so that it may hold NUL bytes. */
#define IN(s)	(s), sizeof(s) - 1

struct yload {
	struct aft_arena	 arena;
	struct aft_diags	 d;
	struct aft_ynode	*root;
	int			 rc;
};

static int
yload(struct yload *y, const char *buf, size_t len,
    const struct aft_ylimits *lim)
{
	aft_arena_init(&y->arena);
	aft_diags_init(&y->d, AFT_LANG_EN);
	y->root = (struct aft_ynode *)&y->root;	/* must be reset */
	y->rc = aft_ynode_load(&y->root, "t.yaml", buf, len, lim, &y->arena,
	    &y->d);
	return y->rc;
}

static void
yload_fini(struct yload *y)
{
	aft_diags_fini(&y->d);
	aft_arena_fini(&y->arena);
}

/* The dump of a tree, malloc'd; the caller frees it. */
static char *
dump_str(const struct aft_ynode *n)
{
	char	*s = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&s, &len);

	assert_non_null(fp);
	aft_ynode_dump(fp, n);
	assert_int_equal(fclose(fp), 0);
	return s;
}

/* Shows an input on stderr, with bytes outside printable ASCII escaped. */
static void
print_input(const char *buf, size_t len)
{
	fputs("input: \"", stderr);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)buf[i];

		if (c == '\n')
			fputs("\\n", stderr);
		else if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\')
			fprintf(stderr, "\\x%02X", c);
		else
			fputc(c, stderr);
	}
	fputs("\"\n", stderr);
}

/* Loads buf, which must succeed, and compares its dump with want. */
static void
check_dump(const char *buf, size_t len, const char *want)
{
	struct yload	 y;
	char		*got;

	assert_rc(&y.d, yload(&y, buf, len, NULL), AFT_OK);
	assert_int_equal(y.d.n, 0);
	got = dump_str(y.root);
	if (strcmp(got, want) != 0) {
		print_input(buf, len);
		fprintf(stderr, "got:\n%sexpected:\n%s", got, want);
		free(got);
		yload_fini(&y);
		fail();
	}
	free(got);
	yload_fini(&y);
}

/* Loads buf, which must fail with rc, with exactly one error at line:col. */
static void
check_error(const char *buf, size_t len, int rc, unsigned line,
    unsigned col, const char *sub)
{
	struct yload	y;
	bool		ok;

	yload(&y, buf, len, NULL);
	ok = y.rc == rc && y.root == NULL && y.d.nerr == 1 &&
	    diag_find(&y.d, AFT_SEV_ERROR, line, col, sub) != NULL &&
	    strcmp(y.d.v[0].loc.file, "t.yaml") == 0;
	if (!ok) {
		diags_print(&y.d);
		print_input(buf, len);
	}
	/* Released before failing, so that valgrind sees only the bug. */
	yload_fini(&y);
	if (!ok)
		fail_msg("status %d, expected %d with one error at %u:%u "
		    "containing \"%s\"", y.rc, rc, line, col, sub);
}

/*
 * Loads buf, which has one error the parse reads past (a duplicate key,
 * a key that is not a scalar): AFT_EINPUT, the error at line:col, and a
 * tree with the offending pair left out.
 */
static void
check_read_past(const char *buf, size_t len, unsigned line, unsigned col,
    const char *sub, const char *want)
{
	struct yload	 y;
	char		*got = NULL;
	bool		 ok;

	yload(&y, buf, len, NULL);
	ok = y.rc == AFT_EINPUT && y.root != NULL && y.d.nerr == 1 &&
	    diag_find(&y.d, AFT_SEV_ERROR, line, col, sub) != NULL;
	if (ok) {
		got = dump_str(y.root);
		ok = strcmp(got, want) == 0;
	}
	if (!ok) {
		diags_print(&y.d);
		print_input(buf, len);
		if (got != NULL)
			fprintf(stderr, "got:\n%sexpected:\n%s", got, want);
	}
	free(got);
	yload_fini(&y);
	if (!ok)
		fail_msg("status %d, expected %d with one error at %u:%u "
		    "containing \"%s\" and the tree kept", y.rc, AFT_EINPUT,
		    line, col, sub);
}

static void
test_dump_golden(void **state)
{
	static const struct {
		const char	*in;
		const char	*want;
	} t[] = {
		{ "a: 1\nb: [x, y]\nc:\n  d: e\n",
		    "MAP 1:1\n"
		    "  STR 1:1 a\n"
		    "  STR 1:4 1\n"
		    "  STR 2:1 b\n"
		    "  SEQ 2:4\n"
		    "    STR 2:5 x\n"
		    "    STR 2:8 y\n"
		    "  STR 3:1 c\n"
		    "  MAP 4:3\n"
		    "    STR 4:3 d\n"
		    "    STR 4:6 e\n" },
		{ "- one\n- two: 2\n  three: 3\n-\n  - nested\n",
		    "SEQ 1:1\n"
		    "  STR 1:3 one\n"
		    "  MAP 2:3\n"
		    "    STR 2:3 two\n"
		    "    STR 2:8 2\n"
		    "    STR 3:3 three\n"
		    "    STR 3:10 3\n"
		    "  SEQ 5:3\n"
		    "    STR 5:5 nested\n" },
		/* Flow style. */
		{ "{a: [1, 2], b: {c: d}}",
		    "MAP 1:1\n"
		    "  STR 1:2 a\n"
		    "  SEQ 1:5\n"
		    "    STR 1:6 1\n"
		    "    STR 1:9 2\n"
		    "  STR 1:13 b\n"
		    "  MAP 1:16\n"
		    "    STR 1:17 c\n"
		    "    STR 1:20 d\n" },
		/* Empty values, ~, quotes, a comment and a document marker. */
		{ "---\n# note\na:\nb: ~\nc: ''\nd: \"x y\"  # end\n",
		    "MAP 3:1\n"
		    "  STR 3:1 a\n"
		    "  STR 3:3 \n"
		    "  STR 4:1 b\n"
		    "  STR 4:4 ~\n"
		    "  STR 5:1 c\n"
		    "  STR 5:4 \n"
		    "  STR 6:1 d\n"
		    "  STR 6:4 x y\n" },
		/* A bare scalar document, with an explicit end. */
		{ "hello\n...\n", "STR 1:1 hello\n" },
		/* Columns count characters, not bytes. */
		{ "\xC3\xA9t\xC3\xA9: \xC3\xBC\n",
		    "MAP 1:1\n"
		    "  STR 1:1 \xC3\xA9t\xC3\xA9\n"
		    "  STR 1:6 \xC3\xBC\n" },
		/* Aliases share the anchored node, with its place. */
		{ "- &a [x, y]\n- *a\n",
		    "SEQ 1:1\n"
		    "  SEQ 1:3\n"
		    "    STR 1:7 x\n"
		    "    STR 1:10 y\n"
		    "  SEQ 1:3\n"
		    "    STR 1:7 x\n"
		    "    STR 1:10 y\n" },
		/* The newest anchor of a name wins. */
		{ "a: &x 1\nb: *x\nc: &x 2\nd: *x\n",
		    "MAP 1:1\n"
		    "  STR 1:1 a\n"
		    "  STR 1:4 1\n"
		    "  STR 2:1 b\n"
		    "  STR 1:4 1\n"
		    "  STR 3:1 c\n"
		    "  STR 3:4 2\n"
		    "  STR 4:1 d\n"
		    "  STR 3:4 2\n" },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++)
		check_dump(t[i].in, strlen(t[i].in), t[i].want);
}

static void
test_crlf(void **state)
{
	static const char lf[] = "a: 1\nb:\n  - x\n  - y\n";
	static const char want[] =
	    "MAP 1:1\n"
	    "  STR 1:1 a\n"
	    "  STR 1:4 1\n"
	    "  STR 2:1 b\n"
	    "  SEQ 3:3\n"
	    "    STR 3:5 x\n"
	    "    STR 4:5 y\n";

	(void)state;
	check_dump(IN(lf), want);
	check_dump(IN("a: 1\r\nb:\r\n  - x\r\n  - y\r\n"), want);
}

static void
test_node_helpers(void **state)
{
	static const char in[] = "a: 1\nb: ~\nc:\nd: null\ne: '~'\n"
	    "f: !!null x\ng: [1]\nh: {i: j}\n";
	const struct aft_ynode	*v;
	struct yload		 y;

	(void)state;
	assert_rc(&y.d, yload(&y, IN(in), NULL), AFT_OK);
	assert_int_equal(y.root->kind, AFT_YMAP);
	assert_int_equal(y.root->n, 8);
	v = aft_ynode_get(y.root, "a");
	assert_non_null(v);
	assert_string_equal(v->str, "1");
	assert_int_equal(v->len, 1);
	assert_true(v->plain);
	assert_false(aft_ynode_is_null(v));
	assert_null(aft_ynode_get(y.root, "z"));
	assert_null(aft_ynode_get(y.root, "A"));	/* keys keep case */
	assert_null(aft_ynode_get(v, "a"));		/* not a map */
	assert_true(aft_ynode_is_null(aft_ynode_get(y.root, "b")));
	assert_true(aft_ynode_is_null(aft_ynode_get(y.root, "c")));
	assert_true(aft_ynode_is_null(aft_ynode_get(y.root, "d")));
	v = aft_ynode_get(y.root, "e");
	assert_false(v->plain);
	assert_false(aft_ynode_is_null(v));		/* quoted: a string */
	v = aft_ynode_get(y.root, "f");
	assert_string_equal(v->tag, "tag:yaml.org,2002:null");
	assert_true(aft_ynode_is_null(v));
	assert_true(aft_ynode_is_null(NULL));
	v = aft_ynode_get(y.root, "g");
	assert_string_equal(aft_ynode_kindname(v, AFT_LANG_EN), "list");
	assert_string_equal(aft_ynode_kindname(v, AFT_LANG_NL), "lijst");
	assert_false(aft_ynode_is_null(v));
	v = aft_ynode_get(y.root, "h");
	assert_string_equal(aft_ynode_kindname(v, AFT_LANG_EN), "mapping");
	assert_string_equal(aft_ynode_kindname(aft_ynode_get(v, "i"),
	    AFT_LANG_EN), "single value");
	/* The root counts itself, 8 keys and 8 values and 3 inner nodes. */
	assert_int_equal(y.root->weight, 20);
	yload_fini(&y);
}

static void
test_duplicate_keys(void **state)
{
	struct yload y;

	(void)state;
	/* The parse reads past a duplicate, keeping the first value. */
	check_read_past(IN("a: 1\nb: 2\na: 3\n"), 3, 1,
	    "duplicate key 'a'; first given at line 1, column 1",
	    "MAP 1:1\n  STR 1:1 a\n  STR 1:4 1\n  STR 2:1 b\n  STR 2:4 2\n");
	check_read_past(IN("x:\n  b: 1\n  b: 2\n"), 3, 3,
	    "duplicate key 'b'; first given at line 2, column 3",
	    "MAP 1:1\n  STR 1:1 x\n  MAP 2:3\n    STR 2:3 b\n"
	    "    STR 2:6 1\n");
	check_read_past(IN("{a: 1, a: 2}"), 1, 8,
	    "duplicate key 'a'; first given at line 1, column 2",
	    "MAP 1:1\n  STR 1:2 a\n  STR 1:5 1\n");
	/* A quoted key is the same key. */
	check_read_past(IN("k: 1\n'k': 2\n"), 2, 1,
	    "first given at line 1, column 1",
	    "MAP 1:1\n  STR 1:1 k\n  STR 1:4 1\n");

	/* Every repeat is reported, each pointing at the first. */
	assert_rc(&y.d, yload(&y, IN("a: 1\na: 2\na: 3\n"), NULL),
	    AFT_EINPUT);
	assert_int_equal(y.d.nerr, 2);
	assert_error_at(&y.d, 2, 1, "first given at line 1, column 1");
	assert_error_at(&y.d, 3, 1, "first given at line 1, column 1");
	yload_fini(&y);

	/* Keys differing in case are different keys. */
	check_dump(IN("a: 1\nA: 2\n"),
	    "MAP 1:1\n  STR 1:1 a\n  STR 1:4 1\n  STR 2:1 A\n  STR 2:4 2\n");
	/* A key must be a scalar; the pair is left out. */
	check_read_past(IN("? [a]\n: b\nc: d\n"), 1, 3,
	    "a key must be a single value, not a list",
	    "MAP 1:1\n  STR 3:1 c\n  STR 3:4 d\n");
}

/* Writes n opening and n closing brackets (or only opening) into buf. */
static char *
nested(size_t n, bool close)
{
	char *buf = malloc(2 * n + 1), *p = buf;

	assert_non_null(buf);
	memset(p, '[', n);
	p += n;
	if (close) {
		memset(p, ']', n);
		p += n;
	}
	*p = '\0';
	return buf;
}

static void
test_depth_limit(void **state)
{
	struct yload		 y;
	struct aft_ylimits	 lim = { .max_depth = 3 };
	char			*buf;
	char			 block[8192];
	size_t			 k = 0;

	(void)state;
	/* 64 levels are fine. */
	buf = nested(64, true);
	assert_rc(&y.d, yload(&y, buf, strlen(buf), NULL), AFT_OK);
	assert_int_equal(y.root->weight, 64);
	yload_fini(&y);
	free(buf);

	/* The 65th is refused at its place. */
	buf = nested(65, true);
	check_error(buf, strlen(buf), AFT_ELIMIT, 1, 65,
	    "nested deeper than 64 levels");
	free(buf);

	/* 10,000 levels stop at the 65th, closed or not. */
	buf = nested(10000, true);
	check_error(buf, strlen(buf), AFT_ELIMIT, 1, 65,
	    "nested deeper than 64 levels");
	free(buf);
	buf = nested(10000, false);
	check_error(buf, strlen(buf), AFT_ELIMIT, 1, 65,
	    "nested deeper than 64 levels");
	free(buf);

	/* Block mappings count the same way. */
	for (int i = 0; i < 70; i++)
		k += (size_t)snprintf(block + k, sizeof(block) - k, "%*sa:\n",
		    i, "");
	check_error(block, k, AFT_ELIMIT, 65, 65,
	    "nested deeper than 64 levels");

	/* A caller may lower the limit, but not raise it. */
	assert_rc(&y.d, yload(&y, IN("[[[x]]]"), &lim), AFT_OK);
	yload_fini(&y);
	assert_rc(&y.d, yload(&y, IN("[[[[x]]]]"), &lim), AFT_ELIMIT);
	assert_error_at(&y.d, 1, 4, "nested deeper than 3 levels");
	yload_fini(&y);
	lim.max_depth = 1000;
	buf = nested(65, true);
	assert_rc(&y.d, yload(&y, buf, strlen(buf), &lim), AFT_ELIMIT);
	assert_error_at(&y.d, 1, 65, "nested deeper than 64 levels");
	yload_fini(&y);
	free(buf);
}

static void
test_alias_bomb(void **state)
{
	static const char bomb[] =
	    "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
	    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
	    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
	    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
	    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
	    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
	    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
	    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
	    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
	struct aft_ylimits	lim = { .max_nodes = 10 };
	struct yload		y;

	(void)state;
	/*
	 * Aliases count as the nodes they stand for: e stands for 66,430
	 * nodes, so the first *e goes over 100,000.
	 */
	check_error(IN(bomb), AFT_ELIMIT, 6, 8,
	    "more than 100000 nodes (aliases counted in full)");

	/*
	 * The same with a small limit of the caller's: the tree below has
	 * 16 nodes counting each *a as the 4 it stands for.
	 */
	assert_rc(&y.d, yload(&y, IN("a: &a [x, y, z]\nb: [*a, *a]\n"),
	    &lim), AFT_ELIMIT);
	assert_error_at(&y.d, 2, 5, "more than 10 nodes");
	yload_fini(&y);
	lim.max_nodes = 16;
	assert_rc(&y.d, yload(&y, IN("a: &a [x, y, z]\nb: [*a, *a]\n"),
	    &lim), AFT_OK);
	assert_int_equal(y.root->weight, 16);
	yload_fini(&y);
}

static void
test_alias_undefined(void **state)
{
	(void)state;
	check_error(IN("a: *x\n"), AFT_EINPUT, 1, 4,
	    "alias '*x' refers to no earlier anchor");
	/* An anchor is usable only after its node ends: no cycles. */
	check_error(IN("a: &x [*x]\n"), AFT_EINPUT, 1, 8,
	    "alias '*x' refers to no earlier anchor");
	/* Nor before it is defined. */
	check_error(IN("a: *y\nb: &y 1\n"), AFT_EINPUT, 1, 4,
	    "alias '*y' refers to no earlier anchor");
}

static void
test_scalar_limit(void **state)
{
	struct aft_ylimits	lim = { .max_scalar = 4 };
	struct yload		y;

	(void)state;
	assert_rc(&y.d, yload(&y, IN("a: abcd\n"), &lim), AFT_OK);
	yload_fini(&y);
	assert_rc(&y.d, yload(&y, IN("a: abcde\n"), &lim), AFT_ELIMIT);
	assert_error_at(&y.d, 1, 4, "value longer than 4 bytes");
	yload_fini(&y);
}

static void
test_utf8_bom(void **state)
{
	static const char want[] =
	    "MAP 1:1\n  STR 1:1 a\n  STR 1:4 b\n";

	(void)state;
	check_dump(IN("\xEF\xBB\xBF" "a: b\n"), want);
	/* A BOM and nothing else is an empty file. */
	check_error(IN("\xEF\xBB\xBF"), AFT_EINPUT, 0, 0, "file is empty");
}

static void
test_utf16(void **state)
{
	/* "é: x\nk: [😀, ü]\n" in UTF-8, UTF-16LE and UTF-16BE with BOM. */
	static const char u8[] =
	    "\xC3\xA9: x\nk: [\xF0\x9F\x98\x80, \xC3\xBC]\n";
	static const char le[] =
	    "\xFF\xFE"
	    "\xE9\x00:\x00 \x00x\x00\n\x00"
	    "k\x00:\x00 \x00[\x00\x3D\xD8\x00\xDE,\x00 \x00\xFC\x00]\x00\n\x00";
	static const char be[] =
	    "\xFE\xFF"
	    "\x00\xE9\x00:\x00 \x00x\x00\n"
	    "\x00k\x00:\x00 \x00[\xD8\x3D\xDE\x00\x00,\x00 \x00\xFC\x00]\x00\n";
	static const char want[] =
	    "MAP 1:1\n"
	    "  STR 1:1 \xC3\xA9\n"
	    "  STR 1:4 x\n"
	    "  STR 2:1 k\n"
	    "  SEQ 2:4\n"
	    "    STR 2:5 \xF0\x9F\x98\x80\n"
	    "    STR 2:8 \xC3\xBC\n";

	(void)state;
	check_dump(IN(u8), want);
	check_dump(IN(le), want);
	check_dump(IN(be), want);
}

static void
test_utf16_invalid(void **state)
{
	(void)state;
	/* An odd number of bytes, reported where the text stops. */
	check_error(IN("\xFF\xFE" "a\0:\0 \0b\0\n"), AFT_EINPUT, 1, 5,
	    "UTF-16 text with an odd number of bytes");
	/* A high surrogate without its low half, and a lone low one. */
	check_error(IN("\xFF\xFE" "a\0:\0 \0\x00\xD8\n\0"), AFT_EINPUT, 1, 4,
	    "invalid UTF-16 text");
	check_error(IN("\xFF\xFE" "a\0:\0 \0\x00\xDC\n\0"), AFT_EINPUT, 1, 4,
	    "invalid UTF-16 text");
	check_error(IN("\xFE\xFF" "\0a\0\n\0b\0:\0 \xD8\x00"), AFT_EINPUT, 2,
	    4, "invalid UTF-16 text");
	/* A NUL character in UTF-16 is found after conversion. */
	check_error(IN("\xFF\xFE" "a\0:\0 \0\0\0"), AFT_EINPUT, 1, 4,
	    "NUL character in the text");
}

static void
test_utf8_invalid(void **state)
{
#define BAD8	"invalid UTF-8 byte "
#define NUL	"NUL character in the text"
#define CTL	"control character "
	static const struct {
		const char	*in;
		size_t		 len;
		unsigned	 line, col;
		const char	*msg;
	} t[] = {
		{ IN("a: b\nc: \xFF\n"),		2, 4, BAD8 "0xFF" },
		{ IN("a: \x80\n"),			1, 4, BAD8 "0x80" },
		{ IN("a: \xC0\x80\n"),			1, 4, BAD8 "0xC0" },
		{ IN("a: \xE0\x80\x80\n"),		1, 4, BAD8 "0xE0" },
		{ IN("a: \xED\xA0\x80\n"),		1, 4, BAD8 "0xED" },
		{ IN("a: \xF4\x90\x80\x80\n"),		1, 4, BAD8 "0xF4" },
		{ IN("a: \xF5\x80\x80\x80\n"),		1, 4, BAD8 "0xF5" },
		{ IN("a: \xC3"),			1, 4, BAD8 "0xC3" },
		{ IN("a: \xC3\x28\n"),			1, 4, BAD8 "0xC3" },
		/* Columns count characters before the bad byte. */
		{ IN("\xC3\xA9\xC3\xA9: \xF0\x9F\x98\x80 \xFF\n"),
		    1, 7, BAD8 "0xFF" },
		{ IN("a: 1\r\nb: 2\r\nc: \xFE\r\n"),	3, 4, BAD8 "0xFE" },
		{ IN("a: b\0c"),			1, 5, NUL },
		{ IN("a: 1\nb: 2\0\n"),			2, 5, NUL },
		{ IN("a: \x01\n"),			1, 4, CTL "0x01" },
		{ IN("a: \x1B[0m\n"),			1, 4, CTL "0x1B" },
		/*
		 * Long plain lines go 32 and 8 bytes at a time, line feeds
		 * included; a control byte beside one is still found.
		 */
		{ IN("a: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\nc: dd\x0B"
		    "ddddddddddddddddddddddddddddddddddddd\n"), 2, 6,
		    CTL "0x0B" },
		{ IN("a: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\nc: dd\n\x7F"
		    "dddddddddddddddddddddddddddddddddddd\n"), 3, 1,
		    "U+007F" },
		{ IN("a: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
		    "\n\n\n\n\n\n\n\x0C\n"), 8, 1, CTL "0x0C" },
	};
#undef BAD8
#undef NUL
#undef CTL

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++)
		check_error(t[i].in, t[i].len, AFT_EINPUT, t[i].line, t[i].col,
		    t[i].msg);
}

/* Writes code point cp as UTF-8 (its surrogates too) into o; the length. */
static size_t
put_utf8(char *o, uint32_t cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | cp >> 6);
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | cp >> 12);
		o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | cp >> 18);
	o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/*
 * The encoding check runs only when a parse fails, on the grounds that
 * libyaml's reader refuses every character it does.  So each character
 * it refuses, in every place a file can hold it (a plain, quoted, block
 * or single-quoted scalar, a key, a comment, after the end of the
 * document), must fail the load with the check's one located error and
 * nothing else; and the characters it allows must load (NEL, a line
 * break to YAML, is left out of those).
 */
static void
test_refused_everywhere(void **state)
{
	static const char *const place[][2] = {
		{ "a: b", "c\n" },
		{ "a: \"b", "c\"\n" },
		{ "a: 'b", "c'\n" },
		{ "a: |\n  b", "c\n" },
		{ "a: b\nk", "y: c\n" },
		{ "a: b # x", "y\n" },
		{ "a: b\n# x", "y\n" },
		{ "a: b\n...\n# x", "\n" },
	};
	uint32_t	bad[70], good[] = { 0x09, 0xA0, 0xD7FF, 0xE000,
			    0xFFFD, 0x10000, 0x10FFFF };
	size_t		nbad = 0;

	(void)state;
	for (uint32_t c = 1; c < 0x20; c++)
		if (c != 0x09 && c != 0x0A && c != 0x0D)
			bad[nbad++] = c;
	for (uint32_t c = 0x7F; c <= 0x9F; c++)
		if (c != 0x85)
			bad[nbad++] = c;
	bad[nbad++] = 0xFFFE;
	bad[nbad++] = 0xFFFF;
	bad[nbad++] = 0xD800;		/* a surrogate, written as UTF-8 */
	bad[nbad++] = 0xDFFF;
	assert_true(nbad <= NELEM(bad));
	for (size_t p = 0; p < NELEM(place); p++) {
		for (size_t i = 0; i < nbad + NELEM(good); i++) {
			uint32_t	cp = i < nbad ? bad[i] : good[i - nbad];
			char		buf[64];
			size_t		len = strlen(place[p][0]);
			struct yload	y;
			bool		ok;

			memcpy(buf, place[p][0], len);
			len += put_utf8(buf + len, cp);
			memcpy(buf + len, place[p][1], strlen(place[p][1]));
			len += strlen(place[p][1]);
			yload(&y, buf, len, NULL);
			if (i < nbad)
				ok = y.rc == AFT_EINPUT && y.d.n == 1 &&
				    y.d.nerr == 1 && (strstr(y.d.v[0].msg,
				    "character") != NULL || strstr(
				    y.d.v[0].msg, "UTF-8") != NULL);
			else
				ok = y.rc == AFT_OK && y.d.n == 0;
			if (!ok)
				diags_print(&y.d);
			yload_fini(&y);
			if (!ok)
				fail_msg("U+%04X in place %zu: status %d",
				    (unsigned)cp, p, y.rc);
		}
	}
}

/*
 * libyaml takes a lone CR as a line end (old Mac files), so the tree's
 * places count it; an encoding error must be placed the same way.
 *
 * BUG (fails until fixed): check_utf8() in src/yaml/node.c counts only
 * '\n' as a line end, so in a CR-only file an invalid byte on line 2
 * is reported at 1:9 instead of 2:4 (the reader-error path of
 * syntax_error() counts lines the same way).
 */
static void
test_cr_line_ends(void **state)
{
	(void)state;
	check_dump(IN("a: b\rc: d\r"),
	    "MAP 1:1\n  STR 1:1 a\n  STR 1:4 b\n  STR 2:1 c\n  STR 2:4 d\n");
	check_error(IN("a: b\rc: \xFF\r"), AFT_EINPUT, 2, 4,
	    "invalid UTF-8 byte 0xFF");
}

static void
test_empty_and_multi_doc(void **state)
{
	(void)state;
	check_error(IN(""), AFT_EINPUT, 0, 0, "file is empty");
	check_error(IN("# only a comment\n"), AFT_EINPUT, 0, 0,
	    "file is empty");
	check_error(IN("\n\n   \n"), AFT_EINPUT, 0, 0, "file is empty");
	check_error(IN("a: 1\n---\nb: 2\n"), AFT_EINPUT, 2, 1,
	    "more than one YAML document");
	check_error(IN("--- a\n--- b\n"), AFT_EINPUT, 2, 1,
	    "more than one YAML document");
}

static void
test_syntax_errors(void **state)
{
	static const struct {
		const char	*in;
		unsigned	 line, col;
		const char	*msg;
	} t[] = {
		{ "a: b: c", 1, 5,
		    "invalid YAML: a ':' is not allowed here" },
		{ "a: 1\n b: 2\n", 2, 3,
		    "invalid YAML: a ':' is not allowed here" },
		/* Cut off inside brackets: the file ends too early. */
		{ "a: [1, 2\n", 2, 1,
		    "the file ends too early (a quote or bracket left open?) "
		    "(in the list in brackets from line 1, column 4)" },
		{ "a: {b: 1\n", 2, 1, "the file ends too early" },
		{ "a: [1, 2\nb: 3\n", 2, 2, "',' or ']' was expected here" },
		{ "a: \"x\n", 2, 1,
		    "the file ends too early (a quote or bracket left open?) "
		    "(in the quoted text from line 1, column 4)" },
		{ "a:\n\t- b\n", 2, 1,
		    "a tab used as indentation; use spaces" },
		{ "a: \"\\q\"\n", 1, 5,
		    "unknown escape sequence in double-quoted text" },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++)
		check_error(t[i].in, strlen(t[i].in), AFT_EINPUT, t[i].line,
		    t[i].col, t[i].msg);
}

static void
test_syntax_error_dutch(void **state)
{
	struct aft_arena	 arena;
	struct aft_diags	 d;
	struct aft_ynode	*root;

	(void)state;
	aft_arena_init(&arena);
	aft_diags_init(&d, AFT_LANG_NL);
	assert_int_equal(aft_ynode_load(&root, "t.yaml", "a: b: c", 7, NULL,
	    &arena, &d), AFT_EINPUT);
	assert_error_at(&d, 1, 5, "ongeldige YAML: een ':' mag hier niet "
	    "staan");
	aft_diags_fini(&d);
	aft_arena_fini(&arena);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dump_golden),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_node_helpers),
		cmocka_unit_test(test_duplicate_keys),
		cmocka_unit_test(test_depth_limit),
		cmocka_unit_test(test_alias_bomb),
		cmocka_unit_test(test_alias_undefined),
		cmocka_unit_test(test_scalar_limit),
		cmocka_unit_test(test_utf8_bom),
		cmocka_unit_test(test_utf16),
		cmocka_unit_test(test_utf16_invalid),
		cmocka_unit_test(test_utf8_invalid),
		cmocka_unit_test(test_refused_everywhere),
		cmocka_unit_test(test_cr_line_ends),
		cmocka_unit_test(test_empty_and_multi_doc),
		cmocka_unit_test(test_syntax_errors),
		cmocka_unit_test(test_syntax_error_dutch),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
