/*
 * Deep copies of results, so that a report can keep assessments after
 * their input's arena is gone.
 */
#include <string.h>

#include "aftoets/gate.h"
#include "keep.h"

void
aft_keep_init(struct aft_keep *k)
{
	memset(k, 0, sizeof(*k));
	aft_arena_init(&k->arena);
}

void
aft_keep_fini(struct aft_keep *k)
{
	if (k == NULL)
		return;
	aft_arena_fini(&k->arena);
	memset(k, 0, sizeof(*k));
}

/* Copies a string that may be NULL; sets *ok to false when memory runs out. */
static const char *
dup_opt(struct aft_arena *a, const char *s, bool *ok)
{
	char *p;

	if (s == NULL)
		return NULL;
	if ((p = aft_arena_strdup(a, s)) == NULL)
		*ok = false;
	return p;
}

static struct aft_answers *
answers_dup(const struct aft_answers *src, struct aft_arena *a)
{
	struct aft_answers	*ans;
	struct aft_service	*s;
	size_t			 n = src->cat->ncriteria;
	bool			 ok = true;

	if ((ans = aft_arena_alloc(a, sizeof(*ans))) == NULL)
		return NULL;
	*ans = *src;
	s = &ans->service;
	ans->file = dup_opt(a, src->file, &ok);
	s->name = dup_opt(a, src->service.name, &ok);
	s->organisation = dup_opt(a, src->service.organisation, &ok);
	s->contact = dup_opt(a, src->service.contact, &ok);
	s->assessed_on = dup_opt(a, src->service.assessed_on, &ok);
	s->assessor = dup_opt(a, src->service.assessor, &ok);
	if ((ans->answers = aft_arena_calloc(a, n, sizeof(ans->answers[0]))) ==
	    NULL)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		struct aft_answer *an = &ans->answers[i];

		*an = src->answers[i];
		an->loc.file = ans->file;
		an->motivation = dup_opt(a, src->answers[i].motivation, &ok);
		an->actions = dup_opt(a, src->answers[i].actions, &ok);
	}
	/* Their ids are the catalog's, which outlives the copy. */
	if (src->nreplaced > 0 && (ans->replaced = aft_arena_calloc(a,
	    src->nreplaced, sizeof(ans->replaced[0]))) == NULL)
		return NULL;
	for (size_t i = 0; i < src->nreplaced; i++) {
		ans->replaced[i] = src->replaced[i];
		ans->replaced[i].loc.file = ans->file;
	}
	return ok ? ans : NULL;
}

static size_t *
index_dup(const size_t *v, size_t n, struct aft_arena *a)
{
	size_t *p;

	if (n == 0)
		return NULL;
	if ((p = aft_arena_calloc(a, n, sizeof(*p))) != NULL)
		memcpy(p, v, n * sizeof(*p));
	return p;
}

int
aft_result_dup(struct aft_result **out, const struct aft_result *src,
    struct aft_arena *a)
{
	struct aft_result *r;

	*out = NULL;
	if ((r = aft_arena_alloc(a, sizeof(*r))) == NULL)
		return AFT_ENOMEM;
	*r = *src;
	if ((r->ans = answers_dup(src->ans, a)) == NULL)
		return AFT_ENOMEM;
	if ((r->pr = aft_arena_calloc(a, src->npr, sizeof(r->pr[0]))) ==
	    NULL && src->npr > 0)
		return AFT_ENOMEM;
	for (size_t i = 0; i < src->npr; i++) {
		const struct aft_principle_result	*sp = &src->pr[i];
		struct aft_principle_result		*p = &r->pr[i];

		*p = *sp;
		p->crit = aft_arena_calloc(a, sp->ncrit, sizeof(p->crit[0]));
		p->strengths = index_dup(sp->strengths, sp->nstrengths, a);
		p->attention = index_dup(sp->attention, sp->nattention, a);
		if ((p->crit == NULL && sp->ncrit > 0) ||
		    (p->strengths == NULL && sp->nstrengths > 0) ||
		    (p->attention == NULL && sp->nattention > 0))
			return AFT_ENOMEM;
		for (size_t j = 0; j < sp->ncrit; j++) {
			p->crit[j] = sp->crit[j];
			/* The answer now lives in the copied answers. */
			p->crit[j].a = &r->ans->answers[sp->crit[j].c->index];
		}
	}
	if (src->ngates > 0) {
		struct aft_gate_result *g;

		if ((g = aft_arena_calloc(a, src->ngates, sizeof(*g))) == NULL)
			return AFT_ENOMEM;
		memcpy(g, src->gates, src->ngates * sizeof(*g));
		r->gates = g;
	}
	*out = r;
	return AFT_OK;
}

