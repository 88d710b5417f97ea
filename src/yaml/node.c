/*
 * The YAML node layer: the only file that includes <yaml.h>.
 *
 * Input is first made UTF-8 (a UTF-16 BOM is converted, a UTF-8 BOM
 * dropped) and checked for invalid sequences and NUL bytes, so every
 * encoding problem gets a line and column.  libyaml's events then build
 * a tree in the arena.  libyaml counts lines and columns from 0; they
 * become 1-based here, once.  This layer bounds nesting depth, node
 * count (aliases counted as the nodes they stand for) and scalar length,
 * and rejects duplicate keys, since libyaml 0.2.5 does none of that.
 *
 * aft_ystream_*() hand out the same events one by one, for a loader that
 * needs no tree, and decline whatever the tree loader would have to
 * convert, refuse or report.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "aftoets/msg.h"
#include "util/utf8.h"
#include "yaml/node.h"

struct frame {
	struct aft_ynode	*node;
	size_t			 base;		/* its first kid in kids */
	const char		*anchor;
};

/* An anchor name and the node it stands for, in an open hash table. */
struct anchor {
	const char		*name;
	struct aft_ynode	*node;
};

struct loader {
	const char		*file;
	struct aft_arena	*arena;
	struct aft_diags	*d;
	struct aft_ylimits	 lim;
	struct frame		 stack[AFT_YDEPTH_MAX + 1];
	size_t			 depth;
	/*
	 * The kids of every open collection, innermost last: one array for
	 * the whole file, so that a collection costs no allocation of its
	 * own until it closes and its kids move to the arena.
	 */
	struct aft_ynode	**kids;
	size_t			 nkids, capkids;
	struct anchor		*anchors;	/* capanchors slots, a power of 2 */
	size_t			 nanchors, capanchors;
	size_t			 nodes;
	size_t			 soft;		/* errors read past */
	struct aft_ynode	*root;
};

static struct aft_loc
mkloc(const struct loader *l, yaml_mark_t m)
{
	struct aft_loc loc = { l->file, (unsigned)m.line + 1,
	    (unsigned)m.column + 1 };

	return loc;
}

/* Reads one UTF-16 code unit at in; big-endian when be. */
static uint32_t
unit16(const unsigned char *in, int be)
{
	return be ? (uint32_t)in[0] << 8 | in[1] : (uint32_t)in[1] << 8 | in[0];
}

/*
 * Converts UTF-16 with a BOM to UTF-8.  A lone surrogate or an odd byte
 * at the end is reported at its line and column.  Returns AFT_OK,
 * AFT_EINPUT or AFT_ENOMEM.
 */
static int
from_utf16(const unsigned char *in, size_t len, char **out, size_t *outlen,
    struct loader *l)
{
	int		 be = in[0] == 0xFE;
	unsigned	 line = 1, col = 1;
	size_t		 k = 0, even = len - len % 2;
	char		*o;

	/* Each unit yields at most three bytes; a pair yields four. */
	if (len / 2 > (SIZE_MAX - 1) / 3)
		return AFT_ENOMEM;
	if ((o = aft_arena_alloc(l->arena, len / 2 * 3 + 1)) == NULL)
		return AFT_ENOMEM;
	for (size_t i = 2; i < even; i += 2) {
		uint32_t c = unit16(in + i, be);

		if (c >= 0xD800 && c <= 0xDBFF) {
			uint32_t c2 = i + 3 < even ? unit16(in + i + 2, be) : 0;

			if (c2 < 0xDC00 || c2 > 0xDFFF)
				goto lone;
			c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
			i += 2;
		} else if (c >= 0xDC00 && c <= 0xDFFF)
			goto lone;
		if (c < 0x80)
			o[k++] = (char)c;
		else if (c < 0x800) {
			o[k++] = (char)(0xC0 | c >> 6);
			o[k++] = (char)(0x80 | (c & 0x3F));
		} else if (c < 0x10000) {
			o[k++] = (char)(0xE0 | c >> 12);
			o[k++] = (char)(0x80 | (c >> 6 & 0x3F));
			o[k++] = (char)(0x80 | (c & 0x3F));
		} else {
			o[k++] = (char)(0xF0 | c >> 18);
			o[k++] = (char)(0x80 | (c >> 12 & 0x3F));
			o[k++] = (char)(0x80 | (c >> 6 & 0x3F));
			o[k++] = (char)(0x80 | (c & 0x3F));
		}
		if (c == '\n') {
			line++;
			col = 1;
		} else
			col++;
		continue;
lone:
		{
			struct aft_loc loc = { l->file, line, col };

			return aft_diag_err(l->d, loc, AFT_M_UTF16_SURROGATE,
			    (unsigned)c);
		}
	}
	if (even != len) {
		struct aft_loc loc = { l->file, line, col };

		return aft_diag_err(l->d, loc, AFT_M_UTF16_ODD);
	}
	o[k] = '\0';
	*out = o;
	*outlen = k;
	return AFT_OK;
}

