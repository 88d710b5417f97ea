/*
 * The form of `aftoets form`: one self-contained HTML page that a person
 * fills in in any browser, offline, and that saves an answers file.  The
 * page is built in memory and handed to the caller, who owns it, so that
 * nothing is written when the answers file it starts from is refused.
 */
#ifndef AFTOETS_FORM_H
#define AFTOETS_FORM_H

#include <stddef.h>

#include "aftoets/catalog.h"
#include "aftoets/common.h"
#include "aftoets/diag.h"

struct aft_form_opts {
	enum aft_lang	 lang;		/* of the page; the saved file is
					   the same in either */
	/*
	 * The answers file the form starts from (--from): its name as
	 * messages give it, and its text; NULL for a blank form.
	 */
	const char	*from;
	const char	*buf;
	size_t		 len;
};

/*
 * Builds the page for cat.  With o->from, the answers file is first
 * read as `validate` reads it: when it has an error, the function
 * returns AFT_EINPUT (or AFT_ELIMIT) with every problem located in d and
 * builds nothing; warnings go to d too.  Returns AFT_OK with the page,
 * NUL-terminated and malloc'd, in *html (the caller frees it) and its
 * length in *len, or AFT_ENOMEM.
 */
int	aft_form_render(char **html, size_t *len, const struct aft_catalog *cat,
	    const struct aft_form_opts *o, struct aft_diags *d);

/* The largest page the tests allow for the default catalog, in bytes. */
#define AFT_FORM_MAX	(250 * 1024)

#endif
