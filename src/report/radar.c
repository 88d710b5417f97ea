/*
 * The radar chart of the html format: inline SVG drawn from computed
 * coordinates, one axis per principle and one series each for the
 * score, the user criteria and the inclusion criteria.  The series
 * differ in line and marker as well as in colour, so colour is not
 * needed; the numbers are in the chart's description and in data
 * attributes too, and the page's scores table repeats them.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report/html_internal.h"

/* The radar chart's canvas, in SVG user units. */
#define RADAR_W		640
#define RADAR_H		460
#define RADAR_CX	320
#define RADAR_CY	230
#define RADAR_R		150
#define LABEL_CHARS	20	/* wrap axis titles longer than this */
#define TAU		6.283185307179586

struct aft_point
aft_radar_point(struct aft_point c, double r, size_t i, size_t n, double v)
{
	double		 a;
	struct aft_point p;

	if (!(v > 0))
		v = 0;
	if (v > 100)
		v = 100;
	if (n == 0)
		return c;
	a = TAU * (double)i / (double)n;
	/* Clockwise from twelve o'clock: sine goes right, cosine goes up. */
	p.x = c.x + r * v / 100.0 * sin(a);
	p.y = c.y - r * v / 100.0 * cos(a);
	return p;
}

static void
point(struct aft_html *h, struct aft_point p)
{
	aft_html_coord(h, p.x);
	fputc(',', h->fp);
	aft_html_coord(h, p.y);
}

/* A score for machines ("81.3"), empty when there is none. */
static const char *
score_data(char *buf, const struct aft_opt *o)
{
	if (!o->set)
		return "";
	return aft_fmt_score(buf, o->v, AFT_LANG_EN);
}

/* Splits a title into lines of at most LABEL_CHARS bytes at spaces. */
static size_t
split_title(const char *s, const char *line[3], size_t len[3])
{
	size_t n = 0;

	while (*s != '\0' && n < 3) {
		size_t	take = strlen(s), brk = 0;

		if (take > LABEL_CHARS && n < 2) {
			for (size_t i = 0; i <= LABEL_CHARS && s[i] != '\0';
			    i++)
				if (s[i] == ' ')
					brk = i;
			if (brk == 0)
				brk = strcspn(s, " ");
			take = brk;
		}
		line[n] = s;
		len[n++] = take;
		s += take;
		while (*s == ' ')
			s++;
	}
	return n;
}

static void
axis_label(struct aft_html *h, const struct aft_principle_result *pr, size_t i,
    size_t n)
{
	struct aft_point	 c = { RADAR_CX, RADAR_CY };
	struct aft_point	 end = aft_radar_point(c, RADAR_R + 14, i, n,
	    100);
	const char		*line[3];
	size_t			 len[3], nl;
	double			 dx = end.x - RADAR_CX;
	double			 dy = end.y - RADAR_CY, y;
	const char		*anchor = "middle";
	char			 num[AFT_NUMBUF];

	nl = split_title(pr->p->title.s[h->lang], line, len);
	if (dx > 0.3 * RADAR_R)
		anchor = "start";
	else if (dx < -0.3 * RADAR_R)
		anchor = "end";
	/* Above the top axes, below the bottom ones, centred otherwise. */
	if (dy < -0.3 * RADAR_R)
		y = end.y - 18.0 * (double)nl;
	else if (dy > 0.3 * RADAR_R)
		y = end.y + 14;
	else
		y = end.y - 9.0 * (double)nl + 5;
	aft_html_put(h, "<text x=\"");
	aft_html_coord(h, end.x);
	aft_html_put(h, "\" y=\"");
	aft_html_coord(h, y);
	aft_html_out(h, "\" text-anchor=\"%s\">", anchor);
	for (size_t k = 0; k < nl; k++) {
		char part[256];

		snprintf(part, sizeof(part), "%.*s", (int)len[k], line[k]);
		aft_html_put(h, "<tspan class=\"axis-title\" x=\"");
		aft_html_coord(h, end.x);
		aft_html_out(h, "\"%s>", k > 0 ? " dy=\"18\"" : "");
		aft_html_esc(h, part);
		aft_html_put(h, "</tspan>");
	}
	aft_html_put(h, "<tspan class=\"axis-value\" x=\"");
	aft_html_coord(h, end.x);
	aft_html_put(h, "\" dy=\"18\">");
	aft_html_esc(h, aft_html_score_text(h, num, &pr->score));
	aft_html_put(h, "</tspan></text>\n");
}

