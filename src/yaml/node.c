/*
 * The YAML node tree: libyaml's events build a tree in the arena, each
 * node with its place.  This layer bounds nesting depth, node count
 * (aliases counted as the nodes they stand for) and scalar length, and
 * rejects duplicate keys, since libyaml 0.2.5 does none of that.  The
 * input is checked and made UTF-8 first, and a failed parse explained,
 * by the reader checks (check.c); aft_ystream_*() (stream.c) read the
 * same events without a tree.  Also the accessors loaders use on a tree.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/msg.h"
#include "yaml/internal.h"

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
	return aft_ymark_loc(l->file, m);
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
			rc = aft_ysyntax_error(l->file, &p, buf, len, l->d);
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
	if ((rc = aft_ycheck_wide(file, u, len, d)) != AFT_OK)
		return rc;
	if (len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) ||
	    (u[0] == 0xFF && u[1] == 0xFE))) {
		rc = aft_yfrom_utf16(&conv, &convlen, file, u, len, arena, d);
		if (rc != AFT_OK)
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
	 * libyaml's reader refuses everything aft_ycheck_utf8() does, so
	 * a whole parse leaves nothing for it to find, and it runs only
	 * after a failure: an encoding problem anywhere in the file is what
	 * the user hears of, instead of whatever it led to.
	 */
	if (rc != AFT_OK && rc != AFT_ENOMEM) {
		struct aft_diags	enc;
		int			erc;

		aft_diags_init(&enc, d->lang);
		erc = aft_ycheck_utf8(file, u, len, &enc);
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

bool
aft_ynode_same(const struct aft_ynode *a, const struct aft_ynode *b)
{
	size_t n;

	if (a == NULL || b == NULL)
		return a == b;
	if (a == b)
		return true;
	if (a->kind != b->kind || a->n != b->n ||
	    (a->tag == NULL) != (b->tag == NULL) ||
	    (a->tag != NULL && strcmp(a->tag, b->tag) != 0))
		return false;
	if (a->kind == AFT_YSCALAR)
		return a->plain == b->plain && a->len == b->len &&
		    memcmp(a->str, b->str, a->len) == 0;
	n = a->kind == AFT_YMAP ? 2 * a->n : a->n;
	for (size_t i = 0; i < n; i++)
		if (!aft_ynode_same(a->kids[i], b->kids[i]))
			return false;
	return true;
}
