/*
 * The JSON Schema of answers files (draft-07), generated from the
 * catalog.  JSON Schema regular expressions are ECMA 262 without inline
 * flags, so the case-insensitive matches the loaders make are spelled
 * out as character classes; every level is also listed in an enum, so
 * that editors can offer it.  The schema follows the answers loader
 * (src/load/answers.c): where the loader only warns (an unknown key), the
 * schema is stricter and flags it too.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "aftoets/schema.h"
#include "report/jsondoc.h"

/* A growing string for patterns. */
struct buf {
	char	*s;
	size_t	 len, cap;
	int	 oom;
};

static void
put(struct buf *b, const char *s, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t	 cap = (b->len + n + 1) * 2;
		char	*ns = realloc(b->s, cap);

		if (ns == NULL) {
			b->oom = 1;
			return;
		}
		b->s = ns;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
puts_b(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

size_t
aft_schema_nocase(char *out, size_t len, const char *s)
{
	size_t need = 0;

	for (; *s != '\0'; s++) {
		unsigned char	c = (unsigned char)*s;
		char		piece[8];
		size_t		n;

		if (isalpha(c) && c < 0x80)
			n = (size_t)snprintf(piece, sizeof(piece), "[%c%c]",
			    toupper(c), tolower(c));
		else if (strchr("\\^$.|?*+()[]{}/", c) != NULL)
			n = (size_t)snprintf(piece, sizeof(piece), "\\%c", c);
		else {
			piece[0] = (char)c;
			piece[1] = '\0';
			n = 1;
		}
		if (need + n < len)
			memcpy(out + need, piece, n);
		need += n;
	}
	if (len > 0)
		out[need < len ? need : len - 1] = '\0';
	return need;
}

static void
put_nocase(struct buf *b, const char *s)
{
	size_t	 n = aft_schema_nocase(NULL, 0, s);
	char	*tmp = malloc(n + 1);

	if (tmp == NULL) {
		b->oom = 1;
		return;
	}
	aft_schema_nocase(tmp, n + 1, s);
	put(b, tmp, n);
	free(tmp);
}

/* w1|w2|... over the words, each in any case. */
static void
alternatives(struct buf *b, const char *const *words, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			puts_b(b, "|");
		put_nocase(b, words[i]);
	}
}

/* Takes the pattern built in b as a JSON string, releasing b. */
static json_t *
pattern_json(struct buf *b)
{
	json_t *j = b->oom ? NULL : json_string(b->s);

	free(b->s);
	return j;
}

/* ^(?:w1|w2|...)$ over the words, each in any case. */
static json_t *
words_pattern(const char *const *words, size_t n)
{
	struct buf b = { NULL, 0, 0, 0 };

	puts_b(&b, "^(?:");
	alternatives(&b, words, n);
	puts_b(&b, ")$");
	return pattern_json(&b);
}

/* Like words_pattern(), but not matching the words as spelled. */
static json_t *
other_case_pattern(const char *const *words, size_t n)
{
	struct buf b = { NULL, 0, 0, 0 };

	puts_b(&b, "^(?!(?:");
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			puts_b(&b, "|");
		/* The word itself, with regex characters escaped. */
		for (const char *p = words[i]; *p != '\0'; p++) {
			if (strchr("\\^$.|?*+()[]{}/", *p) != NULL)
				puts_b(&b, "\\");
			put(&b, p, 1);
		}
	}
	puts_b(&b, ")$)(?:");
	alternatives(&b, words, n);
	puts_b(&b, ")$");
	return pattern_json(&b);
}

static json_t *
types(const char *const *names, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; a != NULL && i < n; i++)
		json_array_append_new(a, json_string(names[i]));
	return a;
}

/* Free text that the loader takes from any scalar. */
static json_t *
text_schema(const char *description)
{
	static const char *const t[] = { "string", "number", "boolean",
	    "null" };

	return json_pack("{s:s, s:o}", "description", description, "type",
	    types(t, 4));
}

static json_t *
opt_string(const char *description)
{
	static const char *const t[] = { "string", "null" };

	return json_pack("{s:s, s:o}", "description", description, "type",
	    types(t, 2));
}

