/*
 * Assessments kept until the end of a report.  The formats that write a
 * whole document at the end (html, xlsx) receive each result in an
 * arena that is freed right after aft_report_one(); they copy it here.
 * A keep owns every copy in its own arena, released by aft_keep_fini();
 * the copies still borrow the catalog, which must outlive the keep.
 */
#ifndef AFTOETS_KEEP_H
#define AFTOETS_KEEP_H

#include <stddef.h>

#include "aftoets/arena.h"
#include "aftoets/diag.h"
#include "aftoets/score.h"

/*
 * An input that could not be scored, with copies of some of its errors
 * (their loc.file points at file) and the count of all of them.
 */
struct aft_kept_fail {
	const char		*file;
	struct aft_diag		*diags;
	size_t			 ndiags;
	size_t			 nerr;
	struct aft_kept_fail	*next;
};

struct aft_kept {
	const struct aft_result	*res;
	struct aft_kept		*next;
};

/*
 * The few numbers of an assessment that an overview shows, for a report
 * that writes each assessment as it comes and keeps only these: a few
 * hundred bytes a service instead of the whole result.
 */
struct aft_row {
	const char	*name, *org, *file;
	const char	*href;		/* where the service's page is */
	enum aft_tri	 sig;
	struct aft_opt	 overall;
	size_t		 band;
	struct aft_opt	*score;		/* per principle, catalog order */
	size_t		*pband;
	size_t		 npr;
	size_t		 answered, total;
	struct aft_row	*next;
};

struct aft_keep {
	struct aft_arena	 arena;
	struct aft_kept		*head, *tail;	/* in given order */
	size_t			 n;
	struct aft_row		*rhead, *rtail;	/* in given order */
	size_t			 nrows;
	struct aft_kept_fail	*fhead, *ftail;
	size_t			 nfail;
};

void	aft_keep_init(struct aft_keep *);
void	aft_keep_fini(struct aft_keep *);

/*
 * Copies res, its answers and everything they point to, except the
 * catalog, into arena a.  Returns AFT_OK with *out set, or AFT_ENOMEM.
 */
int	aft_result_dup(struct aft_result **out, const struct aft_result *res,
	    struct aft_arena *a);

/* Appends a copy of res; AFT_OK or AFT_ENOMEM. */
int	aft_keep_result(struct aft_keep *, const struct aft_result *res);
/*
 * Appends the row of res, its page at href (copied; may be NULL);
 * AFT_OK or AFT_ENOMEM.
 */
int	aft_keep_row(struct aft_keep *, const struct aft_result *res,
	    const char *href);
/*
 * Appends a failed input with copies of at most maxdiags of its
 * diagnostics (errors first, in their order); AFT_OK or AFT_ENOMEM.
 */
int	aft_keep_fail(struct aft_keep *, const char *file,
	    const struct aft_diags *, size_t maxdiags);

#endif
