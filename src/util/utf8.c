/* Checking UTF-8, and mending it for output that must be UTF-8. */
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"

size_t
aft_utf8_seq(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t		len;
	uint32_t	c;

	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		len = 2;
		c = s[0] & 0x1F;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		len = 3;
		c = s[0] & 0x0F;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3F);
	}
	/* Overlong forms, surrogates and code points past Unicode. */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

int
aft_utf8_valid(const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n = strlen(s), k;
	uint32_t		 cp;

	while (n > 0) {
		if ((k = aft_utf8_seq(u, n, &cp)) == 0)
			return 0;
		u += k;
		n -= k;
	}
	return 1;
}

char *
aft_utf8_lossy(const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n = strlen(s), k, o = 0;
	uint32_t		 cp;
	char			*out;

	/* Each bad byte becomes three: EF BF BD. */
	if (n > (SIZE_MAX - 1) / 3 || (out = malloc(n * 3 + 1)) == NULL)
		return NULL;
	while (n > 0) {
		if ((k = aft_utf8_seq(u, n, &cp)) == 0) {
			memcpy(out + o, "\xEF\xBF\xBD", 3);
			o += 3;
			k = 1;
		} else {
			memcpy(out + o, u, k);
			o += k;
		}
		u += k;
		n -= k;
	}
	out[o] = '\0';
	return out;
}
