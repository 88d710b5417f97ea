/*
 * Unit tests for src/util/site.c: a folder written whole or not at all,
 * which replaces only a site that aftoets wrote, and removes only the
 * files its marker lists.
 */
#include "helpers.h"

#include <sys/stat.h>

#include <dirent.h>
#include <unistd.h>

#include "aftoets/site.h"

/* A fresh folder under /tmp for one test; the name is malloc'd. */
static char *
scratch(void)
{
	char *d = strdup("/tmp/aftoets-site-XXXXXX");

	assert_non_null(d);
	assert_non_null(mkdtemp(d));
	return d;
}

static char *
path_of(const char *dir, const char *name)
{
	size_t	 len = strlen(dir) + strlen(name) + 2;
	char	*p = malloc(len);

	assert_non_null(p);
	snprintf(p, len, "%s/%s", dir, name);
	return p;
}

static void
put(const char *dir, const char *name, const char *text)
{
	char	*p = path_of(dir, name);
	FILE	*fp = fopen(p, "w");

	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
	free(p);
}

/* The text of dir/name, or NULL when it is not there (malloc'd). */
static char *
get(const char *dir, const char *name)
{
	char	*p = path_of(dir, name), *buf;
	FILE	*fp = fopen(p, "r");
	long	 n;

	free(p);
	if (fp == NULL)
		return NULL;
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	n = ftell(fp);
	rewind(fp);
	buf = calloc(1, (size_t)n + 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	return buf;
}

/* How many entries dir holds, hidden ones too. */
static size_t
entries(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	size_t		 n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/*
 * Writes a site of the given pages at dir, every other one as a stream
 * and the others at once; returns aft_site_commit's.  A name with a
 * slash is refused and not recorded.
 */
static int
write_site(const char *dir, const char *const *names, size_t n)
{
	struct aft_site	 s;
	char		*foreign = NULL, text[64];
	FILE		*fp;

	assert_int_equal(aft_site_open(&s, dir, &foreign), AFT_OK);
	assert_null(foreign);
	for (size_t i = 0; i < n; i++) {
		if (i % 2 == 1) {
			snprintf(text, sizeof(text), "page %s\n", names[i]);
			assert_int_equal(aft_site_put(&s, names[i], text,
			    strlen(text)), AFT_OK);
			continue;
		}
		assert_int_equal(aft_site_create(&s, names[i], &fp), AFT_OK);
		fprintf(fp, "page %s\n", names[i]);
		assert_int_equal(fclose(fp), 0);
	}
	assert_int_equal(aft_site_put(&s, "../x.html", "x", 1), AFT_EIO);
	assert_int_equal(aft_site_put(&s, "a/x.html", "x", 1), AFT_EIO);
	return aft_site_commit(&s);
}

static void
rm_all(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		char		*p;
		struct stat	 st;

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		p = path_of(dir, e->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			rm_all(p);
		else
			unlink(p);
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

static void
test_site_new_and_replace(void **state)
{
	static const char *const first[] = { "index.html", "a.html", "b.html" };
	static const char *const second[] = { "index.html", "c.html" };
	char	*top = scratch(), *dir = path_of(top, "site"), *t;

	(void)state;
	/* Missing: made, with a marker that lists what was written. */
	assert_int_equal(write_site(dir, first, 3), AFT_OK);
	assert_int_equal(entries(dir), 4);
	t = get(dir, AFT_SITE_MARKER);
	assert_string_equal(t, "aftoets site 1\nindex.html\na.html\nb.html\n");
	free(t);
	/* Nothing is left beside it. */
	assert_int_equal(entries(top), 1);
	/* A site of its own is replaced: the old pages go. */
	assert_int_equal(write_site(dir, second, 2), AFT_OK);
	assert_int_equal(entries(dir), 3);
	assert_null(t = get(dir, "a.html"));
	t = get(dir, "c.html");
	assert_string_equal(t, "page c.html\n");
	free(t);
	assert_int_equal(entries(top), 1);
	rm_all(top);
	free(dir);
	free(top);
}

static void
test_site_refuses(void **state)
{
	static const char *const pages[] = { "index.html" };
	char		*top = scratch(), *dir = path_of(top, "site");
	char		*foreign = NULL, *t;
	struct aft_site	 s;

	(void)state;
	/* An empty folder is fine. */
	assert_int_equal(mkdir(dir, 0777), 0);
	assert_int_equal(aft_site_check(dir, &foreign), AFT_OK);
	/* A folder with a file of the user's is refused, and kept. */
	put(dir, "notes.txt", "mine\n");
	assert_int_equal(aft_site_check(dir, &foreign), AFT_EINPUT);
	assert_string_equal(foreign, "notes.txt");
	free(foreign);
	assert_int_equal(aft_site_open(&s, dir, &foreign), AFT_EINPUT);
	free(foreign);
	t = get(dir, "notes.txt");
	assert_string_equal(t, "mine\n");
	free(t);
	/* A site with a file added by hand is refused too. */
	rm_all(dir);
	assert_int_equal(write_site(dir, pages, 1), AFT_OK);
	put(dir, "extra.html", "mine\n");
	assert_int_equal(aft_site_check(dir, &foreign), AFT_EINPUT);
	assert_string_equal(foreign, "extra.html");
	free(foreign);
	/* A marker that lists a file elsewhere does not make it ours. */
	t = path_of(dir, "extra.html");
	unlink(t);
	free(t);
	put(dir, AFT_SITE_MARKER, "aftoets site 1\nindex.html\n../x\n");
	assert_int_equal(aft_site_check(dir, &foreign), AFT_OK);
	/* A file is no folder. */
	put(top, "file", "x\n");
	t = path_of(top, "file");
	assert_int_equal(aft_site_check(t, &foreign), AFT_EINPUT);
	assert_string_equal(foreign, t);
	free(foreign);
	free(t);
	rm_all(top);
	free(dir);
	free(top);
}

static void
test_site_abort(void **state)
{
	static const char *const pages[] = { "index.html", "a.html" };
	char		*top = scratch(), *dir = path_of(top, "site");
	char		*foreign = NULL, *t;
	struct aft_site	 s;
	FILE		*fp;

	(void)state;
	assert_int_equal(write_site(dir, pages, 2), AFT_OK);
	/* A site given up leaves the old one as it was, and nothing else. */
	assert_int_equal(aft_site_open(&s, dir, &foreign), AFT_OK);
	assert_int_equal(aft_site_create(&s, "index.html", &fp), AFT_OK);
	fputs("half\n", fp);
	fclose(fp);
	/* A name with a slash is no page of the site. */
	assert_int_equal(aft_site_create(&s, "../x.html", &fp), AFT_EIO);
	aft_site_abort(&s);
	t = get(dir, "index.html");
	assert_string_equal(t, "page index.html\n");
	free(t);
	assert_int_equal(entries(top), 1);
	rm_all(top);
	free(dir);
	free(top);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_site_new_and_replace),
		cmocka_unit_test(test_site_refuses),
		cmocka_unit_test(test_site_abort),
	};

	return cmocka_run_group_tests_name("site", tests, NULL, NULL);
}
