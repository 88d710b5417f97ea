/* The workbook: sheet names, and whole-or-nothing writing by path. */
#include "helpers.h"

#include <dirent.h>
#include <pthread.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "aftoets/report.h"
#include "aftoets/score.h"
#include "report/xlsx_internal.h"
#include "report/xlsxlib.h"

/* Code points of UTF-8 text, counting those beyond U+FFFF twice. */
static size_t
units(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if ((c & 0xC0) != 0x80)
			n += c >= 0xF0 ? 2 : 1;
	}
	return n;
}

static void
test_sheet_name(void **state)
{
	static const char *const none[] = { NULL };
	static const struct {
		const char	*in, *want;
	} t[] = {
		{ "Omgevingsloket",		"Omgevingsloket" },
		{ "a[b]c:d*e?f/g\\h",		"a-b-c-d-e-f-g-h" },
		{ "  'quoted' name'  ",		"quoted' name" },
		{ "tab\there",			"tab-here" },
		{ "",				"Dienst" },
		{ "   ",			"Dienst" },
		{ "''",				"Dienst" },
		{ NULL,				"Dienst" },
		/* Cut to 31; a space left at the cut goes too. */
		{ "Een dienst met een bijzonder lange naam",
		    "Een dienst met een bijzonder la" },
		{ "123456789012345678901234567890 tail",
		    "123456789012345678901234567890" },
		{ "ééééééééééééééééééééééééééééééééééé",
		    "ééééééééééééééééééééééééééééééé" },
		/* Beyond U+FFFF: two units each, so 15 fit. */
		{ "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
		    "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂" },
		/* Excel keeps this name for itself. */
		{ "History",			"History (2)" },
		{ "history",			"history (2)" },
	};
	char buf[AFT_SHEET_BUF];

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		aft_sheet_name(buf, t[i].in, "Dienst", none, 0);
		assert_string_equal(buf, t[i].want);
		assert_true(units(buf) <= AFT_SHEET_CHARS);
	}
}

static void
test_sheet_unique(void **state)
{
	static const char *const taken[] = {
		"Portfolio", "Omgevingsloket", "Omgevingsloket (2)",
		"Een dienst met een bijzonder la",
	};
	char buf[AFT_SHEET_BUF];

	(void)state;
	assert_string_equal(aft_sheet_name(buf, "portfolio", "x", taken,
	    NELEM(taken)), "portfolio (2)");
	assert_string_equal(aft_sheet_name(buf, "OMGEVINGSLOKET", "x", taken,
	    NELEM(taken)), "OMGEVINGSLOKET (3)");
	/* The number replaces the end of a long name, within 31. */
	assert_string_equal(aft_sheet_name(buf,
	    "Een dienst met een bijzonder lange naam", "x", taken,
	    NELEM(taken)), "Een dienst met een bijzonde (2)");
	assert_int_equal(units(buf), 31);
	assert_string_equal(aft_sheet_name(buf, "Nieuw", "x", taken,
	    NELEM(taken)), "Nieuw");
}

/* Many names from one: all valid and different from each other. */
static void
test_sheet_many(void **state)
{
	enum { N = 120 };
	static char	names[N][AFT_SHEET_BUF];
	const char	*taken[N];

	(void)state;
	for (size_t i = 0; i < N; i++) {
		aft_sheet_name(names[i], "Subsidie [erfgoed]: aanvraag/"
		    "wijziging van een heel lange naam", "x", taken, i);
		taken[i] = names[i];
		assert_true(units(names[i]) <= AFT_SHEET_CHARS);
		assert_null(strpbrk(names[i], "[]:*?/\\"));
		for (size_t j = 0; j < i; j++)
			assert_true(strcasecmp(names[i], names[j]) != 0);
	}
	assert_string_equal(names[0], "Subsidie -erfgoed-- aanvraag-wi");
	assert_string_equal(names[119], "Subsidie -erfgoed-- aanvr (120)");
}

static void *
load_in_thread(void *arg)
{
	const struct aft_xlsxlib **lib = arg;

	return (void *)(intptr_t)aft_xlsxlib_load(lib);
}

/*
 * libxlsxwriter, opened at run time: threads that ask at once all get
 * the one table, with every function found, and no error.
 */
