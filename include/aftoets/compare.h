/*
 * Comparing two assessments of one service over time: per principle the
 * score change, per criterion the level change, and the points of
 * attention resolved and new.  A comparison lives in the arena given to
 * aft_compare() and borrows both results, which must have been scored
 * against the same catalog.
 */
#ifndef AFTOETS_COMPARE_H
#define AFTOETS_COMPARE_H

#include <stdbool.h>
#include <stdio.h>


#include "aftoets/arena.h"
#include "aftoets/common.h"
#include "aftoets/score.h"

/* What happened to one criterion, from the old answers to the new. */
enum aft_change {
	AFT_CH_UNCHANGED = 0,	/* the same level, nvt or unanswered twice */
	AFT_CH_IMPROVED,	/* a level with more points */
	AFT_CH_REGRESSED,	/* a level with fewer points */
	AFT_CH_ADDED,		/* newly answered */
	AFT_CH_REMOVED,		/* no longer answered */
	AFT_CH_APPLICABILITY,	/* to or from nvt */
	AFT_NCHANGES
};

struct aft_crit_change {
	const struct aft_criterion	*c;
	const struct aft_crit_result	*old, *new;
	enum aft_change			 change;
	bool				 resolved;	/* attention, then not */
	bool				 new_attention;	/* not, then attention */
};

/* A change of a score that may be null: delta is set when both are. */
struct aft_delta {
	struct aft_opt	old, new, delta;
};

struct aft_principle_change {
	const struct aft_principle	*p;
	const struct aft_principle_result *old, *new;
	struct aft_delta		 score;
	bool				 regressed;
};

struct aft_comparison {
	const struct aft_result		*old, *new;
	struct aft_delta		 overall;
	struct aft_principle_change	*pc;		/* catalog order */
	size_t				 npc;
	struct aft_crit_change		*cc;		/* catalog order */
	size_t				 ncc;
	size_t				 count[AFT_NCHANGES];
	size_t				 nresolved, nnew_attention;
	bool				 regression;	/* a principle went down */
};

/*
 * Compares two results scored against the same catalog.  A change is
 * the difference of the scores as reports show them (rounded to one
 * decimal), so it always matches the two score reports; a principle
 * regressed when its shown score went down.  Returns AFT_OK or
 * AFT_ENOMEM.
 */
int	aft_compare(struct aft_comparison **out, const struct aft_result *old,
	    const struct aft_result *new, struct aft_arena *);

/* The name of a change, as JSON gives it ("improved", ...). */
const char	*aft_change_name(enum aft_change);

/*
 * Comparing two folders of assessments, a portfolio then and now.  Each
 * service is kept as a summary of a few numbers, not its whole result,
 * so that folders of thousands compare in little memory.
 */

/* A principle's score in a service summary, with its band when set. */
struct aft_pscore {
	struct aft_opt	score;
	size_t		band;
};

/*
 * What a portfolio comparison keeps of one service; a file that could
 * not be scored has only its path, and scored false.
 */
struct aft_svc {
	const char		*path;		/* inside its folder */
	bool			 scored;
	const char		*name;		/* the service's name */
	enum aft_tri		 significant;
	struct aft_pscore	 overall;
	struct aft_pscore	*pr;		/* catalog order */
};

/*
 * Makes in *out the summary of res, found at path inside its folder,
 * with copies of the texts in arena a.  Returns AFT_OK or AFT_ENOMEM.
 */
int	aft_svc_summarize(struct aft_svc *out, const struct aft_result *res,
	    const char *path, struct aft_arena *a);

/* A service's overall or principle score then and now, with its bands. */
struct aft_svc_delta {
	struct aft_delta	d;
	size_t			old_band, new_band;	/* when old, new set */
};

/* What became of one service, paired by its path in both folders. */
struct aft_svc_change {
	const struct aft_svc	*old, *new;
	struct aft_svc_delta	 overall;
	struct aft_svc_delta	*pr;		/* catalog order */
	/*
	 * Regressed: some principle's shown score went down (as compare
	 * of two files says); improved: none went down and some went up.
	 */
	bool			 regressed, improved;
	bool			 newly_significant;	/* not yes, then yes */
};

/* The mean and median of one principle, or the overall score. */
struct aft_pstats {
	struct aft_delta	mean, median;
};

struct aft_portfolio_change {
	const struct aft_catalog	*cat;
	struct aft_svc_change		*paired;	/* by path */
	size_t				 npaired;
	const struct aft_svc		**added, **removed;	/* by path */
	size_t				 nadded, nremoved;
	size_t				 nold, nnew;	/* scored services */
	size_t				 nunscored;	/* paths not scored */
	size_t				 nimproved, nregressed;
	size_t				 nnewly_significant;
	/* Over every scored service of each folder, paired or not. */
	struct aft_pstats		*pr;		/* catalog order */
	struct aft_pstats		 overall;
	bool				 regression;	/* a service regressed */
};

/*
 * Compares the services of two folders, old[0..nold) and new[0..nnew),
 * pairing them by path; both arrays are sorted by path here.  A path
 * not scored on one side is neither paired, added nor removed; the
 * statistics of each folder count its scored services.  Means and medians are rounded as reports show
 * them, changes are the differences of those.  The comparison borrows the summaries and lives in arena a.
 * Returns AFT_OK or AFT_ENOMEM.
 */
int	aft_compare_portfolio(struct aft_portfolio_change **out,
	    const struct aft_catalog *, struct aft_svc *old, size_t nold,
	    struct aft_svc *new, size_t nnew, struct aft_arena *a);

/* Comparison report formats. */
enum aft_compare_format {
	AFT_CMP_TEXT,
	AFT_CMP_MARKDOWN,
	AFT_CMP_JSON
};

/*
 * Writes the comparison to fp in the format and language given; colour
 * (ANSI) only in text and only when asked.  Returns AFT_OK, AFT_ENOMEM,
 * or AFT_EIO when writing failed.
 */
int	aft_compare_write(FILE *fp, const struct aft_comparison *,
	    enum aft_compare_format, enum aft_lang, bool color);

/* The folders compared, and the inputs of each that could not be scored. */
struct aft_portfolio_sides {
	const char		*old_dir, *new_dir;
	const char *const	*old_failed, *const *new_failed;
	size_t			 nold_failed, nnew_failed;
};

/* Writes a portfolio comparison as aft_compare_write() writes one. */
int	aft_compare_portfolio_write(FILE *fp,
	    const struct aft_portfolio_change *,
	    const struct aft_portfolio_sides *, enum aft_compare_format,
	    enum aft_lang, bool color);

#endif
