/*
 * Compares two reads of one answers file: the default read, which goes
 * without a node tree when it can, and a read through the tree
 * (AFT_ANS_TREE).  They must agree in status, in every message (kind,
 * place and text, in order) and in every field read.  Used by the unit
 * tests' ans_read() and by the answers fuzz harness, so it needs
 * nothing but the library.
 */
#ifndef AFTOETS_TEST_SAME_READ_H
#define AFTOETS_TEST_SAME_READ_H

#include <stdbool.h>
#include <string.h>

#include "aftoets/answers.h"
#include "aftoets/diag.h"

/* Both NULL, or both strings with the same text. */
static inline bool
sr_str(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static inline bool
sr_loc(struct aft_loc a, struct aft_loc b)
{
	return sr_str(a.file, b.file) && a.line == b.line && a.col == b.col;
}

/* NULL when the reads agree; else which part differs first. */
static inline const char *
reads_differ(int rc1, const struct aft_answers *a1,
    const struct aft_diags *d1, int rc2, const struct aft_answers *a2,
    const struct aft_diags *d2)
{
	const struct aft_service *s1, *s2;

	if (rc1 != rc2)
		return "status";
	if (d1->n != d2->n || d1->nerr != d2->nerr ||
	    d1->nwarn != d2->nwarn || d1->dropped != d2->dropped ||
	    d1->oom != d2->oom)
		return "number of messages";
	for (size_t i = 0; i < d1->n; i++)
		if (d1->v[i].sev != d2->v[i].sev ||
		    !sr_loc(d1->v[i].loc, d2->v[i].loc) ||
		    !sr_str(d1->v[i].msg, d2->v[i].msg))
			return "a message";
	if ((a1 == NULL) != (a2 == NULL))
		return "answers read or not";
	if (a1 == NULL)
		return NULL;
	if (!sr_str(a1->file, a2->file) || a1->cat != a2->cat)
		return "file or catalog";
	s1 = &a1->service;
	s2 = &a2->service;
	if (!sr_str(s1->name, s2->name) ||
	    !sr_str(s1->organisation, s2->organisation) ||
	    !sr_str(s1->contact, s2->contact) ||
	    !sr_str(s1->assessed_on, s2->assessed_on) ||
	    !sr_str(s1->assessor, s2->assessor) || s1->type != s2->type ||
	    s1->has_budget != s2->has_budget ||
	    s1->has_users != s2->has_users ||
	    (s1->has_budget && s1->budget_eur != s2->budget_eur) ||
	    (s1->has_users && s1->users != s2->users))
		return "service";
	for (size_t i = 0; i < a1->cat->ncriteria; i++) {
		const struct aft_answer *x = &a1->answers[i], *y = &a2->answers[i];

		if (x->status != y->status || x->level != y->level ||
		    !sr_str(x->motivation, y->motivation) ||
		    !sr_str(x->actions, y->actions) ||
		    !sr_loc(x->loc, y->loc) || x->empty != y->empty)
			return "an answer";
	}
	if (a1->nreplaced != a2->nreplaced)
		return "number of replaced ids";
	for (size_t i = 0; i < a1->nreplaced; i++) {
		const struct aft_replaced *x = &a1->replaced[i];
		const struct aft_replaced *y = &a2->replaced[i];

		if (!sr_str(x->id, y->id) || x->successor != y->successor ||
		    !sr_loc(x->loc, y->loc) || x->how != y->how ||
		    !sr_str(x->earlier, y->earlier))
			return "a replaced id";
	}
	return NULL;
}

#endif
