/*
 * Filling in an answers file one answer at a time.
 *
 * The file is read twice: through the answers loader, which decides
 * whether it may be filled in at all (the checks of 'aftoets validate'),
 * and as a prior, the lenient tree that 'init --from' writes back with
 * everything it holds.  An edit replaces one node of the prior, renders
 * the whole template from it, and reads the result back through the
 * answers loader; only a document that reads back without errors is
 * taken.  So what is saved always validates, and every other value of
 * the file is written back as it was.
 *
 * The file may change under the fill: another fill, an editor, a pull.
 * A save therefore compares the file on disk with what the fill last
 * read or wrote (its stamp); when it changed, the fill starts again
 * from what is on disk and makes the edits since its last save again on
 * top of it, which is why each of those edits is kept as it was asked
 * for until the save that writes it.
 */
#include <sys/stat.h>

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aftoets/atomic.h"
#include "aftoets/fill.h"
#include "aftoets/input.h"
#include "aftoets/lock.h"
#include "aftoets/money.h"
#include "aftoets/stamp.h"
#include "load/prior.h"
#include "util/utf8.h"
#include "yaml/emit.h"
#include "yaml/node.h"

const char *const aft_fill_service_keys[] = { "name", "organisation",
    "type", "budget_eur", "users", "assessed_on", "assessor", NULL };

/*
 * An edit since the last save, as it was asked for: an answer (level,
 * motivation, actions; NULL to keep) or a service field (key, value).
 */
struct edit {
	const struct aft_criterion	*c;	/* NULL for a service field */
	const char			*key;	/* static */
	char				*s[3];	/* malloc'd */
};

struct aft_fill {
	const struct aft_catalog	*cat;
	const char			*file;	/* in arena */
	struct aft_arena		 arena;	/* the prior and the edits */
	struct aft_prior		*prior;
	struct aft_template_opts	 opts;
	char				*doc;	/* malloc'd; the rendering */
	size_t				 len;
	struct aft_arena		 cur;	/* ans, read from doc */
	const struct aft_answers	*ans;
	bool				 dirty;
	bool				 changed;	/* by the last commit */
	/* The file as last read or written: its bytes and its stamp. */
	char				*base;		/* malloc'd */
	size_t				 base_len;
	struct aft_stamp		 disk;
	struct edit			*edits;		/* since the last save */
	size_t				 nedits, capedits;
	struct aft_fill_change		*changes;	/* found by the last save */
	size_t				 nchanges, capchanges;
	bool				 gone;
};

/* Renders the prior into a malloc'd document. */
static int
render(const struct aft_fill *f, char **doc, size_t *len)
{
	FILE	*fp;
	int	 rc;

	*doc = NULL;
	*len = 0;
	if ((fp = open_memstream(doc, len)) == NULL)
		return AFT_ENOMEM;
	rc = aft_template_write(fp, f->cat, f->prior, &f->opts);
	if (fclose(fp) != 0 && rc == AFT_OK)
		rc = AFT_ENOMEM;
	if (rc != AFT_OK) {
		free(*doc);
		*doc = NULL;
	}
	return rc;
}

/*
 * Renders the prior and reads the document back; on success the fill
 * takes both, and on failure it keeps what it had, with the reasons in
 * d.
 */
static int
commit(struct aft_fill *f, struct aft_diags *d)
{
	struct aft_answers	*ans;
	struct aft_arena	 cur;
	char			*doc;
	size_t			 len;
	int			 rc;

	if ((rc = render(f, &doc, &len)) != AFT_OK)
		return rc;
	aft_arena_init(&cur);
	rc = aft_answers_read(&ans, f->cat, f->file, doc, len, 0, &cur, d);
	if (rc != AFT_OK) {
		aft_arena_fini(&cur);
		free(doc);
		return rc;
	}
	f->changed = f->doc == NULL || len != f->len ||
	    memcmp(doc, f->doc, len) != 0;
	if (f->changed)
		f->dirty = f->doc != NULL;
	aft_arena_fini(&f->cur);
	free(f->doc);
	f->cur = cur;
	f->ans = ans;
	f->doc = doc;
	f->len = len;
	return AFT_OK;
}

