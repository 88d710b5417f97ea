/*
 * Reading inputs (src/util/input.c): what is not a regular file is refused
 * with a message saying what it is, at once, and size limits hold.
 */
#include "helpers.h"

#include <sys/stat.h>

#include <unistd.h>

#include "aftoets/input.h"

static char	dir[64];

static int
setup_dir(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/aftoets-paths-XXXXXX");
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int
teardown_dir(void **state)
{
	static const char *const names[] = { "fifo", "a", "b", "big.yaml",
	    "ok.yaml", "sub" };
	char p[128];

	(void)state;
	for (size_t i = 0; i < NELEM(names); i++) {
		snprintf(p, sizeof(p), "%s/%s", dir, names[i]);
		if (unlink(p) != 0)
			rmdir(p);
	}
	return rmdir(dir);
}

/* Reads path and expects status rc and, unless NULL, message msg. */
static void
expect(const char *name, int rc, const char *msg)
{
	struct aft_diags	 d;
	char			 p[128], *buf = (char *)"untouched";
	size_t			 len = 1;

	snprintf(p, sizeof(p), "%s/%s", dir, name);
	aft_diags_init(&d, AFT_LANG_EN);
	assert_rc(&d, aft_input_read(&buf, &len, p, p, 64, &d), rc);
	if (rc == AFT_OK) {
		assert_int_equal(d.n, 0);
		free(buf);
	} else {
		assert_null(buf);
		assert_int_equal(len, 0);
		assert_int_equal(d.nerr, 1);
		assert_error_at(&d, 0, 0, msg);
		assert_string_equal(d.v[0].loc.file, p);
	}
	aft_diags_fini(&d);
}

static void
put(const char *name, const char *text)
{
	char	 p[128];
	FILE	*fp;

	snprintf(p, sizeof(p), "%s/%s", dir, name);
	assert_non_null(fp = fopen(p, "w"));
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

static void
test_regular(void **state)
{
	(void)state;
	put("ok.yaml", "a: 1\n");
	expect("ok.yaml", AFT_OK, NULL);
	put("big.yaml", "a: 0123456789012345678901234567890123456789"
	    "0123456789012345678901234567890123456789\n");
	expect("big.yaml", AFT_ELIMIT,
	    "file is larger than 64 bytes; raise the limit with --max-size");
	expect("nope.yaml", AFT_EIO, "no such file or folder");
	expect("ok.yaml/x", AFT_EIO, "no such file or folder");
}

static void
test_not_regular(void **state)
{
	char p[128];

	(void)state;
	snprintf(p, sizeof(p), "%s/fifo", dir);
	assert_int_equal(mkfifo(p, 0600), 0);
	/* No writer: an open without O_NONBLOCK would wait forever. */
	expect("fifo", AFT_EIO, "is a named pipe (FIFO)");
	snprintf(p, sizeof(p), "%s/sub", dir);
	assert_int_equal(mkdir(p, 0700), 0);
	expect("sub", AFT_EIO, "is a folder, not a file");
}

static void
test_links(void **state)
{
	char p[128], q[128];

	(void)state;
	snprintf(p, sizeof(p), "%s/a", dir);
	snprintf(q, sizeof(q), "%s/b", dir);
	assert_int_equal(symlink(q, p), 0);
	assert_int_equal(symlink(p, q), 0);
	expect("a", AFT_EIO, "too many symbolic links (a loop?)");
}

static void
test_devices(void **state)
{
	struct aft_diags	 d;
	char			*buf;
	size_t			 len;

	(void)state;
	aft_diags_init(&d, AFT_LANG_NL);
	assert_rc(&d, aft_input_read(&buf, &len, "/dev/zero", "/dev/zero",
	    AFT_INPUT_MAX, &d), AFT_EIO);
	assert_error_at(&d, 0, 0, "is een apparaat, geen gewoon bestand");
	aft_diags_clear(&d);
	assert_rc(&d, aft_input_read(&buf, &len, "/dev/null", "/dev/null",
	    AFT_INPUT_MAX, &d), AFT_EIO);
	assert_error_at(&d, 0, 0, "is een apparaat");
	aft_diags_clear(&d);
	assert_rc(&d, aft_input_read(&buf, &len, "", "", AFT_INPUT_MAX, &d),
	    AFT_EIO);
	assert_string_equal(d.v[0].loc.file, "''");
	aft_diags_fini(&d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_regular),
		cmocka_unit_test(test_not_regular),
		cmocka_unit_test(test_links),
		cmocka_unit_test(test_devices),
	};

	return cmocka_run_group_tests_name("paths", tests, setup_dir,
	    teardown_dir);
}
