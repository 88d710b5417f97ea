/*
 * Unit tests for file stamps (src/util/stamp.c) and the lock beside a
 * file (src/util/lock.c).
 */
#include "helpers.h"

#include <sys/stat.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "aftoets/lock.h"
#include "aftoets/stamp.h"

static char root[64];

static void
path_of(char *path, size_t size, const char *rel)
{
	snprintf(path, size, "%s/%s", root, rel);
}

/* Writes s to rel in place, as an editor that does not rename would. */
static void
put(const char *rel, const char *s)
{
	char	 path[128];
	FILE	*fp;

	path_of(path, sizeof(path), rel);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(s, fp);
	assert_int_equal(fclose(fp), 0);
}

static int
setup(void **state)
{
	(void)state;
	snprintf(root, sizeof(root), "/tmp/aftoets-stamp-XXXXXX");
	return mkdtemp(root) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
	return system(cmd) == 0 ? 0 : -1;
}

static void
test_hash(void **state)
{
	/* FNV-1a 64's published values. */
	static const struct { const char *in; uint64_t h; } tab[] = {
		{ "",		0xcbf29ce484222325ULL },
		{ "a",		0xaf63dc4c8601ec8cULL },
		{ "foobar",	0x85944171f73967e8ULL },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(tab); i++)
		assert_true(aft_stamp_hash(tab[i].in, strlen(tab[i].in)) ==
		    tab[i].h);
}

static void
test_read_and_compare(void **state)
{
	struct aft_stamp	 was, now;
	struct timespec		 old[2] = { { 1000000, 5 }, { 1000000, 5 } };
	char			 path[128], moved[128], *buf;
	size_t			 len;

	(void)state;
	put("a.yaml", "level: volledig\n");
	path_of(path, sizeof(path), "a.yaml");
	assert_int_equal(aft_stamp_read(&was, &buf, &len, path, 1024), 0);
	assert_true(was.exists);
	assert_int_equal(len, 16);
	assert_string_equal(buf, "level: volledig\n");
	assert_true(was.hash == aft_stamp_hash(buf, len));
	free(buf);

	/* Read again untouched: the same. */
	assert_int_equal(aft_stamp_read(&now, &buf, &len, path, 1024), 0);
	free(buf);
	assert_int_equal(aft_stamp_cmp(&was, &now), AFT_STAMP_SAME);

	/* Another time, the same bytes: touched, not changed. */
	assert_int_equal(utimensat(AT_FDCWD, path, old, 0), 0);
	assert_int_equal(aft_stamp_read(&now, &buf, &len, path, 1024), 0);
	free(buf);
	assert_int_equal(aft_stamp_cmp(&was, &now), AFT_STAMP_TOUCHED);

	/*
	 * The same size and the same time, other bytes: only the hash
	 * sees it.
	 */
	put("a.yaml", "level: beperkt!\n");
	assert_int_equal(utimensat(AT_FDCWD, path, old, 0), 0);
	was = now;
	assert_int_equal(aft_stamp_read(&now, &buf, &len, path, 1024), 0);
	free(buf);
	assert_true(now.size == was.size);
	assert_int_equal(aft_stamp_cmp(&was, &now), AFT_STAMP_CHANGED);

	/* Replaced by a rename: another inode, the same bytes. */
	was = now;
	put("b.yaml", "level: beperkt!\n");
	path_of(moved, sizeof(moved), "b.yaml");
	assert_int_equal(rename(moved, path), 0);
	assert_int_equal(aft_stamp_read(&now, &buf, &len, path, 1024), 0);
	free(buf);
	assert_int_equal(aft_stamp_cmp(&was, &now), AFT_STAMP_TOUCHED);

	/* Removed. */
	was = now;
	assert_int_equal(unlink(path), 0);
	assert_int_equal(aft_stamp_read(&now, &buf, &len, path, 1024), 0);
	assert_null(buf);
	assert_false(now.exists);
	assert_int_equal(aft_stamp_cmp(&was, &now), AFT_STAMP_GONE);
	/* And made again. */
	put("a.yaml", "x\n");
	was = now;
	assert_int_equal(aft_stamp_read(&now, &buf, &len, path, 1024), 0);
	free(buf);
	assert_int_equal(aft_stamp_cmp(&was, &now), AFT_STAMP_CHANGED);
}

static void
test_read_refuses(void **state)
{
	struct aft_stamp	 s;
	char			 path[128], *buf = NULL;
	size_t			 len;

	(void)state;
	put("big.yaml", "0123456789");
	path_of(path, sizeof(path), "big.yaml");
	errno = 0;
	assert_int_equal(aft_stamp_read(&s, &buf, &len, path, 9), -1);
	assert_int_equal(errno, EFBIG);
	assert_null(buf);
	assert_int_equal(aft_stamp_read(&s, &buf, &len, path, 10), 0);
	assert_int_equal(len, 10);
	free(buf);
	errno = 0;
	assert_int_equal(aft_stamp_read(&s, &buf, &len, root, 10), -1);
	assert_int_equal(errno, EINVAL);
	/* A FIFO neither hangs nor counts as a file. */
	path_of(path, sizeof(path), "fifo");
	assert_int_equal(mkfifo(path, 0600), 0);
	errno = 0;
	assert_int_equal(aft_stamp_read(&s, &buf, &len, path, 10), -1);
	assert_int_equal(errno, EINVAL);
}

static void
test_lock(void **state)
{
	struct aft_lock	 a, b;
	struct stat	 st;
	char		 path[128], *name;

	(void)state;
	path_of(path, sizeof(path), "c.yaml");
	name = aft_lock_name(path);
	assert_non_null(name);
	assert_true(strlen(name) > strlen(root));
	assert_string_equal(name + strlen(root), "/.c.yaml.lock");
	free(name);
	name = aft_lock_name("c.yaml");
	assert_string_equal(name, ".c.yaml.lock");
	free(name);

	assert_int_equal(aft_lock_take(&a, path, 0), 0);
	assert_int_equal(stat(a.path, &st), 0);
	/* Held: a second taker waits its time, then gives up. */
	errno = 0;
	assert_int_equal(aft_lock_take(&b, path, 50), -1);
	assert_int_equal(errno, EWOULDBLOCK);
	assert_int_equal(b.fd, -1);
	assert_null(b.path);
	aft_lock_release(&a);
	/* Let go: the lock file is gone, and the lock can be taken. */
	path_of(path, sizeof(path), ".c.yaml.lock");
	assert_int_equal(stat(path, &st), -1);
	path_of(path, sizeof(path), "c.yaml");
	assert_int_equal(aft_lock_take(&b, path, 0), 0);
	aft_lock_release(&b);
	aft_lock_release(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hash),
		cmocka_unit_test(test_read_and_compare),
		cmocka_unit_test(test_read_refuses),
		cmocka_unit_test(test_lock),
	};

	return cmocka_run_group_tests_name("stamp", tests, setup, teardown);
}
