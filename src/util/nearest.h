/*
 * The nearest of some words to one that is not among them, for "did you
 * mean": the edit distance, ignoring ASCII case.  Nothing here allocates.
 */
#ifndef AFTOETS_UTIL_NEAREST_H
#define AFTOETS_UTIL_NEAREST_H

#include <stddef.h>

/*
 * The search for the id nearest to id (len bytes): each candidate goes
 * through aft_near_try(), and aft_near_end() gives the winner, or NULL
 * when even that is further off than about half the word (noise, not a
 * typo).  Start with { id, NULL, len, (size_t)-1 }.
 */
struct aft_near {
	const char	*id, *best;
	size_t		 len, bestd;
};

void	aft_near_try(struct aft_near *, const char *cand);
const char *aft_near_end(const struct aft_near *);

#endif
