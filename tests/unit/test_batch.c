/* Unit tests for the ordered parallel queue (src/batch.c). */
#include "helpers.h"

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
		cmocka_unit_test(test_cpus),
	};

	return cmocka_run_group_tests_name("batch", tests, NULL, NULL);
}
