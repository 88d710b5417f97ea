/*
 * The init template: a blank one validates with only "unanswered"
 * warnings, and a refresh (--from) keeps every value the team wrote.
 */
#include "helpers.h"

#include <errno.h>
#include <unistd.h>

#include "aftoets/lock.h"
#include "aftoets/template.h"
#include "yaml/node.h"

struct out {
	char	*buf;
	size_t	 len;
};

/* Writes the template, refreshed from old when it is not NULL. */
static void
render(struct out *o, const struct aft_catalog *cat, const char *old,
    enum aft_lang lang, const char *schema, struct aft_diags *d)
{
	struct aft_template_opts	 t = { lang, schema, "a.yaml" };
	struct aft_prior		*prior = NULL;
	struct aft_arena		 a;
	FILE				*fp;

	aft_arena_init(&a);
	if (old != NULL)
		assert_rc(d, aft_prior_read(&prior, cat, "old.yaml", old,
		    strlen(old), &a, d), AFT_OK);
	fp = open_memstream(&o->buf, &o->len);
	assert_non_null(fp);
	assert_int_equal(aft_template_write(fp, cat, prior, &t), AFT_OK);
	fclose(fp);
	aft_arena_fini(&a);
}

static void
test_blank_validates(void **state)
{
	const struct aft_catalog *cat = *state;

	for (int lang = 0; lang < AFT_NLANG; lang++) {
		struct aft_diags	d;
		struct out		o;
		struct ans_read		r;

		aft_diags_init(&d, AFT_LANG_EN);
		render(&o, cat, NULL, (enum aft_lang)lang, NULL, &d);
		assert_int_equal(d.n, 0);
		assert_rc(&r.d, ans_read_flags(&r, cat, o.buf,
		    AFT_ANS_WARN_UNANSWERED, 0), AFT_OK);
		assert_int_equal(r.d.nerr, 0);
		/* One warning per criterion, each at its empty answer. */
		assert_int_equal(r.d.nwarn, cat->ncriteria);
		for (size_t i = 0; i < r.d.n; i++)
			assert_non_null(strstr(r.d.v[i].msg,
			    "is not answered"));
		for (size_t i = 0; i < cat->ncriteria; i++) {
			assert_int_equal(r.ans->answers[i].status,
			    AFT_UNANSWERED);
			assert_true(r.ans->answers[i].empty);
		}
		assert_non_null(r.ans->service.name);
		assert_false(r.ans->service.has_budget);
		ans_read_fini(&r);
		aft_diags_fini(&d);
		free(o.buf);
	}
}

/* Every line fits in 79 columns, and comments explain each criterion. */
static void
test_layout(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_diags		 d;
	struct out			 o;
	const char			*p;

	aft_diags_init(&d, AFT_LANG_EN);
	render(&o, cat, NULL, AFT_LANG_EN, "aftoets.schema.json", &d);
	assert_true(strncmp(o.buf, "# yaml-language-server: "
	    "$schema=aftoets.schema.json\n", 51) == 0);
	for (p = o.buf; *p != '\0';) {
		const char	*nl = strchr(p, '\n');
		size_t		 cols = 0;

		assert_non_null(nl);
		for (const char *q = p; q < nl; q++)
			cols += ((unsigned char)*q & 0xC0) != 0x80;
		if (p != o.buf && cols > 79)
			fail_msg("line too long: %.*s", (int)(nl - p), p);
		p = nl + 1;
	}
	for (size_t i = 0; i < cat->ncriteria; i++) {
		char key[64];

		snprintf(key, sizeof(key), "\n  %s:\n", cat->all[i]->id);
		assert_non_null(strstr(o.buf, key));
	}
	assert_non_null(strstr(o.buf, "#   volledig      4  Fully"));
	assert_non_null(strstr(o.buf, "# Evidence: An overview of every step"));
	/* The guidance for choosing a level follows, each part labelled. */
	assert_non_null(strstr(o.buf, "  #   form.\n"
	    "  # Not at all: None of the service can be done online."));
	assert_non_null(strstr(o.buf, "\n  # Limited: Part of the application can be filled in"));
	assert_non_null(strstr(o.buf, "\n  # Partly: The application can be submitted online,"));
	assert_non_null(strstr(o.buf, "\n  # Mostly: All core steps are done online."));
	assert_non_null(strstr(o.buf, "\n  # Fully: Every step can be done online,"));
	assert_non_null(strstr(o.buf, "\n  # Examples of evidence: A user journey map"));
	assert_non_null(strstr(o.buf, "\n  # Common pitfall: Counting a downloadable"));
	assert_non_null(strstr(o.buf, "  # SD-I1 (inclusion criterion)\n"));
	assert_non_null(strstr(o.buf, "over €500,000"));
	aft_diags_fini(&d);
	free(o.buf);
}

