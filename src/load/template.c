/*
 * The answers template (aftoets init), and refreshing an earlier answers
 * file against the current catalog (aftoets init --from).
 *
 * A refresh reads the old file as a plain YAML tree, not through the
 * answers loader, so that nothing in it is refused: the service fields
 * and every answer (level, motivation, actions, and whatever else the
 * team wrote) are written back in place through the YAML writer, keys
 * the catalog does not know are kept at the end, and answers to
 * criteria the catalog lacks go into an 'obsolete' mapping, which the
 * answers loader accepts with a warning.  Comments in the old file are
 * not kept: the template's own comments are written afresh.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "aftoets/template.h"
#include "util/escape.h"
#include "load/prior.h"
#include "yaml/emit.h"
#include "yaml/node.h"

/* Comment lines are filled up to this column. */
#define WIDTH	79

/* The service fields, in the order the template gives them. */
static const struct {
	const char	*key;
	enum aft_msg	 help;
} fields[] = {
	{ "name",		AFT_M_T_SVC_NAME },
	{ "organisation",	AFT_M_T_SVC_ORG },
	{ "contact",		AFT_M_T_SVC_CONTACT },
	{ "type",		AFT_M_T_SVC_TYPE },
	{ "budget_eur",		AFT_M_T_SVC_BUDGET },
	{ "users",		AFT_M_T_SVC_USERS },
	{ "assessed_on",	AFT_M_T_SVC_DATE },
	{ "assessor",		AFT_M_T_SVC_ASSESSOR },
};

#define NFIELDS	(sizeof(fields) / sizeof(fields[0]))

/* A key and its value, kept from the old file. */
struct kv {
	const char		*key;
	size_t			 klen;
	const struct aft_ynode	*v;
};

struct kvlist {
	struct kv	*v;
	size_t		 n, cap;
};

struct aft_prior {
	const char		 *file;
	const struct aft_ynode	 *svc[NFIELDS];
	struct kvlist		  svc_extra;
	const struct aft_ynode	**ans;		/* by criterion; NULL if none */
	bool			 *had;		/* the id was in the file */
	struct kvlist		  obsolete;
	struct kvlist		  extra;	/* unknown top-level keys */
};

