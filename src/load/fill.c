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
#include "aftoets/money.h"
#include "load/prior.h"
#include "util/utf8.h"
#include "yaml/emit.h"
#include "yaml/node.h"

const char *const aft_fill_service_keys[] = { "name", "organisation",
    "type", "budget_eur", "users", "assessed_on", "assessor", NULL };

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
	if (f->doc == NULL || len != f->len || memcmp(doc, f->doc, len) != 0)
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
	free(blank);
	if (rc != AFT_OK) {
		aft_fill_free(f);
		return rc;
	}
	f->dirty = false;
	*out = f;
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
	return rc;
}

int
aft_fill_save(struct aft_fill *f, const char *path, bool create)
{
	struct aft_atomic	a;
	struct stat		st;
	bool			keep_mode = !create && stat(path, &st) == 0;

	if (aft_atomic_open(&a, path, !create) != 0)
		return AFT_EIO;
	if (keep_mode)
		(void)fchmod(fileno(a.fp), st.st_mode & 0777);
	if (fwrite(f->doc, 1, f->len, a.fp) != f->len) {
		int saved = errno ? errno : EIO;

		aft_atomic_abort(&a);
		errno = saved;
		return AFT_EIO;
	}
	if (aft_atomic_commit(&a) != 0)
		return AFT_EIO;
	f->dirty = false;
	return AFT_OK;
}
