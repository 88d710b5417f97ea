/*
 * Located diagnostics.  A diagnostic list owns copies of its messages;
 * the file names in locations are borrowed from the caller, who keeps
 * them alive as long as the list.
 */
#ifndef AFTOETS_DIAG_H
#define AFTOETS_DIAG_H

#include <stdarg.h>
#include <stddef.h>

#include "aftoets/common.h"
#include "aftoets/msg.h"

/* At most this many messages are kept; the rest are only counted. */
#define AFT_DIAG_KEEP	1000

enum aft_severity {
	AFT_SEV_ERROR,
	AFT_SEV_WARNING
};

struct aft_diag {
	enum aft_severity	 sev;
	struct aft_loc		 loc;
	char			*msg;
};

struct aft_diags {
	struct aft_diag	*v;
	size_t		 n, cap;
	size_t		 nerr, nwarn;
	size_t		 dropped;	/* counted but not kept */
	enum aft_lang	 lang;		/* language of the messages */
	int		 strict;	/* warnings are recorded as errors */
	int		 oom;		/* a message was lost to low memory */
};

void	aft_diags_init(struct aft_diags *, enum aft_lang);
void	aft_diags_fini(struct aft_diags *);
/* Drops every message, keeping the settings. */
void	aft_diags_clear(struct aft_diags *);
/* Where a list stands, so that what came after can be dropped again. */
struct aft_diags_mark {
	size_t	n, nerr, nwarn, dropped;
};
struct aft_diags_mark aft_diags_at(const struct aft_diags *);
/* Drops the messages added since the mark. */
void	aft_diags_rewind(struct aft_diags *, struct aft_diags_mark);

/*
 * Appends an error whose text is message m of the table, formatted with
 * the arguments; returns AFT_EINPUT so that callers can return it.
 */
int	aft_diag_err(struct aft_diags *, struct aft_loc, enum aft_msg m, ...);
/* Appends a warning (an error when strict); returns AFT_OK. */
int	aft_diag_warn(struct aft_diags *, struct aft_loc, enum aft_msg m, ...);
/* Appends an already formatted message. */
int	aft_diag_add(struct aft_diags *, enum aft_severity, struct aft_loc,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
int	aft_diag_vadd(struct aft_diags *, enum aft_severity, struct aft_loc,
	    const char *fmt, va_list);

/* Sorts by file, line and column, keeping the order of equal places. */
void	aft_diags_sort(struct aft_diags *);

#endif
