/*
 * The YAML event stream: aft_ystream_*() hand out libyaml's events one
 * by one, for a loader that needs no tree, and decline whatever the tree
 * loader (node.c) would have to convert, refuse or report, so that such
 * a file goes to it instead.  The reader and its events live in the
 * arena and in libyaml until aft_ystream_close().
 */
#include <stdbool.h>
#include <string.h>

#include "yaml/internal.h"

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
	n->loc = aft_ymark_loc(s->file, s->ev.start_mark);
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