/* Display columns of n bytes of UTF-8. */
static size_t
columns(const char *s, size_t n)
{
	size_t c = 0;

	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

static void
spaces(FILE *fp, unsigned n)
{
	while (n-- > 0)
		fputc(' ', fp);
}

/*
 * Writes text as comment lines at indentation indent, filled to WIDTH:
 * the first line starts with first, the others with hang.  A newline in
 * text starts a new line.  Text from a file (a file name, a catalog's
 * words) is written as aft_esc_term() shows it: a control character
 * would end the comment, or act on a terminal showing the file.
 */
static void
comment(FILE *fp, unsigned indent, const char *first, const char *hang,
    const char *text)
{
	const char	*lead = first;
	const char	*s = text;
	char		*tmp = NULL;
	size_t		 col;
	bool		 empty = true;

	if (s[aft_esc_term_span(s, AFT_ESC_NL)] != '\0' &&
	    (s = tmp = aft_esc_term_dup(text, AFT_ESC_NL)) == NULL)
		s = "\xEF\xBF\xBD";

	spaces(fp, indent);
	fprintf(fp, "# %s", lead);
	col = indent + 2 + columns(lead, strlen(lead));
	while (*s != '\0') {
		size_t len = strcspn(s, " \n"), w = columns(s, len);

		if (!empty && col + 1 + w > WIDTH) {
			fputc('\n', fp);
			spaces(fp, indent);
			fprintf(fp, "# %s", hang);
			col = indent + 2 + columns(hang, strlen(hang));
			empty = true;
		}
		if (!empty) {
			fputc(' ', fp);
			col++;
		}
		fwrite(s, 1, len, fp);
		col += w;
		empty = false;
		s += len;
		while (*s == ' ')
			s++;
		if (*s == '\n') {
			fputc('\n', fp);
			spaces(fp, indent);
			fprintf(fp, "# %s", hang);
			col = indent + 2 + columns(hang, strlen(hang));
			empty = true;
			s++;
		}
	}
	fputc('\n', fp);
	free(tmp);
}

static void
blank_comment(FILE *fp, unsigned indent)
{
	spaces(fp, indent);
	fputs("#\n", fp);
}

static void
rule(FILE *fp, unsigned indent)
{
	spaces(fp, indent);
	fputs("# ", fp);
	for (unsigned i = indent + 2; i < WIDTH; i++)
		fputc('=', fp);
	fputc('\n', fp);
}

static const char *
msg(const struct aft_template_opts *o, enum aft_msg m)
{
	return aft_msg(o->lang, m);
}

static void
scale(FILE *fp, const struct aft_catalog *cat,
    const struct aft_template_opts *o)
{
	enum aft_lang	lang = o->lang;
	size_t		idw = 0, lw = 0;
	char		line[512], bands[1024];
	size_t		blen = 0;

	comment(fp, 0, "", "", msg(o, AFT_M_T_SCALE));
	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level *l = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;

		if (l->id == NULL)
			continue;
		if (strlen(l->id) > idw)
			idw = strlen(l->id);
		if (columns(l->label.s[lang], strlen(l->label.s[lang])) > lw)
			lw = columns(l->label.s[lang],
			    strlen(l->label.s[lang]));
	}
	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level	*l = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;
		const char		*label;
		int			 n;
		size_t			 len;

		if (l->id == NULL)
			continue;
		label = l->label.s[lang];
		if (i < cat->nlevels)
			n = snprintf(line, sizeof(line), "  %-*s %2d  %s",
			    (int)idw, l->id, l->points, label);
		else
			n = snprintf(line, sizeof(line), "  %-*s %2s  %s",
			    (int)idw, l->id, "", label);
		if (n < 0 || (size_t)n >= sizeof(line))
			continue;
		len = (size_t)n;
		for (size_t k = 0; k < l->naliases; k++) {
			if (k == 0) {
				/* Pad the label to a column, counting UTF-8. */
				size_t lc = columns(label, strlen(label));

				n = snprintf(line + len, sizeof(line) - len,
				    "%*s  (%s: %s", (int)(lw - lc), "",
				    msg(o, AFT_M_L_ALIASES), l->aliases[k]);
			} else
				n = snprintf(line + len, sizeof(line) - len,
				    ", %s", l->aliases[k]);
			if (n < 0 || (size_t)n >= sizeof(line) - len)
				break;
			len += (size_t)n;
		}
		if (l->naliases > 0 && len + 1 < sizeof(line)) {
			line[len++] = ')';
			line[len] = '\0';
		}
		fputs("# ", fp);
		aft_esc_term(fp, line, 0);
		fputc('\n', fp);
	}
	if (cat->nvt.id != NULL) {
		char text[600];

		snprintf(text, sizeof(text), msg(o, AFT_M_T_NVT), cat->nvt.id);
		comment(fp, 0, "", "", text);
	}
	bands[0] = '\0';
	for (size_t i = 0; i < cat->nbands; i++) {
		char	num[AFT_NUMBUF];
		int	n;

		snprintf(num, sizeof(num), "%g", cat->bands[i].min);
		n = snprintf(bands + blen, sizeof(bands) - blen, "%s",
		    i ? ", " : "");
		if (n > 0 && (size_t)n < sizeof(bands) - blen)
			blen += (size_t)n;
		n = snprintf(bands + blen, sizeof(bands) - blen,
		    msg(o, AFT_M_T_BAND_ITEM), cat->bands[i].id,
		    cat->bands[i].label.s[lang], num);
		if (n < 0 || (size_t)n >= sizeof(bands) - blen)
			break;
		blen += (size_t)n;
	}
	if (cat->nbands > 0) {
		char text[1200];

		snprintf(text, sizeof(text), msg(o, AFT_M_T_BANDS), bands);
		comment(fp, 0, "", "", text);
	}
}

