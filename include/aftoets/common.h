/*
 * Shared definitions of the aftoets library: status codes, source
 * locations and the report language.  Nothing here owns memory.
 */
#ifndef AFTOETS_COMMON_H
#define AFTOETS_COMMON_H

#include <stdbool.h>
#include <stddef.h>

/*
 * AFT_VERSION, the program's version, comes from the first entry of
 * debian/changelog: the Makefile passes it, so that the program and its
 * package cannot disagree.
 */
#ifndef AFT_VERSION
#error "AFT_VERSION is not defined; build with make"
#endif

/* Status codes returned by every fallible library function. */
enum {
	AFT_OK = 0,
	AFT_ENOMEM,	/* out of memory */
	AFT_EIO,	/* reading or writing failed */
	AFT_EINPUT,	/* the input is invalid; details are in the diags */
	AFT_ELIMIT,	/* the input exceeds a size or depth limit */
	AFT_ELIB	/* a shared library the task needs could not be loaded */
};

/* A place in an input file; line and col are 1-based, 0 when unknown. */
struct aft_loc {
	const char	*file;
	unsigned	 line, col;
};

enum aft_lang {
	AFT_LANG_NL = 0,
	AFT_LANG_EN,
	AFT_NLANG
};

/* Returns the language named "nl" or "en" (any case), or -1. */
int	aft_lang_parse(const char *);

#endif
