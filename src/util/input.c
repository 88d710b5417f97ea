/* Reading whole input files under a size limit, never blocking on FIFOs. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/input.h"
#include "aftoets/msg.h"

/* Reports why a file could not be opened or read, in the user's words. */
static int
io_error(struct aft_diags *d, struct aft_loc loc, int err)
{
	switch (err) {
	case ENOENT:
	case ENOTDIR:
		aft_diag_err(d, loc, AFT_M_NO_SUCH_FILE);
		break;
	case EACCES:
	case EPERM:
		aft_diag_err(d, loc, AFT_M_NO_ACCESS);
		break;
	case ELOOP:
		aft_diag_err(d, loc, AFT_M_LINK_LOOP);
		break;
	case EISDIR:
		aft_diag_err(d, loc, AFT_M_IS_FOLDER);
		break;
	case ENAMETOOLONG:
		aft_diag_err(d, loc, AFT_M_NAME_TOO_LONG);
		break;
	case EIO:
		aft_diag_err(d, loc, AFT_M_IO_ERROR);
		break;
	default:
		aft_diag_err(d, loc, AFT_M_READ_FAILED, strerror(err));
		break;
	}
	return AFT_EIO;
}

/* Reports a file that is not a regular one, by what it is. */
static int
not_regular(struct aft_diags *d, struct aft_loc loc, mode_t mode)
{
	/* Folders given to score and validate are walked before this. */
	if (S_ISDIR(mode))
		aft_diag_err(d, loc, AFT_M_IS_FOLDER);
	else if (S_ISFIFO(mode))
		aft_diag_err(d, loc, AFT_M_C_FIFO);
	else if (S_ISCHR(mode) || S_ISBLK(mode))
		aft_diag_err(d, loc, AFT_M_C_DEVICE);
	else if (S_ISSOCK(mode))
		aft_diag_err(d, loc, AFT_M_C_SOCKET);
	else
		aft_diag_err(d, loc, AFT_M_C_NOT_REGULAR);
	return AFT_EIO;
}

/* The buffer comes from the arena when there is one, else from malloc. */
static char *
buf_alloc(struct aft_arena *a, size_t n)
{
	return a != NULL ? aft_arena_raw(a, n) : malloc(n);
}

static char *
buf_grow(struct aft_arena *a, char *buf, size_t len, size_t n)
{
	char *nb;

	if (a == NULL)
		return realloc(buf, n);
	if ((nb = aft_arena_raw(a, n)) != NULL)
		memcpy(nb, buf, len);
	return nb;
}

static void
buf_free(struct aft_arena *a, char *buf)
{
	if (a == NULL)
		free(buf);
}

/*
 * Reads fd to its end.  hint is the size fstat() gave a regular file (0
 * otherwise): a read that stops short of what was asked with exactly
 * that many bytes in hand is taken as the end, as a regular file only
 * reads short there, which saves a read per file.  A file that grew
 * meanwhile fills the byte asked beyond the hint and is read on.
 */
static int
read_all(int fd, char **bufp, size_t *lenp, size_t max, size_t hint,
    const char *name, struct aft_arena *a, struct aft_diags *d)
{
	struct aft_loc	 loc = { name, 0, 0 };
	size_t		 cap = hint + 1, len = 0;
	char		*buf, *nb;
	ssize_t		 n;

	if (cap > max + 1)
		cap = max + 1;
	if (cap < 4096 && (a == NULL || hint == 0))
		cap = 4096;
	if ((buf = buf_alloc(a, cap + 1)) == NULL)
		return AFT_ENOMEM;
	for (;;) {
		if (len == cap) {
			if (len > max)
				break;
			cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			if ((nb = buf_grow(a, buf, len, cap + 1)) == NULL) {
				buf_free(a, buf);
				return AFT_ENOMEM;
			}
			buf = nb;
		}
		n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		/* O_NONBLOCK stays on a regular file, where it never bites. */
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			int flags = fcntl(fd, F_GETFL);

			if (flags != -1 && (flags & O_NONBLOCK) &&
			    fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) == 0)
				continue;
		}
		if (n < 0) {
			int err = errno;

			buf_free(a, buf);
			return io_error(d, loc, err);
		}
		if (n == 0)
			break;
		len += (size_t)n;
		if (hint > 0 && len == hint && len < cap)
			break;
	}
	if (len > max) {
		aft_diag_err(d, loc, AFT_M_TOO_LARGE, max);
		buf_free(a, buf);
		return AFT_ELIMIT;
	}
	buf[len] = '\0';
	*bufp = buf;
	*lenp = len;
	return AFT_OK;
}

int
aft_input_read_in(struct aft_arena *a, char **buf, size_t *len,
    const char *path, const char *name, size_t max, struct aft_diags *d)
{
	struct aft_loc	loc = { name, 0, 0 };
	struct stat	st;
	int		fd, rc;

	*buf = NULL;
	*len = 0;
	/* An empty name would leave the message without a subject. */
	if (name[0] == '\0')
		loc.file = "''";
	if (strcmp(path, "-") == 0)
		return read_all(STDIN_FILENO, buf, len, max, 0, name, a, d);
	/* O_NONBLOCK: opening a FIFO without a writer must not hang. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
		int err = errno;

		/* A socket cannot be opened at all; say what it is. */
		if (err == ENXIO && stat(path, &st) == 0)
			return not_regular(d, loc, st.st_mode);
		return io_error(d, loc, err);
	}
	if (fstat(fd, &st) != 0) {
		rc = io_error(d, loc, errno);
		close(fd);
		return rc;
	}
	if (!S_ISREG(st.st_mode)) {
		rc = not_regular(d, loc, st.st_mode);
		close(fd);
		return rc;
	}
	if ((size_t)st.st_size > max) {
		aft_diag_err(d, loc, AFT_M_TOO_LARGE, max);
		close(fd);
		return AFT_ELIMIT;
	}
	rc = read_all(fd, buf, len, max, (size_t)st.st_size, loc.file, a,
	    d);
	close(fd);
	return rc;
}

int
aft_input_read(char **buf, size_t *len, const char *path, const char *name,
    size_t max, struct aft_diags *d)
{
	return aft_input_read_in(NULL, buf, len, path, name, max, d);
}
