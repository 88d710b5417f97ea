/* The answers loader against the default catalog (SPEC section 3). */
#include "helpers.h"
#include "load/aload.h"

#define SVC	"service:\n  name: Omgevingsloket\n"

/* Reads yaml, which must load; the caller finishes r. */
static void
read_ok(struct ans_read *r, const struct aft_catalog *cat, const char *yaml)
{
	if (ans_read(r, cat, yaml) != AFT_OK) {
		diags_print(&r->d);
		fail_msg("status %d for:\n%s", r->rc, yaml);
	}
	assert_non_null(r->ans);
}

/* Reads yaml, which must fail with an error at line:col holding sub. */
static void
read_bad(const struct aft_catalog *cat, const char *yaml, unsigned line,
    unsigned col, const char *sub)
{
	struct ans_read r;

	if (ans_read(&r, cat, yaml) != AFT_EINPUT) {
		diags_print(&r.d);
		fail_msg("status %d, expected AFT_EINPUT, for:\n%s", r.rc,
		    yaml);
	}
	assert_null(r.ans);
	if (diag_find(&r.d, AFT_SEV_ERROR, line, col, sub) == NULL) {
		diags_print(&r.d);
		fail_msg("no error at %u:%u containing \"%s\" for:\n%s", line,
		    col, sub, yaml);
	}
	for (size_t i = 0; i < r.d.n; i++)
		assert_string_equal(r.d.v[i].loc.file, "answers.yaml");
	ans_read_fini(&r);
}

static void
test_short_and_long_forms(void **state)
{
	static const char yaml[] =
	    "aftoets: 1\n"
	    "catalog: vlaanderen-2022\n"
	    "service:\n"
	    "  name: Omgevingsloket\n"
	    "  organisation: Departement Omgeving\n"
	    "  contact: team@example.org\n"
	    "  type: herwerking\n"
	    "  budget_eur: 750000\n"
	    "  users: 120000\n"
	    "  assessed_on: 2026-11-28\n"
	    "  assessor: J. Janssens\n"
	    "answers:\n"
	    "  SD-G1: volledig\n"
	    "  SD-I1:\n"
	    "    level: gedeeltelijk\n"
	    "    motivation: Counter help exists in 12 of 20 offices.\n"
	    "    actions: Roll out to all offices in 2027.\n"
	    "  BT-I3: nvt\n";
	const struct aft_catalog	*cat = *state;
	const struct aft_answer		*a;
	const struct aft_service	*s;
	struct ans_read			 r;
	size_t				 n = 0;

	read_ok(&r, cat, yaml);
	assert_string_equal(r.ans->file, "answers.yaml");
	assert_ptr_equal(r.ans->cat, cat);
	s = &r.ans->service;
	assert_string_equal(s->name, "Omgevingsloket");
	assert_string_equal(s->organisation, "Departement Omgeving");
	assert_string_equal(s->contact, "team@example.org");
	assert_int_equal(s->type, AFT_STYPE_HERWERKING);
	assert_true(s->has_budget);
	assert_double_near(s->budget_eur, 750000, 0);
	assert_true(s->has_users);
	assert_double_near(s->users, 120000, 0);
	assert_string_equal(s->assessed_on, "2026-11-28");
	assert_string_equal(s->assessor, "J. Janssens");

	a = answer_of(&r, "SD-G1");
	assert_int_equal(a->status, AFT_ANSWERED);
	assert_string_equal(cat->levels[a->level].id, "volledig");
	assert_null(a->motivation);
	assert_null(a->actions);
	assert_int_equal(a->loc.line, 13);
	assert_int_equal(a->loc.col, 3);

	a = answer_of(&r, "SD-I1");
	assert_int_equal(a->status, AFT_ANSWERED);
	assert_string_equal(cat->levels[a->level].id, "gedeeltelijk");
	assert_string_equal(a->motivation,
	    "Counter help exists in 12 of 20 offices.");
	assert_string_equal(a->actions, "Roll out to all offices in 2027.");
	assert_int_equal(a->loc.line, 14);

	a = answer_of(&r, "BT-I3");
	assert_int_equal(a->status, AFT_NVT);
	assert_int_equal(a->loc.line, 18);

	/* Everything else is unanswered, with no place. */
	for (size_t i = 0; i < cat->ncriteria; i++) {
		a = &r.ans->answers[i];
		if (a->status == AFT_UNANSWERED) {
			assert_int_equal(a->loc.line, 0);
			n++;
		}
	}
	assert_int_equal(n, cat->ncriteria - 3);

	/* nvt without a motivation is the only remark. */
	assert_int_equal(r.d.nerr, 0);
	assert_int_equal(r.d.nwarn, 1);
	assert_warning_at(&r.d, 18, 3,
	    "'BT-I3' is 'nvt' without a motivation");
	ans_read_fini(&r);
}

