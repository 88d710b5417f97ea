/*
 * JSON documents in the shapes of SPEC section 6, built with jansson.  The
 * assessment is described once, in calls to the JSON writer (jsonw.h),
 * which gives it as a jansson tree or streams it as text for jsonl; the
 * catalog too, which the page of `aftoets form` writes as text.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/gate.h"
#include "aftoets/json.h"
#include "util/jsonw.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "report/jsondoc.h"
#include "util/utf8.h"

/* Sets key to v, taking v's reference; returns -1 when v is NULL. */
static int
set(json_t *o, const char *key, json_t *v)
{
	return json_object_set_new(o, key, v);
}

static json_t *
str_or_null(const char *s)
{
	return aft_json_string(s);
}

json_t *
aft_json_score(bool is_set, double v)
{
	return is_set ? json_real(aft_round1(v)) : json_null();
}

/* A score rounded for reports, or null. */
static void
put_score(struct aft_jw *w, const char *key, bool is_set, double v)
{
	if (is_set)
		aft_jw_real(w, key, aft_round1(v));
	else
		aft_jw_null(w, key);
}

static void
put_tri(struct aft_jw *w, const char *key, enum aft_tri t)
{
	if (t == AFT_UNKNOWN)
		aft_jw_null(w, key);
	else
		aft_jw_bool(w, key, t == AFT_YES);
}

static void
put_significance(struct aft_jw *w, const char *key,
    const struct aft_significance *s, const struct aft_catalog *cat,
    const struct aft_service *svc, enum aft_lang lang)
{
	char reason[600];

	aft_fmt_reason(reason, sizeof(reason), s, cat, svc, lang);
	aft_jw_object(w, key);
	put_tri(w, "significant", s->significant);
	put_tri(w, "budget_exceeds", s->budget_exceeds);
	put_tri(w, "users_exceeds", s->users_exceeds);
	aft_jw_string(w, "reason", reason);
	aft_jw_end(w);
}

/* Finishes the tree a writer built; NULL when out of memory. */
static json_t *
tree(struct aft_jw *w)
{
	json_t *t = aft_jw_tree(w);

	aft_jw_fini(w);
	return t;
}

json_t *
aft_json_significance(const struct aft_significance *s,
    const struct aft_catalog *cat, const struct aft_service *svc,
    enum aft_lang lang)
{
	struct aft_jw w;

	aft_jw_init(&w, true);
	put_significance(&w, NULL, s, cat, svc, lang);
	return tree(&w);
}

static void
string_list(struct aft_jw *w, const char *key,
    const struct aft_principle_result *pr, const size_t *idx, size_t n)
{
	aft_jw_array(w, key);
	for (size_t i = 0; i < n; i++)
		aft_jw_string(w, NULL, pr->crit[idx[i]].c->id);
	aft_jw_end(w);
}

static const char *
status_name(enum aft_status s)
{
	return s == AFT_ANSWERED ? "answered" : s == AFT_NVT ? "nvt" :
	    "unanswered";
}

static void
criterion_result(struct aft_jw *w, const struct aft_result *r,
    const struct aft_crit_result *cr)
{
	aft_jw_object(w, NULL);
	aft_jw_string(w, "id", cr->c->id);
	aft_jw_string(w, "kind", cr->c->kind == AFT_KIND_USER ? "user" :
	    "inclusion");
	aft_jw_number(w, "weight", cr->c->weight);
	aft_jw_string(w, "status", status_name(cr->status));
	aft_jw_string(w, "level", cr->status == AFT_ANSWERED ?
	    r->cat->levels[cr->a->level].id : NULL);
	put_score(w, "score", cr->status != AFT_NVT, 100.0 * cr->f);
	put_score(w, "gain", cr->status != AFT_NVT, cr->gain);
	aft_jw_end(w);
}

static void
principle_result(struct aft_jw *w, const struct aft_result *r,
    const struct aft_principle_result *pr, enum aft_lang lang)
{
	aft_jw_object(w, NULL);
	aft_jw_string(w, "id", pr->p->id);
	aft_jw_string(w, "title", pr->p->title.s[lang]);
	put_score(w, "score", pr->score.set, pr->score.v);
	aft_jw_string(w, "band", pr->score.set ?
	    r->cat->bands[pr->band].id : NULL);
	put_score(w, "user_score", pr->user.set, pr->user.v);
	put_score(w, "inclusion_score", pr->inclusion.set, pr->inclusion.v);
	aft_jw_int(w, "applicable", (long long)pr->applicable);
	aft_jw_int(w, "answered", (long long)pr->answered);
	string_list(w, "strengths", pr, pr->strengths, pr->nstrengths);
	string_list(w, "attention", pr, pr->attention, pr->nattention);
	aft_jw_array(w, "criteria");
	for (size_t i = 0; i < pr->ncrit; i++)
		criterion_result(w, r, &pr->crit[i]);
	aft_jw_end(w);
	aft_jw_end(w);
}

