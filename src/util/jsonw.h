/*
 * A JSON writer with two forms.  As text it streams a document into one
 * growing buffer, byte for byte as jansson's json_dumps() writes it with
 * AFT_JSON_FLAGS | JSON_COMPACT, without building a tree: no allocation
 * per value, numbers and strings written directly.  As a tree it builds
 * the same document with jansson.  One description of a document, made
 * of the calls below, thus gives both (src/report/jsondoc.c describes
 * the assessment).
 *
 * Every value takes a key: the member's name inside an object, NULL
 * inside an array or at the top.  A real that is not finite is left out,
 * key and all, as jansson leaves it out.  A string that is not valid
 * UTF-8 is written with U+FFFD for each bad byte, as aft_json_string()
 * does.  Running out of memory is remembered, and checked once at the
 * end by aft_jw_text() or aft_jw_tree().
 */
#ifndef AFTOETS_JSONW_H
#define AFTOETS_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

/*
 * The deepest nesting of a document: enough for the page of aftoets form,
 * which writes a YAML tree of AFT_YDEPTH_MAX levels three deep each.
 */
#define AFT_JW_DEPTH	256

struct aft_jw {
	bool		 as_tree;
	bool		 embed;		/* aft_jw_init_embed() */
	bool		 oom;
	unsigned	 depth;		/* open containers */
	/* The text form. */
	char		*buf;		/* malloc'd */
	size_t		 len, cap;
	/* Bit d of each: depth d holds an item; depth d is an array. */
	uint32_t	 more[AFT_JW_DEPTH / 32 + 1];
	uint32_t	 arrays[AFT_JW_DEPTH / 32 + 1];
	/* The tree form. */
	json_t		*open[AFT_JW_DEPTH];
	json_t		*root;
};

/* Starts a document, as text or as a tree. */
void	 aft_jw_init(struct aft_jw *, bool as_tree);
/*
 * Starts a text document to go inside a web page's <script
 * type="application/json"> element.  It is the text form with two
 * differences: '<', '>', '&', U+2028 and U+2029 are written as \u
 * escapes as well, so that no string in it can end the element or open
 * a comment there; and a real has as many digits as it takes to read
 * back the same double (17 at most), not jansson's 15, so that the
 * page's script computes with the values the program used.
 */
void	 aft_jw_init_embed(struct aft_jw *);
/* Releases what the writer still holds. */
void	 aft_jw_fini(struct aft_jw *);

void	 aft_jw_object(struct aft_jw *, const char *key);
void	 aft_jw_array(struct aft_jw *, const char *key);
/* Closes the innermost object or array. */
void	 aft_jw_end(struct aft_jw *);

/* A string, or null when s is NULL. */
void	 aft_jw_string(struct aft_jw *, const char *key, const char *s);
void	 aft_jw_int(struct aft_jw *, const char *key, long long);
void	 aft_jw_real(struct aft_jw *, const char *key, double);
/* An integer when v is whole (and exact in a double), else a real. */
void	 aft_jw_number(struct aft_jw *, const char *key, double v);
void	 aft_jw_bool(struct aft_jw *, const char *key, bool);
void	 aft_jw_null(struct aft_jw *, const char *key);

/*
 * The finished text, NUL-terminated, with its length in *len; the
 * caller free()s it.  suffix (may be NULL) is added first, for a line
 * break.  NULL when out of memory or the document is not closed.
 */
char	*aft_jw_text(struct aft_jw *, const char *suffix, size_t *len);
/* The finished tree, a new reference; NULL when out of memory. */
json_t	*aft_jw_tree(struct aft_jw *);

/*
 * A JSON string of s, or null when s is NULL.  Bytes that are not UTF-8
 * (a file name can hold any) become U+FFFD rather than losing the field.
 */
json_t	*aft_json_string(const char *s);

#endif
