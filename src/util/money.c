/* Money strings and plain YAML numbers. */
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aftoets/common.h"
#include "aftoets/money.h"

/* Integer digits allowed in an amount: keeps cents inside int64_t. */
#define MAX_DIGITS	15

/* Length of a space at s (ASCII, no-break or narrow no-break), or 0. */
static size_t
space_len(const char *s, const char *end)
{
	const unsigned char *u = (const unsigned char *)s;

	if (s < end && (*u == ' ' || *u == '\t'))
		return 1;
	if (end - s >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (end - s >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
		return 3;
	return 0;
}

static const char *
skip_spaces(const char *s, const char *end)
{
	size_t n;

	while ((n = space_len(s, end)) > 0)
		s += n;
	return s;
}

static const char *
skip_spaces_back(const char *s, const char *end)
{
	for (;;) {
		if (end > s && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		else if (end - s >= 2 && (unsigned char)end[-2] == 0xC2 &&
		    (unsigned char)end[-1] == 0xA0)
			end -= 2;
		else if (end - s >= 3 && (unsigned char)end[-3] == 0xE2 &&
		    (unsigned char)end[-2] == 0x80 &&
		    (unsigned char)end[-1] == 0xAF)
			end -= 3;
		else
			return end;
	}
}

/* Strips a currency marker at the front or the back; at most one. */
static void
strip_currency(const char **sp, const char **ep)
{
	const char *s = *sp, *e = *ep;

	if (e - s >= 3 && memcmp(s, "\xE2\x82\xAC", 3) == 0)
		s += 3;
	else if (e - s >= 3 && strncasecmp(s, "EUR", 3) == 0)
		s += 3;
	else if (e - s >= 3 && memcmp(e - 3, "\xE2\x82\xAC", 3) == 0)
		e -= 3;
	else if (e - s >= 3 && strncasecmp(e - 3, "EUR", 3) == 0)
		e -= 3;
	*sp = skip_spaces(s, e);
	*ep = skip_spaces_back(*sp, e);
}

/* Reads one to two decimal digits at s up to end; returns -1 if not. */
static int
decimals(const char *s, const char *end)
{
	if (end - s == 1 && isdigit((unsigned char)s[0]))
		return (s[0] - '0') * 10;
	if (end - s == 2 && isdigit((unsigned char)s[0]) &&
	    isdigit((unsigned char)s[1]))
		return (s[0] - '0') * 10 + (s[1] - '0');
	return -1;
}

int
aft_money_parse(const char *str, int64_t *cents)
{
	const char	*s = str, *end = str + strlen(str), *p;
	int64_t		 whole = 0;
	int		 ndig = 0, frac = 0, nd;
	char		 sep = 0;

	s = skip_spaces(s, end);
	end = skip_spaces_back(s, end);
	strip_currency(&s, &end);
	if (s == end || !isdigit((unsigned char)*s))
		return AFT_EINPUT;

	/* The first run of digits. */
	for (p = s; p < end && isdigit((unsigned char)*p); p++) {
		if (++ndig > MAX_DIGITS)
			return AFT_EINPUT;
		whole = whole * 10 + (*p - '0');
	}
	if (p == end)
		goto done;

	/* Plain digits with a decimal part: "750000,50". */
	if ((*p == '.' || *p == ',') &&
	    (nd = decimals(p + 1, end)) >= 0) {
		frac = nd;
		goto done;
	}

	/* Otherwise groups of three after a first group of one to three. */
	if (ndig > 3)
		return AFT_EINPUT;
	for (;;) {
		size_t	slen = space_len(p, end);
		char	c = slen > 0 ? ' ' : *p;

		if (slen == 0)
			slen = 1;
		if (c != ' ' && c != '.' && c != ',' && c != '_')
			return AFT_EINPUT;
		if (sep != 0 && c != sep) {
			/* A different separator may start the decimals. */
			if ((c == '.' || c == ',') &&
			    (nd = decimals(p + 1, end)) >= 0) {
				frac = nd;
				goto done;
			}
			return AFT_EINPUT;
		}
		sep = c;
		p += slen;
		if (end - p < 3)
			return AFT_EINPUT;
		for (int k = 0; k < 3; k++, p++) {
			if (!isdigit((unsigned char)*p) || ++ndig > MAX_DIGITS)
				return AFT_EINPUT;
			whole = whole * 10 + (*p - '0');
		}
		if (p == end)
			goto done;
	}
done:
	*cents = whole * 100 + frac;
	return AFT_OK;
}

bool
aft_yaml_number(const char *s, double *value, bool *ambiguous)
{
	char		 buf[64];
	size_t		 k = 0;
	const char	*p = s;
	bool		 dot = false, digits = false;
	int		 after_dot = 0;
	char		*end;
	double		 v;

	*ambiguous = false;
	if (*p == '+' || *p == '-')
		buf[k++] = *p++;
	if (!isdigit((unsigned char)*p))
		return false;
	/* [0-9][0-9_]* ( . [0-9_]* ( [eE][-+]?[0-9]+ )? )? */
	for (; *p != '\0'; p++) {
		if (k >= sizeof(buf) - 1)
			return false;
		if (isdigit((unsigned char)*p)) {
			buf[k++] = *p;
			digits = true;
			if (dot)
				after_dot++;
		} else if (*p == '_')
			continue;
		else if (*p == '.' && !dot) {
			dot = true;
			buf[k++] = *p;
		} else
			break;
	}
	if (!digits)
		return false;
	if (*p == 'e' || *p == 'E') {
		if (!dot)
			return false;
		buf[k++] = *p++;
		if (*p == '+' || *p == '-')
			buf[k++] = *p++;
		if (!isdigit((unsigned char)*p))
			return false;
		while (isdigit((unsigned char)*p)) {
			if (k >= sizeof(buf) - 1)
				return false;
			buf[k++] = *p++;
		}
	} else if (dot && after_dot == 3 && strchr(s, '_') == NULL)
		*ambiguous = true;
	if (*p != '\0')
		return false;
	buf[k] = '\0';
	errno = 0;
	v = strtod(buf, &end);
	if (*end != '\0' || errno == ERANGE || !isfinite(v))
		return false;
	*value = v;
	return true;
}
