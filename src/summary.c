/* The portfolio summary: statistics kept while a batch is reported. */
#include <stdlib.h>
#include <string.h>

#include "aftoets/common.h"
#include "aftoets/summary.h"

int
aft_summary_init(struct aft_summary *s, const struct aft_catalog *cat)
{
	memset(s, 0, sizeof(*s));
	aft_arena_init(&s->strs);
	s->cat = cat;
	s->principles = calloc(cat->nprinciples ? cat->nprinciples : 1,
	    sizeof(*s->principles));
	s->bands = calloc(cat->nbands + 1, sizeof(*s->bands));
	s->attention = calloc(cat->ncriteria ? cat->ncriteria : 1,
	    sizeof(*s->attention));
	if (s->principles == NULL || s->bands == NULL ||
	    s->attention == NULL) {
		aft_summary_fini(s);
		return AFT_ENOMEM;
	}
	return AFT_OK;
}

static void
stats_fini(struct aft_stats *st)
{
	free(st->v);
	free(st->min_service);
	free(st->min_file);
}

void
aft_summary_fini(struct aft_summary *s)
{
	if (s == NULL)
		return;
	stats_fini(&s->overall);
	if (s->principles != NULL)
		for (size_t i = 0; i < s->cat->nprinciples; i++)
			stats_fini(&s->principles[i]);
	aft_arena_fini(&s->strs);
	free(s->chase);
	free(s->principles);
	free(s->bands);
	free(s->attention);
	memset(s, 0, sizeof(*s));
}

/*
 * Makes *dst, whose room is *cap, hold at least n bytes; the room grows
 * only when n is more than it ever held.  A new lowest score is found
 * again and again in a batch sorted from best to worst, so the copies of
 * its names reuse their memory: a fresh allocation per file, kept past
 * the file, would sit between the parser's buffers and make every parse
 * slower.
 */
static int
room_for(char **dst, size_t *cap, size_t n)
{
	char *d;

	if (n <= *cap)
		return AFT_OK;
	if ((d = realloc(*dst, n)) == NULL)
		return AFT_ENOMEM;
	*dst = d;
	*cap = n;
	return AFT_OK;
}

/*
 * Records the service and file (NULL: "") of a new lowest score; on
 * AFT_ENOMEM the old ones stay, both of them.
 */
static int
keep_lowest(struct aft_stats *st, const char *svc, const char *file)
{
	size_t ns, nf;

	svc = svc != NULL ? svc : "";
	file = file != NULL ? file : "";
	ns = strlen(svc) + 1;
	nf = strlen(file) + 1;
	if (room_for(&st->min_service, &st->min_service_cap, ns) != AFT_OK ||
	    room_for(&st->min_file, &st->min_file_cap, nf) != AFT_OK)
		return AFT_ENOMEM;
	memcpy(st->min_service, svc, ns);
	memcpy(st->min_file, file, nf);
	return AFT_OK;
}

/* A copy of p (NULL: "") that lasts as long as the summary. */
static char *
dup_or_empty(struct aft_summary *s, const char *p)
{
	return aft_arena_strdup(&s->strs, p != NULL ? p : "");
}

static int
stats_add(struct aft_stats *st, double v, const struct aft_result *r)
{
	if (st->n == st->cap) {
		size_t	 cap = st->cap ? st->cap * 2 : 64;
		double	*nv = realloc(st->v, cap * sizeof(*nv));

		if (nv == NULL)
			return AFT_ENOMEM;
		st->v = nv;
		st->cap = cap;
	}
	if (st->n == 0 || v < st->v[st->min_at]) {
		if (keep_lowest(st, r->ans->service.name, r->ans->file) !=
		    AFT_OK)
			return AFT_ENOMEM;
		st->min_at = st->n;
	}
	st->v[st->n++] = v;
	st->sum += v;
	return AFT_OK;
}

