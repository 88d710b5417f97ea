/*
 * The comparison reports: text for a terminal (80 columns), markdown for
 * merge requests and wikis, and JSON.
 */
#include <stdio.h>
#include <string.h>

#include "aftoets/compare.h"
#include "aftoets/json.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "report/jsondoc.h"
#include "util/escape.h"
#include "util/jsonw.h"
#include "util/textcol.h"

#define WIDTH	80
#define DBUF	(AFT_NUMBUF + 2)	/* a change, with its sign */
#define RED	"\033[31m"
#define GREEN	"\033[32m"
#define BOLD	"\033[1m"
#define RESET	"\033[0m"

struct out {
	FILE		*fp;
	enum aft_lang	 lang;
	bool		 color;
	const struct aft_comparison *c;
};

static const enum aft_msg heads[AFT_NCHANGES] = {
	[AFT_CH_UNCHANGED]	= AFT_M_H_UNCHANGED,
	[AFT_CH_IMPROVED]	= AFT_M_H_IMPROVED,
	[AFT_CH_REGRESSED]	= AFT_M_H_REGRESSED,
	[AFT_CH_ADDED]		= AFT_M_H_ADDED,
	[AFT_CH_REMOVED]	= AFT_M_H_REMOVED,
	[AFT_CH_APPLICABILITY]	= AFT_M_H_APPLICABILITY,
};

static const enum aft_msg words[AFT_NCHANGES] = {
	[AFT_CH_UNCHANGED]	= AFT_M_CH_UNCHANGED,
	[AFT_CH_IMPROVED]	= AFT_M_CH_IMPROVED,
	[AFT_CH_REGRESSED]	= AFT_M_CH_REGRESSED,
	[AFT_CH_ADDED]		= AFT_M_CH_ADDED,
	[AFT_CH_REMOVED]	= AFT_M_CH_REMOVED,
	[AFT_CH_APPLICABILITY]	= AFT_M_CH_APPLICABILITY,
};

/* The order in which changes are listed: what matters most first. */
static const enum aft_change order[] = {
	AFT_CH_REGRESSED, AFT_CH_IMPROVED, AFT_CH_ADDED, AFT_CH_REMOVED,
	AFT_CH_APPLICABILITY
};

static const char *
m(const struct out *o, enum aft_msg id)
{
	return aft_msg(o->lang, id);
}

static const char *
score_str(char *buf, const struct aft_opt *v, enum aft_lang lang)
{
	return v->set ? aft_fmt_score(buf, v->v, lang) : "-";
}

/* A change with its sign: "+12,5", "-3,0", "0,0", or "-" when unknown. */
static const char *
delta_str(char *buf, const struct aft_opt *d, enum aft_lang lang)
{
	char num[AFT_NUMBUF];

	if (!d->set)
		return "-";
	aft_fmt_score(num, d->v, lang);
	snprintf(buf, DBUF, "%s%s", d->v > 0 ? "+" : "", num);
	return buf;
}

/* The answer to a criterion in one word: its level, nvt, or "-". */
static const char *
answer_word(const struct aft_catalog *cat, const struct aft_crit_result *cr)
{
	if (cr->status == AFT_ANSWERED)
		return cat->levels[cr->a->level].id;
	if (cr->status == AFT_NVT)
		return cat->nvt.id != NULL ? cat->nvt.id : "nvt";
	return "-";
}

static const char *
delta_color(const struct out *o, const struct aft_opt *d)
{
	if (!o->color || !d->set || d->v == 0)
		return "";
	return d->v > 0 ? GREEN : RED;
}

/* The file on one line, the service and date below it. */
static void
text_side(const struct out *o, enum aft_msg label,
    const struct aft_result *r)
{
	const struct aft_service *s = &r->ans->service;

	fputs("  ", o->fp);
	aft_tc_cell(o->fp, m(o, label), 8);
	aft_esc_term(o->fp, r->ans->file, 0);
	fputc('\n', o->fp);
	if (s->name == NULL && s->assessed_on == NULL)
		return;
	aft_tc_pad(o->fp, 10);
	if (s->name != NULL)
		aft_esc_term(o->fp, s->name, 0);
	if (s->name != NULL && s->assessed_on != NULL)
		fputs(", ", o->fp);
	if (s->assessed_on != NULL)
		aft_esc_term(o->fp, s->assessed_on, 0);
	fputc('\n', o->fp);
}

static void
text_row(const struct out *o, const char *title, size_t tw,
    const struct aft_delta *d, bool bold)
{
	char a[AFT_NUMBUF], b[AFT_NUMBUF], c[DBUF];

	if (bold && o->color)
		fputs(BOLD, o->fp);
	aft_tc_cell(o->fp, title, tw);
	aft_tc_rcell(o->fp, score_str(a, &d->old, o->lang), 7);
	aft_tc_rcell(o->fp, score_str(b, &d->new, o->lang), 8);
	fputs(delta_color(o, &d->delta), o->fp);
	aft_tc_rcell(o->fp, delta_str(c, &d->delta, o->lang), 10);
	if (o->color && (bold || d->delta.set))
		fputs(RESET, o->fp);
	fputc('\n', o->fp);
}

