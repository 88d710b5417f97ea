/*
 * Filling in an answers file one answer at a time (aftoets fill).  A fill
 * owns a copy of the file as aft_prior_read() keeps it (every answer,
 * motivation, action, unknown key and obsolete answer), the edits made
 * to it, and the document they render to; it borrows the catalog, which
 * must outlive it.  Every edit is rendered and read back through the
 * answers loader before it is taken, so the document always validates.
 * Free it with aft_fill_free().
 */
#ifndef AFTOETS_FILL_H
#define AFTOETS_FILL_H

#include <stdbool.h>
#include <stddef.h>

#include "aftoets/answers.h"
#include "aftoets/catalog.h"
#include "aftoets/diag.h"

struct aft_fill;

/*
 * The service fields a fill asks for when they are missing, in the
 * order it asks them, NULL-terminated.
 */
extern const char *const aft_fill_service_keys[];

/*
 * Starts a fill of the answers file named file whose contents are buf
 * (len bytes), or of a blank template when buf is NULL.  The file must
 * pass the checks of 'aftoets validate': when it does not, every problem
 * is in d and the function returns AFT_EINPUT.  lang is the language of
 * the template's comments.  Returns AFT_OK with *out set, or a status.
 */
int	aft_fill_new(struct aft_fill **out, const struct aft_catalog *cat,
	    const char *file, const char *buf, size_t len, enum aft_lang lang,
	    struct aft_diags *d);
void	aft_fill_free(struct aft_fill *);

/* The answers as the document holds them now; borrowed from the fill. */
const struct aft_answers *aft_fill_answers(const struct aft_fill *);

/*
 * The document now: the whole answers file as it would be written.
 * Borrowed; it changes with every edit.
 */
const char	*aft_fill_doc(const struct aft_fill *, size_t *len);

/* Whether the document changed since it was read or last saved. */
bool	aft_fill_dirty(const struct aft_fill *);

/*
 * Whether service field key still needs an answer: absent, empty, or the
 * template's placeholder name.
 */
bool	aft_fill_service_missing(const struct aft_fill *, const char *key);

/*
 * Checks one line of text a person typed, as every setter does: valid
 * UTF-8 without control characters (a tab is fine).  Returns AFT_OK, or
 * AFT_EINPUT with the reason in d.
 */
int	aft_fill_check_text(const char *s, struct aft_diags *d);

/*
 * Answers criterion c.  level is a level word (an id, an alias or the
 * points, any case, or the not-applicable word), or NULL to keep the
 * level there is.  motivation and actions are one text each, NULL to
 * keep what there is, or "" to remove it.  Keys the team added to the
 * answer stay.  Returns AFT_OK, or AFT_EINPUT with the reason in d (an
 * unknown level word, a control character, text that is not UTF-8), in
 * which case nothing changed.
 */
int	aft_fill_set_answer(struct aft_fill *, const struct aft_criterion *c,
	    const char *level, const char *motivation, const char *actions,
	    struct aft_diags *d);

/*
 * Sets service field key (one of aft_fill_service_keys, or contact) to
 * value, as a person would type it: an amount such as '€ 750.000' for
 * budget_eur, a count for users, YYYY-MM-DD for assessed_on, nieuw,
 * herwerking, new or rework for type.  Returns AFT_OK, or AFT_EINPUT
 * with the reason in d, in which case nothing changed.
 */
int	aft_fill_set_service(struct aft_fill *, const char *key,
	    const char *value, struct aft_diags *d);

/* How long aft_fill_save() waits for another holder of the file's lock. */
#define AFT_FILL_LOCK_WAIT_MS	10000

/*
 * Writes the document to path atomically: a temporary file beside it,
 * then a rename.  With create, an existing path is refused (EEXIST).
 * An existing file keeps its permission bits.
 *
 * Another writer may have changed the file since the fill read or last
 * wrote it.  So the save takes the lock beside path (aftoets/lock.h),
 * waiting at most AFT_FILL_LOCK_WAIT_MS, and, unless create, reads the
 * file again and compares its stamp (aftoets/stamp.h) with the one it
 * kept.  When the content changed and still validates, the fill takes
 * what the file holds now and makes the edits made since the last save
 * again on top of it: everything else on disk wins, and
 * aft_fill_changes() says what had changed.  When it no longer
 * validates, nothing is written, the file is left as it is, the reasons
 * are in d, and the result is AFT_EINPUT.  A file removed meanwhile is
 * written again.
 *
 * Returns AFT_OK, AFT_EINPUT, AFT_ENOMEM, or AFT_EIO with errno set
 * (EWOULDBLOCK: another process held the lock all that time); after an
 * error the file at path is as it was.
 */
int	aft_fill_save(struct aft_fill *, const char *path, bool create,
	    struct aft_diags *d);

/* The parts of an answer aft_fill_change names. */
#define AFT_FILL_LEVEL		0x1
#define AFT_FILL_MOTIVATION	0x2
#define AFT_FILL_ACTIONS	0x4
#define AFT_FILL_OTHER		0x8	/* the answer's other keys */

/* One part of the file another writer changed. */
struct aft_fill_change {
	const struct aft_criterion	*c;	/* its answer, or NULL */
	/*
	 * With c NULL: the service field (one of aft_fill_service_keys,
	 * or "contact"), or NULL for the rest of the file: other service
	 * fields, obsolete answers, unknown keys.
	 */
	const char			*key;
	unsigned			 parts;	/* with c: AFT_FILL_* */
};

/*
 * What the last aft_fill_save() found changed on disk, in the order of
 * the file: the service fields, the answers in catalog order, then the
 * rest; *n of them, none when the file was as the fill left it.  *gone
 * says whether the file had been removed.  Borrowed until the next save.
 */
const struct aft_fill_change *aft_fill_changes(const struct aft_fill *,
	    size_t *n, bool *gone);

#endif
