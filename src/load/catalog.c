/*
 * The catalog loader.  It accepts this schema (see docs/criteria-format.md):
 *
 *   catalog:    { id: ID, version: STR, title: TEXT, notice: TEXT }
 *   threshold:  { budget_eur: NUMBER, users: NUMBER }
 *   scale:
 *     levels:          [ { id: ID, points: INT, label: TEXT,
 *                          aliases: [STR...] }... ]   rising points, from 0
 *     not_applicable:  { id: ID, label: TEXT, aliases: [STR...] }
 *   bands:      [ { id: ID, min: NUMBER, label: TEXT }... ]  falling, to 0
 *   principles: [ { id: ID, title: TEXT, summary: TEXT,
 *                   criteria: [ { id: ID, kind: user|inclusion,
 *                                 weight: NUMBER, text: TEXT,
 *                                 guidance: TEXT,
 *                                 practice: { LEVEL: TEXT... },
 *                                 evidence: TEXT,
 *                                 pitfall: TEXT,
 *                                 replaces: [ID...] }... ] }... ]
 *
 * where TEXT is { nl: STR, en: STR } and LEVEL the id of a level of the
 * scale (not the not-applicable answer), one for every level; notice,
 * evidence, pitfall and replaces are optional.  The ids in 'replaces' are those
 * of earlier catalogs the criterion succeeds: none may be an id of this
 * catalog (so none is the criterion's own, and no two criteria replace
 * each other around a cycle), and none may be replaced by two criteria.
 * Every problem is reported; the load fails when any was an error.  The
 * loader also builds the hash tables of ids and answer words that the
 * lookups (catalog_lookup.c) read.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aftoets/catalog.h"
#include "aftoets/money.h"
#include "load/catalog_internal.h"
#include "load/load.h"
#include "yaml/node.h"

static const char *const lang_keys[AFT_NLANG] = { "nl", "en" };

struct cload {
	struct aft_catalog	*cat;
	struct aft_diags	*d;
	/*
	 * Every id seen, with its place, to find duplicates: an open hash
	 * table of capseen slots (a power of 2), so that a catalog of many
	 * ids does not cost their square.
	 */
	struct seen {
		const char	*id;
		struct aft_loc	 loc;
		size_t		 level;		/* for check_words() and
						   check_replaces() */
	}			*seen;
	size_t			 nseen, capseen;
	/* Every id in a 'replaces', with its place and its criterion. */
	struct repl {
		const char		*id;
		struct aft_loc		 loc;
		struct aft_criterion	*by;
	}			*repl;
	size_t			 nrepl, caprepl;
};

static int
valid_id(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_' &&
		    *s != '.')
			return 0;
	return 1;
}


/* A hash table size for n entries: a power of 2, at most half full. */
static size_t
table_cap(size_t n)
{
	size_t cap = 16;

	while (cap < 2 * n)
		cap *= 2;
	return cap;
}

/* The slot of id, ignoring case: the one holding it, or an empty one. */
static struct seen *
seen_slot(struct seen *tab, size_t cap, const char *id)
{
	size_t i = aft_id_hash(id) & (cap - 1);

	while (tab[i].id != NULL && !aft_id_same(tab[i].id, id))
		i = (i + 1) & (cap - 1);
	return &tab[i];
}


/* Reads a required id and checks it is well formed and not seen before. */
static const char *
load_id(struct cload *c, const struct aft_ynode *map)
{
	const char		*id = aft_load_string(c->d, map, "id", 1);
	const struct aft_ynode	*v = aft_ynode_get(map, "id");
	struct seen		*slot;

	if (id == NULL)
		return NULL;
	if (!valid_id(id)) {
		aft_diag_err(c->d, v->loc, AFT_M_BAD_ID, id);
		return NULL;
	}
	if (2 * (c->nseen + 1) > c->capseen) {
		size_t		 cap = c->capseen ? c->capseen * 2 : 128;
		struct seen	*tab = calloc(cap, sizeof(*tab));

		if (tab == NULL) {
			c->d->oom = 1;
			return NULL;
		}
		for (size_t i = 0; i < c->capseen; i++)
			if (c->seen[i].id != NULL)
				*seen_slot(tab, cap, c->seen[i].id) =
				    c->seen[i];
		free(c->seen);
		c->seen = tab;
		c->capseen = cap;
	}
	slot = seen_slot(c->seen, c->capseen, id);
	if (slot->id != NULL) {
		aft_diag_err(c->d, v->loc, AFT_M_DUP_ID, id, slot->loc.line,
		    slot->loc.col);
		return NULL;
	}
	slot->id = id;
	slot->loc = v->loc;
	c->nseen++;
	return id;
}

