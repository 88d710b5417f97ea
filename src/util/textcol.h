/*
 * Columns of terminal text: widths, padding and word wrapping shared by
 * the text reports.  Width is one column per UTF-8 code point, which
 * holds for the Latin text aftoets writes.  Every function shows text as
 * aft_esc_term() does (a cell without line ends, wrapped text with them),
 * and measures and wraps that form, so text from an input file cannot
 * act on the terminal and columns stay aligned.  Nothing is allocated
 * unless a text needs escaping.
 */
#ifndef AFTOETS_TEXTCOL_H
#define AFTOETS_TEXTCOL_H

#include <stddef.h>
#include <stdio.h>

#include "util/sbuf.h"

/* Display width of UTF-8 text, as a cell shows it. */
size_t	aft_tc_width(const char *);
/*
 * Each writer comes in two forms: into a buffer (aft_tcb_*), for the
 * reports that write much, and into a stream (aft_tc_*).
 */
/* Writes n spaces. */
void	aft_tc_pad(FILE *, size_t n);
/* Writes s left-aligned, padded to w columns. */
void	aft_tc_cell(FILE *, const char *s, size_t w);
/* Writes s right-aligned in w columns. */
void	aft_tc_rcell(FILE *, const char *s, size_t w);
/*
 * Writes s wrapped at spaces so that no line passes column limit (a word
 * longer than a line is not cut); the first line continues at column
 * col, later lines start at column indent.  Ends with a line end.
 */
void	aft_tc_wrap(FILE *, const char *s, size_t col, size_t indent,
	    size_t limit);

/* Writes s as aft_esc_term() does (flags: AFT_ESC_NL keeps line ends). */
void	aft_tcb_term(struct aft_sb *, const char *s, unsigned flags);
void	aft_tcb_cell(struct aft_sb *, const char *s, size_t w);
void	aft_tcb_rcell(struct aft_sb *, const char *s, size_t w);
void	aft_tcb_wrap(struct aft_sb *, const char *s, size_t col,
	    size_t indent, size_t limit);

#endif
