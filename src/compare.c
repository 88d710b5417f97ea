/* Comparing two assessments: the changes, and their JSON document. */
#include <string.h>

#include "aftoets/compare.h"
#include "aftoets/json.h"

static const char *const change_names[AFT_NCHANGES] = {
	[AFT_CH_UNCHANGED]	= "unchanged",
	[AFT_CH_IMPROVED]	= "improved",
	[AFT_CH_REGRESSED]	= "regressed",
	[AFT_CH_ADDED]		= "added",
	[AFT_CH_REMOVED]	= "removed",
	[AFT_CH_APPLICABILITY]	= "applicability",
};

const char *
aft_change_name(enum aft_change c)
{
	return (unsigned)c < AFT_NCHANGES ? change_names[c] : "?";
}

static struct aft_delta
delta(struct aft_opt old, struct aft_opt new)
{
	struct aft_delta d = { old, new, { false, 0 } };

	if (old.set && new.set) {
		d.delta.set = true;
		/* The shown scores' difference, so the reports agree. */
		d.delta.v = aft_round1(aft_round1(new.v) - aft_round1(old.v));
	}
	return d;
}

static enum aft_change
classify(const struct aft_crit_result *o, const struct aft_crit_result *n)
{
	if (o->status == n->status) {
		if (o->status != AFT_ANSWERED || o->f == n->f)
			return AFT_CH_UNCHANGED;
		return n->f > o->f ? AFT_CH_IMPROVED : AFT_CH_REGRESSED;
	}
	if (o->status == AFT_UNANSWERED)
		return AFT_CH_ADDED;
	if (n->status == AFT_UNANSWERED)
		return AFT_CH_REMOVED;
	return AFT_CH_APPLICABILITY;
}

int
aft_compare(struct aft_comparison **out, const struct aft_result *old,
    const struct aft_result *new, struct aft_arena *a)
{
	struct aft_comparison	*c;
	size_t			 k = 0;

	*out = NULL;
	if ((c = aft_arena_alloc(a, sizeof(*c))) == NULL)
		return AFT_ENOMEM;
	c->old = old;
	c->new = new;
	c->overall = delta(old->overall, new->overall);
	c->npc = old->npr;
	c->ncc = old->total;
	c->pc = aft_arena_calloc(a, c->npc ? c->npc : 1, sizeof(*c->pc));
	c->cc = aft_arena_calloc(a, c->ncc ? c->ncc : 1, sizeof(*c->cc));
	if (c->pc == NULL || c->cc == NULL)
		return AFT_ENOMEM;
	for (size_t i = 0; i < c->npc; i++) {
		const struct aft_principle_result	*po = &old->pr[i];
		const struct aft_principle_result	*pn = &new->pr[i];
		struct aft_principle_change		*pc = &c->pc[i];

		pc->p = po->p;
		pc->old = po;
		pc->new = pn;
		pc->score = delta(po->score, pn->score);
		pc->regressed = pc->score.delta.set && pc->score.delta.v < 0;
		if (pc->regressed)
			c->regression = true;
		for (size_t j = 0; j < po->ncrit; j++) {
			struct aft_crit_change *cc = &c->cc[k++];

			cc->c = po->crit[j].c;
			cc->old = &po->crit[j];
			cc->new = &pn->crit[j];
			cc->change = classify(cc->old, cc->new);
			cc->resolved = cc->old->attention &&
			    !cc->new->attention;
			cc->new_attention = !cc->old->attention &&
			    cc->new->attention;
			c->count[cc->change]++;
			c->nresolved += cc->resolved;
			c->nnew_attention += cc->new_attention;
		}
	}
	c->ncc = k;
	*out = c;
	return AFT_OK;
}

/* JSON. */

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

static json_t *
side(const struct aft_result *r)
{
	json_t *o = json_object(), *ov = json_object();

	if (o == NULL || ov == NULL) {
		json_decref(o);
		json_decref(ov);
		return NULL;
	}
	set(o, "file", aft_json_string(r->ans->file));
	set(o, "service", str_or_null(r->ans->service.name));
	set(o, "assessed_on", str_or_null(r->ans->service.assessed_on));
	set(ov, "score", aft_json_score(r->overall.set, r->overall.v));
	set(ov, "band", r->overall.set ? json_string(r->cat->bands[r->band].id) :
	    json_null());
	set(o, "overall", ov);
	set(o, "answered", json_integer((json_int_t)r->answered));
	set(o, "total", json_integer((json_int_t)r->total));
	return o;
}

