/* Comparing two assessments: what changed, per principle and per criterion. */
#include <string.h>

#include "aftoets/compare.h"

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
