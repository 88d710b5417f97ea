/*
 * The criteria catalog: principles, criteria, the answer scale, bands and
 * significance thresholds, loaded from YAML.  A catalog owns all of its
 * strings in its own arena, but for the compiled-in one, which points
 * into static data; it is read-only once loaded, so threads may share it.
 * Free either with aft_catalog_free().
 */
#ifndef AFTOETS_CATALOG_H
#define AFTOETS_CATALOG_H

#include <stddef.h>
#include <stdint.h>

#include "aftoets/arena.h"
#include "aftoets/common.h"
#include "aftoets/diag.h"

/* A text in both languages; both are non-NULL once loaded. */
struct aft_text {
	const char	*s[AFT_NLANG];
};

enum aft_kind {
	AFT_KIND_USER,
	AFT_KIND_INCLUSION
};

struct aft_level {
	const char	 *id;
	int		  points;
	struct aft_text	  label;
	const char	**aliases;
	size_t		  naliases;
};

struct aft_band {
	const char	*id;
	double		 min;
	struct aft_text	 label;
};

/* What one level of the scale looks like in practice, for a criterion. */
struct aft_practice {
	size_t		 level;		/* an index into the catalog's levels */
	struct aft_text	 text;
};

struct aft_criterion {
	const char		*id;
	enum aft_kind		 kind;
	double			 weight;
	struct aft_text		 text, guidance;
	/*
	 * Optional guidance for the person answering: the levels in
	 * practice, in scale order (npractice 0 when there are none), and
	 * examples of evidence and a common pitfall, whose texts are
	 * empty ("") when the catalog has none; aft_text_given() tells.
	 */
	const struct aft_practice *practice;
	size_t			 npractice;
	struct aft_text		 evidence, pitfall;
	/*
	 * The ids of earlier catalogs this criterion succeeds, as written
	 * (nreplaces 0 when none): no id of this catalog, none replaced
	 * by two criteria.
	 */
	const char *const	*replaces;
	size_t			 nreplaces;
	size_t			 principle;	/* index of its principle */
	size_t			 index;		/* position in catalog order */
};

struct aft_principle {
	const char		*id;
	struct aft_text		 title, summary;
	struct aft_criterion	*criteria;
	size_t			 ncriteria;
};

struct aft_word {
	const char	*w;		/* NULL: an empty slot */
	int		 level;		/* an index, or AFT_LEVEL_NVT */
};

struct aft_catalog {
	struct aft_arena	 arena;
	const char		*file;
	const char		*id, *version;
	struct aft_text		 title;
	/*
	 * Whose reading of the source the catalog is and where the official
	 * instrument is found; empty ("") when the catalog has none, which
	 * aft_text_given() tells.
	 */
	struct aft_text		 notice;
	double			 threshold_budget;	/* euros */
	double			 threshold_users;
	struct aft_level	*levels;	/* rising points */
	size_t			 nlevels;
	int			 max_points;
	struct aft_level	 nvt;		/* the not-applicable answer */
	struct aft_band		*bands;		/* falling minimum */
	size_t			 nbands;
	struct aft_principle	*principles;
	size_t			 nprinciples;
	const struct aft_criterion **all;	/* catalog order */
	size_t			 ncriteria;
	/* The criteria by id, ignoring case: open addressing, power of 2. */
	const struct aft_criterion **byid;
	size_t			 capid;
	/* The answer words (level ids and aliases), ignoring case, alike. */
	struct aft_word		*words;
	size_t			 capwords;
};

/* What aft_catalog_level() found. */
#define AFT_LEVEL_NONE	(-1)
#define AFT_LEVEL_NVT	(-2)

/*
 * Loads a catalog from buf.  file names it in diagnostics, whose
 * locations borrow it as diag.h says; the catalog keeps its own copy.
 * Returns AFT_OK with *out set, or a status with the reasons in d.
 */
int	aft_catalog_load(struct aft_catalog **out, const char *file,
	    const char *buf, size_t len, struct aft_diags *d);
/*
 * Loads the catalog compiled into the program: the C data the build made
 * of it with aft_catalog_load(), so nothing is parsed and nothing goes to
 * d; fails only with AFT_ENOMEM.
 */
int	aft_catalog_load_default(struct aft_catalog **out,
	    struct aft_diags *d);
void	aft_catalog_free(struct aft_catalog *);

/*
 * The YAML text the compiled-in catalog was made from, and its name (the
 * compiled-in catalog's file); a unit test loads it to compare the two.
 */
extern const char	aft_default_catalog[];
extern const size_t	aft_default_catalog_len;
extern const char	aft_default_catalog_name[];

/* Whether an optional text was given: loaded texts are never empty. */
int	aft_text_given(const struct aft_text *);

/* Finds a criterion by id, ignoring case; NULL when there is none. */
const struct aft_criterion *aft_catalog_find(const struct aft_catalog *,
	    const char *id);
/*
 * The known criterion id closest to id (edit distance, ignoring case), for
 * suggestions; NULL when none is near.
 */
const char	*aft_catalog_nearest(const struct aft_catalog *, const char *id);
/* The same among the principle ids, for id's first len bytes. */
const char	*aft_catalog_nearest_principle(const struct aft_catalog *,
	    const char *id, size_t len);
/*
 * The criterion that replaces the old id (ignoring case), as its
 * 'replaces' says; NULL when none does.
 */
const struct aft_criterion *aft_catalog_successor(const struct aft_catalog *,
	    const char *old);
/* Finds a principle by id, ignoring case. */
const struct aft_principle *aft_catalog_principle(const struct aft_catalog *,
	    const char *id);
/*
 * Resolves an answer word (a level id, an alias, or the points as an
 * integer; any case) to a level index, AFT_LEVEL_NVT or AFT_LEVEL_NONE.
 */
int	aft_catalog_level(const struct aft_catalog *, const char *word);
/* The band index for a score: the highest band whose minimum it reaches. */
size_t	aft_catalog_band(const struct aft_catalog *, double score);
/* Writes the accepted answer words, comma-separated, into the arena. */
const char *aft_catalog_levels_list(const struct aft_catalog *,
	    struct aft_arena *);

#endif
