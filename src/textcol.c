/* Columns of terminal text: widths, padding and word wrapping. */
#include <stdlib.h>

#include "escape.h"
#include "textcol.h"

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

static size_t
width(const char *s)
{
	size_t w = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

size_t
aft_tc_width(const char *s)
{
	char	*tmp;
	size_t	 w = width(shown(s, 0, &tmp));

	free(tmp);
	return w;
}

void
aft_tc_pad(FILE *fp, size_t n)
{
	static const char spaces[] = "                                ";

	/* A write per run of spaces, not per space: reports pad a lot. */
	while (n > 0) {
		size_t k = n < sizeof(spaces) - 1 ? n : sizeof(spaces) - 1;

		fwrite(spaces, 1, k, fp);
		n -= k;
	}
}

void
aft_tc_cell(FILE *fp, const char *s, size_t w)
{
	char	*tmp;
	size_t	 sw;

	s = shown(s, 0, &tmp);
	sw = width(s);
	fputs(s, fp);
	if (sw < w)
		aft_tc_pad(fp, w - sw);
	free(tmp);
}

void
aft_tc_rcell(FILE *fp, const char *s, size_t w)
{
	char	*tmp;
	size_t	 sw;

	s = shown(s, 0, &tmp);
	sw = width(s);
	if (sw < w)
		aft_tc_pad(fp, w - sw);
	fputs(s, fp);
	free(tmp);
}

void
aft_tc_wrap(FILE *fp, const char *text, size_t col, size_t indent,
    size_t limit)
{
	char		*tmp;
	const char	*s = shown(text, AFT_ESC_NL, &tmp);

	while (*s == ' ')
		s++;
	if (*s == '\0')
		fputc('\n', fp);
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
		fwrite(s, 1, (size_t)(end - s), fp);
		fputc('\n', fp);
		s = end;
		while (*s == ' ' || *s == '\n')
			s++;
		if (*s != '\0') {
			aft_tc_pad(fp, indent);
			col = indent;
		}
	}
	free(tmp);
}