/*
 * Length of the line break at s (CR LF, CR, LF, NEL, LS or PS, as libyaml
 * counts them), or 0.
 */
static size_t
break_len(const unsigned char *s, size_t left)
{
	if (left >= 2 && s[0] == '\r' && s[1] == '\n')
		return 2;
	if (s[0] == '\r' || s[0] == '\n')
		return 1;
	if (left >= 2 && s[0] == 0xC2 && s[1] == 0x85)
		return 2;
	if (left >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0xA8 || s[2] == 0xA9))
		return 3;
	return 0;
}

/* Finds the line and column of byte offset off, counting code points. */
static struct aft_loc
offset_loc(const char *file, const unsigned char *s, size_t off)
{
	struct aft_loc	loc = { file, 1, 1 };
	size_t		i = 0, n;

	while (i < off) {
		if ((n = break_len(s + i, off - i)) > 0) {
			loc.line++;
			loc.col = 1;
			i += n;
			continue;
		}
		if ((s[i] & 0xC0) != 0x80)
			loc.col++;
		i++;
	}
	return loc;
}

/*
 * The 8 bytes of v with each line feed made '*': a byte of v ^ 0x0A..
 * is zero exactly where v holds a line feed; (x & 0x7F) + 0x7F sets a
 * byte's top bit unless it was zero, without carrying into the next,
 * and that top bit shifted down by two is the 0x20 that turns 0x0A
 * into 0x2A.
 */
static uint64_t
lf_masked(uint64_t v)
{
	uint64_t x = v ^ 0x0A0A0A0A0A0A0A0AULL, z;

	z = ~(((x & 0x7F7F7F7F7F7F7F7FULL) + 0x7F7F7F7F7F7F7F7FULL) | x) &
	    0x8080808080808080ULL;
	return v | z >> 2;
}

/*
 * True when each of the 8 bytes is printable ASCII, 0x20 to 0x7E, or a
 * line feed.  The three terms catch a byte of 0x80 or more, one below
 * 0x20 (the borrow sets its top bit) and 0x7F (the carry sets it); a
 * false alarm only sends the bytes down the slow path.
 */
static int
plain_text8(const unsigned char *s)
{
	uint64_t v;

	memcpy(&v, s, sizeof(v));
	v = lf_masked(v);
	return ((v | (v - 0x2020202020202020ULL) |
	    (v + 0x0101010101010101ULL)) & 0x8080808080808080ULL) == 0;
}

/* The same test over 32 bytes, with one branch. */
static int
plain_text32(const unsigned char *s)
{
	uint64_t v[4], bad = 0;

	memcpy(v, s, sizeof(v));
	for (int k = 0; k < 4; k++) {
		uint64_t w = lf_masked(v[k]);

		bad |= w | (w - 0x2020202020202020ULL) |
		    (w + 0x0101010101010101ULL);
	}
	return (bad & 0x8080808080808080ULL) == 0;
}

/*
 * Recognises what cannot be read as UTF-8 at all: UTF-32 with or without
 * its BOM, and UTF-16 without a BOM, whose NUL bytes would otherwise be
 * reported one by one.  A YAML file never holds NUL, so a NUL among the
 * first bytes tells.  Returns AFT_OK when none of these.
 */
static int
check_wide(const unsigned char *u, size_t len, struct loader *l)
{
	struct aft_loc loc = { l->file, 0, 0 };

	if (len >= 4 && ((u[0] == 0 && u[1] == 0 && u[2] == 0xFE &&
	    u[3] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 &&
	    u[3] == 0)))
		return aft_diag_err(l->d, loc, AFT_M_UTF32);
	if (len >= 4 && ((u[0] == 0 && u[1] == 0 && u[2] == 0 && u[3] != 0) ||
	    (u[0] != 0 && u[1] == 0 && u[2] == 0 && u[3] == 0)))
		return aft_diag_err(l->d, loc, AFT_M_UTF32);
	if (len >= 2 && (u[0] == 0) != (u[1] == 0))
		return aft_diag_err(l->d, loc, AFT_M_UTF16_NO_BOM);
	return AFT_OK;
}

/*
 * Checks that s is UTF-8 holding only characters YAML allows: no NUL,
 * no C0 controls but tab, CR and LF, no DEL or C1 controls but NEL, no
 * U+FFFE or U+FFFF.  Reports the first problem at its line and column,
 * counted as libyaml counts them.  Runs over every byte of every input,
 * so plain ASCII lines go 32 or eight bytes at a time and places are
 * worked out only for a problem.
 */