/*
 * Indexes the criteria by id for aft_catalog_find(), so that an answers
 * file costs its own size, whatever the size of the catalog.  Ids that
 * are missing (a broken catalog) are left out; duplicates were refused.
 */
static void
index_ids(struct cload *c)
{
	struct aft_catalog *cat = c->cat;

	cat->capid = table_cap(cat->ncriteria);
	cat->byid = aft_arena_calloc(&cat->arena, cat->capid,
	    sizeof(*cat->byid));
	if (cat->byid == NULL) {
		cat->capid = 0;
		c->d->oom = 1;
		return;
	}
	for (size_t k = 0; k < cat->ncriteria; k++) {
		const char	*id = cat->all[k]->id;
		size_t		 i;

		if (id == NULL)
			continue;
		i = aft_id_hash(id) & (cat->capid - 1);
		while (cat->byid[i] != NULL)
			i = (i + 1) & (cat->capid - 1);
		cat->byid[i] = cat->all[k];
	}
}

static void
load_text(struct cload *c, const struct aft_ynode *map, const char *key,
    struct aft_text *t, int required)
{
	static const char *const keys[] = { "nl", "en", NULL };
	const struct aft_ynode *v = aft_load_get(c->d, map, key, AFT_YMAP,
	    required);

	for (int l = 0; l < AFT_NLANG; l++)
		t->s[l] = "";
	if (v == NULL)
		return;
	aft_load_keys(c->d, v, keys);
	for (int l = 0; l < AFT_NLANG; l++) {
		const struct aft_ynode *s = aft_ynode_get(v, lang_keys[l]);

		if (s == NULL || aft_ynode_is_null(s) || s->kind !=
		    AFT_YSCALAR || s->len == 0)
			aft_diag_err(c->d, s ? s->loc : v->loc,
			    AFT_M_MISSING_LANG, key, lang_keys[l]);
		else
			t->s[l] = s->str;
	}
}

/* Reads a number; returns 0 when present and valid. */
static int
load_number(struct cload *c, const struct aft_ynode *map, const char *key,
    double *out, int required)
{
	const struct aft_ynode	*v = aft_load_get(c->d, map, key, AFT_YSCALAR,
	    required);
	bool			 amb;

	if (v == NULL)
		return -1;
	if (!aft_yaml_number(v->str, out, &amb)) {
		aft_diag_err(c->d, v->loc, AFT_M_BAD_NUMBER, key, v->str);
		return -1;
	}
	return 0;
}

static void
load_aliases(struct cload *c, const struct aft_ynode *map,
    struct aft_level *lv)
{
	const struct aft_ynode *a = aft_load_get(c->d, map, "aliases",
	    AFT_YSEQ, 0);

	if (a == NULL)
		return;
	lv->naliases = 0;
	lv->aliases = aft_arena_calloc(&c->cat->arena, a->n,
	    sizeof(*lv->aliases));
	if (lv->aliases == NULL) {
		c->d->oom = 1;
		return;
	}
	for (size_t i = 0; i < a->n; i++) {
		const struct aft_ynode *s = a->kids[i];

		if (s->kind != AFT_YSCALAR || s->len == 0) {
			aft_diag_err(c->d, s->loc, AFT_M_EXPECT_SCALAR,
			    "aliases", aft_ynode_kindname(s, c->d->lang));
			continue;
		}
		lv->aliases[lv->naliases++] = s->str;
	}
}

static void
load_meta(struct cload *c, const struct aft_ynode *root)
{
	static const char *const keys[] = { "id", "version", "title",
	    "notice", NULL };
	static const char *const tkeys[] = { "budget_eur", "users", NULL };
	const struct aft_ynode	*m, *t;
	double			 v;

	if ((m = aft_load_get(c->d, root, "catalog", AFT_YMAP, 1)) != NULL) {
		aft_load_keys(c->d, m, keys);
		c->cat->id = load_id(c, m);
		c->cat->version = aft_load_string(c->d, m, "version", 1);
		load_text(c, m, "title", &c->cat->title, 1);
		load_text(c, m, "notice", &c->cat->notice, 0);
	}
	if ((t = aft_load_get(c->d, root, "threshold", AFT_YMAP, 1)) != NULL) {
		aft_load_keys(c->d, t, tkeys);
		if (load_number(c, t, "budget_eur", &v, 1) == 0) {
			if (v < 0)
				aft_diag_err(c->d, aft_ynode_get(t,
				    "budget_eur")->loc, AFT_M_BAD_COUNT,
				    "budget_eur", aft_ynode_get(t,
				    "budget_eur")->str);
			c->cat->threshold_budget = v;
		}
		if (load_number(c, t, "users", &v, 1) == 0) {
			if (v < 0)
				aft_diag_err(c->d, aft_ynode_get(t,
				    "users")->loc, AFT_M_BAD_COUNT, "users",
				    aft_ynode_get(t, "users")->str);
			c->cat->threshold_users = v;
		}
	}
}

