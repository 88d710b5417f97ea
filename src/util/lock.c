/*
 * Advisory locks with flock(2) on a lock file beside the file they
 * guard.  The lock file is removed by its holder, so none stays behind;
 * a waiter checks that the file it locked is still the one at the name.
 */
#define _DEFAULT_SOURCE		/* flock() */

#include <sys/file.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "aftoets/lock.h"

/* How long a waiter sleeps between two tries. */
#define STEP_MS	10
/* How often a lock file may be removed under a taker before it gives up. */
#define MAX_REMOVED	1000

char *
aft_lock_name(const char *path)
{
	const char	*slash = strrchr(path, '/');
	size_t		 size = strlen(path) + sizeof(".") + sizeof(".lock");
	char		*s;

	if ((s = malloc(size)) == NULL)
		return NULL;
	if (slash != NULL)
		snprintf(s, size, "%.*s.%s.lock", (int)(slash - path + 1),
		    path, slash + 1);
	else
		snprintf(s, size, ".%s.lock", path);
	return s;
}

/* Whether fd is still the file at path: no holder removed it meanwhile. */
static int
still_there(int fd, const char *path)
{
	struct stat a, b;

	return fstat(fd, &a) == 0 && stat(path, &b) == 0 &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

int
aft_lock_take(struct aft_lock *l, const char *path, unsigned wait_ms)
{
	struct timespec	step = { 0, STEP_MS * 1000000L };
	unsigned	waited = 0, removed = 0;
	int		saved;

	l->fd = -1;
	if ((l->path = aft_lock_name(path)) == NULL) {
		errno = ENOMEM;
		return -1;
	}
	for (;;) {
		l->fd = open(l->path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
		    0666);
		if (l->fd < 0 && errno == EACCES)
			/* Another user's lock file locks as well read-only. */
			l->fd = open(l->path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
		if (l->fd < 0)
			break;
		if (flock(l->fd, LOCK_EX | LOCK_NB) == 0) {
			if (still_there(l->fd, l->path))
				return 0;
			/*
			 * Its holder removed it as it let go: again, though
			 * not for ever if something keeps removing it.
			 */
			close(l->fd);
			l->fd = -1;
			if (++removed > MAX_REMOVED) {
				errno = EWOULDBLOCK;
				break;
			}
			continue;
		}
		if (errno != EWOULDBLOCK && errno != EINTR)
			break;
		close(l->fd);
		l->fd = -1;
		if (waited >= wait_ms) {
			errno = EWOULDBLOCK;
			break;
		}
		nanosleep(&step, NULL);
		waited += STEP_MS;
	}
	saved = errno;
	if (l->fd >= 0)
		close(l->fd);
	l->fd = -1;
	free(l->path);
	l->path = NULL;
	errno = saved;
	return -1;
}

void
aft_lock_release(struct aft_lock *l)
{
	int saved = errno;

	if (l->fd >= 0) {
		unlink(l->path);
		close(l->fd);
	}
	free(l->path);
	l->fd = -1;
	l->path = NULL;
	errno = saved;
}
