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

static int
read_all(int fd, char **bufp, size_t *lenp, size_t max, size_t hint,
    const char *name, struct aft_diags *d)
{
	struct aft_loc	 loc = { name, 0, 0 };
	size_t		 cap = hint + 1, len = 0;
	char		*buf, *nb;
	ssize_t		 n;

	if (cap > max + 1)
		cap = max + 1;
	if (cap < 4096)
		cap = 4096;
	if ((buf = malloc(cap + 1)) == NULL)
		return AFT_ENOMEM;
	for (;;) {
		if (len == cap) {
			if (len > max)
				break;
			cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			if ((nb = realloc(buf, cap + 1)) == NULL) {
				free(buf);
				return AFT_ENOMEM;
			}
			buf = nb;
		}
		n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int err = errno;

			free(buf);
			return io_error(d, loc, err);
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	if (len > max) {
		aft_diag_err(d, loc, AFT_M_TOO_LARGE, max);
		free(buf);
		return AFT_ELIMIT;
	}
	buf[len] = '\0';
	*bufp = buf;
	*lenp = len;
	return AFT_OK;
}

int
aft_input_read(char **buf, size_t *len, const char *path, const char *name,
    size_t max, struct aft_diags *d)
{
	struct aft_loc	loc = { name, 0, 0 };
	struct stat	st;
	int		fd, rc, flags;

	*buf = NULL;
	*len = 0;
	/* An empty name would leave the message without a subject. */
	if (name[0] == '\0')
		loc.file = "''";
	if (strcmp(path, "-") == 0)
		return read_all(STDIN_FILENO, buf, len, max, 0, name, d);
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
	if ((flags = fcntl(fd, F_GETFL)) != -1)
		(void)fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
	rc = read_all(fd, buf, len, max, (size_t)st.st_size, loc.file, d);
	close(fd);
	return rc;
}
