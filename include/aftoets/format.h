/*
 * How numbers are rounded and written for people: scores, counts,
 * amounts in euros, and the sentence that gives the reason for a
 * significance verdict.
 * Every report, the gates and the CLI write them this way.  Nothing here
 * allocates.
 */
#ifndef AFTOETS_FORMAT_H
#define AFTOETS_FORMAT_H

#include <stddef.h>

#include "aftoets/common.h"

struct aft_catalog;
struct aft_replaced;
struct aft_service;
struct aft_significance;

/* Rounds half away from zero to one decimal, as reports show scores. */
double		 aft_round1(double);

/* buf must hold AFT_NUMBUF bytes. */
#define AFT_NUMBUF	32
/* A score with one decimal ("81,3" in Dutch, "81.3" in English). */
const char	*aft_fmt_score(char *buf, double, enum aft_lang);
/*
 * A whole number from 0 to 1e15 in plain digits, as "%.0f" writes it,
 * without printf's floating point; NULL for anything else.
 */
const char	*aft_fmt_whole(char *buf, double);
/*
 * A number with one decimal exactly as "%.1f" writes it (so with its
 * rounding), but "0.0" for "-0.0": the coordinates of charts.  Without
 * printf's floating point, but where the rounding is a close call.
 */
const char	*aft_fmt_fixed1(char *buf, double);
/* A whole number with thousands grouped ("250.000" / "250,000"). */
const char	*aft_fmt_count(char *buf, double, enum aft_lang);
/* An amount in euros ("€ 1.250.000,50" / "€1,250,000.50"). */
const char	*aft_fmt_money(char *buf, double, enum aft_lang);
/*
 * The sentence giving the reason for a significance verdict; written to
 * buf of size len.
 */
const char	*aft_fmt_reason(char *buf, size_t len,
	    const struct aft_significance *, const struct aft_catalog *,
	    const struct aft_service *, enum aft_lang);
/*
 * The note on an answer given under a replaced id: its successor in
 * catalog cat, and whether it counts and why; written to buf of size
 * len.  The reports show it with the assessment.
 */
const char	*aft_fmt_replaced(char *buf, size_t len,
	    const struct aft_replaced *, const struct aft_catalog *,
	    enum aft_lang);

#endif
