/*
 * Filling in one answer at a time: each edit reads back as meant, a
 * refused edit changes nothing, and everything else in the file stays.
 */
#include "helpers.h"

#include <sys/stat.h>

#include <errno.h>
#include <unistd.h>

#include "aftoets/fill.h"

static struct aft_fill *
fill_str(const struct aft_catalog *cat, const char *yaml, struct aft_diags *d)
{
	struct aft_fill *f = NULL;

	assert_rc(d, aft_fill_new(&f, cat, "answers.yaml", yaml,
	    yaml != NULL ? strlen(yaml) : 0, AFT_LANG_EN, d), AFT_OK);
	assert_non_null(f);
	return f;
}

static const struct aft_answer *
answer(const struct aft_fill *f, const struct aft_catalog *cat,
    const char *id)
{
	const struct aft_criterion *c = aft_catalog_find(cat, id);

	assert_non_null(c);
	return &aft_fill_answers(f)->answers[c->index];
}

/* The document now, NUL-terminated, malloc'd. */
static char *
doc_copy(const struct aft_fill *f)
{
	size_t		 len;
	const char	*doc = aft_fill_doc(f, &len);
	char		*s = malloc(len + 1);

	assert_non_null(s);
	memcpy(s, doc, len);
	s[len] = '\0';
	return s;
}

static void
test_blank(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_diags		 d;
	struct aft_fill			*f;

	aft_diags_init(&d, AFT_LANG_EN);
	f = fill_str(cat, NULL, &d);
	assert_int_equal(d.nerr, 0);
	assert_false(aft_fill_dirty(f));
	for (size_t i = 0; i < cat->ncriteria; i++)
		assert_int_equal(aft_fill_answers(f)->answers[i].status,
		    AFT_UNANSWERED);
	/* The template's placeholder name still needs an answer. */
	for (size_t i = 0; aft_fill_service_keys[i] != NULL; i++)
		assert_true(aft_fill_service_missing(f,
		    aft_fill_service_keys[i]));
	assert_int_equal(strcmp(aft_fill_service_keys[0], "name"), 0);
	aft_fill_free(f);
	aft_diags_fini(&d);
}

static void
test_levels(void **state)
{
	static const struct {
		const char	*word;
		enum aft_status	 status;
		const char	*written;	/* the line in the file */
	} cases[] = {
		{ "full",	AFT_ANSWERED,	"  SD-G1: volledig\n" },
		{ "VOLLEDIG",	AFT_ANSWERED,	"  SD-G1: volledig\n" },
		{ "2",		AFT_ANSWERED,	"  SD-G1: gedeeltelijk\n" },
		{ "nee",	AFT_ANSWERED,	"  SD-G1: niet\n" },
		{ "n/a",	AFT_NVT,	"  SD-G1: nvt\n" },
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(cases); i++) {
		struct aft_diags	 d;
		struct aft_fill		*f;
		char			*doc;

		aft_diags_init(&d, AFT_LANG_EN);
		f = fill_str(cat, NULL, &d);
		assert_rc(&d, aft_fill_set_answer(f, aft_catalog_find(cat,
		    "SD-G1"), cases[i].word, NULL, NULL, &d), AFT_OK);
		assert_true(aft_fill_dirty(f));
		assert_int_equal(answer(f, cat, "SD-G1")->status,
		    cases[i].status);
		doc = doc_copy(f);
		assert_non_null(strstr(doc, cases[i].written));
		free(doc);
		aft_fill_free(f);
		aft_diags_fini(&d);
	}
}

