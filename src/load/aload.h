/*
 * What the two answers loaders share: answers.c reads a node tree, and
 * astream.c reads libyaml's events straight, for the files whose shape
 * it knows.  The checks of single values (aload.c) are made once, so
 * that both judge a value alike.
 */
#ifndef AFTOETS_ALOAD_H
#define AFTOETS_ALOAD_H

#include "aftoets/answers.h"
#include "yaml/node.h"

struct aload {
	const struct aft_catalog	*cat;
	struct aft_answers		*a;
	struct aft_arena		*arena;
	struct aft_diags		*d;
	unsigned			 flags;
};

/* Sets up l and an empty l->a for file; returns AFT_OK or AFT_ENOMEM. */
int	aft_aload_begin(struct aload *l, const struct aft_catalog *,
	    const char *file, unsigned flags, struct aft_arena *,
	    struct aft_diags *);
/* True for a date YYYY-MM-DD that exists. */
int	aft_aload_date(const char *);
/* The service type a word names, or AFT_STYPE_NONE. */
enum aft_stype aft_aload_type(const char *);
/* Reads a scalar that is not null as the budget, or reports it. */
void	aft_aload_budget(struct aload *, const struct aft_ynode *);
/* Reads a scalar that is not null as the number of users, or reports it. */
void	aft_aload_users(struct aload *, const struct aft_ynode *);
/* Reads level node v of criterion c into ans, or reports it. */
void	aft_aload_level(struct aload *, const struct aft_ynode *v,
	    const struct aft_criterion *c, struct aft_answer *ans);
/* Warns when ans, given at its loc, is nvt without a motivation. */
void	aft_aload_nvt(struct aload *, const struct aft_criterion *,
	    const struct aft_answer *);
/*
 * When asked to, warns about the criteria not answered; where is the
 * answers map, or what stands for it.
 */
void	aft_aload_unanswered(struct aload *, struct aft_loc where);
/* The end of a read: the status and *out as aft_answers_read() says. */
int	aft_aload_end(struct aload *, size_t nerr, struct aft_answers **out);

/*
 * The fast path: reads buf straight from libyaml's events.  Returns
 * AFT_OK, or AFT_EINPUT when a strict read made a warning an error, as
 * aft_answers_read() does; AFT_ENOMEM; or AFT_YDECLINE for a file it
 * leaves to the tree loader: one with anything to report but the
 * warnings of a file that is fine, or a shape it does not know.  Only
 * the first two leave messages in d.
 */
int	aft_astream_read(struct aft_answers **out,
	    const struct aft_catalog *, const char *file, const char *buf,
	    size_t len, unsigned flags, struct aft_arena *,
	    struct aft_diags *);

#endif