static void
test_level_words(void **state)
{
	static const struct {
		const char	*word;
		enum aft_status	 status;
		int		 level;
	} t[] = {
		{ "niet",		AFT_ANSWERED,	0 },
		{ "NO",			AFT_ANSWERED,	0 },
		{ "no",			AFT_ANSWERED,	0 },
		{ "Nee",		AFT_ANSWERED,	0 },
		{ "beperkt",		AFT_ANSWERED,	1 },
		{ "limited",		AFT_ANSWERED,	1 },
		{ "gedeeltelijk",	AFT_ANSWERED,	2 },
		{ "partial",		AFT_ANSWERED,	2 },
		{ "grotendeels",	AFT_ANSWERED,	3 },
		{ "mostly",		AFT_ANSWERED,	3 },
		{ "volledig",		AFT_ANSWERED,	4 },
		{ "VOLLEDIG",		AFT_ANSWERED,	4 },
		{ "full",		AFT_ANSWERED,	4 },
		{ "YES",		AFT_ANSWERED,	4 },
		{ "ja",			AFT_ANSWERED,	4 },
		{ "0",			AFT_ANSWERED,	0 },
		{ "1",			AFT_ANSWERED,	1 },
		{ "2",			AFT_ANSWERED,	2 },
		{ "3",			AFT_ANSWERED,	3 },
		{ "4",			AFT_ANSWERED,	4 },
		{ "'3'",		AFT_ANSWERED,	3 },
		{ "\"Ja\"",		AFT_ANSWERED,	4 },
		{ "nvt",		AFT_NVT,	-1 },
		{ "n.v.t.",		AFT_NVT,	-1 },
		{ "N/A",		AFT_NVT,	-1 },
		{ "na",			AFT_NVT,	-1 },
		{ "NVT",		AFT_NVT,	-1 },
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(t); i++) {
		char		 yaml[256];
		struct ans_read	 r;
		const struct aft_answer *a;

		snprintf(yaml, sizeof(yaml), SVC "answers:\n  SD-G1: %s\n"
		    "  GC-G2: {level: %s, motivation: m}\n", t[i].word,
		    t[i].word);
		read_ok(&r, cat, yaml);
		a = answer_of(&r, "SD-G1");
		if (a->status != t[i].status || a->level != t[i].level)
			fail_msg("'%s': status %d level %d", t[i].word,
			    a->status, a->level);
		a = answer_of(&r, "GC-G2");
		if (a->status != t[i].status || a->level != t[i].level)
			fail_msg("'%s' in the long form: status %d level %d",
			    t[i].word, a->status, a->level);
		assert_int_equal(r.d.nerr, 0);
		ans_read_fini(&r);
	}
}

static void
test_bad_level(void **state)
{
	const struct aft_catalog *cat = *state;

	read_bad(cat, SVC "answers:\n  SD-G1: misschien\n", 4, 10,
	    "'misschien' is not a level; use one of: niet, beperkt, "
	    "gedeeltelijk, grotendeels, volledig, nvt");
	read_bad(cat, SVC "answers:\n  SD-G1: 5\n", 4, 10,
	    "'5' is not a level");
	read_bad(cat, SVC "answers:\n  SD-G1: 2.5\n", 4, 10,
	    "'2.5' is not a level");
	read_bad(cat, SVC "answers:\n  SD-G1:\n    level: x\n", 5, 12,
	    "'x' is not a level");
	read_bad(cat, SVC "answers:\n  SD-G1: [ja]\n", 4, 10,
	    "the answer to 'SD-G1' must be a level or a mapping with "
	    "'level', not a list");
	read_bad(cat, SVC "answers:\n  SD-G1: {level: [ja]}\n", 4, 18,
	    "'level' must be a single value, not a list");
}

static void
test_case_insensitive_ids(void **state)
{
	static const char yaml[] = SVC
	    "answers:\n"
	    "  sd-g1: VOLLEDIG\n"
	    "  Gc-G2: Partial\n"
	    "  bt-i4:\n"
	    "    LEVEL: ja\n";
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;

	read_ok(&r, cat, yaml);
	assert_int_equal(answer_of(&r, "SD-G1")->level, 4);
	assert_int_equal(answer_of(&r, "GC-G2")->level, 2);
	/* Keys of the long form are not case-insensitive: a warning. */
	assert_int_equal(answer_of(&r, "BT-I4")->status, AFT_UNANSWERED);
	assert_int_equal(answer_of(&r, "BT-I4")->loc.line, 6);
	assert_warning_at(&r.d, 7, 5, "unknown key 'LEVEL'");
	ans_read_fini(&r);
}

static void
test_unanswered_forms(void **state)
{
	static const char yaml[] = SVC
	    "answers:\n"
	    "  SD-G1:\n"
	    "  SD-G2: ~\n"
	    "  SD-G3: null\n"
	    "  SD-G5:\n"
	    "    motivation: still looking\n"
	    "  SD-I1: {level: ~, actions: ask}\n"
	    "  SD-I3: {level: }\n"
	    "  SD-I4: {}\n";
	static const char *const ids[] = { "SD-G1", "SD-G2", "SD-G3",
	    "SD-G5", "SD-I1", "SD-I3", "SD-I4" };
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;

	read_ok(&r, cat, yaml);
	for (size_t i = 0; i < NELEM(ids); i++) {
		const struct aft_answer *a = answer_of(&r, ids[i]);

		assert_int_equal(a->status, AFT_UNANSWERED);
		/* Given, so placed, though empty. */
		assert_int_equal(a->loc.line, 4 + i + (i >= 4));
		assert_int_equal(a->loc.col, 3);
	}
	assert_string_equal(answer_of(&r, "SD-G5")->motivation,
	    "still looking");
	assert_string_equal(answer_of(&r, "SD-I1")->actions, "ask");
	assert_int_equal(r.d.n, 0);
	ans_read_fini(&r);
}

static void
test_nvt_motivation(void **state)
{
	static const char yaml[] = SVC
	    "answers:\n"
	    "  SD-G1: nvt\n"
	    "  SD-G2:\n"
	    "    level: n.v.t.\n"
	    "    motivation: There is no paper form.\n";
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;

	read_ok(&r, cat, yaml);
	assert_int_equal(answer_of(&r, "SD-G1")->status, AFT_NVT);
	assert_int_equal(answer_of(&r, "SD-G2")->status, AFT_NVT);
	assert_string_equal(answer_of(&r, "SD-G2")->motivation,
	    "There is no paper form.");
	assert_int_equal(r.d.nwarn, 1);
	assert_warning_at(&r.d, 4, 3, "'SD-G1' is 'nvt' without a "
	    "motivation; say why it does not apply");
	ans_read_fini(&r);
}