int
aft_fill_new(struct aft_fill **out, const struct aft_catalog *cat,
    const char *file, const char *buf, size_t len, enum aft_lang lang,
    struct aft_diags *d)
{
	struct aft_fill		*f;
	struct aft_diags	 quiet;
	struct aft_answers	*ans;
	struct aft_arena	 check;
	char			*blank = NULL;
	size_t			 nerr = d->nerr;
	int			 rc;

	*out = NULL;
	if ((f = calloc(1, sizeof(*f))) == NULL)
		return AFT_ENOMEM;
	aft_arena_init(&f->arena);
	aft_arena_init(&f->cur);
	f->cat = cat;
	if ((f->file = aft_arena_strdup(&f->arena, file)) == NULL) {
		aft_fill_free(f);
		return AFT_ENOMEM;
	}
	f->opts.lang = lang;
	f->opts.name = f->file;
	if (buf == NULL) {
		/* A new file: the blank template, as init writes it. */
		if ((rc = render(f, &blank, &len)) != AFT_OK) {
			aft_fill_free(f);
			return rc;
		}
		buf = blank;
	} else {
		/*
		 * The checks of validate, with its messages, located in the
		 * caller's name, which outlives the fill.
		 */
		aft_arena_init(&check);
		rc = aft_answers_read(&ans, cat, file, buf, len,
		    AFT_ANS_WARN_UNANSWERED, &check, d);
		aft_arena_fini(&check);
		if (rc == AFT_OK && d->nerr != nerr)
			rc = AFT_EINPUT;
		if (rc != AFT_OK) {
			aft_fill_free(f);
			return rc;
		}
	}
	/* What init --from warns about is no news to someone filling in. */
	aft_diags_init(&quiet, d->lang);
	rc = aft_prior_read(&f->prior, cat, f->file, buf, len, &f->arena,
	    &quiet);
	if (rc == AFT_OK)
		rc = commit(f, &quiet);
	if (rc != AFT_OK)
		for (size_t i = 0; i < quiet.n; i++) {
			struct aft_loc loc = quiet.v[i].loc;

			loc.file = file;
			if (quiet.v[i].sev == AFT_SEV_ERROR)
				aft_diag_add(d, AFT_SEV_ERROR, loc, "%s",
				    quiet.v[i].msg);
		}
	aft_diags_fini(&quiet);
	if (rc != AFT_OK) {
		free(blank);
		aft_fill_free(f);
		return rc;
	}
	/*
	 * What the file held: its stamp gets the file's other fields when
	 * it is first saved; until then its content decides.
	 */
	if ((f->base = malloc(len + 1)) == NULL) {
		aft_fill_free(f);
		free(blank);
		return AFT_ENOMEM;
	}
	memcpy(f->base, buf, len);
	f->base[len] = '\0';
	f->base_len = len;
	f->disk.exists = blank == NULL;
	f->disk.size = (off_t)len;
	f->disk.hash = aft_stamp_hash(buf, len);
	free(blank);
	f->dirty = false;
	*out = f;
	return AFT_OK;
}

static void
clear_edits(struct aft_fill *f)
{
	for (size_t i = 0; i < f->nedits; i++)
		for (size_t j = 0; j < 3; j++)
			free(f->edits[i].s[j]);
	f->nedits = 0;
}

/* Keeps an edit as it was asked for, to make it again after a merge. */
static int
keep_edit(struct aft_fill *f, const struct aft_criterion *c, const char *key,
    const char *s0, const char *s1, const char *s2)
{
	const char	*in[3] = { s0, s1, s2 };
	struct edit	*e;

	if (f->nedits == f->capedits) {
		size_t		 cap = f->capedits ? 2 * f->capedits : 8;
		struct edit	*nv = realloc(f->edits, cap * sizeof(*nv));

		if (nv == NULL)
			return AFT_ENOMEM;
		f->edits = nv;
		f->capedits = cap;
	}
	e = &f->edits[f->nedits];
	memset(e, 0, sizeof(*e));
	e->c = c;
	e->key = key;
	for (size_t j = 0; j < 3; j++)
		if (in[j] != NULL && (e->s[j] = strdup(in[j])) == NULL) {
			while (j-- > 0)
				free(e->s[j]);
			return AFT_ENOMEM;
		}
	f->nedits++;
	return AFT_OK;
}

