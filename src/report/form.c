/*
 * The page of `aftoets form`: the catalog, the page's labels and, with
 * --from, the answers file travel as one JSON document inside a
 * <script type="application/json"> element, escaped so that no text in
 * it can end that element (aft_esc_json_embed()); the page's own script
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
#include "report/web.h"
#include "util/escape.h"
#include "util/sbuf.h"
#include "util/sha256.h"
#include "yaml/node.h"

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

static void
key(struct aft_sb *b, const char *k)
{
	aft_esc_json_embed(b, k);
	aft_sb_putc(b, ':');
}

static void
str(struct aft_sb *b, const char *k, const char *s)
{
	key(b, k);
	if (s != NULL)
		aft_esc_json_embed(b, s);
	else
		aft_sb_puts(b, "null");
}

static void
num(struct aft_sb *b, const char *k, double v)
{
	key(b, k);
	aft_sb_printf(b, "%.17g", v);
}

/* A YAML node and all below it, as the header comment says. */
static void
node(struct aft_sb *b, const struct aft_ynode *n)
{
	switch (n->kind) {
	case AFT_YSCALAR:
		aft_sb_puts(b, n->plain ? "{\"k\":\"p\"," : "{\"k\":\"q\",");
		str(b, "v", n->str);
		if (n->tag != NULL) {
			aft_sb_putc(b, ',');
			str(b, "t", n->tag);
		}
		break;
	case AFT_YSEQ:
		aft_sb_puts(b, "{\"k\":\"s\",\"v\":[");
		for (size_t i = 0; i < n->n; i++) {
			if (i > 0)
				aft_sb_putc(b, ',');
			node(b, n->kids[i]);
		}
		aft_sb_putc(b, ']');
		break;
	case AFT_YMAP:
		aft_sb_puts(b, "{\"k\":\"m\",\"v\":[");
		for (size_t i = 0; i < n->n; i++) {
			if (i > 0)
				aft_sb_putc(b, ',');
			aft_sb_putc(b, '[');
			node(b, n->kids[2 * i]);
			aft_sb_putc(b, ',');
			node(b, n->kids[2 * i + 1]);
			aft_sb_putc(b, ']');
		}
		aft_sb_putc(b, ']');
		break;
	}
	aft_sb_putc(b, '}');
}

static const char *
text(const struct aft_text *t, enum aft_lang lang)
{
	return aft_text_given(t) ? t->s[lang] : NULL;
}

static void
criterion(struct aft_sb *b, const struct aft_catalog *cat,
    const struct aft_criterion *c, enum aft_lang lang)
{
	aft_sb_putc(b, '{');
	str(b, "id", c->id);
	aft_sb_putc(b, ',');
	str(b, "kind", c->kind == AFT_KIND_USER ? "user" : "inclusion");
	aft_sb_putc(b, ',');
	num(b, "weight", c->weight);
	aft_sb_putc(b, ',');
	str(b, "text", c->text.s[lang]);
	aft_sb_putc(b, ',');
	str(b, "guidance", text(&c->guidance, lang));
	aft_sb_putc(b, ',');
	key(b, "practice");
	aft_sb_putc(b, '[');
	for (size_t i = 0; i < c->npractice; i++) {
		if (i > 0)
			aft_sb_putc(b, ',');
		aft_sb_putc(b, '[');
		aft_esc_json_embed(b, cat->levels[c->practice[i].level].id);
		aft_sb_putc(b, ',');
		aft_esc_json_embed(b, c->practice[i].text.s[lang]);
		aft_sb_putc(b, ']');
	}
	aft_sb_puts(b, "],");
	str(b, "evidence", text(&c->evidence, lang));
	aft_sb_putc(b, ',');
	str(b, "pitfall", text(&c->pitfall, lang));
	aft_sb_putc(b, '}');
}