/* Every word that names a level or nvt, and the points as text. */
static json_t *
level_schema(const struct aft_catalog *cat, enum aft_lang lang)
{
	const char	**words;
	size_t		  n = 0, cap = 0;
	json_t		 *ids, *pts, *pattern, *o;
	char		(*num)[16];
	char		  desc[1024];

	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level *l = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;

		cap += 2 + l->naliases;
	}
	words = calloc(cap, sizeof(*words));
	num = calloc(cat->nlevels + 1, sizeof(*num));
	ids = json_array();
	pts = json_array();
	if (words == NULL || num == NULL || ids == NULL || pts == NULL) {
		free(words);
		free(num);
		json_decref(ids);
		json_decref(pts);
		return NULL;
	}
	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level *l = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;

		if (l->id == NULL)
			continue;
		words[n++] = l->id;
		json_array_append_new(ids, json_string(l->id));
		for (size_t k = 0; k < l->naliases; k++)
			words[n++] = l->aliases[k];
		if (i < cat->nlevels) {
			snprintf(num[i], sizeof(num[i]), "%d", l->points);
			words[n++] = num[i];
			json_array_append_new(pts, json_integer(l->points));
		}
	}
	pattern = words_pattern(words, n);
	{
		char	list[512];
		size_t	ll = 0;

		list[0] = '\0';
		for (size_t i = 0; i < json_array_size(ids); i++) {
			int k = snprintf(list + ll, sizeof(list) - ll, "%s%s",
			    i ? ", " : "",
			    json_string_value(json_array_get(ids, i)));

			if (k < 0 || (size_t)k >= sizeof(list) - ll)
				break;
			ll += (size_t)k;
		}
		snprintf(desc, sizeof(desc), aft_msg(lang, AFT_M_S_LEVEL),
		    list);
	}
	o = json_pack("{s:s, s:[{s:o}, {s:s, s:o}, {s:s, s:o}, {s:s}]}",
	    "description", desc,
	    "anyOf",
	    "enum", ids,
	    "type", "string", "pattern", pattern,
	    "type", "integer", "enum", pts,
	    "type", "null");
	free(words);
	free(num);
	return o;
}

static json_t *
answer_schema(enum aft_lang lang)
{
	return json_pack("{s:[{s:s}, {s:s, s:{s:{s:s}, s:o, s:o}, s:b}]}",
	    "anyOf",
	    "$ref", "#/definitions/level",
	    "type", "object", "properties",
	    "level", "$ref", "#/definitions/level",
	    "motivation", text_schema(aft_msg(lang, AFT_M_S_MOTIVATION)),
	    "actions", text_schema(aft_msg(lang, AFT_M_S_ACTIONS)),
	    "additionalProperties", 0);
}

static json_t *
money_schema(const char *description)
{
	/*
	 * SPEC section 3: plain digits with an optional decimal part, or
	 * groups of three joined by one separator, with decimals after a
	 * different one; a euro sign or EUR before or after.
	 */
	static const char amount[] =
	    "(?:[0-9]+(?:[.,][0-9]{1,2})?|"
	    "[0-9]{1,3}([ ._,\\u00A0\\u202F])[0-9]{3}(?:\\1[0-9]{3})*"
	    "(?:(?!\\1)[.,][0-9]{1,2})?)";
	static const char sp[] = "[ \\t\\u00A0\\u202F]*";
	static const char cur[] = "(?:\xE2\x82\xAC|[Ee][Uu][Rr])";
	char pattern[512];

	/* One amount, so \\1 is its separator; at most one currency mark. */
	snprintf(pattern, sizeof(pattern), "^(?!(?:.*%s){2})%s(?:%s%s)?%s"
	    "(?:%s%s)?%s$", cur, sp, cur, sp, amount, sp, cur, sp);
	return json_pack("{s:s, s:[{s:s, s:i}, {s:s, s:s}, {s:s}]}",
	    "description", description,
	    "anyOf",
	    "type", "number", "minimum", 0,
	    "type", "string", "pattern", pattern,
	    "type", "null");
}

static json_t *
count_schema(const char *description)
{
	return json_pack("{s:s, s:[{s:s, s:i}, {s:s, s:s}, {s:s}]}",
	    "description", description,
	    "anyOf",
	    "type", "integer", "minimum", 0,
	    "type", "string", "pattern",
	    "^(?:[0-9]+|[0-9]{1,3}([ ._,\\u00A0\\u202F])[0-9]{3}"
	    "(?:\\1[0-9]{3})*)$",
	    "type", "null");
}