/* A gate's value: a count as a number, a score as a real; or null. */
static void
gate_value(struct aft_jw *w, const char *key, bool is_set, bool count,
    double v)
{
	if (!is_set)
		aft_jw_null(w, key);
	else if (count)
		aft_jw_number(w, key, v);
	else
		aft_jw_real(w, key, v);
}

/* The gates judged, when any were given: see docs/output-formats.md. */
static void
gates(struct aft_jw *w, const struct aft_result *r)
{
	aft_jw_array(w, "gates");
	for (size_t i = 0; i < r->ngates; i++) {
		const struct aft_gate_result	*gr = &r->gates[i];
		bool				 count;

		count = gr->gate.kind == AFT_GATE_COMPLETE;
		aft_jw_object(w, NULL);
		aft_jw_string(w, "gate", aft_gate_name(&gr->gate));
		aft_jw_string(w, "principle", gr->gate.kind ==
		    AFT_GATE_PRINCIPLE ? gr->gate.p->id : NULL);
		gate_value(w, "threshold", true, count, gr->threshold);
		gate_value(w, "actual", gr->actual.set, count, gr->actual.v);
		aft_jw_bool(w, "passed", gr->passed);
		gate_value(w, "missed_by", gr->missed_by.set, count,
		    gr->missed_by.v);
		aft_jw_end(w);
	}
	aft_jw_end(w);
}

static const char *
replaced_status(enum aft_replaced_how how)
{
	return how == AFT_REPLACED_OWN ? "own_answer" :
	    how == AFT_REPLACED_EARLIER ? "earlier_answer" : "counted";
}

/*
 * The answers given under replaced ids, when there are any: see
 * docs/output-formats.md.
 */
static void
replaced(struct aft_jw *w, const struct aft_result *r, enum aft_lang lang)
{
	char note[1024];

	aft_jw_array(w, "replaced");
	for (size_t i = 0; i < r->ans->nreplaced; i++) {
		const struct aft_replaced *v = &r->ans->replaced[i];

		aft_jw_object(w, NULL);
		aft_jw_string(w, "id", v->id);
		aft_jw_string(w, "successor", v->successor->id);
		aft_jw_bool(w, "counted", v->how == AFT_REPLACED_COUNTS);
		aft_jw_string(w, "status", replaced_status(v->how));
		aft_jw_string(w, "earlier", v->earlier);
		aft_jw_int(w, "line", (long long)v->loc.line);
		aft_jw_int(w, "column", (long long)v->loc.col);
		aft_jw_string(w, "note", aft_fmt_replaced(note, sizeof(note),
		    v, r->cat, lang));
		aft_jw_end(w);
	}
	aft_jw_end(w);
}

void
aft_json_result_write(struct aft_jw *w, const struct aft_result *r,
    enum aft_lang lang)
{
	const struct aft_service *s = &r->ans->service;