static void
load_scale(struct cload *c, const struct aft_ynode *root)
{
	static const char *const skeys[] = { "levels", "not_applicable",
	    NULL };
	static const char *const lkeys[] = { "id", "points", "label",
	    "aliases", NULL };
	const struct aft_ynode	*s, *ls, *na;
	struct aft_catalog	*cat = c->cat;

	if ((s = aft_load_get(c->d, root, "scale", AFT_YMAP, 1)) == NULL)
		return;
	aft_load_keys(c->d, s, skeys);
	if ((ls = aft_load_get(c->d, s, "levels", AFT_YSEQ, 1)) == NULL)
		return;
	if (ls->n < 2) {
		aft_diag_err(c->d, ls->loc, AFT_M_SCALE_SHORT);
		return;
	}
	cat->levels = aft_arena_calloc(&cat->arena, ls->n, sizeof(*cat->levels));
	if (cat->levels == NULL) {
		c->d->oom = 1;
		return;
	}
	for (size_t i = 0; i < ls->n; i++) {
		const struct aft_ynode	*m = ls->kids[i], *pv;
		struct aft_level	*lv = &cat->levels[cat->nlevels];
		double			 pts;

		if (m->kind != AFT_YMAP) {
			aft_diag_err(c->d, m->loc, AFT_M_EXPECT_MAP, "levels",
			    aft_ynode_kindname(m, c->d->lang));
			continue;
		}
		/* The slot of a level refused before is used again. */
		memset(lv, 0, sizeof(*lv));
		aft_load_keys(c->d, m, lkeys);
		lv->id = load_id(c, m);
		load_text(c, m, "label", &lv->label, 1);
		load_aliases(c, m, lv);
		if (load_number(c, m, "points", &pts, 1) != 0)
			continue;
		pv = aft_ynode_get(m, "points");
		if (pts < 0 || pts > 1000 || pts != (int)pts) {
			aft_diag_err(c->d, pv->loc, AFT_M_BAD_COUNT, "points",
			    pv->str);
			continue;
		}
		lv->points = (int)pts;
		if (cat->nlevels == 0 && lv->points != 0)
			aft_diag_err(c->d, pv->loc, AFT_M_SCALE_ZERO);
		if (cat->nlevels > 0 && lv->points <= lv[-1].points)
			aft_diag_err(c->d, pv->loc, AFT_M_SCALE_ORDER,
			    lv->id ? lv->id : "?", lv->points,
			    lv[-1].id ? lv[-1].id : "?", lv[-1].points);
		if (lv->id != NULL)
			cat->nlevels++;
	}
	if (cat->nlevels > 0)
		cat->max_points = cat->levels[cat->nlevels - 1].points;
	if ((na = aft_load_get(c->d, s, "not_applicable", AFT_YMAP, 0)) !=
	    NULL) {
		static const char *const nkeys[] = { "id", "label", "aliases",
		    NULL };

		aft_load_keys(c->d, na, nkeys);
		cat->nvt.id = load_id(c, na);
		load_text(c, na, "label", &cat->nvt.label, 1);
		load_aliases(c, na, &cat->nvt);
	}
}

static void
load_bands(struct cload *c, const struct aft_ynode *root)
{
	static const char *const keys[] = { "id", "min", "label", NULL };
	const struct aft_ynode	*bs;
	struct aft_catalog	*cat = c->cat;

	if ((bs = aft_load_get(c->d, root, "bands", AFT_YSEQ, 1)) == NULL)
		return;
	cat->bands = aft_arena_calloc(&cat->arena, bs->n + 1,
	    sizeof(*cat->bands));
	if (cat->bands == NULL) {
		c->d->oom = 1;
		return;
	}
	for (size_t i = 0; i < bs->n; i++) {
		const struct aft_ynode	*m = bs->kids[i], *mv;
		struct aft_band		*b = &cat->bands[cat->nbands];

		if (m->kind != AFT_YMAP) {
			aft_diag_err(c->d, m->loc, AFT_M_EXPECT_MAP, "bands",
			    aft_ynode_kindname(m, c->d->lang));
			continue;
		}
		aft_load_keys(c->d, m, keys);
		b->id = load_id(c, m);
		load_text(c, m, "label", &b->label, 1);
		if (load_number(c, m, "min", &b->min, 1) != 0 || b->id == NULL)
			continue;
		mv = aft_ynode_get(m, "min");
		if (b->min < 0 || b->min > 100)
			aft_diag_err(c->d, mv->loc, AFT_M_BAND_RANGE, b->id);
		if (cat->nbands > 0 && b->min >= b[-1].min)
			aft_diag_err(c->d, mv->loc, AFT_M_BANDS_ORDER, b->id,
			    b->min, b[-1].id, b[-1].min);
		cat->nbands++;
	}
	if (cat->nbands == 0)
		aft_diag_err(c->d, bs->loc, AFT_M_MISSING, "bands");
	else if (cat->bands[cat->nbands - 1].min != 0)
		aft_diag_err(c->d, bs->kids[bs->n - 1]->loc, AFT_M_BANDS_FLOOR);
}

