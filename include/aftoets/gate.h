/*
 * Quality gates: what a scored assessment must reach for a pipeline to
 * pass (--fail-under, --fail-under-principle, --require-complete).  A
 * gate list owns its array and borrows principles from the catalog it
 * was parsed against, which must outlive it.  Evaluations live in the
 * arena of the result they judge, and reach the reports through the
 * result's gates and ngates fields (aftoets/score.h).
 *
 * Scores are judged as reports show them: rounded to one decimal.  A
 * score of 59.96 is reported as 60.0 and passes --fail-under 60, so
 * that what a reader sees never contradicts the verdict.
 */
#ifndef AFTOETS_GATE_H
#define AFTOETS_GATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "aftoets/arena.h"
#include "aftoets/catalog.h"
#include "aftoets/common.h"
#include "aftoets/score.h"

enum aft_gate_kind {
	AFT_GATE_OVERALL,	/* --fail-under PCT */
	AFT_GATE_PRINCIPLE,	/* --fail-under-principle ID=PCT */
	AFT_GATE_COMPLETE	/* --require-complete */
};

struct aft_gate {
	enum aft_gate_kind		 kind;
	const struct aft_principle	*p;		/* AFT_GATE_PRINCIPLE */
	size_t				 principle;	/* p's index */
	int				 tenths;	/* PCT × 10 */
};

/* The gates of a run, one of each kind and principle, in report order. */
struct aft_gates {
	struct aft_gate	*v;
	size_t		 n;
};

/* One gate judged against one result. */
struct aft_gate_result {
	struct aft_gate	gate;
	/*
	 * Score gates: the threshold in points and the score as reported,
	 * null when the score is (no applicable criteria).  The
	 * completeness gate: the number of criteria, and how many are
	 * answered (nvt counts as an answer).
	 */
	double		threshold;
	struct aft_opt	actual;
	bool		passed;
	/* threshold - actual when failed, 0 when passed; null with actual. */
	struct aft_opt	missed_by;
};

/* What aft_gate_parse() found wrong. */
struct aft_gate_error {
	enum {
		AFT_GATE_E_PCT,		/* PCT is not a number 0..100 */
		AFT_GATE_E_SPEC,	/* not ID=PCT */
		AFT_GATE_E_ID		/* no principle has that id */
	}		 what;
	const char	*id;		/* the ID given, in the argument */
	size_t		 idlen;
	const char	*nearest;	/* the closest principle id, or NULL */
};

void	aft_gates_init(struct aft_gates *);
void	aft_gates_fini(struct aft_gates *);

/*
 * Parses a percentage: digits with at most one decimal after '.' or ','
 * (further zeros are fine), an optional '%', from 0 to 100.  Sets
 * *tenths to the value × 10 and returns 0, or returns -1.
 */
int	aft_gate_pct(const char *s, int *tenths);

/*
 * Parses the argument of a gate option: PCT for AFT_GATE_OVERALL, ID=PCT
 * for AFT_GATE_PRINCIPLE (ID matches a principle of cat, any case),
 * nothing (arg may be NULL) for AFT_GATE_COMPLETE.  Returns AFT_OK with
 * *out set, or AFT_EINPUT with *err saying why.
 */
int	aft_gate_parse(struct aft_gate *out, enum aft_gate_kind,
	    const char *arg, const struct aft_catalog *cat,
	    struct aft_gate_error *err);

/*
 * Adds a gate; one given before for the same kind (and principle) is
 * replaced, as a later option overrides an earlier one.  Keeps the list
 * in report order: overall, principles in catalog order, completeness.
 * Returns AFT_OK or AFT_ENOMEM.
 */
int	aft_gates_add(struct aft_gates *, const struct aft_gate *);

/*
 * Judges res against every gate and stores the evaluations in res's
 * gates and ngates, allocated in arena (the arena res lives in).  The
 * gates must come from res's catalog.  Returns AFT_OK or AFT_ENOMEM.
 */
int	aft_gates_eval(struct aft_result *res, const struct aft_gates *,
	    struct aft_arena *arena);

/* The number of gates res failed; 0 when none were judged. */
size_t	aft_gates_failed(const struct aft_result *res);

/* The option a gate comes from: "fail-under", "require-complete", ... */
const char *aft_gate_name(const struct aft_gate *);

/*
 * Writes the gate as its option is written, without the dashes, to fp:
 * "fail-under=60", "require-complete",
 * "fail-under-principle=datagedreven=62.5".  Catalog ids hold only
 * letters, digits, '-', '_' and '.', so the text needs no escaping in
 * CSV, XML or Markdown.  Returns 0, or EOF when writing failed.
 */
int	aft_gate_write_spec(FILE *fp, const struct aft_gate *);
/* The same, into an output buffer (src/util/sbuf.h). */
struct aft_sb;
void	aft_gate_spec_sb(struct aft_sb *, const struct aft_gate *);

/*
 * Writes one sentence on an evaluation, as the reports show it, into buf
 * of size len and returns buf: "Overall 59.9, threshold 60.0: missed by
 * 0.1".  Numbers use lang's decimal mark.
 */
const char *aft_fmt_gate(char *buf, size_t len,
	    const struct aft_gate_result *, enum aft_lang lang);
/*
 * The count of a result's gates, as the reports head them: "1 of 3
 * failed" or "all 3 passed", into buf of size len; returns buf.
 */
const char *aft_fmt_gates_count(char *buf, size_t len,
	    const struct aft_result *, enum aft_lang lang);

#endif
