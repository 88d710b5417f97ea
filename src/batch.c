/*
 * A small ordered work queue over POSIX threads.  Workers claim input
 * indices in order and fill the slot of index i % nslots; the calling
 * thread waits for each index in turn and hands it to done().  A worker
 * does not run further ahead than the ring allows, which bounds memory.
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
	pthread_mutex_t			 mu;
	pthread_cond_t			 work_cv;	/* a slot came free */
	pthread_cond_t			 done_cv;	/* a slot was filled */
};

static void *
slot(struct batch *b, size_t i)
{
	return b->slots + (i % b->nslots) * b->ops->slot_size;
}

static void *
worker(void *arg)
{
	struct batch *b = arg;

	pthread_mutex_lock(&b->mu);
	for (;;) {
		size_t i;

		while (b->next < b->n && b->next >= b->taken + b->nslots)
			pthread_cond_wait(&b->work_cv, &b->mu);
		if (b->next >= b->n)
			break;
		i = b->next++;
		pthread_mutex_unlock(&b->mu);
		b->ops->work(slot(b, i), i, b->ctx);
		pthread_mutex_lock(&b->mu);
		b->ready[i % b->nslots] = true;
		pthread_cond_broadcast(&b->done_cv);
	}
	pthread_mutex_unlock(&b->mu);
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
	tids = calloc(jobs, sizeof(*tids));
	if (b.slots == NULL || b.ready == NULL || tids == NULL) {
		free(b.slots);
		free(b.ready);
		free(tids);
		return AFT_ENOMEM;
	}
	pthread_mutex_init(&b.mu, NULL);
	pthread_cond_init(&b.work_cv, NULL);
	pthread_cond_init(&b.done_cv, NULL);
	for (unsigned t = 0; t < jobs; t++)
		if (pthread_create(&tids[started], NULL, worker, &b) == 0)
			started++;
	if (started == 0) {
		/* No thread could start: do the work here, in order. */
		for (size_t i = 0; i < n; i++) {
			ops->work(slot(&b, 0), i, ctx);
			ops->done(slot(&b, 0), i, ctx);
		}
		b.next = b.taken = n;
	}
	for (size_t i = b.taken; i < n; i++) {
		pthread_mutex_lock(&b.mu);
		while (!b.ready[i % b.nslots])
			pthread_cond_wait(&b.done_cv, &b.mu);
		pthread_mutex_unlock(&b.mu);
		ops->done(slot(&b, i), i, ctx);
		pthread_mutex_lock(&b.mu);
		b.ready[i % b.nslots] = false;
		b.taken = i + 1;
		pthread_cond_broadcast(&b.work_cv);
		pthread_mutex_unlock(&b.mu);
	}
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
