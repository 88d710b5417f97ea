/*
 * Turning command-line paths into the list of inputs to score: files as
 * given, "-" for standard input, and the *.yaml and *.yml files of
 * folders (every level with recursion) in sorted path order.  The list
 * owns its path strings.
 */
#ifndef AFTOETS_WALK_H
#define AFTOETS_WALK_H

#include <stdbool.h>
#include <stddef.h>

#include "aftoets/msg.h"

struct aft_input {
	char		*path;
	/*
	 * 0, or a message about a problem found while walking (a folder
	 * that cannot be read, a symbolic link loop); the input is then
	 * reported as failed in its place.
	 */
	enum aft_msg	 err;
	bool		 has_err;
};

struct aft_inputs {
	struct aft_input	*v;
	size_t			 n, cap;
	bool			 folder;	/* some path was a folder */
};

void	aft_inputs_init(struct aft_inputs *);
void	aft_inputs_fini(struct aft_inputs *);
/*
 * Adds the inputs that path stands for.  Hidden entries and files with
 * other extensions inside folders are skipped, as are subfolders unless
 * recursive.  Returns AFT_OK or AFT_ENOMEM.
 */
int	aft_inputs_add(struct aft_inputs *, const char *path, bool recursive);

#endif