/* The counts of each kind of change that happened, then the unchanged. */
static void
summary_line(const struct out *o, char *buf, size_t len)
{
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		int k;

		if (o->c->count[order[i]] == 0)
			continue;
		k = snprintf(buf + n, len - n, "%s%zu %s", n ? ", " : "",
		    o->c->count[order[i]], m(o, words[order[i]]));
		if (k < 0 || (size_t)k >= len - n)
			return;
		n += (size_t)k;
	}
	snprintf(buf + n, len - n, "%s%zu %s", n ? ", " : "",
	    o->c->count[AFT_CH_UNCHANGED], m(o, AFT_M_CH_UNCHANGED));
}

static void
text_attention(const struct out *o, bool resolved)
{
	const struct aft_comparison	*c = o->c;
	char				 num[AFT_NUMBUF];

	fprintf(o->fp, "\n%s%s%s\n", o->color ? BOLD : "", m(o, resolved ?
	    AFT_M_L_RESOLVED : AFT_M_L_NEW_ATTENTION), o->color ? RESET : "");
	if ((resolved ? c->nresolved : c->nnew_attention) == 0) {
		fprintf(o->fp, "  %s\n", m(o, AFT_M_L_NONE));
		return;
	}
	for (size_t i = 0; i < c->ncc; i++) {
		const struct aft_crit_change	*cc = &c->cc[i];
		char				 line[1024];

		if (resolved ? !cc->resolved : !cc->new_attention)
			continue;
		fputs("  ", o->fp);
		aft_tc_cell(o->fp, cc->c->id, 8);
		if (resolved)
			snprintf(line, sizeof(line), "%s",
			    cc->c->text.s[o->lang]);
		else
			snprintf(line, sizeof(line), "%s (%s %s)",
			    cc->c->text.s[o->lang], m(o, AFT_M_L_GAIN),
			    aft_fmt_score(num, cc->new->gain, o->lang));
		aft_tc_wrap(o->fp, line, 10, 10, WIDTH - 1);
	}
}

static int
write_text(const struct out *o)
{
	const struct aft_comparison	*c = o->c;
	const struct aft_catalog	*cat = c->old->cat;
	size_t				 tw = aft_tc_width(m(o, AFT_M_L_OVERALL));
	char				 line[512];

	fprintf(o->fp, "%s%s%s\n", o->color ? BOLD : "",
	    m(o, AFT_M_L_COMPARISON), o->color ? RESET : "");
	text_side(o, AFT_M_L_OLD, c->old);
	text_side(o, AFT_M_L_NEW, c->new);
	fputc('\n', o->fp);
	for (size_t i = 0; i < c->npc; i++)
		if (aft_tc_width(c->pc[i].p->title.s[o->lang]) > tw)
			tw = aft_tc_width(c->pc[i].p->title.s[o->lang]);
	tw += 2;
	if (o->color)
		fputs(BOLD, o->fp);
	aft_tc_cell(o->fp, m(o, AFT_M_L_PRINCIPLE), tw);
	aft_tc_rcell(o->fp, m(o, AFT_M_L_OLD), 7);
	aft_tc_rcell(o->fp, m(o, AFT_M_L_NEW), 8);
	aft_tc_rcell(o->fp, m(o, AFT_M_L_CHANGE), 10);
	fprintf(o->fp, "%s\n", o->color ? RESET : "");
	for (size_t i = 0; i < c->npc; i++)
		text_row(o, c->pc[i].p->title.s[o->lang], tw, &c->pc[i].score,
		    false);
	text_row(o, m(o, AFT_M_L_OVERALL), tw, &c->overall, true);

	summary_line(o, line, sizeof(line));
	fprintf(o->fp, "\n%s%s%s\n", o->color ? BOLD : "",
	    m(o, AFT_M_L_CRITERIA), o->color ? RESET : "");
	fputs("  ", o->fp);
	aft_tc_wrap(o->fp, line, 2, 2, WIDTH - 1);
	if (c->count[AFT_CH_UNCHANGED] == c->ncc)
		fprintf(o->fp, "  %s\n", m(o, AFT_M_L_NO_CHANGES));
	for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
		enum aft_change ch = order[k];

		if (c->count[ch] == 0)
			continue;
		fprintf(o->fp, "\n%s\n", m(o, heads[ch]));
		for (size_t i = 0; i < c->ncc; i++) {
			const struct aft_crit_change *cc = &c->cc[i];

			if (cc->change != ch)
				continue;
			fputs("  ", o->fp);
			aft_tc_cell(o->fp, cc->c->id, 8);
			aft_tc_cell(o->fp, answer_word(cat, cc->old), 13);
			fprintf(o->fp, "-> %s\n", answer_word(cat, cc->new));
		}
	}
	text_attention(o, true);
	text_attention(o, false);
	return AFT_OK;
}

/* Markdown. */



static void
md_row(const struct out *o, const char *title, const struct aft_delta *d,
    bool bold)
{
	char a[AFT_NUMBUF], b[AFT_NUMBUF], c[DBUF];

	fputs("| ", o->fp);
	if (bold)
		fputs("**", o->fp);
	aft_esc_md(o->fp, title);
	if (bold)
		fputs("**", o->fp);
	fprintf(o->fp, " | %s | %s | %s |\n", score_str(a, &d->old, o->lang),
	    score_str(b, &d->new, o->lang), delta_str(c, &d->delta, o->lang));
}