void
aft_fill_free(struct aft_fill *f)
{
	if (f == NULL)
		return;
	aft_arena_fini(&f->cur);
	aft_arena_fini(&f->arena);
	free(f->doc);
	free(f->base);
	clear_edits(f);
	free(f->edits);
	free(f->changes);
	free(f);
}

const struct aft_answers *
aft_fill_answers(const struct aft_fill *f)
{
	return f->ans;
}

const char *
aft_fill_doc(const struct aft_fill *f, size_t *len)
{
	*len = f->len;
	return f->doc;
}

bool
aft_fill_dirty(const struct aft_fill *f)
{
	return f->dirty;
}

bool
aft_fill_service_missing(const struct aft_fill *f, const char *key)
{
	const struct aft_ynode *v = aft_prior_service(f->prior, key);

	if (v == NULL || aft_ynode_is_null(v) || v->kind != AFT_YSCALAR ||
	    v->len == 0)
		return true;
	if (strcmp(key, "name") == 0)
		for (int l = 0; l < AFT_NLANG; l++)
			if (strcmp(v->str, aft_msg((enum aft_lang)l,
			    AFT_M_T_NAME_PLACEHOLDER)) == 0)
				return true;
	return false;
}

/*
 * Control characters besides tab could only be held escaped, and would
 * act on the terminal that shows them.
 */
int
aft_fill_check_text(const char *s, struct aft_diags *d)
{
	const unsigned char	*u = (const unsigned char *)s;
	struct aft_loc		 none = { NULL, 0, 0 };
	size_t			 n = strlen(s);
	uint32_t		 cp;

	for (size_t i = 0; i < n;) {
		size_t k = aft_utf8_seq(u + i, n - i, &cp);

		if (k == 0)
			return aft_diag_err(d, none, AFT_M_FILL_UTF8, u[i]);
		if ((cp < 0x20 && cp != '\t') || cp == 0x7F ||
		    (cp >= 0x80 && cp < 0xA0))
			return aft_diag_err(d, none, AFT_M_FILL_CONTROL,
			    (unsigned)cp);
		i += k;
	}
	return AFT_OK;
}

/* A new scalar node in the fill's arena; NULL when out of memory. */
static struct aft_ynode *
scalar(struct aft_fill *f, const char *s, bool plain)
{
	struct aft_ynode *v;

	if ((v = aft_arena_alloc(&f->arena, sizeof(*v))) == NULL ||
	    (v->str = aft_arena_strdup(&f->arena, s)) == NULL)
		return NULL;
	v->kind = AFT_YSCALAR;
	v->loc.file = f->file;
	v->plain = plain;
	v->len = strlen(s);
	v->weight = 1;
	return v;
}

/* Whether s can be written without quotes and read back as the same text. */
static bool
plain_text(const char *s)
{
	return aft_yemit_is_plain(s, strlen(s));
}

/* A text node: plain when it reads back as the same string, else quoted. */
static struct aft_ynode *
text(struct aft_fill *f, const char *s)
{
	return scalar(f, s, plain_text(s));
}

/* The value of key in map v, or NULL (also when v is not a map). */
static const struct aft_ynode *
member(const struct aft_ynode *v, const char *key)
{
	return v != NULL && v->kind == AFT_YMAP ? aft_ynode_get(v, key) : NULL;
}

/*
 * The answer with level lv, motivation mo and actions ac (each NULL for
 * none), built from the old answer: a mapping keeps its other keys in
 * their order; the short form is used when there is nothing but a level.
 */