static const char old_file[] =
	"aftoets: 1\n"
	"service:\n"
	"  name: \"Loket: vergunningen\"\n"
	"  organisation: Stad\n"
	"  type: herwerking\n"
	"  budget_eur: \"€ 750.000\"\n"
	"  users: 120000\n"
	"  assessed_on: 2026-11-28\n"
	"answers:\n"
	"  sd-g1: ja\n"
	"  SD-G2:\n"
	"    level: gedeeltelijk\n"
	"    motivation: |\n"
	"      Line one: with a colon.\n"
	"        indented # not a comment\n"
	"\n"
	"      After a blank line, 'single' and \"double\".\n"
	"    actions: \"tab\\there and a trailing space \"\n"
	"  SD-I1: {level: nvt, motivation: 'yes'}\n"
	"  GC-G1: 3\n"
	"  GC-G2:\n"
	"    motivation: no level yet\n"
	"  BT-I4: ~\n";

static void
same_answers(const struct aft_answers *x, const struct aft_answers *y,
    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct aft_answer *a = &x->answers[i], *b = &y->answers[i];

		assert_int_equal(a->status, b->status);
		assert_int_equal(a->level, b->level);
		if (a->motivation == NULL || b->motivation == NULL)
			assert_ptr_equal(a->motivation, b->motivation);
		else
			assert_string_equal(a->motivation, b->motivation);
		if (a->actions == NULL || b->actions == NULL)
			assert_ptr_equal(a->actions, b->actions);
		else
			assert_string_equal(a->actions, b->actions);
	}
	assert_string_equal(x->service.name, y->service.name);
	assert_string_equal(x->service.organisation,
	    y->service.organisation);
	assert_int_equal(x->service.type, y->service.type);
	assert_double_near(x->service.budget_eur, y->service.budget_eur, 0);
	assert_double_near(x->service.users, y->service.users, 0);
	assert_string_equal(x->service.assessed_on, y->service.assessed_on);
}

static void
test_refresh_keeps_everything(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_diags		 d;
	struct out			 o, o2;
	struct ans_read			 before, after;

	aft_diags_init(&d, AFT_LANG_EN);
	render(&o, cat, old_file, AFT_LANG_NL, NULL, &d);
	assert_int_equal(d.nerr, 0);
	/* Only the criteria the file did not mention are news. */
	assert_int_equal(d.nwarn, 1);
	assert_warning_at(&d, 0, 0, "new criteria to answer: SD-G3,");
	assert_rc(&before.d, ans_read(&before, cat, old_file), AFT_OK);
	assert_rc(&after.d, ans_read(&after, cat, o.buf), AFT_OK);
	same_answers(before.ans, after.ans, cat->ncriteria);
	assert_string_equal(answer_of(&after, "SD-G2")->motivation,
	    "Line one: with a colon.\n  indented # not a comment\n\n"
	    "After a blank line, 'single' and \"double\".\n");
	assert_string_equal(answer_of(&after, "SD-G2")->actions,
	    "tab\there and a trailing space ");
	/* The catalog's spelling of the id. */
	assert_non_null(strstr(o.buf, "\n  SD-G1: ja\n"));
	/* A refresh of the refreshed file changes nothing. */
	aft_diags_clear(&d);
	render(&o2, cat, o.buf, AFT_LANG_NL, NULL, &d);
	assert_string_equal(o2.buf, o.buf);
	ans_read_fini(&before);
	ans_read_fini(&after);
	aft_diags_fini(&d);
	free(o.buf);
	free(o2.buf);
}

static const char old_obsolete[] =
	"catalog: older-catalog\n"
	"service:\n"
	"  name: X\n"
	"  colour: blue\n"
	"answers:\n"
	"  SD-G1: volledig\n"
	"  XX-G9:\n"
	"    level: volledig\n"
	"    motivation: Kept.\n"
	"  sd-G1: nee\n"
	"notes: [one, two]\n"
	"obsolete:\n"
	"  SD-G3: beperkt\n"
	"  XX-G9: nee\n";

static void
test_refresh_obsolete(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_diags		 d;
	struct out			 o;
	struct ans_read			 r;
	struct aft_arena		 a;
	struct aft_ynode		*root;
	const struct aft_ynode		*obs;

	aft_diags_init(&d, AFT_LANG_EN);
	render(&o, cat, old_obsolete, AFT_LANG_EN, NULL, &d);
	assert_int_equal(d.nerr, 0);
	assert_warning_at(&d, 1, 10, "the file is for catalog "
	    "'older-catalog'");
	assert_warning_at(&d, 4, 3, "unknown key 'colour' is kept");
	assert_warning_at(&d, 7, 3, "criterion 'XX-G9' is not in catalog "
	    "'vlaanderen-2022'; its answer is kept under 'obsolete'");
	assert_warning_at(&d, 10, 3, "criterion 'SD-G1' is already answered");
	assert_warning_at(&d, 11, 1, "unknown key 'notes' is kept");
	assert_warning_at(&d, 13, 3, "the answer to 'SD-G3' is moved back");

	/* The result validates, with warnings for what is kept aside. */
	assert_rc(&r.d, ans_read(&r, cat, o.buf), AFT_OK);
	assert_warning_at(&r.d, ANY, ANY, "3 answers under 'obsolete' are "
	    "not scored");
	assert_warning_at(&r.d, ANY, ANY, "unknown key 'notes'");
	assert_int_equal(answer_of(&r, "SD-G3")->status, AFT_ANSWERED);
	assert_int_equal(answer_of(&r, "SD-G1")->level, 4);
	assert_non_null(strstr(o.buf, "  colour: blue\n"));

	/* Every obsolete answer is there, under a key of its own. */
	aft_arena_init(&a);
	assert_rc(&d, aft_ynode_load(&root, "o.yaml", o.buf, o.len, NULL, &a,
	    &d), AFT_OK);
	obs = aft_ynode_get(root, "obsolete");
	assert_non_null(obs);
	assert_int_equal(obs->n, 3);
	assert_string_equal(aft_ynode_get(aft_ynode_get(obs, "XX-G9"),
	    "motivation")->str, "Kept.");
	assert_string_equal(aft_ynode_get(obs, "sd-G1")->str, "nee");
	assert_string_equal(aft_ynode_get(obs, "XX-G9 (2)")->str, "nee");
	assert_int_equal(aft_ynode_get(root, "notes")->n, 2);
	aft_arena_fini(&a);
	ans_read_fini(&r);
	aft_diags_fini(&d);
	free(o.buf);
}

