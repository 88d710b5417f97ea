/* The nearest of some words to a misspelt one (nearest.h). */
#include <string.h>

#include "util/nearest.h"

/*
 * The edit distance of a (la bytes) and b, ignoring ASCII case; ids
 * longer than 64 bytes are as far as can be.
 */
static size_t
distance(const char *a, size_t la, const char *b)
{
	size_t	lb = strlen(b), row[65];

	if (la > 64 || lb > 64)
		return (size_t)-1;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t	up = row[j], best;
			int	ca = a[i - 1], cb = b[j - 1];

			if (ca >= 'A' && ca <= 'Z')
				ca += 'a' - 'A';
			if (cb >= 'A' && cb <= 'Z')
				cb += 'a' - 'A';
			best = diag + (ca != cb);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb];
}

void
aft_near_try(struct aft_near *n, const char *cand)
{
	size_t clen = strlen(cand), d;

	/* The lengths alone can rule a candidate out, cheaply. */
	if ((n->len > clen ? n->len - clen : clen - n->len) > n->len / 2 + 1)
		return;
	if ((d = distance(n->id, n->len, cand)) < n->bestd) {
		n->bestd = d;
		n->best = cand;
	}
}

const char *
aft_near_end(const struct aft_near *n)
{
	return n->bestd <= n->len / 2 + 1 ? n->best : NULL;
}