static void
test_unknown_id(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;

	read_bad(cat, SVC "answers:\n  SD-G9: ja\n", 4, 3,
	    "unknown criterion 'SD-G9'; did you mean 'SD-G");
	read_bad(cat, SVC "answers:\n  SD-G9: ja\n", 4, 3,
	    "unknown criterion 'SD-G9'; did you mean 'SD-G1'?");
	read_bad(cat, SVC "answers:\n  bt-i9: ja\n", 4, 3,
	    "did you mean 'BT-I1'?");
	read_bad(cat, SVC "answers:\n  completely-unrelated: ja\n", 4, 3,
	    "unknown criterion 'completely-unrelated'; 'aftoets criteria' "
	    "lists them all");

	/* Every unknown id is reported; the known ones still load. */
	assert_int_equal(ans_read(&r, cat, SVC "answers:\n  SD-G9: ja\n"
	    "  SD-G1: ja\n  XX-Y1: nee\n"), AFT_EINPUT);
	assert_int_equal(r.d.nerr, 2);
	assert_error_at(&r.d, 4, 3, "'SD-G9'");
	assert_error_at(&r.d, 6, 3, "'XX-Y1'");
	ans_read_fini(&r);
}

static void
test_duplicate_id(void **state)
{
	const struct aft_catalog *cat = *state;

	read_bad(cat, SVC "answers:\n  SD-G1: ja\n  sd-g1: nee\n", 5, 3,
	    "criterion 'SD-G1' is answered twice; first at line 4, "
	    "column 3");
	read_bad(cat, SVC "answers:\n  sd-g1: ja\n  x: 1\n  SD-g1:\n", 6, 3,
	    "criterion 'SD-G1' is answered twice; first at line 4, "
	    "column 3");
	/* The same spelling twice is a duplicate YAML key. */
	read_bad(cat, SVC "answers:\n  SD-G1: ja\n  SD-G1: nee\n", 5, 3,
	    "duplicate key 'SD-G1'; first given at line 4, column 3");
}

static void
test_service_name(void **state)
{
	const struct aft_catalog *cat = *state;

	read_bad(cat, "service:\n  organisation: X\n", 2, 3,
	    "'name' is missing");
	read_bad(cat, "service:\n  name: \"\"\n", 2, 9,
	    "'name' must not be empty");
	read_bad(cat, "service:\n  name:\n", 2, 8,
	    "'name' must not be empty");
	read_bad(cat, "service:\n  name: [a]\n", 2, 9,
	    "'name' must be a single value, not a list");
	read_bad(cat, "answers:\n  SD-G1: ja\n", 1, 1,
	    "'service' is missing");
	read_bad(cat, "service: Omgevingsloket\n", 1, 10,
	    "'service' must be a mapping, not a single value");
}

struct money_case {
	const char	*in;
	double		 eur;
	bool		 warn;	/* read as a decimal fraction: warns */
};

static void
test_budget(void **state)
{
	static const struct money_case t[] = {
		{ "750000",			750000,		false },
		{ "750000.5",			750000.5,	false },
		{ "0",				0,		false },
		{ "1_000_000",			1000000,	false },
		{ "7.5e+5",			750000,		false },
		{ "\"\xE2\x82\xAC 750.000\"",	750000,		false },
		{ "\xE2\x82\xAC 750.000",	750000,		false },
		{ "1.250.000,50",		1250000.5,	false },
		{ "1,250,000.50 EUR",		1250000.5,	false },
		{ "'500.000 \xE2\x82\xAC'",	500000,		false },
		{ "\"500.000\"",		500000,		false },
		{ "'1.250'",			1250,		false },
		{ "\"1,25\"",			1.25,		false },
		{ "EUR 1 000",			1000,		false },
		/* Plain 500.000 is YAML's 500.0; say so. */
		{ "500.000",			500,		true },
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(t); i++) {
		char		yaml[256];
		struct ans_read	r;

		snprintf(yaml, sizeof(yaml), SVC "  budget_eur: %s\n",
		    t[i].in);
		read_ok(&r, cat, yaml);
		assert_true(r.ans->service.has_budget);
		if (fabs(r.ans->service.budget_eur - t[i].eur) > 1e-9)
			fail_msg("budget_eur: %s read as %.17g", t[i].in,
			    r.ans->service.budget_eur);
		assert_int_equal(r.d.nerr, 0);
		assert_int_equal(r.d.nwarn, t[i].warn ? 1 : 0);
		if (t[i].warn)
			assert_warning_at(&r.d, 3, 15, "'500.000' is read as a "
			    "number with a decimal point; write '\"500.000\"' "
			    "in quotes to mean thousands");
		ans_read_fini(&r);
	}
}

static void
test_budget_absent(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;

	read_ok(&r, cat, SVC);
	assert_false(r.ans->service.has_budget);
	assert_false(r.ans->service.has_users);
	ans_read_fini(&r);
	read_ok(&r, cat, SVC "  budget_eur: ~\n  users:\n");
	assert_false(r.ans->service.has_budget);
	assert_false(r.ans->service.has_users);
	ans_read_fini(&r);
}

static void
test_budget_bad(void **state)
{
	static const struct {
		const char	*in;
		const char	*msg;
	} t[] = {
		{ "-5",		"budget '-5' must not be negative" },
		{ "-1.000",	"budget '-1.000' must not be negative" },
		{ "\"-5\"",	"budget '-5' must not be negative" },
		{ "'-750.000'",	"budget '-750.000' must not be negative" },
		{ "1.25.0",
		    "'1.25.0' is not an amount; write for example" },
		{ "12,5,000",	"'12,5,000' is not an amount" },
		{ "1234.567 EUR", "'1234.567 EUR' is not an amount" },
		{ "1.250.000.50", "'1.250.000.50' is not an amount" },
		{ "abc",	"'abc' is not an amount" },
		{ "''",		"'' is not an amount" },
		{ "1e5",	"'1e5' is not an amount" },
		{ "[1]",
		    "'budget_eur' must be a single value, not a list" },
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(t); i++) {
		char yaml[256];

		snprintf(yaml, sizeof(yaml), SVC "  budget_eur: %s\n",
		    t[i].in);
		read_bad(cat, yaml, 3, 15, t[i].msg);
	}
}

