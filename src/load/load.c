/* Helpers shared by the catalog and answers loaders. */
#include <stdio.h>
#include <string.h>

#include "aftoets/arena.h"
#include "load/load.h"

void
aft_load_keys(struct aft_diags *d, const struct aft_ynode *map,
    const char *const *allowed)
{
	for (size_t i = 0; i < map->n; i++) {
		const struct aft_ynode	*k = map->kids[2 * i];
		char			 list[512];
		size_t			 j, len = 0;

		/* The first byte rules out most keys before strcmp(). */
		for (j = 0; allowed[j] != NULL; j++)
			if (k->str[0] == allowed[j][0] &&
			    strcmp(k->str, allowed[j]) == 0)
				break;
		if (allowed[j] != NULL)
			continue;
		/* Name the keys that are allowed, only when one is not. */
		list[0] = '\0';
		for (j = 0; allowed[j] != NULL; j++) {
			int n = snprintf(list + len, sizeof(list) - len, "%s%s",
			    j > 0 ? ", " : "", allowed[j]);

			if (n < 0 || (size_t)n >= sizeof(list) - len)
				break;
			len += (size_t)n;
		}
		aft_diag_warn(d, k->loc, AFT_M_UNKNOWN_KEY, k->str, list);
	}
}

const struct aft_ynode *
aft_load_get(struct aft_diags *d, const struct aft_ynode *map,
    const char *key, enum aft_ykind kind, int required)
{
	const struct aft_ynode *v = aft_ynode_get(map, key);

	if (v == NULL || (kind != AFT_YSCALAR && aft_ynode_is_null(v))) {
		if (required)
			aft_diag_err(d, v ? v->loc : map->loc, AFT_M_MISSING,
			    key);
		return NULL;
	}
	if (v->kind != kind) {
		enum aft_msg m = kind == AFT_YMAP ? AFT_M_EXPECT_MAP :
		    kind == AFT_YSEQ ? AFT_M_EXPECT_SEQ : AFT_M_EXPECT_SCALAR;

		aft_diag_err(d, v->loc, m, key, aft_ynode_kindname(v, d->lang));
		return NULL;
	}
	return v;
}

const char *
aft_load_string(struct aft_diags *d, const struct aft_ynode *map,
    const char *key, int required)
{
	const struct aft_ynode *v = aft_load_get(d, map, key, AFT_YSCALAR,
	    required);

	if (v == NULL)
		return NULL;
	if (aft_ynode_is_null(v) || v->len == 0) {
		if (required)
			aft_diag_err(d, v->loc, AFT_M_EMPTY_VALUE, key);
		return NULL;
	}
	return v->str;
}
