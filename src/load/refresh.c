/*
 * Refreshing an answers file in place (init --from F -o F --force):
 * the file is read, the template written from it to a temporary file
 * beside it, and the file replaced only while it is still the one that
 * was read.  The lock beside it keeps fill from saving in between; the
 * stamp finds a writer that takes no lock, and the refresh then starts
 * again from what that writer left.
 */
#include <errno.h>
#include <stdlib.h>

#include "aftoets/atomic.h"
#include "aftoets/input.h"
#include "aftoets/lock.h"
#include "aftoets/stamp.h"
#include "aftoets/template.h"

/* How often a file that keeps changing is read again. */
#define TRIES	5

/* Moves every diagnostic of q into d. */
static void
move_diags(struct aft_diags *d, const struct aft_diags *q)
{
	for (size_t i = 0; i < q->n; i++)
		aft_diag_add(d, q->v[i].sev, q->v[i].loc, "%s", q->v[i].msg);
}

/* Whether the file at path is still the one stamped was. */
static bool
unchanged(const struct aft_stamp *was, const char *path, char **buf,
    size_t *len)
{
	struct aft_stamp now;

	if (aft_stamp_read(&now, buf, len, path, AFT_INPUT_MAX) != 0)
		return false;
	switch (aft_stamp_cmp(was, &now)) {
	case AFT_STAMP_SAME:
	case AFT_STAMP_TOUCHED:
		return true;
	case AFT_STAMP_CHANGED:
	case AFT_STAMP_GONE:
		break;
	}
	return false;
}

/*
 * One try: reads the file, writes the template, and replaces the file
 * when it did not change meanwhile (*again false) or leaves it (*again
 * true).
 */
static int
once(const struct aft_catalog *cat, const char *path, const char *name,
    const struct aft_template_opts *o, struct aft_diags *q, bool *again)
{
	struct aft_stamp	 was;
	struct aft_atomic	 at;
	struct aft_prior	*prior;
	struct aft_arena	 a;
	char			*buf = NULL, *cur = NULL;
	size_t			 len = 0, curlen = 0;
	int			 rc;

	*again = false;
	if (aft_stamp_read(&was, &buf, &len, path, AFT_INPUT_MAX) != 0 ||
	    !was.exists) {
		/* Read it as any input, for a located reason. */
		rc = aft_input_read(&buf, &len, path, name, AFT_INPUT_MAX, q);
		free(buf);
		if (rc == AFT_OK)
			*again = true;	/* it was there after all */
		return rc;
	}
	aft_arena_init(&a);
	rc = aft_prior_read(&prior, cat, name, buf, len, &a, q);
	if (rc == AFT_OK && aft_atomic_open(&at, path, true) != 0)
		rc = AFT_EIO;
	else if (rc == AFT_OK) {
		rc = aft_template_write(at.fp, cat, prior, o);
		if (rc == AFT_OK && fflush(at.fp) != 0)
			rc = AFT_EIO;
		if (rc == AFT_OK && unchanged(&was, path, &cur, &curlen)) {
			if (aft_atomic_commit(&at) != 0)
				rc = AFT_EIO;
		} else {
			int saved = errno;

			aft_atomic_abort(&at);
			errno = saved;
			if (rc == AFT_OK)
				*again = true;
		}
	}
	aft_arena_fini(&a);
	free(buf);
	free(cur);
	return rc;
}

int
aft_template_refresh(const struct aft_catalog *cat, const char *path,
    const char *name, const struct aft_template_opts *o,
    unsigned wait_ms, struct aft_diags *d)
{
	struct aft_lock	lk;
	bool		again = true;
	int		rc = AFT_OK, saved;

	if (aft_lock_take(&lk, path, wait_ms) != 0)
		return errno == ENOMEM ? AFT_ENOMEM : AFT_EIO;
	for (int i = 0; again && i < TRIES; i++) {
		struct aft_diags q;

		aft_diags_init(&q, d->lang);
		rc = once(cat, path, name, o, &q, &again);
		/* What a try that is started again said is said again. */
		if (!again)
			move_diags(d, &q);
		aft_diags_fini(&q);
	}
	if (again) {
		rc = AFT_EIO;
		errno = EAGAIN;
	}
	saved = errno;
	aft_lock_release(&lk);
	errno = saved;
	return rc;
}
