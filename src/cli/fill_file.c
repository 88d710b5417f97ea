/*
 * The answers file aftoets fill works on: the checks made before
 * anything is asked (a regular file, writable, in a writable folder),
 * then reading and checking it, or making it from the template; and
 * saving it after an answer, saying what another writer changed in it
 * meanwhile (src/load/fill.c finds that and keeps it).
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
#include "aftoets/lock.h"
#include "cli.h"
#include "fill_ui.h"

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
	int			 rc, e;

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
		aft_diags_init(&d, lang);
		rc = aft_fill_save(ff->f, ff->path, true, &d);
		e = errno;
		aft_diags_fini(&d);
		if (rc != AFT_OK) {
			cli_error("%s: %s", ff->name, strerror(e ? e : EIO));
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

/* The parts of an answer that changed, as words: "level, motivation". */
static void
parts_text(const struct fill_ui *u, unsigned parts, char *buf, size_t size)
{
	static const struct { unsigned bit; enum aft_msg m; } words[] = {
		{ AFT_FILL_LEVEL,	AFT_M_F_PART_LEVEL },
		{ AFT_FILL_MOTIVATION,	AFT_M_F_PART_MOTIVATION },
		{ AFT_FILL_ACTIONS,	AFT_M_F_PART_ACTIONS },
		{ AFT_FILL_OTHER,	AFT_M_F_PART_OTHER },
	};
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		int k;

		if (!(parts & words[i].bit))
			continue;
		k = snprintf(buf + n, size - n, "%s%s", n > 0 ? ", " : "",
		    fill_m(u, words[i].m));
		if (k < 0 || (size_t)k >= size - n)
			return;
		n += (size_t)k;
	}
}

/* Says what another writer changed in the file before this save. */
static void
say_changes(struct fill_ui *u)
{
	const struct aft_fill_change	*ch;
	char				 svc[256], parts[128];
	size_t				 n, used = 0;
	bool				 gone;

	ch = aft_fill_changes(u->f, &n, &gone);
	if (gone) {
		fill_say(u, fill_m(u, AFT_M_F_DISK_GONE), u->name);
		fputc('\n', u->out);
	}
	svc[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		int k;

		if (ch[i].c != NULL || ch[i].key == NULL)
			continue;
		k = snprintf(svc + used, sizeof(svc) - used, "%s%s",
		    used > 0 ? ", " : "", ch[i].key);
		if (k > 0 && (size_t)k < sizeof(svc) - used)
			used += (size_t)k;
	}
	if (used > 0) {
		fill_say(u, fill_m(u, AFT_M_F_DISK_SERVICE), svc);
		fputc('\n', u->out);
	}
	for (size_t i = 0; i < n; i++) {
		if (ch[i].c == NULL)
			continue;
		parts_text(u, ch[i].parts, parts, sizeof(parts));
		fill_say(u, fill_m(u, AFT_M_F_DISK_CHANGED), ch[i].c->id,
		    parts);
		fputc('\n', u->out);
	}
	for (size_t i = 0; i < n; i++)
		if (ch[i].c == NULL && ch[i].key == NULL) {
			fill_say(u, fill_m(u, AFT_M_F_DISK_OTHER), u->name);
			fputc('\n', u->out);
		}
	if (n > 0) {
		fill_say(u, "%s\n", fill_m(u, AFT_M_F_DISK_KEPT));
	}
}

/* Says why the save failed, on standard error. */
static void
say_failed(struct fill_ui *u, int rc, int e, struct aft_diags *d)
{
	char *lock;

	fflush(u->out);
	if (rc == AFT_EINPUT) {
		aft_diags_sort(d);
		cli_diags(d, false);
		cli_errorm(AFT_M_F_DISK_INVALID, u->name);
	} else if (rc == AFT_ENOMEM)
		cli_errorm(AFT_M_C_NOMEM);
	else if (e == EWOULDBLOCK && (lock = aft_lock_name(u->path)) != NULL) {
		cli_errorm(AFT_M_F_LOCKED, u->name, lock,
		    AFT_FILL_LOCK_WAIT_MS / 1000);
		free(lock);
	} else
		cli_errorm(AFT_M_F_SAVE_FAILED, u->name, strerror(e ? e : EIO));
}

enum fill_stop
fill_save(struct fill_ui *u)
{
	struct aft_diags	d;
	int			rc, e;

	if (!aft_fill_dirty(u->f))
		return STOP_DONE;
	aft_diags_init(&d, u->lang);
	errno = 0;
	rc = aft_fill_save(u->f, u->path, false, &d);
	e = errno;
	if (rc == AFT_OK)
		say_changes(u);
	else
		say_failed(u, rc, e, &d);
	aft_diags_fini(&d);
	return rc == AFT_OK ? STOP_DONE : STOP_FAILED;
}
