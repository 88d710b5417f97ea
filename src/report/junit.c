/*
 * The junit format: JUnit XML as GitLab's unit test reports and
 * Jenkins' junit step read it.  One <testsuite> per assessment, named
 * after the service and its file; one <testcase> per criterion, its classname the
 * principle id; a <failure> for each point of attention, <skipped/> for
 * nvt; one <testcase> per gate; and the notes on answers under replaced
 * ids in <system-out>.  An input that could not be scored
 * becomes a suite with one <error>.  Every text goes through
 * aft_esc_xml().  Streaming: the root element carries no totals, so
 * each suite is rendered on its own (in a worker thread, with -j) and
 * forgotten.
 */
#include <stdio.h>
#include <string.h>

#include "aftoets/gate.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "util/escape.h"
#include "report/render.h"

/* Criterion text in a test name is cut to about this many characters. */
#define SHORT_CP	60
/* Enough for SHORT_CP code points of up to 4 bytes, an ellipsis, a NUL. */
#define SHORT_BUF	(SHORT_CP * 4 + 4)

static void
attr(FILE *fp, const char *name, const char *value)
{
	fprintf(fp, " %s=\"", name);
	aft_esc_xml(fp, value, AFT_ESC_ATTR);
	fputc('"', fp);
}

static void
body(FILE *fp, const char *s)
{
	aft_esc_xml(fp, s, 0);
}

/*
 * Copies the start of s into buf (SHORT_BUF bytes): at most SHORT_CP
 * code points, cut at a space, with an ellipsis when anything was left
 * off.
 */
static const char *
short_text(char *buf, const char *s)
{
	size_t	cps = 0, i = 0, cut = 0;

	while (s[i] != '\0' && cps < SHORT_CP) {
		if (s[i] == ' ')
			cut = i;
		i++;
		while (((unsigned char)s[i] & 0xC0) == 0x80)
			i++;
		cps++;
	}
	if (s[i] == '\0')
		cut = i;
	else if (cut == 0)
		cut = i;
	memcpy(buf, s, cut);
	if (s[i] != '\0') {
		while (cut > 0 && (buf[cut - 1] == ',' || buf[cut - 1] == ' '))
			cut--;
		memcpy(buf + cut, "\xE2\x80\xA6", 3);	/* U+2026 */
		cut += 3;
	}
	buf[cut] = '\0';
	return buf;
}

static int
junit_begin(struct aft_report *r)
{
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<testsuites name=\"aftoets\">\n", r->fp);
	return ferror(r->fp) ? AFT_EIO : AFT_OK;
}

static void
property(FILE *fp, const char *name, const char *value)
{
	fputs("      <property", fp);
	attr(fp, "name", name);
	attr(fp, "value", value);
	fputs("/>\n", fp);
}

static void
properties(struct aft_report *r, const struct aft_result *res)
{
	FILE	*fp = r->fp;
	char	 num[AFT_NUMBUF];

	fputs("    <properties>\n", fp);
	property(fp, "file", res->ans->file);
	property(fp, "catalog", res->cat->id);
	property(fp, "catalog_version", res->cat->version);
	if (aft_text_given(&res->cat->notice))
		property(fp, "catalog_notice",
		    res->cat->notice.s[r->opt.lang]);
	property(fp, "significant", res->sig.significant == AFT_YES ?
	    "true" : res->sig.significant == AFT_NO ? "false" : "unknown");
	if (res->overall.set) {
		snprintf(num, sizeof(num), "%.1f", aft_round1(res->overall.v));
		property(fp, "overall_score", num);
		property(fp, "overall_band", res->cat->bands[res->band].id);
	}
	snprintf(num, sizeof(num), "%zu", res->answered);
	property(fp, "answered", num);
	snprintf(num, sizeof(num), "%zu", res->total);
	property(fp, "total", num);
	fputs("    </properties>\n", fp);
}

