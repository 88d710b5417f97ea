/*
 * Significance (SPEC section 4): a service is significant when its budget
 * is over the catalog's budget threshold or its target audience is larger
 * than the users threshold (both strictly); unknown while a value that is
 * missing could still decide it.
 */
#include "aftoets/score.h"

static enum aft_tri
exceeds(bool known, double v, double threshold)
{
	if (!known)
		return AFT_UNKNOWN;
	return v > threshold ? AFT_YES : AFT_NO;
}

void
aft_significance(struct aft_significance *s, const struct aft_catalog *cat,
    const struct aft_service *svc)
{
	s->budget_exceeds = exceeds(svc->has_budget, svc->budget_eur,
	    cat->threshold_budget);
	s->users_exceeds = exceeds(svc->has_users, svc->users,
	    cat->threshold_users);
	if (s->budget_exceeds == AFT_YES || s->users_exceeds == AFT_YES)
		s->significant = AFT_YES;
	else if (s->budget_exceeds == AFT_UNKNOWN ||
	    s->users_exceeds == AFT_UNKNOWN)
		s->significant = AFT_UNKNOWN;
	else
		s->significant = AFT_NO;
}