static void
catalog(struct aft_sb *b, const struct aft_catalog *cat, enum aft_lang lang)
{
	key(b, "catalog");
	aft_sb_putc(b, '{');
	str(b, "id", cat->id);
	aft_sb_putc(b, ',');
	str(b, "version", cat->version);
	aft_sb_putc(b, ',');
	str(b, "title", cat->title.s[lang]);
	aft_sb_putc(b, ',');
	str(b, "notice", text(&cat->notice, lang));
	aft_sb_puts(b, "},");
	key(b, "threshold");
	aft_sb_putc(b, '{');
	num(b, "budget_eur", cat->threshold_budget);
	aft_sb_putc(b, ',');
	num(b, "users", cat->threshold_users);
	aft_sb_puts(b, "},");
	num(b, "max_points", cat->max_points);
	aft_sb_putc(b, ',');
	key(b, "levels");
	aft_sb_putc(b, '[');
	for (size_t i = 0; i < cat->nlevels; i++) {
		if (i > 0)
			aft_sb_putc(b, ',');
		aft_sb_putc(b, '{');
		str(b, "id", cat->levels[i].id);
		aft_sb_putc(b, ',');
		num(b, "points", cat->levels[i].points);
		aft_sb_putc(b, ',');
		str(b, "label", cat->levels[i].label.s[lang]);
		aft_sb_putc(b, '}');
	}
	aft_sb_puts(b, "],");
	key(b, "nvt");
	aft_sb_putc(b, '{');
	str(b, "id", cat->nvt.id);
	aft_sb_putc(b, ',');
	str(b, "label", cat->nvt.label.s[lang]);
	aft_sb_puts(b, "},");
	key(b, "bands");
	aft_sb_putc(b, '[');
	for (size_t i = 0; i < cat->nbands; i++) {
		if (i > 0)
			aft_sb_putc(b, ',');
		aft_sb_putc(b, '{');
		str(b, "id", cat->bands[i].id);
		aft_sb_putc(b, ',');
		num(b, "min", cat->bands[i].min);
		aft_sb_putc(b, ',');
		str(b, "label", cat->bands[i].label.s[lang]);
		aft_sb_putc(b, '}');
	}
	aft_sb_puts(b, "],");
	key(b, "principles");
	aft_sb_putc(b, '[');
	for (size_t i = 0; i < cat->nprinciples; i++) {
		const struct aft_principle *p = &cat->principles[i];

		if (i > 0)
			aft_sb_putc(b, ',');
		aft_sb_putc(b, '{');
		str(b, "id", p->id);
		aft_sb_putc(b, ',');
		str(b, "title", p->title.s[lang]);
		aft_sb_putc(b, ',');
		str(b, "summary", text(&p->summary, lang));
		aft_sb_puts(b, ",\"criteria\":[");
		for (size_t j = 0; j < p->ncriteria; j++) {
			if (j > 0)
				aft_sb_putc(b, ',');
			criterion(b, cat, &p->criteria[j], lang);
		}
		aft_sb_puts(b, "]}");
	}
	aft_sb_putc(b, ']');
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
start(struct aft_sb *b, const struct aft_catalog *cat,
    const struct aft_answers *a, const struct aft_ynode *root)
{
	const struct aft_ynode	*svc = aft_ynode_get(root, "service");
	bool			 first = true;

	key(b, "start");
	aft_sb_putc(b, '{');
	key(b, "service");
	aft_sb_putc(b, '{');
	for (size_t i = 0; i < NFIELDS; i++) {
		if (i > 0)
			aft_sb_putc(b, ',');
		if (strcmp(fields[i], "type") == 0)
			str(b, "type", a->service.type == AFT_STYPE_NIEUW ?
			    "nieuw" : a->service.type == AFT_STYPE_HERWERKING ?
			    "herwerking" : NULL);
		else
			str(b, fields[i], field(svc, fields[i]));
	}
	aft_sb_puts(b, "},");
	if (a->service.has_budget)
		num(b, "budget", a->service.budget_eur);
	else
		str(b, "budget", NULL);
	aft_sb_putc(b, ',');
	if (a->service.has_users)
		num(b, "users", a->service.users);
	else
		str(b, "users", NULL);
	aft_sb_puts(b, ",\"answers\":{");
	for (size_t i = 0; i < cat->ncriteria; i++) {
		const struct aft_answer *an = &a->answers[i];

		if (an->status == AFT_UNANSWERED && an->motivation == NULL &&
		    an->actions == NULL)
			continue;
		if (!first)
			aft_sb_putc(b, ',');
		first = false;
		key(b, cat->all[i]->id);
		aft_sb_putc(b, '[');
		if (an->status == AFT_ANSWERED)
			aft_esc_json_embed(b, cat->levels[an->level].id);
		else if (an->status == AFT_NVT)
			aft_esc_json_embed(b, cat->nvt.id);
		else
			aft_sb_puts(b, "null");
		aft_sb_putc(b, ',');
		if (an->motivation != NULL)
			aft_esc_json_embed(b, an->motivation);
		else
			aft_sb_puts(b, "null");
		aft_sb_putc(b, ',');
		if (an->actions != NULL)
			aft_esc_json_embed(b, an->actions);
		else
			aft_sb_puts(b, "null");
		aft_sb_putc(b, ']');
	}
	aft_sb_puts(b, "}}");
}

/* The whole data document of the page. */
static void
data(struct aft_sb *b, const struct aft_catalog *cat,
    const struct aft_form_opts *o, const struct aft_answers *a,
    const struct aft_ynode *root)
{
	aft_sb_putc(b, '{');
	str(b, "lang", o->lang == AFT_LANG_EN ? "en" : "nl");
	aft_sb_putc(b, ',');
	catalog(b, cat, o->lang);
	aft_sb_putc(b, ',');
	key(b, "t");
	aft_sb_putc(b, '{');
	for (size_t i = 0; i < NLABELS; i++) {
		if (i > 0)
			aft_sb_putc(b, ',');
		str(b, labels[i].key, aft_msg(o->lang, labels[i].m));
	}
	aft_sb_puts(b, "},");
	str(b, "file", o->from);
	if (a != NULL && root != NULL) {
		aft_sb_putc(b, ',');
		start(b, cat, a, root);
		aft_sb_putc(b, ',');
		key(b, "tree");
		node(b, root);
	}
	aft_sb_putc(b, '}');
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
	struct aft_sb		 jb, pb;
	char			*json = NULL;
	size_t			 jlen = 0;
	int			 rc = AFT_OK;

	*html = NULL;
	*len = 0;
	aft_arena_init(&arena);
	aft_sb_init(&jb, NULL, 0);
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
	data(&jb, cat, o, a, root);
	if ((json = aft_sb_take(&jb, &jlen)) == NULL) {
		rc = AFT_ENOMEM;
		goto done;
	}
	page(&pb, json, jlen, o->lang);
	if ((*html = aft_sb_take(&pb, len)) == NULL)
		rc = AFT_ENOMEM;
done:
	free(json);
	aft_sb_fini(&jb);
	aft_sb_fini(&pb);
	aft_arena_fini(&arena);
	return rc;
}