/* Motivation and actions: given, kept (NULL), removed (""). */
static void
test_texts(void **state)
{
	const struct aft_catalog	*cat = *state;
	const struct aft_criterion	*c = aft_catalog_find(cat, "SD-G2");
	const struct aft_answer		*a;
	struct aft_diags		 d;
	struct aft_fill			*f;

	aft_diags_init(&d, AFT_LANG_EN);
	f = fill_str(cat, NULL, &d);
	assert_rc(&d, aft_fill_set_answer(f, c, "2", "Counter help.", NULL,
	    &d), AFT_OK);
	a = answer(f, cat, "SD-G2");
	assert_int_equal(a->status, AFT_ANSWERED);
	assert_string_equal(cat->levels[a->level].id, "gedeeltelijk");
	assert_string_equal(a->motivation, "Counter help.");
	assert_null(a->actions);

	/* Keep the level and the motivation, add actions. */
	assert_rc(&d, aft_fill_set_answer(f, c, NULL, NULL, "Roll out.", &d),
	    AFT_OK);
	a = answer(f, cat, "SD-G2");
	assert_string_equal(cat->levels[a->level].id, "gedeeltelijk");
	assert_string_equal(a->motivation, "Counter help.");
	assert_string_equal(a->actions, "Roll out.");

	/* Remove the motivation: level and actions stay. */
	assert_rc(&d, aft_fill_set_answer(f, c, "volledig", "", NULL, &d),
	    AFT_OK);
	a = answer(f, cat, "SD-G2");
	assert_string_equal(cat->levels[a->level].id, "volledig");
	assert_null(a->motivation);
	assert_string_equal(a->actions, "Roll out.");

	/* A motivation without a level: unanswered, and kept. */
	c = aft_catalog_find(cat, "SD-G3");
	assert_rc(&d, aft_fill_set_answer(f, c, NULL, "Not decided yet.",
	    NULL, &d), AFT_OK);
	a = answer(f, cat, "SD-G3");
	assert_int_equal(a->status, AFT_UNANSWERED);
	assert_string_equal(a->motivation, "Not decided yet.");
	assert_int_equal(d.nerr, 0);
	aft_fill_free(f);
	aft_diags_fini(&d);
}

/* Texts that YAML would read as something else come back as typed. */
static void
test_texts_read_back(void **state)
{
	static const char *const texts[] = {
		"yes", "no", "~", "null", "123", "- item", "a: b", "# not a comment",
		"'quoted'", "\"double\"", "tab\there", "ends with colon:",
		"€ 5.000 en 100%", "[not, a, list]", "{x: 1}", "*alias",
		"&anchor", "!tag", "|", ">", "@at", "`tick`", "  spaced  ",
	};
	const struct aft_catalog	*cat = *state;
	const struct aft_criterion	*c = aft_catalog_find(cat, "DG-G1");
	struct aft_diags		 d;
	struct aft_fill			*f;

	aft_diags_init(&d, AFT_LANG_EN);
	f = fill_str(cat, NULL, &d);
	for (size_t i = 0; i < NELEM(texts); i++) {
		assert_rc(&d, aft_fill_set_answer(f, c, "1", texts[i],
		    texts[i], &d), AFT_OK);
		assert_string_equal(answer(f, cat, "DG-G1")->motivation,
		    texts[i]);
		assert_string_equal(answer(f, cat, "DG-G1")->actions,
		    texts[i]);
	}
	aft_fill_free(f);
	aft_diags_fini(&d);
}

/* A refused edit leaves the document byte for byte as it was. */
static void
test_refused(void **state)
{
	static const struct {
		const char	*level, *motivation;
		const char	*msg;
	} cases[] = {
		{ "maybe",	NULL,		"'maybe' is not a level; use one of: niet, beperkt" },
		{ "5",		NULL,		"'5' is not a level" },
		{ "",		NULL,		"'' is not a level" },
		{ "2",		"red \x1b[31m",	"control character U+001B" },
		{ "2",		"bell\a",	"control character U+0007" },
		{ "2",		"del\x7f",	"control character U+007F" },
		{ "2",		"c1 \xc2\x9b",	"control character U+009B" },
		{ "2",		"bad \xff",	"invalid UTF-8 byte 0xFF" },
		{ "2",		"cut \xc3",	"invalid UTF-8 byte 0xC3" },
		{ "\x1b",	NULL,		"control character U+001B" },
	};
	const struct aft_catalog	*cat = *state;
	const struct aft_criterion	*c = aft_catalog_find(cat, "SD-G1");
	struct aft_diags		 d;
	struct aft_fill			*f;

	aft_diags_init(&d, AFT_LANG_EN);
	f = fill_str(cat, "service:\n  name: X\nanswers:\n  SD-G1: beperkt\n",
	    &d);
	for (size_t i = 0; i < NELEM(cases); i++) {
		char *before = doc_copy(f), *after;

		aft_diags_clear(&d);
		assert_int_equal(aft_fill_set_answer(f, c, cases[i].level,
		    cases[i].motivation, NULL, &d), AFT_EINPUT);
		assert_error_at(&d, ANY, ANY, cases[i].msg);
		after = doc_copy(f);
		assert_string_equal(before, after);
		assert_false(aft_fill_dirty(f));
		assert_string_equal(cat->levels[answer(f, cat,
		    "SD-G1")->level].id, "beperkt");
		free(before);
		free(after);
	}
	aft_fill_free(f);
	aft_diags_fini(&d);
}