static void
test_users(void **state)
{
	static const struct money_case t[] = {
		{ "120000",		120000,	false },
		{ "0",			0,	false },
		{ "1_000_000",		1e6,	false },
		{ "1.5e5",		150000,	false },
		{ "120000.0",		120000,	false },
		{ "\"120.000\"",	120000,	false },
		{ "'1 250 000'",	1250000, false },
		{ "\"120,000\"",	120000,	false },
		/* Plain 120.000 is YAML's 120.0; say so. */
		{ "120.000",		120,	true },
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(t); i++) {
		char		yaml[256];
		struct ans_read	r;

		snprintf(yaml, sizeof(yaml), SVC "  users: %s\n", t[i].in);
		read_ok(&r, cat, yaml);
		assert_true(r.ans->service.has_users);
		if (r.ans->service.users != t[i].eur)
			fail_msg("users: %s read as %.17g", t[i].in,
			    r.ans->service.users);
		assert_int_equal(r.d.nwarn, t[i].warn ? 1 : 0);
		if (t[i].warn)
			assert_warning_at(&r.d, 3, 10, "'120.000' is read as");
		ans_read_fini(&r);
	}
}

static void
test_users_bad(void **state)
{
	static const char *const bad[] = { "-5", "-1", "12.5", "abc",
	    "\"12,5\"", "\"\xE2\x82\xAC 5\"", "'5 EUR'", "1e5", "\"-5\"",
	    "2.0e20" };
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(bad); i++) {
		char yaml[256];

		snprintf(yaml, sizeof(yaml), SVC "  users: %s\n", bad[i]);
		read_bad(cat, yaml, 3, 10, "'users' must be a whole number "
		    "of 0 or more, not '");
	}
	read_bad(cat, SVC "  users: -5\n", 3, 10,
	    "'users' must be a whole number of 0 or more, not '-5'");
	read_bad(cat, SVC "  users: 12.5\n", 3, 10, "not '12.5'");
}

static void
test_assessed_on(void **state)
{
	static const struct {
		const char	*in;
		bool		 ok;
	} t[] = {
		{ "2026-11-28",	true },
		{ "2024-02-29",	true },		/* leap year */
		{ "2000-02-29",	true },
		{ "2026-12-31",	true },
		{ "2026-02-30",	false },
		{ "2025-02-29",	false },
		{ "2100-02-29",	false },
		{ "2026-04-31",	false },
		{ "2026-13-01",	false },
		{ "2026-00-10",	false },
		{ "2026-01-00",	false },
		{ "2026-1-5",	false },
		{ "28-11-2026",	false },
		{ "2026/11/28",	false },
		{ "2026-11-28T10:00", false },
		{ "2026-11-2",	false },
		{ "tomorrow",	false },
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(t); i++) {
		char		yaml[256], msg[128];
		struct ans_read	r;

		snprintf(yaml, sizeof(yaml), SVC "  assessed_on: %s\n",
		    t[i].in);
		if (t[i].ok) {
			read_ok(&r, cat, yaml);
			assert_string_equal(r.ans->service.assessed_on,
			    t[i].in);
			ans_read_fini(&r);
			continue;
		}
		snprintf(msg, sizeof(msg), "'%s' is not a date; write "
		    "YYYY-MM-DD", t[i].in);
		read_bad(cat, yaml, 3, 16, msg);
	}
}

static void
test_service_type(void **state)
{
	static const struct {
		const char	*in;
		enum aft_stype	 type;
	} t[] = {
		{ "nieuw",	AFT_STYPE_NIEUW },
		{ "NEW",	AFT_STYPE_NIEUW },
		{ "herwerking",	AFT_STYPE_HERWERKING },
		{ "Rework",	AFT_STYPE_HERWERKING },
		{ "~",		AFT_STYPE_NONE },
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(t); i++) {
		char		yaml[256];
		struct ans_read	r;

		snprintf(yaml, sizeof(yaml), SVC "  type: %s\n", t[i].in);
		read_ok(&r, cat, yaml);
		assert_int_equal(r.ans->service.type, t[i].type);
		ans_read_fini(&r);
	}
	read_bad(cat, SVC "  type: old\n", 3, 9,
	    "type 'old' is not 'nieuw' or 'herwerking'");
}

static void
test_catalog_and_version(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;

	read_bad(cat, "catalog: other-2020\n" SVC, 1, 10,
	    "the answers are for catalog 'other-2020', but catalog "
	    "'vlaanderen-2022' is loaded; load the right one with "
	    "--criteria");
	read_bad(cat, "aftoets: 2\n" SVC, 1, 10,
	    "'aftoets' must be 1, not '2'");
	read_bad(cat, "aftoets: 1.0\n" SVC, 1, 10,
	    "'aftoets' must be 1, not '1.0'");
	read_bad(cat, "aftoets: [1]\n" SVC, 1, 10,
	    "'aftoets' must be a single value, not a list");

	read_ok(&r, cat, "aftoets: 1\ncatalog: VLAANDEREN-2022\n" SVC);
	assert_int_equal(r.d.n, 0);
	ans_read_fini(&r);
	read_ok(&r, cat, "aftoets: \"1\"\ncatalog: ~\n" SVC);
	assert_int_equal(r.d.n, 0);
	ans_read_fini(&r);
}

static void
test_answers_absent_or_empty(void **state)
{
	static const char *const yamls[] = {
		SVC,
		SVC "answers:\n",
		SVC "answers: ~\n",
		SVC "answers: {}\n",
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(yamls); i++) {
		struct ans_read r;

		read_ok(&r, cat, yamls[i]);
		for (size_t j = 0; j < cat->ncriteria; j++)
			assert_int_equal(r.ans->answers[j].status,
			    AFT_UNANSWERED);
		assert_int_equal(r.d.n, 0);
		ans_read_fini(&r);
	}
	read_bad(cat, SVC "answers: [SD-G1]\n", 3, 10,
	    "'answers' must be a mapping, not a list");
	read_bad(cat, SVC "answers: all\n", 3, 10,
	    "'answers' must be a mapping, not a single value");
}