static void
test_refresh_bad_shapes(void **state)
{
	static const struct {
		const char	*yaml;
		unsigned	 line, col;
		const char	*msg;
	} bad[] = {
		{ "- a list\n", 1, 1, "an answers file must be a mapping" },
		{ "service: [x]\n", 1, 10, "'service' must be a mapping" },
		{ "service: {name: x}\nanswers: text\n", 2, 10,
		    "'answers' must be a mapping" },
		{ "obsolete: 3\n", 1, 11, "'obsolete' must be a mapping" },
		{ "answers:\n  a: 1\n  a: 2\n", 3, 3, "duplicate key 'a'" },
		{ "answers: [\n", 2, 1, "invalid YAML" },
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(bad); i++) {
		struct aft_diags	 d;
		struct aft_arena	 a;
		struct aft_prior	*p;

		aft_diags_init(&d, AFT_LANG_EN);
		aft_arena_init(&a);
		assert_int_not_equal(aft_prior_read(&p, cat, "old.yaml",
		    bad[i].yaml, strlen(bad[i].yaml), &a, &d), AFT_OK);
		assert_null(p);
		assert_error_at(&d, bad[i].line, bad[i].col, bad[i].msg);
		aft_arena_fini(&a);
		aft_diags_fini(&d);
	}
}

/*
 * Refreshed in place: under the lock, keeping the answers; refused,
 * with the file as it was, while another process holds the lock.
 */
static void
test_refresh_in_place(void **state)
{
	static const char old[] = "answers:\n  SD-G1:\n    level: volledig\n"
	    "    motivation: kept\n";
	const struct aft_catalog	*cat = *state;
	struct aft_template_opts	 t = { AFT_LANG_EN, NULL, "a.yaml" };
	char				 dir[] = "/tmp/aftoets-refresh-XXXXXX";
	char				 path[64], got[8192];
	struct aft_diags		 d;
	struct aft_lock			 lk;
	FILE				*fp;
	size_t				 n;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/a.yaml", dir);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(old, fp);
	assert_int_equal(fclose(fp), 0);
	aft_diags_init(&d, AFT_LANG_EN);

	assert_int_equal(aft_lock_take(&lk, path, 0), 0);
	errno = 0;
	assert_int_equal(aft_template_refresh(cat, path, "a.yaml", &t, 30,
	    &d), AFT_EIO);
	assert_int_equal(errno, EWOULDBLOCK);
	aft_lock_release(&lk);
	fp = fopen(path, "r");
	assert_non_null(fp);
	n = fread(got, 1, sizeof(got) - 1, fp);
	fclose(fp);
	got[n] = '\0';
	assert_string_equal(got, old);

	assert_rc(&d, aft_template_refresh(cat, path, "a.yaml", &t, 0, &d),
	    AFT_OK);
	fp = fopen(path, "r");
	assert_non_null(fp);
	n = fread(got, 1, sizeof(got) - 1, fp);
	fclose(fp);
	got[n] = '\0';
	assert_non_null(strstr(got, "  SD-G1:\n    level: volledig\n"
	    "    motivation: kept\n"));
	assert_non_null(strstr(got, "# SD-G2"));

	/* A file that is not there: a located reason, nothing made. */
	assert_int_equal(unlink(path), 0);
	assert_int_equal(aft_template_refresh(cat, path, "a.yaml", &t, 0,
	    &d), AFT_EIO);
	assert_diag(&d, AFT_SEV_ERROR, ANY, ANY, "");
	assert_int_equal(access(path, F_OK), -1);
	assert_int_equal(rmdir(dir), 0);	/* no lock or temporary left */
	aft_diags_fini(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blank_validates),
		cmocka_unit_test(test_layout),
		cmocka_unit_test(test_refresh_keeps_everything),
		cmocka_unit_test(test_refresh_obsolete),
		cmocka_unit_test(test_refresh_bad_shapes),
		cmocka_unit_test(test_refresh_in_place),
	};

	return cmocka_run_group_tests_name("template", tests,
	    setup_default_catalog, teardown_catalog);
}