/*
 * The level a key of 'practice' names: its index, or -1 after an error
 * that says what the key is instead.  Keys are level ids as written in
 * the scale; an alias or an id in another case is pointed at that id.
 */
static int
practice_level(struct cload *c, const struct aft_ynode *k)
{
	const struct aft_catalog	*cat = c->cat;
	const struct aft_level		*nvt = &cat->nvt;
	struct aft_near			 n = { k->str, NULL, k->len,
					    (size_t)-1 };
	char				 list[512];
	size_t				 len = 0;

	/*
	 * Without a scale there is nothing to check against; its own
	 * errors say why.
	 */
	if (cat->nlevels == 0)
		return -1;
	/* A level whose own entry is broken has no id: its errors say so. */
	for (size_t i = 0; i < cat->nlevels; i++)
		if (cat->levels[i].id != NULL &&
		    strcmp(cat->levels[i].id, k->str) == 0)
			return (int)i;
	for (size_t j = 0; nvt->id != NULL && j <= nvt->naliases; j++)
		if (strcasecmp(k->str, j == 0 ? nvt->id :
		    nvt->aliases[j - 1]) == 0) {
			aft_diag_err(c->d, k->loc, AFT_M_PRACTICE_NVT, k->str);
			return -1;
		}
	for (size_t i = 0; i < cat->nlevels; i++) {
		const struct aft_level *lv = &cat->levels[i];

		if (lv->id == NULL)
			continue;
		for (size_t j = 0; j <= lv->naliases; j++)
			if (strcasecmp(k->str, j == 0 ? lv->id :
			    lv->aliases[j - 1]) == 0) {
				aft_diag_err(c->d, k->loc,
				    AFT_M_PRACTICE_LEVEL, k->str, lv->id);
				return -1;
			}
		aft_near_try(&n, lv->id);
	}
	if (aft_near_end(&n) != NULL) {
		aft_diag_err(c->d, k->loc, AFT_M_PRACTICE_LEVEL, k->str,
		    aft_near_end(&n));
		return -1;
	}
	list[0] = '\0';
	for (size_t i = 0; i < cat->nlevels; i++) {
		int w;

		if (cat->levels[i].id == NULL)
			continue;
		w = snprintf(list + len, sizeof(list) - len, "%s%s",
		    len > 0 ? ", " : "", cat->levels[i].id);

		if (w < 0 || (size_t)w >= sizeof(list) - len)
			break;
		len += (size_t)w;
	}
	aft_diag_err(c->d, k->loc, AFT_M_PRACTICE_LEVEL0, k->str, list);
	return -1;
}

/*
 * Says which levels of the scale the practice of a criterion lacks, at
 * the 'practice' key or, when there is none (none), at the criterion.
 * Every level but the not-applicable answer needs a text.
 */
static void
practice_missing(struct cload *c, const struct aft_ynode *at,
    const struct aft_criterion *cr, int none)
{
	const struct aft_catalog	*cat = c->cat;
	char				 list[512];
	size_t				 len = 0;

	list[0] = '\0';
	for (size_t i = 0; i < cat->nlevels; i++) {
		int	w, have = 0;

		if (cat->levels[i].id == NULL)
			continue;
		for (size_t k = 0; k < cr->npractice; k++)
			if (cr->practice[k].level == i)
				have = 1;
		if (have)
			continue;
		w = snprintf(list + len, sizeof(list) - len, "%s%s",
		    len > 0 ? ", " : "", cat->levels[i].id);
		if (w < 0 || (size_t)w >= sizeof(list) - len)
			break;
		len += (size_t)w;
	}
	/* A criterion whose id was refused has that error already. */
	if (len == 0 || cr->id == NULL)
		return;
	aft_diag_err(c->d, at->loc, none ? AFT_M_PRACTICE_NONE :
	    AFT_M_PRACTICE_MISSING, cr->id, list);
}

