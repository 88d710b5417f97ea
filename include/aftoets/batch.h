/*
 * Running work over many inputs in parallel while handing the results
 * on in input order.  The caller owns the slots' contents: work() fills
 * a slot in any of the threads (the calling one included), done() reads
 * and releases it, in index order, one call at a time, in whichever
 * thread completed the run of filled slots it belongs to.  The batch
 * owns only its threads and its ring of slots.
 */
#ifndef AFTOETS_BATCH_H
#define AFTOETS_BATCH_H

#include <stddef.h>

struct aft_batch_ops {
	size_t	  slot_size;
	/* Fills slot for input i; runs in any thread, several at once. */
	void	(*work)(void *slot, size_t i, void *ctx);
	/*
	 * Takes the filled slot of input i, in order, as soon as it and all
	 * before it are filled; one call at a time, in any thread.
	 */
	void	(*done)(void *slot, size_t i, void *ctx);
	/*
	 * Optional: releases what a slot keeps from one input to the next
	 * (slots start all zeroes), when the run is over; in the calling
	 * thread.
	 */
	void	(*fini)(void *slot, void *ctx);
};

/*
 * Runs ops over inputs 0..n-1 with up to jobs threads, the calling one
 * and jobs - 1 started here (1: everything in the calling thread, a few
 * inputs at a time: work() for each of them, then done() for each).  At
 * most a few slots per thread are in flight, so memory does not grow
 * with n.  Returns AFT_OK, or AFT_ENOMEM when no slot memory could be
 * had (threads that cannot be started just leave the work to fewer
 * threads).
 */
int	aft_batch_run(size_t n, unsigned jobs, const struct aft_batch_ops *,
	    void *ctx);

/* The number of online processors, at least 1. */
unsigned aft_batch_cpus(void);

#endif
