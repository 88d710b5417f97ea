/* Quality gates: parsing the options, and judging results against them. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aftoets/gate.h"
#include "aftoets/msg.h"
#include "aftoets/format.h"
#include "util/sbuf.h"

void
aft_gates_init(struct aft_gates *g)
{
	memset(g, 0, sizeof(*g));
}

void
aft_gates_fini(struct aft_gates *g)
{
	if (g == NULL)
		return;
	free(g->v);
	memset(g, 0, sizeof(*g));
}

int
aft_gate_pct(const char *s, int *tenths)
{
	long	v = 0;
	int	digits = 0;

	for (; *s >= '0' && *s <= '9'; s++) {
		/* Leading zeros are fine; a long number is out of range. */
		v = v * 10 + (*s - '0');
		if (v > 100)
			return -1;
		digits++;
	}
	if (digits == 0)
		return -1;
	v *= 10;
	if (*s == '.' || *s == ',') {
		s++;
		if (*s < '0' || *s > '9')
			return -1;
		v += *s++ - '0';
		/* More decimals only when they change nothing. */
		while (*s == '0')
			s++;
	}
	if (*s == '%')
		s++;
	if (*s != '\0' || v > 1000)
		return -1;
	*tenths = (int)v;
	return 0;
}

int
aft_gate_parse(struct aft_gate *out, enum aft_gate_kind kind,
    const char *arg, const struct aft_catalog *cat,
    struct aft_gate_error *err)
{
	const struct aft_principle	*p = NULL;
	const char			*eq;

	memset(out, 0, sizeof(*out));
	memset(err, 0, sizeof(*err));
	out->kind = kind;
	if (kind == AFT_GATE_COMPLETE)
		return AFT_OK;
	if (kind == AFT_GATE_OVERALL) {
		if (aft_gate_pct(arg, &out->tenths) != 0) {
			err->what = AFT_GATE_E_PCT;
			return AFT_EINPUT;
		}
		return AFT_OK;
	}
	if ((eq = strchr(arg, '=')) == NULL || eq == arg) {
		err->what = AFT_GATE_E_SPEC;
		return AFT_EINPUT;
	}
	err->id = arg;
	err->idlen = (size_t)(eq - arg);
	if (aft_gate_pct(eq + 1, &out->tenths) != 0) {
		err->what = AFT_GATE_E_PCT;
		return AFT_EINPUT;
	}
	for (size_t i = 0; p == NULL && i < cat->nprinciples; i++)
		if (strncasecmp(arg, cat->principles[i].id, err->idlen) == 0 &&
		    cat->principles[i].id[err->idlen] == '\0')
			p = &cat->principles[i];
	if (p == NULL) {
		err->what = AFT_GATE_E_ID;
		err->nearest = aft_catalog_nearest_principle(cat, arg,
		    err->idlen);
		return AFT_EINPUT;
	}
	out->p = p;
	out->principle = (size_t)(p - cat->principles);
	return AFT_OK;
}

/* Report order: overall, principles in catalog order, completeness. */
static int
cmp(const struct aft_gate *a, const struct aft_gate *b)
{
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->kind == AFT_GATE_PRINCIPLE && a->principle != b->principle)
		return a->principle < b->principle ? -1 : 1;
	return 0;
}

int
aft_gates_add(struct aft_gates *g, const struct aft_gate *gate)
{
	struct aft_gate	*v;
	size_t		 at = 0;

	while (at < g->n && cmp(&g->v[at], gate) < 0)
		at++;
	if (at < g->n && cmp(&g->v[at], gate) == 0) {
		g->v[at] = *gate;
		return AFT_OK;
	}
	if ((v = realloc(g->v, (g->n + 1) * sizeof(*v))) == NULL)
		return AFT_ENOMEM;
	memmove(v + at + 1, v + at, (g->n - at) * sizeof(*v));
	v[at] = *gate;
	g->v = v;
	g->n++;
	return AFT_OK;
}

static void
judge_score(struct aft_gate_result *gr, const struct aft_opt *score)
{
	long actual;

	gr->threshold = gr->gate.tenths / 10.0;
	if (!score->set) {
		/* Nothing applies: the gate cannot be met, so it fails. */
		gr->passed = false;
		return;
	}
	/* In tenths, as reported, so that no binary fraction decides. */
	actual = lround(aft_round1(score->v) * 10.0);
	gr->actual.set = true;
	gr->actual.v = actual / 10.0;
	gr->passed = actual >= gr->gate.tenths;
	gr->missed_by.set = true;
	gr->missed_by.v = gr->passed ? 0.0 : (gr->gate.tenths - actual) / 10.0;
}

int
aft_gates_eval(struct aft_result *res, const struct aft_gates *g,
    struct aft_arena *arena)
{
	struct aft_gate_result *v;

