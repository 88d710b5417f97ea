/*
 * Editing an earlier answers file in place (aftoets fill): the values an
 * aft_prior holds, read and replaced one at a time.  Nodes given to the
 * setters must live as long as the prior (in its arena, as a rule); the
 * nodes returned are borrowed from it.
 */
#ifndef AFTOETS_PRIOR_H
#define AFTOETS_PRIOR_H

#include "aftoets/template.h"
#include "yaml/node.h"

/* The answer to c as the file holds it, or NULL when it has none. */
const struct aft_ynode *aft_prior_answer(const struct aft_prior *,
	    const struct aft_criterion *c);
/* Replaces the answer to c; NULL leaves it out. */
void	aft_prior_set_answer(struct aft_prior *, const struct aft_criterion *c,
	    const struct aft_ynode *v);
/*
 * The value of service field key (name, organisation, contact, type,
 * budget_eur, users, assessed_on or assessor), or NULL when it is absent
 * or not one of those.
 */
const struct aft_ynode *aft_prior_service(const struct aft_prior *,
	    const char *key);
/* Replaces a service field; AFT_OK, or AFT_EINPUT for another key. */
int	aft_prior_set_service(struct aft_prior *, const char *key,
	    const struct aft_ynode *v);

/*
 * Whether a and b hold the same of what the catalog does not know:
 * service fields besides the known ones, obsolete answers and unknown
 * keys at the top, each in the same order.
 */
bool	aft_prior_same_rest(const struct aft_prior *a,
	    const struct aft_prior *b);

#endif
