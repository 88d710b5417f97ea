/*
 * Escaping for the formats that are text with a syntax of their own: CSV
 * fields, XML and HTML text and attribute values, and inline Markdown.
 * Each function writes the escaped form of a NUL-terminated UTF-8 string
 * to a stream the caller owns; nothing is allocated.  Bytes that are not
 * valid UTF-8 come out as U+FFFD, so the output is always valid UTF-8.
 */
#ifndef AFTOETS_ESCAPE_H
#define AFTOETS_ESCAPE_H

#include <stdint.h>
#include <stdio.h>

/*
 * Decodes the code point at s (which must not be at its NUL) into *cp
 * and returns how many bytes it took.  An invalid sequence (a stray or
 * missing continuation byte, an overlong form, a surrogate, a value past
 * U+10FFFF) gives U+FFFD for its first byte and returns 1.
 */
size_t	aft_utf8_next(const char *s, uint32_t *cp);

/*
 * Writes s as one CSV field (RFC 4180): in double quotes, with quotes
 * doubled, when it holds a comma, a quote, CR or LF; as it is otherwise.
 * Returns 0, or EOF when writing failed.
 */
int	aft_esc_csv(FILE *, const char *s);

/* Flags for aft_esc_xml(). */
#define AFT_ESC_ATTR	0x1	/* an attribute value: keep tab and newlines */

/*
 * Writes s as XML or HTML character data, safe both as element content
 * and inside a double- or single-quoted attribute value: & < > " and '
 * become references.  Control characters other than tab, LF and CR, the
 * C1 controls, DEL and the Unicode noncharacters (none of which XML 1.0
 * or HTML allow) become U+FFFD.  CR is always written as &#13; so that
 * a parser's line-end normalisation keeps it; with AFT_ESC_ATTR, tab and
 * LF are written as &#9; and &#10; too, which attribute value
 * normalisation would otherwise turn into spaces.  Returns 0 or EOF.
 */
int	aft_esc_xml(FILE *, const char *s, unsigned flags);

/*
 * Writes s as inline Markdown text (CommonMark and GitHub's dialect)
 * that shows exactly s: the characters that start emphasis, code, links,
 * HTML, tables, strikethrough or maths get a backslash, and each run of
 * line ends becomes a space (none at the end) and a tab a space, so the
 * text also fits in one table cell.
 * Control characters become U+FFFD.  Returns 0 or EOF.
 */
int	aft_esc_md(FILE *, const char *s);

#endif
