/*
 * The reader checks of the YAML layer: what the tree loader does to its
 * input before libyaml reads it, and to explain why libyaml stopped.
 *
 * Input is made UTF-8 (a UTF-16 BOM is converted) and checked for
 * invalid sequences and NUL bytes, so that every encoding problem gets a
 * line and column, counted as libyaml counts them.  libyaml's syntax
 * errors become diagnostics in the user's language, with a word on the
 * cases its own message leaves unclear.  Nothing here keeps state.
 */
#include <stdint.h>
#include <string.h>

#include "aftoets/msg.h"
#include "util/utf8.h"
#include "yaml/internal.h"

/* Reads one UTF-16 code unit at in; big-endian when be. */
static uint32_t
unit16(const unsigned char *in, int be)
{
	return be ? (uint32_t)in[0] << 8 | in[1] : (uint32_t)in[1] << 8 | in[0];
}

/*
 * Converts UTF-16 with a BOM to UTF-8.  A lone surrogate or an odd byte
 * at the end is reported at its line and column.  Returns AFT_OK,
 * AFT_EINPUT or AFT_ENOMEM.
 */
int
aft_yfrom_utf16(char **out, size_t *outlen, const char *file,
    const unsigned char *in, size_t len, struct aft_arena *arena,
    struct aft_diags *d)
{
	int		 be = in[0] == 0xFE;
	unsigned	 line = 1, col = 1;
	size_t		 k = 0, even = len - len % 2;
	char		*o;

	/* Each unit yields at most three bytes; a pair yields four. */
	if (len / 2 > (SIZE_MAX - 1) / 3)
		return AFT_ENOMEM;
	if ((o = aft_arena_alloc(arena, len / 2 * 3 + 1)) == NULL)
		return AFT_ENOMEM;
	for (size_t i = 2; i < even; i += 2) {
		uint32_t c = unit16(in + i, be);

		if (c >= 0xD800 && c <= 0xDBFF) {
			uint32_t c2 = i + 3 < even ? unit16(in + i + 2, be) : 0;

			if (c2 < 0xDC00 || c2 > 0xDFFF)
				goto lone;
			c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
			i += 2;
		} else if (c >= 0xDC00 && c <= 0xDFFF)
			goto lone;
		if (c < 0x80)
			o[k++] = (char)c;
		else if (c < 0x800) {
			o[k++] = (char)(0xC0 | c >> 6);
			o[k++] = (char)(0x80 | (c & 0x3F));
		} else if (c < 0x10000) {
			o[k++] = (char)(0xE0 | c >> 12);
			o[k++] = (char)(0x80 | (c >> 6 & 0x3F));
			o[k++] = (char)(0x80 | (c & 0x3F));
		} else {
			o[k++] = (char)(0xF0 | c >> 18);
			o[k++] = (char)(0x80 | (c >> 12 & 0x3F));
			o[k++] = (char)(0x80 | (c >> 6 & 0x3F));
			o[k++] = (char)(0x80 | (c & 0x3F));
		}
		if (c == '\n') {
			line++;
			col = 1;
		} else
			col++;
		continue;
lone:
		{
			struct aft_loc loc = { file, line, col };

			return aft_diag_err(d, loc, AFT_M_UTF16_SURROGATE,
			    (unsigned)c);
		}
	}
	if (even != len) {
		struct aft_loc loc = { file, line, col };

		return aft_diag_err(d, loc, AFT_M_UTF16_ODD);
	}
	o[k] = '\0';
	*out = o;
	*outlen = k;
	return AFT_OK;
}

/*
 * Length of the line break at s (CR LF, CR, LF, NEL, LS or PS, as libyaml
 * counts them), or 0.
 */
static size_t
break_len(const unsigned char *s, size_t left)
{
	if (left >= 2 && s[0] == '\r' && s[1] == '\n')
		return 2;
	if (s[0] == '\r' || s[0] == '\n')
		return 1;
	if (left >= 2 && s[0] == 0xC2 && s[1] == 0x85)
		return 2;
	if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0xA8 || s[2] == 0xA9))
		return 3;
	return 0;
}

