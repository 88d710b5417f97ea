/*
 * Telling an answers file from other files, without a catalog: for the
 * program, which must not replace a file a person wrote with an output.
 * The node tree decides when the file reads as YAML; a file that does
 * not is read again as events, up to its first problem, so that an
 * answers file with a slip in it is still known by its first keys.
 */
#include <string.h>

#include "aftoets/answers.h"
#include "yaml/node.h"

/* What the keys at the top of a file say. */
struct top {
	bool	answers;	/* 'service' or 'answers' */
	bool	report;		/* 'file', as a JSON report has */
};

static void
top_key(struct top *t, const char *s, size_t len)
{
	if ((len == 7 && memcmp(s, "service", 7) == 0) ||
	    (len == 7 && memcmp(s, "answers", 7) == 0))
		t->answers = true;
	else if (len == 4 && memcmp(s, "file", 4) == 0)
		t->report = true;
}

/* The keys of a root that is a mapping, from the tree. */
static void
tree_keys(struct top *t, const struct aft_ynode *root)
{
	if (root->kind != AFT_YMAP)
		return;
	for (size_t i = 0; i < root->n; i++) {
		const struct aft_ynode *k = root->kids[2 * i];

		if (k->kind == AFT_YSCALAR)
			top_key(t, k->str, k->len);
	}
}

/*
 * The keys at the top, from the events up to the first the stream
 * declines.  depth counts the open collections; at depth 1, inside the
 * root mapping, key says whether the next node is a key.
 */
static int
stream_keys(struct top *t, const char *buf, size_t len,
    struct aft_arena *arena)
{
	struct aft_ystream	*ys;
	struct aft_yevent	 ev;
	size_t			 depth = 0;
	bool			 key = true;
	int			 rc;

	if ((rc = aft_ystream_open(&ys, "-", buf, len, arena)) != AFT_OK)
		return rc == AFT_ENOMEM ? rc : AFT_OK;
	while ((rc = aft_ystream_next(ys, &ev)) == AFT_OK &&
	    ev.type != AFT_YEV_DONE) {
		if (depth == 0 && ev.type != AFT_YEV_MAP)
			break;		/* the root is no mapping */
		if (ev.type == AFT_YEV_END) {
			if (--depth == 0)
				break;
			continue;
		}
		if (depth == 1) {
			if (key && ev.type == AFT_YEV_SCALAR)
				top_key(t, ev.node.str, ev.node.len);
			key = !key;
		}
		if (ev.type != AFT_YEV_SCALAR)
			depth++;
	}
	aft_ystream_close(ys);
	return rc == AFT_ENOMEM ? rc : AFT_OK;
}

int
aft_answers_like(bool *like, const char *buf, size_t len)
{
	struct aft_arena	 arena;
	struct aft_diags	 d;
	struct aft_ynode	*root = NULL;
	struct top		 t = { false, false };
	int			 rc;

	*like = false;
	aft_arena_init(&arena);
	aft_diags_init(&d, AFT_LANG_EN);
	rc = aft_ynode_load(&root, "-", buf, len, NULL, &arena, &d);
	if (root != NULL)
		tree_keys(&t, root);
	else if (rc != AFT_ENOMEM)
		rc = stream_keys(&t, buf, len, &arena);
	aft_diags_fini(&d);
	aft_arena_fini(&arena);
	if (rc == AFT_ENOMEM)
		return AFT_ENOMEM;
	*like = t.answers && !t.report;
	return AFT_OK;
}