static void
header(FILE *fp, const struct aft_catalog *cat,
    const struct aft_template_opts *o)
{
	const char	*name = o->name != NULL ? o->name :
	    msg(o, AFT_M_T_DEFAULT_NAME);
	const char	*first = cat->all[0]->id;
	const char	*second = cat->ncriteria > 1 ? cat->all[1]->id : first;
	const char	*top = cat->levels[cat->nlevels - 1].id;
	const char	*mid = cat->levels[cat->nlevels / 2].id;
	char		 text[1200];

	if (o->schema != NULL)
		fprintf(fp, "# yaml-language-server: $schema=%s\n", o->schema);
	snprintf(text, sizeof(text), msg(o, AFT_M_T_HEAD),
	    cat->title.s[o->lang], cat->id, cat->version);
	comment(fp, 0, "", "", text);
	if (aft_text_given(&cat->notice)) {
		blank_comment(fp, 0);
		snprintf(text, sizeof(text), msg(o, AFT_M_T_NOTICE),
		    cat->notice.s[o->lang]);
		comment(fp, 0, "", "", text);
	}
	blank_comment(fp, 0);
	snprintf(text, sizeof(text), msg(o, AFT_M_T_HOWTO), name, name);
	comment(fp, 0, "", "", text);
	blank_comment(fp, 0);
	scale(fp, cat, o);
	blank_comment(fp, 0);
	comment(fp, 0, "", "", msg(o, AFT_M_T_FORMS));
	fprintf(fp, "#   %s: %s\n", first, top);
	fprintf(fp, "#   %s:\n", second);
	fprintf(fp, "#     level: %s\n", mid);
	fprintf(fp, "#     motivation: %s\n", msg(o, AFT_M_T_EX_MOTIVATION));
	fprintf(fp, "#     actions: %s\n", msg(o, AFT_M_T_EX_ACTIONS));
	comment(fp, 0, "", "", msg(o, AFT_M_T_MULTILINE));
	fputc('\n', fp);
}

static void
service(FILE *fp, const struct aft_catalog *cat,
    const struct aft_prior *prior, const struct aft_template_opts *o)
{
	comment(fp, 0, "", "", msg(o, AFT_M_T_SERVICE));
	fputs("service:\n", fp);
	for (size_t i = 0; i < NFIELDS; i++) {
		const struct aft_ynode *v = prior ? prior->svc[i] : NULL;

		if (strcmp(fields[i].key, "budget_eur") == 0) {
			char	a[AFT_NUMBUF], b[AFT_NUMBUF], text[600];

			snprintf(text, sizeof(text), msg(o, AFT_M_T_SIG),
			    aft_fmt_money(a, cat->threshold_budget, o->lang),
			    aft_fmt_count(b, cat->threshold_users, o->lang));
			comment(fp, 2, "", "", text);
		}
		comment(fp, 2, "", "", msg(o, fields[i].help));
		fprintf(fp, "  %s:", fields[i].key);
		if (v != NULL)
			aft_yemit_node(fp, v, 2);
		else if (i == 0) {
			const char *p = msg(o, AFT_M_T_NAME_PLACEHOLDER);

			aft_yemit_string(fp, p, strlen(p), 2);
		} else
			fputc('\n', fp);
	}
	if (prior != NULL)
		for (size_t i = 0; i < prior->svc_extra.n; i++) {
			const struct kv *e = &prior->svc_extra.v[i];

			fputs("  ", fp);
			aft_yemit_key(fp, e->key, e->klen);
			fputc(':', fp);
			aft_yemit_node(fp, e->v, 2);
		}
	fputc('\n', fp);
}

/* "Label: text" as a comment of a criterion; nothing when t is absent. */
static void
labelled(FILE *fp, const char *label, const struct aft_text *t,
    const struct aft_template_opts *o)
{
	char lead[128];

	if (!aft_text_given(t))
		return;
	snprintf(lead, sizeof(lead), "%s: ", label);
	comment(fp, 2, lead, "  ", t->s[o->lang]);
}