/*
 * Reads the 'practice' of a criterion: a text per level, kept in the
 * order of the scale whatever the order of the keys.  A criterion
 * without a text for each level of the scale (the not-applicable answer
 * has none) is refused.
 */
static void
load_practice(struct cload *c, const struct aft_ynode *m,
    struct aft_criterion *cr)
{
	const struct aft_ynode	*pm = aft_load_get(c->d, m, "practice",
	    AFT_YMAP, 0);
	const struct aft_ynode	*pv = aft_ynode_get(m, "practice");
	struct aft_practice	*pr;
	int			*lvl, refused = 0;

	/* A 'practice' of another kind than a mapping has its own error. */
	if (pm == NULL && pv != NULL && !aft_ynode_is_null(pv))
		return;
	if (pm == NULL || pm->n == 0) {
		practice_missing(c, pm != NULL ? pm : pv != NULL ? pv : m, cr,
		    pm == NULL);
		return;
	}
	pr = aft_arena_calloc(&c->cat->arena, pm->n, sizeof(*pr));
	lvl = aft_arena_calloc(&c->cat->arena, pm->n, sizeof(*lvl));
	if (pr == NULL || lvl == NULL) {
		c->d->oom = 1;
		return;
	}
	for (size_t k = 0; k < pm->n; k++)
		if ((lvl[k] = practice_level(c, pm->kids[2 * k])) < 0)
			refused = 1;
	for (size_t i = 0; i < c->cat->nlevels; i++)
		for (size_t k = 0; k < pm->n; k++) {
			if (lvl[k] != (int)i)
				continue;
			pr[cr->npractice].level = i;
			load_text(c, pm, pm->kids[2 * k]->str,
			    &pr[cr->npractice].text, 1);
			cr->npractice++;
		}
	cr->practice = pr;
	/* A key refused has its own error, which says what it should be. */
	if (!refused && cr->npractice < c->cat->nlevels)
		practice_missing(c, pm, cr, 0);
}

/*
 * Reads the optional 'replaces' of a criterion: a list of ids, each of
 * the form of an id, noted with its place for check_replaces().
 */
static void
load_replaces(struct cload *c, const struct aft_ynode *m,
    struct aft_criterion *cr)
{
	const struct aft_ynode	*rs = aft_load_get(c->d, m, "replaces",
	    AFT_YSEQ, 0);
	const char		**v;
	size_t			  n = 0;

	if (rs == NULL || rs->n == 0)
		return;
	if ((v = aft_arena_calloc(&c->cat->arena, rs->n, sizeof(*v))) ==
	    NULL) {
		c->d->oom = 1;
		return;
	}
	for (size_t i = 0; i < rs->n; i++) {
		const struct aft_ynode *s = rs->kids[i];

		if (s->kind != AFT_YSCALAR || aft_ynode_is_null(s)) {
			aft_diag_err(c->d, s->loc, AFT_M_EXPECT_SCALAR,
			    "replaces", aft_ynode_kindname(s, c->d->lang));
			continue;
		}
		if (!valid_id(s->str)) {
			aft_diag_err(c->d, s->loc, AFT_M_BAD_ID, s->str);
			continue;
		}
		if (c->nrepl == c->caprepl) {
			size_t		 cap = c->caprepl ? 2 * c->caprepl : 16;
			struct repl	*r = realloc(c->repl, cap * sizeof(*r));

			if (r == NULL) {
				c->d->oom = 1;
				return;
			}
			c->repl = r;
			c->caprepl = cap;
		}
		c->repl[c->nrepl].id = s->str;
		c->repl[c->nrepl].loc = s->loc;
		c->repl[c->nrepl].by = cr;
		c->nrepl++;
		v[n++] = s->str;
	}
	cr->replaces = v;
	cr->nreplaces = n;
}

/*
 * Whether criterion 'to' can be reached from 'from' by following what
 * each replaces, among the criteria of this catalog: a cycle when 'to'
 * replaces 'from'.  seen has room for every criterion.
 */
static bool
replaces_reach(const struct aft_catalog *cat,
    const struct aft_criterion *from, const struct aft_criterion *to,
    const struct aft_criterion **queue, bool *seen)
{
	size_t head = 0, tail = 0;

	queue[tail++] = from;
	seen[from->index] = true;
	while (head < tail) {
		const struct aft_criterion *cr = queue[head++];

		for (size_t i = 0; i < cr->nreplaces; i++) {
			const struct aft_criterion *nx = aft_catalog_find(cat,
			    cr->replaces[i]);

			if (nx == to)
				return true;
			if (nx != NULL && !seen[nx->index]) {
				seen[nx->index] = true;
				queue[tail++] = nx;
			}
		}
	}
	return false;
}

