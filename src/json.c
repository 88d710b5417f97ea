/* JSON documents built with jansson, in the shapes of SPEC section 6. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/gate.h"
#include "aftoets/json.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "utf8.h"

static _Thread_local struct aft_arena	*scratch;
static bool				 installed;

static void *
json_alloc(size_t n)
{
	return scratch != NULL ? aft_arena_raw(scratch, n) : malloc(n);
}

static void
json_release(void *p)
{
	/* Scratch memory goes with its arena. */
	if (scratch == NULL)
		free(p);
}

void
aft_json_setup(void)
{
	json_set_alloc_funcs(json_alloc, json_release);
	installed = true;
}

bool
aft_json_scratch_begin(struct aft_arena *a)
{
	if (!installed)
		return false;
	scratch = a;
	return true;
}

void
aft_json_scratch_end(void)
{
	scratch = NULL;
}

/* Sets key to v, taking v's reference; returns -1 when v is NULL. */
static int
set(json_t *o, const char *key, json_t *v)
{
	return json_object_set_new(o, key, v);
}

json_t *
aft_json_string(const char *s)
{
	json_t	*v;
	char	*fixed;

	if (s == NULL)
		return json_null();
	if ((v = json_string(s)) != NULL || aft_utf8_valid(s))
		return v;
	/* jansson refuses invalid UTF-8; a lossy copy keeps the field. */
	if ((fixed = aft_utf8_lossy(s)) == NULL)
		return NULL;
	v = json_string(fixed);
	free(fixed);
	return v;
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

/* A number as an integer when it is whole, as JSON readers expect. */
static json_t *
number(double v)
{
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		return json_integer((json_int_t)v);
	return json_real(v);
}

static json_t *
tri(enum aft_tri t)
{
	return t == AFT_UNKNOWN ? json_null() : json_boolean(t == AFT_YES);
}

json_t *
aft_json_significance(const struct aft_significance *s,
    const struct aft_catalog *cat, const struct aft_service *svc,
    enum aft_lang lang)
{
	json_t	*o = json_object();
	char	 reason[600];

	if (o == NULL)
		return NULL;
	aft_fmt_reason(reason, sizeof(reason), s, cat, svc, lang);
	set(o, "significant", tri(s->significant));
	set(o, "budget_exceeds", tri(s->budget_exceeds));
	set(o, "users_exceeds", tri(s->users_exceeds));
	set(o, "reason", json_string(reason));
	return o;
}

static json_t *
string_list(const struct aft_principle_result *pr, const size_t *idx,
    size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; a != NULL && i < n; i++)
		json_array_append_new(a, json_string(pr->crit[idx[i]].c->id));
	return a;
}

static const char *
status_name(enum aft_status s)
{
	return s == AFT_ANSWERED ? "answered" : s == AFT_NVT ? "nvt" :
	    "unanswered";
}

static json_t *
criterion_result(const struct aft_result *r, const struct aft_crit_result *cr)
{
	json_t *o = json_object();

	if (o == NULL)
		return NULL;
	set(o, "id", json_string(cr->c->id));
	set(o, "kind", json_string(cr->c->kind == AFT_KIND_USER ? "user" :
	    "inclusion"));
	set(o, "weight", number(cr->c->weight));
	set(o, "status", json_string(status_name(cr->status)));
	set(o, "level", cr->status == AFT_ANSWERED ?
	    json_string(r->cat->levels[cr->a->level].id) : json_null());
	set(o, "score", aft_json_score(cr->status != AFT_NVT, 100.0 * cr->f));
	set(o, "gain", aft_json_score(cr->status != AFT_NVT, cr->gain));
	return o;
}

