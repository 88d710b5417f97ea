/*
 * Lookups on a loaded catalog: a criterion or principle by id, the
 * criterion that replaces an old id, a level
 * by an answer word, the band of a score, and the nearest id to one
 * that is not there, for "did you mean".  aft_catalog_find() and
 * aft_catalog_level() run for every answer, so they read the hash
 * tables the loader built (catalog.c) without a call of their own.
 * Nothing here allocates but aft_catalog_levels_list(), in the arena
 * it is given.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "aftoets/catalog.h"
#include "load/catalog_internal.h"

int
aft_text_given(const struct aft_text *t)
{
	return t->s[0] != NULL && t->s[0][0] != '\0';
}

const struct aft_criterion *
aft_catalog_find(const struct aft_catalog *cat, const char *id)
{
	size_t i;

	if (cat->capid == 0)
		return NULL;
	i = aft_id_hash(id) & (cat->capid - 1);
	for (; cat->byid[i] != NULL; i = (i + 1) & (cat->capid - 1))
		if (aft_id_same(cat->byid[i]->id, id))
			return cat->byid[i];
	return NULL;
}

/*
 * A scan of every criterion's 'replaces': it runs only for an id that
 * is not in the catalog, and few criteria replace any.
 */
const struct aft_criterion *
aft_catalog_successor(const struct aft_catalog *cat, const char *old)
{
	for (size_t i = 0; i < cat->ncriteria; i++)
		for (size_t j = 0; j < cat->all[i]->nreplaces; j++)
			if (aft_id_same(cat->all[i]->replaces[j], old))
				return cat->all[i];
	return NULL;
}

const struct aft_principle *
aft_catalog_principle(const struct aft_catalog *cat, const char *id)
{
	for (size_t i = 0; i < cat->nprinciples; i++)
		if (strcasecmp(cat->principles[i].id, id) == 0)
			return &cat->principles[i];
	return NULL;
}

const char *
aft_catalog_nearest(const struct aft_catalog *cat, const char *id)
{
	struct aft_near n = { id, NULL, strlen(id), (size_t)-1 };

	for (size_t i = 0; i < cat->ncriteria; i++)
		aft_near_try(&n, cat->all[i]->id);
	return aft_near_end(&n);
}

const char *
aft_catalog_nearest_principle(const struct aft_catalog *cat, const char *id,
    size_t len)
{
	struct aft_near n = { id, NULL, len, (size_t)-1 };

	for (size_t i = 0; i < cat->nprinciples; i++)
		aft_near_try(&n, cat->principles[i].id);
	return aft_near_end(&n);
}

int
aft_catalog_level(const struct aft_catalog *cat, const char *w)
{
	const char	*p = w;
	long		 pts = 0;

	if (cat->capwords > 0) {
		size_t k = aft_id_hash(w) & (cat->capwords - 1);

		for (; cat->words[k].w != NULL;
		    k = (k + 1) & (cat->capwords - 1))
			if (aft_id_same(cat->words[k].w, w))
				return cat->words[k].level;
	}
	/* The points as a plain integer. */
	if (*p == '\0')
		return AFT_LEVEL_NONE;
	for (; *p != '\0'; p++) {
		if (!isdigit((unsigned char)*p) || pts > 100000)
			return AFT_LEVEL_NONE;
		pts = pts * 10 + (*p - '0');
	}
	for (size_t i = 0; i < cat->nlevels; i++)
		if (cat->levels[i].points == pts)
			return (int)i;
	return AFT_LEVEL_NONE;
}

size_t
aft_catalog_band(const struct aft_catalog *cat, double score)
{
	for (size_t i = 0; i < cat->nbands; i++)
		if (score >= cat->bands[i].min)
			return i;
	return cat->nbands - 1;
}

const char *
aft_catalog_levels_list(const struct aft_catalog *cat, struct aft_arena *a)
{
	size_t	 len = 1;
	char	*s, *p;

	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level *lv = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;

		if (lv->id != NULL)
			len += strlen(lv->id) + 2;
	}
	if ((s = aft_arena_alloc(a, len)) == NULL)
		return "";
	p = s;
	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level *lv = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;

		if (lv->id == NULL)
			continue;
		p += snprintf(p, len - (size_t)(p - s), "%s%s",
		    p == s ? "" : ", ", lv->id);
	}
	return s;
}