static void
md_side(const struct out *o, enum aft_msg label, const struct aft_result *r)
{
	const struct aft_service *s = &r->ans->service;

	fprintf(o->fp, "| %s | ", m(o, label));
	aft_esc_md_code(o->fp, r->ans->file);
	fputs(" | ", o->fp);
	aft_esc_md(o->fp, s->name != NULL ? s->name : "");
	fputs(" | ", o->fp);
	aft_esc_md(o->fp, s->assessed_on != NULL ? s->assessed_on : "");
	fputs(" |\n", o->fp);
}

static void
md_attention(const struct out *o, bool resolved)
{
	const struct aft_comparison	*c = o->c;
	char				 num[AFT_NUMBUF];

	fprintf(o->fp, "\n### %s\n\n", m(o, resolved ? AFT_M_L_RESOLVED :
	    AFT_M_L_NEW_ATTENTION));
	if ((resolved ? c->nresolved : c->nnew_attention) == 0) {
		fprintf(o->fp, "%s\n", m(o, AFT_M_L_NONE));
		return;
	}
	for (size_t i = 0; i < c->ncc; i++) {
		const struct aft_crit_change *cc = &c->cc[i];

		if (resolved ? !cc->resolved : !cc->new_attention)
			continue;
		fprintf(o->fp, "- **%s** ", cc->c->id);
		aft_esc_md(o->fp, cc->c->text.s[o->lang]);
		if (!resolved)
			fprintf(o->fp, " (%s %s)", m(o, AFT_M_L_GAIN),
			    aft_fmt_score(num, cc->new->gain, o->lang));
		fputc('\n', o->fp);
	}
}

static int
write_markdown(const struct out *o)
{
	const struct aft_comparison	*c = o->c;
	const struct aft_catalog	*cat = c->old->cat;
	char				 line[512];

	fprintf(o->fp, "## %s\n\n", m(o, AFT_M_L_COMPARISON));
	fprintf(o->fp, "| | %s | %s | %s |\n|---|---|---|---|\n",
	    m(o, AFT_M_L_FILE), m(o, AFT_M_L_SERVICE), m(o, AFT_M_L_ASSESSED));
	md_side(o, AFT_M_L_OLD, c->old);
	md_side(o, AFT_M_L_NEW, c->new);
	fprintf(o->fp, "\n| %s | %s | %s | %s |\n|---|--:|--:|--:|\n",
	    m(o, AFT_M_L_PRINCIPLE), m(o, AFT_M_L_OLD), m(o, AFT_M_L_NEW),
	    m(o, AFT_M_L_CHANGE));
	for (size_t i = 0; i < c->npc; i++)
		md_row(o, c->pc[i].p->title.s[o->lang], &c->pc[i].score, false);
	md_row(o, m(o, AFT_M_L_OVERALL), &c->overall, true);
	summary_line(o, line, sizeof(line));
	fprintf(o->fp, "\n### %s\n\n%s\n", m(o, AFT_M_L_CRITERIA), line);
	if (c->count[AFT_CH_UNCHANGED] < c->ncc) {
		fprintf(o->fp, "\n| %s | %s | %s | %s |\n|---|---|---|---|\n",
		    m(o, AFT_M_L_CRITERION), m(o, AFT_M_L_OLD),
		    m(o, AFT_M_L_NEW), m(o, AFT_M_L_WHAT_CHANGED));
		for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++)
			for (size_t i = 0; i < c->ncc; i++) {
				const struct aft_crit_change *cc = &c->cc[i];

				if (cc->change != order[k])
					continue;
				fprintf(o->fp, "| %s | %s | %s | %s |\n",
				    cc->c->id, answer_word(cat, cc->old),
				    answer_word(cat, cc->new),
				    m(o, words[cc->change]));
			}
	}
	md_attention(o, true);
	md_attention(o, false);
	return AFT_OK;
}

/* The JSON document. */

static int
set(json_t *o, const char *key, json_t *v)
{
	return json_object_set_new(o, key, v);
}

static json_t *
side(const struct aft_result *r)
{
	json_t *o = json_object(), *ov = json_object();

	if (o == NULL || ov == NULL) {
		json_decref(o);
		json_decref(ov);
		return NULL;
	}
	set(o, "file", aft_json_string(r->ans->file));
	set(o, "service", aft_json_string(r->ans->service.name));
	set(o, "assessed_on", aft_json_string(r->ans->service.assessed_on));
	set(ov, "score", aft_json_score(r->overall.set, r->overall.v));
	set(ov, "band", r->overall.set ? json_string(r->cat->bands[r->band].id) :
	    json_null());
	set(o, "overall", ov);
	set(o, "answered", json_integer((json_int_t)r->answered));
	set(o, "total", json_integer((json_int_t)r->total));
	return o;
}

static json_t *
delta_json(const struct aft_delta *d)
{
	json_t *o = json_object();

	if (o == NULL)
		return NULL;
	set(o, "old", aft_json_score(d->old.set, d->old.v));
	set(o, "new", aft_json_score(d->new.set, d->new.v));
	set(o, "delta", d->delta.set ? json_real(d->delta.v) : json_null());
	return o;
}

static const char *
status_name(enum aft_status s)
{
	return s == AFT_ANSWERED ? "answered" : s == AFT_NVT ? "nvt" :
	    "unanswered";
}