/* Opens <testcase>, whose name is the id, a space and then text. */
static void
testcase_open(FILE *fp, const char *classname, const char *id,
    const char *text, const char *file)
{
	fputs("    <testcase", fp);
	attr(fp, "classname", classname);
	fputs(" name=\"", fp);
	aft_esc_xml(fp, id, AFT_ESC_ATTR);
	fputc(' ', fp);
	aft_esc_xml(fp, text, AFT_ESC_ATTR);
	fputc('"', fp);
	attr(fp, "file", file);
	fputs(" time=\"0\"", fp);
}

/* A labelled line of a failure's body. */
static void
line(FILE *fp, const char *label, const char *value)
{
	body(fp, label);
	fputs(": ", fp);
	body(fp, value);
	fputc('\n', fp);
}

static void
criterion(struct aft_report *r, const struct aft_result *res,
    const struct aft_principle_result *pr, const struct aft_crit_result *cr)
{
	FILE			*fp = r->fp;
	enum aft_lang		 lang = r->opt.lang;
	const struct aft_answer	*a = cr->a;
	char			 text[SHORT_BUF], num[AFT_NUMBUF], gain[40];

	testcase_open(fp, pr->p->id, cr->c->id, short_text(text,
	    cr->c->text.s[lang]), res->ans->file);
	if (cr->status == AFT_NVT) {
		fputs("><skipped", fp);
		attr(fp, "message", a->motivation != NULL ? a->motivation :
		    aft_msg(lang, AFT_M_L_NVT));
		fputs("/></testcase>\n", fp);
		return;
	}
	if (!cr->attention) {
		fputs("/>\n", fp);
		return;
	}
	fputs(">\n      <failure", fp);
	attr(fp, "message", cr->c->text.s[lang]);
	attr(fp, "type", cr->status == AFT_ANSWERED ?
	    res->cat->levels[a->level].id : "unanswered");
	fputc('>', fp);
	line(fp, aft_msg(lang, AFT_M_L_LEVEL), cr->status == AFT_ANSWERED ?
	    res->cat->levels[a->level].id : aft_msg(lang, AFT_M_L_UNANSWERED));
	snprintf(gain, sizeof(gain), "+%s", aft_fmt_score(num, cr->gain,
	    lang));
	line(fp, aft_msg(lang, AFT_M_L_POTENTIAL_GAIN), gain);
	line(fp, aft_msg(lang, AFT_M_L_GUIDANCE), cr->c->guidance.s[lang]);
	if (a->motivation != NULL)
		line(fp, aft_msg(lang, AFT_M_L_MOTIVATION), a->motivation);
	if (a->actions != NULL)
		line(fp, aft_msg(lang, AFT_M_L_ACTIONS), a->actions);
	fputs("</failure>\n    </testcase>\n", fp);
}

static void
gate(struct aft_report *r, const struct aft_result *res,
    const struct aft_gate_result *gr)
{
	FILE	*fp = r->fp;
	char	 text[600];

	/* The spec is ids and numbers: nothing to escape. */
	fputs("    <testcase classname=\"gates\" name=\"", fp);
	aft_gate_write_spec(fp, &gr->gate);
	fputc('"', fp);
	attr(fp, "file", res->ans->file);
	fputs(" time=\"0\"", fp);
	if (gr->passed) {
		fputs("/>\n", fp);
		return;
	}
	aft_fmt_gate(text, sizeof(text), gr, r->opt.lang);
	fputs(">\n      <failure", fp);
	attr(fp, "message", text);
	attr(fp, "type", "gate");
	fputc('>', fp);
	body(fp, text);
	fputs("</failure>\n    </testcase>\n", fp);
}

/*
 * The answers given under replaced ids, after the testcases as JUnit
 * wants it: one line each, its place and its note.
 */
