/*
 * How numbers are rounded and written for people: scores, counts,
 * amounts, and the sentence that gives a significance verdict's reason.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "aftoets/catalog.h"
#include "aftoets/format.h"
#include "aftoets/msg.h"
#include "aftoets/score.h"

/* Groups the digits of a non-negative integer text by threes. */
static void
group(char *buf, const char *digits, char sep)
{
	size_t	n = strlen(digits), k = 0;

	for (size_t i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0)
			buf[k++] = sep;
		buf[k++] = digits[i];
	}
	buf[k] = '\0';
}

const char *
aft_fmt_score(char *buf, double v, enum aft_lang lang)
{
	double			 tenths = fabs(aft_round1(v)) * 10.0;
	char			 tmp[AFT_NUMBUF], *p = tmp + sizeof(tmp);
	unsigned long long	 k;

	if (!(tenths < 1e15)) {
		/* Not a number, or too large for the digits below. */
		snprintf(buf, AFT_NUMBUF, "%.1f", aft_round1(v));
		if (lang == AFT_LANG_NL && (p = strchr(buf, '.')) != NULL)
			*p = ',';
		return buf;
	}
	/*
	 * The rounded value is a whole number of tenths; writing its digits
	 * is what "%.1f" would print, at a fraction of the cost, and this
	 * runs for every score of every report.
	 */
	k = (unsigned long long)llround(tenths);
	*--p = '\0';
	*--p = (char)('0' + k % 10);
	*--p = lang == AFT_LANG_NL ? ',' : '.';
	k /= 10;
	do {
		*--p = (char)('0' + k % 10);
		k /= 10;
	} while (k > 0);
	/* No "-0.0": a value that rounds to zero is zero. */
	if (v < 0 && strcmp(p, "0.0") != 0 && strcmp(p, "0,0") != 0)
		*--p = '-';
	memcpy(buf, p, (size_t)(tmp + sizeof(tmp) - p));
	return buf;
}

/*
 * The digits of a whole number from 0 to 1e15, as "%.0f" writes them,
 * without printf's floating-point machinery: reports write two or three
 * of these each.
 */
static void
whole_digits(char *out, double w)
{
	char			 tmp[24], *p = tmp + sizeof(tmp);
	unsigned long long	 k = (unsigned long long)w;

	*--p = '\0';
	do {
		*--p = (char)('0' + k % 10);
		k /= 10;
	} while (k > 0);
	memcpy(out, p, (size_t)(tmp + sizeof(tmp) - p));
}

const char *
aft_fmt_fixed1(char *buf, double v)
{
	double			 t = v * 10.0, f = floor(t), rest = t - f;
	char			 tmp[AFT_NUMBUF], *p = tmp + sizeof(tmp);
	unsigned long long	 k;
	bool			 neg;

	/*
	 * t is v * 10 within a rounding of the product, far less than the
	 * 1e-6 kept from the midway point: away from it, rounding t to the
	 * nearest whole number is what printf does to v's exact value.
	 * Close to it, and for what the digits below cannot hold, printf.
	 */
	if (!(fabs(t) < 1e15) || fabs(rest - 0.5) < 1e-6) {
		snprintf(buf, AFT_NUMBUF, "%.1f", v);
		if (strcmp(buf, "-0.0") == 0)
			strcpy(buf, "0.0");
		return buf;
	}
	f = rest < 0.5 ? f : f + 1;
	neg = f < 0;
	k = (unsigned long long)fabs(f);
	*--p = '\0';
	*--p = (char)('0' + k % 10);
	*--p = '.';
	k /= 10;
	do {
		*--p = (char)('0' + k % 10);
		k /= 10;
	} while (k > 0);
	if (neg)
		*--p = '-';
	memcpy(buf, p, (size_t)(tmp + sizeof(tmp) - p));
	return buf;
}

const char *
aft_fmt_whole(char *buf, double v)
{
	if (!(v >= 0 && v < 1e15) || v != floor(v))
		return NULL;
	whole_digits(buf, v);
	return buf;
}

const char *
aft_fmt_count(char *buf, double v, enum aft_lang lang)
{
	char digits[AFT_NUMBUF];

	if (!(v >= 0) || v >= 1e15) {
		snprintf(buf, AFT_NUMBUF, "%g", v);
		return buf;
	}
	whole_digits(digits, floor(v));
	group(buf, digits, lang == AFT_LANG_NL ? '.' : ',');
	return buf;
}