static void
test_root_not_mapping(void **state)
{
	const struct aft_catalog *cat = *state;

	read_bad(cat, "- service\n- answers\n", 1, 1,
	    "an answers file must be a mapping, not a list");
	read_bad(cat, "hello\n", 1, 1,
	    "an answers file must be a mapping, not a single value");
	/* YAML errors come through with their places. */
	read_bad(cat, SVC "answers:\n  SD-G1: a: b\n", 4, 11,
	    "invalid YAML");
	read_bad(cat, "", 0, 0, "file is empty");
}

static void
test_unknown_keys(void **state)
{
	static const char yaml[] =
	    "colour: blue\n"
	    "service:\n"
	    "  name: X\n"
	    "  phone: 123\n"
	    "answers:\n"
	    "  SD-G1:\n"
	    "    level: ja\n"
	    "    note: see annex\n";
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;

	/* Warnings, and the file still loads. */
	read_ok(&r, cat, yaml);
	assert_int_equal(r.d.nerr, 0);
	assert_int_equal(r.d.nwarn, 3);
	assert_warning_at(&r.d, 1, 1, "unknown key 'colour'; expected one "
	    "of: aftoets, catalog, service, answers");
	assert_warning_at(&r.d, 4, 3, "unknown key 'phone'");
	assert_warning_at(&r.d, 8, 5, "unknown key 'note'; expected one of: "
	    "level, motivation, actions");
	assert_int_equal(answer_of(&r, "SD-G1")->level, 4);
	ans_read_fini(&r);

	/* With strict diagnostics they are errors. */
	assert_int_equal(ans_read_flags(&r, cat, yaml, 0, 1), AFT_EINPUT);
	assert_null(r.ans);
	assert_int_equal(r.d.nerr, 3);
	assert_int_equal(r.d.nwarn, 0);
	assert_error_at(&r.d, 1, 1, "unknown key 'colour'");
	assert_error_at(&r.d, 4, 3, "unknown key 'phone'");
	assert_error_at(&r.d, 8, 5, "unknown key 'note'");
	ans_read_fini(&r);
}

/*
 * The ids of the criteria of cat that are not in skip, joined by ", ",
 * as the missing-answers warning lists them; malloc'd.
 */
static char *
ids_except(const struct aft_catalog *cat, const char *const *skip,
    size_t nskip, size_t *n)
{
	char	*s = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&s, &len);

	assert_non_null(fp);
	*n = 0;
	for (size_t i = 0; i < cat->ncriteria; i++) {
		size_t j;

		for (j = 0; j < nskip; j++)
			if (strcmp(cat->all[i]->id, skip[j]) == 0)
				break;
		if (j < nskip)
			continue;
		fprintf(fp, "%s%s", *n > 0 ? ", " : "", cat->all[i]->id);
		(*n)++;
	}
	assert_int_equal(fclose(fp), 0);
	return s;
}

/*
 * AFT_ANS_WARN_UNANSWERED: an empty answer is warned about at its own
 * place; the criteria absent from the file share one warning that
 * lists them in catalog order, at the answers mapping (or the top of the
 * file), so that real errors are not buried under them.
 */
static void
test_warn_unanswered(void **state)
{
	static const char yaml[] = SVC
	    "answers:\n"
	    "  SD-G1: ja\n"
	    "  SD-G2:\n"
	    "  SD-G3: {level: nvt, motivation: no paper}\n"
	    "  SD-G5: perhaps\n"
	    "  SD-I1: {motivation: unsure}\n";
	static const char *const given[] = { "SD-G1", "SD-G2", "SD-G3",
	    "SD-G5", "SD-I1" };
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;
	char				*list, msg[2048];
	size_t				 n;

	/* Without the flag, only the bad level. */
	assert_int_equal(ans_read(&r, cat, yaml), AFT_EINPUT);
	assert_int_equal(r.d.n, 1);
	assert_error_at(&r.d, 7, 10, "'perhaps' is not a level");
	ans_read_fini(&r);

	list = ids_except(cat, given, NELEM(given), &n);
	assert_int_equal(n, cat->ncriteria - NELEM(given));
	snprintf(msg, sizeof(msg), "%zu criteria are not answered: %s", n,
	    list);
	free(list);

	assert_int_equal(ans_read_flags(&r, cat, yaml,
	    AFT_ANS_WARN_UNANSWERED, 0), AFT_EINPUT);
	assert_int_equal(r.d.nerr, 1);
	assert_int_equal(r.d.nwarn, 3);
	assert_warning_at(&r.d, 5, 3, "criterion 'SD-G2' is not answered");
	assert_warning_at(&r.d, 8, 3, "criterion 'SD-I1' is not answered");
	assert_warning_at(&r.d, 4, 3, msg);
	/* The wrong answer has its error and no second remark. */
	assert_null(diag_find(&r.d, AFT_SEV_WARNING, ANY, ANY, "'SD-G5'"));
	assert_null(diag_find(&r.d, AFT_SEV_WARNING, ANY, ANY, "SD-G5,"));
	ans_read_fini(&r);

	/* Strict: they are errors. */
	assert_int_equal(ans_read_flags(&r, cat, yaml,
	    AFT_ANS_WARN_UNANSWERED, 1), AFT_EINPUT);
	assert_int_equal(r.d.nerr, 4);
	assert_int_equal(r.d.nwarn, 0);
	assert_error_at(&r.d, 4, 3, msg);
	ans_read_fini(&r);

	/* No answers at all: every criterion, at the top of the file. */
	list = ids_except(cat, NULL, 0, &n);
	assert_int_equal(n, cat->ncriteria);
	snprintf(msg, sizeof(msg), "%zu criteria are not answered: %s", n,
	    list);
	free(list);
	assert_int_equal(ans_read_flags(&r, cat, SVC,
	    AFT_ANS_WARN_UNANSWERED, 0), AFT_OK);
	assert_int_equal(r.d.nwarn, 1);
	assert_warning_at(&r.d, 1, 1, msg);
	ans_read_fini(&r);

	/* Every criterion answered: nothing to say. */
	{
		char	*all = NULL;
		size_t	 len = 0;
		FILE	*fp = open_memstream(&all, &len);

		assert_non_null(fp);
		fputs(SVC "answers:\n", fp);
		for (size_t i = 0; i < cat->ncriteria; i++)
			fprintf(fp, "  %s: %zu\n", cat->all[i]->id, i % 5);
		assert_int_equal(fclose(fp), 0);
		assert_int_equal(ans_read_flags(&r, cat, all,
		    AFT_ANS_WARN_UNANSWERED, 0), AFT_OK);
		assert_int_equal(r.d.n, 0);
		for (size_t i = 0; i < cat->ncriteria; i++)
			assert_int_equal(r.ans->answers[i].level, (int)(i % 5));
		ans_read_fini(&r);
		free(all);
	}
}

