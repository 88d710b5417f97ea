/* Rendering an assessment into memory, apart from the report. */
#include <stdio.h>
#include <stdlib.h>

#include "render.h"

int
aft_render_mem(const struct aft_report *r, const struct aft_result *res,
    int (*one)(struct aft_report *, const struct aft_result *),
    char **buf, size_t *len)
{
	struct aft_report	w = *r;
	int			rc;

	*buf = NULL;
	*len = 0;
	if ((w.fp = open_memstream(buf, len)) == NULL)
		return AFT_ENOMEM;
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
