/*
 * The answers file aftoets fill works on: the checks made before
 * anything is asked (a regular file, writable, in a writable folder),
 * then reading and checking it, or making it from the template.
 */
/* realpath(3) is in XSI. */
#define _XOPEN_SOURCE	700

#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/fill.h"
#include "aftoets/input.h"
#include "cli.h"

/*
 * Refuses a file or folder that cannot be written, before anything is
 * asked.  A file or folder without any write permission counts as
 * read-only even for a user who could override that.
 */
static int
check_writable(const char *path, const char *name, bool exists,
    const struct stat *st)
{
	struct stat	 dst;
	char		*dir, *slash;
	int		 rc = EXIT_OK;

	if (exists && (access(path, W_OK) != 0 || (st->st_mode & 0222) == 0)) {
		cli_errorm(AFT_M_F_READONLY, name);
		return EXIT_ERROR;
	}
	if ((dir = strdup(path)) == NULL) {
		cli_errorm(AFT_M_C_NOMEM);
		return EXIT_ERROR;
	}
	if ((slash = strrchr(dir, '/')) == NULL) {
		free(dir);
		dir = NULL;
	} else if (slash == dir)
		slash[1] = '\0';
	else
		*slash = '\0';
	if (access(dir != NULL ? dir : ".", W_OK | X_OK) != 0) {
		cli_errorm(AFT_M_F_NO_DIR, name, strerror(errno));
		rc = EXIT_ERROR;
	} else if (stat(dir != NULL ? dir : ".", &dst) == 0 &&
	    (dst.st_mode & 0222) == 0) {
		cli_errorm(AFT_M_F_NO_DIR, name, strerror(EACCES));
		rc = EXIT_ERROR;
	}
	free(dir);
	return rc;
}

/* Reads and checks the file, or starts a new one; prints the problems. */
static int
read_or_make(struct cli_fill_file *ff, const struct aft_catalog *cat,
    enum aft_lang lang, bool exists)
{
	struct aft_diags	 d;
	char			*buf = NULL;
	size_t			 len = 0;
	int			 rc;

	aft_diags_init(&d, lang);
	if (!exists)
		rc = aft_fill_new(&ff->f, cat, ff->name, NULL, 0, lang, &d);
	else if ((rc = aft_input_read(&buf, &len, ff->path, ff->name,
	    AFT_INPUT_MAX, &d)) == AFT_OK)
		rc = aft_fill_new(&ff->f, cat, ff->name, buf, len, lang, &d);
	free(buf);
	if (rc != AFT_OK) {
		aft_diags_sort(&d);
		cli_diags(&d, false);
		if (rc == AFT_EINPUT)
			cli_errorm(AFT_M_F_REFUSED, ff->name);
		else if (rc == AFT_ENOMEM)
			cli_errorm(AFT_M_C_NOMEM);
		aft_diags_fini(&d);
		return EXIT_ERROR;
	}
	aft_diags_fini(&d);
	if (!exists) {
		if (aft_fill_save(ff->f, ff->path, true) != AFT_OK) {
			cli_error("%s: %s", ff->name, strerror(errno));
			return EXIT_ERROR;
		}
		ff->created = true;
	}
	return EXIT_OK;
}

int
cli_fill_file_load(struct cli_fill_file *ff, const struct aft_catalog *cat,
    const char *name, enum aft_lang lang)
{
	struct stat	st;
	bool		exists;
	int		rc;

	memset(ff, 0, sizeof(*ff));
	ff->name = ff->path = name;
	/* A link is followed, so that the file it points at is filled in. */
	if (lstat(name, &st) == 0 && S_ISLNK(st.st_mode) &&
	    (ff->real = realpath(name, NULL)) != NULL)
		ff->path = ff->real;
	exists = stat(ff->path, &st) == 0;
	if (exists && !S_ISREG(st.st_mode)) {
		cli_error("%s: %s", name, aft_msg(lang, AFT_M_C_NOT_REGULAR));
		return EXIT_ERROR;
	}
	if ((rc = check_writable(ff->path, name, exists, &st)) != EXIT_OK)
		return rc;
	return read_or_make(ff, cat, lang, exists);
}

void
cli_fill_file_fini(struct cli_fill_file *ff)
{
	aft_fill_free(ff->f);
	free(ff->real);
	memset(ff, 0, sizeof(*ff));
}
