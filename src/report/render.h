/*
 * Rendering one assessment apart from the report, for the streaming
 * formats that write through a struct aft_report: the format's writer
 * runs on a private report, holding only the fixed parts of the shared
 * one, whose stream is a memory buffer, so that it may run in a worker
 * thread (see aft_report_render()).
 */
#ifndef AFTOETS_RENDER_H
#define AFTOETS_RENDER_H

#include <stddef.h>

#include "aftoets/report.h"

/*
 * Runs one(copy, res) with the copy writing to memory; on AFT_OK *buf
 * (malloc'd, for the caller to free) and *len hold what it wrote.  one
 * sees the report's ops, catalog, options and format state, which the
 * format must not change after its begin(); the count and summary are
 * zero.  Returns AFT_OK, the writer's status,
 * or AFT_ENOMEM.
 */
int	aft_render_mem(const struct aft_report *, const struct aft_result *res,
	    int (*one)(struct aft_report *, const struct aft_result *),
	    char **buf, size_t *len);

#endif