static void
test_service(void **state)
{
	static const struct {
		const char	*key, *value;
		const char	*err;		/* NULL: accepted */
	} cases[] = {
		{ "budget_eur",	"€ 750.000",	NULL },
		{ "budget_eur",	"1.25.0",	"'1.25.0' is not an amount" },
		{ "budget_eur",	"-5",		"negative" },
		{ "users",	"120.000",	NULL },
		{ "users",	"many",		"'users' must be a whole number" },
		{ "type",	"Rework",	NULL },
		{ "type",	"old",		"'old'" },
		{ "assessed_on", "2026-02-30",	"2026-02-30" },
		{ "assessed_on", "2026-11-28",	NULL },
		{ "name",	"yes",		NULL },
		{ "organisation", "Stad: Gent",	NULL },
		{ "assessor",	"",		"must not be empty" },
		{ "assessor",	"J.\x1b]0;x\a",	"control character U+001B" },
		{ "nickname",	"X",		"unknown key 'nickname'" },
	};
	const struct aft_catalog	*cat = *state;
	const struct aft_service	*s;
	struct aft_diags		 d;
	struct aft_fill			*f;

	aft_diags_init(&d, AFT_LANG_EN);
	f = fill_str(cat, NULL, &d);
	for (size_t i = 0; i < NELEM(cases); i++) {
		char *before = doc_copy(f), *after;
		int rc;

		aft_diags_clear(&d);
		rc = aft_fill_set_service(f, cases[i].key, cases[i].value, &d);
		after = doc_copy(f);
		if (cases[i].err == NULL) {
			assert_rc(&d, rc, AFT_OK);
			assert_false(aft_fill_service_missing(f,
			    cases[i].key));
		} else {
			assert_int_equal(rc, AFT_EINPUT);
			assert_error_at(&d, ANY, ANY, cases[i].err);
			assert_string_equal(before, after);
		}
		free(before);
		free(after);
	}
	s = &aft_fill_answers(f)->service;
	assert_true(s->has_budget);
	assert_double_near(s->budget_eur, 750000, 0);
	assert_true(s->has_users);
	assert_double_near(s->users, 120000, 0);
	assert_int_equal(s->type, AFT_STYPE_HERWERKING);
	assert_string_equal(s->assessed_on, "2026-11-28");
	assert_string_equal(s->name, "yes");
	assert_string_equal(s->organisation, "Stad: Gent");
	assert_null(s->assessor);
	aft_fill_free(f);
	aft_diags_fini(&d);
}

/* Motivations, unknown keys and obsolete answers survive an edit. */
static void
test_keeps_everything(void **state)
{
	static const char old[] =
	    "aftoets: 1\n"
	    "service:\n"
	    "  name: Omgevingsloket\n"
	    "  website: https://example.org\n"
	    "answers:\n"
	    "  sd-g1:\n"
	    "    level: volledig\n"
	    "    motivation: |-\n"
	    "      Line one.\n"
	    "      Line two.\n"
	    "    evidence: link-17\n"
	    "  SD-G2: beperkt\n"
	    "obsolete:\n"
	    "  XX-G9: volledig\n"
	    "notes:\n"
	    "  - keep me\n";
	static const char *const kept[] = {
	    "  website: https://example.org\n",
	    "    evidence: link-17\n",
	    "  XX-G9: volledig\n",
	    "notes:\n  - keep me\n",
	    "      Line one.\n      Line two.\n",
	};
	const struct aft_catalog	*cat = *state;
	struct aft_diags		 d;
	struct aft_fill			*f;
	struct ans_read			 r;
	char				*doc;

	aft_diags_init(&d, AFT_LANG_EN);
	f = fill_str(cat, old, &d);
	assert_rc(&d, aft_fill_set_answer(f, aft_catalog_find(cat, "SD-G1"),
	    NULL, NULL, "More offices.", &d), AFT_OK);
	assert_rc(&d, aft_fill_set_answer(f, aft_catalog_find(cat, "BT-I1"),
	    "3", NULL, NULL, &d), AFT_OK);
	doc = doc_copy(f);
	for (size_t i = 0; i < NELEM(kept); i++)
		if (strstr(doc, kept[i]) == NULL)
			fail_msg("lost '%s' in:\n%s", kept[i], doc);
	/* The order within the answer stays, the new key goes last. */
	assert_non_null(strstr(doc, "  SD-G1:\n    level: volledig\n"
	    "    motivation: |-\n      Line one.\n      Line two.\n"
	    "    evidence: link-17\n    actions: More offices.\n"));
	assert_rc(&r.d, ans_read(&r, cat, doc), AFT_OK);
	assert_string_equal(r.ans->answers[0].motivation,
	    "Line one.\nLine two.");
	assert_string_equal(cat->levels[r.ans->answers[1].level].id,
	    "beperkt");
	ans_read_fini(&r);
	free(doc);
	aft_fill_free(f);
	aft_diags_fini(&d);
}