static int
check_utf8(const unsigned char *s, size_t len, struct loader *l)
{
	size_t		i = 0, n;
	uint32_t	cp;

	while (i < len) {
		/* Four words with one branch, then one, then a character. */
		if (len - i >= 32 && plain_text32(s + i)) {
			i += 32;
			continue;
		}
		if (len - i >= 8 && plain_text8(s + i)) {
			i += 8;
			continue;
		}
		if (s[i] >= 0x20 && s[i] < 0x7F) {
			i++;
			continue;
		}
		if ((n = aft_utf8_seq(s + i, len - i, &cp)) == 0)
			return aft_diag_err(l->d, offset_loc(l->file, s, i),
			    AFT_M_UTF8, s[i]);
		if (cp == 0)
			return aft_diag_err(l->d, offset_loc(l->file, s, i),
			    AFT_M_NUL);
		if (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')
			return aft_diag_err(l->d, offset_loc(l->file, s, i),
			    AFT_M_CONTROL, cp);
		if ((cp >= 0x7F && cp <= 0x9F && cp != 0x85) ||
		    cp == 0xFFFE || cp == 0xFFFF)
			return aft_diag_err(l->d, offset_loc(l->file, s, i),
			    AFT_M_BAD_CHAR, cp);
		i += n;
	}
	return AFT_OK;
}

/*
 * Finds the character at a libyaml mark (0-based line and column) in
 * buf, counting lines and characters as libyaml does; NULL if past the
 * end.
 */
static const char *
at_mark(const char *buf, size_t len, yaml_mark_t m)
{
	const unsigned char	*u = (const unsigned char *)buf;
	size_t			 line = 0, col = 0, i = 0, n;

	while (i < len && line < m.line) {
		if ((n = break_len(u + i, len - i)) > 0) {
			line++;
			i += n;
		} else
			i++;
	}
	while (i < len && col < m.column && break_len(u + i, len - i) == 0) {
		i++;
		while (i < len && (u[i] & 0xC0) == 0x80)
			i++;
		col++;
	}
	return i < len ? buf + i : NULL;
}

static int
syntax_error(struct loader *l, yaml_parser_t *p, const char *buf, size_t len)
{
	struct aft_loc	 loc = mkloc(l, p->problem_mark);
	const char	*problem = p->problem ? p->problem : "?";
	enum aft_lang	 lang = l->d->lang;

	if (p->error == YAML_MEMORY_ERROR)
		return AFT_ENOMEM;
	if (p->error == YAML_READER_ERROR) {
		/* Reader errors carry a byte offset, not a mark. */
		loc = offset_loc(l->file, (const unsigned char *)buf,
		    p->problem_offset < len ? p->problem_offset : len);
		return aft_diag_err(l->d, loc, AFT_M_YAML,
		    aft_msg_yaml(lang, problem));
	}
	/*
	 * libyaml says a character "cannot start any token" for a tab in
	 * the indentation and for '@' and '`'; say which it is.
	 */
	if (strcmp(problem, "found character that cannot start any token") ==
	    0) {
		const char	*c = at_mark(buf, len, p->problem_mark);
		char		 ch[5] = "";
		uint32_t	 cp;
		size_t		 n;

		if (c != NULL && *c == '\t')
			return aft_diag_err(l->d, loc, AFT_M_YAML,
			    aft_msg_yaml(lang,
			    "found a tab character that violates indentation"));
		if (c != NULL && (n = aft_utf8_seq((const unsigned char *)c,
		    len - (size_t)(c - buf), &cp)) > 0) {
			memcpy(ch, c, n);
			return aft_diag_err(l->d, loc, AFT_M_BAD_START, ch);
		}
	}
	/* Whatever libyaml expected, at the end of the input it is cut off. */
	if (at_mark(buf, len, p->problem_mark) == NULL)
		problem = "found unexpected end of stream";
	/* A context at the very place of the problem adds nothing. */
	if (p->context != NULL && (p->context_mark.line !=
	    p->problem_mark.line || p->context_mark.column !=
	    p->problem_mark.column))
		return aft_diag_err(l->d, loc, AFT_M_YAML_CONTEXT,
		    aft_msg_yaml(lang, problem),
		    aft_msg_yaml(lang, p->context),
		    (unsigned)p->context_mark.line + 1,
		    (unsigned)p->context_mark.column + 1);
	return aft_diag_err(l->d, loc, AFT_M_YAML, aft_msg_yaml(lang, problem));
}

static int
count_node(struct loader *l, size_t weight, struct aft_loc loc)
{
	if (weight > l->lim.max_nodes - l->nodes) {
		aft_diag_err(l->d, loc, AFT_M_NODES, l->lim.max_nodes);
		return AFT_ELIMIT;
	}
	l->nodes += weight;
	return AFT_OK;
}

static size_t
anchor_hash(const char *name)
{
	size_t h = 2166136261u;

	for (; *name != '\0'; name++)
		h = (h ^ (unsigned char)*name) * 16777619u;
	return h;
}

/* The slot of name: the one holding it, or the empty one it would take. */
static struct anchor *
anchor_slot(struct anchor *tab, size_t cap, const char *name)
{
	size_t i = anchor_hash(name) & (cap - 1);

	while (tab[i].name != NULL && strcmp(tab[i].name, name) != 0)
		i = (i + 1) & (cap - 1);
	return &tab[i];
}

/*
 * Records that name now stands for n.  A hash table, not a list: a file
 * with many anchors and many aliases must not cost their product.  The
 * newest anchor of a name wins, as YAML says.
 */
static int
add_anchor(struct loader *l, const char *name, struct aft_ynode *n)
{
	struct anchor *a;

	if (2 * (l->nanchors + 1) > l->capanchors) {
		size_t		 cap = l->capanchors ? l->capanchors * 2 : 16;
		struct anchor	*tab = calloc(cap, sizeof(*tab));

		if (tab == NULL)
			return AFT_ENOMEM;
		for (size_t i = 0; i < l->capanchors; i++)
			if (l->anchors[i].name != NULL)
				*anchor_slot(tab, cap, l->anchors[i].name) =
				    l->anchors[i];
		free(l->anchors);
		l->anchors = tab;
		l->capanchors = cap;
	}
	a = anchor_slot(l->anchors, l->capanchors, name);
	if (a->name == NULL)
		l->nanchors++;
	a->name = name;
	a->node = n;
	return AFT_OK;
}

static struct aft_ynode *
find_anchor(const struct loader *l, const char *name)
{
	if (l->capanchors == 0)
		return NULL;
	return anchor_slot(l->anchors, l->capanchors, name)->node;
}

/* Attaches a finished node to the open collection, or makes it root. */
static int
attach(struct loader *l, struct aft_ynode *n)
{
	if (l->depth == 0) {
		l->root = n;
		return AFT_OK;
	}
	if (l->nkids == l->capkids) {
		size_t			  cap = l->capkids ? l->capkids * 2 : 256;
		struct aft_ynode	**k;

		if (cap > SIZE_MAX / sizeof(*k) ||
		    (k = realloc(l->kids, cap * sizeof(*k))) == NULL)
			return AFT_ENOMEM;
		l->kids = k;
		l->capkids = cap;
	}
	l->kids[l->nkids++] = n;
	l->stack[l->depth - 1].node->weight += n->weight;
	return AFT_OK;
}

/*
 * Maps up to this size are checked pair by pair, without allocating; at
 * about this size a hash table starts to cost less.
 */
#define SMALL_MAP	16

static bool
same_key(const struct aft_ynode *a, const struct aft_ynode *b)
{
	return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
}

static void
dup_key(struct loader *l, const struct aft_ynode *first,
    const struct aft_ynode *again)
{
	aft_diag_err(l->d, again->loc, AFT_M_DUP_KEY, again->str,
	    first->loc.line, first->loc.col);
	l->soft++;
}

/* Marks in drop[] the later ones of equal scalar keys, one by one. */
static void
dups_small(struct loader *l, const struct aft_ynode *map, char *drop)
{
	for (size_t i = 1; i < map->n; i++) {
		const struct aft_ynode *b = map->kids[2 * i];

		if (drop[i])
			continue;
		for (size_t j = 0; j < i; j++) {
			const struct aft_ynode *a = map->kids[2 * j];

			/* The earliest equal key is never dropped. */
			if (a->kind == AFT_YSCALAR && same_key(a, b)) {
				dup_key(l, a, b);
				drop[i] = 1;
				break;
			}
		}
	}
}

/*
 * The same with a hash table of the keys seen, for larger maps; keys go
 * in in order, so the one a later key meets is the earliest.  Returns
 * AFT_OK or AFT_ENOMEM.
 */
static int
dups_hashed(struct loader *l, const struct aft_ynode *map, char *drop)
{
	size_t	 small[256], *tab = small;	/* key index + 1; 0: empty */
	size_t	 cap = 32;

	while (cap < 2 * map->n)
		cap *= 2;
	if (cap > sizeof(small) / sizeof(small[0])) {
		if ((tab = calloc(cap, sizeof(*tab))) == NULL)
			return AFT_ENOMEM;
	} else
		memset(tab, 0, cap * sizeof(*tab));
	for (size_t i = 0; i < map->n; i++) {
		const struct aft_ynode	*b = map->kids[2 * i];
		size_t			 h = 2166136261u;

		if (drop[i])
			continue;
		for (size_t k = 0; k < b->len; k++)
			h = (h ^ (unsigned char)b->str[k]) * 16777619u;
		for (h &= cap - 1; tab[h] != 0; h = (h + 1) & (cap - 1))
			if (same_key(map->kids[2 * (tab[h] - 1)], b))
				break;
		if (tab[h] != 0) {
			dup_key(l, map->kids[2 * (tab[h] - 1)], b);
			drop[i] = 1;
		} else
			tab[h] = i + 1;
	}
	if (tab != small)
		free(tab);
	return AFT_OK;
}

/*
 * Checks a finished map for keys that are not scalars and for duplicate
 * keys.  Each is an error, but not one that stops the parse: the pair is
 * dropped (a duplicate keeps its first value) so that the rest of the
 * file is still read and checked.  Returns AFT_OK or AFT_ENOMEM.
 */
static int
check_keys(struct loader *l, struct aft_ynode *map)
{
	char	 small[SMALL_MAP];
	char	*drop = small;
	size_t	 n = map->n, k = 0;
	int	 rc;

	if (n == 0)
		return AFT_OK;
	if (n > SMALL_MAP && (drop = calloc(n, 1)) == NULL)
		return AFT_ENOMEM;
	if (n <= SMALL_MAP)
		memset(small, 0, n);
	for (size_t i = 0; i < n; i++) {
		const struct aft_ynode *key = map->kids[2 * i];

		if (key->kind != AFT_YSCALAR) {
			aft_diag_err(l->d, key->loc, AFT_M_KEY_NOT_SCALAR,
			    aft_ynode_kindname(key, l->d->lang));
			drop[i] = 1;
			l->soft++;
		}
	}
	rc = AFT_OK;
	if (n <= SMALL_MAP)
		dups_small(l, map, drop);
	else
		rc = dups_hashed(l, map, drop);
	for (size_t i = 0; i < n && rc == AFT_OK; i++) {
		if (drop[i])
			continue;
		map->kids[2 * k] = map->kids[2 * i];
		map->kids[2 * k + 1] = map->kids[2 * i + 1];
		k++;
	}
	if (rc == AFT_OK)
		map->n = k;
	if (drop != small)
		free(drop);
	return rc;
}

/*
 * A node, with room for extra bytes right behind it (a scalar's text):
 * one allocation, and only the node itself cleared.
 */
static struct aft_ynode *
new_node(struct loader *l, enum aft_ykind kind, yaml_mark_t m,
    const yaml_char_t *tag, size_t extra)
{
	struct aft_ynode *n;

	if (extra > SIZE_MAX - sizeof(*n) ||
	    (n = aft_arena_raw(l->arena, sizeof(*n) + extra)) == NULL)
		return NULL;
	memset(n, 0, sizeof(*n));
	n->kind = kind;
	n->loc = mkloc(l, m);
	n->weight = 1;
	if (tag != NULL &&
	    (n->tag = aft_arena_strdup(l->arena, (const char *)tag)) == NULL)
		return NULL;
	return n;
}

static int
on_scalar(struct loader *l, yaml_event_t *ev)
{
	struct aft_ynode	*n;
	struct aft_loc		 loc = mkloc(l, ev->start_mark);
	size_t			 len = ev->data.scalar.length;
	char			*str;
	int			 rc;

	if (len > l->lim.max_scalar) {
		aft_diag_err(l->d, loc, AFT_M_SCALAR_LEN, l->lim.max_scalar);
		return AFT_ELIMIT;
	}
	if (memchr(ev->data.scalar.value, '\0', len) != NULL)
		return aft_diag_err(l->d, loc, AFT_M_NUL);
	if ((rc = count_node(l, 1, loc)) != AFT_OK)
		return rc;
	if ((n = new_node(l, AFT_YSCALAR, ev->start_mark,
	    ev->data.scalar.tag, len + 1)) == NULL)
		return AFT_ENOMEM;
	n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	n->len = len;
	str = (char *)(n + 1);
	memcpy(str, ev->data.scalar.value, len);
	str[len] = '\0';
	n->str = str;
	if (ev->data.scalar.anchor != NULL) {
		const char *a = aft_arena_strdup(l->arena,
		    (const char *)ev->data.scalar.anchor);

		if (a == NULL || add_anchor(l, a, n) != AFT_OK)
			return AFT_ENOMEM;
	}
	return attach(l, n);
}

static int
on_alias(struct loader *l, yaml_event_t *ev)
{
	const char		*name = (const char *)ev->data.alias.anchor;
	struct aft_loc		 loc = mkloc(l, ev->start_mark);
	struct aft_ynode	*n;
	int			 rc;

	if ((n = find_anchor(l, name)) != NULL) {
		if ((rc = count_node(l, n->weight, loc)) != AFT_OK)
			return rc;
		return attach(l, n);
	}
	return aft_diag_err(l->d, loc, AFT_M_ALIAS_UNDEF, name);
}

static int
on_start(struct loader *l, yaml_event_t *ev, enum aft_ykind kind)
{
	struct aft_ynode	*n;
	struct aft_loc		 loc = mkloc(l, ev->start_mark);
	const yaml_char_t	*tag, *anchor;
	struct frame		*f;
	int			 rc;

	if (l->depth >= l->lim.max_depth) {
		aft_diag_err(l->d, loc, AFT_M_DEPTH, l->lim.max_depth);
		return AFT_ELIMIT;
	}
	if ((rc = count_node(l, 1, loc)) != AFT_OK)
		return rc;
	if (kind == AFT_YMAP) {
		tag = ev->data.mapping_start.tag;
		anchor = ev->data.mapping_start.anchor;
	} else {
		tag = ev->data.sequence_start.tag;
		anchor = ev->data.sequence_start.anchor;
	}
	if ((n = new_node(l, kind, ev->start_mark, tag, 0)) == NULL)
		return AFT_ENOMEM;
	f = &l->stack[l->depth++];
	memset(f, 0, sizeof(*f));
	f->node = n;
	f->base = l->nkids;
	if (anchor != NULL &&
	    (f->anchor = aft_arena_strdup(l->arena, (const char *)anchor)) ==
	    NULL)
		return AFT_ENOMEM;
	return AFT_OK;
}

static int
on_end(struct loader *l)
{
	struct frame		*f = &l->stack[l->depth - 1];
	struct aft_ynode	*n = f->node;
	size_t			 nk = l->nkids - f->base;
	int			 rc = AFT_OK;

	if (nk > 0) {
		n->kids = aft_arena_raw(l->arena, nk * sizeof(*n->kids));
		if (n->kids == NULL)
			rc = AFT_ENOMEM;
		else
			memcpy(n->kids, l->kids + f->base,
			    nk * sizeof(*n->kids));
	}
	n->n = n->kind == AFT_YMAP ? nk / 2 : nk;
	l->nkids = f->base;
	l->depth--;
	if (rc != AFT_OK)
		return rc;
	if (n->kind == AFT_YMAP && (rc = check_keys(l, n)) != AFT_OK)
		return rc;
	/* Registered only now, so a node cannot contain itself. */
	if (f->anchor != NULL && (rc = add_anchor(l, f->anchor, n)) != AFT_OK)
		return rc;
	return attach(l, n);
}

static int
parse(struct loader *l, const char *buf, size_t len)
{
	yaml_parser_t	p;
	yaml_event_t	ev;
	int		rc = AFT_OK, done = 0, docs = 0;

	if (!yaml_parser_initialize(&p))
		return AFT_ENOMEM;
	yaml_parser_set_input_string(&p, (const unsigned char *)buf, len);
	yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
	while (!done && rc == AFT_OK) {
		if (!yaml_parser_parse(&p, &ev)) {
			rc = syntax_error(l, &p, buf, len);
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++docs > 1) {
				rc = aft_diag_err(l->d, mkloc(l, ev.start_mark),
				    AFT_M_MULTI_DOC);
			}
			break;
		case YAML_SCALAR_EVENT:
			rc = on_scalar(l, &ev);
			break;
		case YAML_ALIAS_EVENT:
			rc = on_alias(l, &ev);
			break;
		case YAML_SEQUENCE_START_EVENT:
			rc = on_start(l, &ev, AFT_YSEQ);
			break;
		case YAML_MAPPING_START_EVENT:
			rc = on_start(l, &ev, AFT_YMAP);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			rc = on_end(l);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&p);
	free(l->kids);
	l->kids = NULL;
	l->depth = 0;
	return rc;
}

int
aft_ynode_load(struct aft_ynode **root, const char *file, const char *buf,
    size_t len, const struct aft_ylimits *lim, struct aft_arena *arena,
    struct aft_diags *d)
{
	const unsigned char	*u = (const unsigned char *)buf;
	struct loader		 l;
	char			*conv = NULL;
	size_t			 convlen = 0;
	struct aft_diags_mark	 mark;
	int			 rc;

	*root = NULL;
	memset(&l, 0, sizeof(l));
	l.file = file;
	l.arena = arena;
	l.d = d;
	l.lim.max_depth = AFT_YDEPTH_MAX;
	l.lim.max_nodes = AFT_YNODES_MAX;
	l.lim.max_scalar = AFT_YSCALAR_MAX;
	if (lim != NULL) {
		if (lim->max_depth != 0 && lim->max_depth < AFT_YDEPTH_MAX)
			l.lim.max_depth = lim->max_depth;
		if (lim->max_nodes != 0)
			l.lim.max_nodes = lim->max_nodes;
		if (lim->max_scalar != 0)
			l.lim.max_scalar = lim->max_scalar;
	}
	if ((rc = check_wide(u, len, &l)) != AFT_OK)
		return rc;
	if (len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) ||
	    (u[0] == 0xFF && u[1] == 0xFE))) {
		if ((rc = from_utf16(u, len, &conv, &convlen, &l)) != AFT_OK)
			return rc;
		buf = conv;
		len = convlen;
		u = (const unsigned char *)buf;
	}
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		buf += 3;
		len -= 3;
		u += 3;
	}
	mark = aft_diags_at(d);
	rc = parse(&l, buf, len);
	free(l.anchors);
	/*
	 * libyaml's reader refuses everything check_utf8() does, so a whole
	 * parse leaves nothing for it to find, and it runs only after a
	 * failure: an encoding problem anywhere in the file is what the
	 * user hears of, instead of whatever it led to.
	 */
	if (rc != AFT_OK && rc != AFT_ENOMEM) {
		struct aft_diags	enc;
		int			erc;

		aft_diags_init(&enc, d->lang);
		l.d = &enc;
		erc = check_utf8(u, len, &l);
		l.d = d;
		if (erc != AFT_OK) {
			aft_diags_rewind(d, mark);
			rc = erc;
			for (size_t i = 0; i < enc.n; i++)
				if (aft_diag_add(d, enc.v[i].sev, enc.v[i].loc,
				    "%s", enc.v[i].msg) == AFT_ENOMEM)
					rc = AFT_ENOMEM;
		}
		aft_diags_fini(&enc);
		return rc;
	}
	/* Nothing, or only "---": an empty plain scalar. */
	if (rc == AFT_OK && (l.root == NULL || (l.root->kind == AFT_YSCALAR &&
	    l.root->plain && l.root->len == 0 && l.root->tag == NULL))) {
		struct aft_loc loc = { file, 0, 0 };

		return aft_diag_err(d, loc, AFT_M_EMPTY_FILE);
	}
	if (rc == AFT_OK) {
		*root = l.root;
		if (l.soft > 0)
			rc = AFT_EINPUT;
	}
	return rc;
}