const char *
aft_fmt_money(char *buf, double v, enum aft_lang lang)
{
	char	whole[AFT_NUMBUF], grouped[AFT_NUMBUF], *p;
	double	cents;

	if (!(v >= 0) || v >= 1e15) {
		snprintf(buf, AFT_NUMBUF, "€ %g", v);
		return buf;
	}
	/*
	 * Below ten trillion euros a double holds the cents to well within
	 * half a cent; above, it holds none worth showing (and v * 100 would
	 * make up a few).
	 */
	if (v < 1e13) {
		cents = floor(v * 100.0 + 0.5);
		whole_digits(whole, floor(cents / 100.0));
		cents = fmod(cents, 100.0);
	} else {
		whole_digits(whole, floor(v));
		cents = 0;
	}
	group(grouped, whole, lang == AFT_LANG_NL ? '.' : ',');
	/* "€ 1.250.000,50" in Dutch, "€1,250,000.50" in English. */
	p = stpcpy(buf, lang == AFT_LANG_NL ? "€ " : "€");
	p = stpcpy(p, grouped);
	if (cents != 0) {
		int c = (int)cents;

		*p++ = lang == AFT_LANG_NL ? ',' : '.';
		*p++ = (char)('0' + c / 10);
		*p++ = (char)('0' + c % 10);
		*p = '\0';
	}
	return buf;
}

const char *
aft_fmt_reason(char *buf, size_t len, const struct aft_significance *s,
    const struct aft_catalog *cat, const struct aft_service *svc,
    enum aft_lang lang)
{
	char	a[AFT_NUMBUF], b[AFT_NUMBUF];
	char	part[2][256];
	int	n = 0;

	/*
	 * Name what decided the verdict: every value over its threshold
	 * when significant; otherwise both values, or what is missing.
	 */
	if (s->budget_exceeds == AFT_YES || s->significant != AFT_YES) {
		if (s->budget_exceeds == AFT_UNKNOWN)
			snprintf(part[n++], sizeof(part[0]), "%s",
			    aft_msg(lang, AFT_M_SIG_BUDGET_NONE));
		else
			snprintf(part[n++], sizeof(part[0]), aft_msg(lang,
			    s->budget_exceeds == AFT_YES ?
			    AFT_M_SIG_BUDGET_OVER : AFT_M_SIG_BUDGET_NOT),
			    aft_fmt_money(a, svc->budget_eur, lang),
			    aft_fmt_money(b, cat->threshold_budget, lang));
	}
	if (s->users_exceeds == AFT_YES || s->significant != AFT_YES) {
		if (s->users_exceeds == AFT_UNKNOWN)
			snprintf(part[n++], sizeof(part[0]), "%s",
			    aft_msg(lang, AFT_M_SIG_USERS_NONE));
		else
			snprintf(part[n++], sizeof(part[0]), aft_msg(lang,
			    s->users_exceeds == AFT_YES ?
			    AFT_M_SIG_USERS_OVER : AFT_M_SIG_USERS_NOT),
			    aft_fmt_count(a, svc->users, lang),
			    aft_fmt_count(b, cat->threshold_users, lang));
	}
	if (n == 2)
		snprintf(buf, len, "%s %s %s", part[0], aft_msg(lang, AFT_M_AND),
		    part[1]);
	else
		snprintf(buf, len, "%s", n == 1 ? part[0] : "");
	return buf;
}

double
aft_round1(double x)
{
	double r;

	/*
	 * Scores are quotients; a value meant to end in exactly .x5 may be
	 * a hair below it in binary.  A relative nudge far below the
	 * reported precision puts it back before rounding.
	 */
	r = floor(fabs(x) * 10.0 * (1.0 + 1e-12) + 0.5) / 10.0;
	return x < 0 ? -r : r;
}

const char *
aft_fmt_replaced(char *buf, size_t len, const struct aft_replaced *v,
    const struct aft_catalog *cat, enum aft_lang lang)
{
	const char *succ = v->successor->id;

	switch (v->how) {
	case AFT_REPLACED_OWN:
		snprintf(buf, len, aft_msg(lang, AFT_M_REPLACED_OWN), v->id,
		    succ, cat->version, succ);
		break;
	case AFT_REPLACED_EARLIER:
		snprintf(buf, len, aft_msg(lang, AFT_M_REPLACED_TWICE), v->id,
		    succ, cat->version, v->earlier);
		break;
	default:
		snprintf(buf, len, aft_msg(lang, AFT_M_REPLACED), v->id, succ,
		    cat->version, succ);
		break;
	}
	return buf;
}
