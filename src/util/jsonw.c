/*
 * The JSON writer: text in jansson's compact form, or a jansson tree.
 * The text follows jansson's dump byte for byte: members in the order
 * given, "," and ":" with no spaces, integers in decimal, reals as
 * "%.15g" with ".0" added when that reads as an integer and the
 * exponent's '+' and leading zeros dropped, and strings with '"', '\'
 * and the C0 controls escaped (\b \f \n \r \t, else \u00XX), DEL, the
 * C1 controls and the bidirectional controls as \u escapes in lower case
 * (as aft_json_tame_write() does to jansson's dump), and every other
 * character as it is.  A document for a web page (aft_jw_init_embed())
 * escapes '<', '>', '&', U+2028 and U+2029 too, and writes each real
 * with the fewest digits that read back as the same double.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/jsonw.h"
#include "util/utf8.h"

void
aft_jw_init(struct aft_jw *w, bool as_tree)
{
	memset(w, 0, sizeof(*w));
	w->as_tree = as_tree;
}

void
aft_jw_init_embed(struct aft_jw *w)
{
	aft_jw_init(w, false);
	w->embed = true;
}

void
aft_jw_fini(struct aft_jw *w)
{
	free(w->buf);
	json_decref(w->root);
	memset(w, 0, sizeof(*w));
}

/* Makes room for n more bytes and a NUL; false when out of memory. */
static bool
reserve(struct aft_jw *w, size_t n)
{
	size_t	 cap;
	char	*b;

	if (w->oom)
		return false;
	if (n < w->cap - w->len)
		return true;
	cap = w->cap ? w->cap : 4096;
	while (cap - w->len <= n) {
		if (cap > SIZE_MAX / 2) {
			w->oom = true;
			return false;
		}
		cap *= 2;
	}
	if ((b = realloc(w->buf, cap)) == NULL) {
		w->oom = true;
		return false;
	}
	w->buf = b;
	w->cap = cap;
	return true;
}

static void
put(struct aft_jw *w, const char *s, size_t n)
{
	if (reserve(w, n)) {
		memcpy(w->buf + w->len, s, n);
		w->len += n;
	}
}

static void
putc1(struct aft_jw *w, char c)
{
	if (reserve(w, 1))
		w->buf[w->len++] = c;
}

/*
 * The characters a terminal would act on that jansson writes as they
 * are: the C1 controls and the bidirectional overrides and isolates.
 */
static bool
tamed(uint32_t cp)
{
	return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
	    (cp >= 0x2066 && cp <= 0x2069);
}

/* What a page's document escapes besides (aft_jw_init_embed()). */
static bool
embedded(uint32_t cp)
{
	return cp == '<' || cp == '>' || cp == '&' || cp == 0x2028 ||
	    cp == 0x2029;
}

/* Writes s as a JSON string; s is valid UTF-8 when fixed is set. */
static void
put_string(struct aft_jw *w, const char *s, bool fixed)
{
	static const char	 hex[] = "0123456789ABCDEF";
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n = strlen(s), start = w->len, k;
	char			*o, *mended;
	uint32_t		 cp;

	/* At most six bytes for one, as \u001F, and the quotes. */
	if (n > (SIZE_MAX - 2) / 6 || !reserve(w, 6 * n + 2)) {
		w->oom = true;
		return;
	}
	o = w->buf + w->len;
	*o++ = '"';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = u[i];

		if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7F) {
			if (w->embed && embedded(c))
				o += sprintf(o, "\\u%04x", (unsigned)c);
			else
				*o++ = (char)c;
			continue;
		}
		if (c >= 0x80) {
			if ((k = aft_utf8_seq(u + i, n - i, &cp)) == 0)
				goto mend;
			if (tamed(cp) || (w->embed && embedded(cp))) {
				/* As aft_json_tame_write() writes it. */
				o += sprintf(o, "\\u%04x", (unsigned)cp);
			} else {
				memcpy(o, u + i, k);
				o += k;
			}
			i += k - 1;
			continue;
		}
		if (c == 0x7F) {
			memcpy(o, "\\u007f", 6);
			o += 6;
			continue;
		}
		*o++ = '\\';
		switch (c) {
		case '"':
		case '\\':
			*o++ = (char)c;
			break;
		case '\b':
			*o++ = 'b';
			break;
		case '\f':
			*o++ = 'f';
			break;
		case '\n':
			*o++ = 'n';
			break;
		case '\r':
			*o++ = 'r';
			break;
		case '\t':
			*o++ = 't';
			break;
		default:
			memcpy(o, "u00", 3);
			o += 3;
			*o++ = hex[c >> 4];
			*o++ = hex[c & 0xF];
		}
	}
	*o++ = '"';
	w->len = (size_t)(o - w->buf);
	return;
