/*
 * The answers loader's fast path: an answers file read straight from
 * libyaml's events, with no node tree, when it has the shape nearly
 * every answers file has (docs/performance.md tells what that saves).
 *
 * It reports nothing of its own.  At the first thing that would need a
 * message or that it does not know -- an unknown or repeated key, a
 * value of the wrong kind, a bad level, an alias, a syntax error -- it
 * gives up, takes back what it added to the diags, and answers.c reads
 * the file through the tree, which finds and reports everything.  A
 * file it reads to the end gets the same answers and the same warnings
 * (nvt without a motivation, unanswered criteria) as the tree gives,
 * in the same order: the value checks are the tree loader's own
 * (aload.h), and a warning from the service part makes it give up,
 * since the tree loader reads that part first.
 */
#include <string.h>
#include <strings.h>

#include "load/aload.h"

struct fast {
	struct aload		 l;
	struct aft_ystream	*ys;
	struct aft_yevent	 ev;
};

#define GIVE_UP	AFT_YDECLINE

/* Messages of either kind so far; the list itself stops at a bound. */
static size_t
messages(const struct fast *f)
{
	return f->l.d->nerr + f->l.d->nwarn;
}

static int
next(struct fast *f)
{
	return aft_ystream_next(f->ys, &f->ev);
}

/* The next event, which must be a scalar. */
static int
next_scalar(struct fast *f)
{
	int rc = next(f);

	return rc == AFT_OK && f->ev.type != AFT_YEV_SCALAR ? GIVE_UP : rc;
}

/*
 * The next key of the open map, by its index in names: -1 at the end of
 * the map.  A key that is not a scalar, not in names, or seen before in
 * this map (a bit of *seen) makes the read give up.
 */
static int
next_key(struct fast *f, const char *const *names, unsigned *seen, int *k)
{
	const struct aft_ynode	*key = &f->ev.node;
	int			 rc;

	if ((rc = next(f)) != AFT_OK)
		return rc;
	if (f->ev.type == AFT_YEV_END) {
		*k = -1;
		return AFT_OK;
	}
	if (f->ev.type != AFT_YEV_SCALAR)
		return GIVE_UP;
	for (int i = 0; names[i] != NULL; i++) {
		if (strlen(names[i]) != key->len ||
		    memcmp(names[i], key->str, key->len) != 0)
			continue;
		if (*seen & 1u << i)
			return GIVE_UP;
		*seen |= 1u << i;
		*k = i;
		return AFT_OK;
	}
	return GIVE_UP;
}

/*
 * The scalar just read as an optional string: NULL when null or empty,
 * else a copy in the arena.
 */
static int
keep(struct fast *f, const char **out)
{
	const struct aft_ynode *v = &f->ev.node;

	*out = NULL;
	if (aft_ynode_is_null(v) || v->len == 0)
		return AFT_OK;
	if ((*out = aft_arena_strndup(f->l.arena, v->str, v->len)) == NULL)
		return AFT_ENOMEM;
	return AFT_OK;
}

enum { S_NAME, S_ORG, S_CONTACT, S_TYPE, S_BUDGET, S_USERS, S_DATE,
    S_ASSESSOR };

static int
read_service(struct fast *f)
{
	static const char *const keys[] = { "name", "organisation",
	    "contact", "type", "budget_eur", "users", "assessed_on",
	    "assessor", NULL };
	struct aft_service	*s = &f->l.a->service;
	const struct aft_ynode	*v = &f->ev.node;
	size_t			 msgs = messages(f);
	unsigned		 seen = 0;
	int			 k, rc;

	while ((rc = next_key(f, keys, &seen, &k)) == AFT_OK && k >= 0) {
		if ((rc = next_scalar(f)) != AFT_OK)
			return rc;
		switch (k) {
		case S_NAME:
			if ((rc = keep(f, &s->name)) == AFT_OK &&
			    s->name == NULL)
				rc = GIVE_UP;
			break;
		case S_ORG:
			rc = keep(f, &s->organisation);
			break;
		case S_CONTACT:
			rc = keep(f, &s->contact);
			break;
		case S_ASSESSOR:
			rc = keep(f, &s->assessor);
			break;
		case S_TYPE:
			if (!aft_ynode_is_null(v) && v->len > 0 &&
			    (s->type = aft_aload_type(v->str)) ==
			    AFT_STYPE_NONE)
				rc = GIVE_UP;
			break;
		case S_BUDGET:
			if (!aft_ynode_is_null(v))
				aft_aload_budget(&f->l, v);
			break;
		case S_USERS:
			if (!aft_ynode_is_null(v))
				aft_aload_users(&f->l, v);
			break;
		case S_DATE:
			if (aft_ynode_is_null(v) || v->len == 0)
				break;
			if (!aft_aload_date(v->str))
				rc = GIVE_UP;
			else
				rc = keep(f, &s->assessed_on);
			break;
		default:
			break;
		}
		if (rc != AFT_OK)
			return rc;
		/* The tree loader says these first; see the top. */
		if (messages(f) != msgs)
			return GIVE_UP;
	}
	if (rc == AFT_OK && !(seen & 1u << S_NAME))
		rc = GIVE_UP;
	return rc;
}

/* The value of criterion c's answer, in the short or the long form. */
static int
read_answer(struct fast *f, const struct aft_criterion *c,
    struct aft_answer *ans)
{
	static const char *const keys[] = { "level", "motivation", "actions",
	    NULL };
	size_t		nerr = f->l.d->nerr;
	unsigned	seen = 0;
	int		k, rc;