int
aft_summary_add(struct aft_summary *s, const struct aft_result *r)
{
	int rc = AFT_OK;

	s->count++;
	s->sig[r->sig.significant]++;
	if (r->overall.set) {
		s->bands[r->band]++;
		rc |= stats_add(&s->overall, r->overall.v, r);
	} else
		s->bands[s->cat->nbands]++;
	for (size_t i = 0; i < r->npr; i++) {
		const struct aft_principle_result *pr = &r->pr[i];

		if (pr->score.set)
			rc |= stats_add(&s->principles[i], pr->score.v, r);
		for (size_t j = 0; j < pr->nattention; j++)
			s->attention[pr->crit[pr->attention[j]].c->index]++;
	}
	if (r->sig.significant == AFT_YES && r->answered < r->total) {
		struct aft_chase *c;

		if (s->nchase == s->capchase) {
			size_t cap = s->capchase ? s->capchase * 2 : 16;

			c = realloc(s->chase, cap * sizeof(*c));
			if (c == NULL) {
				s->oom = 1;
				return AFT_ENOMEM;
			}
			s->chase = c;
			s->capchase = cap;
		}
		c = &s->chase[s->nchase];
		c->file = dup_or_empty(s, r->ans->file);
		c->service = dup_or_empty(s, r->ans->service.name);
		c->answered = r->answered;
		c->total = r->total;
		if (c->file == NULL || c->service == NULL)
			rc = AFT_ENOMEM;
		else
			s->nchase++;
	}
	if (rc != AFT_OK) {
		s->oom = 1;
		return AFT_ENOMEM;
	}
	return AFT_OK;
}

void
aft_summary_fail(struct aft_summary *s)
{
	s->failed++;
}

bool
aft_stats_mean(const struct aft_stats *st, double *out)
{
	if (st->n == 0)
		return false;
	*out = st->sum / (double)st->n;
	return true;
}

/*
 * Moves the k-th smallest of v[0..n) to v[k], the smaller ones before
 * it and the larger after it (Hoare's selection, with the median of
 * three as pivot): linear on average, where sorting a batch's scores
 * took most of the summary's time.
 */
static void
select_kth(double *v, size_t n, size_t k)
{
	size_t lo = 0, hi = n - 1;

	while (lo < hi) {
		size_t	mid = lo + (hi - lo) / 2, i = lo, j = hi;
		double	a = v[lo], b = v[mid], c = v[hi], p;

		p = a < b ? (b < c ? b : a < c ? c : a) :
		    (a < c ? a : b < c ? c : b);
		while (i <= j) {
			double t;

			while (v[i] < p)
				i++;
			while (v[j] > p)
				j--;
			if (i > j)
				break;
			t = v[i];
			v[i] = v[j];
			v[j] = t;
			i++;
			if (j == 0)
				break;
			j--;
		}
		/* Now v[lo..j] <= p <= v[i..hi], and i > j. */
		if (k <= j)
			hi = j;
		else if (k >= i)
			lo = i;
		else
			return;		/* between them: equal to p */
	}
}

bool
aft_stats_median(const struct aft_stats *st, double *out)
{
	double	*v, m;
	size_t	 k = st->n / 2;

	if (st->n == 0)
		return false;
	if ((v = malloc(st->n * sizeof(*v))) == NULL)
		return false;
	memcpy(v, st->v, st->n * sizeof(*v));
	select_kth(v, st->n, k);
	m = v[k];
	if (st->n % 2 == 0) {
		/* The other middle one: the largest of those before it. */
		double lower = v[0];

		for (size_t i = 1; i < k; i++)
			if (v[i] > lower)
				lower = v[i];
		m = (lower + m) / 2.0;
	}
	*out = m;
	free(v);
	return true;
}

size_t
aft_summary_top(const struct aft_summary *s, size_t *idx, size_t max)
{
	size_t k = 0;

	/* A selection by insertion: max is small (ten). */
	for (size_t i = 0; i < s->cat->ncriteria; i++) {
		size_t c = s->attention[i], j;

		if (c == 0)
			continue;
		for (j = k; j > 0 && s->attention[idx[j - 1]] < c; j--)
			if (j < max)
				idx[j] = idx[j - 1];
		if (j < max) {
			idx[j] = i;
			if (k < max)
				k++;
		}
	}
	return k;
}