static const struct aft_ynode *
build_answer(struct aft_fill *f, const struct aft_ynode *old,
    const struct aft_ynode *lv, const struct aft_ynode *mo,
    const struct aft_ynode *ac, bool *oom)
{
	static const char *const keys[] = { "level", "motivation", "actions" };
	const struct aft_ynode	*val[3] = { lv, mo, ac };
	bool			 done[3] = { false, false, false };
	struct aft_ynode	*m;
	size_t			 cap, n = 0;

	if (old == NULL || old->kind != AFT_YMAP) {
		if (mo == NULL && ac == NULL)
			return lv;
		old = NULL;
	}
	cap = (old != NULL ? old->n : 0) + 3;
	if ((m = aft_arena_alloc(&f->arena, sizeof(*m))) == NULL ||
	    (m->kids = aft_arena_calloc(&f->arena, 2 * cap,
	    sizeof(*m->kids))) == NULL) {
		*oom = true;
		return NULL;
	}
	m->kind = AFT_YMAP;
	m->loc.file = f->file;
	m->weight = 1;
	/* A level the old mapping lacked goes first. */
	if (lv != NULL && member(old, "level") == NULL) {
		if ((m->kids[0] = scalar(f, "level", true)) == NULL) {
			*oom = true;
			return NULL;
		}
		m->kids[1] = (struct aft_ynode *)lv;
		done[0] = true;
		n = 1;
	}
	for (size_t i = 0; old != NULL && i < old->n; i++) {
		const struct aft_ynode	*k = old->kids[2 * i];
		const struct aft_ynode	*v = old->kids[2 * i + 1];
		size_t			 j;

		for (j = 0; j < 3; j++)
			if (strcmp(k->str, keys[j]) == 0)
				break;
		if (j < 3) {
			if (done[j] || val[j] == NULL)
				continue;
			v = val[j];
			done[j] = true;
		}
		m->kids[2 * n] = (struct aft_ynode *)k;
		m->kids[2 * n + 1] = (struct aft_ynode *)v;
		n++;
	}
	for (size_t j = 0; j < 3; j++) {
		if (done[j] || val[j] == NULL)
			continue;
		if ((m->kids[2 * n] = scalar(f, keys[j], true)) == NULL) {
			*oom = true;
			return NULL;
		}
		m->kids[2 * n + 1] = (struct aft_ynode *)val[j];
		n++;
	}
	m->n = n;
	return m;
}

/* The new value of a text part: kept (NULL), removed (""), or given. */
static const struct aft_ynode *
text_part(struct aft_fill *f, const struct aft_ynode *old, const char *key,
    const char *s, bool *oom)
{
	const struct aft_ynode *v;

	if (s == NULL)
		return member(old, key);
	if (*s == '\0')
		return NULL;
	if ((v = text(f, s)) == NULL)
		*oom = true;
	return v;
}

int
aft_fill_set_answer(struct aft_fill *f, const struct aft_criterion *c,
    const char *level, const char *motivation, const char *actions,
    struct aft_diags *d)
{
	const struct aft_ynode	*old = aft_prior_answer(f->prior, c);
	const struct aft_ynode	*lv, *mo, *ac, *nv;
	struct aft_loc		 none = { NULL, 0, 0 };
	bool			 oom = false;
	int			 rc;

	if ((level != NULL && (rc = aft_fill_check_text(level, d)) !=
	    AFT_OK) || (motivation != NULL &&
	    (rc = aft_fill_check_text(motivation, d)) != AFT_OK) ||
	    (actions != NULL && (rc = aft_fill_check_text(actions, d)) !=
	    AFT_OK))
		return rc;
	if (level == NULL)
		lv = old != NULL && old->kind == AFT_YMAP ?
		    aft_ynode_get(old, "level") : old;
	else {
		int l = aft_catalog_level(f->cat, level);

		if (l == AFT_LEVEL_NONE) {
			struct aft_arena a;

			aft_arena_init(&a);
			rc = aft_diag_err(d, none, AFT_M_BAD_LEVEL, level,
			    aft_catalog_levels_list(f->cat, &a));
			aft_arena_fini(&a);
			return rc;
		}
		lv = scalar(f, l == AFT_LEVEL_NVT ? f->cat->nvt.id :
		    f->cat->levels[l].id, true);
		if (lv == NULL)
			return AFT_ENOMEM;
	}
	/* An empty level in a mapping is written as no level at all. */
	if (lv != NULL && aft_ynode_is_null(lv))
		lv = NULL;
	mo = text_part(f, old, "motivation", motivation, &oom);
	ac = text_part(f, old, "actions", actions, &oom);
	nv = oom ? NULL : build_answer(f, old, lv, mo, ac, &oom);
	if (oom)
		return AFT_ENOMEM;
	if (nv == NULL && old != NULL && aft_ynode_is_null(old))
		nv = old;	/* still the empty answer it was */
	aft_prior_set_answer(f->prior, c, nv);
	if ((rc = commit(f, d)) != AFT_OK)
		aft_prior_set_answer(f->prior, c, old);
	else if (f->changed)
		rc = keep_edit(f, c, NULL, level, motivation, actions);
	return rc;
}

