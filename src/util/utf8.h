/*
 * UTF-8 sequences, checked the way jansson and the YAML layer want them:
 * no overlong forms, no surrogates, nothing above U+10FFFF.  Pure
 * functions; the one that copies returns a malloc'd string the caller
 * free()s.
 */
#ifndef AFTOETS_UTF8_H
#define AFTOETS_UTF8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Returns the length (1 to 4) of the valid UTF-8 sequence at s, which
 * has n bytes left, and stores its code point in *cp; returns 0 when
 * the bytes at s are not a valid sequence.
 */
size_t	aft_utf8_seq(const unsigned char *s, size_t n, uint32_t *cp);

/* True when s (NUL-terminated) is valid UTF-8. */
int	aft_utf8_valid(const char *s);

/*
 * Returns a malloc'd copy of s in which every byte that does not start
 * a valid sequence is replaced by U+FFFD, or NULL when out of memory.
 */
char	*aft_utf8_lossy(const char *s);

#endif
