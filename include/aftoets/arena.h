/*
 * A bump allocator: everything allocated from an arena is released by
 * one aft_arena_fini().  An arena is owned by whoever initialised it.
 */
#ifndef AFTOETS_ARENA_H
#define AFTOETS_ARENA_H

#include <stddef.h>

struct aft_arena_block;

struct aft_arena {
	struct aft_arena_block	*head;
	struct aft_arena_block	*spare;	/* kept by aft_arena_reset() */
	size_t			 used;	/* bytes handed out, for statistics */
};

/* An arena all zeroes is initialised too. */
void	 aft_arena_init(struct aft_arena *);
void	 aft_arena_fini(struct aft_arena *);
/*
 * Releases everything allocated from the arena at once, like
 * aft_arena_fini(), but keeps up to keep bytes of its blocks for the
 * allocations that follow, so that an arena used again and again (one
 * input after another) need not go back to malloc() each time.
 */
void	 aft_arena_reset(struct aft_arena *, size_t keep);
/* The bytes of blocks a reset kept that are not in use again yet. */
size_t	 aft_arena_spare(const struct aft_arena *);

/* Returns aligned memory, not cleared, or NULL when out of memory. */
void	*aft_arena_raw(struct aft_arena *, size_t);
/* Returns zeroed, aligned memory, or NULL when out of memory. */
void	*aft_arena_alloc(struct aft_arena *, size_t);
/* Returns zeroed memory for n objects of size sz, NULL on overflow. */
void	*aft_arena_calloc(struct aft_arena *, size_t n, size_t sz);
/* Copies len bytes and a terminating NUL. */
char	*aft_arena_strndup(struct aft_arena *, const char *, size_t len);
char	*aft_arena_strdup(struct aft_arena *, const char *);
/* printf into the arena. */
char	*aft_arena_printf(struct aft_arena *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));

#endif
