/*
 * A small ordered work queue over POSIX threads.  The calling thread and
 * jobs - 1 workers claim input indices in order and fill the slot of
 * index i % nslots.  The calling thread also hands the filled slots to
 * done() in index order, between its own pieces of work.  Nobody runs
 * further ahead than the ring allows, which bounds memory.
 *
 * Threads wake each other only when someone is known to wait: the caller
 * when the slot it needs next is filled, a worker when a slot comes free.
 * On a machine with as many cores as jobs, nothing then waits in the
 * ordinary case, and no thread is switched out for bookkeeping.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/batch.h"
#include "aftoets/common.h"

#define SLOTS_PER_JOB	4
#define MAX_JOBS	256

struct batch {
	const struct aft_batch_ops	*ops;
	void				*ctx;
	size_t				 n, nslots;
	unsigned char			*slots;
	bool				*ready;
	size_t				 next;		/* next index to claim */
	size_t				 taken;		/* indices handed to done */
	unsigned			 idle;		/* workers waiting */
	bool				 caller_waits;	/* for slot taken */
	pthread_mutex_t			 mu;
	pthread_cond_t			 work_cv;	/* a slot came free */
	pthread_cond_t			 done_cv;	/* slot taken was filled */
};

static void *
slot(struct batch *b, size_t i)
{
	return b->slots + (i % b->nslots) * b->ops->slot_size;
}

/* Whether an index may be claimed now; with b->mu held. */
static bool
claimable(const struct batch *b)
{
	return b->next < b->n && b->next < b->taken + b->nslots;
}

/* Claims the next index, works it and marks it filled; with b->mu held. */
static void
claim_and_work(struct batch *b)
{
	size_t i = b->next++;

	pthread_mutex_unlock(&b->mu);
	b->ops->work(slot(b, i), i, b->ctx);
	pthread_mutex_lock(&b->mu);
	b->ready[i % b->nslots] = true;
	if (b->caller_waits && i == b->taken)
		pthread_cond_signal(&b->done_cv);
}

static void *
worker(void *arg)
{
	struct batch *b = arg;

	pthread_mutex_lock(&b->mu);
	for (;;) {
		while (b->next < b->n && !claimable(b)) {
			b->idle++;
			pthread_cond_wait(&b->work_cv, &b->mu);
			b->idle--;
		}
		if (b->next >= b->n)
			break;
		claim_and_work(b);
	}
	pthread_mutex_unlock(&b->mu);
	return NULL;
}

/*
 * The calling thread's share: hands every filled slot on in order, works
 * an index itself when it has nothing to hand on, and waits only when
 * the ring is full and its oldest slot still being worked.
 */
static void
caller(struct batch *b)
{
	pthread_mutex_lock(&b->mu);
	while (b->taken < b->n) {
		size_t i = b->taken;

		if (b->ready[i % b->nslots]) {
			pthread_mutex_unlock(&b->mu);
			b->ops->done(slot(b, i), i, b->ctx);
			pthread_mutex_lock(&b->mu);
			b->ready[i % b->nslots] = false;
			b->taken = i + 1;
			if (b->idle > 0)
				pthread_cond_signal(&b->work_cv);
		} else if (claimable(b)) {
			claim_and_work(b);
		} else {
			b->caller_waits = true;
			pthread_cond_wait(&b->done_cv, &b->mu);
			b->caller_waits = false;
		}
	}
	/* Every index is claimed: let the waiting workers see it. */
	pthread_cond_broadcast(&b->work_cv);
	pthread_mutex_unlock(&b->mu);
}

unsigned
aft_batch_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (unsigned)n;
}

int
aft_batch_run(size_t n, unsigned jobs, const struct aft_batch_ops *ops,
    void *ctx)
{
	struct batch	 b;
	pthread_t	*tids;
	unsigned	 started = 0;

	if (jobs > MAX_JOBS)
		jobs = MAX_JOBS;
	if (jobs > n)
		jobs = (unsigned)n;
	if (jobs <= 1) {
		void *s = calloc(1, ops->slot_size);

		if (s == NULL)
			return AFT_ENOMEM;
		for (size_t i = 0; i < n; i++) {
			ops->work(s, i, ctx);
			ops->done(s, i, ctx);
		}
		free(s);
		return AFT_OK;
	}
	memset(&b, 0, sizeof(b));
	b.ops = ops;
	b.ctx = ctx;
	b.n = n;
	b.nslots = (size_t)jobs * SLOTS_PER_JOB;
	b.slots = calloc(b.nslots, ops->slot_size);
	b.ready = calloc(b.nslots, sizeof(*b.ready));
	tids = calloc(jobs - 1, sizeof(*tids));
	if (b.slots == NULL || b.ready == NULL || tids == NULL) {
		free(b.slots);
		free(b.ready);
		free(tids);
		return AFT_ENOMEM;
	}
	pthread_mutex_init(&b.mu, NULL);
	pthread_cond_init(&b.work_cv, NULL);
	pthread_cond_init(&b.done_cv, NULL);
	/* Threads that cannot start leave their share to the others. */
	for (unsigned t = 0; t + 1 < jobs; t++)
		if (pthread_create(&tids[started], NULL, worker, &b) == 0)
			started++;
	caller(&b);
	for (unsigned t = 0; t < started; t++)
		pthread_join(tids[t], NULL);
	pthread_cond_destroy(&b.done_cv);
	pthread_cond_destroy(&b.work_cv);
	pthread_mutex_destroy(&b.mu);
	free(tids);
	free(b.ready);
	free(b.slots);
	return AFT_OK;
}
