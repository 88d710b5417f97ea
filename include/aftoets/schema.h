/*
 * A JSON Schema (draft-07) of the answers file, generated from a
 * catalog, for editors whose YAML language server checks and completes
 * answers files.
 */
#ifndef AFTOETS_SCHEMA_H
#define AFTOETS_SCHEMA_H

#include <stddef.h>
#include <stdio.h>

#include "aftoets/catalog.h"


/*
 * Writes a regular expression (ECMA 262) matching s in any letter case,
 * without inline flags, which JSON Schema does not have:
 * "Nvt" -> "[Nn][Vv][Tt]".  Returns the length it needed; writes at
 * most len bytes, NUL-terminated, like snprintf.
 */
size_t	aft_schema_nocase(char *buf, size_t len, const char *s);

/*
 * Writes the schema of answers files for cat to fp, indented by two,
 * with a line break at the end.  Returns AFT_OK, AFT_ENOMEM (nothing
 * written) or AFT_EIO.
 */
int	aft_schema_write(FILE *, const struct aft_catalog *cat,
	    enum aft_lang lang);

#endif
