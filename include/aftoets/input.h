/*
 * Reading input files whole, within a size limit.  The buffer returned
 * is malloc'd and owned by the caller, who free()s it, or comes from an
 * arena the caller gives.
 */
#ifndef AFTOETS_INPUT_H
#define AFTOETS_INPUT_H

#include <stddef.h>

#include "aftoets/arena.h"
#include "aftoets/diag.h"

/* The default largest input, in bytes. */
#define AFT_INPUT_MAX	(4u * 1024 * 1024)

/*
 * Reads path ("-" for standard input) into *buf (NUL-terminated) and
 * *len.  Refuses folders, FIFOs, devices and files over max bytes
 * without blocking.  name is how locations name the file.  Returns
 * AFT_OK, AFT_EIO or AFT_ELIMIT with a diagnostic, or AFT_ENOMEM.
 */
int	aft_input_read(char **buf, size_t *len, const char *path,
	    const char *name, size_t max, struct aft_diags *);
/* The same, with *buf allocated from the arena (not to be freed). */
int	aft_input_read_in(struct aft_arena *, char **buf, size_t *len,
	    const char *path, const char *name, size_t max,
	    struct aft_diags *);

#endif