static json_t *
delta_json(const struct aft_delta *d)
{
	json_t *o = json_object();

	if (o == NULL)
		return NULL;
	set(o, "old", aft_json_score(d->old.set, d->old.v));
	set(o, "new", aft_json_score(d->new.set, d->new.v));
	set(o, "delta", d->delta.set ? json_real(d->delta.v) : json_null());
	return o;
}

static const char *
status_name(enum aft_status s)
{
	return s == AFT_ANSWERED ? "answered" : s == AFT_NVT ? "nvt" :
	    "unanswered";
}

static json_t *
level_json(const struct aft_catalog *cat, const struct aft_crit_result *cr)
{
	return cr->status == AFT_ANSWERED ?
	    json_string(cat->levels[cr->a->level].id) : json_null();
}

json_t *
aft_json_compare(const struct aft_comparison *c, enum aft_lang lang)
{
	const struct aft_catalog	*cat = c->old->cat;
	json_t				*o, *ps, *cs, *sum, *att, *res, *nw;

	o = json_object();
	ps = json_array();
	cs = json_array();
	sum = json_object();
	att = json_object();
	res = json_array();
	nw = json_array();
	if (o == NULL || ps == NULL || cs == NULL || sum == NULL ||
	    att == NULL || res == NULL || nw == NULL) {
		json_decref(o);
		json_decref(ps);
		json_decref(cs);
		json_decref(sum);
		json_decref(att);
		json_decref(res);
		json_decref(nw);
		return NULL;
	}
	set(o, "catalog", json_pack("{s:s, s:s}", "id", cat->id, "version",
	    cat->version));
	set(o, "old", side(c->old));
	set(o, "new", side(c->new));
	set(o, "overall", delta_json(&c->overall));
	set(o, "regression", json_boolean(c->regression));
	for (size_t i = 0; i < c->npc; i++) {
		const struct aft_principle_change	*pc = &c->pc[i];
		json_t					*p = delta_json(&pc->score);

		if (p == NULL)
			continue;
		json_object_set_new(p, "old_band", pc->score.old.set ?
		    json_string(cat->bands[pc->old->band].id) : json_null());
		json_object_set_new(p, "new_band", pc->score.new.set ?
		    json_string(cat->bands[pc->new->band].id) : json_null());
		json_object_set_new(p, "regressed",
		    json_boolean(pc->regressed));
		/* id and title first, as in the score report. */
		{
			json_t *q = json_object();

			set(q, "id", json_string(pc->p->id));
			set(q, "title", json_string(pc->p->title.s[lang]));
			json_object_update(q, p);
			json_decref(p);
			json_array_append_new(ps, q);
		}
	}
	set(o, "principles", ps);
	for (int k = 0; k < AFT_NCHANGES; k++)
		set(sum, change_names[k], json_integer((json_int_t)c->count[k]));
	set(sum, "resolved", json_integer((json_int_t)c->nresolved));
	set(sum, "new_attention", json_integer((json_int_t)c->nnew_attention));
	set(o, "summary", sum);
	for (size_t i = 0; i < c->ncc; i++) {
		const struct aft_crit_change	*cc = &c->cc[i];
		json_t				*x = json_object();

		set(x, "id", json_string(cc->c->id));
		set(x, "principle", json_string(cat->principles[
		    cc->c->principle].id));
		set(x, "change", json_string(change_names[cc->change]));
		set(x, "old_status", json_string(status_name(cc->old->status)));
		set(x, "old_level", level_json(cat, cc->old));
		set(x, "new_status", json_string(status_name(cc->new->status)));
		set(x, "new_level", level_json(cat, cc->new));
		json_array_append_new(cs, x);
		if (cc->resolved)
			json_array_append_new(res, json_string(cc->c->id));
		if (cc->new_attention)
			json_array_append_new(nw, json_string(cc->c->id));
	}
	set(o, "criteria", cs);
	set(att, "resolved", res);
	set(att, "new", nw);
	set(o, "attention", att);
	return o;
}
