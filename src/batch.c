/*
 * A small ordered work queue over POSIX threads.  The calling thread and
 * jobs - 1 workers claim input indices in order and fill the slot of
 * index i % nslots.  Whichever thread fills the slot that is next in
 * order also hands it, and every filled slot after it, to done(), one
 * thread at a time: a result goes out as soon as it and all before it
 * are done, and no thread exists only to write.  Nobody runs further
 * ahead than the ring allows, which bounds memory.
 *
 * Threads wait only when the ring is full, and wake each other only when
 * someone is known to wait, so that on as many cores as jobs nothing is
 * switched out for bookkeeping.
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
	bool				 handing;	/* a thread is in done */
	unsigned			 idle;		/* threads waiting */
	pthread_mutex_t			 mu;
	pthread_cond_t			 cv;		/* taken moved on */
};

static void *
slot(struct batch *b, size_t i)
{
	return b->slots + (i % b->nslots) * b->ops->slot_size;
}

/*
 * Hands the filled slots from taken on to done(), in order, unless
 * another thread is doing so; that one then sees these too, as it looks
 * again after each.  With b->mu held.
 */
static void
hand_on(struct batch *b)
{
	size_t moved = 0;

	if (b->handing)
		return;
	b->handing = true;
	while (b->taken < b->n && b->ready[b->taken % b->nslots]) {
		size_t i = b->taken;

		pthread_mutex_unlock(&b->mu);
		b->ops->done(slot(b, i), i, b->ctx);
		pthread_mutex_lock(&b->mu);
		b->ready[i % b->nslots] = false;
		b->taken = i + 1;
		moved++;
	}
	b->handing = false;
	/* Room in the ring, or the end: tell whoever waits for it. */
	if (moved > 0 && b->idle > 0)
		pthread_cond_broadcast(&b->cv);
}

/*
 * The share of every thread, the caller's included: claims indices in
 * order while the ring has room, works them, and hands on what is ready.
 * The caller stays until everything is handed on.
 */
static void
share(struct batch *b, bool caller)
{
	pthread_mutex_lock(&b->mu);
	for (;;) {
		if (b->next < b->n && b->next < b->taken + b->nslots) {
			size_t i = b->next++;

			pthread_mutex_unlock(&b->mu);
			b->ops->work(slot(b, i), i, b->ctx);
			pthread_mutex_lock(&b->mu);
			b->ready[i % b->nslots] = true;
			hand_on(b);
			continue;
		}
		if (b->taken >= b->n || (b->next >= b->n && !caller))
			break;
		b->idle++;
		pthread_cond_wait(&b->cv, &b->mu);
		b->idle--;
	}
	pthread_mutex_unlock(&b->mu);
}

static void *
worker(void *arg)
{
	share(arg, false);
	return NULL;
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
		/*
		 * One slot, each input worked and done in turn.  Working a
		 * group of inputs before writing their reports counted
		 * fewer cache misses under cachegrind, but ran about 5%
		 * slower on real hardware (docs/performance.md), probably
		 * because a group's trees were out of the first-level cache
		 * by the time their reports were written.
		 */
		void *s = calloc(1, ops->slot_size);

		if (s == NULL)
			return AFT_ENOMEM;
		for (size_t i = 0; i < n; i++) {
			ops->work(s, i, ctx);
			ops->done(s, i, ctx);
		}
		if (ops->fini != NULL)
			ops->fini(s, ctx);
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
	pthread_cond_init(&b.cv, NULL);
	/* Threads that cannot start leave their share to the others. */
	for (unsigned t = 0; t + 1 < jobs; t++)
		if (pthread_create(&tids[started], NULL, worker, &b) == 0)
			started++;
	share(&b, true);
	for (unsigned t = 0; t < started; t++)
		pthread_join(tids[t], NULL);
	pthread_cond_destroy(&b.cv);
	pthread_mutex_destroy(&b.mu);
	if (ops->fini != NULL)
		for (size_t i = 0; i < b.nslots; i++)
			ops->fini(slot(&b, i), ctx);
	free(tids);
	free(b.ready);
	free(b.slots);
	return AFT_OK;
}