/*
 * Checks every id in a 'replaces' once all ids are known: not an id of
 * this catalog (its own, a cycle, or another one), and not replaced by
 * two criteria.  Runs after index_ids().
 */
static void
check_replaces(struct cload *c)
{
	struct aft_catalog		 *cat = c->cat;
	struct seen			 *tab;
	const struct aft_criterion	**queue;
	bool				 *mark;
	size_t				  cap = table_cap(c->nrepl);

	if (c->nrepl == 0)
		return;
	tab = calloc(cap, sizeof(*tab));
	queue = calloc(cat->ncriteria + 1, sizeof(*queue));
	mark = calloc(cat->ncriteria + 1, sizeof(*mark));
	if (tab == NULL || queue == NULL || mark == NULL) {
		c->d->oom = 1;
		goto done;
	}
	for (size_t i = 0; i < c->nrepl; i++) {
		const struct repl		*r = &c->repl[i];
		const struct aft_criterion	*cur;
		struct seen			*slot;
		const char			*by = r->by->id ? r->by->id : "?";

		if (seen_slot(c->seen, c->capseen, r->id)->id != NULL) {
			cur = aft_catalog_find(cat, r->id);
			if (cur != NULL && cur != r->by)
				memset(mark, 0, (cat->ncriteria + 1) *
				    sizeof(*mark));
			if (cur == r->by)
				aft_diag_err(c->d, r->loc,
				    AFT_M_REPLACES_SELF, by);
			else if (cur != NULL && replaces_reach(cat, cur,
			    r->by, queue, mark))
				aft_diag_err(c->d, r->loc,
				    AFT_M_REPLACES_CYCLE, r->id, by, by);
			else
				aft_diag_err(c->d, r->loc,
				    AFT_M_REPLACES_CURRENT, r->id);
			continue;
		}
		slot = seen_slot(tab, cap, r->id);
		if (slot->id != NULL) {
			aft_diag_err(c->d, r->loc, AFT_M_REPLACES_TWICE, r->id,
			    c->repl[slot->level].by->id ?
			    c->repl[slot->level].by->id : "?",
			    slot->loc.line, slot->loc.col);
			continue;
		}
		slot->id = r->id;
		slot->loc = r->loc;
		slot->level = i;
	}
done:
	free(mark);
	free(queue);
	free(tab);
}

static void
load_criterion(struct cload *c, const struct aft_ynode *m,
    struct aft_criterion *cr)
{
	static const char *const keys[] = { "id", "kind", "weight", "text",
	    "guidance", "practice", "evidence", "pitfall", "replaces", NULL };
	const char		*kind;
	const struct aft_ynode	*wv;

	aft_load_keys(c->d, m, keys);
	cr->id = load_id(c, m);
	if ((kind = aft_load_string(c->d, m, "kind", 1)) != NULL) {
		if (strcmp(kind, "user") == 0)
			cr->kind = AFT_KIND_USER;
		else if (strcmp(kind, "inclusion") == 0)
			cr->kind = AFT_KIND_INCLUSION;
		else
			aft_diag_err(c->d, aft_ynode_get(m, "kind")->loc,
			    AFT_M_BAD_KIND, kind);
	}
	cr->weight = 1;
	if ((wv = aft_load_get(c->d, m, "weight", AFT_YSCALAR, 0)) != NULL) {
		bool amb;

		if (!aft_yaml_number(wv->str, &cr->weight, &amb) ||
		    !(cr->weight > 0) || cr->weight > 1e6)
			aft_diag_err(c->d, wv->loc, AFT_M_BAD_WEIGHT, wv->str);
	}
	load_text(c, m, "text", &cr->text, 1);
	load_text(c, m, "guidance", &cr->guidance, 1);
	load_practice(c, m, cr);
	load_text(c, m, "evidence", &cr->evidence, 0);
	load_text(c, m, "pitfall", &cr->pitfall, 0);
	load_replaces(c, m, cr);
}