/* A file that does not validate is refused with every located error. */
static void
test_refuses_invalid(void **state)
{
	static const char bad[] =
	    "service:\n"
	    "  name: X\n"
	    "  budget_eur: 1.250.000.50\n"
	    "answers:\n"
	    "  SD-G9: volledig\n"
	    "  SD-G1: sometimes\n";
	const struct aft_catalog	*cat = *state;
	struct aft_diags		 d;
	struct aft_fill			*f = NULL;

	aft_diags_init(&d, AFT_LANG_EN);
	assert_int_equal(aft_fill_new(&f, cat, "answers.yaml", bad,
	    strlen(bad), AFT_LANG_EN, &d), AFT_EINPUT);
	assert_null(f);
	assert_int_equal(d.nerr, 3);
	assert_error_at(&d, 3, 15, "'1.250.000.50' is not an amount");
	assert_error_at(&d, 5, 3, "unknown criterion 'SD-G9'");
	assert_error_at(&d, 6, 10, "'sometimes' is not a level");
	/* Located in the caller's name, which outlives the refused fill. */
	for (size_t i = 0; i < d.n; i++)
		assert_string_equal(d.v[i].loc.file, "answers.yaml");
	aft_diags_clear(&d);
	assert_int_equal(aft_fill_new(&f, cat, "answers.yaml", "a: [", 4,
	    AFT_LANG_EN, &d), AFT_EINPUT);
	assert_null(f);
	assert_int_equal(d.nerr, 1);
	aft_diags_fini(&d);
}