static void
criterion(FILE *fp, const struct aft_catalog *cat,
    const struct aft_criterion *c, const struct aft_prior *prior,
    const struct aft_template_opts *o)
{
	const struct aft_ynode	*v = prior ? prior->ans[c->index] : NULL;
	const char		*kind = msg(o, c->kind == AFT_KIND_USER ?
	    AFT_M_T_KIND_USER : AFT_M_T_KIND_INCLUSION);
	char			 head[256], w[AFT_NUMBUF], wt[64];

	if (c->weight != 1) {
		snprintf(w, sizeof(w), "%g", c->weight);
		snprintf(wt, sizeof(wt), msg(o, AFT_M_T_WEIGHT), w);
		snprintf(head, sizeof(head), "%s (%s, %s)", c->id, kind, wt);
	} else
		snprintf(head, sizeof(head), "%s (%s)", c->id, kind);
	fputc('\n', fp);
	comment(fp, 2, "", "", head);
	comment(fp, 2, "", "", c->text.s[o->lang]);
	labelled(fp, msg(o, AFT_M_L_GUIDANCE), &c->guidance, o);
	for (size_t i = 0; i < c->npractice; i++)
		labelled(fp, cat->levels[c->practice[i].level].label.s[o->lang],
		    &c->practice[i].text, o);
	labelled(fp, msg(o, AFT_M_L_EVIDENCE), &c->evidence, o);
	labelled(fp, msg(o, AFT_M_L_PITFALL), &c->pitfall, o);
	fputs("  ", fp);
	aft_yemit_key(fp, c->id, strlen(c->id));
	fputc(':', fp);
	if (v != NULL)
		aft_yemit_node(fp, v, 2);
	else
		fputc('\n', fp);
}

static void
answers(FILE *fp, const struct aft_catalog *cat,
    const struct aft_prior *prior, const struct aft_template_opts *o)
{
	comment(fp, 0, "", "", msg(o, AFT_M_T_ANSWERS));
	fputs("answers:\n", fp);
	for (size_t i = 0; i < cat->nprinciples; i++) {
		const struct aft_principle	*p = &cat->principles[i];
		char				 title[512];

		fputc('\n', fp);
		rule(fp, 2);
		snprintf(title, sizeof(title), "%s (%s)", p->title.s[o->lang],
		    p->id);
		comment(fp, 2, "", "", title);
		if (p->summary.s[o->lang][0] != '\0')
			comment(fp, 2, "", "", p->summary.s[o->lang]);
		rule(fp, 2);
		for (size_t j = 0; j < p->ncriteria; j++)
			criterion(fp, cat, &p->criteria[j], prior, o);
	}
}

static void
leftovers(FILE *fp, const struct aft_catalog *cat,
    const struct aft_prior *prior, const struct aft_template_opts *o)
{
	char text[1200];

	if (prior->extra.n > 0) {
		fputc('\n', fp);
		snprintf(text, sizeof(text), msg(o, AFT_M_T_EXTRA),
		    prior->file);
		comment(fp, 0, "", "", text);
		for (size_t i = 0; i < prior->extra.n; i++) {
			const struct kv *e = &prior->extra.v[i];

			aft_yemit_key(fp, e->key, e->klen);
			fputc(':', fp);
			aft_yemit_node(fp, e->v, 0);
		}
	}
	if (prior->obsolete.n > 0) {
		fputc('\n', fp);
		rule(fp, 0);
		snprintf(text, sizeof(text), msg(o, AFT_M_T_OBSOLETE), cat->id,
		    cat->version);
		comment(fp, 0, "", "", text);
		rule(fp, 0);
		fputs("obsolete:\n", fp);
		for (size_t i = 0; i < prior->obsolete.n; i++) {
			const struct kv *e = &prior->obsolete.v[i];

			fputs("  ", fp);
			aft_yemit_key(fp, e->key, e->klen);
			fputc(':', fp);
			aft_yemit_node(fp, e->v, 2);
		}
	}
}

