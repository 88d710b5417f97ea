/*
 * Comparing two assessments: what changed, per principle and per
 * criterion; and two folders of them, service by service.
 */
#include <stdlib.h>
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

/* Portfolios: two folders of assessments. */

int
aft_svc_summarize(struct aft_svc *out, const struct aft_result *res,
    const char *path, struct aft_arena *a)
{
	memset(out, 0, sizeof(*out));
	if ((out->path = aft_arena_strdup(a, path)) == NULL ||
	    (out->pr = aft_arena_calloc(a, res->npr ? res->npr : 1,
	    sizeof(*out->pr))) == NULL)
		return AFT_ENOMEM;
	if (res->ans->service.name != NULL &&
	    (out->name = aft_arena_strdup(a, res->ans->service.name)) == NULL)
		return AFT_ENOMEM;
	out->scored = true;
	out->significant = res->sig.significant;
	out->overall.score = res->overall;
	out->overall.band = res->band;
	for (size_t i = 0; i < res->npr; i++) {
		out->pr[i].score = res->pr[i].score;
		out->pr[i].band = res->pr[i].band;
	}
	return AFT_OK;
}

static int
by_path(const void *a, const void *b)
{
	return strcmp(((const struct aft_svc *)a)->path,
	    ((const struct aft_svc *)b)->path);
}

static int
by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/*
 * The mean and median of principle p (the overall score when p is npr)
 * over the n services of v, using buf (n doubles) to sort.
 */
static void
stats(struct aft_opt *mean, struct aft_opt *median, const struct aft_svc *v,
    size_t n, size_t p, size_t npr, double *buf)
{
	size_t	k = 0;
	double	sum = 0;

	for (size_t i = 0; i < n; i++) {
		const struct aft_opt *o;

		if (!v[i].scored)
			continue;
		o = p < npr ? &v[i].pr[p].score : &v[i].overall.score;
		if (o->set) {
			buf[k++] = o->v;
			sum += o->v;
		}
	}
	mean->set = median->set = k > 0;
	if (k == 0)
		return;
	mean->v = sum / (double)k;
	qsort(buf, k, sizeof(*buf), by_value);
	median->v = k % 2 ? buf[k / 2] : (buf[k / 2 - 1] + buf[k / 2]) / 2;
}

static void
pstats(struct aft_pstats *out, const struct aft_svc *old, size_t nold,
    const struct aft_svc *new, size_t nnew, size_t p, size_t npr,
    double *buf)
{
	struct aft_opt om, od, nm, nd;

	stats(&om, &od, old, nold, p, npr, buf);
	stats(&nm, &nd, new, nnew, p, npr, buf);
	out->mean = delta(om, nm);
	out->median = delta(od, nd);
}

static struct aft_svc_delta
svc_delta(const struct aft_pscore *o, const struct aft_pscore *n)
{
	struct aft_svc_delta d;

	d.d = delta(o->score, n->score);
	d.old_band = o->band;
	d.new_band = n->band;
	return d;
}

/* Fills in what became of the service paired in ch. */
static int
pair(struct aft_svc_change *ch, size_t npr, struct aft_arena *a)
{
	bool up = false;

	if ((ch->pr = aft_arena_calloc(a, npr ? npr : 1, sizeof(*ch->pr))) ==
	    NULL)
		return AFT_ENOMEM;
	ch->overall = svc_delta(&ch->old->overall, &ch->new->overall);
	for (size_t i = 0; i < npr; i++) {
		ch->pr[i] = svc_delta(&ch->old->pr[i], &ch->new->pr[i]);
		if (ch->pr[i].d.delta.set && ch->pr[i].d.delta.v < 0)
			ch->regressed = true;
		if (ch->pr[i].d.delta.set && ch->pr[i].d.delta.v > 0)
			up = true;
	}
	ch->improved = !ch->regressed && up;
	ch->newly_significant = ch->old->significant != AFT_YES &&
	    ch->new->significant == AFT_YES;
	return AFT_OK;
}

int
aft_compare_portfolio(struct aft_portfolio_change **out,
    const struct aft_catalog *cat, struct aft_svc *old, size_t nold,
    struct aft_svc *new, size_t nnew, struct aft_arena *a)
{
	struct aft_portfolio_change	*pc;
	size_t				 npr = cat->nprinciples, i = 0, j = 0;
	double				*buf;
	int				 rc = AFT_ENOMEM;

	*out = NULL;
	if ((pc = aft_arena_alloc(a, sizeof(*pc))) == NULL)
		return AFT_ENOMEM;
	pc->cat = cat;
	for (size_t k = 0; k < nold; k++)
		pc->nold += old[k].scored;
	for (size_t k = 0; k < nnew; k++)
		pc->nnew += new[k].scored;
	if (nold > 0)
		qsort(old, nold, sizeof(*old), by_path);
	if (nnew > 0)
		qsort(new, nnew, sizeof(*new), by_path);
	pc->paired = aft_arena_calloc(a, (nold < nnew ? nold : nnew) + 1,
	    sizeof(*pc->paired));
	pc->added = aft_arena_calloc(a, nnew + 1, sizeof(*pc->added));
	pc->removed = aft_arena_calloc(a, nold + 1, sizeof(*pc->removed));
	pc->pr = aft_arena_calloc(a, npr ? npr : 1, sizeof(*pc->pr));
	if (pc->paired == NULL || pc->added == NULL || pc->removed == NULL ||
	    pc->pr == NULL)
		return AFT_ENOMEM;
	while (i < nold || j < nnew) {
		int c = i == nold ? 1 : j == nnew ? -1 :
		    strcmp(old[i].path, new[j].path);

		if ((c <= 0 && !old[i].scored) || (c >= 0 && !new[j].scored)) {
			/* Not scored on one side: named apart, never paired. */
			pc->nunscored++;
			i += c <= 0;
			j += c >= 0;
		} else if (c < 0)
			pc->removed[pc->nremoved++] = &old[i++];
		else if (c > 0)
			pc->added[pc->nadded++] = &new[j++];
		else {
			struct aft_svc_change *ch = &pc->paired[pc->npaired++];

			ch->old = &old[i++];
			ch->new = &new[j++];
			if (pair(ch, npr, a) != AFT_OK)
				return AFT_ENOMEM;
			pc->nimproved += ch->improved;
			pc->nregressed += ch->regressed;
			pc->nnewly_significant += ch->newly_significant;
		}
	}
	pc->regression = pc->nregressed > 0;
	if ((buf = malloc((nold > nnew ? nold : nnew) * sizeof(*buf) + 1)) ==
	    NULL)
		goto done;
	for (size_t p = 0; p <= npr; p++)
		pstats(p < npr ? &pc->pr[p] : &pc->overall, old, nold, new,
		    nnew, p, npr, buf);
	free(buf);
	*out = pc;
	rc = AFT_OK;
done:
	return rc;
}