static json_t *
level_json(const struct aft_catalog *cat, const struct aft_crit_result *cr)
{
	return cr->status == AFT_ANSWERED ?
	    json_string(cat->levels[cr->a->level].id) : json_null();
}

json_t *
aft_json_compare(const struct aft_comparison *c, enum aft_lang lang)
{
	const struct aft_catalog	*cat = c->old->cat;
	json_t				*o, *ps, *cs, *sum, *att, *res, *nw;

	o = json_object();
	ps = json_array();
	cs = json_array();
	sum = json_object();
	att = json_object();
	res = json_array();
	nw = json_array();
	if (o == NULL || ps == NULL || cs == NULL || sum == NULL ||
	    att == NULL || res == NULL || nw == NULL) {
		json_decref(o);
		json_decref(ps);
		json_decref(cs);
		json_decref(sum);
		json_decref(att);
		json_decref(res);
		json_decref(nw);
		return NULL;
	}
	set(o, "catalog", json_pack("{s:s, s:s}", "id", cat->id, "version",
	    cat->version));
	set(o, "old", side(c->old));
	set(o, "new", side(c->new));
	set(o, "overall", delta_json(&c->overall));
	set(o, "regression", json_boolean(c->regression));
	for (size_t i = 0; i < c->npc; i++) {
		const struct aft_principle_change	*pc = &c->pc[i];
		json_t					*p = delta_json(&pc->score);

		if (p == NULL)
			continue;
		json_object_set_new(p, "old_band", pc->score.old.set ?
		    json_string(cat->bands[pc->old->band].id) : json_null());
		json_object_set_new(p, "new_band", pc->score.new.set ?
		    json_string(cat->bands[pc->new->band].id) : json_null());
		json_object_set_new(p, "regressed",
		    json_boolean(pc->regressed));
		/* id and title first, as in the score report. */
		{
			json_t *q = json_object();

			set(q, "id", json_string(pc->p->id));
			set(q, "title", json_string(pc->p->title.s[lang]));
			json_object_update(q, p);
			json_decref(p);
			json_array_append_new(ps, q);
		}
	}
	set(o, "principles", ps);
	for (int k = 0; k < AFT_NCHANGES; k++)
		set(sum, aft_change_name((enum aft_change)k), json_integer((json_int_t)c->count[k]));
	set(sum, "resolved", json_integer((json_int_t)c->nresolved));
	set(sum, "new_attention", json_integer((json_int_t)c->nnew_attention));
	set(o, "summary", sum);
	for (size_t i = 0; i < c->ncc; i++) {
		const struct aft_crit_change	*cc = &c->cc[i];
		json_t				*x = json_object();

		set(x, "id", json_string(cc->c->id));
		set(x, "principle", json_string(cat->principles[
		    cc->c->principle].id));
		set(x, "change", json_string(aft_change_name(cc->change)));
		set(x, "old_status", json_string(status_name(cc->old->status)));
		set(x, "old_level", level_json(cat, cc->old));
		set(x, "new_status", json_string(status_name(cc->new->status)));
		set(x, "new_level", level_json(cat, cc->new));
		json_array_append_new(cs, x);
		if (cc->resolved)
			json_array_append_new(res, json_string(cc->c->id));
		if (cc->new_attention)
			json_array_append_new(nw, json_string(cc->c->id));
	}
	set(o, "criteria", cs);
	set(att, "resolved", res);
	set(att, "new", nw);
	set(o, "attention", att);
	return o;
}

int
aft_compare_write(FILE *fp, const struct aft_comparison *c,
    enum aft_compare_format fmt, enum aft_lang lang, bool color)
{
	struct out	o = { fp, lang, color, c };
	json_t		*j;
	int		 rc = AFT_OK;

	switch (fmt) {
	case AFT_CMP_TEXT:
		rc = write_text(&o);
		break;
	case AFT_CMP_MARKDOWN:
		rc = write_markdown(&o);
		break;
	case AFT_CMP_JSON:
		if ((j = aft_json_compare(c, lang)) == NULL)
			return AFT_ENOMEM;
		if (aft_json_dumpf(j, fp, AFT_JSON_FLAGS | JSON_INDENT(2)) != 0)
			rc = AFT_EIO;
		fputc('\n', fp);
		json_decref(j);
		break;
	}
	if (rc == AFT_OK && (fflush(fp) != 0 || ferror(fp)))
		rc = AFT_EIO;
	return rc;
}

/*
 * Portfolios: two folders compared service by service.  Services are
 * named by their path inside the folders, then by the name in the file.
 */

struct pout {
	FILE				*fp;
	enum aft_lang			 lang;
	bool				 color;
	const struct aft_portfolio_change *c;
	const struct aft_portfolio_sides *s;
};

static const char *
pm(const struct pout *o, enum aft_msg id)
{
	return aft_msg(o->lang, id);
}

static const char *
band_label(const struct aft_catalog *cat, const struct aft_opt *v, size_t b,
    enum aft_lang lang)
{
	return v->set ? cat->bands[b].label.s[lang] : "-";
}