struct aft_ystream {
	yaml_parser_t	 p;
	yaml_event_t	 ev;
	bool		 has_ev, done;
	const char	*file;
	size_t		 depth, nodes, docs;
};

int
aft_ystream_open(struct aft_ystream **out, const char *file,
    const char *buf, size_t len, struct aft_arena *arena)
{
	const unsigned char	*u = (const unsigned char *)buf;
	struct aft_ystream	*s;

	*out = NULL;
	/*
	 * A NUL in the first two bytes is UTF-16 or UTF-32 without a BOM;
	 * these and the BOMs of UTF-16 take the tree loader's conversion
	 * or its message.
	 */
	if (len >= 2 && (u[0] == 0 || u[1] == 0 || (u[0] == 0xFE &&
	    u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE)))
		return AFT_YDECLINE;
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		buf += 3;
		len -= 3;
	}
	if ((s = aft_arena_alloc(arena, sizeof(*s))) == NULL)
		return AFT_ENOMEM;
	memset(s, 0, sizeof(*s));
	if (!yaml_parser_initialize(&s->p))
		return AFT_ENOMEM;
	yaml_parser_set_input_string(&s->p, (const unsigned char *)buf, len);
	yaml_parser_set_encoding(&s->p, YAML_UTF8_ENCODING);
	s->file = file;
	*out = s;
	return AFT_OK;
}

