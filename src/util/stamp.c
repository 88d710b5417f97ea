/*
 * File stamps: what a file was when it was last read or written, so
 * that a writer can tell whether someone else changed it since.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/stamp.h"

/* Reads of a file that keeps changing under the reader. */
#define TRIES	5

uint64_t
aft_stamp_hash(const void *buf, size_t len)
{
	const unsigned char	*p = buf;
	uint64_t		 h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

void
aft_stamp_set(struct aft_stamp *s, const struct stat *st, const void *buf,
    size_t len)
{
	memset(s, 0, sizeof(*s));
	s->exists = true;
	s->dev = st->st_dev;
	s->ino = st->st_ino;
	s->size = st->st_size;
	s->mtime = st->st_mtim;
	s->hash = aft_stamp_hash(buf, len);
}

static bool
same_stat(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino &&
	    a->st_size == b->st_size &&
	    a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
	    a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* Reads fd from the start into a malloc'd buffer of at most max bytes. */
static int
slurp(int fd, char **buf, size_t *len, size_t max)
{
	size_t	 cap = 4096, n = 0;
	char	*b, *nb;
	ssize_t	 r;

	if ((b = malloc(cap + 1)) == NULL)
		return -1;
	for (;;) {
		if (n == cap) {
			if (cap > max) {
				free(b);
				errno = EFBIG;
				return -1;
			}
			cap *= 2;
			if ((nb = realloc(b, cap + 1)) == NULL) {
				free(b);
				return -1;
			}
			b = nb;
		}
		r = pread(fd, b + n, cap - n, (off_t)n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int saved = errno;

			free(b);
			errno = saved;
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (n > max) {
		free(b);
		errno = EFBIG;
		return -1;
	}
	b[n] = '\0';
	*buf = b;
	*len = n;
	return 0;
}

int
aft_stamp_read(struct aft_stamp *s, char **buf, size_t *len, const char *path,
    size_t max)
{
	struct stat	before, after;
	int		fd, saved;

	memset(s, 0, sizeof(*s));
	*buf = NULL;
	*len = 0;
	/* O_NONBLOCK: a FIFO put in the file's place must not hang. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0)
		return errno == ENOENT ? 0 : -1;
	for (int i = 0; i < TRIES; i++) {
		if (fstat(fd, &before) != 0)
			break;
		if (!S_ISREG(before.st_mode)) {
			errno = EINVAL;
			break;
		}
		if (slurp(fd, buf, len, max) != 0)
			break;
		if (fstat(fd, &after) != 0) {
			saved = errno;
			free(*buf);
			*buf = NULL;
			errno = saved;
			break;
		}
		/* Written to while it was read: read it again. */
		if (same_stat(&before, &after) &&
		    (size_t)after.st_size == *len) {
			aft_stamp_set(s, &after, *buf, *len);
			close(fd);
			return 0;
		}
		free(*buf);
		*buf = NULL;
		*len = 0;
		errno = EAGAIN;
	}
	saved = errno;
	close(fd);
	errno = saved;
	return -1;
}

enum aft_stamp_diff
aft_stamp_cmp(const struct aft_stamp *was, const struct aft_stamp *now)
{
	if (!now->exists)
		return was->exists ? AFT_STAMP_GONE : AFT_STAMP_SAME;
	if (!was->exists || was->size != now->size || was->hash != now->hash)
		return AFT_STAMP_CHANGED;
	if (was->dev == now->dev && was->ino == now->ino &&
	    was->mtime.tv_sec == now->mtime.tv_sec &&
	    was->mtime.tv_nsec == now->mtime.tv_nsec)
		return AFT_STAMP_SAME;
	return AFT_STAMP_TOUCHED;
}
