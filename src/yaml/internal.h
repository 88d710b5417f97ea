/*
 * What the files of the YAML layer share, and the only header that
 * includes <yaml.h>: the reader checks of check.c, which the tree
 * loader (node.c) runs before and after libyaml, and the one place
 * where a libyaml mark becomes a location.  Private to src/yaml/;
 * nothing here keeps memory but what it puts in the arena it is given.
 */
#ifndef AFTOETS_YAML_INTERNAL_H
#define AFTOETS_YAML_INTERNAL_H

#include <stddef.h>

#include <yaml.h>

#include "aftoets/arena.h"
#include "aftoets/diag.h"
#include "yaml/node.h"

/* The place of a libyaml mark: libyaml counts from 0; we add 1, here. */
static inline struct aft_loc
aft_ymark_loc(const char *file, yaml_mark_t m)
{
	struct aft_loc loc = { file, (unsigned)m.line + 1,
	    (unsigned)m.column + 1 };

	return loc;
}

/*
 * Recognises what cannot be read as UTF-8 at all: UTF-32 with or without
 * its BOM, and UTF-16 without a BOM.  Returns AFT_OK when none of these,
 * or AFT_EINPUT with the reason in d.
 */
int	aft_ycheck_wide(const char *file, const unsigned char *u, size_t len,
	    struct aft_diags *d);

/*
 * Converts in (UTF-16 with a BOM, len bytes) to UTF-8 in the arena: *out
 * is NUL-terminated and *outlen bytes long.  Returns AFT_OK, AFT_EINPUT
 * with the place of a lone surrogate or an odd last byte in d, or
 * AFT_ENOMEM.
 */
int	aft_yfrom_utf16(char **out, size_t *outlen, const char *file,
	    const unsigned char *in, size_t len, struct aft_arena *,
	    struct aft_diags *d);

/*
 * Checks that s is UTF-8 holding only characters YAML allows.  Returns
 * AFT_OK, or AFT_EINPUT with the first problem at its line and column
 * in d.
 */
int	aft_ycheck_utf8(const char *file, const unsigned char *s, size_t len,
	    struct aft_diags *d);

/*
 * Reports the error that stopped parser p over buf (len bytes), at its
 * place and in the words of d's language.  Returns AFT_EINPUT, or
 * AFT_ENOMEM when libyaml ran out of memory.
 */
int	aft_ysyntax_error(const char *file, const yaml_parser_t *p,
	    const char *buf, size_t len, struct aft_diags *d);

#endif