	res->gates = NULL;
	res->ngates = 0;
	if (g->n == 0)
		return AFT_OK;
	if ((v = aft_arena_calloc(arena, g->n, sizeof(*v))) == NULL)
		return AFT_ENOMEM;
	for (size_t i = 0; i < g->n; i++) {
		struct aft_gate_result *gr = &v[i];

		gr->gate = g->v[i];
		switch (gr->gate.kind) {
		case AFT_GATE_OVERALL:
			judge_score(gr, &res->overall);
			break;
		case AFT_GATE_PRINCIPLE:
			judge_score(gr, &res->pr[gr->gate.principle].score);
			break;
		case AFT_GATE_COMPLETE:
			gr->threshold = (double)res->total;
			gr->actual.set = true;
			gr->actual.v = (double)res->answered;
			gr->passed = res->answered >= res->total;
			gr->missed_by.set = true;
			gr->missed_by.v = gr->passed ? 0.0 :
			    (double)(res->total - res->answered);
			break;
		}
	}
	res->gates = v;
	res->ngates = g->n;
	return AFT_OK;
}

size_t
aft_gates_failed(const struct aft_result *res)
{
	size_t n = 0;

	for (size_t i = 0; i < res->ngates; i++)
		if (!res->gates[i].passed)
			n++;
	return n;
}

const char *
aft_gate_name(const struct aft_gate *g)
{
	switch (g->kind) {
	case AFT_GATE_OVERALL:
		return "fail-under";
	case AFT_GATE_PRINCIPLE:
		return "fail-under-principle";
	case AFT_GATE_COMPLETE:
		break;
	}
	return "require-complete";
}

void
aft_gate_spec_sb(struct aft_sb *b, const struct aft_gate *g)
{
	aft_sb_puts(b, aft_gate_name(g));
	if (g->kind == AFT_GATE_PRINCIPLE) {
		aft_sb_putc(b, '=');
		aft_sb_puts(b, g->p->id);
	}
	/* The threshold as typed: "60", "62.5". */
	if (g->kind == AFT_GATE_COMPLETE)
		return;
	if (g->tenths % 10 == 0)
		aft_sb_printf(b, "=%d", g->tenths / 10);
	else
		aft_sb_printf(b, "=%d.%d", g->tenths / 10, g->tenths % 10);
}

int
aft_gate_write_spec(FILE *fp, const struct aft_gate *g)
{
	char		buf[128];
	struct aft_sb	b;

	aft_sb_init_sink(&b, buf, sizeof(buf), fp);
	aft_gate_spec_sb(&b, g);
	return aft_sb_flush(&b);
}

const char *
aft_fmt_gate(char *buf, size_t len, const struct aft_gate_result *gr,
    enum aft_lang lang)
{
	const struct aft_gate	*g = &gr->gate;
	const char		*what;
	char			 a[AFT_NUMBUF], t[AFT_NUMBUF], m[AFT_NUMBUF];
	char			 head[512];

	if (g->kind == AFT_GATE_COMPLETE) {
		snprintf(head, sizeof(head), aft_msg(lang, AFT_M_G_COMPLETE),
		    aft_msg(lang, AFT_M_L_COMPLETENESS),
		    (size_t)gr->actual.v, (size_t)gr->threshold);
		if (gr->passed)
			snprintf(buf, len, "%s", head);
		else
			snprintf(buf, len, aft_msg(lang, AFT_M_G_INCOMPLETE),
			    head, (size_t)gr->missed_by.v);
		return buf;
	}
	what = g->kind == AFT_GATE_OVERALL ? aft_msg(lang, AFT_M_L_OVERALL) :
	    g->p->title.s[lang];
	aft_fmt_score(t, gr->threshold, lang);
	if (!gr->actual.set) {
		snprintf(buf, len, aft_msg(lang, AFT_M_G_NO_SCORE), what, t);
		return buf;
	}
	snprintf(head, sizeof(head), aft_msg(lang, AFT_M_G_SCORE), what,
	    aft_fmt_score(a, gr->actual.v, lang), t);
	if (gr->passed)
		snprintf(buf, len, "%s", head);
	else
		snprintf(buf, len, aft_msg(lang, AFT_M_G_BELOW), head,
		    aft_fmt_score(m, gr->missed_by.v, lang));
	return buf;
}

const char *
aft_fmt_gates_count(char *buf, size_t len, const struct aft_result *res,
    enum aft_lang lang)
{
	size_t nfailed = aft_gates_failed(res);

	if (nfailed > 0)
		snprintf(buf, len, aft_msg(lang, AFT_M_L_GATES_FAILED),
		    nfailed, res->ngates);
	else
		snprintf(buf, len, aft_msg(lang, AFT_M_L_GATES_PASSED),
		    res->ngates);
	return buf;
}
