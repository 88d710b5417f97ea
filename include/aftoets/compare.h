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

#endif
