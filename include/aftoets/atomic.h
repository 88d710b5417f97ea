/*
 * Files written whole or not at all: output goes to a temporary file
 * beside the target, which replaces the target only on commit.  The
 * struct owns the temporary name and stream until commit or abort.
 */
#ifndef AFTOETS_ATOMIC_H
#define AFTOETS_ATOMIC_H

#include <stdbool.h>
#include <stdio.h>

struct aft_atomic {
	FILE	*fp;
	char	*tmp;		/* the temporary file's name */
	char	*path;		/* the target */
	bool	 replace;	/* may an existing target be replaced */
};

/*
 * Creates a temporary file beside path and opens it for writing.  With
 * replace false, commit fails with EEXIST when path exists.  Returns 0,
 * or -1 with errno set.
 */
int	aft_atomic_open(struct aft_atomic *, const char *path, bool replace);
/*
 * Flushes, syncs and closes the stream, then moves the file into place.
 * Returns 0, or -1 with errno set after removing the temporary file.
 */
int	aft_atomic_commit(struct aft_atomic *);
/* Closes and removes the temporary file; the target is untouched. */
void	aft_atomic_abort(struct aft_atomic *);

#endif
