/*
 * A site: a folder of files written whole or not at all.  The files go
 * to a temporary folder beside the target, which takes the target's
 * place on commit, so that a reader sees the old site or the new one,
 * never half of one.  A marker file in the site (AFT_SITE_MARKER) lists
 * the files it holds; a folder is replaced only when it is missing,
 * empty, or such a site with nothing else in it, and only the files its
 * marker lists are removed.  The struct owns its names and the
 * temporary folder until commit or abort.
 */
#ifndef AFTOETS_SITE_H
#define AFTOETS_SITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#define AFT_SITE_MARKER	".aftoets-site"

struct aft_site {
	char	 *dir;		/* the target, without a trailing slash */
	char	 *tmp;		/* the folder being written */
	char	**names;	/* the files written, in order */
	size_t	  n, cap;
	bool	  leftover;	/* after commit: the old site could not go */
};

/*
 * Whether dir may become a site: AFT_OK when it is missing, an empty
 * folder, or a site whose files are all listed in its marker.  AFT_EINPUT
 * when it holds anything else, with *foreign set to the first such name
 * (malloc'd, for the caller to free; the name of dir itself when it is
 * no folder); AFT_EIO with errno set when it cannot be read; AFT_ENOMEM.
 */
int	aft_site_check(const char *dir, char **foreign);

/*
 * Checks dir as aft_site_check() does and creates the temporary folder
 * beside it.  Returns AFT_OK, or the status of the check (with *foreign
 * as there), or AFT_EIO with errno set.
 */
int	aft_site_open(struct aft_site *, const char *dir, char **foreign);

/*
 * Opens the file name (a plain name, no slash) in the site for writing
 * and records it.  Returns AFT_OK with *fp set, AFT_EIO with errno set,
 * or AFT_ENOMEM.  The caller closes *fp.
 */
int	aft_site_create(struct aft_site *, const char *name, FILE **fp);
/*
 * Writes the file name (as aft_site_create() takes it) with the len
 * bytes of buf, in one write where the system allows, and records it.
 * Returns AFT_OK, AFT_EIO with errno set, or AFT_ENOMEM.
 */
int	aft_site_put(struct aft_site *, const char *name, const void *buf,
	    size_t len);

/*
 * Writes the marker and puts the site in place of dir, then removes
 * the files of the old site that its marker lists (leftover is set
 * when the old folder could not be removed whole).  Returns AFT_OK, or
 * AFT_EIO with errno set after removing the temporary folder.
 */
int	aft_site_commit(struct aft_site *);

/* Removes the temporary folder and what was written; dir is untouched. */
void	aft_site_abort(struct aft_site *);

#endif
