/*
 * A YAML writer for strings and node trees.  It picks, for each string,
 * the plainest form that reads back unchanged:
 *
 *   plain        a letter first, one line, nothing YAML would read as
 *                a comment, a key, a boolean or null
 *   literal      text over several lines: |- or | by its trailing
 *                newline, with an indentation indicator when the first
 *                line starts with a space
 *   single       one printable line: 'it''s'
 *   double       anything else, with escapes: "a\tb\u2028"
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "yaml/emit.h"

/*
 * The length of a character YAML will not carry raw in our output, at p
 * (with n bytes left), or 0: control characters other than newline, DEL,
 * C1 controls (NEL among them), the line and paragraph separators, the
 * bidirectional overrides and isolates, the byte order mark and the two
 * non-characters U+FFFE and U+FFFF.
 */
static size_t
special(const unsigned char *p, size_t n)
{
	if (p[0] < 0x20 || p[0] == 0x7F)
		return p[0] == '\n' ? 0 : 1;
	if (n >= 2 && p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
		return 2;
	if (n >= 3 && p[0] == 0xE2 && p[1] == 0x80 &&
	    (p[2] == 0xA8 || p[2] == 0xA9))
		return 3;
	/* Bidirectional overrides and isolates, which reorder a line. */
	if (n >= 3 && p[0] == 0xE2 && ((p[1] == 0x80 && p[2] >= 0xAA &&
	    p[2] <= 0xAE) || (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9)))
		return 3;
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		return 3;
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBF &&
	    (p[2] == 0xBE || p[2] == 0xBF))
		return 3;
	return 0;
}

static bool
has_special(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;

	for (size_t i = 0; i < len; i++)
		if (special(u + i, len - i) != 0)
			return true;
	return false;
}

/* Words YAML 1.1 reads as booleans or null when plain. */
static bool
reserved_word(const char *s, size_t len)
{
	static const char *const words[] = { "y", "n", "yes", "no", "true",
	    "false", "on", "off", "null" };

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i]) == len && strncasecmp(words[i], s, len) == 0)
			return true;
	return false;
}

bool
aft_yemit_is_plain(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (len == 0 || !(isalpha(u[0]) || u[0] >= 0x80))
		return false;
	if (s[len - 1] == ' ' || s[len - 1] == ':')
		return false;
	if (has_special(s, len) || reserved_word(s, len))
		return false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n' || s[i] == '\t')
			return false;
		if (s[i] == ':' && i + 1 < len && s[i + 1] == ' ')
			return false;
		if (s[i] == '#' && s[i - 1] == ' ')
			return false;
	}
	return true;
}

/* A plain scalar read from a file, written back as it was. */
static bool
plain_verbatim(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (len == 0 || memchr(s, '\n', len) != NULL || has_special(s, len))
		return false;
	/* What cannot start a plain scalar in block context. */
	if (strchr("-?:,[]{}#&*!|>'\"%@`", u[0]) != NULL && (u[0] != '-' ||
	    len == 1 || s[1] == ' '))
		return false;
	if (u[0] == ' ' || u[0] == '\t' || s[len - 1] == ' ' ||
	    s[len - 1] == '\t' || s[len - 1] == ':')
		return false;
	for (size_t i = 0; i + 1 < len; i++) {
		if (s[i] == ':' && (s[i + 1] == ' ' || s[i + 1] == '\t'))
			return false;
		if ((s[i] == ' ' || s[i] == '\t') && s[i + 1] == '#')
			return false;
	}
	return true;
}

static void
write_double(FILE *fp, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;

	fputc('"', fp);
	for (size_t i = 0; i < len; i++) {
		size_t n = special(u + i, len - i);

		if (u[i] == '"' || u[i] == '\\') {
			fputc('\\', fp);
			fputc(u[i], fp);
		} else if (u[i] == '\n')
			fputs("\\n", fp);
		else if (u[i] == '\t')
			fputs("\\t", fp);
		else if (u[i] == '\r')
			fputs("\\r", fp);
		else if (n == 1)
			fprintf(fp, "\\x%02X", u[i]);
		else if (n == 2) {
			fprintf(fp, "\\u%04X", (unsigned)u[i + 1]);
			i++;
		} else if (n == 3) {
			unsigned cp = ((u[i] & 0x0Fu) << 12) |
			    ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu);

			fprintf(fp, "\\u%04X", cp);
			i += 2;
		} else
			fputc(u[i], fp);
	}
	fputc('"', fp);
}

static void
write_single(FILE *fp, const char *s, size_t len)
{
	fputc('\'', fp);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\'')
			fputc('\'', fp);
		fputc(s[i], fp);
	}
	fputc('\'', fp);
}

