/* Rendering an assessment into memory, apart from the report. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <stdio_ext.h>
#endif

#include "report/render.h"

int
aft_render_mem(const struct aft_report *r, const struct aft_result *res,
    int (*one)(struct aft_report *, const struct aft_result *),
    char **buf, size_t *len)
{
	struct aft_report	w;
	int			rc;

	/*
	 * Only the parts that stay fixed while the batch runs: the count and
	 * the summary change under the thread that writes the report.  A
	 * format that renders leaves its state as its begin() made it.
	 */
	memset(&w, 0, sizeof(w));
	w.ops = r->ops;
	w.cat = r->cat;
	w.opt = r->opt;
	w.state = r->state;
	*buf = NULL;
	*len = 0;
	if ((w.fp = open_memstream(buf, len)) == NULL)
		return AFT_ENOMEM;
#ifdef __GLIBC__
	/*
	 * The stream is this thread's alone: without this, every character
	 * written takes a lock once the process has started a thread.
	 */
	__fsetlocking(w.fp, FSETLOCKING_BYCALLER);
#endif
	rc = one(&w, res);
	/* A memory stream fails only for want of memory. */
	if (rc == AFT_EIO || ferror(w.fp))
		rc = AFT_ENOMEM;
	if (fclose(w.fp) != 0 && rc == AFT_OK)
		rc = AFT_ENOMEM;
	if (rc != AFT_OK) {
		free(*buf);
		*buf = NULL;
		*len = 0;
	}
	return rc;
}
