/* Columns of terminal text: widths, padding and word wrapping. */
#include <stdlib.h>

#include "util/escape.h"
#include "util/textcol.h"

#define REPLACEMENT	"\xEF\xBF\xBD"

/*
 * Returns s itself when the terminal shows it unchanged, or its escaped
 * form in *tmp, which the caller frees.  Without memory the text is shown
 * as one U+FFFD: never raw.
 */
static const char *
shown(const char *s, unsigned flags, char **tmp)
{
	*tmp = NULL;
	if (s[aft_esc_term_span(s, flags)] == '\0')
		return s;
	*tmp = aft_esc_term_dup(s, flags);
	return *tmp != NULL ? *tmp : REPLACEMENT;
}

/* Columns and bytes of s, which the terminal shows as it is. */
static size_t
width(const char *s, size_t *bytes)
{
	const char	*p = s;
	size_t		 w = 0;

	for (; *p != '\0'; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			w++;
	*bytes = (size_t)(p - s);
	return w;
}

size_t
aft_tc_width(const char *s)
{
	char	*tmp;
	size_t	 n, w = width(shown(s, 0, &tmp), &n);

	free(tmp);
	return w;
}

void
aft_tcb_term(struct aft_sb *b, const char *s, unsigned flags)
{
	char *tmp;

	aft_sb_puts(b, shown(s, flags, &tmp));
	free(tmp);
}

void
aft_tcb_cell(struct aft_sb *b, const char *s, size_t w)
{
	char	*tmp;
	size_t	 n, sw;

	s = shown(s, 0, &tmp);
	sw = width(s, &n);
	aft_sb_put(b, s, n);
	if (sw < w)
		aft_sb_pad(b, w - sw);
	free(tmp);
}

void
aft_tcb_rcell(struct aft_sb *b, const char *s, size_t w)
{
	char	*tmp;
	size_t	 n, sw;

	s = shown(s, 0, &tmp);
	sw = width(s, &n);
	if (sw < w)
		aft_sb_pad(b, w - sw);
	aft_sb_put(b, s, n);
	free(tmp);
}

void
aft_tcb_wrap(struct aft_sb *b, const char *text, size_t col, size_t indent,
    size_t limit)
{
	char		*tmp;
	const char	*s = shown(text, AFT_ESC_NL, &tmp);

	while (*s == ' ')
		s++;
	if (*s == '\0')
		aft_sb_putc(b, '\n');
	while (*s != '\0') {
		const char	*end = s, *brk = NULL;
		size_t		 w = col;

		/* Find the last space that keeps the line within the limit. */
		while (*end != '\0' && *end != '\n') {
			if (*end == ' ' && w <= limit)
				brk = end;
			if (((unsigned char)*end & 0xC0) != 0x80)
				w++;
			end++;
			if (w > limit && brk != NULL)
				break;
		}
		if (w > limit && brk != NULL)
			end = brk;
		aft_sb_put(b, s, (size_t)(end - s));
		aft_sb_putc(b, '\n');
		s = end;
		while (*s == ' ' || *s == '\n')
			s++;
		if (*s != '\0') {
			aft_sb_pad(b, indent);
			col = indent;
		}
	}
	free(tmp);
}

/*
 * The stream forms: the same writers through a small buffer that drains
 * into the stream.
 */
#define VIA_STREAM(fp, call) do {					\
	char		buf_[256];					\
	struct aft_sb	b_;						\
									\
	aft_sb_init_sink(&b_, buf_, sizeof(buf_), (fp));		\
	call;								\
	aft_sb_flush(&b_);						\
} while (0)

void
aft_tc_pad(FILE *fp, size_t n)
{
	VIA_STREAM(fp, aft_sb_pad(&b_, n));
}

void
aft_tc_cell(FILE *fp, const char *s, size_t w)
{
	VIA_STREAM(fp, aft_tcb_cell(&b_, s, w));
}

void
aft_tc_rcell(FILE *fp, const char *s, size_t w)
{
	VIA_STREAM(fp, aft_tcb_rcell(&b_, s, w));
}

void
aft_tc_wrap(FILE *fp, const char *s, size_t col, size_t indent, size_t limit)
{
	VIA_STREAM(fp, aft_tcb_wrap(&b_, s, col, indent, limit));
}