/*
 * Whether s can be a literal block: several lines, something besides
 * newlines, no tabs, carriage returns or special characters, and no
 * line ending in a space (editors strip those, and lines of spaces
 * alone are read as indentation).
 */
static bool
literal_ok(const char *s, size_t len)
{
	bool content = false;

	if (memchr(s, '\n', len) == NULL || has_special(s, len))
		return false;
	/*
	 * Kept trailing newlines (|+) would also swallow the blank lines
	 * written after the value.
	 */
	if (len >= 2 && s[len - 1] == '\n' && s[len - 2] == '\n')
		return false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\t' || s[i] == '\r')
			return false;
		if (s[i] == ' ' && (i + 1 == len || s[i + 1] == '\n'))
			return false;
		if (s[i] != '\n')
			content = true;
	}
	return content;
}

static void
spaces(FILE *fp, unsigned n)
{
	while (n-- > 0)
		fputc(' ', fp);
}

static void
write_literal(FILE *fp, const char *s, size_t len, unsigned indent)
{
	size_t	trail = 0, end, i;

	while (trail < len && s[len - 1 - trail] == '\n')
		trail++;
	end = len - trail;
	/* The first line with text decides the indentation, unless told. */
	for (i = 0; i < end && s[i] == '\n'; i++)
		;
	fputs(" |", fp);
	if (s[i] == ' ')
		fputc('2', fp);
	fputs(trail == 0 ? "-\n" : "\n", fp);
	for (i = 0; i < end;) {
		const char	*nl = memchr(s + i, '\n', end - i);
		size_t		 n = nl != NULL ? (size_t)(nl - (s + i)) : end - i;

		if (n > 0) {
			spaces(fp, indent + 2);
			fwrite(s + i, 1, n, fp);
		}
		fputc('\n', fp);
		i += n + 1;
	}
}

/* Writes s in quotes, or as a literal block when it spans lines. */
static void
quoted(FILE *fp, const char *s, size_t len, unsigned indent)
{
	if (literal_ok(s, len))
		write_literal(fp, s, len, indent);
	else {
		fputc(' ', fp);
		if (memchr(s, '\n', len) == NULL && memchr(s, '\t', len) ==
		    NULL && !has_special(s, len))
			write_single(fp, s, len);
		else
			write_double(fp, s, len);
		fputc('\n', fp);
	}
}

void
aft_yemit_string(FILE *fp, const char *s, size_t len, unsigned indent)
{
	if (aft_yemit_is_plain(s, len)) {
		fputc(' ', fp);
		fwrite(s, 1, len, fp);
		fputc('\n', fp);
	} else
		quoted(fp, s, len, indent);
}

void
aft_yemit_key(FILE *fp, const char *s, size_t len)
{
	if (aft_yemit_is_plain(s, len) || (plain_verbatim(s, len) &&
	    !reserved_word(s, len) && strcmp(s, "~") != 0 &&
	    strcmp(s, "<<") != 0))
		fwrite(s, 1, len, fp);
	else if (memchr(s, '\n', len) == NULL && memchr(s, '\t', len) ==
	    NULL && !has_special(s, len))
		write_single(fp, s, len);
	else
		write_double(fp, s, len);
}

void
aft_yemit_node(FILE *fp, const struct aft_ynode *v, unsigned indent)
{
	if (v->tag != NULL)
		fprintf(fp, " !<%s>", v->tag);
	switch (v->kind) {
	case AFT_YSCALAR:
		if (v->plain && aft_ynode_is_null(v))
			fputc('\n', fp);
		else if (v->plain && plain_verbatim(v->str, v->len)) {
			fputc(' ', fp);
			fwrite(v->str, 1, v->len, fp);
			fputc('\n', fp);
		} else if (v->plain)
			aft_yemit_string(fp, v->str, v->len, indent);
		else	/* what the author quoted stays quoted */
			quoted(fp, v->str, v->len, indent);
		break;
	case AFT_YMAP:
		if (v->n == 0) {
			fputs(" {}\n", fp);
			break;
		}
		fputc('\n', fp);
		for (size_t i = 0; i < v->n; i++) {
			const struct aft_ynode *k = v->kids[2 * i];

			spaces(fp, indent + 2);
			aft_yemit_key(fp, k->str, k->len);
			fputc(':', fp);
			aft_yemit_node(fp, v->kids[2 * i + 1], indent + 2);
		}
		break;
	case AFT_YSEQ:
		if (v->n == 0) {
			fputs(" []\n", fp);
			break;
		}
		fputc('\n', fp);
		for (size_t i = 0; i < v->n; i++) {
			spaces(fp, indent + 2);
			fputc('-', fp);
			aft_yemit_node(fp, v->kids[i], indent + 2);
		}
		break;
	}
}
