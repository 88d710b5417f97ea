/*
 * The page of `aftoets form`: the catalog, the page's labels and, with
 * --from, the answers file travel as one JSON document inside a
 * <script type="application/json"> element, written by the JSON writer
 * so that no text in it can end that element (aft_jw_init_embed()), with
 * the catalog as `criteria --format json` has it; the page's own script
 * and style (src/web/form.js, src/web/form.css) build the form from it.
 * The Content-Security-Policy names that script and style by their
 * SHA-256 hashes and allows nothing else: no other script, no network.
 *
 * The answers file goes in twice: as the form's starting values, read
 * by the answers loader (so the page starts from what `score` sees), and
 * as its YAML node tree, every scalar with its text and whether it was
 * plain, every mapping as a list of pairs in the file's order, so that
 * the page writes back what it does not edit as it was.
 */
#include <stdlib.h>
#include <string.h>

#include "aftoets/answers.h"
#include "aftoets/form.h"
#include "aftoets/msg.h"
#include "report/jsondoc.h"
#include "report/web.h"
#include "util/jsonw.h"
#include "util/sbuf.h"
#include "util/sha256.h"
#include "yaml/node.h"

/* The tree of a YAML file of the deepest nesting fits in the writer. */
_Static_assert(3 * AFT_YDEPTH_MAX + 8 <= AFT_JW_DEPTH,
    "the JSON writer holds the deepest YAML tree");

AFT_WEB(form_js);
AFT_WEB(form_css);

/* The page's labels: the key the script knows each by, and its message. */
static const struct {
	const char	*key;
	enum aft_msg	 m;
} labels[] = {
	{ "title",	AFT_M_W_TITLE },
	{ "intro",	AFT_M_W_INTRO },
	{ "service",	AFT_M_W_SERVICE },
	{ "name",	AFT_M_W_NAME },
	{ "organisation", AFT_M_W_ORG },
	{ "contact",	AFT_M_W_CONTACT },
	{ "type",	AFT_M_W_TYPE },
	{ "type_none",	AFT_M_W_TYPE_NONE },
	{ "nieuw",	AFT_M_W_NIEUW },
	{ "herwerking",	AFT_M_W_HERWERKING },
	{ "budget_eur",	AFT_M_W_BUDGET },
	{ "users",	AFT_M_W_USERS },
	{ "assessed_on", AFT_M_W_DATE },
	{ "assessor",	AFT_M_W_ASSESSOR },
	{ "sig_yes",	AFT_M_W_SIG_YES },
	{ "sig_no",	AFT_M_W_SIG_NO },
	{ "sig_unknown", AFT_M_W_SIG_UNKNOWN },
	{ "thresholds",	AFT_M_W_THRESHOLDS },
	{ "bad_money",	AFT_M_BAD_MONEY },
	{ "bad_users",	AFT_M_W_BAD_USERS },
	{ "bad_date",	AFT_M_W_BAD_DATE },
	{ "name_missing", AFT_M_W_NAME_MISSING },
	{ "kind_user",	AFT_M_W_KIND_USER },
	{ "kind_inclusion", AFT_M_W_KIND_INCL },
	{ "weight",	AFT_M_W_WEIGHT },
	{ "level",	AFT_M_W_LEVEL },
	{ "no_level",	AFT_M_W_NO_LEVEL },
	{ "guidance",	AFT_M_W_GUIDANCE },
	{ "practice",	AFT_M_W_PRACTICE },
	{ "evidence",	AFT_M_W_EVIDENCE },
	{ "pitfall",	AFT_M_W_PITFALL },
	{ "motivation",	AFT_M_W_MOTIVATION },
	{ "actions",	AFT_M_W_ACTIONS },
	{ "nvt_needs",	AFT_M_W_NVT_NEEDS },
	{ "score",	AFT_M_W_SCORE },
	{ "user_score",	AFT_M_W_USER_SCORE },
	{ "inclusion_score", AFT_M_W_INCL_SCORE },
	{ "answered",	AFT_M_W_ANSWERED },
	{ "overall",	AFT_M_W_OVERALL },
	{ "no_score",	AFT_M_W_NO_SCORE },
	{ "results",	AFT_M_W_RESULTS },
	{ "nav",	AFT_M_W_NAV },
	{ "save",	AFT_M_W_SAVE },
	{ "saved",	AFT_M_W_SAVED },
	{ "clear",	AFT_M_W_CLEAR },
	{ "clear_ask",	AFT_M_W_CLEAR_ASK },
	{ "restored",	AFT_M_W_RESTORED },
	{ "cleared",	AFT_M_W_CLEARED },
	{ "no_storage",	AFT_M_W_NO_STORAGE },
	{ "from",	AFT_M_W_FROM },
	{ "notice",	AFT_M_L_NOTICE },
};

