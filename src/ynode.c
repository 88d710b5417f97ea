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
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <yaml.h>

#include "aftoets/msg.h"
#include "ynode.h"

struct frame {
	struct aft_ynode	 *node;
	struct aft_ynode	**kids;		/* malloc'd while open */
	size_t			  n, cap;
	const char		 *anchor;
};

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
	struct anchor		*anchors;
	size_t			 nanchors, capanchors;
	size_t			 nodes;
	struct aft_ynode	*root;
};

static struct aft_loc
mkloc(const struct loader *l, yaml_mark_t m)
{
	struct aft_loc loc = { l->file, (unsigned)m.line + 1,
	    (unsigned)m.column + 1 };

	return loc;
}

/* Converts UTF-16 with a BOM to UTF-8; returns AFT_OK or AFT_EINPUT. */
static int
from_utf16(const unsigned char *in, size_t len, char **out, size_t *outlen,
    struct loader *l)
{
	int		 be = in[0] == 0xFE;
	unsigned	 line = 1, col = 1;
	char		*o;
	size_t		 k = 0;

	if (len % 2 != 0 || len / 2 > SIZE_MAX / 3) {
		struct aft_loc loc = { l->file, 0, 0 };
		return aft_diag_err(l->d, loc, AFT_M_UTF16);
	}
	if ((o = aft_arena_alloc(l->arena, len / 2 * 3 + 1)) == NULL)
		return AFT_ENOMEM;
	for (size_t i = 2; i < len; i += 2) {
		uint32_t c = be ? (uint32_t)in[i] << 8 | in[i + 1] :
		    (uint32_t)in[i + 1] << 8 | in[i];

		if (c >= 0xD800 && c <= 0xDBFF) {
			uint32_t c2;

			if (i + 3 >= len)
				goto bad;
			c2 = be ? (uint32_t)in[i + 2] << 8 | in[i + 3] :
			    (uint32_t)in[i + 3] << 8 | in[i + 2];
			if (c2 < 0xDC00 || c2 > 0xDFFF)
				goto bad;
			c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
			i += 2;
		} else if (c >= 0xDC00 && c <= 0xDFFF)
			goto bad;
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
	}
	o[k] = '\0';
	*out = o;
	*outlen = k;
	return AFT_OK;
bad:
	{
		struct aft_loc loc = { l->file, line, col };
		return aft_diag_err(l->d, loc, AFT_M_UTF16);
	}
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

/* True when none of the 8 bytes is >= 0x80 or < 0x20. */
static int
plain_ascii8(const unsigned char *s)
{
	uint64_t v;

	memcpy(&v, s, sizeof(v));
	return ((v | (v - 0x2020202020202020ULL)) &
	    0x8080808080808080ULL) == 0;
}

/*
 * Checks that buf is UTF-8 without NUL bytes or C0 controls other than
 * tab, CR and LF; reports the first problem with its line and column.
 * Runs over every byte of every input, so plain ASCII goes eight bytes
 * at a time and places are worked out only for a problem.
 */
static int
check_utf8(const unsigned char *s, size_t len, struct loader *l)
{
	size_t i = 0;

	while (i < len) {
		unsigned char	c = s[i];
		size_t		n;
		uint32_t	cp;

		if (len - i >= 8 && plain_ascii8(s + i)) {
			i += 8;
			continue;
		}
		if (c < 0x80) {
			if (c == 0)
				return aft_diag_err(l->d, offset_loc(l->file, s, i),
				    AFT_M_NUL);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
				return aft_diag_err(l->d, offset_loc(l->file, s, i),
				    AFT_M_CONTROL, c);
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			n = 1;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			cp = c & 0x07;
		} else
			goto bad;
		if (len - i <= n)
			goto bad;
		for (size_t k = 1; k <= n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				goto bad;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			goto bad;
		i += n + 1;
	}
	return AFT_OK;
bad:
	return aft_diag_err(l->d, offset_loc(l->file, s, i), AFT_M_UTF8, s[i]);
}

static int
syntax_error(struct loader *l, yaml_parser_t *p, const char *buf, size_t len)
{
	struct aft_loc	 loc = mkloc(l, p->problem_mark);
	const char	*problem = p->problem ? p->problem : "?";

	if (p->error == YAML_MEMORY_ERROR)
		return AFT_ENOMEM;
	if (p->error == YAML_READER_ERROR) {
		/* Reader errors carry a byte offset, not a mark. */
		loc = offset_loc(l->file, (const unsigned char *)buf,
		    p->problem_offset < len ? p->problem_offset : len);
		return aft_diag_err(l->d, loc, AFT_M_YAML, problem);
	}
	if (p->context != NULL)
		return aft_diag_err(l->d, loc, AFT_M_YAML_CONTEXT,
		    aft_msg_yaml(l->d->lang, problem),
		    aft_msg_yaml(l->d->lang, p->context),
		    (unsigned)p->context_mark.line + 1,
		    (unsigned)p->context_mark.column + 1);
	return aft_diag_err(l->d, loc, AFT_M_YAML,
	    aft_msg_yaml(l->d->lang, problem));
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

static int
add_anchor(struct loader *l, const char *name, struct aft_ynode *n)
{
	if (l->nanchors == l->capanchors) {
		size_t		 cap = l->capanchors ? l->capanchors * 2 : 8;
		struct anchor	*a = realloc(l->anchors, cap * sizeof(*a));

		if (a == NULL)
			return AFT_ENOMEM;
		l->anchors = a;
		l->capanchors = cap;
	}
	l->anchors[l->nanchors].name = name;
	l->anchors[l->nanchors].node = n;
	l->nanchors++;
	return AFT_OK;
}

/* Attaches a finished node to the open collection, or makes it root. */
static int
attach(struct loader *l, struct aft_ynode *n)
{
	struct frame *f;

	if (l->depth == 0) {
		l->root = n;
		return AFT_OK;
	}
	f = &l->stack[l->depth - 1];
	if (f->n == f->cap) {
		size_t			  cap = f->cap ? f->cap * 2 : 8;
		struct aft_ynode	**k = realloc(f->kids, cap * sizeof(*k));

		if (k == NULL)
			return AFT_ENOMEM;
		f->kids = k;
		f->cap = cap;
	}
	f->kids[f->n++] = n;
	f->node->weight += n->weight;
	return AFT_OK;
}

static int
keycmp(const void *a, const void *b)
{
	const struct aft_ynode *x = *(struct aft_ynode *const *)a;
	const struct aft_ynode *y = *(struct aft_ynode *const *)b;
	int c;

	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	if ((c = memcmp(x->str, y->str, x->len)) != 0)
		return c;
	if (x->loc.line != y->loc.line)
		return x->loc.line < y->loc.line ? -1 : 1;
	return x->loc.col < y->loc.col ? -1 : x->loc.col > y->loc.col;
}

/* Checks a finished map for non-scalar and duplicate keys. */
static int
check_keys(struct loader *l, struct aft_ynode *map)
{
	struct aft_ynode	**keys;
	int			  rc = AFT_OK;

	if (map->n == 0)
		return AFT_OK;
	for (size_t i = 0; i < map->n; i++) {
		struct aft_ynode *k = map->kids[2 * i];

		if (k->kind != AFT_YSCALAR)
			rc = aft_diag_err(l->d, k->loc, AFT_M_KEY_NOT_SCALAR,
			    aft_ynode_kindname(k, l->d->lang));
	}
	if (rc != AFT_OK || map->n < 2)
		return rc;
	if ((keys = malloc(map->n * sizeof(*keys))) == NULL)
		return AFT_ENOMEM;
	for (size_t i = 0; i < map->n; i++)
		keys[i] = map->kids[2 * i];
	qsort(keys, map->n, sizeof(*keys), keycmp);
	/* Equal keys sort together, earliest first: name that one. */
	for (size_t i = 1, first = 0; i < map->n; i++) {
		const struct aft_ynode *a = keys[first], *b = keys[i];

		if (a->len == b->len && memcmp(a->str, b->str, a->len) == 0)
			rc = aft_diag_err(l->d, b->loc, AFT_M_DUP_KEY, b->str,
			    a->loc.line, a->loc.col);
		else
			first = i;
	}
	free(keys);
	return rc;
}

static struct aft_ynode *
new_node(struct loader *l, enum aft_ykind kind, yaml_mark_t m,
    const yaml_char_t *tag)
{
	struct aft_ynode *n = aft_arena_alloc(l->arena, sizeof(*n));

	if (n == NULL)
		return NULL;
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
	    ev->data.scalar.tag)) == NULL)
		return AFT_ENOMEM;
	n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	n->len = len;
	if ((n->str = aft_arena_strndup(l->arena,
	    (const char *)ev->data.scalar.value, len)) == NULL)
		return AFT_ENOMEM;
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
	const char	*name = (const char *)ev->data.alias.anchor;
	struct aft_loc	 loc = mkloc(l, ev->start_mark);
	int		 rc;