/* "verbeterd", "achteruitgegaan" or "ongewijzigd", then newly significant. */
static void
svc_verdict(char *buf, size_t len, const struct pout *o,
    const struct aft_svc_change *ch)
{
	snprintf(buf, len, "%s%s%s", pm(o, ch->regressed ? AFT_M_CH_REGRESSED :
	    ch->improved ? AFT_M_CH_IMPROVED : AFT_M_CH_UNCHANGED),
	    ch->newly_significant ? ", " : "", ch->newly_significant ?
	    pm(o, AFT_M_L_PF_NEWLY_SIG) : "");
}

static void
pf_counts(char *buf, size_t len, const struct pout *o)
{
	const struct aft_portfolio_change *c = o->c;

	snprintf(buf, len, pm(o, AFT_M_L_PF_COUNTS), c->npaired, c->nadded,
	    c->nremoved, c->nimproved, c->nregressed, c->nnewly_significant);
}

/* The width of the widest principle title and the overall label. */
static size_t
title_width(const struct pout *o)
{
	const struct aft_catalog	*cat = o->c->cat;
	size_t				 tw = aft_tc_width(pm(o, AFT_M_L_OVERALL));

	for (size_t i = 0; i < cat->nprinciples; i++)
		if (aft_tc_width(cat->principles[i].title.s[o->lang]) > tw)
			tw = aft_tc_width(cat->principles[i].title.s[o->lang]);
	return tw + 2;
}

static void
pf_text_side(const struct pout *o, enum aft_msg label, const char *dir,
    size_t n)
{
	char buf[64];

	fputs("  ", o->fp);
	aft_tc_cell(o->fp, pm(o, label), 8);
	aft_esc_term(o->fp, dir, 0);
	snprintf(buf, sizeof(buf), pm(o, AFT_M_L_PF_NSERVICES), n);
	fprintf(o->fp, " (%s)\n", buf);
}

/* A table of the mean or the median of every principle, then overall. */
static void
pf_text_stats(const struct pout *o, const struct out *t, size_t tw,
    bool median)
{
	const struct aft_portfolio_change *c = o->c;

	fprintf(o->fp, "\n%s", o->color ? BOLD : "");
	aft_tc_cell(o->fp, pm(o, median ? AFT_M_L_MEDIAN : AFT_M_L_MEAN), tw);
	aft_tc_rcell(o->fp, pm(o, AFT_M_L_OLD), 7);
	aft_tc_rcell(o->fp, pm(o, AFT_M_L_NEW), 8);
	aft_tc_rcell(o->fp, pm(o, AFT_M_L_CHANGE), 10);
	fprintf(o->fp, "%s\n", o->color ? RESET : "");
	for (size_t i = 0; i < c->cat->nprinciples; i++)
		text_row(t, c->cat->principles[i].title.s[o->lang], tw,
		    median ? &c->pr[i].median : &c->pr[i].mean, false);
	text_row(t, pm(o, AFT_M_L_OVERALL), tw, median ? &c->overall.median :
	    &c->overall.mean, true);
}

/* A service's path and name on one line, after an indent of two. */
static void
pf_text_svc(const struct pout *o, const struct aft_svc *s)
{
	fputs("  ", o->fp);
	aft_esc_term(o->fp, s->path, 0);
	if (s->name != NULL) {
		fputs(": ", o->fp);
		aft_esc_term(o->fp, s->name, 0);
	}
}

static void
pf_text_list(const struct pout *o, enum aft_msg head,
    const struct aft_svc *const *v, size_t n)
{
	const struct aft_catalog	*cat = o->c->cat;
	char				 num[AFT_NUMBUF];

	fprintf(o->fp, "\n%s%s (%zu)%s\n", o->color ? BOLD : "", pm(o, head),
	    n, o->color ? RESET : "");
	if (n == 0)
		fprintf(o->fp, "  %s\n", pm(o, AFT_M_L_NONE));
	for (size_t i = 0; i < n; i++) {
		pf_text_svc(o, v[i]);
		fprintf(o->fp, "  %s %s\n", score_str(num,
		    &v[i]->overall.score, o->lang), band_label(cat,
		    &v[i]->overall.score, v[i]->overall.band, o->lang));
	}
}

static void
pf_text_failed(const struct pout *o)
{
	const struct aft_portfolio_sides *s = o->s;

	if (s->nold_failed + s->nnew_failed == 0)
		return;
	fprintf(o->fp, "\n%s%s (%zu)%s\n", o->color ? BOLD : "",
	    pm(o, AFT_M_D_NOT_SCORED), s->nold_failed + s->nnew_failed,
	    o->color ? RESET : "");
	for (size_t i = 0; i < s->nold_failed; i++) {
		fputs("  ", o->fp);
		aft_esc_term(o->fp, s->old_failed[i], 0);
		fputc('\n', o->fp);
	}
	for (size_t i = 0; i < s->nnew_failed; i++) {
		fputs("  ", o->fp);
		aft_esc_term(o->fp, s->new_failed[i], 0);
		fputc('\n', o->fp);
	}
}

