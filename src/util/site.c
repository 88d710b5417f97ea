/*
 * Folders written whole or not at all: a temporary folder beside the
 * target, then an exchange of the two (or two renames where the system
 * cannot exchange), then the old site's own files are removed.
 */
#define _GNU_SOURCE
#include <sys/stat.h>
#include <sys/syscall.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/common.h"
#include "aftoets/site.h"

#define MARKER_HEAD	"aftoets site 1"

/* A marker's name for a file is a plain name: no slash, no dot first. */
static bool
plain_name(const char *s)
{
	return s[0] != '\0' && s[0] != '.' && strchr(s, '/') == NULL;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct names {
	char	**v;
	size_t	  n, cap;
};

static int
names_add(struct names *l, const char *s, size_t len)
{
	char *p;

	if (l->n == l->cap) {
		size_t	 cap = l->cap ? 2 * l->cap : 16;
		char	**v = realloc(l->v, cap * sizeof(*v));

		if (v == NULL)
			return AFT_ENOMEM;
		l->v = v;
		l->cap = cap;
	}
	if ((p = malloc(len + 1)) == NULL)
		return AFT_ENOMEM;
	memcpy(p, s, len);
	p[len] = '\0';
	l->v[l->n++] = p;
	return AFT_OK;
}

static void
names_fini(struct names *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

static char *
join(const char *dir, const char *name)
{
	size_t	 len = strlen(dir) + strlen(name) + 2;
	char	*p = malloc(len);

	if (p != NULL)
		snprintf(p, len, "%s/%s", dir, name);
	return p;
}

/* The entries of folder dir but . and .., sorted. */
static int
list_dir(const char *dir, struct names *out)
{
	DIR		*d;
	struct dirent	*e;
	int		 rc = AFT_OK;

	if ((d = opendir(dir)) == NULL)
		return AFT_EIO;
	while (rc == AFT_OK && (errno = 0, e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		rc = names_add(out, e->d_name, strlen(e->d_name));
	}
	if (rc == AFT_OK && errno != 0)
		rc = AFT_EIO;
	closedir(d);
	if (out->n > 1)
		qsort(out->v, out->n, sizeof(out->v[0]), by_name);
	return rc;
}

/*
 * The names the marker of site dir lists; none when there is no marker.
 * A marker that does not read as one lists nothing, so that the folder
 * counts as the user's.
 */
static int
read_marker(const char *dir, struct names *out, bool *found)
{
	char	*path = join(dir, AFT_SITE_MARKER), line[1024];
	FILE	*fp;
	int	 rc = AFT_OK;

	*found = false;
	if (path == NULL)
		return AFT_ENOMEM;
	fp = fopen(path, "r");
	free(path);
	if (fp == NULL)
		return errno == ENOENT ? AFT_OK : AFT_EIO;
	if (fgets(line, sizeof(line), fp) == NULL ||
	    strcmp(line, MARKER_HEAD "\n") != 0) {
		fclose(fp);
		return AFT_OK;
	}
	*found = true;
	while (rc == AFT_OK && fgets(line, sizeof(line), fp) != NULL) {
		size_t len = strcspn(line, "\n");

		line[len] = '\0';
		if (!plain_name(line))
			continue;
		rc = names_add(out, line, len);
	}
	fclose(fp);
	if (out->n > 1)
		qsort(out->v, out->n, sizeof(out->v[0]), by_name);
	return rc;
}

static bool
listed(const struct names *l, const char *name)
{
	return bsearch(&name, l->v, l->n, sizeof(l->v[0]), by_name) != NULL;
}

/*
 * Whether every entry of dir is the marker or a regular file the marker
 * lists; *foreign gets the first that is not.  With old set, the names
 * of the marker are kept there.
 */
static int
check_dir(const char *dir, char **foreign, struct names *old)
{
	struct names	ents = { 0 }, mark = { 0 };
	bool		found;
	int		rc;

	*foreign = NULL;
	if ((rc = list_dir(dir, &ents)) != AFT_OK)
		goto done;
	if (ents.n == 0)
		goto done;
	if ((rc = read_marker(dir, &mark, &found)) != AFT_OK)
		goto done;
	for (size_t i = 0; i < ents.n; i++) {
		const char	*e = ents.v[i];
		char		*path;
		struct stat	 st;
		bool		 ours;

		if (found && strcmp(e, AFT_SITE_MARKER) == 0)
			continue;
		ours = found && listed(&mark, e);
		if (ours) {
			if ((path = join(dir, e)) == NULL) {
				rc = AFT_ENOMEM;
				goto done;
			}
			ours = lstat(path, &st) == 0 && S_ISREG(st.st_mode);
			free(path);
		}
		if (!ours) {
			if ((*foreign = strdup(e)) == NULL)
				rc = AFT_ENOMEM;
			else
				rc = AFT_EINPUT;
			goto done;
		}
	}
done:
	if (old != NULL && rc == AFT_OK) {
		*old = mark;
		memset(&mark, 0, sizeof(mark));
	}
	names_fini(&ents);
	names_fini(&mark);
	return rc;
}

int
aft_site_check(const char *dir, char **foreign)
{
	struct stat st;

	*foreign = NULL;
	if (lstat(dir, &st) != 0) {
		if (errno == ENOENT)
			return AFT_OK;
		if (errno != ENOTDIR)
			return AFT_EIO;
		st.st_mode = 0;
	}
	if (!S_ISDIR(st.st_mode)) {
		if ((*foreign = strdup(dir)) == NULL)
			return AFT_ENOMEM;
		return AFT_EINPUT;
	}
	return check_dir(dir, foreign, NULL);
}

int
aft_site_open(struct aft_site *s, const char *dir, char **foreign)
{
	static const char	suffix[] = ".tmpXXXXXX";
	size_t			len = strlen(dir);
	const char		*base;
	int			rc;

	memset(s, 0, sizeof(*s));
	*foreign = NULL;
	while (len > 1 && dir[len - 1] == '/')
		len--;
	if ((s->dir = strndup(dir, len)) == NULL)
		return AFT_ENOMEM;
	base = strrchr(s->dir, '/');
	base = base != NULL ? base + 1 : s->dir;
	/* A folder named . or .. cannot be renamed into place. */
	if (base[0] == '\0' || strcmp(base, ".") == 0 ||
	    strcmp(base, "..") == 0) {
		free(s->dir);
		s->dir = NULL;
		errno = EINVAL;
		return AFT_EIO;
	}
	if ((rc = aft_site_check(s->dir, foreign)) != AFT_OK) {
		free(s->dir);
		s->dir = NULL;
		return rc;
	}
	len = strlen(s->dir) + sizeof(suffix) + 2;
	if ((s->tmp = malloc(len)) == NULL) {
		free(s->dir);
		s->dir = NULL;
		return AFT_ENOMEM;
	}
	/* A hidden name beside the target, in the same file system. */
	snprintf(s->tmp, len, "%.*s.%s%s", (int)(base - s->dir), s->dir, base,
	    suffix);
	if (mkdtemp(s->tmp) == NULL) {
		int saved = errno;

		free(s->tmp);
		free(s->dir);
		memset(s, 0, sizeof(*s));
		errno = saved;
		return AFT_EIO;
	}
	{
		mode_t mask = umask(0);

		umask(mask);
		(void)chmod(s->tmp, 0777 & ~mask);
	}
	return AFT_OK;
}

/*
 * Creates the file name in the site and records it; returns its
 * descriptor, or -1 with *rc set (AFT_EIO with errno set, AFT_ENOMEM).
 * On failure nothing is recorded.
 */
static int
create(struct aft_site *s, const char *name, int *rc)
{
	char	*path;
	int	 fd;

	*rc = AFT_EIO;
	if (!plain_name(name)) {
		errno = EINVAL;
		return -1;
	}
	if (s->n == s->cap) {
		size_t	 cap = s->cap ? 2 * s->cap : 64;
		char	**v = realloc(s->names, cap * sizeof(*v));

		if (v == NULL) {
			*rc = AFT_ENOMEM;
			return -1;
		}
		s->names = v;
		s->cap = cap;
	}
	if ((path = join(s->tmp, name)) == NULL ||
	    (s->names[s->n] = strdup(name)) == NULL) {
		free(path);
		*rc = AFT_ENOMEM;
		return -1;
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	free(path);
	if (fd < 0) {
		int saved = errno;

		free(s->names[s->n]);
		errno = saved;
		return -1;
	}
	s->n++;
	return fd;
}

int
aft_site_create(struct aft_site *s, const char *name, FILE **fp)
{
	int fd, rc;

	if ((fd = create(s, name, &rc)) < 0)
		return rc;
	/* The name stays recorded: the file is there, if empty. */
	if ((*fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		return AFT_EIO;
	}
	return AFT_OK;
}

int
aft_site_put(struct aft_site *s, const char *name, const void *buf,
    size_t len)
{
	const char	*p = buf;
	int		 fd, rc;

	if ((fd = create(s, name, &rc)) < 0)
		return rc;
	rc = AFT_OK;
	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			rc = AFT_EIO;
			break;
		}
		p += n;
		len -= (size_t)n;
	}
	if (close(fd) != 0 && rc == AFT_OK)
		rc = AFT_EIO;
	return rc;
}

static void
release(struct aft_site *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->names[i]);
	free(s->names);
	free(s->tmp);
	free(s->dir);
	memset(s, 0, sizeof(*s));
}

/* Removes from folder dir the listed files and the marker, then dir. */
static bool
remove_site(const char *dir, char *const *names, size_t n)
{
	char *path;

	for (size_t i = 0; i < n; i++) {
		if ((path = join(dir, names[i])) != NULL)
			(void)unlink(path);
		free(path);
	}
	if ((path = join(dir, AFT_SITE_MARKER)) != NULL)
		(void)unlink(path);
	free(path);
	return rmdir(dir) == 0;
}

void
aft_site_abort(struct aft_site *s)
{
	if (s->tmp != NULL)
		(void)remove_site(s->tmp, s->names, s->n);
	release(s);
}

static int
write_marker(struct aft_site *s)
{
	FILE	*fp;
	char	*path = join(s->tmp, AFT_SITE_MARKER);
	int	 fd, rc = AFT_OK;

	if (path == NULL)
		return AFT_ENOMEM;
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	free(path);
	if (fd < 0)
		return AFT_EIO;
	if ((fp = fdopen(fd, "w")) == NULL) {
		close(fd);
		return AFT_EIO;
	}
	fputs(MARKER_HEAD "\n", fp);
	for (size_t i = 0; i < s->n; i++)
		fprintf(fp, "%s\n", s->names[i]);
	if (fflush(fp) != 0 || ferror(fp) || fsync(fileno(fp)) != 0)
		rc = AFT_EIO;
	if (fclose(fp) != 0)
		rc = AFT_EIO;
	return rc;
}

/* Exchanges two paths in one step; -1 where the system cannot. */
static int
exchange(const char *a, const char *b)
{
#if defined(SYS_renameat2) && defined(RENAME_EXCHANGE)
	return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b,
	    RENAME_EXCHANGE);
#else
	(void)a;
	(void)b;
	errno = ENOSYS;
	return -1;
#endif
}

int
aft_site_commit(struct aft_site *s)
{
	struct names	 old = { 0 };
	struct stat	 st;
	char		*foreign = NULL, *aside = NULL;
	int		 rc, saved;

	if ((rc = write_marker(s)) != AFT_OK)
		goto fail;
	if (lstat(s->dir, &st) != 0) {
		if (errno != ENOENT || rename(s->tmp, s->dir) != 0)
			goto fail;
		release(s);
		return AFT_OK;
	}
	/* Checked again: the folder may have changed while the site was made. */
	if ((rc = check_dir(s->dir, &foreign, &old)) != AFT_OK) {
		free(foreign);
		if (rc == AFT_EINPUT)
			errno = ENOTEMPTY;
		goto fail;
	}
	if (exchange(s->tmp, s->dir) == 0) {
		/* The old site now sits at the temporary name. */
		s->leftover = !remove_site(s->tmp, old.v, old.n);
	} else if (errno == ENOSYS || errno == EINVAL) {
		size_t len = strlen(s->tmp) + 5;

		if ((aside = malloc(len)) == NULL) {
			errno = ENOMEM;
			goto fail;
		}
		snprintf(aside, len, "%s.old", s->tmp);
		if (rename(s->dir, aside) != 0)
			goto fail;
		if (rename(s->tmp, s->dir) != 0) {
			saved = errno;
			(void)rename(aside, s->dir);
			errno = saved;
			goto fail;
		}
		s->leftover = !remove_site(aside, old.v, old.n);
	} else
		goto fail;
	free(aside);
	names_fini(&old);
	{
		bool left = s->leftover;

		release(s);
		s->leftover = left;
	}
	return AFT_OK;
fail:
	saved = errno ? errno : EIO;
	free(aside);
	names_fini(&old);
	aft_site_abort(s);
	errno = saved;
	return AFT_EIO;
}