enum series {
	S_SCORE,
	S_USER,
	S_INCL
};

static const struct aft_opt *
series_value(const struct aft_principle_result *pr, enum series s)
{
	return s == S_SCORE ? &pr->score : s == S_USER ? &pr->user :
	    &pr->inclusion;
}

static const char *const series_class[] = { "score", "user", "incl" };

/* A marker: a circle, a square or a diamond, so colour is not needed. */
static void
marker(struct aft_html *h, enum series s, struct aft_point p)
{
	switch (s) {
	case S_SCORE:
		aft_html_put(h, "<circle class=\"m-score\" cx=\"");
		aft_html_coord(h, p.x);
		aft_html_put(h, "\" cy=\"");
		aft_html_coord(h, p.y);
		aft_html_put(h, "\" r=\"4.5\"/>");
		break;
	case S_USER:
		aft_html_put(h, "<rect class=\"m-user\" x=\"");
		aft_html_coord(h, p.x - 4);
		aft_html_put(h, "\" y=\"");
		aft_html_coord(h, p.y - 4);
		aft_html_put(h, "\" width=\"8\" height=\"8\"/>");
		break;
	case S_INCL:
		aft_html_put(h, "<polygon class=\"m-incl\" points=\"");
		aft_html_coord(h, p.x);
		fputc(',', h->fp);
		aft_html_coord(h, p.y - 5.5);
		fputc(' ', h->fp);
		aft_html_coord(h, p.x + 5.5);
		fputc(',', h->fp);
		aft_html_coord(h, p.y);
		fputc(' ', h->fp);
		aft_html_coord(h, p.x);
		fputc(',', h->fp);
		aft_html_coord(h, p.y + 5.5);
		fputc(' ', h->fp);
		aft_html_coord(h, p.x - 5.5);
		fputc(',', h->fp);
		aft_html_coord(h, p.y);
		aft_html_put(h, "\"/>");
		break;
	}
}

static void
series(struct aft_html *h, const struct aft_result *res, enum series s)
{
	struct aft_point c = { RADAR_CX, RADAR_CY };

	aft_html_out(h, "<g data-series=\"%s\">\n", series_class[s]);
	aft_html_out(h, "<polygon class=\"s-%s\" points=\"", series_class[s]);
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_opt *o = series_value(&res->pr[i], s);

		if (i > 0)
			fputc(' ', h->fp);
		/* No score draws at the centre; the table says why. */
		point(h, aft_radar_point(c, RADAR_R, i, res->npr,
		    o->set ? aft_round1(o->v) : 0));
	}
	aft_html_put(h, "\"/>\n");
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_opt *o = series_value(&res->pr[i], s);

		marker(h, s, aft_radar_point(c, RADAR_R, i, res->npr,
		    o->set ? aft_round1(o->v) : 0));
	}
	aft_html_put(h, "\n</g>\n");
}

/* A legend swatch: the series' line and marker. */
static void
swatch(struct aft_html *h, enum series s)
{
	struct aft_point p = { 20, 8 };

	aft_html_put(h, "<svg viewBox=\"0 0 40 16\" aria-hidden=\"true\" "
	    "focusable=\"false\">");
	aft_html_out(h, "<line class=\"s-%s\" x1=\"2\" y1=\"8\" x2=\"38\" "
	    "y2=\"8\"/>", series_class[s]);
	marker(h, s, p);
	aft_html_put(h, "</svg>");
}

