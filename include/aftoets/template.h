/*
 * The answers template that `aftoets init` writes, blank or filled in
 * from an earlier answers file.  A prior file's parts live in the arena
 * given to aft_prior_read(), and borrow from the catalog it was read
 * against; the template itself goes to a stream the caller owns.
 */
#ifndef AFTOETS_TEMPLATE_H
#define AFTOETS_TEMPLATE_H

#include <stdio.h>

#include "aftoets/arena.h"
#include "aftoets/catalog.h"
#include "aftoets/diag.h"

struct aft_template_opts {
	enum aft_lang	 lang;		/* of the comments */
	const char	*schema;	/* written as a yaml-language-server
					   line first; NULL for none */
	const char	*name;		/* the file's name in the comments;
					   NULL for a generic one */
};

struct aft_prior;

/*
 * Reads an earlier answers file leniently: everything it holds is kept,
 * whether the current catalog knows it or not, and only broken YAML or
 * a wrong shape (the file, 'service', 'answers' or 'obsolete' not being
 * mappings) is an error.  Answers to criteria the catalog lacks are
 * reported as warnings and kept as obsolete.  Returns AFT_OK with *out
 * set, or a status with the reasons in d.
 */
int	aft_prior_read(struct aft_prior **out, const struct aft_catalog *,
	    const char *file, const char *buf, size_t len, struct aft_arena *,
	    struct aft_diags *d);

/*
 * Writes the answers template for cat to fp: the scale explained, the
 * service block, and every criterion with its text and guidance as
 * comments.  With prior, every value it holds is written back in its
 * place, and what the catalog does not know goes to the end.  Returns
 * AFT_OK, or AFT_EIO when writing failed.
 */
int	aft_template_write(FILE *fp, const struct aft_catalog *cat,
	    const struct aft_prior *prior, const struct aft_template_opts *);

/*
 * Refreshes the answers file at path in place, as aft_template_write()
 * writes it from itself: under the file's lock (aftoets/lock.h, waiting
 * at most wait_ms), reads it, writes the template to a temporary file
 * beside it, and replaces the file only when it is still the one that
 * was read (aftoets/stamp.h).  When another writer changed it meanwhile,
 * it starts again from what the file holds now, a few times at most.
 * name is the file as the user named it, for locations.  Returns AFT_OK
 * (warnings may be in d), a status with the reasons in d, or AFT_EIO
 * with errno set: EWOULDBLOCK when another process held the lock all
 * that time, EAGAIN when the file kept changing.  After an error the
 * file is as it was.
 */
int	aft_template_refresh(const struct aft_catalog *cat, const char *path,
	    const char *name, const struct aft_template_opts *o,
	    unsigned wait_ms, struct aft_diags *d);

#endif
