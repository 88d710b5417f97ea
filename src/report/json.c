/*
 * The json and jsonl formats.  json writes one assessment as a bare
 * object, or several as {"assessments": [...], "summary": {...}}; jsonl
 * writes each assessment on its own line as soon as it is scored.
 */
#include <stdlib.h>
#include <string.h>

#include "aftoets/json.h"
#include "report/jsondoc.h"
#include "util/jsonw.h"
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

/*
 * One line per assessment, written straight into one buffer by the JSON
 * writer: the same bytes as the tree form dumped compactly, without a
 * tree or an allocation per value.
 */
static int
jsonl_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	struct aft_jw w;

	aft_jw_init(&w, false);
	aft_json_result_write(&w, res, r->opt.lang);
	*buf = aft_jw_text(&w, "\n", len);
	aft_jw_fini(&w);
	return *buf != NULL ? AFT_OK : AFT_ENOMEM;
}

const struct aft_report_ops aft_report_jsonl = {
	.name = "jsonl",
	.streaming = true,
	.render = jsonl_render,
};