	aft_jw_object(w, NULL);
	aft_jw_string(w, "file", r->ans->file);
	aft_jw_object(w, "catalog");
	aft_jw_string(w, "id", r->cat->id);
	aft_jw_string(w, "version", r->cat->version);
	aft_jw_string(w, "notice", aft_text_given(&r->cat->notice) ?
	    r->cat->notice.s[lang] : NULL);
	aft_jw_end(w);
	aft_jw_object(w, "service");
	aft_jw_string(w, "name", s->name);
	aft_jw_string(w, "organisation", s->organisation);
	aft_jw_string(w, "type", s->type == AFT_STYPE_NIEUW ? "nieuw" :
	    s->type == AFT_STYPE_HERWERKING ? "herwerking" : NULL);
	if (s->has_budget)
		aft_jw_number(w, "budget_eur", s->budget_eur);
	else
		aft_jw_null(w, "budget_eur");
	if (s->has_users)
		aft_jw_number(w, "users", s->users);
	else
		aft_jw_null(w, "users");
	aft_jw_end(w);
	put_significance(w, "significance", &r->sig, r->cat, s, lang);
	aft_jw_object(w, "overall");
	put_score(w, "score", r->overall.set, r->overall.v);
	aft_jw_string(w, "band", r->overall.set ?
	    r->cat->bands[r->band].id : NULL);
	aft_jw_end(w);
	aft_jw_object(w, "completeness");
	aft_jw_int(w, "answered", (long long)r->answered);
	aft_jw_int(w, "total", (long long)r->total);
	aft_jw_array(w, "unanswered");
	for (size_t i = 0; i < r->cat->ncriteria; i++)
		if (r->ans->answers[i].status == AFT_UNANSWERED)
			aft_jw_string(w, NULL, r->cat->all[i]->id);
	aft_jw_end(w);
	aft_jw_end(w);
	aft_jw_array(w, "principles");
	for (size_t i = 0; i < r->npr; i++)
		principle_result(w, r, &r->pr[i], lang);
	aft_jw_end(w);
	if (r->ans->nreplaced > 0)
		replaced(w, r, lang);
	if (r->ngates > 0)
		gates(w, r);
	aft_jw_end(w);
}

json_t *
aft_json_result(const struct aft_result *r, enum aft_lang lang)
{
	struct aft_jw w;

	aft_jw_init(&w, true);
	aft_json_result_write(&w, r, lang);
	return tree(&w);
}

/* An optional text: null when the catalog has none. */
static const char *
given(const struct aft_text *t, enum aft_lang lang)
{
	return aft_text_given(t) ? t->s[lang] : NULL;
}

/* A criterion of the catalog document. */
static void
criterion(struct aft_jw *w, const struct aft_catalog *c,
    const struct aft_criterion *cr, enum aft_lang lang)
{
	aft_jw_object(w, NULL);
	aft_jw_string(w, "id", cr->id);
	aft_jw_string(w, "kind", cr->kind == AFT_KIND_USER ? "user" :
	    "inclusion");
	aft_jw_number(w, "weight", cr->weight);
	aft_jw_string(w, "text", cr->text.s[lang]);
	aft_jw_string(w, "guidance", cr->guidance.s[lang]);
	/* The levels in practice, in scale order; null when there are none. */
	if (cr->npractice == 0)
		aft_jw_null(w, "practice");
	else {
		aft_jw_array(w, "practice");
		for (size_t i = 0; i < cr->npractice; i++) {
			const struct aft_practice *p = &cr->practice[i];

			aft_jw_object(w, NULL);
			aft_jw_string(w, "level", c->levels[p->level].id);
			aft_jw_string(w, "text", p->text.s[lang]);
			aft_jw_end(w);
		}
		aft_jw_end(w);
	}
	aft_jw_string(w, "evidence", given(&cr->evidence, lang));
	aft_jw_string(w, "pitfall", given(&cr->pitfall, lang));
	aft_jw_end(w);
}

void
aft_json_catalog_members(struct aft_jw *w, const struct aft_catalog *c,
    enum aft_lang lang)
{
	aft_jw_object(w, "catalog");
	aft_jw_string(w, "id", c->id);
	aft_jw_string(w, "version", c->version);
	aft_jw_string(w, "title", c->title.s[lang]);
	aft_jw_string(w, "notice", given(&c->notice, lang));
	aft_jw_end(w);
	aft_jw_object(w, "threshold");
	aft_jw_number(w, "budget_eur", c->threshold_budget);
	aft_jw_number(w, "users", c->threshold_users);
	aft_jw_end(w);
	aft_jw_object(w, "scale");
	aft_jw_array(w, "levels");
	for (size_t i = 0; i < c->nlevels; i++) {
		const struct aft_level *l = &c->levels[i];

		aft_jw_object(w, NULL);
		aft_jw_string(w, "id", l->id);
		aft_jw_int(w, "points", l->points);
		aft_jw_string(w, "label", l->label.s[lang]);
		aft_jw_array(w, "aliases");
		for (size_t j = 0; j < l->naliases; j++)
			aft_jw_string(w, NULL, l->aliases[j]);
		aft_jw_end(w);
		aft_jw_end(w);
	}
	aft_jw_end(w);
	aft_jw_string(w, "not_applicable", c->nvt.id);
	aft_jw_end(w);
	aft_jw_array(w, "bands");
	for (size_t i = 0; i < c->nbands; i++) {
		aft_jw_object(w, NULL);
		aft_jw_string(w, "id", c->bands[i].id);
		aft_jw_number(w, "min", c->bands[i].min);
		aft_jw_string(w, "label", c->bands[i].label.s[lang]);
		aft_jw_end(w);
	}
	aft_jw_end(w);
	aft_jw_array(w, "principles");
	for (size_t i = 0; i < c->nprinciples; i++) {
		const struct aft_principle *p = &c->principles[i];

		aft_jw_object(w, NULL);
		aft_jw_string(w, "id", p->id);
		aft_jw_string(w, "title", p->title.s[lang]);
		aft_jw_string(w, "summary", given(&p->summary, lang));
		aft_jw_array(w, "criteria");
		for (size_t j = 0; j < p->ncriteria; j++)
			criterion(w, c, &p->criteria[j], lang);
		aft_jw_end(w);
		aft_jw_end(w);
	}
	aft_jw_end(w);
}

