/*
 * The checks of single values that both answers loaders make (aload.h):
 * the tree loader (answers.c) and the fast path over libyaml's events
 * (astream.c) call these, so that both judge a value alike.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "aftoets/answers.h"
#include "aftoets/money.h"
#include "load/aload.h"
#include "load/load.h"
#include "yaml/node.h"

int
aft_aload_begin(struct aload *l, const struct aft_catalog *cat,
    const char *file, unsigned flags, struct aft_arena *arena,
    struct aft_diags *d)
{
	struct aft_answers *a;

	if ((a = aft_arena_alloc(arena, sizeof(*a))) == NULL ||
	    (a->answers = aft_arena_calloc(arena, cat->ncriteria ?
	    cat->ncriteria : 1, sizeof(*a->answers))) == NULL)
		return AFT_ENOMEM;
	a->file = file;
	a->cat = cat;
	l->cat = cat;
	l->a = a;
	l->arena = arena;
	l->d = d;
	l->flags = flags;
	return AFT_OK;
}

int
aft_aload_end(struct aload *l, size_t nerr, struct aft_answers **out)
{
	if (l->d->oom)
		return AFT_ENOMEM;
	if (l->d->nerr != nerr)
		return AFT_EINPUT;
	*out = l->a;
	return AFT_OK;
}

int
aft_aload_date(const char *s)
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int y, m, dd;

	for (int i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (s[i] != '-')
				return 0;
		} else if (!isdigit((unsigned char)s[i]))
			return 0;
	}
	if (s[10] != '\0')
		return 0;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	dd = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || dd < 1 || dd > mdays[m - 1])
		return 0;
	if (m == 2 && dd == 29 && !(y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0)))
		return 0;
	return 1;
}

static int
has_currency(const char *s)
{
	if (strstr(s, "\xE2\x82\xAC") != NULL)
		return 1;
	for (; *s != '\0'; s++)
		if (strncasecmp(s, "eur", 3) == 0)
			return 1;
	return 0;
}

void
aft_aload_budget(struct aload *l, const struct aft_ynode *v)
{
	struct aft_service	*s = &l->a->service;
	int64_t			 cents;
	double			 x;
	bool			 amb;

	if (v->plain && aft_yaml_number(v->str, &x, &amb)) {
		if (x < 0) {
			aft_diag_err(l->d, v->loc, AFT_M_NEG_MONEY, v->str);
			return;
		}
		if (amb)
			aft_diag_warn(l->d, v->loc, AFT_M_AMBIGUOUS, v->str,
			    v->str);
		s->budget_eur = x;
		s->has_budget = true;
		return;
	}
	if (aft_money_parse(v->str, &cents) != AFT_OK) {
		const char *p = v->str;

		/* A minus sign, after spaces and a currency, if any. */
		while (*p == ' ')
			p++;
		if (strncmp(p, "\xE2\x82\xAC", 3) == 0 ||
		    strncasecmp(p, "EUR", 3) == 0)
			p += 3;
		while (*p == ' ')
			p++;
		if (*p == '-')
			aft_diag_err(l->d, v->loc, AFT_M_NEG_MONEY, v->str);
		else
			aft_diag_err(l->d, v->loc, AFT_M_BAD_MONEY, v->str);
		return;
	}
	s->budget_eur = (double)cents / 100.0;
	s->has_budget = true;
}

void
aft_aload_users(struct aload *l, const struct aft_ynode *v)
{
	struct aft_service	*s = &l->a->service;
	int64_t			 cents;
	double			 x;
	bool			 amb;

	if (v->plain && aft_yaml_number(v->str, &x, &amb)) {
		if (x < 0 || x != floor(x) || x > 1e15) {
			aft_diag_err(l->d, v->loc, AFT_M_BAD_COUNT, "users",
			    v->str);
			return;
		}
		if (amb)
			aft_diag_warn(l->d, v->loc, AFT_M_AMBIGUOUS, v->str,
			    v->str);
		s->users = x;
		s->has_users = true;
		return;
	}
	/* A quoted count may be grouped like an amount: "120.000". */
	if (has_currency(v->str) ||
	    aft_money_parse(v->str, &cents) != AFT_OK || cents % 100 != 0) {
		aft_diag_err(l->d, v->loc, AFT_M_BAD_COUNT, "users", v->str);
		return;
	}
	s->users = (double)(cents / 100);
	s->has_users = true;
}

enum aft_stype
aft_aload_type(const char *t)
{
	if (strcasecmp(t, "nieuw") == 0 || strcasecmp(t, "new") == 0)
		return AFT_STYPE_NIEUW;
	if (strcasecmp(t, "herwerking") == 0 || strcasecmp(t, "rework") == 0)
		return AFT_STYPE_HERWERKING;
	return AFT_STYPE_NONE;
}

void
aft_aload_level(struct aload *l, const struct aft_ynode *v,
    const struct aft_criterion *c, struct aft_answer *ans)
{
	int lv;

	if (aft_ynode_is_null(v)) {
		ans->empty = true;
		return;
	}
	if (v->kind != AFT_YSCALAR) {
		aft_diag_err(l->d, v->loc, AFT_M_ANSWER_KIND, c->id,
		    aft_ynode_kindname(v, l->d->lang));
		return;
	}
	lv = aft_catalog_level(l->cat, v->str);
	if (lv == AFT_LEVEL_NONE) {
		aft_diag_err(l->d, v->loc, AFT_M_BAD_LEVEL, v->str,
		    aft_catalog_levels_list(l->cat, l->arena));
		return;
	}
	ans->status = lv == AFT_LEVEL_NVT ? AFT_NVT : AFT_ANSWERED;
	ans->level = lv == AFT_LEVEL_NVT ? -1 : lv;
}

void
aft_aload_nvt(struct aload *l, const struct aft_criterion *c,
    const struct aft_answer *ans)
{
	if (ans->status == AFT_NVT && ans->motivation == NULL)
		aft_diag_warn(l->d, ans->loc, AFT_M_NVT_NO_WHY, c->id);
}

/*
 * Warns about unanswered criteria: an empty answer at its own place,
 * and the criteria missing from the file in one list, so that real
 * errors are not buried.  An answer that was wrong has its error.
 */
void
aft_aload_unanswered(struct aload *l, struct aft_loc where)
{
	const struct aft_catalog	*cat = l->cat;
	size_t				 n = 0, len = 0, cap = 1;
	char				*list;

	if (!(l->flags & AFT_ANS_WARN_UNANSWERED))
		return;
	for (size_t i = 0; i < cat->ncriteria; i++) {
		const struct aft_answer *ans = &l->a->answers[i];

		if (ans->status != AFT_UNANSWERED)
			continue;
		if (ans->loc.line != 0) {
			if (ans->empty)
				aft_diag_warn(l->d, ans->loc, AFT_M_UNANSWERED,
				    cat->all[i]->id);
			continue;
		}
		cap += strlen(cat->all[i]->id) + 2;
		n++;
	}
	if (n == 0 || (list = aft_arena_alloc(l->arena, cap)) == NULL)
		return;
	for (size_t i = 0; i < cat->ncriteria; i++) {
		const struct aft_answer *ans = &l->a->answers[i];

		if (ans->status != AFT_UNANSWERED || ans->loc.line != 0)
			continue;
		len += (size_t)snprintf(list + len, cap - len, "%s%s",
		    len ? ", " : "", cat->all[i]->id);
	}
	aft_diag_warn(l->d, where, AFT_M_MISSING_ANSWERS, n, list);
}
