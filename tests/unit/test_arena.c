/* Unit tests for the bump allocator (src/util/arena.c), reset above all. */
#include "helpers.h"

/* Everything handed out is aligned, and blocks are reused after a reset. */
static void
test_reset_reuses(void **state)
{
	struct aft_arena	 a;
	unsigned char		*p, *q;

	(void)state;
	aft_arena_init(&a);
	p = aft_arena_raw(&a, 100);
	assert_non_null(p);
	assert_int_equal((uintptr_t)p % 16, 0);
	memset(p, 0xAB, 100);
	assert_int_equal(a.used, 112);
	aft_arena_reset(&a, 256 * 1024);
	assert_int_equal(a.used, 0);
	assert_null(a.head);
	assert_non_null(a.spare);
	/* The same block comes back, and alloc() still clears. */
	q = aft_arena_alloc(&a, 100);
	assert_ptr_equal(q, p);
	for (size_t i = 0; i < 100; i++)
		assert_int_equal(q[i], 0);
	assert_null(a.spare);
	aft_arena_fini(&a);
	assert_null(a.head);
	assert_null(a.spare);
}

/* A reset keeps at most keep bytes of blocks; the rest is freed. */
static void
test_reset_keeps_bound(void **state)
{
	struct aft_arena a;

	(void)state;
	aft_arena_init(&a);
	/* Ten blocks of 32 KiB and one of 1 MiB. */
	for (int i = 0; i < 10; i++)
		assert_non_null(aft_arena_raw(&a, 30 * 1024));
	assert_non_null(aft_arena_raw(&a, 1024 * 1024));
	assert_int_equal(aft_arena_spare(&a), 0);
	aft_arena_reset(&a, 100 * 1024);
	/* Three blocks of 32 KiB fit in 100 KiB; the large one does not. */
	assert_int_equal(aft_arena_spare(&a), 3 * 32 * 1024);
	/* Two of them serve the next 60 KiB. */
	assert_non_null(aft_arena_raw(&a, 30 * 1024));
	assert_non_null(aft_arena_raw(&a, 30 * 1024));
	assert_int_equal(aft_arena_spare(&a), 32 * 1024);
	/* A reset frees the spare that was not needed, keeps the two. */
	aft_arena_reset(&a, 100 * 1024);
	assert_int_equal(aft_arena_spare(&a), 2 * 32 * 1024);
	aft_arena_fini(&a);
	assert_int_equal(aft_arena_spare(&a), 0);
}

/* A request larger than a spare block gets a block of its own. */
static void
test_large_after_reset(void **state)
{
	struct aft_arena	 a;
	char			*p, *big;

	(void)state;
	aft_arena_init(&a);
	p = aft_arena_strdup(&a, "kept");
	assert_non_null(p);
	aft_arena_reset(&a, 64 * 1024);
	big = aft_arena_raw(&a, 200 * 1024);
	assert_non_null(big);
	memset(big, 'x', 200 * 1024);
	/* The small spare is still there for the next small request. */
	assert_non_null(a.spare);
	assert_ptr_equal(aft_arena_strdup(&a, "again"), p);
	aft_arena_fini(&a);
}

/* An arena of all zeroes is as good as an initialised one. */
static void
test_zeroed_is_init(void **state)
{
	struct aft_arena a;

	(void)state;
	memset(&a, 0, sizeof(a));
	assert_non_null(aft_arena_printf(&a, "%d-%s", 12, "x"));
	aft_arena_reset(&a, 0);
	assert_null(a.spare);
	aft_arena_fini(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reset_reuses),
		cmocka_unit_test(test_reset_keeps_bound),
		cmocka_unit_test(test_large_after_reset),
		cmocka_unit_test(test_zeroed_is_init),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