static void
notes(struct aft_report *r, const struct aft_result *res)
{
	FILE	*fp = r->fp;
	char	 note[1024];

	if (res->ans->nreplaced == 0)
		return;
	fputs("    <system-out>", fp);
	for (size_t i = 0; i < res->ans->nreplaced; i++) {
		const struct aft_replaced *v = &res->ans->replaced[i];

		body(fp, res->ans->file);
		fprintf(fp, ":%u:%u: ", v->loc.line, v->loc.col);
		body(fp, aft_fmt_replaced(note, sizeof(note), v, res->cat,
		    r->opt.lang));
		fputc('\n', fp);
	}
	fputs("</system-out>\n", fp);
}

static int
junit_one(struct aft_report *r, const struct aft_result *res)
{
	FILE	*fp = r->fp;
	size_t	 tests = res->ngates, failures = aft_gates_failed(res);
	size_t	 skipped = 0;

	for (size_t i = 0; i < res->npr; i++) {
		tests += res->pr[i].ncrit;
		failures += res->pr[i].nattention;
		skipped += res->pr[i].nvt;
	}
	/* The file too: GitLab merges suites of the same name. */
	fputs("  <testsuite name=\"", fp);
	aft_esc_xml(fp, res->ans->service.name, AFT_ESC_ATTR);
	fputs(" (", fp);
	aft_esc_xml(fp, res->ans->file, AFT_ESC_ATTR);
	fputs(")\"", fp);
	fprintf(fp, " tests=\"%zu\" failures=\"%zu\" errors=\"0\" "
	    "skipped=\"%zu\" time=\"0\">\n", tests, failures, skipped);
	properties(r, res);
	for (size_t i = 0; i < res->npr; i++)
		for (size_t j = 0; j < res->pr[i].ncrit; j++)
			criterion(r, res, &res->pr[i], &res->pr[i].crit[j]);
	for (size_t i = 0; i < res->ngates; i++)
		gate(r, res, &res->gates[i]);
	notes(r, res);
	fputs("  </testsuite>\n", fp);
	return ferror(fp) ? AFT_EIO : AFT_OK;
}

static int
junit_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	return aft_render_mem(r, res, junit_one, buf, len);
}

static int
junit_fail(struct aft_report *r, const char *file, const struct aft_diags *d)
{
	FILE		*fp = r->fp;
	const char	*why = aft_msg(r->opt.lang, AFT_M_L_NOT_SCORED_WHY);

	fputs("  <testsuite", fp);
	attr(fp, "name", file);
	fputs(" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" "
	    "time=\"0\">\n", fp);
	fputs("    <testcase classname=\"aftoets\"", fp);
	attr(fp, "name", file);
	attr(fp, "file", file);
	fputs(" time=\"0\"", fp);
	fputs(">\n      <error", fp);
	attr(fp, "message", aft_msg(r->opt.lang, AFT_M_L_UNSCORED));
	attr(fp, "type", "input");
	fputc('>', fp);
	body(fp, why);
	fputc('\n', fp);
	for (size_t i = 0; i < d->n; i++) {
		const struct aft_diag *g = &d->v[i];

		body(fp, file);
		if (g->loc.line != 0)
			fprintf(fp, ":%u:%u", g->loc.line, g->loc.col);
		fprintf(fp, ": %s: ", g->sev == AFT_SEV_ERROR ? "error" :
		    "warning");
		body(fp, g->msg);
		fputc('\n', fp);
	}
	fputs("</error>\n    </testcase>\n  </testsuite>\n", fp);
	return ferror(fp) ? AFT_EIO : AFT_OK;
}

static int
junit_end(struct aft_report *r)
{
	fputs("</testsuites>\n", r->fp);
	return ferror(r->fp) ? AFT_EIO : AFT_OK;
}

const struct aft_report_ops aft_report_junit = {
	.name = "junit",
	.streaming = true,
	.begin = junit_begin,
	.render = junit_render,
	.fail = junit_fail,
	.end = junit_end,
};