static char *
slurp(const char *path, size_t *len)
{
	FILE	*fp = fopen(path, "rb");
	char	*buf;
	long	 n;

	assert_non_null(fp);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	n = ftell(fp);
	rewind(fp);
	buf = malloc((size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	buf[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

/* Saving: whole, refusing to create over a file, keeping its mode. */
static void
test_save(void **state)
{
	const struct aft_catalog	*cat = *state;
	char				 dir[] = "/tmp/aftoets-fill-XXXXXX";
	char				 path[64], *got;
	const char			*doc;
	struct aft_diags		 d;
	struct aft_fill			*f;
	struct stat			 st;
	size_t				 len, dlen;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/a.yaml", dir);
	aft_diags_init(&d, AFT_LANG_EN);
	f = fill_str(cat, NULL, &d);
	assert_int_equal(aft_fill_save(f, path, true, &d), AFT_OK);
	assert_int_equal(aft_fill_save(f, path, true, &d), AFT_EIO);
	assert_int_equal(errno, EEXIST);
	assert_int_equal(chmod(path, 0640), 0);
	assert_rc(&d, aft_fill_set_answer(f, aft_catalog_find(cat, "GC-G1"),
	    "4", NULL, NULL, &d), AFT_OK);
	assert_true(aft_fill_dirty(f));
	assert_int_equal(aft_fill_save(f, path, false, &d), AFT_OK);
	assert_false(aft_fill_dirty(f));
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0640);
	got = slurp(path, &len);
	doc = aft_fill_doc(f, &dlen);
	assert_int_equal(len, dlen);
	assert_memory_equal(got, doc, len);
	assert_non_null(strstr(got, "  GC-G1: volledig\n"));
	free(got);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);	/* no temporary file left */
	aft_fill_free(f);
	aft_diags_fini(&d);
}

/* Writes s to path in place, as another writer without a lock would. */
static void
put(const char *path, const char *s)
{
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(s, fp);
	assert_int_equal(fclose(fp), 0);
}

/* The file at path with text at its first find replaced by with. */
static char *
edited(const char *path, const char *find, const char *with)
{
	size_t	 len, flen = strlen(find), wlen = strlen(with);
	char	*old = slurp(path, &len), *at = strstr(old, find), *s;

	assert_non_null(at);
	s = malloc(len - flen + wlen + 1);
	assert_non_null(s);
	memcpy(s, old, (size_t)(at - old));
	memcpy(s + (at - old), with, wlen);
	memcpy(s + (at - old) + wlen, at + flen, len - (size_t)(at - old) -
	    flen + 1);
	free(old);
	return s;
}

/*
 * Another writer changed the file between two saves: what it wrote
 * stays, the answer given since goes on top, and the changes are named
 * by criterion; the same part of the same answer goes to the answer
 * given last.
 */
static void
test_save_merges(void **state)
{
	const struct aft_catalog	*cat = *state;
	const struct aft_fill_change	*ch;
	char				 dir[] = "/tmp/aftoets-fill-XXXXXX";
	char				 path[64], *other, *got;
	struct aft_diags		 d;
	struct aft_fill			*f;
	size_t				 n, len;
	bool				 gone;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/a.yaml", dir);
	aft_diags_init(&d, AFT_LANG_EN);
	f = fill_str(cat, NULL, &d);
	assert_int_equal(aft_fill_save(f, path, true, &d), AFT_OK);
	assert_rc(&d, aft_fill_set_answer(f, aft_catalog_find(cat, "SD-G1"),
	    "4", "m1", NULL, &d), AFT_OK);
	assert_int_equal(aft_fill_save(f, path, false, &d), AFT_OK);
	aft_fill_changes(f, &n, &gone);
	assert_int_equal(n, 0);
	assert_false(gone);

	/* Someone answers BT-I4 with a note, and SD-G1's actions. */
	other = edited(path, "  BT-I4:\n", "  BT-I4:\n    level: beperkt\n"
	    "    motivation: by hand\n    note: kept\n");
	put(path, other);
	free(other);
	other = edited(path, "    motivation: m1\n",
	    "    motivation: m1\n    actions: a1\n");
	put(path, other);
	free(other);
	/* Meanwhile the fill answers SD-G2, and SD-G1's level again. */
	assert_rc(&d, aft_fill_set_answer(f, aft_catalog_find(cat, "SD-G2"),
	    "3", NULL, NULL, &d), AFT_OK);
	assert_rc(&d, aft_fill_set_answer(f, aft_catalog_find(cat, "SD-G1"),
	    "1", NULL, NULL, &d), AFT_OK);
	assert_rc(&d, aft_fill_save(f, path, false, &d), AFT_OK);
	ch = aft_fill_changes(f, &n, &gone);
	assert_false(gone);
	assert_int_equal(n, 2);
	assert_string_equal(ch[0].c->id, "SD-G1");
	assert_int_equal(ch[0].parts, AFT_FILL_ACTIONS);
	assert_string_equal(ch[1].c->id, "BT-I4");
	assert_int_equal(ch[1].parts, AFT_FILL_LEVEL | AFT_FILL_MOTIVATION |
	    AFT_FILL_OTHER);
	assert_int_equal(answer(f, cat, "BT-I4")->status, AFT_ANSWERED);
	got = slurp(path, &len);
	assert_non_null(strstr(got, "    level: beperkt\n"
	    "    motivation: by hand\n    note: kept\n"));
	assert_non_null(strstr(got, "  SD-G2: grotendeels\n"));
	assert_non_null(strstr(got, "  SD-G1:\n    level: beperkt\n"
	    "    motivation: m1\n    actions: a1\n"));
	free(got);

	/* A file that no longer validates: nothing written. */
	put(path, "aftoets: 1\nanswers:\n  SD-G1: maybe\n");
	assert_rc(&d, aft_fill_set_answer(f, aft_catalog_find(cat, "SD-G3"),
	    "2", NULL, NULL, &d), AFT_OK);
	assert_int_equal(aft_fill_save(f, path, false, &d), AFT_EINPUT);
	assert_true(d.nerr > 0);
	assert_diag(&d, AFT_SEV_ERROR, 3, ANY, "maybe");
	got = slurp(path, &len);
	assert_string_equal(got, "aftoets: 1\nanswers:\n  SD-G1: maybe\n");
	free(got);

	/* Removed: written again, with every answer. */
	assert_int_equal(unlink(path), 0);
	aft_diags_fini(&d);
	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, aft_fill_save(f, path, false, &d), AFT_OK);
	aft_fill_changes(f, &n, &gone);
	assert_true(gone);
	got = slurp(path, &len);
	assert_non_null(strstr(got, "  SD-G3: gedeeltelijk\n"));
	assert_non_null(strstr(got, "    note: kept\n"));
	free(got);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);	/* no lock file left */
	aft_fill_free(f);
	aft_diags_fini(&d);
}