static void
test_keeps_going(void **state)
{
	static const char yaml[] =
	    "aftoets: 3\n"
	    "service:\n"
	    "  budget_eur: -5\n"
	    "  users: many\n"
	    "  assessed_on: 2026-02-30\n"
	    "answers:\n"
	    "  SD-G9: ja\n"
	    "  SD-G1: perhaps\n";
	const struct aft_catalog	*cat = *state;
	struct ans_read			 r;

	assert_int_equal(ans_read(&r, cat, yaml), AFT_EINPUT);
	assert_null(r.ans);
	assert_error_at(&r.d, 1, 10, "'aftoets' must be 1");
	assert_error_at(&r.d, 3, 3, "'name' is missing");
	assert_error_at(&r.d, 3, 15, "must not be negative");
	assert_error_at(&r.d, 4, 10, "'users' must be a whole number");
	assert_error_at(&r.d, 5, 16, "is not a date");
	assert_error_at(&r.d, 7, 3, "unknown criterion 'SD-G9'");
	assert_error_at(&r.d, 8, 10, "'perhaps' is not a level");
	assert_int_equal(r.d.nerr, 7);
	ans_read_fini(&r);
}

static void
test_dutch_messages(void **state)
{
	const struct aft_catalog	*cat = *state;
	struct aft_arena		 arena;
	struct aft_diags		 d;
	struct aft_answers		*ans;
	static const char		 yaml[] = SVC "answers:\n  SD-G9: ja\n";

	aft_arena_init(&arena);
	aft_diags_init(&d, AFT_LANG_NL);
	assert_int_equal(aft_answers_read(&ans, cat, "a.yaml", yaml,
	    strlen(yaml), 0, &arena, &d), AFT_EINPUT);
	assert_error_at(&d, 4, 3, "onbekend criterium 'SD-G9'; bedoelt u "
	    "'SD-G1'?");
	aft_diags_fini(&d);
	aft_arena_fini(&arena);
}

/* Reads yaml with the fast path alone; d starts with one message. */
static int
fast_read(const struct aft_catalog *cat, const char *yaml, size_t len,
    int strict, struct aft_diags *d, struct aft_arena *arena,
    struct aft_answers **ans)
{
	struct aft_loc loc = { "other.yaml", 1, 1 };

	aft_arena_init(arena);
	aft_diags_init(d, AFT_LANG_EN);
	d->strict = strict;
	aft_diag_warn(d, loc, AFT_M_EMPTY_FILE);
	return aft_astream_read(ans, cat, "answers.yaml", yaml, len,
	    AFT_ANS_WARN_UNANSWERED, arena, d);
}

static void
test_fast_path_reads(void **state)
{
	/* A UTF-8 BOM, comments, flow forms, quoting, answers first. */
	static const char yaml[] =
	    "\xEF\xBB\xBF# an assessment\n"
	    "answers:\n"
	    "  SD-G1: Volledig   # a comment\n"
	    "  'SD-I1': {level: gedeeltelijk, motivation: \"Twelve of 20.\"}\n"
	    "  bt-i3:\n"
	    "    level: nvt\n"
	    "  BT-I1:\n"
	    "    actions: >\n"
	    "      Roll out\n"
	    "      in 2027.\n"
	    "  BT-G1: ~\n"
	    "aftoets: 1\n"
	    "catalog: VLAANDEREN-2022\n"
	    "service: {name: \"Loket\", type: rework, budget_eur: \"EUR 1.250.000\",\n"
	    "  users: 120000, assessed_on: 2026-02-28, contact: '', assessor: null}\n"
	    "...\n";
	const struct aft_catalog	*cat = *state;
	const struct aft_criterion	*c;
	struct aft_answers		*ans = NULL;
	struct aft_arena		 arena;
	struct aft_diags		 d;

	assert_int_equal(fast_read(cat, yaml, sizeof(yaml) - 1, 0, &d, &arena,
	    &ans), AFT_OK);
	assert_non_null(ans);
	assert_string_equal(ans->service.name, "Loket");
	assert_int_equal(ans->service.type, AFT_STYPE_HERWERKING);
	assert_double_near(ans->service.budget_eur, 1250000, 0);
	assert_double_near(ans->service.users, 120000, 0);
	assert_string_equal(ans->service.assessed_on, "2026-02-28");
	assert_null(ans->service.contact);
	assert_null(ans->service.assessor);
	assert_null(ans->service.organisation);
	c = aft_catalog_find(cat, "SD-I1");
	assert_int_equal(ans->answers[c->index].status, AFT_ANSWERED);
	assert_string_equal(ans->answers[c->index].motivation, "Twelve of 20.");
	assert_int_equal(ans->answers[c->index].loc.line, 4);
	assert_int_equal(ans->answers[c->index].loc.col, 3);
	c = aft_catalog_find(cat, "BT-I1");
	assert_true(ans->answers[c->index].empty);
	assert_string_equal(ans->answers[c->index].actions,
	    "Roll out in 2027.\n");
	c = aft_catalog_find(cat, "BT-I3");
	assert_int_equal(ans->answers[c->index].status, AFT_NVT);
	/* The message before, nvt without a motivation, the empty ones. */
	assert_int_equal(d.nerr, 0);
	assert_true(d.n >= 4);
	assert_string_equal(d.v[0].loc.file, "other.yaml");
	assert_warning_at(&d, 5, 3, "BT-I3");
	assert_warning_at(&d, 7, 3, "BT-I1");
	assert_warning_at(&d, 11, 3, "BT-G1");
	assert_warning_at(&d, 3, 3, "not answered");
	aft_diags_fini(&d);
	aft_arena_fini(&arena);

	/* Strict: the nvt warning is an error, and the read fails at once. */
	assert_int_equal(fast_read(cat, yaml, sizeof(yaml) - 1, 1, &d, &arena,
	    &ans), AFT_EINPUT);
	assert_null(ans);
	assert_error_at(&d, 5, 3, "BT-I3");
	aft_diags_fini(&d);
	aft_arena_fini(&arena);
}

