/* Whole-or-nothing file writes: a temporary file, then rename or link. */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/atomic.h"

static void
release(struct aft_atomic *a)
{
	free(a->tmp);
	free(a->path);
	a->tmp = a->path = NULL;
	a->fp = NULL;
}

int
aft_atomic_open(struct aft_atomic *a, const char *path, bool replace)
{
	static const char	suffix[] = ".tmpXXXXXX";
	size_t			len = strlen(path);
	const char		*slash = strrchr(path, '/');
	int			fd, saved;

	memset(a, 0, sizeof(a[0]));
	a->replace = replace;
	if (slash != NULL && slash[1] == '\0') {
		errno = EISDIR;
		return -1;
	}
	if ((a->path = strdup(path)) == NULL ||
	    (a->tmp = malloc(len + sizeof(suffix) + 1)) == NULL) {
		release(a);
		errno = ENOMEM;
		return -1;
	}
	/* A hidden name beside the target, so rename stays in one file system. */
	if (slash != NULL)
		snprintf(a->tmp, len + sizeof(suffix) + 1, "%.*s.%s%s",
		    (int)(slash - path + 1), path, slash + 1, suffix);
	else
		snprintf(a->tmp, len + sizeof(suffix) + 1, ".%s%s", path,
		    suffix);
	if ((fd = mkstemp(a->tmp)) < 0) {
		saved = errno;
		release(a);
		errno = saved;
		return -1;
	}
	{
		mode_t mask = umask(0);

		umask(mask);
		(void)fchmod(fd, 0666 & ~mask);
	}
	if ((a->fp = fdopen(fd, "w")) == NULL) {
		saved = errno;
		close(fd);
		unlink(a->tmp);
		release(a);
		errno = saved;
		return -1;
	}
	return 0;
}

int
aft_atomic_commit(struct aft_atomic *a)
{
	int saved = 0;

	if (fflush(a->fp) != 0 || ferror(a->fp) || fsync(fileno(a->fp)) != 0)
		saved = errno ? errno : EIO;
	if (fclose(a->fp) != 0 && saved == 0)
		saved = errno;
	a->fp = NULL;
	if (saved == 0) {
		if (a->replace) {
			if (rename(a->tmp, a->path) != 0)
				saved = errno;
		} else {
			/* link() refuses an existing target: no clobbering. */
			if (link(a->tmp, a->path) != 0)
				saved = errno;
		}
	}
	if (saved != 0 || !a->replace)
		unlink(a->tmp);
	release(a);
	errno = saved;
	return saved == 0 ? 0 : -1;
}

void
aft_atomic_abort(struct aft_atomic *a)
{
	if (a->fp != NULL)
		fclose(a->fp);
	if (a->tmp != NULL)
		unlink(a->tmp);
	release(a);
}
