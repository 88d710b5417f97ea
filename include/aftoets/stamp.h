/*
 * The identity of a file as it was last read or written (a "stamp"):
 * its device, inode, size and modification time with nanoseconds, and
 * a hash of its content.  Comparing the stamp taken then with one taken
 * now tells whether someone else changed the file meanwhile.  A stamp
 * is a plain value the caller owns; the buffers aft_stamp_read() gives
 * are malloc'd and the caller frees them.
 */
#ifndef AFTOETS_STAMP_H
#define AFTOETS_STAMP_H

#include <sys/types.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct stat;

struct aft_stamp {
	bool		 exists;	/* false: there was no file */
	dev_t		 dev;
	ino_t		 ino;
	off_t		 size;
	struct timespec	 mtime;
	uint64_t	 hash;		/* of the content, aft_stamp_hash() */
};

/* What aft_stamp_cmp() finds. */
enum aft_stamp_diff {
	AFT_STAMP_SAME,		/* the same file, untouched */
	AFT_STAMP_TOUCHED,	/* other stat fields, the same content */
	AFT_STAMP_CHANGED,	/* other content */
	AFT_STAMP_GONE		/* there was a file, and there is none */
};

/*
 * The 64-bit FNV-1a hash of len bytes at buf.  It finds changes made by
 * mistake or by another program, not ones made to collide on purpose.
 */
uint64_t	aft_stamp_hash(const void *buf, size_t len);

/* Stamps the file st describes, whose content is len bytes at buf. */
void	aft_stamp_set(struct aft_stamp *, const struct stat *st,
	    const void *buf, size_t len);

/*
 * Reads the regular file at path whole into *buf (malloc'd, with a NUL
 * after its *len bytes) and stamps what was read, through one open
 * descriptor.  A file that is not there gives a stamp with exists false
 * and *buf NULL.  Returns 0, or -1 with errno set: EFBIG when the file
 * is over max bytes, EINVAL when it is not a regular file, EAGAIN when
 * it kept changing while it was read.
 */
int	aft_stamp_read(struct aft_stamp *, char **buf, size_t *len,
	    const char *path, size_t max);

/* How the file changed from was to now. */
enum aft_stamp_diff aft_stamp_cmp(const struct aft_stamp *was,
	    const struct aft_stamp *now);

#endif
