/* Unit tests for expanding folders into inputs (src/util/walk.c). */
#include "helpers.h"

#include <sys/stat.h>
#include <unistd.h>

#include "aftoets/walk.h"

static char root[64];

static void
touch(const char *rel)
{
	char	path[256];
	FILE	*fp;

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fclose(fp);
}

static void
folder(const char *rel)
{
	char path[256];

	snprintf(path, sizeof(path), "%s/%s", root, rel);
	assert_int_equal(mkdir(path, 0755), 0);
}

static int
setup(void **state)
{
	char link[256];

	(void)state;
	snprintf(root, sizeof(root), "/tmp/aftoets-walk-XXXXXX");
	if (mkdtemp(root) == NULL)
		return -1;
	folder("b");
	folder("b/inner");
	folder(".git");
	touch("z.yaml");
	touch("a.yml");
	touch("M.YAML");
	touch("notes.txt");
	touch(".hidden.yaml");
	touch("b/c.yaml");
	touch("b/inner/d.yaml");
	touch(".git/e.yaml");
	snprintf(link, sizeof(link), "%s/b/inner/up", root);
	if (symlink("../..", link) != 0)
		return -1;
	return 0;
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
expect(const struct aft_inputs *in, const char *const *want, size_t n)
{
	char path[256];

	if (in->n != n)
		for (size_t i = 0; i < in->n; i++)
			fprintf(stderr, "    got %s%s\n", in->v[i].path,
			    in->v[i].has_err ? " (error)" : "");
	assert_int_equal(in->n, n);
	for (size_t i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", root, want[i]);
		assert_string_equal(in->v[i].path, path);
	}
}

static void
test_flat(void **state)
{
	static const char *const want[] = { "M.YAML", "a.yml", "z.yaml" };
	struct aft_inputs in;

	(void)state;
	aft_inputs_init(&in);
	assert_int_equal(aft_inputs_add(&in, root, false), AFT_OK);
	expect(&in, want, NELEM(want));
	assert_true(in.folder);
	for (size_t i = 0; i < in.n; i++)
		assert_false(in.v[i].has_err);
	aft_inputs_fini(&in);
}

static void
test_recursive_and_loop(void **state)
{
	static const char *const want[] = { "M.YAML", "a.yml", "b/c.yaml",
	    "b/inner/d.yaml", "b/inner/up", "z.yaml" };
	struct aft_inputs in;

	(void)state;
	aft_inputs_init(&in);
	assert_int_equal(aft_inputs_add(&in, root, true), AFT_OK);
	expect(&in, want, NELEM(want));
	/* The link back up is reported in its place, not followed. */
	assert_true(in.v[4].has_err);
	assert_int_equal(in.v[4].err, AFT_M_DIR_LOOP);
	aft_inputs_fini(&in);
}

static void
test_files_as_given(void **state)
{
	struct aft_inputs in;

	(void)state;
	aft_inputs_init(&in);
	assert_int_equal(aft_inputs_add(&in, "-", false), AFT_OK);
	assert_int_equal(aft_inputs_add(&in, "/no/such/file.txt", true),
	    AFT_OK);
	assert_int_equal(in.n, 2);
	assert_string_equal(in.v[0].path, "-");
	assert_string_equal(in.v[1].path, "/no/such/file.txt");
	assert_false(in.folder);
	aft_inputs_fini(&in);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flat),
		cmocka_unit_test(test_recursive_and_loop),
		cmocka_unit_test(test_files_as_given),
	};

	return cmocka_run_group_tests_name("walk", tests, setup, teardown);
}
