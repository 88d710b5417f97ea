/*
 * What the catalog loader (catalog.c) and the lookups on a loaded
 * catalog (catalog_lookup.c) share: the hash and the comparison of ids,
 * which must be the same where the indexes are built and where they are
 * read.  The search for the id nearest to a misspelt one is in
 * util/nearest.h.  Private to src/load/; nothing here allocates.
 */
#ifndef AFTOETS_LOAD_CATALOG_INTERNAL_H
#define AFTOETS_LOAD_CATALOG_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "util/nearest.h"

/* ASCII's case folding, as strcasecmp() does it in the C locale. */
static inline unsigned char
aft_id_fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* A hash of id that ignores case (FNV-1a over the folded bytes). */
static inline size_t
aft_id_hash(const char *id)
{
	size_t h = 2166136261u;

	for (const unsigned char *p = (const unsigned char *)id; *p != '\0';
	    p++)
		h = (h ^ aft_id_fold(*p)) * 16777619u;
	return h;
}

/*
 * Whether a and b are equal but for ASCII case: strcasecmp() == 0 in the
 * C locale, inline, for the lookups every answer makes.
 */
static inline bool
aft_id_same(const char *a, const char *b)
{
	const unsigned char *x = (const unsigned char *)a;
	const unsigned char *y = (const unsigned char *)b;

	for (; *x != '\0'; x++, y++)
		if (*x != *y && aft_id_fold(*x) != aft_id_fold(*y))
			return false;
	return *y == '\0';
}

#endif