static json_t *
principle_result(const struct aft_result *r,
    const struct aft_principle_result *pr, enum aft_lang lang)
{
	json_t *o = json_object(), *crit = json_array();

	if (o == NULL || crit == NULL) {
		json_decref(o);
		json_decref(crit);
		return NULL;
	}
	set(o, "id", json_string(pr->p->id));
	set(o, "title", json_string(pr->p->title.s[lang]));
	set(o, "score", aft_json_score(pr->score.set, pr->score.v));
	set(o, "band", pr->score.set ?
	    json_string(r->cat->bands[pr->band].id) : json_null());
	set(o, "user_score", aft_json_score(pr->user.set, pr->user.v));
	set(o, "inclusion_score", aft_json_score(pr->inclusion.set,
	    pr->inclusion.v));
	set(o, "applicable", json_integer((json_int_t)pr->applicable));
	set(o, "answered", json_integer((json_int_t)pr->answered));
	set(o, "strengths", string_list(pr, pr->strengths, pr->nstrengths));
	set(o, "attention", string_list(pr, pr->attention, pr->nattention));
	for (size_t i = 0; i < pr->ncrit; i++)
		json_array_append_new(crit, criterion_result(r, &pr->crit[i]));
	set(o, "criteria", crit);
	return o;
}

/* The gates judged, when any were given: see docs/output-formats.md. */
static json_t *
gates(const struct aft_result *r)
{
	json_t *a = json_array();

	for (size_t i = 0; a != NULL && i < r->ngates; i++) {
		const struct aft_gate_result	*gr = &r->gates[i];
		bool				 count;
		json_t				*o = json_object();

		count = gr->gate.kind == AFT_GATE_COMPLETE;
		set(o, "gate", json_string(aft_gate_name(&gr->gate)));
		set(o, "principle", gr->gate.kind == AFT_GATE_PRINCIPLE ?
		    json_string(gr->gate.p->id) : json_null());
		set(o, "threshold", count ? number(gr->threshold) :
		    json_real(gr->threshold));
		set(o, "actual", !gr->actual.set ? json_null() : count ?
		    number(gr->actual.v) : json_real(gr->actual.v));
		set(o, "passed", json_boolean(gr->passed));
		set(o, "missed_by", !gr->missed_by.set ? json_null() : count ?
		    number(gr->missed_by.v) : json_real(gr->missed_by.v));
		json_array_append_new(a, o);
	}
	return a;
}

json_t *
aft_json_result(const struct aft_result *r, enum aft_lang lang)
{
	const struct aft_service	*s = &r->ans->service;
	json_t				*o, *cat, *svc, *ov, *comp, *un, *ps;

	o = json_object();
	cat = json_object();
	svc = json_object();
	ov = json_object();
	comp = json_object();
	un = json_array();
	ps = json_array();
	if (o == NULL || cat == NULL || svc == NULL || ov == NULL ||
	    comp == NULL || un == NULL || ps == NULL) {
		json_decref(o);
		json_decref(cat);
		json_decref(svc);
		json_decref(ov);
		json_decref(comp);
		json_decref(un);
		json_decref(ps);
		return NULL;
	}
	set(o, "file", aft_json_string(r->ans->file));
	set(cat, "id", json_string(r->cat->id));
	set(cat, "version", json_string(r->cat->version));
	set(o, "catalog", cat);
	set(svc, "name", str_or_null(s->name));
	set(svc, "organisation", str_or_null(s->organisation));
	set(svc, "type", s->type == AFT_STYPE_NIEUW ? json_string("nieuw") :
	    s->type == AFT_STYPE_HERWERKING ? json_string("herwerking") :
	    json_null());
	set(svc, "budget_eur", s->has_budget ? number(s->budget_eur) :
	    json_null());
	set(svc, "users", s->has_users ? number(s->users) : json_null());
	set(o, "service", svc);
	set(o, "significance", aft_json_significance(&r->sig, r->cat, s,
	    lang));
	set(ov, "score", aft_json_score(r->overall.set, r->overall.v));
	set(ov, "band", r->overall.set ?
	    json_string(r->cat->bands[r->band].id) : json_null());
	set(o, "overall", ov);
	set(comp, "answered", json_integer((json_int_t)r->answered));
	set(comp, "total", json_integer((json_int_t)r->total));
	for (size_t i = 0; i < r->cat->ncriteria; i++)
		if (r->ans->answers[i].status == AFT_UNANSWERED)
			json_array_append_new(un,
			    json_string(r->cat->all[i]->id));
	set(comp, "unanswered", un);
	set(o, "completeness", comp);
	for (size_t i = 0; i < r->npr; i++)
		json_array_append_new(ps, principle_result(r, &r->pr[i], lang));
	set(o, "principles", ps);
	if (r->ngates > 0)
		set(o, "gates", gates(r));
	return o;
}

