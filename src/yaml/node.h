/*
 * A YAML node tree with the place of every node, built from libyaml's
 * events.  All nodes and strings live in the arena given to the loader;
 * aliases share the anchored node rather than copying it.
 */
#ifndef AFTOETS_YNODE_H
#define AFTOETS_YNODE_H

#include <stdbool.h>
#include <stdio.h>

#include "aftoets/arena.h"
#include "aftoets/common.h"
#include "aftoets/diag.h"

enum aft_ykind {
	AFT_YSCALAR,
	AFT_YSEQ,
	AFT_YMAP
};

struct aft_ynode {
	enum aft_ykind		  kind;
	bool			  plain;	/* a plain (unquoted) scalar */
	struct aft_loc		  loc;
	const char		 *tag;		/* explicit tag, or NULL */
	const char		 *str;		/* scalar text, NUL-terminated */
	size_t			  len;
	struct aft_ynode	**kids;		/* map: key, value, key, ... */
	size_t			  n;		/* items, or pairs of a map */
	size_t			  weight;	/* nodes in this subtree */
};

/* Limits on what a loader accepts; zero fields take the defaults. */
struct aft_ylimits {
	size_t	max_depth;	/* nesting of collections: 64 */
	size_t	max_nodes;	/* nodes, counting alias expansions: 100000 */
	size_t	max_scalar;	/* bytes in one scalar: 256 KiB */
};

#define AFT_YDEPTH_MAX		64
#define AFT_YNODES_MAX		100000
#define AFT_YSCALAR_MAX		(256 * 1024)

/*
 * Parses one YAML document from buf (UTF-8 with or without BOM, or
 * UTF-16 with BOM) into *root.  file names the input in locations and
 * must outlive the tree.  Returns AFT_OK, or AFT_EINPUT / AFT_ELIMIT with
 * the reasons in d, or AFT_ENOMEM.  Duplicate keys and keys that are
 * not scalars are errors the parse reads past: the pair is left out and
 * the function returns AFT_EINPUT with *root set, so that a loader can
 * still check the rest of the file; *root is NULL after any other error.
 */
int	aft_ynode_load(struct aft_ynode **root, const char *file,
	    const char *buf, size_t len, const struct aft_ylimits *,
	    struct aft_arena *, struct aft_diags *d);

/*
 * A reader of one document's events, for a loader that needs no tree:
 * each call gives the next scalar, the start of a map or sequence, the
 * end of one, or the end of the input.  It handles only what such a
 * loader can take without a tree and without saying why it stops; for
 * anything else -- a syntax error, an alias, an anchor, a tag, a second
 * document, a UTF-16 or UTF-32 input, a NUL, or a limit of
 * aft_ynode_load() passed -- it returns AFT_YDECLINE, and the caller
 * loads the file with aft_ynode_load(), which reports it.
 */
#define AFT_YDECLINE	(-1)

enum aft_yev {
	AFT_YEV_SCALAR,
	AFT_YEV_MAP,
	AFT_YEV_SEQ,
	AFT_YEV_END,		/* of the innermost open map or sequence */
	AFT_YEV_DONE		/* of the input; given again if asked */
};

struct aft_yevent {
	enum aft_yev		type;
	/*
	 * For a scalar or the start of a collection: the node without its
	 * kids.  A scalar's text is NUL-terminated and lasts until the next
	 * call.
	 */
	struct aft_ynode	node;
};

struct aft_ystream;

/*
 * Starts reading buf; the reader lives in the arena until
 * aft_ystream_close().  Returns AFT_OK, AFT_YDECLINE or AFT_ENOMEM.
 */
int	aft_ystream_open(struct aft_ystream **, const char *file,
	    const char *buf, size_t len, struct aft_arena *);
/* Reads the next event into *ev; returns AFT_OK, AFT_YDECLINE or AFT_ENOMEM. */
int	aft_ystream_next(struct aft_ystream *, struct aft_yevent *ev);
void	aft_ystream_close(struct aft_ystream *);

/* Returns the value of key in a map, or NULL. */
const struct aft_ynode *aft_ynode_get(const struct aft_ynode *map,
	    const char *key);
/* True for an empty plain scalar, ~, null, or a !!null tag. */
bool	aft_ynode_is_null(const struct aft_ynode *);
/*
 * Whether a and b hold the same value: the same kinds, tags and
 * quoting, the same text, the same items and pairs in the same order.
 * Places are not compared; two NULLs are the same.
 */
bool	aft_ynode_same(const struct aft_ynode *a, const struct aft_ynode *b);
/* A word for the node's kind in the given language. */
const char *aft_ynode_kindname(const struct aft_ynode *, enum aft_lang);
/* Writes the tree, one node a line, for tests. */
void	aft_ynode_dump(FILE *, const struct aft_ynode *);

#endif
