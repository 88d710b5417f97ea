/*
 * An output buffer for the reports that write a lot of small pieces:
 * appending is a bounds check and a copy, with none of a stdio call's
 * locking and bookkeeping.  A buffer either grows in memory (the text
 * is then the caller's to keep) or drains into a stream when full.
 *
 * Memory: a growing buffer starts in the storage the caller gives (or
 * none) and moves to the heap when that is full; aft_sb_take() hands the
 * heap copy over, aft_sb_fini() frees it.  Out of memory, a growing
 * buffer stops taking text and says so (aft_sb_take() returns NULL); a
 * draining buffer never allocates, and a failed write shows in the
 * stream's ferror().
 */
#ifndef AFTOETS_SBUF_H
#define AFTOETS_SBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct aft_sb {
	char	*s;		/* the text so far (not NUL-terminated) */
	size_t	 len, cap;
	FILE	*sink;		/* drains here when full; NULL: grows */
	bool	 heap;		/* s is malloc'd */
	bool	 oom;		/* a growing buffer ran out of memory */
};

/*
 * A buffer that grows, starting in buf (cap bytes, may be NULL and 0).
 */
void	aft_sb_init(struct aft_sb *, char *buf, size_t cap);
/* A buffer that drains into fp through buf (cap bytes, cap > 0). */
void	aft_sb_init_sink(struct aft_sb *, char *buf, size_t cap, FILE *fp);
/* Frees what a growing buffer allocated. */
void	aft_sb_fini(struct aft_sb *);
/* Writes out what a draining buffer holds; 0, or EOF when that failed. */
int	aft_sb_flush(struct aft_sb *);
/*
 * A growing buffer's text, NUL-terminated and malloc'd, its length in
 * *len; the buffer is left empty.  NULL when it ran out of memory.
 */
char	*aft_sb_take(struct aft_sb *, size_t *len);

/* The slow half of aft_sb_put(): the text does not fit in what is left. */
void	aft_sb_put_more(struct aft_sb *, const char *s, size_t n);
/* Appends n spaces. */
void	aft_sb_pad(struct aft_sb *, size_t n);
void	aft_sb_printf(struct aft_sb *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

static inline void
aft_sb_put(struct aft_sb *b, const char *s, size_t n)
{
	if (n <= b->cap - b->len) {
		if (n > 0)
			memcpy(b->s + b->len, s, n);
		b->len += n;
	} else
		aft_sb_put_more(b, s, n);
}

static inline void
aft_sb_puts(struct aft_sb *b, const char *s)
{
	aft_sb_put(b, s, strlen(s));
}

static inline void
aft_sb_putc(struct aft_sb *b, char c)
{
	if (b->len < b->cap)
		b->s[b->len++] = c;
	else
		aft_sb_put_more(b, &c, 1);
}

#endif