/* Whether s is a date or a number as written: digits, '-', '.' only. */
static bool
numeric(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (!isdigit((unsigned char)*s) && *s != '-' && *s != '.')
			return false;
	return true;
}

/* The static name of service field key, which the edit keeps. */
static const char *
service_key(const char *key)
{
	for (size_t i = 0; aft_fill_service_keys[i] != NULL; i++)
		if (strcmp(key, aft_fill_service_keys[i]) == 0)
			return aft_fill_service_keys[i];
	return "contact";
}

int
aft_fill_set_service(struct aft_fill *f, const char *key, const char *value,
    struct aft_diags *d)
{
	const struct aft_ynode	*old = aft_prior_service(f->prior, key);
	struct aft_ynode	*v;
	struct aft_loc		 none = { NULL, 0, 0 };
	double			 x;
	bool			 amb, plain;
	int			 rc;

	if ((rc = aft_fill_check_text(value, d)) != AFT_OK)
		return rc;
	if (*value == '\0')
		return aft_diag_err(d, none, AFT_M_EMPTY_VALUE, key);
	if (strcmp(key, "budget_eur") == 0 || strcmp(key, "users") == 0)
		/* A number YAML reads as meant is plain; '500.000' is not. */
		plain = aft_yaml_number(value, &x, &amb) && !amb &&
		    numeric(value);
	else if (strcmp(key, "assessed_on") == 0)
		plain = numeric(value) || plain_text(value);
	else
		plain = plain_text(value);
	if (strcmp(key, "type") == 0) {
		if (strcasecmp(value, "nieuw") == 0 ||
		    strcasecmp(value, "new") == 0)
			value = "nieuw";
		else if (strcasecmp(value, "herwerking") == 0 ||
		    strcasecmp(value, "rework") == 0)
			value = "herwerking";
	}
	if ((v = scalar(f, value, plain)) == NULL)
		return AFT_ENOMEM;
	if (aft_prior_set_service(f->prior, key, v) != AFT_OK)
		return aft_diag_err(d, none, AFT_M_UNKNOWN_KEY, key,
		    "name, organisation, contact, type, budget_eur, users, "
		    "assessed_on, assessor");
	if ((rc = commit(f, d)) != AFT_OK)
		aft_prior_set_service(f->prior, key, old);
	else if (f->changed)
		rc = keep_edit(f, NULL, service_key(key), value, NULL, NULL);
	return rc;
}

/* Changes found on disk. */

static int
add_change(struct aft_fill *f, const struct aft_criterion *c, const char *key,
    unsigned parts)
{
	if (f->nchanges == f->capchanges) {
		size_t			 cap = f->capchanges ? 2 * f->capchanges : 8;
		struct aft_fill_change	*nv = realloc(f->changes,
		    cap * sizeof(*nv));

		if (nv == NULL)
			return AFT_ENOMEM;
		f->changes = nv;
		f->capchanges = cap;
	}
	f->changes[f->nchanges].c = c;
	f->changes[f->nchanges].key = key;
	f->changes[f->nchanges].parts = parts;
	f->nchanges++;
	return AFT_OK;
}

/* v, or NULL when it holds nothing (absent, empty, null). */
static const struct aft_ynode *
value(const struct aft_ynode *v)
{
	return aft_ynode_is_null(v) ? NULL : v;
}

/* The level of an answer: the short form is the level itself. */
static const struct aft_ynode *
level_of(const struct aft_ynode *ans)
{
	return value(ans != NULL && ans->kind == AFT_YMAP ?
	    aft_ynode_get(ans, "level") : ans);
}

/*
 * Whether map a has a key besides level, motivation and actions that b
 * lacks or holds otherwise.
 */
static bool
other_keys_differ(const struct aft_ynode *a, const struct aft_ynode *b)
{
	if (a == NULL || a->kind != AFT_YMAP)
		return false;
	for (size_t i = 0; i < a->n; i++) {
		const char *k = a->kids[2 * i]->str;

		if (strcmp(k, "level") == 0 || strcmp(k, "motivation") == 0 ||
		    strcmp(k, "actions") == 0)
			continue;
		if (!aft_ynode_same(a->kids[2 * i + 1], member(b, k)))
			return true;
	}
	return false;
}