int
aft_template_write(FILE *fp, const struct aft_catalog *cat,
    const struct aft_prior *prior, const struct aft_template_opts *o)
{
	header(fp, cat, o);
	fputs("aftoets: 1\ncatalog:", fp);
	aft_yemit_string(fp, cat->id, strlen(cat->id), 0);
	fputc('\n', fp);
	service(fp, cat, prior, o);
	answers(fp, cat, prior, o);
	if (prior != NULL)
		leftovers(fp, cat, prior, o);
	return ferror(fp) ? AFT_EIO : AFT_OK;
}

/* Reading the old file. */

static int
kv_add(struct kvlist *l, struct aft_arena *a, const char *key, size_t klen,
    const struct aft_ynode *v)
{
	if (l->n == l->cap) {
		size_t		 cap = l->cap ? l->cap * 2 : 16;
		struct kv	*nv = aft_arena_calloc(a, cap, sizeof(*nv));

		if (nv == NULL)
			return AFT_ENOMEM;
		if (l->n > 0)
			memcpy(nv, l->v, l->n * sizeof(*nv));
		l->v = nv;
		l->cap = cap;
	}
	l->v[l->n].key = key;
	l->v[l->n].klen = klen;
	l->v[l->n].v = v;
	l->n++;
	return AFT_OK;
}

/*
 * Adds an obsolete answer under a key no other obsolete answer has, so
 * that the mapping written stays free of duplicate keys.
 */
static int
obsolete_add(struct aft_prior *p, struct aft_arena *a,
    const struct aft_ynode *k, const struct aft_ynode *v)
{
	const char	*key = k->str;
	size_t		 klen = k->len;

	for (unsigned n = 2;; n++) {
		size_t i;

		for (i = 0; i < p->obsolete.n; i++)
			if (p->obsolete.v[i].klen == klen &&
			    memcmp(p->obsolete.v[i].key, key, klen) == 0)
				break;
		if (i == p->obsolete.n)
			break;
		if ((key = aft_arena_printf(a, "%s (%u)", k->str, n)) == NULL)
			return AFT_ENOMEM;
		klen = strlen(key);
	}
	return kv_add(&p->obsolete, a, key, klen, v);
}

/* A mapping or null at key in map; an error for any other kind. */
static int
get_map(const struct aft_ynode **out, const struct aft_ynode *map,
    const char *key, struct aft_diags *d)
{
	const struct aft_ynode *v = aft_ynode_get(map, key);

	*out = NULL;
	if (v == NULL || aft_ynode_is_null(v))
		return AFT_OK;
	if (v->kind != AFT_YMAP)
		return aft_diag_err(d, v->loc, AFT_M_EXPECT_MAP, key,
		    aft_ynode_kindname(v, d->lang));
	*out = v;
	return AFT_OK;
}

static int
read_service(struct aft_prior *p, const struct aft_ynode *svc,
    struct aft_arena *a, struct aft_diags *d)
{
	for (size_t i = 0; svc != NULL && i < svc->n; i++) {
		const struct aft_ynode	*k = svc->kids[2 * i];
		size_t			 f;

		for (f = 0; f < NFIELDS; f++)
			if (strcmp(k->str, fields[f].key) == 0)
				break;
		if (f < NFIELDS) {
			p->svc[f] = svc->kids[2 * i + 1];
			continue;
		}
		aft_diag_warn(d, k->loc, AFT_M_FROM_EXTRA, k->str);
		if (kv_add(&p->svc_extra, a, k->str, k->len,
		    svc->kids[2 * i + 1]) != AFT_OK)
			return AFT_ENOMEM;
	}
	return AFT_OK;
}

/*
 * The answers in m under ids the catalog has replaced, after the others
 * of m: each moves to its successor, unless the successor has its own
 * answer or an earlier old id moved there; by[i] is that old key.
 */