json_t *
aft_json_catalog(const struct aft_catalog *c, enum aft_lang lang)
{
	struct aft_jw w;

	aft_jw_init(&w, true);
	aft_jw_object(&w, NULL);
	aft_json_catalog_members(&w, c, lang);
	aft_jw_end(&w);
	return tree(&w);
}

json_t *
aft_json_diags(const struct aft_diags *d)
{
	json_t *a = json_array();

	for (size_t i = 0; a != NULL && i < d->n; i++) {
		const struct aft_diag	*g = &d->v[i];
		json_t			*o = json_object();

		set(o, "line", g->loc.line ? json_integer(g->loc.line) :
		    json_null());
		set(o, "column", g->loc.col ? json_integer(g->loc.col) :
		    json_null());
		set(o, "severity", json_string(g->sev == AFT_SEV_ERROR ?
		    "error" : "warning"));
		set(o, "message", aft_json_string(g->msg));
		json_array_append_new(a, o);
	}
	return a;
}

/* Adds the statistics of st to o, which may hold fields already. */
static json_t *
stats(json_t *o, const struct aft_stats *st)
{
	double	 v;
	bool	 has;

	if (o == NULL)
		return NULL;
	has = aft_stats_mean(st, &v);
	set(o, "mean", aft_json_score(has, v));
	has = aft_stats_median(st, &v);
	set(o, "median", aft_json_score(has, v));
	set(o, "min", aft_json_score(st->n > 0, st->n ? st->v[st->min_at] : 0));
	set(o, "min_service", str_or_null(st->n ? st->min_service : NULL));
	set(o, "min_file", str_or_null(st->n ? st->min_file : NULL));
	return o;
}

json_t *
aft_json_summary(const struct aft_summary *s, enum aft_lang lang)
{
	const struct aft_catalog	*cat = s->cat;
	json_t				*o = json_object(), *sig, *ps, *bands;
	json_t				*top, *chase;
	size_t				 idx[10], ntop;

	if (o == NULL)
		return NULL;
	set(o, "assessments", json_integer((json_int_t)s->count));
	set(o, "not_scored", json_integer((json_int_t)s->failed));
	sig = json_object();
	set(sig, "significant", json_integer((json_int_t)s->sig[AFT_YES]));
	set(sig, "not_significant", json_integer((json_int_t)s->sig[AFT_NO]));
	set(sig, "unknown", json_integer((json_int_t)s->sig[AFT_UNKNOWN]));
	set(o, "significance", sig);
	set(o, "overall", stats(json_object(), &s->overall));
	ps = json_array();
	for (size_t i = 0; i < cat->nprinciples; i++) {
		json_t *p = json_object();

		set(p, "id", json_string(cat->principles[i].id));
		set(p, "title", json_string(cat->principles[i].title.s[lang]));
		json_array_append_new(ps, stats(p, &s->principles[i]));
	}
	set(o, "principles", ps);
	bands = json_object();
	for (size_t i = 0; i < cat->nbands; i++)
		set(bands, cat->bands[i].id,
		    json_integer((json_int_t)s->bands[i]));
	set(o, "bands", bands);
	set(o, "no_score", json_integer((json_int_t)s->bands[cat->nbands]));
	top = json_array();
	ntop = aft_summary_top(s, idx, 10);
	for (size_t i = 0; i < ntop; i++) {
		json_t *t = json_object();

		set(t, "id", json_string(cat->all[idx[i]]->id));
		set(t, "count", json_integer((json_int_t)s->attention[idx[i]]));
		set(t, "text", json_string(cat->all[idx[i]]->text.s[lang]));
		json_array_append_new(top, t);
	}
	set(o, "top_attention", top);
	chase = json_array();
	for (size_t i = 0; i < s->nchase; i++) {
		json_t *c = json_object();

		set(c, "file", aft_json_string(s->chase[i].file));
		set(c, "service", aft_json_string(s->chase[i].service));
		set(c, "answered", json_integer((json_int_t)s->chase[i].answered));
		set(c, "total", json_integer((json_int_t)s->chase[i].total));
		json_array_append_new(chase, c);
	}
	set(o, "incomplete_significant", chase);
	return o;
}

