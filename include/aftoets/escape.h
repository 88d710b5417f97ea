/*
 * Text written by someone else, shown where it cannot act: in a terminal
 * (no control sequence, no bidirectional override) or in Markdown (no
 * emphasis, link or HTML it did not mean).  Each function writes the
 * escaped form of a NUL-terminated UTF-8 string to a stream the caller
 * owns; bytes that are not valid UTF-8 come out as U+FFFD.
 */
#ifndef AFTOETS_ESCAPE_H
#define AFTOETS_ESCAPE_H

#include <stddef.h>
#include <stdio.h>

/* Flags for aft_esc_term(). */
#define AFT_ESC_NL	0x2	/* terminal text: keep line ends */

/*
 * Writes s as terminal text that cannot act on the terminal: each C0
 * control character (other than tab and LF), DEL and each C1 control
 * becomes "\x" and two hex digits of its code ("\x1b" for ESC, "\x9b"
 * for U+009B), a bidirectional override or isolate (U+202A to U+202E,
 * U+2066 to U+2069) becomes "\u" and four hex digits ("\u202e"), a tab
 * a space, and a byte that is not valid UTF-8 U+FFFD.  LF is kept with
 * AFT_ESC_NL and is a space without it.  A backslash is left as it is.
 * Clean runs are written in one piece; nothing is allocated.
 * Returns 0 or EOF.
 */
int	aft_esc_term(FILE *, const char *s, unsigned flags);

/*
 * Returns the length of the longest start of s that aft_esc_term()
 * writes unchanged; s needs no escaping when s[length] is NUL.
 */
size_t	aft_esc_term_span(const char *s, unsigned flags);

/*
 * Returns the terminal form of s as aft_esc_term() writes it, in a
 * malloc'd string the caller free()s, or NULL when out of memory.
 */
char	*aft_esc_term_dup(const char *s, unsigned flags);

/*
 * Writes s as inline Markdown text (CommonMark and GitHub's dialect)
 * that shows exactly s: the characters that start emphasis, code, links,
 * HTML, tables, strikethrough, maths or headings get a backslash, and each
 * run of line ends becomes a space (none at the end) and a tab a space,
 * so the text also fits in one table cell.  Bare addresses are kept from
 * becoming links: the ':' of "://" and the '.' after "www" get a
 * backslash, and an '@' before a letter or digit is followed by an empty
 * HTML comment ("<!-- -->"), which shows as nothing.
 * Control characters become U+FFFD.  Returns 0 or EOF.
 */
int	aft_esc_md(FILE *, const char *s);

/*
 * Writes s as a Markdown code span when one shows it as it is (no
 * backtick, table bar, control or bidirectional character in it, no
 * space at either end), and as aft_esc_md() text otherwise.  Returns 0
 * or EOF.
 */
int	aft_esc_md_code(FILE *, const char *s);

#endif