static int
read_replaced(struct aft_prior *p, const struct aft_catalog *cat,
    const struct aft_ynode *m, bool old_obsolete,
    const struct aft_ynode **by, struct aft_arena *a, struct aft_diags *d)
{
	for (size_t i = 0; m != NULL && i < m->n; i++) {
		const struct aft_ynode		*k = m->kids[2 * i];
		const struct aft_criterion	*c;

		if (aft_catalog_find(cat, k->str) != NULL ||
		    (c = aft_catalog_successor(cat, k->str)) == NULL)
			continue;
		if (!p->had[c->index]) {
			p->had[c->index] = true;
			p->ans[c->index] = m->kids[2 * i + 1];
			by[c->index] = k;
			aft_diag_warn(d, k->loc, AFT_M_FROM_REPLACED, k->str,
			    c->id, cat->version, c->id);
			continue;
		}
		if (!old_obsolete && by[c->index] != NULL)
			aft_diag_warn(d, k->loc, AFT_M_FROM_REPLACED_TWICE,
			    k->str, c->id, cat->version, by[c->index]->str);
		else if (!old_obsolete)
			aft_diag_warn(d, k->loc, AFT_M_FROM_REPLACED_OWN,
			    k->str, c->id, cat->version, c->id);
		if (obsolete_add(p, a, k, m->kids[2 * i + 1]) != AFT_OK)
			return AFT_ENOMEM;
	}
	return AFT_OK;
}

static int
read_answers(struct aft_prior *p, const struct aft_catalog *cat,
    const struct aft_ynode *m, bool old_obsolete, struct aft_arena *a,
    struct aft_diags *d)
{
	for (size_t i = 0; m != NULL && i < m->n; i++) {
		const struct aft_ynode		*k = m->kids[2 * i];
		const struct aft_ynode		*v = m->kids[2 * i + 1];
		const struct aft_criterion	*c = aft_catalog_find(cat,
		    k->str);

		/* Replaced ids wait until the others are read. */
		if (c == NULL && aft_catalog_successor(cat, k->str) != NULL)
			continue;
		if (c != NULL && !p->had[c->index]) {
			p->had[c->index] = true;
			p->ans[c->index] = v;
			if (old_obsolete)
				aft_diag_warn(d, k->loc, AFT_M_FROM_RESTORED,
				    c->id);
			continue;
		}
		if (!old_obsolete) {
			if (c != NULL)
				aft_diag_warn(d, k->loc, AFT_M_FROM_DUP, c->id);
			else
				aft_diag_warn(d, k->loc, AFT_M_FROM_OBSOLETE,
				    k->str, cat->id);
		}
		if (obsolete_add(p, a, k, v) != AFT_OK)
			return AFT_ENOMEM;
	}
	return AFT_OK;
}

/* One warning naming the criteria the old file did not mention. */
static void
warn_new(const struct aft_prior *p, const struct aft_catalog *cat,
    struct aft_loc loc, struct aft_arena *a, struct aft_diags *d)
{
	size_t	 n = 0, cap = 1, len = 0;
	char	*list;

	for (size_t i = 0; i < cat->ncriteria; i++)
		if (!p->had[i]) {
			n++;
			cap += strlen(cat->all[i]->id) + 2;
		}
	if (n == 0 || (list = aft_arena_alloc(a, cap)) == NULL)
		return;
	for (size_t i = 0; i < cat->ncriteria; i++)
		if (!p->had[i])
			len += (size_t)snprintf(list + len, cap - len, "%s%s",
			    len ? ", " : "", cat->all[i]->id);
	aft_diag_warn(d, loc, AFT_M_FROM_NEW, n, list);
}

int
aft_prior_read(struct aft_prior **out, const struct aft_catalog *cat,
    const char *file, const char *buf, size_t len, struct aft_arena *a,
    struct aft_diags *d)
{
	const struct aft_ynode	*root, *svc, *ans, *obs, *v, **by;
	struct aft_ynode	*r;
	struct aft_prior	*p;
	struct aft_loc		 floc = { file, 0, 0 };
	size_t			 nerr = d->nerr;
	int			 rc;

