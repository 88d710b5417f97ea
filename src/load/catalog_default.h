/*
 * The default catalog as C data: build/gen/catalog_static.c, written at
 * build time by src/gen/catalog_c.c from what aft_catalog_load() made of
 * criteria/vlaanderen-2022.yaml.  Everything it points to is static and
 * read-only; its arena is empty.
 */
#ifndef AFTOETS_CATALOG_DEFAULT_H
#define AFTOETS_CATALOG_DEFAULT_H

#include "aftoets/catalog.h"

extern const struct aft_catalog aft_default_catalog_static;

#endif