static json_t *
text(const struct aft_text *t, enum aft_lang lang)
{
	return json_string(t->s[lang]);
}

/* An optional text: null when the catalog has none. */
static json_t *
given(const struct aft_text *t, enum aft_lang lang)
{
	return aft_text_given(t) ? text(t, lang) : json_null();
}

/* The levels in practice, in scale order; null when there are none. */
static json_t *
practice(const struct aft_catalog *c, const struct aft_criterion *cr,
    enum aft_lang lang)
{
	json_t *a;

	if (cr->npractice == 0)
		return json_null();
	a = json_array();
	for (size_t i = 0; a != NULL && i < cr->npractice; i++) {
		const struct aft_practice *p = &cr->practice[i];

		json_array_append_new(a, json_pack("{s:s, s:o}", "level",
		    c->levels[p->level].id, "text", text(&p->text, lang)));
	}
	return a;
}

json_t *
aft_json_catalog(const struct aft_catalog *c, enum aft_lang lang)
{
	json_t *o = json_object(), *meta = json_object(), *th = json_object();
	json_t *scale = json_object(), *levels = json_array();
	json_t *bands = json_array(), *ps = json_array();

	if (o == NULL || meta == NULL || th == NULL || scale == NULL ||
	    levels == NULL || bands == NULL || ps == NULL) {
		json_decref(o);
		json_decref(meta);
		json_decref(th);
		json_decref(scale);
		json_decref(levels);
		json_decref(bands);
		json_decref(ps);
		return NULL;
	}
	set(meta, "id", json_string(c->id));
	set(meta, "version", json_string(c->version));
	set(meta, "title", text(&c->title, lang));
	set(o, "catalog", meta);
	set(th, "budget_eur", number(c->threshold_budget));
	set(th, "users", number(c->threshold_users));
	set(o, "threshold", th);
	for (size_t i = 0; i < c->nlevels; i++) {
		json_t *l = json_object(), *al = json_array();

		set(l, "id", json_string(c->levels[i].id));
		set(l, "points", json_integer(c->levels[i].points));
		set(l, "label", text(&c->levels[i].label, lang));
		for (size_t j = 0; j < c->levels[i].naliases; j++)
			json_array_append_new(al,
			    json_string(c->levels[i].aliases[j]));
		set(l, "aliases", al);
		json_array_append_new(levels, l);
	}
	set(scale, "levels", levels);
	set(scale, "not_applicable", str_or_null(c->nvt.id));
	set(o, "scale", scale);
	for (size_t i = 0; i < c->nbands; i++) {
		json_t *b = json_object();

		set(b, "id", json_string(c->bands[i].id));
		set(b, "min", number(c->bands[i].min));
		set(b, "label", text(&c->bands[i].label, lang));
		json_array_append_new(bands, b);
	}
	set(o, "bands", bands);
	for (size_t i = 0; i < c->nprinciples; i++) {
		const struct aft_principle	*p = &c->principles[i];
		json_t				*po = json_object();
		json_t				*cs = json_array();

		set(po, "id", json_string(p->id));
		set(po, "title", text(&p->title, lang));
		for (size_t j = 0; j < p->ncriteria; j++) {
			const struct aft_criterion	*cr = &p->criteria[j];
			json_t				*co = json_object();

			set(co, "id", json_string(cr->id));
			set(co, "kind", json_string(cr->kind ==
			    AFT_KIND_USER ? "user" : "inclusion"));
			set(co, "weight", number(cr->weight));
			set(co, "text", text(&cr->text, lang));
			set(co, "guidance", text(&cr->guidance, lang));
			set(co, "practice", practice(c, cr, lang));
			set(co, "evidence", given(&cr->evidence, lang));
			set(co, "pitfall", given(&cr->pitfall, lang));
			json_array_append_new(cs, co);
		}
		set(po, "criteria", cs);
		json_array_append_new(ps, po);
	}
	set(o, "principles", ps);
	return o;
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