	*out = NULL;
	if ((rc = aft_ynode_load(&r, file, buf, len, NULL, a, d)) != AFT_OK)
		return rc;
	root = r;
	if (root->kind != AFT_YMAP)
		return aft_diag_err(d, root->loc, AFT_M_ANS_ROOT,
		    aft_ynode_kindname(root, d->lang));
	if ((p = aft_arena_alloc(a, sizeof(*p))) == NULL ||
	    (p->ans = aft_arena_calloc(a, cat->ncriteria + 1,
	    sizeof(*p->ans))) == NULL ||
	    (p->had = aft_arena_calloc(a, cat->ncriteria + 1,
	    sizeof(*p->had))) == NULL)
		return AFT_ENOMEM;
	p->file = file;
	get_map(&svc, root, "service", d);
	get_map(&ans, root, "answers", d);
	get_map(&obs, root, "obsolete", d);
	if (d->nerr != nerr)
		return AFT_EINPUT;
	v = aft_ynode_get(root, "catalog");
	if (v != NULL && v->kind == AFT_YSCALAR && !aft_ynode_is_null(v) &&
	    strcasecmp(v->str, cat->id) != 0)
		aft_diag_warn(d, v->loc, AFT_M_FROM_CATALOG, v->str, cat->id);
	for (size_t i = 0; i < root->n; i++) {
		static const char *const known[] = { "aftoets", "catalog",
		    "service", "answers", "obsolete" };
		const struct aft_ynode	*k = root->kids[2 * i];
		size_t			 j;

		for (j = 0; j < sizeof(known) / sizeof(known[0]); j++)
			if (strcmp(k->str, known[j]) == 0)
				break;
		if (j < sizeof(known) / sizeof(known[0]))
			continue;
		aft_diag_warn(d, k->loc, AFT_M_FROM_EXTRA, k->str);
		if (kv_add(&p->extra, a, k->str, k->len,
		    root->kids[2 * i + 1]) != AFT_OK)
			return AFT_ENOMEM;
	}
	if (read_service(p, svc, a, d) != AFT_OK ||
	    read_answers(p, cat, ans, false, a, d) != AFT_OK ||
	    read_answers(p, cat, obs, true, a, d) != AFT_OK ||
	    (by = aft_arena_calloc(a, cat->ncriteria + 1,
	    sizeof(*by))) == NULL ||
	    read_replaced(p, cat, ans, false, by, a, d) != AFT_OK ||
	    read_replaced(p, cat, obs, true, by, a, d) != AFT_OK)
		return AFT_ENOMEM;
	warn_new(p, cat, floc, a, d);
	if (d->oom)
		return AFT_ENOMEM;
	if (d->nerr != nerr)
		return AFT_EINPUT;
	*out = p;
	return AFT_OK;
}

/* Editing a prior file (prior.h). */

const struct aft_ynode *
aft_prior_answer(const struct aft_prior *p, const struct aft_criterion *c)
{
	return p->ans[c->index];
}

void
aft_prior_set_answer(struct aft_prior *p, const struct aft_criterion *c,
    const struct aft_ynode *v)
{
	p->ans[c->index] = v;
	p->had[c->index] = true;
}

/* The index of service field key, or NFIELDS. */
static size_t
field_index(const char *key)
{
	size_t f;

	for (f = 0; f < NFIELDS; f++)
		if (strcmp(fields[f].key, key) == 0)
			break;
	return f;
}

const struct aft_ynode *
aft_prior_service(const struct aft_prior *p, const char *key)
{
	size_t f = field_index(key);

	return f < NFIELDS ? p->svc[f] : NULL;
}

int
aft_prior_set_service(struct aft_prior *p, const char *key,
    const struct aft_ynode *v)
{
	size_t f = field_index(key);

	if (f == NFIELDS)
		return AFT_EINPUT;
	p->svc[f] = v;
	return AFT_OK;
}

static bool
same_list(const struct kvlist *a, const struct kvlist *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (a->v[i].klen != b->v[i].klen ||
		    memcmp(a->v[i].key, b->v[i].key, a->v[i].klen) != 0 ||
		    !aft_ynode_same(a->v[i].v, b->v[i].v))
			return false;
	return true;
}

bool
aft_prior_same_rest(const struct aft_prior *a, const struct aft_prior *b)
{
	return same_list(&a->svc_extra, &b->svc_extra) &&
	    same_list(&a->obsolete, &b->obsolete) &&
	    same_list(&a->extra, &b->extra);
}
