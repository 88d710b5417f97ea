/*
 * The catalog compiled into the program.  It was loaded and checked at
 * build time and written out as C data (src/load/catalog_default.h), so that
 * starting the program parses no YAML: loading it copies one structure.
 */
#include <stdlib.h>

#include "aftoets/catalog.h"
#include "load/catalog_default.h"

int
aft_catalog_load_default(struct aft_catalog **out, struct aft_diags *d)
{
	struct aft_catalog *cat;

	(void)d;	/* checked at build time: nothing to report */
	*out = NULL;
	if ((cat = malloc(sizeof(*cat))) == NULL)
		return AFT_ENOMEM;
	/*
	 * The copy owns an empty arena, so aft_catalog_free() frees it like
	 * any other catalog; all it points to is the static data.
	 */
	*cat = aft_default_catalog_static;
	aft_arena_init(&cat->arena);
	*out = cat;
	return AFT_OK;
}
