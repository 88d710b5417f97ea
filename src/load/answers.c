/*
 * The answers loader.  It accepts this schema (docs/answers-format.md):
 *
 *   aftoets: 1                        optional; must be 1
 *   catalog: ID                       optional; must match the catalog
 *   service:                          required
 *     name: STR                       required, non-empty
 *     organisation, contact, assessor: STR
 *     type: nieuw | herwerking        (also new | rework)
 *     budget_eur: NUMBER | MONEY      >= 0
 *     users: INT                      >= 0
 *     assessed_on: YYYY-MM-DD
 *   answers:                          optional mapping
 *     ID: LEVEL                       short form; empty or ~ = unanswered
 *     ID: { level: LEVEL, motivation: STR, actions: STR }
 *   obsolete:                         optional mapping, not scored (a
 *     ANY: ANY                        warning); init --from keeps answers
 *                                     to removed criteria here
 *
 * Criterion ids and levels match without regard to case.
 */
#include <string.h>
#include <strings.h>

#include "aftoets/answers.h"
#include "load/aload.h"
#include "load/catalog_internal.h"
#include "load/load.h"
#include "yaml/node.h"

/* An optional string field: absent or empty gives NULL. */
static const char *
opt_string(struct aload *l, const struct aft_ynode *map, const char *key)
{
	const struct aft_ynode *v = aft_load_get(l->d, map, key, AFT_YSCALAR,
	    0);

	if (v == NULL || aft_ynode_is_null(v) || v->len == 0)
		return NULL;
	return v->str;
}

static void
read_service(struct aload *l, const struct aft_ynode *root)
{
	static const char *const keys[] = { "name", "organisation",
	    "contact", "type", "budget_eur", "users", "assessed_on",
	    "assessor", NULL };
	const struct aft_ynode	*svc, *v;
	struct aft_service	*s = &l->a->service;
	const char		*t;

	if ((svc = aft_load_get(l->d, root, "service", AFT_YMAP, 1)) == NULL)
		return;
	aft_load_keys(l->d, svc, keys);
	s->name = aft_load_string(l->d, svc, "name", 1);
	s->organisation = opt_string(l, svc, "organisation");
	s->contact = opt_string(l, svc, "contact");
	s->assessor = opt_string(l, svc, "assessor");
	if ((t = opt_string(l, svc, "type")) != NULL &&
	    (s->type = aft_aload_type(t)) == AFT_STYPE_NONE)
		aft_diag_err(l->d, aft_ynode_get(svc, "type")->loc,
		    AFT_M_BAD_TYPE, t);
	v = aft_load_get(l->d, svc, "budget_eur", AFT_YSCALAR, 0);
	if (v != NULL && !aft_ynode_is_null(v))
		aft_aload_budget(l, v);
	v = aft_load_get(l->d, svc, "users", AFT_YSCALAR, 0);
	if (v != NULL && !aft_ynode_is_null(v))
		aft_aload_users(l, v);
	if ((t = opt_string(l, svc, "assessed_on")) != NULL) {
		if (aft_aload_date(t))
			s->assessed_on = t;
		else
			aft_diag_err(l->d, aft_ynode_get(svc,
			    "assessed_on")->loc, AFT_M_BAD_DATE, t);
	}
}

static void
read_answer(struct aload *l, const struct aft_ynode *key,
    const struct aft_ynode *v, const struct aft_criterion *c)
{
	static const char *const keys[] = { "level", "motivation", "actions",
	    NULL };
	struct aft_answer *ans = &l->a->answers[c->index];

	ans->loc = key->loc;
	if (v->kind == AFT_YMAP) {
		const struct aft_ynode *lv = aft_ynode_get(v, "level");

		aft_load_keys(l->d, v, keys);
		if (lv != NULL && lv->kind != AFT_YSCALAR)
			aft_diag_err(l->d, lv->loc, AFT_M_EXPECT_SCALAR,
			    "level", aft_ynode_kindname(lv, l->d->lang));
		else if (lv != NULL)
			aft_aload_level(l, lv, c, ans);
		else
			ans->empty = true;
		ans->motivation = opt_string(l, v, "motivation");
		ans->actions = opt_string(l, v, "actions");
	} else
		aft_aload_level(l, v, c, ans);
	aft_aload_nvt(l, c, ans);
}

/* The catalog's spelling of old, an id that c replaces. */
static const char *
old_id(const struct aft_criterion *c, const char *old)
{
	for (size_t i = 0; i < c->nreplaces; i++)
		if (aft_id_same(c->replaces[i], old))
			return c->replaces[i];
	return old;
}

/*
 * The answers under ids the catalog has replaced, old[0..nold) being
 * their places in map m, in the order of the file.  Each counts for its
 * successor, unless the successor has its own answer or an earlier old
 * id already counts for it; a note says which, at the old key, and the
 * answers keep the list for the reports.
 */