/* An answer under a replaced id is filled in under its successor. */
static void
test_replaced_moves(void **state)
{
	static const char catalog[] =
	    "catalog: {id: mini, version: \"2.1\", title: {nl: M, en: M}}\n"
	    "threshold: {budget_eur: 500000, users: 100000}\n"
	    "scale:\n"
	    "  levels:\n"
	    "    - {id: nee, points: 0, label: {nl: Nee, en: \"No\"}}\n"
	    "    - {id: ja, points: 1, label: {nl: Ja, en: \"Yes\"}}\n"
	    "  not_applicable: {id: nvt, label: {nl: Nvt, en: N/a}}\n"
	    "bands:\n"
	    "  - {id: goed, min: 50, label: {nl: Goed, en: Good}}\n"
	    "  - {id: zwak, min: 0, label: {nl: Zwak, en: Weak}}\n"
	    "principles:\n"
	    "  - id: p\n"
	    "    title: {nl: P, en: P}\n"
	    "    criteria:\n"
	    "      - {id: C1, kind: user, text: {nl: T, en: T},\n"
	    "         guidance: {nl: G, en: G}, replaces: [OLD-A, OLD-B],\n"
	    "         practice: {nee: {nl: N, en: N}, ja: {nl: J, en: J}}}\n"
	    "      - {id: C2, kind: inclusion, text: {nl: T, en: T},\n"
	    "         guidance: {nl: G, en: G},\n"
	    "         practice: {nee: {nl: N, en: N}, ja: {nl: J, en: J}}}\n";
	static const char old[] =
	    "service:\n"
	    "  name: Omgevingsloket\n"
	    "answers:\n"
	    "  OLD-B:\n"
	    "    level: ja\n"
	    "    motivation: Why.\n"
	    "    actions: What next.\n"
	    "  OLD-A: nee\n"
	    "  C2: nee\n";
	struct aft_catalog		*cat = NULL;
	const struct aft_answer		*a;
	struct aft_diags		 d;
	struct aft_fill			*f;
	char				*doc;

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, load_catalog_str(&cat, catalog, &d), AFT_OK);
	f = fill_str(cat, old, &d);
	a = answer(f, cat, "C1");
	assert_int_equal(a->status, AFT_ANSWERED);
	assert_int_equal(a->level, 1);
	assert_string_equal(a->motivation, "Why.");
	assert_string_equal(a->actions, "What next.");
	doc = doc_copy(f);
	assert_non_null(strstr(doc, "  C1:\n    level: ja\n"
	    "    motivation: Why.\n    actions: What next.\n"));
	/* The second old answer is kept, not scored; the old id is gone. */
	assert_non_null(strstr(doc, "obsolete:\n  OLD-A: nee\n"));
	assert_null(strstr(doc, "OLD-B"));
	free(doc);
	aft_fill_free(f);
	aft_catalog_free(cat);
	aft_diags_fini(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blank),
		cmocka_unit_test(test_levels),
		cmocka_unit_test(test_texts),
		cmocka_unit_test(test_texts_read_back),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_service),
		cmocka_unit_test(test_keeps_everything),
		cmocka_unit_test(test_replaced_moves),
		cmocka_unit_test(test_refuses_invalid),
		cmocka_unit_test(test_save),
		cmocka_unit_test(test_save_merges),
	};

	return cmocka_run_group_tests_name("fill", tests,
	    setup_default_catalog, teardown_catalog);
}