/* What differs between two answers to one criterion, as AFT_FILL_* bits. */
static unsigned
answer_diff(const struct aft_ynode *a, const struct aft_ynode *b)
{
	unsigned parts = 0;

	if (!aft_ynode_same(level_of(a), level_of(b)))
		parts |= AFT_FILL_LEVEL;
	if (!aft_ynode_same(value(member(a, "motivation")),
	    value(member(b, "motivation"))))
		parts |= AFT_FILL_MOTIVATION;
	if (!aft_ynode_same(value(member(a, "actions")),
	    value(member(b, "actions"))))
		parts |= AFT_FILL_ACTIONS;
	if (other_keys_differ(a, b) || other_keys_differ(b, a))
		parts |= AFT_FILL_OTHER;
	return parts;
}

/* Lists what differs between the file as it was (was) and as it is (now). */
static int
diff(struct aft_fill *f, const struct aft_prior *was,
    const struct aft_prior *now)
{
	static const char *const contact = "contact";
	int			 rc = AFT_OK;

	for (size_t i = 0; rc == AFT_OK && aft_fill_service_keys[i] != NULL;
	    i++) {
		const char *k = aft_fill_service_keys[i];

		if (!aft_ynode_same(aft_prior_service(was, k),
		    aft_prior_service(now, k)))
			rc = add_change(f, NULL, k, 0);
	}
	if (rc == AFT_OK && !aft_ynode_same(aft_prior_service(was, contact),
	    aft_prior_service(now, contact)))
		rc = add_change(f, NULL, contact, 0);
	for (size_t i = 0; rc == AFT_OK && i < f->cat->ncriteria; i++) {
		const struct aft_criterion	*c = f->cat->all[i];
		unsigned			 parts;

		parts = answer_diff(aft_prior_answer(was, c),
		    aft_prior_answer(now, c));
		if (parts != 0)
			rc = add_change(f, c, NULL, parts);
	}
	if (rc == AFT_OK && !aft_prior_same_rest(was, now))
		rc = add_change(f, NULL, NULL, 0);
	return rc;
}

/* Moves errors from q into d, located in the fill's file. */
static void
move_errors(struct aft_diags *d, const struct aft_diags *q)
{
	for (size_t i = 0; i < q->n; i++)
		if (q->v[i].sev == AFT_SEV_ERROR)
			aft_diag_add(d, AFT_SEV_ERROR, q->v[i].loc, "%s",
			    q->v[i].msg);
}

/* Makes the edits since the last save again on nf. */
static int
replay(struct aft_fill *nf, const struct aft_fill *f, struct aft_diags *d)
{
	int rc = AFT_OK;

	for (size_t i = 0; rc == AFT_OK && i < f->nedits; i++) {
		const struct edit *e = &f->edits[i];

		if (e->c != NULL)
			rc = aft_fill_set_answer(nf, e->c, e->s[0], e->s[1],
			    e->s[2], d);
		else
			rc = aft_fill_set_service(nf, e->key, e->s[0], d);
	}
	return rc;
}

/* Takes nf's document, and leaves nf with the one f had. */
static void
swap_doc(struct aft_fill *f, struct aft_fill *nf)
{
	struct aft_fill t = *f;

	f->file = nf->file;
	f->arena = nf->arena;
	f->prior = nf->prior;
	f->opts = nf->opts;
	f->doc = nf->doc;
	f->len = nf->len;
	f->cur = nf->cur;
	f->ans = nf->ans;
	nf->file = t.file;
	nf->arena = t.arena;
	nf->prior = t.prior;
	nf->opts = t.opts;
	nf->doc = t.doc;
	nf->len = t.len;
	nf->cur = t.cur;
	nf->ans = t.ans;
}

/*
 * The file on disk (buf, len bytes, stamped now) is not the one the fill
 * last read or wrote.  When it validates, the fill takes it, with the
 * edits since the last save made again on top, and lists what changed;
 * otherwise the fill keeps what it had, and the reasons are in d.
 */
static int
merge(struct aft_fill *f, char **buf, size_t len, const struct aft_stamp *now,
    struct aft_diags *d)
{
	struct aft_fill		*nf = NULL;
	struct aft_prior	*was;
	struct aft_arena	 a;
	struct aft_diags	 q;
	int			 rc;