static void
read_replaced(struct aload *l, const struct aft_ynode *m, const size_t *old,
    size_t nold)
{
	const struct aft_catalog	*cat = l->cat;
	const struct aft_ynode		**by;
	struct aft_replaced		*v;

	if (nold == 0)
		return;
	/* by[i]: the old key that counts for criterion i, if any. */
	if ((by = aft_arena_calloc(l->arena, cat->ncriteria,
	    sizeof(*by))) == NULL || (v = aft_arena_calloc(l->arena, nold,
	    sizeof(*v))) == NULL) {
		l->d->oom = 1;
		return;
	}
	l->a->replaced = v;
	l->a->nreplaced = nold;
	for (size_t j = 0; j < nold; j++) {
		const struct aft_ynode		*k = m->kids[2 * old[j]];
		const struct aft_criterion	*c = aft_catalog_successor(cat,
		    k->str);

		v[j].id = old_id(c, k->str);
		v[j].successor = c;
		v[j].loc = k->loc;
		if (by[c->index] != NULL) {
			aft_diag_warn(l->d, k->loc, AFT_M_REPLACED_TWICE,
			    k->str, c->id, cat->version, by[c->index]->str);
			v[j].how = AFT_REPLACED_EARLIER;
			v[j].earlier = old_id(c, by[c->index]->str);
		} else if (l->a->answers[c->index].loc.line != 0) {
			aft_diag_warn(l->d, k->loc, AFT_M_REPLACED_OWN, k->str,
			    c->id, cat->version, c->id);
			v[j].how = AFT_REPLACED_OWN;
		} else {
			aft_diag_warn(l->d, k->loc, AFT_M_REPLACED, k->str,
			    c->id, cat->version, c->id);
			v[j].how = AFT_REPLACED_COUNTS;
			by[c->index] = k;
			read_answer(l, k, m->kids[2 * old[j] + 1], c);
		}
	}
}

static void
read_answers(struct aload *l, const struct aft_ynode *root)
{
	const struct aft_ynode		*m = aft_ynode_get(root, "answers");
	const struct aft_catalog	*cat = l->cat;
	size_t				*old = NULL, nold = 0;

	if (m == NULL || aft_ynode_is_null(m))
		goto unanswered;
	if (m->kind != AFT_YMAP) {
		aft_diag_err(l->d, m->loc, AFT_M_EXPECT_MAP, "answers",
		    aft_ynode_kindname(m, l->d->lang));
		return;
	}
	for (size_t i = 0; i < m->n; i++) {
		const struct aft_ynode		*k = m->kids[2 * i];
		const struct aft_criterion	*c = aft_catalog_find(cat,
		    k->str);

		if (c == NULL && aft_catalog_successor(cat, k->str) != NULL) {
			if (old == NULL && (old = aft_arena_calloc(l->arena,
			    m->n, sizeof(*old))) == NULL) {
				l->d->oom = 1;
				return;
			}
			old[nold++] = i;
			continue;
		}
		if (c == NULL) {
			/*
			 * A suggestion costs a search of the catalog; past the
			 * messages a list keeps, only the count is wanted.
			 */
			const char *near = l->d->n < AFT_DIAG_KEEP ?
			    aft_catalog_nearest(cat, k->str) : NULL;

			if (near != NULL)
				aft_diag_err(l->d, k->loc, AFT_M_UNKNOWN_CRIT,
				    k->str, near);
			else
				aft_diag_err(l->d, k->loc,
				    AFT_M_UNKNOWN_CRIT0, k->str);
			continue;
		}
		if (l->a->answers[c->index].loc.line != 0) {
			struct aft_loc first = l->a->answers[c->index].loc;

			aft_diag_err(l->d, k->loc, AFT_M_DUP_CRIT, c->id,
			    first.line, first.col);
			continue;
		}
		read_answer(l, k, m->kids[2 * i + 1], c);
	}
	read_replaced(l, m, old, nold);
unanswered:
	aft_aload_unanswered(l, m != NULL ? m->loc : root->loc);
}

int
aft_answers_read(struct aft_answers **out, const struct aft_catalog *cat,
    const char *file, const char *buf, size_t len, unsigned flags,
    struct aft_arena *arena, struct aft_diags *d)
{
	static const char *const keys[] = { "aftoets", "catalog", "service",
	    "answers", "obsolete", NULL };
	struct aft_ynode	*root;
	struct aload		 l;
	const struct aft_ynode	*v;
	size_t			 nerr = d->nerr;
	int			 rc;

	*out = NULL;
	/*
	 * Nearly every file goes without a tree; the rest are read again,
	 * so that every problem is found and reported in one place.
	 */
	if (!(flags & AFT_ANS_TREE) && (rc = aft_astream_read(out, cat, file,
	    buf, len, flags, arena, d)) != AFT_YDECLINE)
		return rc;
	/* A tree with errors read past is still checked, to show them all. */
	rc = aft_ynode_load(&root, file, buf, len, NULL, arena, d);
	if (root == NULL)
		return rc;
	if (root->kind != AFT_YMAP)
		return aft_diag_err(d, root->loc, AFT_M_ANS_ROOT,
		    aft_ynode_kindname(root, d->lang));
	if ((rc = aft_aload_begin(&l, cat, file, flags, arena, d)) != AFT_OK)
		return rc;
	aft_load_keys(d, root, keys);
	if ((v = aft_load_get(d, root, "aftoets", AFT_YSCALAR, 0)) != NULL &&
	    !aft_ynode_is_null(v) && strcmp(v->str, "1") != 0)
		aft_diag_err(d, v->loc, AFT_M_BAD_VERSION, v->str);
	if ((v = aft_load_get(d, root, "catalog", AFT_YSCALAR, 0)) != NULL &&
	    !aft_ynode_is_null(v) && strcasecmp(v->str, cat->id) != 0)
		aft_diag_err(d, v->loc, AFT_M_CAT_MISMATCH, v->str, cat->id);
	read_service(&l, root);
	read_answers(&l, root);
	/* Kept by init --from for criteria the catalog no longer has. */
	if ((v = aft_load_get(d, root, "obsolete", AFT_YMAP, 0)) != NULL &&
	    v->n > 0)
		aft_diag_warn(d, v->loc, AFT_M_OBSOLETE, v->n);
	return aft_aload_end(&l, nerr, out);
}