mend:
	/* Not UTF-8: again, with each bad byte as U+FFFD. */
	w->len = start;
	if (fixed || (mended = aft_utf8_lossy(s)) == NULL) {
		w->oom = true;
		return;
	}
	put_string(w, mended, true);
	free(mended);
}

/* Bit d of a set of bits by depth, as struct aft_jw keeps them. */
static bool
bit_get(const uint32_t *set, unsigned d)
{
	return (set[d / 32] >> (d % 32)) & 1;
}

static void
bit_set(uint32_t *set, unsigned d, bool on)
{
	if (on)
		set[d / 32] |= (uint32_t)1 << (d % 32);
	else
		set[d / 32] &= ~((uint32_t)1 << (d % 32));
}

/* The separator and key before a value at the current depth. */
static void
item(struct aft_jw *w, const char *key)
{
	if (bit_get(w->more, w->depth))
		putc1(w, ',');
	bit_set(w->more, w->depth, true);
	if (key != NULL) {
		put_string(w, key, false);
		putc1(w, ':');
	}
}

/* Puts v, a new reference, in the open container or at the top. */
static void
add(struct aft_jw *w, const char *key, json_t *v)
{
	json_t	*parent;
	int	 rc;

	if (v == NULL) {
		w->oom = true;
		return;
	}
	if (w->depth == 0) {
		json_decref(w->root);
		w->root = v;
		return;
	}
	parent = w->open[w->depth - 1];
	rc = json_is_array(parent) ? json_array_append_new(parent, v) :
	    json_object_set_new(parent, key != NULL ? key : "", v);
	if (rc != 0)
		w->oom = true;
}

static void
open_container(struct aft_jw *w, const char *key, bool array)
{
	json_t *v;

	if (w->depth >= AFT_JW_DEPTH) {
		w->oom = true;
		return;
	}
	if (!w->as_tree) {
		item(w, key);
		putc1(w, array ? '[' : '{');
		bit_set(w->arrays, w->depth, array);
		w->depth++;
		bit_set(w->more, w->depth, false);
		return;
	}
	v = array ? json_array() : json_object();
	add(w, key, v);
	if (v == NULL || w->oom)
		return;
	w->open[w->depth++] = v;
}

void
aft_jw_object(struct aft_jw *w, const char *key)
{
	open_container(w, key, false);
}

void
aft_jw_array(struct aft_jw *w, const char *key)
{
	open_container(w, key, true);
}

void
aft_jw_end(struct aft_jw *w)
{
	if (w->depth == 0 || w->oom) {
		w->oom = true;
		return;
	}
	w->depth--;
	if (!w->as_tree)
		putc1(w, bit_get(w->arrays, w->depth) ? ']' : '}');
}

void
aft_jw_string(struct aft_jw *w, const char *key, const char *s)
{
	if (w->as_tree) {
		add(w, key, aft_json_string(s));
		return;
	}
	item(w, key);
	if (s == NULL)
		put(w, "null", 4);
	else
		put_string(w, s, false);
}

void
aft_jw_int(struct aft_jw *w, const char *key, long long v)
{
	char			 tmp[24], *p = tmp + sizeof(tmp);
	unsigned long long	 k;

	if (w->as_tree) {
		add(w, key, json_integer((json_int_t)v));
		return;
	}
	/* LLONG_MIN has no positive counterpart; its magnitude is fine. */
	k = v < 0 ? 0 - (unsigned long long)v : (unsigned long long)v;
	do {
		*--p = (char)('0' + k % 10);
		k /= 10;
	} while (k > 0);
	if (v < 0)
		*--p = '-';
	item(w, key);
	put(w, p, (size_t)(tmp + sizeof(tmp) - p));
}

