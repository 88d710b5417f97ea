/* Escaping for CSV, XML/HTML, Markdown and the terminal, in one place. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/escape.h"

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

int
aft_xml_forbidden(uint32_t c)
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
aft_esc_formula_like(const char *s)
{
	return *s != '\0' && strchr("=+-@\t\r", *s) != NULL;
}

void
aft_esc_csv_sb(struct aft_sb *b, const char *s)
{
	int		 quote = strpbrk(s, ",\"\r\n") != NULL;
	const char	*run = s;

	if (quote)
		aft_sb_putc(b, '"');
	if (aft_esc_formula_like(s))
		aft_sb_putc(b, '\'');
	/* Runs of characters kept as they are go out in one piece. */
	while (*s != '\0') {
		uint32_t	c;
		size_t		n;

		if ((unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7F &&
		    *s != '"') {
			s++;
			continue;
		}
		n = aft_utf8_next(s, &c);
		if (c != '"' && c != '\r' && !aft_xml_forbidden(c) &&
		    !(c == 0xFFFD && n == 1)) {
			s += n;
			continue;
		}
		aft_sb_put(b, run, (size_t)(s - run));
		aft_sb_puts(b, c == '"' ? "\"\"" : REPLACEMENT);
		s += n;
		run = s;
	}
	aft_sb_put(b, run, (size_t)(s - run));
	if (quote)
		aft_sb_putc(b, '"');
}

int
aft_esc_csv(FILE *fp, const char *s)
{
	char		buf[256];
	struct aft_sb	b;

	aft_sb_init_sink(&b, buf, sizeof(buf), fp);
	aft_esc_csv_sb(&b, s);
	return aft_sb_flush(&b);
}

int
aft_esc_xml(FILE *fp, const char *s, unsigned flags)
{
	while (*s != '\0') {
		uint32_t	c;
		size_t		n = 0;

		/*
		 * A run of printable ASCII that needs no escape goes out at
		 * once: most text is such runs, and a page is mostly text.
		 */
		while ((unsigned char)s[n] >= 0x20 && (unsigned char)s[n] < 0x7F &&
		    s[n] != '&' && s[n] != '<' && s[n] != '>' && s[n] != '"' &&
		    s[n] != '\'')
			n++;
		if (n > 0) {
			fwrite(s, 1, n, fp);
			s += n;
			continue;
		}
		n = aft_utf8_next(s, &c);

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
			if (aft_xml_forbidden(c))
				fputs(REPLACEMENT, fp);
			else
				put_cp(fp, s, n, c);
		}
		s += n;
	}
	return status(fp);
}

/* True when the three bytes before s, from start on, spell "www". */
static int
after_www(const char *start, const char *s)
{
	return s - start >= 3 && strncasecmp(s - 3, "www", 3) == 0;
}

int
aft_esc_md(FILE *fp, const char *s)
{
	/*
	 * Inline syntax: code spans, emphasis, links and images, raw HTML
	 * and entities, table cells, strikethrough, GitHub's maths and
	 * headings.  Line-start syntax (lists, quotes) cannot arise, since
	 * line ends become spaces and callers never start a line with text.
	 */
	static const char	 special[] = "\\`*_[]<>&|~$#";
	const char		*start = s;

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
		else if ((c < 0x80 && strchr(special, (int)c) != NULL) ||
		    (c == ':' && strncmp(s + 1, "//", 2) == 0) ||
		    (c == '.' && after_www(start, s))) {
			/* The last two stop GitHub's links from bare addresses. */
			fputc('\\', fp);
			fputc((int)c, fp);
		} else if (c == '@') {
			/*
			 * An e-mail address becomes a link even when escaped,
			 * as escapes are undone before links are looked for;
			 * an empty comment after the '@' parts the address,
			 * and shows as nothing.
			 */
			fputs(isalnum((unsigned char)s[1]) ? "@<!-- -->" : "@",
			    fp);
		} else if (aft_xml_forbidden(c))
			fputs(REPLACEMENT, fp);
		else
			put_cp(fp, s, n, c);
		s += n;
	}
	return status(fp);
}

/* The bidirectional overrides and isolates, which reorder text shown. */
static int
bidi_control(uint32_t c)
{
	return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

size_t
aft_esc_term_span(const char *str, unsigned flags)
{
	const unsigned char	*s = (const unsigned char *)str, *p = s;
	uint32_t		 c;
	size_t			 n;

	for (;;) {
		if (*p >= 0x20 && *p < 0x7F) {
			p++;
			continue;
		}
		if (*p == '\n' && (flags & AFT_ESC_NL)) {
			p++;
			continue;
		}
		if (*p < 0x80)		/* NUL, a C0 control or DEL */
			break;
		/* Only C2, E2 and invalid bytes can start a sequence to escape. */
		n = aft_utf8_next((const char *)p, &c);
		if (n == 1 || c <= 0x9F || bidi_control(c))
			break;
		p += n;
	}
	return (size_t)(p - s);
}

int
aft_esc_term(FILE *fp, const char *s, unsigned flags)
{
	for (;;) {
		size_t		n = aft_esc_term_span(s, flags);
		uint32_t	c;

		if (n > 0)
			fwrite(s, 1, n, fp);
		s += n;
		if (*s == '\0')
			break;
		n = aft_utf8_next(s, &c);
		if (c == 0xFFFD)
			fputs(REPLACEMENT, fp);
		else if (c == '\t' || c == '\n')
			fputc(' ', fp);
		else if (c <= 0x9F)
			fprintf(fp, "\\x%02x", (unsigned)c);
		else
			fprintf(fp, "\\u%04x", (unsigned)c);
		s += n;
	}
	return status(fp);
}

char *
aft_esc_term_dup(const char *s, unsigned flags)
{
	char	*buf = NULL;
	size_t	 len;
	FILE	*fp = open_memstream(&buf, &len);

	if (fp == NULL)
		return NULL;
	if (aft_esc_term(fp, s, flags) != 0) {
		fclose(fp);
		free(buf);
		return NULL;
	}
	if (fclose(fp) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}

char *
aft_xml_chars_dup(const char *s)
{
	size_t	 len = strlen(s), k = 0;
	char	*out = malloc(3 * len + 1);	/* U+FFFD for each byte */

	if (out == NULL)
		return NULL;
	while (*s != '\0') {
		uint32_t	c;
		size_t		n = aft_utf8_next(s, &c);

		if (c == 0xFFFD || (aft_xml_forbidden(c) && c != '\t' &&
		    c != '\n')) {
			memcpy(out + k, REPLACEMENT, 3);
			k += 3;
		} else {
			memcpy(out + k, s, n);
			k += n;
		}
		s += n;
	}
	out[k] = '\0';
	return out;
}

int
aft_esc_md_code(FILE *fp, const char *s)
{
	size_t len = strlen(s);

	if (len > 0 && strcspn(s, "`|") == len &&
	    aft_esc_term_span(s, 0) == len && s[0] != ' ' && s[len - 1] != ' ') {
		fputc('`', fp);
		fputs(s, fp);
		fputc('`', fp);
		return status(fp);
	}
	return aft_esc_md(fp, s);
}