	if ((rc = next(f)) != AFT_OK)
		return rc;
	if (f->ev.type == AFT_YEV_SCALAR)
		aft_aload_level(&f->l, &f->ev.node, c, ans);
	else if (f->ev.type != AFT_YEV_MAP)
		return GIVE_UP;
	else {
		while ((rc = next_key(f, keys, &seen, &k)) == AFT_OK &&
		    k >= 0) {
			if ((rc = next_scalar(f)) != AFT_OK)
				return rc;
			if (k == 0)
				aft_aload_level(&f->l, &f->ev.node, c, ans);
			else if ((rc = keep(f, k == 1 ? &ans->motivation :
			    &ans->actions)) != AFT_OK)
				return rc;
		}
		if (rc != AFT_OK)
			return rc;
		if (!(seen & 1))
			ans->empty = true;
	}
	if (f->l.d->nerr != nerr)
		return GIVE_UP;
	aft_aload_nvt(&f->l, c, ans);
	return AFT_OK;
}

/* The answers map, or a null in its place; *where is its place. */
static int
read_answers(struct fast *f, struct aft_loc *where)
{
	struct aft_answers	*a = f->l.a;
	int			 rc;

	if ((rc = next(f)) != AFT_OK)
		return rc;
	*where = f->ev.node.loc;
	if (f->ev.type == AFT_YEV_SCALAR)
		return aft_ynode_is_null(&f->ev.node) ? AFT_OK : GIVE_UP;
	if (f->ev.type != AFT_YEV_MAP)
		return GIVE_UP;
	while ((rc = next(f)) == AFT_OK && f->ev.type != AFT_YEV_END) {
		const struct aft_criterion	*c;
		struct aft_answer		*ans;

		/* An unknown or replaced id: the tree reports it. */
		if (f->ev.type != AFT_YEV_SCALAR ||
		    (c = aft_catalog_find(f->l.cat, f->ev.node.str)) == NULL)
			return GIVE_UP;
		/* Also a key repeated, as the tree would say. */
		ans = &a->answers[c->index];
		if (ans->loc.line != 0)
			return GIVE_UP;
		ans->loc = f->ev.node.loc;
		if ((rc = read_answer(f, c, ans)) != AFT_OK)
			return rc;
	}
	return rc;
}

enum { R_VERSION, R_CATALOG, R_SERVICE, R_ANSWERS };

static int
read_root(struct fast *f)
{
	/* "obsolete" has a warning and any shape: the tree takes it. */
	static const char *const keys[] = { "aftoets", "catalog", "service",
	    "answers", NULL };
	const struct aft_ynode	*v = &f->ev.node;
	struct aft_loc		 where;
	unsigned		 seen = 0;
	int			 k, rc;

	if ((rc = next(f)) != AFT_OK)
		return rc;
	if (f->ev.type != AFT_YEV_MAP)
		return GIVE_UP;
	where = v->loc;
	while ((rc = next_key(f, keys, &seen, &k)) == AFT_OK && k >= 0) {
		switch (k) {
		case R_VERSION:
			if ((rc = next_scalar(f)) == AFT_OK &&
			    !aft_ynode_is_null(v) && strcmp(v->str, "1") != 0)
				rc = GIVE_UP;
			break;
		case R_CATALOG:
			if ((rc = next_scalar(f)) == AFT_OK &&
			    !aft_ynode_is_null(v) &&
			    strcasecmp(v->str, f->l.cat->id) != 0)
				rc = GIVE_UP;
			break;
		case R_SERVICE:
			if ((rc = next(f)) == AFT_OK &&
			    f->ev.type != AFT_YEV_MAP)
				rc = GIVE_UP;
			if (rc == AFT_OK)
				rc = read_service(f);
			break;
		default:
			rc = read_answers(f, &where);
			break;
		}
		if (rc != AFT_OK)
			return rc;
	}
	if (rc != AFT_OK)
		return rc;
	if (!(seen & 1u << R_SERVICE))
		return GIVE_UP;
	/* Whatever follows the map may still be an error or a document. */
	if ((rc = next(f)) != AFT_OK)
		return rc;
	if (f->ev.type != AFT_YEV_DONE)
		return GIVE_UP;
	aft_aload_unanswered(&f->l, where);
	return AFT_OK;
}

int
aft_astream_read(struct aft_answers **out, const struct aft_catalog *cat,
    const char *file, const char *buf, size_t len, unsigned flags,
    struct aft_arena *arena, struct aft_diags *d)
{
	struct aft_diags_mark	 mark = aft_diags_at(d);
	struct fast		 f;
	size_t			 nerr = d->nerr;
	int			 rc;

	*out = NULL;
	memset(&f, 0, sizeof(f));
	if ((rc = aft_ystream_open(&f.ys, file, buf, len, arena)) != AFT_OK)
		return rc;
	if ((rc = aft_aload_begin(&f.l, cat, file, flags, arena, d)) ==
	    AFT_OK)
		rc = read_root(&f);
	aft_ystream_close(f.ys);
	/* Messages stay only with the answers, or with a strict failure. */
	if (rc != AFT_OK) {
		aft_diags_rewind(d, mark);
		return rc;
	}
	return aft_aload_end(&f.l, nerr, out);
}
