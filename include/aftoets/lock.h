/*
 * An advisory lock on a file, taken on a lock file beside it: for a
 * file DIR/NAME, DIR/.NAME.lock.  Writers that take it (aftoets fill,
 * init --from refreshing a file in place) read, check and replace the
 * file one at a time.  The lock file exists only while the lock is held:
 * the holder removes it before it lets go, and a waiter that got the
 * lock on a removed file tries again.  One left by a process that was
 * killed is harmless: the next writer takes it and removes it.  The
 * struct owns the lock file's name and descriptor until aft_lock_release().
 */
#ifndef AFTOETS_LOCK_H
#define AFTOETS_LOCK_H

struct aft_lock {
	int	 fd;		/* -1 when not held */
	char	*path;		/* the lock file */
};

/*
 * Takes the lock of the file at path, waiting at most wait_ms
 * milliseconds for another holder to let go.  Returns 0, or -1 with
 * errno set: EWOULDBLOCK when another held it all that time.
 */
int	aft_lock_take(struct aft_lock *, const char *path, unsigned wait_ms);

/* Removes the lock file and lets go of the lock; a lock not held is fine. */
void	aft_lock_release(struct aft_lock *);

/* The lock file of path (malloc'd), or NULL when out of memory. */
char	*aft_lock_name(const char *path);

#endif
