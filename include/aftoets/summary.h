/*
 * The portfolio summary of a batch of assessments: counts, per-principle
 * statistics, band counts, the most frequent points of attention and the
 * significant services that are not complete.  A summary copies what it
 * keeps from each result, so results may be freed after aft_summary_add;
 * it borrows the catalog.  Release it with aft_summary_fini().
 */
#ifndef AFTOETS_SUMMARY_H
#define AFTOETS_SUMMARY_H

#include <stddef.h>

#include "aftoets/arena.h"
#include "aftoets/catalog.h"
#include "aftoets/score.h"

/* Scores of one group over the portfolio. */
struct aft_stats {
	double	*v;		/* every non-null score, in input order */
	size_t	 n, cap;
	double	 sum;
	size_t	 min_at;	/* index into v of the first minimum */
	char	*min_service, *min_file;	/* "" when absent */
	size_t	 min_service_cap, min_file_cap;	/* their room */
};

struct aft_chase {
	char	*file, *service;
	size_t	 answered, total;
};

struct aft_summary {
	const struct aft_catalog	*cat;
	size_t				 count;		/* scored */
	size_t				 failed;	/* not scored */
	size_t				 sig[3];	/* by enum aft_tri */
	struct aft_stats		 overall;
	struct aft_stats		*principles;	/* catalog order */
	size_t				*bands;		/* overall band; last: null */
	size_t				*attention;	/* per criterion index */
	struct aft_chase		*chase;
	size_t				 nchase, capchase;
	struct aft_arena		 strs;		/* chase's strings */
	int				 oom;
};

int	aft_summary_init(struct aft_summary *, const struct aft_catalog *);
void	aft_summary_fini(struct aft_summary *);
/* Adds a scored assessment; AFT_OK or AFT_ENOMEM. */
int	aft_summary_add(struct aft_summary *, const struct aft_result *);
/* Counts an input that could not be scored. */
void	aft_summary_fail(struct aft_summary *);

/* Mean and median of the stats; false when it holds no score. */
bool	aft_stats_mean(const struct aft_stats *, double *);
bool	aft_stats_median(const struct aft_stats *, double *);
/*
 * Writes up to max criterion indices, the most frequent points of
 * attention first (ties in catalog order, counts above zero only), and
 * returns how many.
 */
size_t	aft_summary_top(const struct aft_summary *, size_t *idx, size_t max);

#endif
