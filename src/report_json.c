/*
 * The json and jsonl formats.  json writes one assessment as a bare
 * object, or several as {"assessments": [...], "summary": {...}}; jsonl
 * writes each assessment on its own line as soon as it is scored.
 */
#include <stdlib.h>
#include <string.h>

#include "aftoets/json.h"
#include "aftoets/report.h"

struct jstate {
	json_t	*list;		/* assessments so far */
	json_t	*failed;	/* inputs that could not be scored */
};

static int
json_begin(struct aft_report *r)
{
	struct jstate *s = calloc(1, sizeof(*s));

	if (s == NULL)
		return AFT_ENOMEM;
	s->list = json_array();
	s->failed = json_array();
	r->state = s;
	return s->list != NULL && s->failed != NULL ? AFT_OK : AFT_ENOMEM;
}

static int
json_one(struct aft_report *r, const struct aft_result *res)
{
	struct jstate	*s = r->state;
	json_t		*o = aft_json_result(res, r->opt.lang);

	if (o == NULL)
		return AFT_ENOMEM;
	return json_array_append_new(s->list, o) == 0 ? AFT_OK : AFT_ENOMEM;
}

static int
json_fail(struct aft_report *r, const char *file, const struct aft_diags *d)
{
	struct jstate	*s = r->state;
	json_t		*o = json_object();

	if (o == NULL)
		return AFT_ENOMEM;
	json_object_set_new(o, "file", aft_json_string(file));
	json_object_set_new(o, "errors", aft_json_diags(d));
	return json_array_append_new(s->failed, o) == 0 ? AFT_OK : AFT_ENOMEM;
}

static int
json_end(struct aft_report *r)
{
	struct jstate	*s = r->state;
	json_t		*doc = NULL, *sum;
	int		 rc = AFT_OK;

	if (s == NULL)
		return AFT_OK;
	if (r->opt.multi) {
		doc = json_object();
		sum = r->summary != NULL ?
		    aft_json_summary(r->summary, r->opt.lang) : json_object();
		if (doc != NULL && sum != NULL) {
			json_object_set_new(sum, "failed", s->failed);
			s->failed = NULL;
			json_object_set(doc, "assessments", s->list);
			json_object_set_new(doc, "summary", sum);
		} else
			json_decref(sum);
	} else if (json_array_size(s->list) == 1)
		doc = json_incref(json_array_get(s->list, 0));
	if (doc != NULL) {
		if (aft_json_dumpf(doc, r->fp, AFT_JSON_FLAGS | JSON_INDENT(2)) !=
		    0 || fputc('\n', r->fp) == EOF)
			rc = AFT_EIO;
		json_decref(doc);
	} else if (r->opt.multi)
		rc = AFT_ENOMEM;
	json_decref(s->list);
	json_decref(s->failed);
	free(s);
	r->state = NULL;
	return rc;
}

const struct aft_report_ops aft_report_json = {
	.name = "json",
	.streaming = false,
	.begin = json_begin,
	.one = json_one,
	.fail = json_fail,
	.end = json_end,
};

/* The JSON text s of length *len as a line, tamed, in *buf (malloc'd). */
static int
tamed_line(char **buf, size_t *len, const char *s)
{
	FILE	*fp;
	size_t	 n = *len;
	int	 rc;

	*buf = NULL;
	if ((fp = open_memstream(buf, len)) == NULL)
		return AFT_ENOMEM;
	rc = aft_json_tame_write(fp, s, n) != 0 || fputc('\n', fp) == EOF;
	if (fclose(fp) != 0 || rc != 0) {
		free(*buf);
		*buf = NULL;
		return AFT_ENOMEM;
	}
	return AFT_OK;
}

/*
 * One line per assessment, built and dumped on scratch memory when the
 * program set that up: the tree and jansson's buffers then go with one
 * arena instead of thousands of frees, which also keeps the threads of
 * a batch from contending for the allocator.
 */
static int
jsonl_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	struct aft_arena	 a;
	json_t			*o;
	char			*s = NULL;
	bool			 scratch;
	int			 rc = AFT_ENOMEM;

	aft_arena_init(&a);
	scratch = aft_json_scratch_begin(&a);
	if ((o = aft_json_result(res, r->opt.lang)) != NULL)
		s = json_dumps(o, AFT_JSON_FLAGS | JSON_COMPACT);
	if (s != NULL) {
		*len = strlen(s);
		if (aft_json_tame_span(s, *len) < *len)
			rc = tamed_line(buf, len, s);
		else if ((*buf = malloc(*len + 2)) != NULL) {
			memcpy(*buf, s, *len);
			(*buf)[(*len)++] = '\n';
			(*buf)[*len] = '\0';
			rc = AFT_OK;
		}
	}
	if (scratch)
		aft_json_scratch_end();
	else {
		free(s);
		json_decref(o);
	}
	aft_arena_fini(&a);
	return rc;
}

const struct aft_report_ops aft_report_jsonl = {
	.name = "jsonl",
	.streaming = true,
	.render = jsonl_render,
};