/*
 * Everything the fast path leaves to the tree: it must add no message,
 * and the full read must still give the tree's (ans_read compares).
 */
static void
test_fast_path_declines(void **state)
{
	static const char *const yaml[] = {
	    "",
	    "---\n",
	    "- a\n",
	    "just text\n",
	    SVC "answers:\n  SD-G1: &a volledig\n  SD-G2: *a\n",
	    SVC "answers: !!map\n  SD-G1: volledig\n",
	    SVC "answers:\n  SD-G1: !!str volledig\n",
	    SVC "extra: 1\n",
	    SVC "obsolete:\n  OLD-1: volledig\n",
	    SVC "obsolete: ~\n",
	    SVC "service:\n  name: Again\n",
	    "service:\n  name: A\n  name: B\n",
	    "service:\n  name: A\n  colour: red\n",
	    "service:\n  organisation: A\n",
	    "service:\n  name: ''\n",
	    "service:\n  name: ~\n",
	    "service:\n  name: [A]\n",
	    "service: ~\n",
	    "service: []\n",
	    "aftoets: 1\n",
	    SVC "aftoets: 2\n",
	    SVC "aftoets: {}\n",
	    SVC "catalog: elders\n",
	    "service:\n  name: A\n  type: oud\n",
	    "service:\n  name: A\n  assessed_on: 2026-02-30\n",
	    "service:\n  name: A\n  budget_eur: 1.250\n",
	    "service:\n  name: A\n  budget_eur: -5\n",
	    "service:\n  name: A\n  budget_eur: veel\n",
	    "service:\n  name: A\n  users: 1.5\n",
	    SVC "answers:\n  SD-G1: volledig\n  SD-G1: deels\n",
	    SVC "answers:\n  SD-G1: volledig\n  sd-g1: deels\n",
	    SVC "answers:\n  SD-G9: volledig\n",
	    /* A replaced id: only the tree records it for the reports. */
	    SVC "answers:\n  SD-G4: volledig\n",
	    SVC "answers:\n  SD-G1: volledig\n  sd-g4: deels\n",
	    SVC "answers:\n  SD-G1: misschien\n",
	    SVC "answers:\n  SD-G1: [volledig]\n",
	    SVC "answers:\n  SD-G1:\n    level: [volledig]\n",
	    SVC "answers:\n  SD-G1:\n    motivation: {a: b}\n",
	    SVC "answers:\n  SD-G1:\n    level: volledig\n    level: deels\n",
	    SVC "answers:\n  SD-G1:\n    niveau: volledig\n",
	    SVC "answers:\n  [SD-G1]: volledig\n",
	    SVC "answers:\n  - SD-G1\n",
	    SVC "answers: geen\n",
	    SVC "answers:\n  SD-G1: \"vol\\0ledig\"\n",
	    SVC "---\n" SVC,
	    SVC "answers:\n  SD-G1: volledig\n   SD-G2: deels\n",
	    SVC "answers:\n\tSD-G1: volledig\n",
	    SVC "answers: {SD-G1: volledig\n",
	    "\xFF\xFEs\0e\0",
	    "s\0e\0",
	};
	const struct aft_catalog *cat = *state;

	for (size_t i = 0; i < NELEM(yaml); i++) {
		size_t			 len = strlen(yaml[i]);
		struct aft_answers	*ans = NULL;
		struct aft_arena	 arena;
		struct aft_diags	 d;
		struct ans_read		 r;
		int			 rc;

		if (i >= NELEM(yaml) - 2)
			len = 6;
		rc = fast_read(cat, yaml[i], len, 0, &d, &arena, &ans);
		if (rc != AFT_YDECLINE || d.n != 1 || d.nwarn != 1 ||
		    d.nerr != 0) {
			diags_print(&d);
			fail_msg("status %d, %zu messages for:\n%s", rc, d.n,
			    yaml[i]);
		}
		assert_null(ans);
		aft_diags_fini(&d);
		aft_arena_fini(&arena);
		if (i < NELEM(yaml) - 2) {
			ans_read(&r, cat, yaml[i]);
			ans_read_fini(&r);
		}
	}
}

/* A catalog where C1 replaces OLD-A and OLD-B, and C2 replaces OLD-C. */
static const char replaces_cat[] =
    "catalog:\n"
    "  id: mini\n"
    "  version: \"2.1\"\n"
    "  title: {nl: Mini, en: Mini}\n"
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
    "      - id: C1\n"
    "        kind: user\n"
    "        text: {nl: T1, en: T1}\n"
    "        guidance: {nl: G, en: G}\n"
    "        practice: {nee: {nl: N, en: N}, ja: {nl: J, en: J}}\n"
    "        replaces: [OLD-A, OLD-B]\n"
    "      - id: C2\n"
    "        kind: inclusion\n"
    "        text: {nl: T2, en: T2}\n"
    "        guidance: {nl: G, en: G}\n"
    "        practice: {nee: {nl: N, en: N}, ja: {nl: J, en: J}}\n"
    "        replaces: [OLD-C]\n"
    "      - id: C3\n"
    "        kind: user\n"
    "        text: {nl: T3, en: T3}\n"
    "        guidance: {nl: G, en: G}\n"
    "        practice: {nee: {nl: N, en: N}, ja: {nl: J, en: J}}\n";