	/* The newest anchor of a name wins, as YAML says. */
	for (size_t i = l->nanchors; i-- > 0;) {
		if (strcmp(l->anchors[i].name, name) == 0) {
			struct aft_ynode *n = l->anchors[i].node;

			if ((rc = count_node(l, n->weight, loc)) != AFT_OK)
				return rc;
			return attach(l, n);
		}
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
	if ((n = new_node(l, kind, ev->start_mark, tag)) == NULL)
		return AFT_ENOMEM;
	f = &l->stack[l->depth++];
	memset(f, 0, sizeof(*f));
	f->node = n;
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
	int			 rc = AFT_OK;

	if (f->n > 0) {
		n->kids = aft_arena_calloc(l->arena, f->n, sizeof(*n->kids));
		if (n->kids == NULL)
			rc = AFT_ENOMEM;
		else
			memcpy(n->kids, f->kids, f->n * sizeof(*n->kids));
	}
	n->n = n->kind == AFT_YMAP ? f->n / 2 : f->n;
	free(f->kids);
	f->kids = NULL;
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
	while (l->depth > 0)
		free(l->stack[--l->depth].kids);
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
	if ((rc = check_utf8(u, len, &l)) != AFT_OK)
		return rc;
	rc = parse(&l, buf, len);
	free(l.anchors);
	if (rc == AFT_OK && l.root == NULL) {
		struct aft_loc loc = { file, 0, 0 };

		return aft_diag_err(d, loc, AFT_M_EMPTY_FILE);
	}
	if (rc == AFT_OK)
		*root = l.root;
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
	return n->len == 0 || strcmp(n->str, "~") == 0 ||
	    strcmp(n->str, "null") == 0 || strcmp(n->str, "Null") == 0 ||
	    strcmp(n->str, "NULL") == 0;
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