static json_t *
service_schema(const struct aft_catalog *cat, enum aft_lang lang)
{
	static const char *const stypes[] = { "nieuw", "herwerking", "new",
	    "rework" };
	static const char *const nametypes[] = { "string", "number" };
	char	a[AFT_NUMBUF], b[AFT_NUMBUF], sig[512], budget[1024];
	json_t	*props;

	snprintf(sig, sizeof(sig), aft_msg(lang, AFT_M_T_SIG),
	    aft_fmt_money(a, cat->threshold_budget, lang),
	    aft_fmt_count(b, cat->threshold_users, lang));
	snprintf(budget, sizeof(budget), "%s %s",
	    aft_msg(lang, AFT_M_T_SVC_BUDGET), sig);
	props = json_pack("{s:{s:s, s:o, s:i}, s:o, s:o, s:{s:s, s:[{s:[s,s]},"
	    " {s:s, s:o}, {s:s}]}, s:o, s:o, s:{s:s, s:[s,s], s:s}, s:o}",
	    "name", "description", aft_msg(lang, AFT_M_T_SVC_NAME),
	    "type", types(nametypes, 2), "minLength", 1,
	    "organisation", opt_string(aft_msg(lang, AFT_M_T_SVC_ORG)),
	    "contact", opt_string(aft_msg(lang, AFT_M_T_SVC_CONTACT)),
	    "type", "description", aft_msg(lang, AFT_M_T_SVC_TYPE),
	    "anyOf", "enum", "nieuw", "herwerking",
	    "type", "string", "pattern", words_pattern(stypes, 4),
	    "type", "null",
	    "budget_eur", money_schema(budget),
	    "users", count_schema(aft_msg(lang, AFT_M_T_SVC_USERS)),
	    "assessed_on", "description", aft_msg(lang, AFT_M_T_SVC_DATE),
	    "type", "string", "null", "pattern",
	    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
	    "assessor", opt_string(aft_msg(lang, AFT_M_T_SVC_ASSESSOR)));
	return json_pack("{s:s, s:s, s:[s], s:o, s:b}",
	    "description", aft_msg(lang, AFT_M_T_SERVICE),
	    "type", "object", "required", "name", "properties", props,
	    "additionalProperties", 0);
}

/*
 * "\n\nLabel: text" appended at *pos of buf (len bytes), when t is given;
 * buf was sized for it by the caller.
 */
static void
append(char *buf, size_t len, size_t *pos, const char *label,
    const struct aft_text *t, enum aft_lang lang)
{
	int n;

	if (!aft_text_given(t) || *pos >= len)
		return;
	n = snprintf(buf + *pos, len - *pos, "\n\n%s: %s", label, t->s[lang]);
	if (n > 0)
		*pos += (size_t)n;
}

/*
 * Part i of the guidance in the hover text of a criterion, with its
 * label: the evidence, each level in practice, examples of evidence and
 * a pitfall, for i from 0 to npractice + 2.
 */
static const struct aft_text *
part(const struct aft_catalog *cat, const struct aft_criterion *c, size_t i,
    enum aft_lang lang, const char **label)
{
	if (i == 0) {
		*label = aft_msg(lang, AFT_M_L_GUIDANCE);
		return &c->guidance;
	}
	if (i <= c->npractice) {
		*label = cat->levels[c->practice[i - 1].level].label.s[lang];
		return &c->practice[i - 1].text;
	}
	*label = aft_msg(lang, i == c->npractice + 1 ? AFT_M_L_EVIDENCE :
	    AFT_M_L_PITFALL);
	return i == c->npractice + 1 ? &c->evidence : &c->pitfall;
}

/*
 * The hover text of a criterion: its principle and kind, the text, and
 * the guidance the catalog gives for choosing a level.
 */
static char *
criterion_desc(const struct aft_catalog *cat, const struct aft_criterion *c,
    enum aft_lang lang)
{
	const struct aft_principle	*p = &cat->principles[c->principle];
	const struct aft_text		*t;
	const char			*label;
	size_t				 len = 256, pos;
	char				*desc;
	int				 n;

	len += strlen(p->title.s[lang]) + strlen(c->text.s[lang]);
	for (size_t i = 0; i < c->npractice + 3; i++) {
		t = part(cat, c, i, lang, &label);
		len += strlen(label) + strlen(t->s[lang]) + 8;
	}
	if ((desc = malloc(len)) == NULL)
		return NULL;
	n = snprintf(desc, len, "%s (%s, %s).\n\n%s", c->id,
	    p->title.s[lang], aft_msg(lang, c->kind == AFT_KIND_USER ?
	    AFT_M_T_KIND_USER : AFT_M_T_KIND_INCLUSION), c->text.s[lang]);
	pos = n > 0 ? (size_t)n : 0;
	for (size_t i = 0; i < c->npractice + 3; i++) {
		t = part(cat, c, i, lang, &label);
		append(desc, len, &pos, label, t, lang);
	}
	return desc;
}