/*
 * The length of the sequence at s (of n bytes) that must be tamed, or 0.
 * JSON text from jansson holds no raw byte below 0x20.
 */
static size_t
untamed(const unsigned char *s, size_t n)
{
	if (s[0] == 0x7F)
		return 1;
	if (s[0] == 0xC2 && n >= 2 && s[1] >= 0x80 && s[1] <= 0x9F)
		return 2;
	if (s[0] == 0xE2 && n >= 3 && ((s[1] == 0x80 && s[2] >= 0xAA &&
	    s[2] <= 0xAE) || (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)))
		return 3;
	return 0;
}

size_t
aft_json_tame_span(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;

	for (size_t i = 0; i < n; i++)
		if (s[i] >= 0x7F && untamed(s + i, n - i) > 0)
			return i;
	return n;
}

int
aft_json_tame_write(FILE *fp, const char *s, size_t n)
{
	while (n > 0) {
		size_t	run = aft_json_tame_span(s, n), k;
		uint32_t c;

		if (run > 0 && fwrite(s, 1, run, fp) != run)
			return -1;
		s += run;
		n -= run;
		if (n == 0)
			break;
		k = untamed((const unsigned char *)s, n);
		c = k == 1 ? 0x7F : k == 2 ? (uint32_t)(s[1] & 0x3F) | 0x80 :
		    0x2000 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
		if (fprintf(fp, "\\u%04x", (unsigned)c) < 0)
			return -1;
		s += k;
		n -= k;
	}
	return 0;
}

static int
tame_cb(const char *buf, size_t size, void *fp)
{
	/* jansson hands over whole characters: it never cuts a sequence. */
	return aft_json_tame_write(fp, buf, size);
}

int
aft_json_dumpf(const json_t *json, FILE *fp, size_t flags)
{
	return json_dump_callback(json, tame_cb, fp, flags) == 0 &&
	    !ferror(fp) ? 0 : -1;
}

int
aft_json_write_doc(FILE *fp, json_t *doc)
{
	int rc;

	if (doc == NULL)
		return AFT_ENOMEM;
	rc = aft_json_dumpf(doc, fp, AFT_JSON_FLAGS | JSON_INDENT(2));
	json_decref(doc);
	if (fputc('\n', fp) == EOF || rc != 0)
		return AFT_EIO;
	return AFT_OK;
}

/* Criterion c's object of the catalog document, with its principle. */
static json_t *
criterion_doc(const struct aft_catalog *cat, const struct aft_criterion *c,
    enum aft_lang lang)
{
	json_t *all = aft_json_catalog(cat, lang), *ps, *cs, *o = NULL;
	json_t *p;

	if (all == NULL)
		return NULL;
	ps = json_object_get(all, "principles");
	p = json_array_get(ps, c->principle);
	cs = json_object_get(p, "criteria");
	for (size_t i = 0; i < json_array_size(cs); i++) {
		json_t *co = json_array_get(cs, i);

		if (strcmp(json_string_value(json_object_get(co, "id")),
		    c->id) == 0) {
			o = json_incref(co);
			json_object_set_new(o, "principle",
			    json_string(cat->principles[c->principle].id));
			break;
		}
	}
	json_decref(all);
	return o;
}

int
aft_json_write_catalog(FILE *fp, const struct aft_catalog *cat,
    const struct aft_criterion *only, enum aft_lang lang)
{
	return aft_json_write_doc(fp, only != NULL ? criterion_doc(cat, only, lang) :
	    aft_json_catalog(cat, lang));
}

int
aft_json_write_significance(FILE *fp, const struct aft_significance *s,
    const struct aft_catalog *cat, const struct aft_service *svc,
    enum aft_lang lang)
{
	return aft_json_write_doc(fp, aft_json_significance(s, cat, svc, lang));
}