static void
test_replaced_ids(void **state)
{
	static const char yaml[] =
	    SVC
	    "answers:\n"
	    "  old-c: ja\n"			/* 4: C2 has its own */
	    "  OLD-B:\n"			/* 5: counts for C1 */
	    "    level: nee\n"
	    "    motivation: Why.\n"
	    "    actions: What next.\n"
	    "  C3: ja\n"			/* 9 */
	    "  OLD-A: ja\n"			/* 10: OLD-B came first */
	    "  C2: nee\n";			/* 11 */
	struct aft_catalog	*cat = NULL;
	struct aft_diags	 d;
	struct ans_read		 r;
	const struct aft_answer	*a;

	(void)state;
	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, load_catalog_str(&cat, replaces_cat, &d), AFT_OK);
	aft_diags_fini(&d);
	/* ans_read() reads with and without the tree, and compares. */
	read_ok(&r, cat, yaml);
	a = answer_of(&r, "C1");
	assert_int_equal(a->status, AFT_ANSWERED);
	assert_int_equal(a->level, 0);
	assert_string_equal(a->motivation, "Why.");
	assert_string_equal(a->actions, "What next.");
	assert_int_equal(a->loc.line, 5);
	assert_int_equal(a->loc.col, 3);
	a = answer_of(&r, "C2");
	assert_int_equal(a->status, AFT_ANSWERED);
	assert_int_equal(a->level, 0);
	assert_int_equal(a->loc.line, 11);
	assert_int_equal(answer_of(&r, "C3")->level, 1);
	assert_int_equal(r.d.nerr, 0);
	assert_int_equal(r.d.nwarn, 3);
	assert_warning_at(&r.d, 4, 3, "'old-c' is replaced by 'C2' in "
	    "catalog 2.1; C2 has its own answer, which counts; this answer "
	    "is not scored");
	assert_warning_at(&r.d, 5, 3, "'OLD-B' is replaced by 'C1' in "
	    "catalog 2.1; its answer counts for C1");
	assert_warning_at(&r.d, 10, 3, "'OLD-A' is replaced by 'C1' in "
	    "catalog 2.1; the answer to 'OLD-B' comes first in the file and "
	    "counts; this answer is not scored");
	/* The answers keep the list, in the order of the file. */
	{
		static const struct {
			const char		*id, *succ, *earlier;
			unsigned		 line;
			enum aft_replaced_how	 how;
		} want[] = {
			{ "OLD-C", "C2", NULL, 4, AFT_REPLACED_OWN },
			{ "OLD-B", "C1", NULL, 5, AFT_REPLACED_COUNTS },
			{ "OLD-A", "C1", "OLD-B", 10, AFT_REPLACED_EARLIER },
		};

		assert_int_equal(r.ans->nreplaced, NELEM(want));
		for (size_t i = 0; i < NELEM(want); i++) {
			const struct aft_replaced *v = &r.ans->replaced[i];

			/* The catalog's spelling, whatever the file wrote. */
			assert_string_equal(v->id, want[i].id);
			assert_string_equal(v->successor->id, want[i].succ);
			assert_int_equal(v->loc.line, want[i].line);
			assert_int_equal(v->loc.col, 3);
			assert_int_equal(v->how, want[i].how);
			if (want[i].earlier != NULL)
				assert_string_equal(v->earlier,
				    want[i].earlier);
			else
				assert_null(v->earlier);
		}
	}
	ans_read_fini(&r);

	/* Without a replaced id the list stays empty. */
	read_ok(&r, cat, SVC "answers:\n  C1: ja\n");
	assert_int_equal(r.ans->nreplaced, 0);
	assert_null(r.ans->replaced);
	ans_read_fini(&r);

	/* Strict: the notes are warnings, so they become errors. */
	assert_int_equal(ans_read_flags(&r, cat, yaml, 0, 1), AFT_EINPUT);
	ans_read_fini(&r);

	/* An id that nothing replaces is still an unknown criterion. */
	assert_int_equal(ans_read(&r, cat, SVC "answers:\n  OLD-Z: ja\n"),
	    AFT_EINPUT);
	assert_non_null(diag_find(&r.d, AFT_SEV_ERROR, 4, 3,
	    "unknown criterion 'OLD-Z'"));
	ans_read_fini(&r);
	aft_catalog_free(cat);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_and_long_forms),
		cmocka_unit_test(test_level_words),
		cmocka_unit_test(test_bad_level),
		cmocka_unit_test(test_case_insensitive_ids),
		cmocka_unit_test(test_unanswered_forms),
		cmocka_unit_test(test_nvt_motivation),
		cmocka_unit_test(test_unknown_id),
		cmocka_unit_test(test_duplicate_id),
		cmocka_unit_test(test_service_name),
		cmocka_unit_test(test_budget),
		cmocka_unit_test(test_budget_absent),
		cmocka_unit_test(test_budget_bad),
		cmocka_unit_test(test_users),
		cmocka_unit_test(test_users_bad),
		cmocka_unit_test(test_assessed_on),
		cmocka_unit_test(test_service_type),
		cmocka_unit_test(test_catalog_and_version),
		cmocka_unit_test(test_answers_absent_or_empty),
		cmocka_unit_test(test_root_not_mapping),
		cmocka_unit_test(test_unknown_keys),
		cmocka_unit_test(test_warn_unanswered),
		cmocka_unit_test(test_keeps_going),
		cmocka_unit_test(test_dutch_messages),
		cmocka_unit_test(test_fast_path_reads),
		cmocka_unit_test(test_fast_path_declines),
		cmocka_unit_test(test_replaced_ids),
	};

	return cmocka_run_group_tests(tests, setup_default_catalog,
	    teardown_catalog);
}