/*
 * Formats a finite real as jansson does with precision 15 into buf (at
 * least 32 bytes), or when exact is set with the fewest digits, 17 at
 * most, that read back as v; returns its length.
 */
static size_t
format_real(char *buf, double v, bool exact)
{
	double		 t = v * 10.0;
	char		 tmp[32], *p = tmp + sizeof(tmp);
	char		*e;
	long long	 k;
	size_t		 n;

	/*
	 * A whole number of tenths, as every rounded score is: "%.15g"
	 * gives its digits exactly, and writing them costs far less.
	 */
	if (fabs(t) < 1e15 && (k = llround(t), (double)k / 10.0 == v)) {
		unsigned long long u = (unsigned long long)(k < 0 ? -k : k);

		*--p = (char)('0' + u % 10);
		*--p = '.';
		u /= 10;
		do {
			*--p = (char)('0' + u % 10);
			u /= 10;
		} while (u > 0);
		if (signbit(v))
			*--p = '-';
		n = (size_t)(tmp + sizeof(tmp) - p);
		memcpy(buf, p, n);
		buf[n] = '\0';
		return n;
	}
	n = (size_t)snprintf(buf, 32, "%.15g", v);
	for (int prec = 16; exact && prec <= 17 && strtod(buf, NULL) != v;
	    prec++)
		n = (size_t)snprintf(buf, 32, "%.*g", prec, v);
	if (strchr(buf, '.') == NULL && strchr(buf, 'e') == NULL) {
		memcpy(buf + n, ".0", 3);
		n += 2;
	}
	/* "1e+20" is "1e20"; "1e-05" is "1e-5". */
	if ((e = strchr(buf, 'e')) != NULL) {
		char *start = e + 1, *end = e + 2;

		if (*start == '-')
			start++;
		while (*end == '0')
			end++;
		if (end != start) {
			memmove(start, end, strlen(end) + 1);
			n -= (size_t)(end - start);
		}
	}
	return n;
}

void
aft_jw_real(struct aft_jw *w, const char *key, double v)
{
	char	buf[32];
	size_t	n;

	/* jansson has no non-finite reals: the member is left out. */
	if (!isfinite(v))
		return;
	if (w->as_tree) {
		add(w, key, json_real(v));
		return;
	}
	n = format_real(buf, v, w->embed);
	item(w, key);
	put(w, buf, n);
}

void
aft_jw_number(struct aft_jw *w, const char *key, double v)
{
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		aft_jw_int(w, key, (long long)v);
	else
		aft_jw_real(w, key, v);
}

void
aft_jw_bool(struct aft_jw *w, const char *key, bool v)
{
	if (w->as_tree) {
		add(w, key, json_boolean(v));
		return;
	}
	item(w, key);
	if (v)
		put(w, "true", 4);
	else
		put(w, "false", 5);
}

void
aft_jw_null(struct aft_jw *w, const char *key)
{
	if (w->as_tree) {
		add(w, key, json_null());
		return;
	}
	item(w, key);
	put(w, "null", 4);
}

char *
aft_jw_text(struct aft_jw *w, const char *suffix, size_t *len)
{
	char *s;

	if (suffix != NULL)
		put(w, suffix, strlen(suffix));
	if (w->oom || w->depth != 0 || w->buf == NULL || w->as_tree)
		return NULL;
	w->buf[w->len] = '\0';
	s = w->buf;
	*len = w->len;
	w->buf = NULL;
	w->len = w->cap = 0;
	return s;
}

json_t *
aft_jw_tree(struct aft_jw *w)
{
	json_t *t;

	if (w->oom || w->depth != 0 || !w->as_tree)
		return NULL;
	t = w->root;
	w->root = NULL;
	return t;
}

json_t *
aft_json_string(const char *s)
{
	json_t	*v;
	char	*fixed;

	if (s == NULL)
		return json_null();
	if ((v = json_string(s)) != NULL || aft_utf8_valid(s))
		return v;
	/* jansson refuses invalid UTF-8; a lossy copy keeps the field. */
	if ((fixed = aft_utf8_lossy(s)) == NULL)
		return NULL;
	v = json_string(fixed);
	free(fixed);
	return v;
}