static void
load_principles(struct cload *c, const struct aft_ynode *root)
{
	static const char *const keys[] = { "id", "title", "summary",
	    "criteria", NULL };
	const struct aft_ynode	*ps;
	struct aft_catalog	*cat = c->cat;
	size_t			 total = 0, k = 0;

	if ((ps = aft_load_get(c->d, root, "principles", AFT_YSEQ, 1)) == NULL)
		return;
	if (ps->n == 0) {
		aft_diag_err(c->d, ps->loc, AFT_M_NO_PRINCIPLES);
		return;
	}
	cat->principles = aft_arena_calloc(&cat->arena, ps->n,
	    sizeof(*cat->principles));
	if (cat->principles == NULL) {
		c->d->oom = 1;
		return;
	}
	for (size_t i = 0; i < ps->n; i++) {
		const struct aft_ynode	*m = ps->kids[i], *cs;
		struct aft_principle	*p = &cat->principles[cat->nprinciples];

		if (m->kind != AFT_YMAP) {
			aft_diag_err(c->d, m->loc, AFT_M_EXPECT_MAP,
			    "principles", aft_ynode_kindname(m, c->d->lang));
			continue;
		}
		aft_load_keys(c->d, m, keys);
		p->id = load_id(c, m);
		load_text(c, m, "title", &p->title, 1);
		load_text(c, m, "summary", &p->summary, 0);
		cs = aft_load_get(c->d, m, "criteria", AFT_YSEQ, 1);
		if (cs != NULL && cs->n == 0)
			aft_diag_err(c->d, cs->loc, AFT_M_NO_CRITERIA,
			    p->id ? p->id : "?");
		if (cs == NULL || cs->n == 0)
			continue;
		p->criteria = aft_arena_calloc(&cat->arena, cs->n,
		    sizeof(*p->criteria));
		if (p->criteria == NULL) {
			c->d->oom = 1;
			return;
		}
		for (size_t j = 0; j < cs->n; j++) {
			const struct aft_ynode *cm = cs->kids[j];

			if (cm->kind != AFT_YMAP) {
				aft_diag_err(c->d, cm->loc, AFT_M_EXPECT_MAP,
				    "criteria", aft_ynode_kindname(cm,
				    c->d->lang));
				continue;
			}
			load_criterion(c, cm, &p->criteria[p->ncriteria]);
			p->criteria[p->ncriteria].principle = cat->nprinciples;
			p->ncriteria++;
		}
		total += p->ncriteria;
		cat->nprinciples++;
	}
	cat->all = aft_arena_calloc(&cat->arena, total ? total : 1,
	    sizeof(*cat->all));
	if (cat->all == NULL) {
		c->d->oom = 1;
		return;
	}
	for (size_t i = 0; i < cat->nprinciples; i++) {
		for (size_t j = 0; j < cat->principles[i].ncriteria; j++) {
			cat->principles[i].criteria[j].index = k;
			cat->all[k++] = &cat->principles[i].criteria[j];
		}
	}
	cat->ncriteria = k;
	index_ids(c);
	if (!c->d->oom)
		check_replaces(c);
}

/*
 * Where word j of a level was written: 0 the id, 1 the points, 2 and on
 * the aliases.  The loaded scale matches the tree one to one, as this
 * runs only on a catalog without errors; dflt is for safety.
 */
static struct aft_loc
word_loc(const struct aft_ynode *lv, size_t j, struct aft_loc dflt)
{
	const struct aft_ynode *v = NULL, *al;

	if (lv == NULL || lv->kind != AFT_YMAP)
		return dflt;
	if (j < 2)
		v = aft_ynode_get(lv, j == 0 ? "id" : "points");
	else if ((al = aft_ynode_get(lv, "aliases")) != NULL &&
	    al->kind == AFT_YSEQ && j - 2 < al->n)
		v = al->kids[j - 2];
	return v != NULL ? v->loc : dflt;
}

/*
 * Checks that no answer word (a level id, an alias, the points of a
 * level) stands for two levels, in any case.  The words go into a hash
 * table keyed without regard to case, so that a scale with many aliases
 * does not cost their square.
 */
static void
check_words(struct cload *c, const struct aft_ynode *root)
{
	struct aft_catalog	*cat = c->cat;
	const struct aft_ynode	*s = aft_ynode_get(root, "scale");
	const struct aft_ynode	*ls = s ? aft_ynode_get(s, "levels") : NULL;
	const struct aft_ynode	*na = s ? aft_ynode_get(s, "not_applicable") :
				    NULL;
	struct aft_loc		 loc = s ? s->loc : root->loc;
	struct seen		*tab;
	char			(*num)[16];	/* the points, written out */
	size_t			 n = 0, cap;

	for (size_t i = 0; i <= cat->nlevels; i++)
		n += 2 + (i < cat->nlevels ? cat->levels[i].naliases :
		    cat->nvt.naliases);
	cap = table_cap(n);
	tab = calloc(cap, sizeof(*tab));
	num = calloc(cat->nlevels + 1, sizeof(*num));
	if (tab == NULL || num == NULL) {
		free(tab);
		free(num);
		c->d->oom = 1;
		return;
	}
	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level	*a = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;
		const struct aft_ynode	*node = i < cat->nlevels ?
		    (ls != NULL && ls->kind == AFT_YSEQ && i < ls->n ?
		    ls->kids[i] : NULL) : na;

		if (a->id == NULL)
			continue;
		if (i < cat->nlevels)
			snprintf(num[i], sizeof(num[i]), "%d", a->points);
		/* The id, the points (not for nvt), then the aliases. */
		for (size_t j = 0; j < a->naliases + 2; j++) {
			const char	*w = j == 0 ? a->id : j == 1 ?
			    (i < cat->nlevels ? num[i] : NULL) :
			    a->aliases[j - 2];
			struct seen	*slot;

			if (w == NULL)
				continue;
			slot = seen_slot(tab, cap, w);
			if (slot->id == NULL) {
				slot->id = w;
				slot->level = i;
			} else if (slot->level != i)
				aft_diag_err(c->d, word_loc(node, j, loc),
				    AFT_M_DUP_ALIAS, w,
				    slot->level < cat->nlevels ?
				    cat->levels[slot->level].id :
				    cat->nvt.id);
		}
	}
	free(num);
	free(tab);
}

