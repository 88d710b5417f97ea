/* Reading whole input files under a size limit, never blocking on FIFOs. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/input.h"
#include "aftoets/msg.h"

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
			aft_diag_err(d, loc, AFT_M_READ_FAILED, strerror(errno));
			free(buf);
			return AFT_EIO;
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
	if (strcmp(path, "-") == 0)
		return read_all(STDIN_FILENO, buf, len, max, 0, name, d);
	/* O_NONBLOCK: opening a FIFO without a writer must not hang. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			aft_diag_err(d, loc, AFT_M_NO_SUCH_FILE);
		else if (errno == EACCES || errno == EPERM)
			aft_diag_err(d, loc, AFT_M_NO_ACCESS);
		else if (errno == ELOOP)
			aft_diag_err(d, loc, AFT_M_LINK_LOOP);
		else
			aft_diag_err(d, loc, AFT_M_READ_FAILED,
			    strerror(errno));
		return AFT_EIO;
	}
	if (fstat(fd, &st) != 0) {
		aft_diag_err(d, loc, AFT_M_READ_FAILED, strerror(errno));
		close(fd);
		return AFT_EIO;
	}
	if (S_ISDIR(st.st_mode)) {
		aft_diag_err(d, loc, AFT_M_C_IS_DIR);
		close(fd);
		return AFT_EIO;
	}
	if (!S_ISREG(st.st_mode)) {
		aft_diag_err(d, loc, AFT_M_C_NOT_REGULAR);
		close(fd);
		return AFT_EIO;
	}
	if ((size_t)st.st_size > max) {
		aft_diag_err(d, loc, AFT_M_TOO_LARGE, max);
		close(fd);
		return AFT_ELIMIT;
	}
	if ((flags = fcntl(fd, F_GETFL)) != -1)
		(void)fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
	rc = read_all(fd, buf, len, max, (size_t)st.st_size, name, d);
	close(fd);
	return rc;
}