/* Finds the line and column of byte offset off, counting code points. */
static struct aft_loc
offset_loc(const char *file, const unsigned char *s, size_t off)
{
	struct aft_loc	loc = { file, 1, 1 };
	size_t		i = 0, n;

	while (i < off) {
		if ((n = break_len(s + i, off - i)) > 0) {
			loc.line++;
			loc.col = 1;
			i += n;
			continue;
		}
		if ((s[i] & 0xC0) != 0x80)
			loc.col++;
		i++;
	}
	return loc;
}

/*
 * The 8 bytes of v with each line feed made '*': a byte of v ^ 0x0A..
 * is zero exactly where v holds a line feed; (x & 0x7F) + 0x7F sets a
 * byte's top bit unless it was zero, without carrying into the next,
 * and that top bit shifted down by two is the 0x20 that turns 0x0A
 * into 0x2A.
 */
static uint64_t
lf_masked(uint64_t v)
{
	uint64_t x = v ^ 0x0A0A0A0A0A0A0A0AULL, z;

	z = ~(((x & 0x7F7F7F7F7F7F7F7FULL) + 0x7F7F7F7F7F7F7F7FULL) | x) &
	    0x8080808080808080ULL;
	return v | z >> 2;
}

/*
 * True when each of the 8 bytes is printable ASCII, 0x20 to 0x7E, or a
 * line feed.  The three terms catch a byte of 0x80 or more, one below
 * 0x20 (the borrow sets its top bit) and 0x7F (the carry sets it); a
 * false alarm only sends the bytes down the slow path.
 */
static int
plain_text8(const unsigned char *s)
{
	uint64_t v;

	memcpy(&v, s, sizeof(v));
	v = lf_masked(v);
	return ((v | (v - 0x2020202020202020ULL) |
	    (v + 0x0101010101010101ULL)) & 0x8080808080808080ULL) == 0;
}

/* The same test over 32 bytes, with one branch. */
static int
plain_text32(const unsigned char *s)
{
	uint64_t v[4], bad = 0;

	memcpy(v, s, sizeof(v));
	for (int k = 0; k < 4; k++) {
		uint64_t w = lf_masked(v[k]);

		bad |= w | (w - 0x2020202020202020ULL) |
		    (w + 0x0101010101010101ULL);
	}
	return (bad & 0x8080808080808080ULL) == 0;
}

/*
 * Recognises what cannot be read as UTF-8 at all: UTF-32 with or without
 * its BOM, and UTF-16 without a BOM, whose NUL bytes would otherwise be
 * reported one by one.  A YAML file never holds NUL, so a NUL among the
 * first bytes tells.  Returns AFT_OK when none of these.
 */
int
aft_ycheck_wide(const char *file, const unsigned char *u, size_t len,
    struct aft_diags *d)
{
	struct aft_loc loc = { file, 0, 0 };

	if (len >= 4 && ((u[0] == 0 && u[1] == 0 && u[2] == 0xFE &&
	    u[3] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 &&
	    u[3] == 0)))
		return aft_diag_err(d, loc, AFT_M_UTF32);
	if (len >= 4 && ((u[0] == 0 && u[1] == 0 && u[2] == 0 && u[3] != 0) ||
	    (u[0] != 0 && u[1] == 0 && u[2] == 0 && u[3] == 0)))
		return aft_diag_err(d, loc, AFT_M_UTF32);
	if (len >= 2 && (u[0] == 0) != (u[1] == 0))
		return aft_diag_err(d, loc, AFT_M_UTF16_NO_BOM);
	return AFT_OK;
}

/*
 * Checks that s is UTF-8 holding only characters YAML allows: no NUL,
 * no C0 controls but tab, CR and LF, no DEL or C1 controls but NEL, no
 * U+FFFE or U+FFFF.  Reports the first problem at its line and column,
 * counted as libyaml counts them.  Runs over every byte of every input,
 * so plain ASCII lines go 32 or eight bytes at a time and places are
 * worked out only for a problem.
 */
int
aft_ycheck_utf8(const char *file, const unsigned char *s, size_t len,
    struct aft_diags *d)
{
	size_t		i = 0, n;
	uint32_t	cp;