	aft_diags_init(&q, d->lang);
	rc = aft_fill_new(&nf, f->cat, f->file, *buf, len, f->opts.lang, &q);
	if (rc != AFT_OK) {
		move_errors(d, &q);
		aft_diags_fini(&q);
		return rc;
	}
	aft_diags_fini(&q);
	/* What the file held when the fill last read or wrote it. */
	aft_arena_init(&a);
	aft_diags_init(&q, d->lang);
	rc = aft_prior_read(&was, f->cat, f->file, f->base, f->base_len, &a,
	    &q);
	aft_diags_fini(&q);
	if (rc == AFT_OK)
		rc = diff(f, was, nf->prior);
	aft_arena_fini(&a);
	if (rc == AFT_OK)
		rc = replay(nf, f, d);
	if (rc != AFT_OK) {
		aft_fill_free(nf);
		f->nchanges = 0;
		return rc;
	}
	swap_doc(f, nf);
	aft_fill_free(nf);
	/* The file as it is now is what the next save compares with. */
	free(f->base);
	f->base = *buf;
	f->base_len = len;
	*buf = NULL;
	f->disk = *now;
	f->dirty = true;
	return AFT_OK;
}

const struct aft_fill_change *
aft_fill_changes(const struct aft_fill *f, size_t *n, bool *gone)
{
	*n = f->nchanges;
	*gone = f->gone;
	return f->changes;
}

/* The status of a failed call that set errno. */
static int
io_status(void)
{
	return errno == ENOMEM ? AFT_ENOMEM : AFT_EIO;
}

/* Writes the document to path; *st is the file written. */
static int
write_doc(struct aft_fill *f, const char *path, bool create, struct stat *st)
{
	struct aft_atomic	a;
	struct stat		old;
	bool			keep_mode = !create && stat(path, &old) == 0;

	if (aft_atomic_open(&a, path, !create) != 0)
		return AFT_EIO;
	if (keep_mode)
		(void)fchmod(fileno(a.fp), old.st_mode & 0777);
	if (fwrite(f->doc, 1, f->len, a.fp) != f->len ||
	    fflush(a.fp) != 0 || fstat(fileno(a.fp), st) != 0) {
		int saved = errno ? errno : EIO;

		aft_atomic_abort(&a);
		errno = saved;
		return AFT_EIO;
	}
	if (aft_atomic_commit(&a) != 0)
		return AFT_EIO;
	return AFT_OK;
}

int
aft_fill_save(struct aft_fill *f, const char *path, bool create,
    struct aft_diags *d)
{
	struct aft_lock		 lk;
	struct aft_stamp	 now;
	struct stat		 st;
	char			*buf = NULL, *copy;
	size_t			 len = 0;
	int			 rc = AFT_OK;

	f->nchanges = 0;
	f->gone = false;
	if (aft_lock_take(&lk, path, AFT_FILL_LOCK_WAIT_MS) != 0)
		return io_status();
	if (!create) {
		if (aft_stamp_read(&now, &buf, &len, path, AFT_INPUT_MAX) != 0) {
			rc = io_status();
			goto done;
		}
		switch (aft_stamp_cmp(&f->disk, &now)) {
		case AFT_STAMP_SAME:
		case AFT_STAMP_TOUCHED:
			break;
		case AFT_STAMP_GONE:
			f->gone = true;
			break;
		case AFT_STAMP_CHANGED:
			if ((rc = merge(f, &buf, len, &now, d)) != AFT_OK)
				goto done;
			break;
		}
	}
	if ((copy = malloc(f->len + 1)) == NULL) {
		rc = AFT_ENOMEM;
		goto done;
	}
	if ((rc = write_doc(f, path, create, &st)) != AFT_OK) {
		int saved = errno;

		free(copy);
		errno = saved;
		goto done;
	}
	memcpy(copy, f->doc, f->len);
	copy[f->len] = '\0';
	free(f->base);
	f->base = copy;
	f->base_len = f->len;
	aft_stamp_set(&f->disk, &st, f->doc, f->len);
	clear_edits(f);
	f->dirty = false;
done:
	free(buf);
	aft_lock_release(&lk);
	return rc;
}