static int
pf_write_text(const struct pout *o)
{
	const struct aft_portfolio_change	*c = o->c;
	const struct aft_catalog		*cat = c->cat;
	struct out				 t = { o->fp, o->lang, o->color,
						     NULL };
	size_t					 tw = title_width(o);
	char					 line[512];

	fprintf(o->fp, "%s%s%s\n", o->color ? BOLD : "",
	    pm(o, AFT_M_L_PF_COMPARISON), o->color ? RESET : "");
	pf_text_side(o, AFT_M_L_OLD, o->s->old_dir, c->nold);
	pf_text_side(o, AFT_M_L_NEW, o->s->new_dir, c->nnew);
	pf_counts(line, sizeof(line), o);
	fputs("\n", o->fp);
	aft_tc_wrap(o->fp, line, 0, 0, WIDTH - 1);
	pf_text_stats(o, &t, tw, false);
	pf_text_stats(o, &t, tw, true);

	fprintf(o->fp, "\n%s%s (%zu)%s\n", o->color ? BOLD : "",
	    pm(o, AFT_M_L_PF_PAIRED), c->npaired, o->color ? RESET : "");
	if (c->npaired == 0)
		fprintf(o->fp, "  %s\n", pm(o, AFT_M_L_NONE));
	for (size_t k = 0; k < c->npaired; k++) {
		const struct aft_svc_change *ch = &c->paired[k];

		pf_text_svc(o, ch->new);
		svc_verdict(line, sizeof(line), o, ch);
		fprintf(o->fp, " (%s)\n", line);
		for (size_t i = 0; i <= cat->nprinciples; i++) {
			const struct aft_svc_delta *d = i < cat->nprinciples ?
			    &ch->pr[i] : &ch->overall;
			const char *title = i < cat->nprinciples ?
			    cat->principles[i].title.s[o->lang] :
			    pm(o, AFT_M_L_OVERALL);
			char a[AFT_NUMBUF], b[AFT_NUMBUF], dd[DBUF];

			/* Principles only when they changed; overall always. */
			if (i < cat->nprinciples && d->d.delta.set &&
			    d->d.delta.v == 0 && d->old_band == d->new_band)
				continue;
			if (i < cat->nprinciples && !d->d.delta.set &&
			    !d->d.old.set && !d->d.new.set)
				continue;
			fputs("    ", o->fp);
			aft_tc_cell(o->fp, title, tw);
			aft_tc_rcell(o->fp, score_str(a, &d->d.old, o->lang), 7);
			aft_tc_rcell(o->fp, score_str(b, &d->d.new, o->lang), 8);
			fputs(delta_color(&t, &d->d.delta), o->fp);
			aft_tc_rcell(o->fp, delta_str(dd, &d->d.delta, o->lang),
			    10);
			if (o->color && d->d.delta.set)
				fputs(RESET, o->fp);
			if (!d->d.old.set || !d->d.new.set ||
			    d->old_band != d->new_band)
				fprintf(o->fp, "  %s -> %s", band_label(cat,
				    &d->d.old, d->old_band, o->lang),
				    band_label(cat, &d->d.new, d->new_band,
				    o->lang));
			fputc('\n', o->fp);
		}
	}
	pf_text_list(o, AFT_M_L_PF_APPEARED, c->added, c->nadded);
	pf_text_list(o, AFT_M_L_PF_DISAPPEARED, c->removed, c->nremoved);
	pf_text_failed(o);
	return AFT_OK;
}

/* Markdown. */

static void
pf_md_stats(const struct pout *o, const struct out *t, bool median)
{
	const struct aft_portfolio_change *c = o->c;

	fprintf(o->fp, "\n### %s\n\n| %s | %s | %s | %s |\n|---|--:|--:|--:|\n",
	    pm(o, median ? AFT_M_L_MEDIAN : AFT_M_L_MEAN),
	    pm(o, AFT_M_L_PRINCIPLE), pm(o, AFT_M_L_OLD), pm(o, AFT_M_L_NEW),
	    pm(o, AFT_M_L_CHANGE));
	for (size_t i = 0; i < c->cat->nprinciples; i++)
		md_row(t, c->cat->principles[i].title.s[o->lang],
		    median ? &c->pr[i].median : &c->pr[i].mean, false);
	md_row(t, pm(o, AFT_M_L_OVERALL), median ? &c->overall.median :
	    &c->overall.mean, true);
}

static void
pf_md_svc(const struct pout *o, const struct aft_svc *s)
{
	fputs("| ", o->fp);
	aft_esc_md_code(o->fp, s->path);
	fputs(" | ", o->fp);
	aft_esc_md(o->fp, s->name != NULL ? s->name : "");
	fputs(" |", o->fp);
}

static void
pf_md_list(const struct pout *o, enum aft_msg head,
    const struct aft_svc *const *v, size_t n)
{
	const struct aft_catalog	*cat = o->c->cat;
	char				 num[AFT_NUMBUF];

	fprintf(o->fp, "\n### %s (%zu)\n\n", pm(o, head), n);
	if (n == 0) {
		fprintf(o->fp, "%s\n", pm(o, AFT_M_L_NONE));
		return;
	}
	fprintf(o->fp, "| %s | %s | %s | %s |\n|---|---|--:|---|\n",
	    pm(o, AFT_M_L_FILE), pm(o, AFT_M_L_SERVICE), pm(o, AFT_M_L_OVERALL),
	    pm(o, AFT_M_L_BAND));
	for (size_t i = 0; i < n; i++) {
		pf_md_svc(o, v[i]);
		fprintf(o->fp, " %s | %s |\n", score_str(num,
		    &v[i]->overall.score, o->lang), band_label(cat,
		    &v[i]->overall.score, v[i]->overall.band, o->lang));
	}
}

