/*
 * What the three files of the html format share: html.c writes the
 * page, radar.c the radar chart in it and style.c the style sheet with
 * its palette.  The report's state and the small writing helpers are
 * here; so are the parts that can be tested on their own: the chart's
 * geometry and the colour pairs with their contrast ratios.
 * Library-private; nothing here allocates.
 */
#ifndef AFTOETS_REPORT_HTML_H
#define AFTOETS_REPORT_HTML_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "keep.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "util/escape.h"

struct aft_point {
	double	x, y;
};

/*
 * The point for value v (0 to 100, clamped) on axis i of n axes of a
 * radar chart centred at c with radius r (the length of 100), in SVG
 * coordinates (y grows downwards).  Axis 0 points straight up; the
 * others follow clockwise at equal angles.
 */
struct aft_point aft_radar_point(struct aft_point c, double r, size_t i,
	    size_t n, double v);

/* The WCAG 2 contrast ratio of two sRGB colours given as 0xRRGGBB. */
double	aft_contrast_ratio(uint32_t fg, uint32_t bg);

/*
 * A colour and the background it is drawn on in the report, with the
 * least contrast it needs: 4.5 for text, 3 for lines and bars.
 */
struct aft_html_pair {
	const char	*what;
	uint32_t	 fg, bg;
	double		 min;
};

/* Every colour pair the report draws, for the contrast test. */
extern const struct aft_html_pair aft_html_pairs[];
extern const size_t aft_html_npairs;

/* The set of page names a site has taken (html.c). */
struct aft_names;

/*
 * The state of one html report.  Results are kept as they come and the
 * page is written at the end, to fp; a site writes a page per result
 * as it comes and its index at the end.
 */
struct aft_html {
	FILE				*fp;
	enum aft_lang			 lang;
	const struct aft_catalog	*cat;
	struct aft_keep			 keep;
	const char			**label;	/* per service */
	const struct aft_summary	*summary;	/* of a batch */
	/*
	 * A site: each assessment becomes a page of its own as it comes,
	 * and keep holds only its row for the index (keep.h).
	 */
	struct aft_site			*site;
	const char *const		*roots;		/* folders scored */
	size_t				 nroots;
	struct aft_names		*names;		/* page names taken */
	bool				*guided;	/* per criterion */
	const char			*guide;		/* its page, in a site */
	char				 hash[64];	/* of the script */
};


/* Writes the style sheet, each colour taken from the palette. */
void	aft_html_style(FILE *);
/*
 * Makes the style sheet once, for aft_html_style() to copy; call it
 * before pages are written in more than one thread.  The copy lives
 * until the program ends.
 */
void	aft_html_style_init(void);
/* Writes more of it, from sheet, each $name taken from the palette. */
void	aft_html_css(FILE *, const char *sheet);

/*
 * Writes the radar chart of res with its legend, as a figure whose ids
 * start with pre.
 */
void	aft_html_radar(struct aft_html *, const struct aft_result *res,
	    const char *pre);

/* Writing, for the page and the chart. */

static inline void
aft_html_put(struct aft_html *h, const char *s)
{
	fputs(s, h->fp);
}

static inline void
aft_html_out(struct aft_html *h, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static inline void
aft_html_out(struct aft_html *h, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(h->fp, fmt, ap);
	va_end(ap);
}

/* Writes s escaped for HTML text and attribute values. */
static inline void
aft_html_esc(struct aft_html *h, const char *s)
{
	if (s != NULL)
		aft_esc_xml(h->fp, s, 0);
}

static inline const char *
aft_html_msg(const struct aft_html *h, enum aft_msg m)
{
	return aft_msg(h->lang, m);
}

/* A message formatted into buf, for text that is escaped afterwards. */
static inline const char *
aft_html_msgf(const struct aft_html *h, char *buf, size_t len,
    enum aft_msg m, ...)
{
	va_list ap;

	va_start(ap, m);
	vsnprintf(buf, len, aft_msg(h->lang, m), ap);
	va_end(ap);
	return buf;
}

/* A coordinate with one decimal, never "-0.0". */
static inline void
aft_html_coord(struct aft_html *h, double v)
{
	char buf[AFT_NUMBUF];

	aft_html_put(h, aft_fmt_fixed1(buf, v));
}

/* A score for people ("81,3"), or the words for no score. */
static inline const char *
aft_html_score_text(const struct aft_html *h, char *buf,
    const struct aft_opt *o)
{
	return o->set ? aft_fmt_score(buf, o->v, h->lang) :
	    aft_html_msg(h, AFT_M_D_NO_SCORE);
}

#endif
