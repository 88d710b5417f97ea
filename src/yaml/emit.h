/*
 * Writing YAML that reads back as what was meant: scalars quoted only
 * when they must be, multi-line text as literal blocks, and whole node
 * trees in block style.  Everything is written to a stream the caller
 * owns; nothing is allocated.
 */
#ifndef AFTOETS_YEMIT_H
#define AFTOETS_YEMIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "yaml/node.h"

/*
 * Writes s (len bytes) as the value of a key that was just written
 * (without the space after its colon): " value\n", or " |-\n" and the
 * lines indented by indent + 2, where indent is the column of the key.
 * The text reads back as exactly s under YAML 1.1 and 1.2, as a string.
 */
void	aft_yemit_string(FILE *, const char *s, size_t len, unsigned indent);
/* Writes s as a mapping key (plain when safe, else quoted), no colon. */
void	aft_yemit_key(FILE *, const char *s, size_t len);
/*
 * Writes node v as the value of a key at column indent, the way
 * aft_yemit_string() does: scalars inline, collections in block style
 * on the following lines.  Plain scalars stay plain where that reads
 * back the same, so numbers and words keep their meaning, quoted ones
 * stay quoted (or become literal blocks), and nulls are written as
 * nothing.
 */
void	aft_yemit_node(FILE *, const struct aft_ynode *v, unsigned indent);
/* Whether s would be written plain (unquoted) by aft_yemit_string(). */
bool	aft_yemit_is_plain(const char *s, size_t len);

#endif