static int
pf_write_markdown(const struct pout *o)
{
	const struct aft_portfolio_change	*c = o->c;
	const struct aft_catalog		*cat = c->cat;
	const struct aft_portfolio_sides	*s = o->s;
	struct out				 t = { o->fp, o->lang, false,
						     NULL };
	char					 line[512];

	fprintf(o->fp, "## %s\n\n", pm(o, AFT_M_L_PF_COMPARISON));
	fprintf(o->fp, "| | %s | %s |\n|---|---|--:|\n", pm(o, AFT_M_L_FOLDER),
	    pm(o, AFT_M_D_SERVICES));
	fprintf(o->fp, "| %s | ", pm(o, AFT_M_L_OLD));
	aft_esc_md_code(o->fp, s->old_dir);
	fprintf(o->fp, " | %zu |\n| %s | ", c->nold, pm(o, AFT_M_L_NEW));
	aft_esc_md_code(o->fp, s->new_dir);
	fprintf(o->fp, " | %zu |\n", c->nnew);
	pf_counts(line, sizeof(line), o);
	fprintf(o->fp, "\n%s\n", line);
	pf_md_stats(o, &t, false);
	pf_md_stats(o, &t, true);

	fprintf(o->fp, "\n### %s (%zu)\n\n", pm(o, AFT_M_L_PF_PAIRED),
	    c->npaired);
	if (c->npaired == 0)
		fprintf(o->fp, "%s\n", pm(o, AFT_M_L_NONE));
	else {
		fprintf(o->fp, "| %s | %s | %s | %s | %s |", pm(o, AFT_M_L_FILE),
		    pm(o, AFT_M_L_SERVICE), pm(o, AFT_M_L_OVERALL),
		    pm(o, AFT_M_L_CHANGE), pm(o, AFT_M_L_BAND));
		for (size_t i = 0; i < cat->nprinciples; i++) {
			fputc(' ', o->fp);
			aft_esc_md(o->fp, cat->principles[i].title.s[o->lang]);
			fputs(" |", o->fp);
		}
		fprintf(o->fp, " %s |\n|---|---|--:|--:|---|",
		    pm(o, AFT_M_L_PF_TREND));
		for (size_t i = 0; i < cat->nprinciples; i++)
			fputs("--:|", o->fp);
		fputs("---|\n", o->fp);
	}
	for (size_t k = 0; k < c->npaired; k++) {
		const struct aft_svc_change	*ch = &c->paired[k];
		char				 a[AFT_NUMBUF], dd[DBUF];

		pf_md_svc(o, ch->new);
		fprintf(o->fp, " %s | %s | %s → %s |", score_str(a,
		    &ch->overall.d.new, o->lang), delta_str(dd,
		    &ch->overall.d.delta, o->lang), band_label(cat,
		    &ch->overall.d.old, ch->overall.old_band, o->lang),
		    band_label(cat, &ch->overall.d.new, ch->overall.new_band,
		    o->lang));
		for (size_t i = 0; i < cat->nprinciples; i++)
			fprintf(o->fp, " %s |", delta_str(dd,
			    &ch->pr[i].d.delta, o->lang));
		svc_verdict(line, sizeof(line), o, ch);
		fprintf(o->fp, " %s |\n", line);
	}
	pf_md_list(o, AFT_M_L_PF_APPEARED, c->added, c->nadded);
	pf_md_list(o, AFT_M_L_PF_DISAPPEARED, c->removed, c->nremoved);
	if (s->nold_failed + s->nnew_failed > 0) {
		fprintf(o->fp, "\n### %s (%zu)\n\n", pm(o, AFT_M_D_NOT_SCORED),
		    s->nold_failed + s->nnew_failed);
		for (size_t i = 0; i < s->nold_failed + s->nnew_failed; i++) {
			fputs("- ", o->fp);
			aft_esc_md_code(o->fp, i < s->nold_failed ?
			    s->old_failed[i] : s->new_failed[i -
			    s->nold_failed]);
			fputc('\n', o->fp);
		}
	}
	return AFT_OK;
}

/* JSON. */

static json_t *
opt_band(const struct aft_catalog *cat, const struct aft_opt *v, size_t b)
{
	return v->set ? json_string(cat->bands[b].id) : json_null();
}

static json_t *
svc_delta_json(const struct aft_catalog *cat, const struct aft_svc_delta *d)
{
	json_t *o = delta_json(&d->d);

	if (o == NULL)
		return NULL;
	set(o, "old_band", opt_band(cat, &d->d.old, d->old_band));
	set(o, "new_band", opt_band(cat, &d->d.new, d->new_band));
	return o;
}

static json_t *
tri_json(enum aft_tri t)
{
	return t == AFT_UNKNOWN ? json_null() : json_boolean(t == AFT_YES);
}

static json_t *
svc_json(const struct aft_catalog *cat, const struct aft_svc *s)
{
	json_t *o = json_object();

	if (o == NULL)
		return NULL;
	set(o, "path", aft_json_string(s->path));
	set(o, "service", aft_json_string(s->name));
	set(o, "significant", tri_json(s->significant));
	set(o, "overall", json_pack("{s:o, s:o}", "score",
	    aft_json_score(s->overall.score.set, s->overall.score.v), "band",
	    opt_band(cat, &s->overall.score, s->overall.band)));
	return o;
}