/* Counts one node against the limits of aft_ynode_load(). */
static int
stream_node(struct aft_ystream *s, struct aft_yevent *ev, enum aft_yev type,
    enum aft_ykind kind)
{
	struct aft_ynode *n = &ev->node;

	if (++s->nodes > AFT_YNODES_MAX)
		return AFT_YDECLINE;
	ev->type = type;
	memset(n, 0, sizeof(*n));
	n->kind = kind;
	n->loc.file = s->file;
	n->loc.line = (unsigned)s->ev.start_mark.line + 1;
	n->loc.col = (unsigned)s->ev.start_mark.column + 1;
	n->weight = 1;
	return AFT_OK;
}

int
aft_ystream_next(struct aft_ystream *s, struct aft_yevent *ev)
{
	for (;;) {
		if (s->has_ev) {
			yaml_event_delete(&s->ev);
			s->has_ev = false;
		}
		if (s->done) {
			ev->type = AFT_YEV_DONE;
			return AFT_OK;
		}
		if (!yaml_parser_parse(&s->p, &s->ev))
			return s->p.error == YAML_MEMORY_ERROR ? AFT_ENOMEM :
			    AFT_YDECLINE;
		s->has_ev = true;
		switch (s->ev.type) {
		case YAML_STREAM_END_EVENT:
			s->done = true;
			ev->type = AFT_YEV_DONE;
			return AFT_OK;
		case YAML_DOCUMENT_START_EVENT:
			if (++s->docs > 1)
				return AFT_YDECLINE;
			continue;
		case YAML_SCALAR_EVENT: {
			size_t len = s->ev.data.scalar.length;
			const char *v = (const char *)s->ev.data.scalar.value;

			if (s->ev.data.scalar.tag != NULL ||
			    s->ev.data.scalar.anchor != NULL ||
			    len > AFT_YSCALAR_MAX)
				return AFT_YDECLINE;
			/* Only an escape can put a NUL in a scalar. */
			if (s->ev.data.scalar.style ==
			    YAML_DOUBLE_QUOTED_SCALAR_STYLE &&
			    memchr(v, '\0', len) != NULL)
				return AFT_YDECLINE;
			if (stream_node(s, ev, AFT_YEV_SCALAR, AFT_YSCALAR) !=
			    AFT_OK)
				return AFT_YDECLINE;
			ev->node.plain = s->ev.data.scalar.style ==
			    YAML_PLAIN_SCALAR_STYLE;
			ev->node.str = v;
			ev->node.len = len;
			return AFT_OK;
		}
		case YAML_MAPPING_START_EVENT:
			if (s->ev.data.mapping_start.tag != NULL ||
			    s->ev.data.mapping_start.anchor != NULL ||
			    s->depth >= AFT_YDEPTH_MAX ||
			    stream_node(s, ev, AFT_YEV_MAP, AFT_YMAP) != AFT_OK)
				return AFT_YDECLINE;
			s->depth++;
			return AFT_OK;
		case YAML_SEQUENCE_START_EVENT:
			if (s->ev.data.sequence_start.tag != NULL ||
			    s->ev.data.sequence_start.anchor != NULL ||
			    s->depth >= AFT_YDEPTH_MAX ||
			    stream_node(s, ev, AFT_YEV_SEQ, AFT_YSEQ) != AFT_OK)
				return AFT_YDECLINE;
			s->depth++;
			return AFT_OK;
		case YAML_MAPPING_END_EVENT:
		case YAML_SEQUENCE_END_EVENT:
			s->depth--;
			ev->type = AFT_YEV_END;
			return AFT_OK;
		case YAML_ALIAS_EVENT:
			return AFT_YDECLINE;
		default:
			continue;
		}
	}
}

