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

#endif
