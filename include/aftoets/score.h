/*
 * Scoring and significance (SPEC section 4), as pure functions over a
 * loaded catalog and answers.  A result lives in the arena given to
 * aft_score() and borrows from the answers and the catalog.
 */
#ifndef AFTOETS_SCORE_H
#define AFTOETS_SCORE_H

#include <stdbool.h>
#include <stddef.h>

#include "aftoets/answers.h"
#include "aftoets/arena.h"
#include "aftoets/catalog.h"
#include "aftoets/format.h"

/* A tri-state: no, yes, or not known. */
enum aft_tri {
	AFT_NO = 0,
	AFT_YES,
	AFT_UNKNOWN
};

struct aft_significance {
	enum aft_tri	significant;
	enum aft_tri	budget_exceeds, users_exceeds;
};

/* A score that may be null (a group without applicable criteria). */
struct aft_opt {
	bool	set;
	double	v;
};

struct aft_crit_result {
	const struct aft_criterion	*c;
	const struct aft_answer		*a;
	enum aft_status			 status;
	double				 f;	/* 0..1; 0 for nvt */
	double				 gain;	/* potential gain; 0 for nvt */
	bool				 strength, attention;
};

struct aft_principle_result {
	const struct aft_principle	 *p;
	struct aft_opt			  score, user, inclusion;
	size_t				  band;	/* when score is set */
	size_t				  applicable, answered, nvt;
	struct aft_crit_result		 *crit;	/* catalog order */
	size_t				  ncrit;
	/* Indices into crit: strengths in catalog order, attention by gain. */
	size_t				 *strengths, *attention;
	size_t				  nstrengths, nattention;
};

struct aft_gate_result;

struct aft_result {
	const struct aft_catalog	*cat;
	const struct aft_answers	*ans;
	struct aft_significance		 sig;
	struct aft_opt			 overall;
	size_t				 band;
	size_t				 answered, total;	/* nvt counts */
	struct aft_principle_result	*pr;
	size_t				 npr;
	/* Quality gates judged by aft_gates_eval() (aftoets/gate.h). */
	const struct aft_gate_result	*gates;
	size_t				 ngates;	/* 0: none given */
};

/*
 * Decides significance: over the budget threshold or over the users
 * threshold (strictly greater); unknown when neither known value is over
 * and one is missing.
 */
void	aft_significance(struct aft_significance *,
	    const struct aft_catalog *, const struct aft_service *);

/* Scores answers; returns AFT_OK or AFT_ENOMEM. */
int	aft_score(struct aft_result **out, const struct aft_catalog *,
	    const struct aft_answers *, struct aft_arena *);

#endif