/*
 * Indexes the answer words for aft_catalog_level(); check_words() has
 * made sure that no word stands for two levels.
 */
static void
index_words(struct cload *c)
{
	struct aft_catalog	*cat = c->cat;
	size_t			 n = 0;

	for (size_t i = 0; i <= cat->nlevels; i++)
		n += 1 + (i < cat->nlevels ? cat->levels[i].naliases :
		    cat->nvt.naliases);
	cat->capwords = table_cap(n);
	cat->words = aft_arena_calloc(&cat->arena, cat->capwords,
	    sizeof(*cat->words));
	if (cat->words == NULL) {
		cat->capwords = 0;
		c->d->oom = 1;
		return;
	}
	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level *a = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;

		for (size_t j = 0; a->id != NULL && j <= a->naliases; j++) {
			const char	*w = j == 0 ? a->id : a->aliases[j - 1];
			size_t		 k = aft_id_hash(w) &
			    (cat->capwords - 1);

			while (cat->words[k].w != NULL &&
			    !aft_id_same(cat->words[k].w, w))
				k = (k + 1) & (cat->capwords - 1);
			if (cat->words[k].w != NULL)
				continue;	/* the same word twice */
			cat->words[k].w = w;
			cat->words[k].level = i < cat->nlevels ? (int)i :
			    AFT_LEVEL_NVT;
		}
	}
}

int
aft_catalog_load(struct aft_catalog **out, const char *file, const char *buf,
    size_t len, struct aft_diags *d)
{
	static const char *const keys[] = { "catalog", "threshold", "scale",
	    "bands", "principles", NULL };
	struct aft_catalog	*cat;
	struct aft_ynode	*root;
	struct cload		 c;
	size_t			 nerr = d->nerr;
	int			 rc;

	*out = NULL;
	if ((cat = calloc(1, sizeof(*cat))) == NULL)
		return AFT_ENOMEM;
	aft_arena_init(&cat->arena);
	if ((cat->file = aft_arena_strdup(&cat->arena, file)) == NULL) {
		aft_catalog_free(cat);
		return AFT_ENOMEM;
	}
	/*
	 * Locations name the caller's string, which outlives the
	 * diagnostics even when this catalog is freed below.  A tree with
	 * errors read past is still checked, to show them all.
	 */
	rc = aft_ynode_load(&root, file, buf, len, NULL, &cat->arena, d);
	if (root == NULL) {
		aft_catalog_free(cat);
		return rc;
	}
	if (root->kind != AFT_YMAP) {
		aft_diag_err(d, root->loc, AFT_M_CAT_ROOT,
		    aft_ynode_kindname(root, d->lang));
		aft_catalog_free(cat);
		return AFT_EINPUT;
	}
	memset(&c, 0, sizeof(c));
	c.cat = cat;
	c.d = d;
	aft_load_keys(d, root, keys);
	load_meta(&c, root);
	load_scale(&c, root);
	load_bands(&c, root);
	load_principles(&c, root);
	if (d->nerr == nerr && !d->oom)
		check_words(&c, root);
	if (d->nerr == nerr && !d->oom)
		index_words(&c);
	free(c.seen);
	free(c.repl);
	if (d->oom) {
		aft_catalog_free(cat);
		return AFT_ENOMEM;
	}
	if (d->nerr != nerr) {
		aft_catalog_free(cat);
		return AFT_EINPUT;
	}
	*out = cat;
	return AFT_OK;
}

void
aft_catalog_free(struct aft_catalog *cat)
{
	if (cat == NULL)
		return;
	aft_arena_fini(&cat->arena);
	free(cat);
}