void
aft_ystream_close(struct aft_ystream *s)
{
	if (s == NULL)
		return;
	if (s->has_ev)
		yaml_event_delete(&s->ev);
	yaml_parser_delete(&s->p);
}

const struct aft_ynode *
aft_ynode_get(const struct aft_ynode *map, const char *key)
{
	size_t len;

	if (map == NULL || map->kind != AFT_YMAP)
		return NULL;
	len = strlen(key);
	for (size_t i = 0; i < map->n; i++) {
		const struct aft_ynode *k = map->kids[2 * i];

		if (k->kind == AFT_YSCALAR && k->len == len &&
		    memcmp(k->str, key, len) == 0)
			return map->kids[2 * i + 1];
	}
	return NULL;
}

bool
aft_ynode_is_null(const struct aft_ynode *n)
{
	if (n == NULL)
		return true;
	if (n->kind != AFT_YSCALAR)
		return false;
	if (n->tag != NULL)
		return strcmp(n->tag, "tag:yaml.org,2002:null") == 0;
	if (!n->plain)
		return false;
	if (n->len == 0 || (n->len == 1 && n->str[0] == '~'))
		return true;
	return n->len == 4 && (memcmp(n->str, "null", 4) == 0 ||
	    memcmp(n->str, "Null", 4) == 0 || memcmp(n->str, "NULL", 4) == 0);
}

const char *
aft_ynode_kindname(const struct aft_ynode *n, enum aft_lang lang)
{
	switch (n->kind) {
	case AFT_YMAP:
		return aft_msg(lang, AFT_M_KIND_MAP);
	case AFT_YSEQ:
		return aft_msg(lang, AFT_M_KIND_SEQ);
	default:
		return aft_msg(lang, AFT_M_KIND_SCALAR);
	}
}

static void
dump(FILE *fp, const struct aft_ynode *n, int indent)
{
	static const char *names[] = { "STR", "SEQ", "MAP" };

	fprintf(fp, "%*s%s %u:%u", indent, "", names[n->kind], n->loc.line,
	    n->loc.col);
	if (n->kind == AFT_YSCALAR)
		fprintf(fp, " %s", n->str);
	fputc('\n', fp);
	if (n->kind == AFT_YSCALAR)
		return;
	for (size_t i = 0; i < (n->kind == AFT_YMAP ? 2 * n->n : n->n); i++)
		dump(fp, n->kids[i], indent + 2);
}

void
aft_ynode_dump(FILE *fp, const struct aft_ynode *n)
{
	if (n != NULL)
		dump(fp, n, 0);
}
