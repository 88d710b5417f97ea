/*
 * The compiled-in catalog: the C data made from its YAML at build time
 * (src/gen/catalog_c.c) is, field by field, what aft_catalog_load() makes
 * of the same YAML at run time, down to every slot of both hash tables;
 * and the comparison itself notices a change to any kind of field.
 */
#include "helpers.h"

/* Where two catalogs differ: the first difference found. */
struct cmp {
	char	what[256];
	bool	bad;
};

static void
differ(struct cmp *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
differ(struct cmp *c, const char *fmt, ...)
{
	va_list ap;

	if (c->bad)
		return;
	c->bad = true;
	va_start(ap, fmt);
	vsnprintf(c->what, sizeof(c->what), fmt, ap);
	va_end(ap);
}

static void
same_str(struct cmp *c, const char *a, const char *b, const char *what,
    size_t i)
{
	if (a == NULL && b == NULL)
		return;
	if (a == NULL || b == NULL || strcmp(a, b) != 0)
		differ(c, "%s %zu: '%s' and '%s'", what, i, a ? a : "(null)",
		    b ? b : "(null)");
}

static void
same_size(struct cmp *c, size_t a, size_t b, const char *what, size_t i)
{
	if (a != b)
		differ(c, "%s %zu: %zu and %zu", what, i, a, b);
}

/* Doubles compared bit for bit: the C data must not round. */
static void
same_double(struct cmp *c, double a, double b, const char *what, size_t i)
{
	if (memcmp(&a, &b, sizeof(a)) != 0)
		differ(c, "%s %zu: %.17g and %.17g", what, i, a, b);
}

static void
same_text(struct cmp *c, const struct aft_text *a, const struct aft_text *b,
    const char *what, size_t i)
{
	for (int l = 0; l < AFT_NLANG; l++)
		same_str(c, a->s[l], b->s[l], what, i);
}

static void
same_level(struct cmp *c, const struct aft_level *a, const struct aft_level *b,
    size_t i)
{
	same_str(c, a->id, b->id, "level id", i);
	same_size(c, (size_t)a->points, (size_t)b->points, "points", i);
	same_text(c, &a->label, &b->label, "level label", i);
	same_size(c, a->naliases, b->naliases, "aliases of level", i);
	for (size_t j = 0; j < a->naliases && !c->bad; j++)
		same_str(c, a->aliases[j], b->aliases[j], "alias", j);
}

static void
same_criterion(struct cmp *c, const struct aft_criterion *a,
    const struct aft_criterion *b)
{
	size_t i = a->index;

	same_str(c, a->id, b->id, "criterion", i);
	same_size(c, a->kind, b->kind, "kind of criterion", i);
	same_double(c, a->weight, b->weight, "weight of criterion", i);
	same_text(c, &a->text, &b->text, "text of criterion", i);
	same_text(c, &a->guidance, &b->guidance, "guidance of criterion", i);
	same_size(c, a->npractice, b->npractice, "practice of criterion", i);
	for (size_t j = 0; j < a->npractice && !c->bad; j++) {
		same_size(c, a->practice[j].level, b->practice[j].level,
		    "practice level", j);
		same_text(c, &a->practice[j].text, &b->practice[j].text,
		    "practice text", j);
	}
	same_text(c, &a->evidence, &b->evidence, "evidence of criterion", i);
	same_text(c, &a->pitfall, &b->pitfall, "pitfall of criterion", i);
	same_size(c, a->nreplaces, b->nreplaces, "replaces of criterion", i);
	for (size_t j = 0; j < a->nreplaces && !c->bad; j++)
		same_str(c, a->replaces[j], b->replaces[j], "replaced id", j);
	same_size(c, a->principle, b->principle, "principle of criterion", i);
	same_size(c, a->index, b->index, "index of criterion", i);
}

/*
 * Where a criterion pointer points in its own catalog, as principle *
 * 1000 + place; (size_t)-1 when it is not one of the catalog's criteria.
 */
static size_t
crit_pos(const struct aft_catalog *cat, const struct aft_criterion *cr)
{
	for (size_t p = 0; p < cat->nprinciples; p++) {
		const struct aft_principle *pr = &cat->principles[p];

		for (size_t j = 0; j < pr->ncriteria; j++)
			if (&pr->criteria[j] == cr)
				return p * 1000 + j;
	}
	return (size_t)-1;
}

/*
 * Which of its level's words a slot of the answer words is: 0 the id
 * itself, j the alias j - 1 (the very string, not a copy), or
 * (size_t)-1 when it is none of them.
 */
static size_t
word_pos(const struct aft_catalog *cat, const struct aft_word *w)
{
	const struct aft_level *lv;

	if (w->level == AFT_LEVEL_NVT)
		lv = &cat->nvt;
	else if (w->level >= 0 && (size_t)w->level < cat->nlevels)
		lv = &cat->levels[w->level];
	else
		return (size_t)-1;
	if (w->w == lv->id)
		return 0;
	for (size_t j = 0; j < lv->naliases; j++)
		if (w->w == lv->aliases[j])
			return j + 1;
	return (size_t)-1;
}

static void
same_tables(struct cmp *c, const struct aft_catalog *a,
    const struct aft_catalog *b)
{
	same_size(c, a->ncriteria, b->ncriteria, "criteria", 0);
	for (size_t k = 0; k < a->ncriteria && !c->bad; k++) {
		size_t pa = crit_pos(a, a->all[k]);

		if (pa == (size_t)-1 || pa != crit_pos(b, b->all[k]))
			differ(c, "catalog order %zu", k);
		else
			same_size(c, a->all[k]->index, k, "index in order", k);
	}
	same_size(c, a->capid, b->capid, "capacity of the ids", 0);
	for (size_t k = 0; k < a->capid && !c->bad; k++) {
		if (a->byid[k] == NULL && b->byid[k] == NULL)
			continue;
		if (a->byid[k] == NULL || b->byid[k] == NULL ||
		    crit_pos(a, a->byid[k]) == (size_t)-1 ||
		    crit_pos(a, a->byid[k]) != crit_pos(b, b->byid[k]))
			differ(c, "id slot %zu", k);
	}
	same_size(c, a->capwords, b->capwords, "capacity of the words", 0);
	for (size_t k = 0; k < a->capwords && !c->bad; k++) {
		const struct aft_word *x = &a->words[k], *y = &b->words[k];

		same_str(c, x->w, y->w, "word slot", k);
		same_size(c, (size_t)x->level, (size_t)y->level,
		    "level of word slot", k);
		if (!c->bad && x->w != NULL && (word_pos(a, x) == (size_t)-1 ||
		    word_pos(a, x) != word_pos(b, y)))
			differ(c, "word slot %zu is not its level's string", k);
	}
}

/* Whether a and b are the same catalog; c says where they differ. */
static bool
same_catalog(struct cmp *c, const struct aft_catalog *a,
    const struct aft_catalog *b)
{
	memset(c, 0, sizeof(*c));
	same_str(c, a->file, b->file, "file", 0);
	same_str(c, a->id, b->id, "id", 0);
	same_str(c, a->version, b->version, "version", 0);
	same_text(c, &a->title, &b->title, "title", 0);
	same_text(c, &a->notice, &b->notice, "notice", 0);
	same_double(c, a->threshold_budget, b->threshold_budget, "budget", 0);
	same_double(c, a->threshold_users, b->threshold_users, "users", 0);
	same_size(c, a->nlevels, b->nlevels, "levels", 0);
	for (size_t i = 0; i < a->nlevels && !c->bad; i++)
		same_level(c, &a->levels[i], &b->levels[i], i);
	same_size(c, (size_t)a->max_points, (size_t)b->max_points, "max", 0);
	same_level(c, &a->nvt, &b->nvt, a->nlevels);
	same_size(c, a->nbands, b->nbands, "bands", 0);
	for (size_t i = 0; i < a->nbands && !c->bad; i++) {
		same_str(c, a->bands[i].id, b->bands[i].id, "band", i);
		same_double(c, a->bands[i].min, b->bands[i].min, "min", i);
		same_text(c, &a->bands[i].label, &b->bands[i].label,
		    "band label", i);
	}
	same_size(c, a->nprinciples, b->nprinciples, "principles", 0);
	for (size_t i = 0; i < a->nprinciples && !c->bad; i++) {
		const struct aft_principle *p = &a->principles[i];
		const struct aft_principle *q = &b->principles[i];

		same_str(c, p->id, q->id, "principle", i);
		same_text(c, &p->title, &q->title, "principle title", i);
		same_text(c, &p->summary, &q->summary, "summary", i);
		same_size(c, p->ncriteria, q->ncriteria, "criteria of", i);
		for (size_t j = 0; j < p->ncriteria && !c->bad; j++)
			same_criterion(c, &p->criteria[j], &q->criteria[j]);
	}
	if (!c->bad)
		same_tables(c, a, b);
	return !c->bad;
}

/* The YAML text compiled in beside the C data, loaded as any catalog. */
static struct aft_catalog *
load_yaml(void)
{
	struct aft_diags	 d;
	struct aft_catalog	*cat = NULL;

	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, aft_catalog_load(&cat, aft_default_catalog_name,
	    aft_default_catalog, aft_default_catalog_len, &d), AFT_OK);
	assert_int_equal(d.n, 0);
	aft_diags_fini(&d);
	return cat;
}