#define NLABELS	(sizeof(labels) / sizeof(labels[0]))

/* The service fields the form edits, in the order it shows them. */
static const char *const fields[] = {
	"name", "organisation", "contact", "type", "budget_eur", "users",
	"assessed_on", "assessor"
};

#define NFIELDS	(sizeof(fields) / sizeof(fields[0]))

/* A YAML node and all below it, as the header comment says. */
static void
node(struct aft_jw *w, const char *key, const struct aft_ynode *n)
{
	aft_jw_object(w, key);
	switch (n->kind) {
	case AFT_YSCALAR:
		aft_jw_string(w, "k", n->plain ? "p" : "q");
		aft_jw_string(w, "v", n->str);
		if (n->tag != NULL)
			aft_jw_string(w, "t", n->tag);
		break;
	case AFT_YSEQ:
		aft_jw_string(w, "k", "s");
		aft_jw_array(w, "v");
		for (size_t i = 0; i < n->n; i++)
			node(w, NULL, n->kids[i]);
		aft_jw_end(w);
		break;
	case AFT_YMAP:
		aft_jw_string(w, "k", "m");
		aft_jw_array(w, "v");
		for (size_t i = 0; i < n->n; i++) {
			aft_jw_array(w, NULL);
			node(w, NULL, n->kids[2 * i]);
			node(w, NULL, n->kids[2 * i + 1]);
			aft_jw_end(w);
		}
		aft_jw_end(w);
		break;
	}
	aft_jw_end(w);
}

/* The text of a scalar field of map, or NULL. */
static const char *
field(const struct aft_ynode *map, const char *name)
{
	const struct aft_ynode *v;

	if (map == NULL || map->kind != AFT_YMAP ||
	    (v = aft_ynode_get(map, name)) == NULL ||
	    v->kind != AFT_YSCALAR || aft_ynode_is_null(v))
		return NULL;
	return v->str;
}

/*
 * The form's starting values, as the loader read them: the service as
 * its fields were written, with the values of budget and users, and
 * each criterion's answer as [level, motivation, actions].
 */
static void
start(struct aft_jw *w, const struct aft_catalog *cat,
    const struct aft_answers *a, const struct aft_ynode *root)
{
	const struct aft_ynode *svc = aft_ynode_get(root, "service");

	aft_jw_object(w, "start");
	aft_jw_object(w, "service");
	for (size_t i = 0; i < NFIELDS; i++) {
		if (strcmp(fields[i], "type") == 0)
			aft_jw_string(w, "type", a->service.type ==
			    AFT_STYPE_NIEUW ? "nieuw" : a->service.type ==
			    AFT_STYPE_HERWERKING ? "herwerking" : NULL);
		else
			aft_jw_string(w, fields[i], field(svc, fields[i]));
	}
	aft_jw_end(w);
	if (a->service.has_budget)
		aft_jw_number(w, "budget", a->service.budget_eur);
	else
		aft_jw_null(w, "budget");
	if (a->service.has_users)
		aft_jw_number(w, "users", a->service.users);
	else
		aft_jw_null(w, "users");
	aft_jw_object(w, "answers");
	for (size_t i = 0; i < cat->ncriteria; i++) {
		const struct aft_answer *an = &a->answers[i];

		if (an->status == AFT_UNANSWERED && an->motivation == NULL &&
		    an->actions == NULL)
			continue;
		aft_jw_array(w, cat->all[i]->id);
		aft_jw_string(w, NULL, an->status == AFT_ANSWERED ?
		    cat->levels[an->level].id : an->status == AFT_NVT ?
		    cat->nvt.id : NULL);
		aft_jw_string(w, NULL, an->motivation);
		aft_jw_string(w, NULL, an->actions);
		aft_jw_end(w);
	}
	aft_jw_end(w);
	aft_jw_end(w);
}

/*
 * The whole data document of the page: the catalog as `criteria
 * --format json` gives it, with the not-applicable answer's label and
 * the points of the highest level for the page's scoring, the page's
 * labels, and with --from the file's name, values and tree.
 */