	while (i < len) {
		/* Four words with one branch, then one, then a character. */
		if (len - i >= 32 && plain_text32(s + i)) {
			i += 32;
			continue;
		}
		if (len - i >= 8 && plain_text8(s + i)) {
			i += 8;
			continue;
		}
		if (s[i] >= 0x20 && s[i] < 0x7F) {
			i++;
			continue;
		}
		if ((n = aft_utf8_seq(s + i, len - i, &cp)) == 0)
			return aft_diag_err(d, offset_loc(file, s, i),
			    AFT_M_UTF8, s[i]);
		if (cp == 0)
			return aft_diag_err(d, offset_loc(file, s, i),
			    AFT_M_NUL);
		if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
			return aft_diag_err(d, offset_loc(file, s, i),
			    AFT_M_CONTROL, cp);
		if ((cp >= 0x7F && cp <= 0x9F && cp != 0x85) ||
		    cp == 0xFFFE || cp == 0xFFFF)
			return aft_diag_err(d, offset_loc(file, s, i),
			    AFT_M_BAD_CHAR, cp);
		i += n;
	}
	return AFT_OK;
}

/*
 * Finds the character at a libyaml mark (0-based line and column) in
 * buf, counting lines and characters as libyaml does; NULL if past the
 * end.
 */
static const char *
at_mark(const char *buf, size_t len, yaml_mark_t m)
{
	const unsigned char	*u = (const unsigned char *)buf;
	size_t			 line = 0, col = 0, i = 0, n;

	while (i < len && line < m.line) {
		if ((n = break_len(u + i, len - i)) > 0) {
			line++;
			i += n;
		} else
			i++;
	}
	while (i < len && col < m.column && break_len(u + i, len - i) == 0) {
		i++;
		while (i < len && (u[i] & 0xC0) == 0x80)
			i++;
		col++;
	}
	return i < len ? buf + i : NULL;
}

int
aft_ysyntax_error(const char *file, const yaml_parser_t *p, const char *buf,
    size_t len, struct aft_diags *d)
{
	struct aft_loc	 loc = aft_ymark_loc(file, p->problem_mark);
	const char	*problem = p->problem ? p->problem : "?";
	enum aft_lang	 lang = d->lang;

	if (p->error == YAML_MEMORY_ERROR)
		return AFT_ENOMEM;
	if (p->error == YAML_READER_ERROR) {
		/* Reader errors carry a byte offset, not a mark. */
		loc = offset_loc(file, (const unsigned char *)buf,
		    p->problem_offset < len ? p->problem_offset : len);
		return aft_diag_err(d, loc, AFT_M_YAML,
		    aft_msg_yaml(lang, problem));
	}
	/*
	 * libyaml says a character "cannot start any token" for a tab in
	 * the indentation and for '@' and '`'; say which it is.
	 */
	if (strcmp(problem, "found character that cannot start any token") ==
	    0) {
		const char	*c = at_mark(buf, len, p->problem_mark);
		char		 ch[5] = "";
		uint32_t	 cp;
		size_t		 n;

		if (c != NULL && *c == '\t')
			return aft_diag_err(d, loc, AFT_M_YAML,
			    aft_msg_yaml(lang,
			    "found a tab character that violates indentation"));
		if (c != NULL && (n = aft_utf8_seq((const unsigned char *)c,
		    len - (size_t)(c - buf), &cp)) > 0) {
			memcpy(ch, c, n);
			return aft_diag_err(d, loc, AFT_M_BAD_START, ch);
		}
	}
	/* Whatever libyaml expected, at the end of the input it is cut off. */
	if (at_mark(buf, len, p->problem_mark) == NULL)
		problem = "found unexpected end of stream";
	/* A context at the very place of the problem adds nothing. */
	if (p->context != NULL && (p->context_mark.line !=
	    p->problem_mark.line || p->context_mark.column !=
	    p->problem_mark.column))
		return aft_diag_err(d, loc, AFT_M_YAML_CONTEXT,
		    aft_msg_yaml(lang, problem),
		    aft_msg_yaml(lang, p->context),
		    (unsigned)p->context_mark.line + 1,
		    (unsigned)p->context_mark.column + 1);
	return aft_diag_err(d, loc, AFT_M_YAML, aft_msg_yaml(lang, problem));
}