static void
test_default_is_the_yaml(void **state)
{
	struct aft_catalog	*yaml = load_yaml();
	struct aft_catalog	*cat = load_default_catalog();
	struct cmp		 c;

	(void)state;
	if (!same_catalog(&c, yaml, cat))
		fail_msg("the compiled-in catalog differs: %s", c.what);
	/* And the other way round, for the NULL checks of one side. */
	if (!same_catalog(&c, cat, yaml))
		fail_msg("the compiled-in catalog differs: %s", c.what);
	assert_string_equal(cat->file, aft_default_catalog_name);
	aft_catalog_free(cat);
	aft_catalog_free(yaml);
}

/* Loading the default catalog parses nothing and allocates one struct. */
static void
test_default_is_static(void **state)
{
	struct aft_catalog *a = load_default_catalog();
	struct aft_catalog *b = load_default_catalog();

	(void)state;
	assert_ptr_not_equal(a, b);
	assert_ptr_equal(a->levels, b->levels);
	assert_ptr_equal(a->words, b->words);
	assert_ptr_equal(a->all[0], b->all[0]);
	assert_null(a->arena.head);
	assert_int_equal(a->arena.used, 0);
	/* Freed one at a time, neither takes the other's data along. */
	aft_catalog_free(a);
	assert_ptr_equal(aft_catalog_find(b, "SD-G1"), b->all[0]);
	assert_int_equal(aft_catalog_level(b, "VOLLEDIG"), 4);
	aft_catalog_free(b);
}