static json_t *
files_json(const char *const *v, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; a != NULL && i < n; i++)
		json_array_append_new(a, aft_json_string(v[i]));
	return a;
}

static json_t *
pstats_json(const struct aft_pstats *p)
{
	return json_pack("{s:o, s:o}", "mean", delta_json(&p->mean), "median",
	    delta_json(&p->median));
}

json_t *
aft_json_compare_portfolio(const struct aft_portfolio_change *c,
    const struct aft_portfolio_sides *s, enum aft_lang lang)
{
	const struct aft_catalog	*cat = c->cat;
	json_t				*o, *ps, *sv, *ad, *rm;

	o = json_object();
	ps = json_array();
	sv = json_array();
	ad = json_array();
	rm = json_array();
	if (o == NULL || ps == NULL || sv == NULL || ad == NULL || rm == NULL) {
		json_decref(o);
		json_decref(ps);
		json_decref(sv);
		json_decref(ad);
		json_decref(rm);
		return NULL;
	}
	set(o, "catalog", json_pack("{s:s, s:s}", "id", cat->id, "version",
	    cat->version));
	set(o, "old", json_pack("{s:o, s:I, s:o}", "folder",
	    aft_json_string(s->old_dir), "services", (json_int_t)c->nold,
	    "failed", files_json(s->old_failed, s->nold_failed)));
	set(o, "new", json_pack("{s:o, s:I, s:o}", "folder",
	    aft_json_string(s->new_dir), "services", (json_int_t)c->nnew,
	    "failed", files_json(s->new_failed, s->nnew_failed)));
	set(o, "regression", json_boolean(c->regression));
	set(o, "summary", json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I}",
	    "paired", (json_int_t)c->npaired, "added", (json_int_t)c->nadded,
	    "removed", (json_int_t)c->nremoved, "improved",
	    (json_int_t)c->nimproved, "regressed", (json_int_t)c->nregressed,
	    "unchanged", (json_int_t)(c->npaired - c->nimproved -
	    c->nregressed), "newly_significant",
	    (json_int_t)c->nnewly_significant));
	for (size_t i = 0; i < cat->nprinciples; i++) {
		json_t *p = json_object();

		set(p, "id", json_string(cat->principles[i].id));
		set(p, "title", json_string(cat->principles[i].title.s[lang]));
		json_object_update_new(p, pstats_json(&c->pr[i]));
		json_array_append_new(ps, p);
	}
	set(o, "portfolio", json_pack("{s:o, s:o}", "principles", ps,
	    "overall", pstats_json(&c->overall)));
	for (size_t k = 0; k < c->npaired; k++) {
		const struct aft_svc_change	*ch = &c->paired[k];
		json_t				*x = json_object(), *pa;

		if (x == NULL || (pa = json_array()) == NULL) {
			json_decref(x);
			continue;
		}
		set(x, "path", aft_json_string(ch->new->path));
		set(x, "service", aft_json_string(ch->new->name));
		set(x, "old_service", aft_json_string(ch->old->name));
		set(x, "change", json_string(ch->regressed ? "regressed" :
		    ch->improved ? "improved" : "unchanged"));
		set(x, "significant", json_pack("{s:o, s:o}", "old",
		    tri_json(ch->old->significant), "new",
		    tri_json(ch->new->significant)));
		set(x, "newly_significant",
		    json_boolean(ch->newly_significant));
		set(x, "overall", svc_delta_json(cat, &ch->overall));
		for (size_t i = 0; i < cat->nprinciples; i++) {
			json_t *p = json_object();

			set(p, "id", json_string(cat->principles[i].id));
			json_object_update_new(p, svc_delta_json(cat,
			    &ch->pr[i]));
			set(p, "regressed", json_boolean(ch->pr[i].d.delta.set &&
			    ch->pr[i].d.delta.v < 0));
			json_array_append_new(pa, p);
		}
		set(x, "principles", pa);
		json_array_append_new(sv, x);
	}
	set(o, "services", sv);
	for (size_t i = 0; i < c->nadded; i++)
		json_array_append_new(ad, svc_json(cat, c->added[i]));
	for (size_t i = 0; i < c->nremoved; i++)
		json_array_append_new(rm, svc_json(cat, c->removed[i]));
	set(o, "added", ad);
	set(o, "removed", rm);
	return o;
}

int
aft_compare_portfolio_write(FILE *fp, const struct aft_portfolio_change *c,
    const struct aft_portfolio_sides *s, enum aft_compare_format fmt,
    enum aft_lang lang, bool color)
{
	struct pout	o = { fp, lang, color, c, s };
	json_t		*j;
	int		 rc = AFT_OK;

	switch (fmt) {
	case AFT_CMP_TEXT:
		rc = pf_write_text(&o);
		break;
	case AFT_CMP_MARKDOWN:
		rc = pf_write_markdown(&o);
		break;
	case AFT_CMP_JSON:
		if ((j = aft_json_compare_portfolio(c, s, lang)) == NULL)
			return AFT_ENOMEM;
		if (aft_json_dumpf(j, fp, AFT_JSON_FLAGS | JSON_INDENT(2)) != 0)
			rc = AFT_EIO;
		fputc('\n', fp);
		json_decref(j);
		break;
	}
	if (rc == AFT_OK && (fflush(fp) != 0 || ferror(fp)))
		rc = AFT_EIO;
	return rc;
}