int
aft_keep_result(struct aft_keep *k, const struct aft_result *res)
{
	struct aft_kept		*node;
	struct aft_result	*copy;

	if ((node = aft_arena_alloc(&k->arena, sizeof(*node))) == NULL ||
	    aft_result_dup(&copy, res, &k->arena) != AFT_OK)
		return AFT_ENOMEM;
	node->res = copy;
	if (k->tail != NULL)
		k->tail->next = node;
	else
		k->head = node;
	k->tail = node;
	k->n++;
	return AFT_OK;
}

int
aft_keep_row(struct aft_keep *k, const struct aft_result *res,
    const char *href)
{
	struct aft_arena	*a = &k->arena;
	const struct aft_service *s = &res->ans->service;
	struct aft_row		*w;
	bool			 ok = true;

	if ((w = aft_arena_calloc(a, 1, sizeof(*w))) == NULL)
		return AFT_ENOMEM;
	w->name = dup_opt(a, s->name, &ok);
	w->org = dup_opt(a, s->organisation, &ok);
	w->file = dup_opt(a, res->ans->file, &ok);
	w->href = dup_opt(a, href, &ok);
	w->sig = res->sig.significant;
	w->overall = res->overall;
	w->band = res->band;
	w->npr = res->npr;
	w->answered = res->answered;
	w->total = res->total;
	if (res->npr > 0 && ((w->score = aft_arena_calloc(a, res->npr,
	    sizeof(w->score[0]))) == NULL || (w->pband = aft_arena_calloc(a,
	    res->npr, sizeof(w->pband[0]))) == NULL))
		ok = false;
	if (!ok)
		return AFT_ENOMEM;
	for (size_t i = 0; i < res->npr; i++) {
		w->score[i] = res->pr[i].score;
		w->pband[i] = res->pr[i].band;
	}
	if (k->rtail != NULL)
		k->rtail->next = w;
	else
		k->rhead = w;
	k->rtail = w;
	k->nrows++;
	return AFT_OK;
}

int
aft_keep_fail(struct aft_keep *k, const char *file,
    const struct aft_diags *d, size_t maxdiags)
{
	struct aft_kept_fail	*f;
	size_t			 n = 0;

	if ((f = aft_arena_alloc(&k->arena, sizeof(*f))) == NULL ||
	    (f->file = aft_arena_strdup(&k->arena, file)) == NULL)
		return AFT_ENOMEM;
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].sev == AFT_SEV_ERROR)
			n++;
	if (n > maxdiags)
		n = maxdiags;
	if (n > 0 && (f->diags = aft_arena_calloc(&k->arena, n,
	    sizeof(f->diags[0]))) == NULL)
		return AFT_ENOMEM;
	for (size_t i = 0; i < d->n && f->ndiags < n; i++) {
		struct aft_diag *g = &f->diags[f->ndiags];

		if (d->v[i].sev != AFT_SEV_ERROR)
			continue;
		g->sev = AFT_SEV_ERROR;
		g->loc = d->v[i].loc;
		g->loc.file = f->file;
		if ((g->msg = aft_arena_strdup(&k->arena, d->v[i].msg)) ==
		    NULL)
			return AFT_ENOMEM;
		f->ndiags++;
	}
	f->nerr = d->nerr;
	if (k->ftail != NULL)
		k->ftail->next = f;
	else
		k->fhead = f;
	k->ftail = f;
	k->nfail++;
	return AFT_OK;
}
