/* Scoring (SPEC section 4): group scores, bands, strengths, attention. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/score.h"

/* The principle result whose attention list is being sorted. */
static int
by_gain(const void *a, const void *b, void *ctx)
{
	const struct aft_crit_result	*cr = ctx;
	size_t				 i = *(const size_t *)a;
	size_t				 j = *(const size_t *)b;

	if (cr[i].gain != cr[j].gain)
		return cr[i].gain > cr[j].gain ? -1 : 1;
	return i < j ? -1 : i > j;
}

/* A stable insertion sort with a context: lists are a few items long. */
static void
sort_idx(size_t *v, size_t n, void *ctx)
{
	for (size_t i = 1; i < n; i++) {
		size_t t = v[i], j = i;

		while (j > 0 && by_gain(&v[j - 1], &t, ctx) > 0) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = t;
	}
}

static struct aft_opt
ratio(double num, double den)
{
	struct aft_opt o = { false, 0 };

	if (den > 0) {
		o.set = true;
		o.v = 100.0 * num / den;
	}
	return o;
}

static int
score_principle(struct aft_principle_result *pr,
    const struct aft_catalog *cat, const struct aft_answers *ans,
    struct aft_arena *arena)
{
	const struct aft_principle	*p = pr->p;
	double				 num[2] = { 0, 0 }, den[2] = { 0, 0 };

	pr->ncrit = p->ncriteria;
	pr->crit = aft_arena_calloc(arena, p->ncriteria, sizeof(*pr->crit));
	pr->strengths = aft_arena_calloc(arena, p->ncriteria, sizeof(size_t));
	pr->attention = aft_arena_calloc(arena, p->ncriteria, sizeof(size_t));
	if (pr->crit == NULL || pr->strengths == NULL || pr->attention == NULL)
		return AFT_ENOMEM;
	for (size_t i = 0; i < p->ncriteria; i++) {
		const struct aft_criterion	*c = &p->criteria[i];
		const struct aft_answer		*a = &ans->answers[c->index];
		struct aft_crit_result		*cr = &pr->crit[i];

		cr->c = c;
		cr->a = a;
		cr->status = a->status;
		if (a->status == AFT_NVT) {
			pr->nvt++;
			continue;
		}
		if (a->status == AFT_ANSWERED) {
			cr->f = (double)cat->levels[a->level].points /
			    cat->max_points;
			pr->answered++;
		}
		pr->applicable++;
		num[c->kind] += c->weight * cr->f;
		den[c->kind] += c->weight;
	}
	pr->user = ratio(num[AFT_KIND_USER], den[AFT_KIND_USER]);
	pr->inclusion = ratio(num[AFT_KIND_INCLUSION], den[AFT_KIND_INCLUSION]);
	pr->score = ratio(num[0] + num[1], den[0] + den[1]);
	if (pr->score.set)
		pr->band = aft_catalog_band(cat, pr->score.v);
	for (size_t i = 0; i < p->ncriteria; i++) {
		struct aft_crit_result *cr = &pr->crit[i];

		if (cr->status == AFT_NVT)
			continue;
		cr->gain = 100.0 * cr->c->weight * (1.0 - cr->f) /
		    (den[0] + den[1]);
		if (cr->status == AFT_ANSWERED && cr->f == 1.0) {
			cr->strength = true;
			pr->strengths[pr->nstrengths++] = i;
		}
		if (cr->f < 0.5) {
			cr->attention = true;
			pr->attention[pr->nattention++] = i;
		}
	}
	sort_idx(pr->attention, pr->nattention, pr->crit);
	return AFT_OK;
}

int
aft_score(struct aft_result **out, const struct aft_catalog *cat,
    const struct aft_answers *ans, struct aft_arena *arena)
{
	struct aft_result	*r;
	double			 sum = 0;
	size_t			 n = 0;

	*out = NULL;
	if ((r = aft_arena_alloc(arena, sizeof(*r))) == NULL)
		return AFT_ENOMEM;
	r->cat = cat;
	r->ans = ans;
	r->npr = cat->nprinciples;
	r->total = cat->ncriteria;
	r->pr = aft_arena_calloc(arena, r->npr, sizeof(*r->pr));
	if (r->pr == NULL)
		return AFT_ENOMEM;
	aft_significance(&r->sig, cat, &ans->service);
	for (size_t i = 0; i < r->npr; i++) {
		struct aft_principle_result *pr = &r->pr[i];

		pr->p = &cat->principles[i];
		if (score_principle(pr, cat, ans, arena) != AFT_OK)
			return AFT_ENOMEM;
		r->answered += pr->answered + pr->nvt;
		if (pr->score.set) {
			sum += pr->score.v;
			n++;
		}
	}
	if (n > 0) {
		r->overall.set = true;
		r->overall.v = sum / (double)n;
		r->band = aft_catalog_band(cat, r->overall.v);
	}
	*out = r;
	return AFT_OK;
}