static json_t *
criterion_schema(const struct aft_catalog *cat,
    const struct aft_criterion *c, enum aft_lang lang)
{
	char	*desc, *title;
	json_t	*o;

	desc = criterion_desc(cat, c, lang);
	title = malloc(strlen(c->id) + strlen(c->text.s[lang]) + 4);
	if (desc == NULL || title == NULL) {
		free(desc);
		free(title);
		return NULL;
	}
	snprintf(title, strlen(c->id) + strlen(c->text.s[lang]) + 4,
	    "%s: %s", c->id, c->text.s[lang]);
	o = json_pack("{s:s, s:s, s:[{s:s}]}", "title", title, "description",
	    desc, "allOf", "$ref", "#/definitions/answer");
	free(desc);
	free(title);
	return o;
}

json_t *
aft_schema(const struct aft_catalog *cat, enum aft_lang lang)
{
	static const char *const maptypes[] = { "object", "null" };
	const char	**ids;
	json_t		 *props, *pat, *pprops, *answers, *root;
	char		  title[512], catdesc[512];

	if ((ids = calloc(cat->ncriteria + 1, sizeof(*ids))) == NULL)
		return NULL;
	props = json_object();
	pprops = json_object();
	for (size_t i = 0; props != NULL && i < cat->ncriteria; i++) {
		ids[i] = cat->all[i]->id;
		json_object_set_new(props, cat->all[i]->id,
		    criterion_schema(cat, cat->all[i], lang));
	}
	/*
	 * Criterion ids match in any case, as the loader matches them; the
	 * pattern leaves out the catalog's own spelling, which has its
	 * property (with the description) above.
	 */
	pat = other_case_pattern(ids, cat->ncriteria);
	free(ids);
	if (props == NULL || pprops == NULL || pat == NULL) {
		json_decref(props);
		json_decref(pprops);
		json_decref(pat);
		return NULL;
	}
	json_object_set_new(pprops, json_string_value(pat),
	    json_pack("{s:s}", "$ref", "#/definitions/answer"));
	json_decref(pat);
	answers = json_pack("{s:s, s:o, s:o, s:o, s:b}",
	    "description", aft_msg(lang, AFT_M_S_ANSWERS),
	    "type", types(maptypes, 2),
	    "properties", props,
	    "patternProperties", pprops,
	    "additionalProperties", 0);
	snprintf(title, sizeof(title), aft_msg(lang, AFT_M_S_TITLE),
	    cat->title.s[lang], cat->id, cat->version);
	snprintf(catdesc, sizeof(catdesc), aft_msg(lang, AFT_M_S_CATALOG),
	    cat->id);
	root = json_pack("{s:s, s:s, s:s, s:s, s:[s], s:{"
	    "s:{s:s, s:[i,s,n]}, s:{s:s, s:[{s:s, s:o}, {s:s}]}, s:o, s:o, "
	    "s:{s:s, s:o}}, s:b, s:{s:o, s:o}}",
	    "$schema", "http://json-schema.org/draft-07/schema#",
	    "title", title,
	    "description", aft_msg(lang, AFT_M_T_HOWTO_SHORT),
	    "type", "object",
	    "required", "service",
	    "properties",
	    "aftoets", "description", aft_msg(lang, AFT_M_S_AFTOETS),
	    "enum", 1, "1",
	    "catalog", "description", catdesc,
	    "anyOf", "type", "string", "pattern", words_pattern(&cat->id, 1),
	    "type", "null",
	    "service", service_schema(cat, lang),
	    "answers", answers,
	    "obsolete", "description", aft_msg(lang, AFT_M_S_OBSOLETE),
	    "type", types(maptypes, 2),
	    "additionalProperties", 0,
	    "definitions",
	    "level", level_schema(cat, lang),
	    "answer", answer_schema(lang));
	return root;
}

int
aft_schema_write(FILE *fp, const struct aft_catalog *cat, enum aft_lang lang)
{
	return aft_json_write_doc(fp, aft_schema(cat, lang));
}