/*
 * Changes one field of b to val, checks that same_catalog() notices, and
 * puts the field back.
 */
static void
expect_differ(const struct aft_catalog *a, struct aft_catalog *b,
    void *field, const void *val, size_t size, const char *what)
{
	unsigned char	save[16];
	struct cmp	c;
	bool		same;

	assert_true(size <= sizeof(save));
	memcpy(save, field, size);
	memcpy(field, val, size);
	same = same_catalog(&c, a, b);
	memcpy(field, save, size);
	if (same)
		fail_msg("changing %s went unnoticed", what);
	assert_true(same_catalog(&c, a, b));
}

#define POKE(a, b, type, lv, val) do {					\
	type v_ = (val);						\
	assert_int_equal(sizeof(lv), sizeof(v_));			\
	expect_differ((a), (b), &(lv), &v_, sizeof(v_), #lv);		\
} while (0)

/* The comparison catches a change to every kind of field. */
static void
test_compare_notices(void **state)
{
	struct aft_catalog	*a = load_yaml();
	struct aft_catalog	*b = load_yaml();
	struct aft_criterion	*cr;
	struct aft_practice	*pr;
	struct cmp		 c;
	size_t			 used = 0, empty = 0;
	char			 other[64];

	(void)state;
	if (!same_catalog(&c, a, b))
		fail_msg("two loads differ: %s", c.what);
	cr = &b->principles[3].criteria[1];
	pr = (struct aft_practice *)cr->practice;
	assert_true(cr->npractice >= 2);
	/* A string equal but for its last byte. */
	snprintf(other, sizeof(other), "%s", b->levels[2].aliases[0]);
	other[strlen(other) - 1] ^= 1;

	POKE(a, b, const char *, b->file, "other.yaml");
	POKE(a, b, const char *, b->version, "2023");
	POKE(a, b, const char *, b->title.s[1], b->title.s[0]);
	POKE(a, b, const char *, b->notice.s[0], "x");
	POKE(a, b, const char *, b->notice.s[1], "x");
	POKE(a, b, double, b->threshold_users, 100001);
	POKE(a, b, double, b->threshold_budget, 500000.5);
	POKE(a, b, int, b->levels[1].points, 7);
	POKE(a, b, const char *, b->levels[2].aliases[0], other);
	POKE(a, b, size_t, b->levels[4].naliases, 2);
	POKE(a, b, int, b->max_points, 5);
	POKE(a, b, const char *, b->nvt.label.s[0], "nvt");
	POKE(a, b, size_t, b->nvt.naliases, 0);
	POKE(a, b, double, b->bands[1].min, 51);
	POKE(a, b, const char *, b->principles[2].summary.s[1], "");
	POKE(a, b, const char *, cr->id, "XX-1");
	POKE(a, b, enum aft_kind, cr->kind, !cr->kind);
	POKE(a, b, double, cr->weight, 2);
	POKE(a, b, const char *, cr->text.s[0], cr->text.s[1]);
	POKE(a, b, const char *, cr->guidance.s[1], cr->guidance.s[0]);
	POKE(a, b, size_t, cr->npractice, cr->npractice - 1);
	POKE(a, b, size_t, pr[1].level, pr[1].level + 1);
	POKE(a, b, const char *, pr[0].text.s[1], pr[1].text.s[1]);
	POKE(a, b, const char *, cr->evidence.s[0], "");
	POKE(a, b, const char *, cr->pitfall.s[1], "x");
	POKE(a, b, size_t, cr->principle, 2);
	{
		/* A list of replaced ids where there was none, or another. */
		static const char *const one[] = { "XX-1" }, *const two[] = {
		    "XX-2" };
		const char *const	*save = cr->replaces;
		size_t			 nsave = cr->nreplaces;

		cr->replaces = one;
		cr->nreplaces = 1;
		if (same_catalog(&c, a, b))
			fail_msg("a replaced id went unnoticed");
		a->principles[3].criteria[1].replaces = two;
		a->principles[3].criteria[1].nreplaces = 1;
		if (same_catalog(&c, a, b))
			fail_msg("another replaced id went unnoticed");
		a->principles[3].criteria[1].replaces = one;
		assert_true(same_catalog(&c, a, b));
		a->principles[3].criteria[1].replaces = save;
		a->principles[3].criteria[1].nreplaces = nsave;
		cr->replaces = save;
		cr->nreplaces = nsave;
		assert_true(same_catalog(&c, a, b));
	}
	POKE(a, b, size_t, cr->index, cr->index + 1);
	POKE(a, b, const struct aft_criterion *, b->all[0], b->all[1]);
	POKE(a, b, size_t, b->capid, b->capid * 2);
	while (b->byid[used] == NULL)
		used++;
	while (b->byid[empty] != NULL)
		empty++;
	POKE(a, b, const struct aft_criterion *, b->byid[used], NULL);
	POKE(a, b, const struct aft_criterion *, b->byid[empty], b->all[0]);
	POKE(a, b, const struct aft_criterion *, b->byid[used],
	    b->byid[used] == b->all[0] ? b->all[1] : b->all[0]);
	POKE(a, b, size_t, b->capwords, b->capwords / 2);
	used = 0;
	while (b->words[used].w == NULL)
		used++;
	POKE(a, b, int, b->words[used].level, b->words[used].level + 1);
	POKE(a, b, const char *, b->words[used].w, "iets");
	/* The same text, but a copy rather than its level's string. */
	snprintf(other, sizeof(other), "%s", b->words[used].w);
	POKE(a, b, const char *, b->words[used].w, other);

	aft_catalog_free(a);
	aft_catalog_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_is_the_yaml),
		cmocka_unit_test(test_default_is_static),
		cmocka_unit_test(test_compare_notices),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