static void
data(struct aft_jw *w, const struct aft_catalog *cat,
    const struct aft_form_opts *o, const struct aft_answers *a,
    const struct aft_ynode *root)
{
	aft_jw_object(w, NULL);
	aft_jw_string(w, "lang", o->lang == AFT_LANG_EN ? "en" : "nl");
	aft_json_catalog_members(w, cat, o->lang);
	aft_jw_object(w, "nvt");
	aft_jw_string(w, "id", cat->nvt.id);
	aft_jw_string(w, "label", cat->nvt.label.s[o->lang]);
	aft_jw_end(w);
	aft_jw_int(w, "max_points", cat->max_points);
	aft_jw_object(w, "t");
	for (size_t i = 0; i < NLABELS; i++)
		aft_jw_string(w, labels[i].key, aft_msg(o->lang, labels[i].m));
	aft_jw_end(w);
	aft_jw_string(w, "file", o->from);
	if (a != NULL && root != NULL) {
		start(w, cat, a, root);
		node(w, "tree", root);
	}
	aft_jw_end(w);
}

/* The page around the data. */
static void
page(struct aft_sb *b, const char *json, size_t len, enum aft_lang lang)
{
	unsigned char	 id[AFT_SHA256_LEN];
	char		 js[45], css[45];

	aft_sha256(json, len, id);
	aft_sha256_base64(aft_web_form_js, aft_web_form_js_len, js);
	aft_sha256_base64(aft_web_form_css, aft_web_form_css_len, css);
	aft_sb_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\" data-form-id=\"",
	    lang == AFT_LANG_EN ? "en" : "nl");
	/* Sixteen bytes of the data's hash tell two forms apart. */
	for (size_t i = 0; i < 16; i++)
		aft_sb_printf(b, "%02x", id[i]);
	aft_sb_printf(b, "\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\""
	    "default-src 'none'; script-src 'sha256-%s'; "
	    "style-src 'sha256-%s'; img-src data:; connect-src 'none'; "
	    "form-action 'none'; base-uri 'none'\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"aftoets %s\">\n"
	    "<title>%s</title>\n<style>", js, css, AFT_VERSION,
	    aft_msg(lang, AFT_M_W_TITLE));
	aft_sb_put(b, aft_web_form_css, aft_web_form_css_len);
	aft_sb_printf(b, "</style>\n</head>\n<body>\n"
	    "<noscript><p>%s</p></noscript>\n"
	    "<script type=\"application/json\" id=\"aft-data\">",
	    aft_msg(lang, AFT_M_W_NOSCRIPT));
	aft_sb_put(b, json, len);
	aft_sb_puts(b, "</script>\n<script>");
	aft_sb_put(b, aft_web_form_js, aft_web_form_js_len);
	aft_sb_puts(b, "</script>\n</body>\n</html>\n");
}

int
aft_form_render(char **html, size_t *len, const struct aft_catalog *cat,
    const struct aft_form_opts *o, struct aft_diags *d)
{
	struct aft_answers	*a = NULL;
	struct aft_ynode	*root = NULL;
	struct aft_arena	 arena;
	struct aft_diags	 scratch;
	struct aft_jw		 jw;
	struct aft_sb		 pb;
	char			*json = NULL;
	size_t			 jlen = 0;
	int			 rc = AFT_OK;

	*html = NULL;
	*len = 0;
	aft_arena_init(&arena);
	aft_jw_init_embed(&jw);
	aft_sb_init(&pb, NULL, 0);
	if (o->from != NULL) {
		rc = aft_answers_read(&a, cat, o->from, o->buf, o->len, 0,
		    &arena, d);
		if (rc == AFT_OK && d->nerr > 0)
			rc = AFT_EINPUT;
		if (rc != AFT_OK)
			goto done;
		/* The same text again as a tree; its problems were told. */
		aft_diags_init(&scratch, d->lang);
		rc = aft_ynode_load(&root, o->from, o->buf, o->len, NULL,
		    &arena, &scratch);
		aft_diags_fini(&scratch);
		if (rc != AFT_OK)
			goto done;
	}
	data(&jw, cat, o, a, root);
	if ((json = aft_jw_text(&jw, NULL, &jlen)) == NULL) {
		rc = AFT_ENOMEM;
		goto done;
	}
	page(&pb, json, jlen, o->lang);
	if ((*html = aft_sb_take(&pb, len)) == NULL)
		rc = AFT_ENOMEM;
done:
	free(json);
	aft_jw_fini(&jw);
	aft_sb_fini(&pb);
	aft_arena_fini(&arena);
	return rc;
}
