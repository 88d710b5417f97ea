/* Escaping for CSV, XML/HTML and Markdown, in one place. */
#include <stdio.h>
#include <string.h>

#include "escape.h"

#define REPLACEMENT	"\xEF\xBF\xBD"	/* U+FFFD in UTF-8 */

size_t
aft_utf8_next(const char *str, uint32_t *cp)
{
	const unsigned char	*s = (const unsigned char *)str;
	uint32_t		 c = s[0], min;
	size_t			 n;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		c &= 0x1F;
		min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		c &= 0x0F;
		min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		c &= 0x07;
		min = 0x10000;
	} else
		goto bad;
	/* A NUL is not a continuation byte, so this never reads past it. */
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			goto bad;
		c = c << 6 | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		goto bad;
	*cp = c;
	return n;
bad:
	*cp = 0xFFFD;
	return 1;
}

/* Code points that neither XML 1.0 nor HTML accept as text. */
static int
forbidden(uint32_t c)
{
	if (c < 0x20)
		return c != '\t' && c != '\n' && c != '\r';
	if (c >= 0x7F && c <= 0x9F)
		return 1;
	return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/* Writes the n bytes at s, or U+FFFD when they did not decode. */
static void
put_cp(FILE *fp, const char *s, size_t n, uint32_t c)
{
	if (c == 0xFFFD && n == 1)
		fputs(REPLACEMENT, fp);
	else
		fwrite(s, 1, n, fp);
}

static int
status(FILE *fp)
{
	return ferror(fp) ? EOF : 0;
}

int
aft_esc_csv(FILE *fp, const char *s)
{
	int quote = strpbrk(s, ",\"\r\n") != NULL;

	if (quote)
		fputc('"', fp);
	while (*s != '\0') {
		uint32_t	c;
		size_t		n = aft_utf8_next(s, &c);

		if (c == '"')
			fputs("\"\"", fp);
		else
			put_cp(fp, s, n, c);
		s += n;
	}
	if (quote)
		fputc('"', fp);
	return status(fp);
}

int
aft_esc_xml(FILE *fp, const char *s, unsigned flags)
{
	while (*s != '\0') {
		uint32_t	c;
		size_t		n = aft_utf8_next(s, &c);

		switch (c) {
		case '&':
			fputs("&amp;", fp);
			break;
		case '<':
			fputs("&lt;", fp);
			break;
		case '>':
			fputs("&gt;", fp);
			break;
		case '"':
			fputs("&quot;", fp);
			break;
		case '\'':
			/* &apos; is not HTML 4; a number works everywhere. */
			fputs("&#39;", fp);
			break;
		case '\r':
			fputs("&#13;", fp);
			break;
		case '\t':
			fputs(flags & AFT_ESC_ATTR ? "&#9;" : "\t", fp);
			break;
		case '\n':
			fputs(flags & AFT_ESC_ATTR ? "&#10;" : "\n", fp);
			break;
		default:
			if (forbidden(c))
				fputs(REPLACEMENT, fp);
			else
				put_cp(fp, s, n, c);
		}
		s += n;
	}
	return status(fp);
}

int
aft_esc_md(FILE *fp, const char *s)
{
	/*
	 * Inline syntax: code spans, emphasis, links and images, raw HTML
	 * and entities, table cells, strikethrough and GitHub's maths.
	 * Line-start syntax (headings, lists, quotes) cannot arise, since
	 * line ends become spaces and callers never start a line with text.
	 */
	static const char special[] = "\\`*_[]<>&|~$";

	while (*s != '\0') {
		uint32_t	c;
		size_t		n = aft_utf8_next(s, &c);

		if (c == '\r' || c == '\n') {
			/* A run of line ends is one space; none at the end. */
			n = strspn(s, "\r\n");
			if (s[n] != '\0')
				fputc(' ', fp);
		} else if (c == '\t')
			fputc(' ', fp);
		else if (c < 0x80 && strchr(special, (int)c) != NULL) {
			fputc('\\', fp);
			fputc((int)c, fp);
		} else if (forbidden(c))
			fputs(REPLACEMENT, fp);
		else
			put_cp(fp, s, n, c);
		s += n;
	}
	return status(fp);
}
