/*
 * Escaping for the formats that are text with a syntax of their own: CSV
 * fields, XML and HTML text and attribute values; and through
 * aftoets/escape.h, inline Markdown and text shown in a terminal.
 * Each function writes the escaped form of a NUL-terminated UTF-8 string
 * to a stream the caller owns; nothing is allocated.  Bytes that are not
 * valid UTF-8 come out as U+FFFD, so the output is always valid UTF-8.
 */
#ifndef AFTOETS_UTIL_ESCAPE_H
#define AFTOETS_UTIL_ESCAPE_H

#include <stdint.h>
#include <stdio.h>

#include "aftoets/escape.h"
#include "util/sbuf.h"

/*
 * Decodes the code point at s (which must not be at its NUL) into *cp
 * and returns how many bytes it took.  An invalid sequence (a stray or
 * missing continuation byte, an overlong form, a surrogate, a value past
 * U+10FFFF) gives U+FFFD for its first byte and returns 1.
 */
size_t	aft_utf8_next(const char *s, uint32_t *cp);

/*
 * True when a spreadsheet would take text starting like s for a formula:
 * it starts with '=', '+', '-', '@', tab or CR (the OWASP list).
 */
int	aft_esc_formula_like(const char *s);

/*
 * Writes s, a text (never a number the program computed), as one CSV
 * field (RFC 4180): in double quotes, with quotes doubled, when it holds
 * a comma, a quote, CR or LF; as it is otherwise.  A text that starts
 * with '=', '+', '-', '@', tab or CR gets a leading "'", so that no
 * spreadsheet takes it for a formula.  CR and the control characters
 * that aft_esc_xml() replaces become U+FFFD; tab and LF are kept.
 * Returns 0, or EOF when writing failed.
 */
int	aft_esc_csv(FILE *, const char *s);
/* The same, into a buffer. */
void	aft_esc_csv_sb(struct aft_sb *, const char *s);

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
 * True for the code points that neither XML 1.0 nor HTML accept as text:
 * control characters other than tab, LF and CR, DEL, the C1 controls and
 * the Unicode noncharacters.
 */
int	aft_xml_forbidden(uint32_t c);

/*
 * Returns a malloc'd copy of s in which each character that
 * aft_xml_forbidden() names (but tab and LF) and each byte that is not
 * valid UTF-8 is U+FFFD, for libraries that write text into XML as it
 * is; NULL when out of memory.
 */
char	*aft_xml_chars_dup(const char *s);

#endif
