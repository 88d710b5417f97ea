/*
 * Helpers shared by the loaders that turn a YAML tree into catalog and
 * answers data.  They report problems to the diags and return NULL or a
 * status; nothing is allocated outside the arena given.
 */
#ifndef AFTOETS_LOAD_H
#define AFTOETS_LOAD_H

#include "aftoets/diag.h"
#include "yaml/node.h"

/*
 * Warns about every key of map that is not in the NULL-terminated list
 * allowed, naming the allowed keys.
 */
void	aft_load_keys(struct aft_diags *, const struct aft_ynode *map,
	    const char *const *allowed);
/*
 * Returns the value of key in map when it has the kind wanted.  A
 * missing key is reported only when required; a key of another kind is
 * always an error.
 */
const struct aft_ynode *aft_load_get(struct aft_diags *,
	    const struct aft_ynode *map, const char *key,
	    enum aft_ykind kind, int required);
/* A non-empty scalar string, or NULL after an error. */
const char *aft_load_string(struct aft_diags *, const struct aft_ynode *map,
	    const char *key, int required);

#endif
