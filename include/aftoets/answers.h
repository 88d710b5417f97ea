/*
 * A filled-in answers file.  Everything in it lives in the arena given
 * to aft_answers_read(); the catalog it was read against must outlive it.
 */
#ifndef AFTOETS_ANSWERS_H
#define AFTOETS_ANSWERS_H

#include <stdbool.h>
#include <stddef.h>

#include "aftoets/arena.h"
#include "aftoets/catalog.h"
#include "aftoets/diag.h"

enum aft_status {
	AFT_UNANSWERED = 0,
	AFT_ANSWERED,
	AFT_NVT
};

enum aft_stype {
	AFT_STYPE_NONE = 0,
	AFT_STYPE_NIEUW,
	AFT_STYPE_HERWERKING
};

struct aft_answer {
	enum aft_status	 status;
	int		 level;		/* index into the catalog's levels */
	const char	*motivation;	/* NULL when not given */
	const char	*actions;
	struct aft_loc	 loc;		/* of the answer; line 0 if absent */
	bool		 empty;		/* given, but with no level */
};

struct aft_service {
	const char	*name;
	const char	*organisation, *contact, *assessed_on, *assessor;
	enum aft_stype	 type;
	bool		 has_budget, has_users;
	double		 budget_eur;
	double		 users;
};

/* Whether an answer under a replaced id counts for its successor. */
enum aft_replaced_how {
	AFT_REPLACED_COUNTS = 0,	/* it counts for its successor */
	AFT_REPLACED_OWN,		/* the successor has its own answer */
	AFT_REPLACED_EARLIER		/* an earlier old id counts for it */
};

/*
 * An answer given under an id the catalog has replaced.  The ids are the
 * catalog's spelling and live as long as the catalog.
 */
struct aft_replaced {
	const char			*id;		/* the old id */
	const struct aft_criterion	*successor;
	struct aft_loc			 loc;		/* of the old id */
	enum aft_replaced_how		 how;
	const char			*earlier;	/* AFT_REPLACED_EARLIER:
							   the old id that counts */
};

struct aft_answers {
	const char			*file;
	const struct aft_catalog	*cat;
	struct aft_service		 service;
	struct aft_answer		*answers;	/* one per criterion */
	/* The answers under replaced ids, in the order of the file. */
	struct aft_replaced		*replaced;
	size_t				 nreplaced;
};

/*
 * Reads answers from buf against cat, as flags say.  Returns AFT_OK with *out set
 * (warnings may be in d), or a status when the file cannot be scored,
 * with every problem found in d.  file is borrowed for locations.
 */
int	aft_answers_read(struct aft_answers **out,
	    const struct aft_catalog *cat, const char *file, const char *buf,
	    size_t len, unsigned flags, struct aft_arena *,
	    struct aft_diags *d);

/* Flags for aft_answers_read(). */
#define AFT_ANS_WARN_UNANSWERED	0x1	/* warn about each unanswered one */
#define AFT_ANS_TREE		0x2	/* always through the node tree (tests) */

/*
 * Sets *like to whether buf holds an answers file, as a person writes
 * one, whatever its catalog and whether it scores: a YAML mapping with
 * a 'service' or an 'answers' key at the top, read within the limits
 * of aft_answers_read().  A file with a syntax error counts when such a
 * key comes before the error.  A mapping that also has a 'file' key at
 * the top is the JSON report of one assessment, not an answers file.
 * Reports nothing; returns AFT_OK, or AFT_ENOMEM with *like false.
 */
int	aft_answers_like(bool *like, const char *buf, size_t len);

#endif
