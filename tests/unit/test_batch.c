/* Unit tests for the ordered parallel queue (src/batch.c). */
#include "helpers.h"

#include <pthread.h>
#include <time.h>

#include "aftoets/batch.h"

struct item {
	size_t	i;
	size_t	square;
};

struct ctx {
	size_t	next;		/* the index done() expects */
	size_t	errors;
	size_t	sum;
};

static void
work(void *p, size_t i, void *c)
{
	struct item	*it = p;
	struct timespec	 ts = { 0, (long)((i * 7919) % 5) * 100000 };

	(void)c;
	/* Uneven work, so that workers finish out of order. */
	nanosleep(&ts, NULL);
	it->i = i;
	it->square = i * i;
}

static void
done(void *p, size_t i, void *c)
{
	struct item	*it = p;
	struct ctx	*x = c;

	if (it->i != i || i != x->next || it->square != i * i)
		x->errors++;
	x->next++;
	x->sum += it->square;
}

static void
run_with(unsigned jobs, size_t n)
{
	static const struct aft_batch_ops ops = {
		.slot_size = sizeof(struct item),
		.work = work,
		.done = done,
	};
	struct ctx	x = { 0, 0, 0 };
	size_t		want = 0;

	for (size_t i = 0; i < n; i++)
		want += i * i;
	assert_int_equal(aft_batch_run(n, jobs, &ops, &x), AFT_OK);
	assert_int_equal(x.errors, 0);
	assert_int_equal(x.next, n);
	assert_int_equal(x.sum, want);
}

static void
test_order(void **state)
{
	static const unsigned jobs[] = { 1, 2, 3, 8, 64 };

	(void)state;
	for (size_t i = 0; i < NELEM(jobs); i++)
		run_with(jobs[i], 200);
}

static void
test_edges(void **state)
{
	(void)state;
	run_with(4, 0);		/* nothing to do */
	run_with(4, 1);		/* fewer inputs than jobs */
	run_with(1000, 3);	/* more jobs than allowed */
}

/*
 * Slots keep what they hold from one input to the next, and fini() gets
 * every slot of the ring once, at the end, to release it.
 */
struct kept {
	char	*buf;		/* allocated by the first input in the slot */
	size_t	 uses;
};

struct kept_ctx {
	pthread_mutex_t	mu;
	size_t		allocs, finis, uses;
};

static void
kept_work(void *p, size_t i, void *c)
{
	struct kept	*k = p;
	struct kept_ctx	*x = c;

	(void)i;
	if (k->buf == NULL) {
		k->buf = malloc(64);
		pthread_mutex_lock(&x->mu);
		x->allocs++;
		pthread_mutex_unlock(&x->mu);
	}
	k->uses++;
}

static void
kept_done(void *p, size_t i, void *c)
{
	(void)p;
	(void)i;
	(void)c;
}

static void
kept_fini(void *p, void *c)
{
	struct kept	*k = p;
	struct kept_ctx	*x = c;

	x->finis++;
	x->uses += k->uses;
	free(k->buf);
}

static void
test_slot_fini(void **state)
{
	static const struct aft_batch_ops ops = {
		.slot_size = sizeof(struct kept),
		.work = kept_work,
		.done = kept_done,
		.fini = kept_fini,
	};
	static const struct {
		unsigned	jobs;
		size_t		n, slots;
	} t[] = {
		{ 1, 100, 1 },		/* one thread: one slot */
		{ 2, 100, 8 },		/* four slots a thread */
		{ 8, 3, 12 },		/* three threads for three inputs */
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		struct kept_ctx x = { PTHREAD_MUTEX_INITIALIZER, 0, 0, 0 };

		assert_int_equal(aft_batch_run(t[i].n, t[i].jobs, &ops, &x),
		    AFT_OK);
		assert_int_equal(x.finis, t[i].slots);
		assert_int_equal(x.uses, t[i].n);
		assert_true(x.allocs <= t[i].slots);
		pthread_mutex_destroy(&x.mu);
	}
}

/*
 * Streaming: each result goes to done() as soon as it and all before it
 * are done.  Here work on item i waits until done() has taken item
 * i - 1, which only works out when a result is never held back behind
 * another item's work; a wait of more than five seconds fails.
 */
struct chain {
	pthread_mutex_t	mu;
	pthread_cond_t	cv;
	size_t		ndone;
	size_t		late;
};

static void
chain_work(void *p, size_t i, void *c)
{
	struct chain	*x = c;
	struct timespec	 until;

	(void)p;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += 5;
	pthread_mutex_lock(&x->mu);
	/* After one late result the rest are not waited for. */
	while (x->ndone < i && x->late == 0)
		if (pthread_cond_timedwait(&x->cv, &x->mu, &until) != 0) {
			x->late++;
			break;
		}
	pthread_mutex_unlock(&x->mu);
	/* Some work of its own, so that other threads claim more. */
	nanosleep(&(struct timespec){ 0, 1000000 }, NULL);
}

static void
chain_done(void *p, size_t i, void *c)
{
	struct chain *x = c;

	(void)p;
	pthread_mutex_lock(&x->mu);
	if (x->ndone == i)
		x->ndone++;
	pthread_cond_broadcast(&x->cv);
	pthread_mutex_unlock(&x->mu);
}

static void
test_streaming(void **state)
{
	static const struct aft_batch_ops ops = {
		.slot_size = 1,
		.work = chain_work,
		.done = chain_done,
	};
	static const unsigned jobs[] = { 2, 3, 8 };

	(void)state;
	for (size_t k = 0; k < NELEM(jobs); k++) {
		struct chain x;

		memset(&x, 0, sizeof(x));
		pthread_mutex_init(&x.mu, NULL);
		pthread_cond_init(&x.cv, NULL);
		assert_int_equal(aft_batch_run(60, jobs[k], &ops, &x), AFT_OK);
		assert_int_equal(x.late, 0);
		assert_int_equal(x.ndone, 60);
		pthread_cond_destroy(&x.cv);
		pthread_mutex_destroy(&x.mu);
	}
}

static void
test_cpus(void **state)
{
	unsigned n = aft_batch_cpus();

	(void)state;
	assert_true(n >= 1 && n <= 256);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_slot_fini),
		cmocka_unit_test(test_streaming),
		cmocka_unit_test(test_cpus),
	};

	return cmocka_run_group_tests_name("batch", tests, NULL, NULL);
}
