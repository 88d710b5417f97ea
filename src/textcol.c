/* Columns of terminal text: widths, padding and word wrapping. */
#include "textcol.h"

size_t
aft_tc_width(const char *s)
{
	size_t w = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

void
aft_tc_pad(FILE *fp, size_t n)
{
	while (n-- > 0)
		fputc(' ', fp);
}

void
aft_tc_cell(FILE *fp, const char *s, size_t w)
{
	size_t sw = aft_tc_width(s);

	fputs(s, fp);
	if (sw < w)
		aft_tc_pad(fp, w - sw);
}

void
aft_tc_rcell(FILE *fp, const char *s, size_t w)
{
	size_t sw = aft_tc_width(s);

	if (sw < w)
		aft_tc_pad(fp, w - sw);
	fputs(s, fp);
}

void
aft_tc_wrap(FILE *fp, const char *s, size_t col, size_t indent, size_t limit)
{
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
}
