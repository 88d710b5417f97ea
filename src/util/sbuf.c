/* Output buffers: see sbuf.h. */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>

#include "util/sbuf.h"

#define FIRST_HEAP	4096	/* the first heap size of a growing buffer */

void
aft_sb_init(struct aft_sb *b, char *buf, size_t cap)
{
	memset(b, 0, sizeof(*b));
	b->s = buf;
	b->cap = buf != NULL ? cap : 0;
}

void
aft_sb_init_sink(struct aft_sb *b, char *buf, size_t cap, FILE *fp)
{
	aft_sb_init(b, buf, cap);
	b->sink = fp;
}

void
aft_sb_fini(struct aft_sb *b)
{
	if (b->heap)
		free(b->s);
	memset(b, 0, sizeof(*b));
}

int
aft_sb_flush(struct aft_sb *b)
{
	size_t n = b->len;

	if (b->sink == NULL)
		return 0;
	b->len = 0;
	if (n > 0 && fwrite(b->s, 1, n, b->sink) != n)
		return EOF;
	return ferror(b->sink) ? EOF : 0;
}

/* Makes room for n more bytes and a NUL in a growing buffer. */
static bool
grow(struct aft_sb *b, size_t n)
{
	size_t	 cap = b->cap > 0 ? b->cap : FIRST_HEAP;
	char	*s;

	if (b->oom)
		return false;
	if (n < b->cap - b->len)
		return true;
	while (cap - b->len <= n) {
		if (cap > SIZE_MAX / 2) {
			b->oom = true;
			return false;
		}
		cap *= 2;
	}
	if (b->heap)
		s = realloc(b->s, cap);
	else if ((s = malloc(cap)) != NULL && b->len > 0)
		memcpy(s, b->s, b->len);
	if (s == NULL) {
		b->oom = true;
		return false;
	}
	b->s = s;
	b->cap = cap;
	b->heap = true;
	return true;
}

void
aft_sb_put_more(struct aft_sb *b, const char *s, size_t n)
{
	if (b->sink != NULL) {
		aft_sb_flush(b);
		if (n <= b->cap) {
			memcpy(b->s, s, n);
			b->len = n;
		} else
			fwrite(s, 1, n, b->sink);
		return;
	}
	if (grow(b, n)) {
		memcpy(b->s + b->len, s, n);
		b->len += n;
	}
}

void
aft_sb_pad(struct aft_sb *b, size_t n)
{
	static const char spaces[] = "                                ";

	if (n == 0)
		return;
	if (n <= b->cap - b->len) {
		memset(b->s + b->len, ' ', n);
		b->len += n;
		return;
	}
	while (n > 0) {
		size_t k = n < sizeof(spaces) - 1 ? n : sizeof(spaces) - 1;

		aft_sb_put(b, spaces, k);
		n -= k;
	}
}

void
aft_sb_printf(struct aft_sb *b, const char *fmt, ...)
{
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(b->cap > 0 ? b->s + b->len : NULL, b->cap - b->len,
	    fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < b->cap - b->len) {
		b->len += (size_t)n;
		return;
	}
	/* It did not fit: make room, or drain and write it straight. */
	if (b->sink != NULL) {
		aft_sb_flush(b);
		if ((size_t)n >= b->cap) {
			va_start(ap, fmt);
			vfprintf(b->sink, fmt, ap);
			va_end(ap);
			return;
		}
	} else if (!grow(b, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *
aft_sb_take(struct aft_sb *b, size_t *len)
{
	char *s;

	*len = 0;
	if (b->sink != NULL || !grow(b, 0))
		return NULL;
	b->s[b->len] = '\0';
	if (!b->heap) {
		/* Still in the caller's storage: hand over a copy. */
		if ((s = malloc(b->len + 1)) == NULL) {
			b->oom = true;
			return NULL;
		}
		memcpy(s, b->s, b->len + 1);
	} else
		s = b->s;
	*len = b->len;
	if (b->heap) {
		b->s = NULL;
		b->cap = 0;
		b->heap = false;
	}
	b->len = 0;
	return s;
}
