/* A bump allocator over a list of malloc'd blocks. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/arena.h"

#define BLOCK_MIN	(32 * 1024)
#define ALIGN		16

struct aft_arena_block {
	struct aft_arena_block	*next;
	size_t			 size, off;
	_Alignas(16) unsigned char data[];
};

void
aft_arena_init(struct aft_arena *a)
{
	a->head = NULL;
	a->spare = NULL;
	a->used = 0;
}

static void
free_list(struct aft_arena_block *b)
{
	struct aft_arena_block *next;

	for (; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
}

void
aft_arena_fini(struct aft_arena *a)
{
	if (a == NULL)
		return;
	free_list(a->head);
	free_list(a->spare);
	aft_arena_init(a);
}

void
aft_arena_reset(struct aft_arena *a, size_t keep)
{
	struct aft_arena_block *b, *next, *spare = NULL;
	size_t kept = 0;

	/* The spare blocks were not needed this time: they go first. */
	free_list(a->spare);
	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		if (b->size > keep - kept) {
			free(b);
			continue;
		}
		kept += b->size;
		b->off = 0;
		b->next = spare;
		spare = b;
	}
	a->head = NULL;
	a->spare = spare;
	a->used = 0;
}

size_t
aft_arena_spare(const struct aft_arena *a)
{
	size_t n = 0;

	for (const struct aft_arena_block *b = a->spare; b != NULL;
	    b = b->next)
		n += b->size;
	return n;
}

/* Returns uninitialised memory; callers that need zeroes clear it. */
static void *
alloc_raw(struct aft_arena *a, size_t n)
{
	struct aft_arena_block	*b = a->head;
	size_t			 sz;
	void			*p;

	if (n > SIZE_MAX - ALIGN)
		return NULL;
	n = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (n == 0)
		n = ALIGN;
	if (b == NULL || b->size - b->off < n) {
		if (a->spare != NULL && a->spare->size >= n) {
			b = a->spare;
			a->spare = b->next;
		} else {
			sz = n > BLOCK_MIN ? n : BLOCK_MIN;
			if (sz > SIZE_MAX - sizeof(*b))
				return NULL;
			b = malloc(sizeof(*b) + sz);
			if (b == NULL)
				return NULL;
			b->size = sz;
			b->off = 0;
		}
		/*
		 * A large request gets a block of its own behind the
		 * current one, so the free space there is not wasted.
		 */
		if (a->head != NULL && n > BLOCK_MIN) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = b->data + b->off;
	b->off += n;
	a->used += n;
	return p;
}

void *
aft_arena_raw(struct aft_arena *a, size_t n)
{
	return alloc_raw(a, n);
}

void *
aft_arena_alloc(struct aft_arena *a, size_t n)
{
	void *p = alloc_raw(a, n);

	if (p != NULL)
		memset(p, 0, n);
	return p;
}

void *
aft_arena_calloc(struct aft_arena *a, size_t n, size_t sz)
{
	if (sz != 0 && n > SIZE_MAX / sz)
		return NULL;
	return aft_arena_alloc(a, n * sz);
}

char *
aft_arena_strndup(struct aft_arena *a, const char *s, size_t len)
{
	char *p;

	if (len == SIZE_MAX)
		return NULL;
	if ((p = alloc_raw(a, len + 1)) == NULL)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
aft_arena_strdup(struct aft_arena *a, const char *s)
{
	return aft_arena_strndup(a, s, strlen(s));
}

char *
aft_arena_printf(struct aft_arena *a, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;
	char	*p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || (p = aft_arena_alloc(a, (size_t)n + 1)) == NULL)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}