void
aft_html_radar(struct aft_html *h, const struct aft_result *res,
    const char *pre)
{
	struct aft_point	 c = { RADAR_CX, RADAR_CY };
	static const enum aft_msg names[] = {
		AFT_M_D_SERIES_SCORE, AFT_M_D_SERIES_USER, AFT_M_D_SERIES_INCL
	};
	char			 a[AFT_NUMBUF], b[AFT_NUMBUF];
	char			 d[AFT_NUMBUF], buf[512];

	aft_html_out(h, "<figure class=\"radar\" id=\"%s-radar\">\n", pre);
	aft_html_out(h, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"0 0 %d %d\" role=\"img\" "
	    "aria-labelledby=\"%s-radar-title %s-radar-desc\">\n",
	    RADAR_W, RADAR_H, pre, pre);
	aft_html_out(h, "<title id=\"%s-radar-title\">", pre);
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_RADAR_TITLE));
	aft_html_out(h, "</title>\n<desc id=\"%s-radar-desc\">", pre);
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_RADAR_SCALE));
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		fputc(' ', h->fp);
		aft_html_esc(h, aft_html_msgf(h, buf, sizeof(buf),
		    AFT_M_D_RADAR_DESC, pr->p->title.s[h->lang],
		    aft_html_score_text(h, a, &pr->score),
		    aft_html_score_text(h, b, &pr->user),
		    aft_html_score_text(h, d, &pr->inclusion)));
	}
	aft_html_put(h, "</desc>\n");

	/* Rings at every quarter, with their values on the first axis. */
	for (int q = 1; q <= 4; q++) {
		aft_html_put(h, "<polygon class=\"grid\" points=\"");
		for (size_t i = 0; i < res->npr; i++) {
			if (i > 0)
				fputc(' ', h->fp);
			point(h, aft_radar_point(c, RADAR_R, i, res->npr,
			    25.0 * q));
		}
		aft_html_put(h, "\"/>\n");
	}
	for (int q = 1; q <= 4; q++) {
		struct aft_point p = aft_radar_point(c, RADAR_R, 0, res->npr,
		    25.0 * q);

		aft_html_put(h, "<text class=\"tick\" font-size=\"12\" x=\"");
		aft_html_coord(h, p.x + 5);
		aft_html_put(h, "\" y=\"");
		aft_html_coord(h, p.y + 13);
		aft_html_out(h, "\">%d</text>\n", 25 * q);
	}
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result	*pr = &res->pr[i];
		struct aft_point			 end =
		    aft_radar_point(c, RADAR_R, i, res->npr, 100);

		aft_html_put(h, "<g class=\"radar-axis\" data-principle=\"");
		aft_html_esc(h, pr->p->id);
		aft_html_out(h, "\" data-score=\"%s\"",
		    score_data(a, &pr->score));
		aft_html_out(h, " data-user=\"%s\"", score_data(b, &pr->user));
		aft_html_out(h, " data-inclusion=\"%s\">\n",
		    score_data(d, &pr->inclusion));
		aft_html_put(h, "<line class=\"spoke\" x1=\"");
		aft_html_coord(h, c.x);
		aft_html_put(h, "\" y1=\"");
		aft_html_coord(h, c.y);
		aft_html_put(h, "\" x2=\"");
		aft_html_coord(h, end.x);
		aft_html_put(h, "\" y2=\"");
		aft_html_coord(h, end.y);
		aft_html_put(h, "\"/>\n");
		axis_label(h, pr, i, res->npr);
		aft_html_put(h, "</g>\n");
	}
	series(h, res, S_INCL);
	series(h, res, S_USER);
	series(h, res, S_SCORE);
	aft_html_put(h, "</svg>\n<figcaption>\n<ul aria-label=\"");
	aft_html_esc(h, aft_html_msg(h, AFT_M_D_LEGEND));
	aft_html_put(h, "\">\n");
	for (enum series s = S_SCORE; s <= S_INCL; s++) {
		aft_html_put(h, "<li>");
		swatch(h, s);
		aft_html_esc(h, aft_html_msg(h, names[s]));
		aft_html_put(h, "</li>\n");
	}
	aft_html_put(h, "</ul>\n</figcaption>\n</figure>\n");
}