static void
test_xlsxlib(void **state)
{
	const struct aft_xlsxlib	*lib[4], *again;
	pthread_t			 t[4];
	void				*rc;

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++)
		assert_int_equal(pthread_create(&t[i], NULL, load_in_thread,
		    &lib[i]), 0);
	for (size_t i = 0; i < NELEM(t); i++) {
		assert_int_equal(pthread_join(t[i], &rc), 0);
		assert_int_equal((intptr_t)rc, AFT_OK);
		assert_non_null(lib[i]);
		assert_ptr_equal(lib[i], lib[0]);
	}
	assert_int_equal(aft_xlsxlib_load(&again), AFT_OK);
	assert_ptr_equal(again, lib[0]);
	assert_string_equal(aft_xlsxlib_error(), "");
	assert_string_equal(aft_report_lib_error(), "");
#define CHECK_PTR(f)	assert_non_null(again->f);
	AFT_XLSXLIB_FUNCS(CHECK_PTR)
#undef CHECK_PTR
}

/* Writes a workbook for one answers file to path; returns the status. */
static int
write_book(const struct aft_catalog *cat, const char *path, bool scored)
{
	const struct aft_report_ops	*ops = aft_report_find("xlsx");
	struct aft_report_opts		 opt = { 0 };
	struct aft_report		 rep;
	struct ans_read			 r;
	struct aft_result		*res = NULL;

	assert_non_null(ops);
	assert_true(ops->owns_path);
	opt.lang = AFT_LANG_EN;
	opt.path = path;
	assert_int_equal(aft_report_begin(&rep, ops, stdout, cat, &opt),
	    AFT_OK);
	if (scored) {
		assert_rc(&r.d, ans_read(&r, cat, "service: {name: Book}\n"
		    "answers: {SD-G1: volledig}\n"), AFT_OK);
		assert_int_equal(aft_score(&res, cat, r.ans, &r.arena),
		    AFT_OK);
		assert_int_equal(aft_report_one(&rep, res), AFT_OK);
		ans_read_fini(&r);
	}
	return aft_report_end(&rep);
}

/* The number of entries in dir, besides . and .. */
static int
entries(const char *dir)
{
	DIR		*d = opendir(dir);
	struct dirent	*e;
	int		 n = 0;

	assert_non_null(d);
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static void
test_write_atomic(void **state)
{
	char		 dir[] = "/tmp/aftoets-xlsx-XXXXXX";
	char		 path[64], bad[80], head[4];
	struct stat	 st;
	FILE		*fp;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/scores.xlsx", dir);
	snprintf(bad, sizeof(bad), "%s/missing/scores.xlsx", dir);

	/* A new file: a zip archive, and no temporary file left. */
	assert_int_equal(write_book(*state, path, true), AFT_OK);
	assert_int_equal(stat(path, &st), 0);
	assert_true(st.st_size > 4000);
	fp = fopen(path, "rb");
	assert_non_null(fp);
	assert_int_equal(fread(head, 1, 4, fp), 4);
	fclose(fp);
	assert_memory_equal(head, "PK\003\004", 4);
	assert_int_equal(entries(dir), 1);

	/* An existing file is replaced whole. */
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("old", fp);
	fclose(fp);
	assert_int_equal(write_book(*state, path, true), AFT_OK);
	assert_int_equal(stat(path, &st), 0);
	assert_true(st.st_size > 4000);
	assert_int_equal(entries(dir), 1);

	/* Nothing scored: the old file stays as it was. */
	assert_int_equal(write_book(*state, path, false), AFT_OK);
	assert_int_equal(stat(path, &st), 0);
	assert_true(st.st_size > 4000);

	/* A folder that does not exist: an error, and nothing written. */
	assert_int_equal(write_book(*state, bad, true), AFT_EIO);
	assert_int_equal(entries(dir), 1);

	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		/* First, so that its threads are the ones that load. */
		cmocka_unit_test(test_xlsxlib),
		cmocka_unit_test(test_sheet_name),
		cmocka_unit_test(test_sheet_unique),
		cmocka_unit_test(test_sheet_many),
		cmocka_unit_test(test_write_atomic),
	};

	return cmocka_run_group_tests_name("report_xlsx", tests,
	    setup_default_catalog, teardown_catalog);
}
