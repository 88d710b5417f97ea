/*
 * The html format: one self-contained, accessible page for people who
 * read an assessment rather than process it.  No scripts, no external
 * files: the styles are inline and the radar chart is inline SVG drawn
 * from computed coordinates.  Every chart has its numbers in a table as
 * well, every table has a caption and header cells, headings go down one
 * level at a time, and every colour pair reaches the WCAG AA contrast
 * (aft_html_pairs, checked by the unit test).
 *
 * Not streaming: results arrive in arenas freed after each call, so the
 * format copies them (aftoets/keep.h) and writes the page at the end.
 * The output depends only on the inputs: no dates, no addresses.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/gate.h"
#include "aftoets/keep.h"
#include "aftoets/msg.h"
#include "aftoets/report.h"
#include "util/escape.h"
#include "report/html.h"

/* Failed inputs show at most this many of their errors. */
#define FAIL_DIAGS	5

/* The radar chart's canvas, in SVG user units. */
#define RADAR_W		640
#define RADAR_H		460
#define RADAR_CX	320
#define RADAR_CY	230
#define RADAR_R		150
#define LABEL_CHARS	20	/* wrap axis titles longer than this */
#define TAU		6.283185307179586

/* The palette: the CSS refers to these by name ($ink and so on). */
#define C_INK		0x1b1f24	/* body text */
#define C_MUTED		0x4b5563	/* secondary text */
#define C_PAPER		0xffffff
#define C_HEAD		0xeef2f6	/* table header cells */
#define C_RULE		0xd0d7de	/* borders */
#define C_LINK		0x0b57d0
#define C_GOOD_FG	0x14532d	/* band labels: the best band */
#define C_GOOD_BG	0xdcfce7
#define C_MID_FG	0x713f12	/* bands between */
#define C_MID_BG	0xfef3c7
#define C_LOW_FG	0x7f1d1d	/* the lowest band */
#define C_LOW_BG	0xfee2e2
#define C_GOOD_BAR	0x15803d	/* bars */
#define C_MID_BAR	0xb45309
#define C_LOW_BAR	0xb91c1c
#define C_TRACK		0xe5e7eb
#define C_SCORE		0x1d4ed8	/* radar series */
#define C_USER		0x7c3aed
#define C_INCL		0x0f766e
#define C_GRID		0x9ca3af

static const struct {
	const char	*name;
	uint32_t	 rgb;
} palette[] = {
	{ "ink",	C_INK },
	{ "muted",	C_MUTED },
	{ "paper",	C_PAPER },
	{ "head",	C_HEAD },
	{ "rule",	C_RULE },
	{ "link",	C_LINK },
	{ "goodfg",	C_GOOD_FG },
	{ "goodbg",	C_GOOD_BG },
	{ "midfg",	C_MID_FG },
	{ "midbg",	C_MID_BG },
	{ "lowfg",	C_LOW_FG },
	{ "lowbg",	C_LOW_BG },
	{ "goodbar",	C_GOOD_BAR },
	{ "midbar",	C_MID_BAR },
	{ "lowbar",	C_LOW_BAR },
	{ "track",	C_TRACK },
	{ "score",	C_SCORE },
	{ "user",	C_USER },
	{ "incl",	C_INCL },
	{ "grid",	C_GRID },
};

/*
 * Every pair of colours the style sheet draws, one on the other.  Grid
 * lines and the empty part of a bar are decoration and need no contrast.
 */
const struct aft_html_pair aft_html_pairs[] = {
	{ "body text",		C_INK,		C_PAPER,	4.5 },
	{ "secondary text",	C_MUTED,	C_PAPER,	4.5 },
	{ "links",		C_LINK,		C_PAPER,	4.5 },
	{ "table header",	C_INK,		C_HEAD,		4.5 },
	{ "best band label",	C_GOOD_FG,	C_GOOD_BG,	4.5 },
	{ "middle band label",	C_MID_FG,	C_MID_BG,	4.5 },
	{ "lowest band label",	C_LOW_FG,	C_LOW_BG,	4.5 },
	{ "best band bar",	C_GOOD_BAR,	C_PAPER,	3.0 },
	{ "middle band bar",	C_MID_BAR,	C_PAPER,	3.0 },
	{ "lowest band bar",	C_LOW_BAR,	C_PAPER,	3.0 },
	{ "score series",	C_SCORE,	C_PAPER,	3.0 },
	{ "user series",	C_USER,		C_PAPER,	3.0 },
	{ "inclusion series",	C_INCL,		C_PAPER,	3.0 },
};
const size_t aft_html_npairs = sizeof(aft_html_pairs) /
    sizeof(aft_html_pairs[0]);

/*
 * The style sheet.  Widths are relative, so the page reflows at 200%
 * zoom and on a phone; wide tables scroll inside their own region.
 */
static const char css[] =
":root{color-scheme:light}\n"
"*{box-sizing:border-box}\n"
"body{margin:0;background:$paper;color:$ink;"
"font:1rem/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\","
"\"Liberation Sans\",Arial,sans-serif}\n"
"main,footer{max-width:72rem;margin:0 auto;padding:1rem 1.25rem}\n"
"h1,h2,h3,h4,h5,p,li{overflow-wrap:anywhere}\n"
"p,ul.items,ul.ids,dl.facts{max-width:52rem}\n"
"footer{color:$muted;font-size:.875rem;border-top:1px solid $rule}\n"
"h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}\n"
"h2{font-size:1.375rem;line-height:1.3;margin:2.25rem 0 .75rem;"
"padding-bottom:.25rem;border-bottom:2px solid $rule}\n"
"h3{font-size:1.175rem;margin:1.75rem 0 .5rem}\n"
"h4{font-size:1.05rem;margin:1.25rem 0 .5rem}\n"
"h5{font-size:1rem;margin:1rem 0 .5rem}\n"
"a{color:$link}\n"
"a:focus-visible,[tabindex]:focus-visible{outline:3px solid $link;"
"outline-offset:2px}\n"
"p,ul,ol,dl{margin:.5rem 0}\n"
"dl.facts{display:grid;grid-template-columns:max-content 1fr;"
"gap:.25rem 1.25rem}\n"
"dl.facts dt{font-weight:600}\n"
"dl.facts dd{margin:0;overflow-wrap:anywhere}\n"
".verdict{font-weight:700}\n"
".muted{color:$muted}\n"
".scroll{overflow-x:auto;max-width:100%}\n"
"table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}\n"
"caption{text-align:left;font-weight:600;padding:.25rem 0 .5rem}\n"
"th,td{border:1px solid $rule;padding:.35rem .55rem;text-align:left;"
"vertical-align:top}\n"
"thead th{background:$head}\n"
"tbody th{font-weight:600}\n"
".num{text-align:right;font-variant-numeric:tabular-nums}\n"
"td.num{white-space:nowrap}\n"
"table.compact{width:auto;min-width:min(24rem,100%)}\n"
"table.wide{font-size:.875rem}\n"
"table.wide th,table.wide td{padding:.3rem .4rem}\n"
"table.wide .band{white-space:normal}\n"
"th .muted{font-weight:400}\n"
".band{display:inline-block;padding:0 .45rem;border-radius:.25rem;"
"font-weight:600;white-space:nowrap}\n"
".tone-good{color:$goodfg;background:$goodbg}\n"
".tone-mid{color:$midfg;background:$midbg}\n"
".tone-low{color:$lowfg;background:$lowbg}\n"
".bar{display:block;height:.6rem;margin-top:.3rem;min-width:4rem;"
"background:$track;border-radius:.3rem;overflow:hidden}\n"
".bar span{display:block;height:100%}\n"
".fill-good{background:$goodbar}\n"
".fill-mid{background:$midbar}\n"
".fill-low{background:$lowbar}\n"
"figure{margin:1rem 0 1.5rem}\n"
"figure>svg{display:block;width:100%;max-width:40rem;height:auto}\n"
"svg text{fill:$ink;font-family:inherit}\n"
"svg .axis-value{font-weight:700}\n"
"svg .tick{fill:$muted;paint-order:stroke;stroke:$paper;"
"stroke-width:3px}\n"
"svg .grid{fill:none;stroke:$grid;stroke-width:1}\n"
"svg .spoke{stroke:$grid;stroke-width:1}\n"
"svg .s-score{stroke:$score;fill:$score;fill-opacity:.12;"
"stroke-width:3}\n"
"svg .s-user{stroke:$user;fill:none;stroke-width:2.5;"
"stroke-dasharray:9 5}\n"
"svg .s-incl{stroke:$incl;fill:none;stroke-width:2.5;"
"stroke-dasharray:2 4;stroke-linecap:round}\n"
"svg .m-score{fill:$score}\n"
"svg .m-user{fill:$user}\n"
"svg .m-incl{fill:$incl}\n"
"figcaption ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;"
"gap:.25rem 1.5rem}\n"
"figcaption svg{display:inline-block;vertical-align:middle;"
"width:2.5rem;height:1rem;margin-right:.4rem}\n"
"ul.items{list-style:none;padding:0}\n"
"ul.items>li{border-left:4px solid $rule;padding:.25rem 0 .25rem .75rem;"
"margin:.75rem 0}\n"
".cid{font-weight:700;margin-right:.4rem}\n"
"dl.answer{display:grid;grid-template-columns:max-content 1fr;"
"gap:.15rem 1rem;margin:.35rem 0 0}\n"
"dl.answer dt{color:$muted}\n"
"dl.answer dd{margin:0;white-space:pre-line;overflow-wrap:anywhere}\n"
"details.guidance{margin:.35rem 0 0;max-width:52rem}\n"
"details.guidance summary{cursor:pointer;font-weight:600}\n"
"dl.answer dl.answer{margin:0}\n"
"ul.ids{display:flex;flex-wrap:wrap;gap:.25rem .75rem;list-style:none;"
"padding:0}\n"
"@media (max-width:36rem){dl.facts,dl.answer{grid-template-columns:1fr}"
"dl.facts dd,dl.answer dd{margin-bottom:.35rem}}\n"
"@media print{\n"
"body{font-size:10.5pt}\n"
"main,footer{max-width:none;padding:0}\n"
"a{color:inherit;text-decoration:none}\n"
".back{display:none}\n"
".scroll{overflow:visible}\n"
"section.service{break-before:page}\n"
"figure>svg{max-width:13cm}\n"
"h2,h3,h4,h5{break-after:avoid}\n"
"figure,tr,ul.items>li{break-inside:avoid}\n"
"*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
"@page{margin:1.5cm}\n"
"}\n";

struct html {
	FILE				*fp;
	enum aft_lang			 lang;
	const struct aft_catalog	*cat;
	struct aft_keep			 keep;
	const char			**label;	/* per service */
	const struct aft_summary	*summary;	/* of a batch */
};

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

static double
channel(uint32_t rgb, int shift)
{
	double c = (double)((rgb >> shift) & 0xff) / 255.0;

	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

static double
luminance(uint32_t rgb)
{
	return 0.2126 * channel(rgb, 16) + 0.7152 * channel(rgb, 8) +
	    0.0722 * channel(rgb, 0);
}

double
aft_contrast_ratio(uint32_t fg, uint32_t bg)
{
	double a = luminance(fg), b = luminance(bg);

	return a > b ? (a + 0.05) / (b + 0.05) : (b + 0.05) / (a + 0.05);
}

/* Writing. */

static void
put(struct html *h, const char *s)
{
	fputs(s, h->fp);
}

static void
out(struct html *h, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
out(struct html *h, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfprintf(h->fp, fmt, ap);
	va_end(ap);
}

/* Writes s escaped for HTML text and attribute values. */
static void
esc(struct html *h, const char *s)
{
	if (s != NULL)
		aft_esc_xml(h->fp, s, 0);
}

static const char *
msg(const struct html *h, enum aft_msg m)
{
	return aft_msg(h->lang, m);
}

/* A message formatted into buf, for text that is escaped afterwards. */
static const char *
msgf(const struct html *h, char *buf, size_t len, enum aft_msg m, ...)
{
	va_list ap;

	va_start(ap, m);
	vsnprintf(buf, len, aft_msg(h->lang, m), ap);
	va_end(ap);
	return buf;
}

/* Writes the style sheet, replacing each $name by its colour. */
static void
style(struct html *h)
{
	for (const char *s = css; *s != '\0'; s++) {
		size_t n = 0;

		if (*s != '$') {
			fputc(*s, h->fp);
			continue;
		}
		while (s[1 + n] >= 'a' && s[1 + n] <= 'z')
			n++;
		for (size_t i = 0; i < sizeof(palette) / sizeof(palette[0]);
		    i++)
			if (strlen(palette[i].name) == n &&
			    strncmp(palette[i].name, s + 1, n) == 0)
				out(h, "#%06x", (unsigned)palette[i].rgb);
		s += n;
	}
}

/* A coordinate with one decimal, never "-0.0". */
static void
coord(struct html *h, double v)
{
	char buf[AFT_NUMBUF];

	snprintf(buf, sizeof(buf), "%.1f", v);
	put(h, strcmp(buf, "-0.0") == 0 ? "0.0" : buf);
}

static void
point(struct html *h, struct aft_point p)
{
	coord(h, p.x);
	fputc(',', h->fp);
	coord(h, p.y);
}

/* A score for people ("81,3"), or the words for no score. */
static const char *
score_text(const struct html *h, char *buf, const struct aft_opt *o)
{
	return o->set ? aft_fmt_score(buf, o->v, h->lang) :
	    msg(h, AFT_M_D_NO_SCORE);
}

/* A score for machines ("81.3"), empty when there is none. */
static const char *
score_data(char *buf, const struct aft_opt *o)
{
	if (!o->set)
		return "";
	return aft_fmt_score(buf, o->v, AFT_LANG_EN);
}

/* The tone of a band: the best, the lowest, or one between. */
static const char *
tone(const struct aft_catalog *cat, size_t band)
{
	if (band == 0)
		return "good";
	if (band + 1 >= cat->nbands)
		return "low";
	return "mid";
}

static void
band_label(struct html *h, const struct aft_opt *o, size_t band)
{
	if (!o->set) {
		esc(h, msg(h, AFT_M_L_NVT));
		return;
	}
	out(h, "<span class=\"band tone-%s\">", tone(h->cat, band));
	esc(h, h->cat->bands[band].label.s[h->lang]);
	put(h, "</span>");
}

static void
heading(struct html *h, int level, const char *id, const char *text)
{
	out(h, "<h%d", level);
	if (id != NULL)
		out(h, " id=\"%s\"", id);
	put(h, ">");
	esc(h, text);
	out(h, "</h%d>\n", level);
}

/* The service block: facts, significance and completeness. */

static void
fact(struct html *h, enum aft_msg label, const char *value)
{
	if (value == NULL)
		return;
	put(h, "<dt>");
	esc(h, msg(h, label));
	put(h, "</dt><dd>");
	esc(h, value);
	put(h, "</dd>\n");
}

/* Makes a clause a sentence: an upper-case first letter (ASCII only). */
static void
capital(char *s)
{
	if (s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char)(s[0] - 'a' + 'A');
}

static void
about(struct html *h, const struct aft_result *res, const char *pre,
    int level)
{
	const struct aft_service	*s = &res->ans->service;
	char				 num[AFT_NUMBUF], buf[600];
	char				 id[64];

	snprintf(id, sizeof(id), "%s-about", pre);
	heading(h, level, id, msg(h, AFT_M_D_ABOUT));
	put(h, "<dl class=\"facts\">\n");
	fact(h, AFT_M_L_SERVICE, s->name);
	fact(h, AFT_M_L_ORGANISATION, s->organisation);
	fact(h, AFT_M_L_CONTACT, s->contact);
	if (s->type != AFT_STYPE_NONE)
		fact(h, AFT_M_L_TYPE, msg(h, s->type == AFT_STYPE_NIEUW ?
		    AFT_M_L_TYPE_NIEUW : AFT_M_L_TYPE_HERWERKING));
	fact(h, AFT_M_L_BUDGET, s->has_budget ?
	    aft_fmt_money(num, s->budget_eur, h->lang) :
	    msg(h, AFT_M_L_UNKNOWN));
	fact(h, AFT_M_L_USERS, s->has_users ?
	    aft_fmt_count(num, s->users, h->lang) : msg(h, AFT_M_L_UNKNOWN));
	if (s->assessed_on != NULL || s->assessor != NULL) {
		snprintf(buf, sizeof(buf), "%s%s%s",
		    s->assessed_on ? s->assessed_on : "",
		    s->assessed_on && s->assessor ? ", " : "",
		    s->assessor ? s->assessor : "");
		fact(h, AFT_M_L_ASSESSED, buf);
	}
	snprintf(buf, sizeof(buf), "%s %s", res->cat->id, res->cat->version);
	fact(h, AFT_M_L_CATALOG, buf);
	fact(h, AFT_M_D_FILE, res->ans->file);
	put(h, "</dl>\n");

	/* The verdict as a sentence, then its reason as another. */
	snprintf(buf, sizeof(buf), "%s", msg(h, res->sig.significant ==
	    AFT_YES ? AFT_M_SIG_YES : res->sig.significant == AFT_NO ?
	    AFT_M_SIG_NO : AFT_M_SIG_UNKNOWN));
	capital(buf);
	put(h, "<p><strong class=\"verdict\">");
	esc(h, buf);
	put(h, ".</strong> ");
	aft_fmt_reason(buf, sizeof(buf), &res->sig, res->cat, s, h->lang);
	capital(buf);
	esc(h, buf);
	put(h, ".</p>\n");

	put(h, "<p><strong>");
	esc(h, msg(h, AFT_M_L_COMPLETENESS));
	put(h, ":</strong> ");
	esc(h, msgf(h, buf, sizeof(buf), AFT_M_L_ANSWERED_OF, res->answered,
	    res->total));
	put(h, ".</p>\n");
	if (res->answered >= res->total)
		return;
	snprintf(id, sizeof(id), "%s-unanswered", pre);
	out(h, "<p id=\"%s\">", id);
	esc(h, msg(h, AFT_M_L_UNANSWERED));
	out(h, ":</p>\n<ul class=\"ids\" aria-labelledby=\"%s\">\n", id);
	for (size_t i = 0; i < res->cat->ncriteria; i++) {
		if (res->ans->answers[i].status != AFT_UNANSWERED)
			continue;
		put(h, "<li>");
		esc(h, res->cat->all[i]->id);
		put(h, "</li>\n");
	}
	put(h, "</ul>\n");
}

/* The radar chart. */

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
axis_label(struct html *h, const struct aft_principle_result *pr, size_t i,
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
	put(h, "<text x=\"");
	coord(h, end.x);
	put(h, "\" y=\"");
	coord(h, y);
	out(h, "\" text-anchor=\"%s\">", anchor);
	for (size_t k = 0; k < nl; k++) {
		char part[256];

		snprintf(part, sizeof(part), "%.*s", (int)len[k], line[k]);
		put(h, "<tspan class=\"axis-title\" x=\"");
		coord(h, end.x);
		out(h, "\"%s>", k > 0 ? " dy=\"18\"" : "");
		esc(h, part);
		put(h, "</tspan>");
	}
	put(h, "<tspan class=\"axis-value\" x=\"");
	coord(h, end.x);
	put(h, "\" dy=\"18\">");
	esc(h, score_text(h, num, &pr->score));
	put(h, "</tspan></text>\n");
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
marker(struct html *h, enum series s, struct aft_point p)
{
	switch (s) {
	case S_SCORE:
		put(h, "<circle class=\"m-score\" cx=\"");
		coord(h, p.x);
		put(h, "\" cy=\"");
		coord(h, p.y);
		put(h, "\" r=\"4.5\"/>");
		break;
	case S_USER:
		put(h, "<rect class=\"m-user\" x=\"");
		coord(h, p.x - 4);
		put(h, "\" y=\"");
		coord(h, p.y - 4);
		put(h, "\" width=\"8\" height=\"8\"/>");
		break;
	case S_INCL:
		put(h, "<polygon class=\"m-incl\" points=\"");
		coord(h, p.x);
		fputc(',', h->fp);
		coord(h, p.y - 5.5);
		fputc(' ', h->fp);
		coord(h, p.x + 5.5);
		fputc(',', h->fp);
		coord(h, p.y);
		fputc(' ', h->fp);
		coord(h, p.x);
		fputc(',', h->fp);
		coord(h, p.y + 5.5);
		fputc(' ', h->fp);
		coord(h, p.x - 5.5);
		fputc(',', h->fp);
		coord(h, p.y);
		put(h, "\"/>");
		break;
	}
}

static void
series(struct html *h, const struct aft_result *res, enum series s)
{
	struct aft_point c = { RADAR_CX, RADAR_CY };

	out(h, "<g data-series=\"%s\">\n", series_class[s]);
	out(h, "<polygon class=\"s-%s\" points=\"", series_class[s]);
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_opt *o = series_value(&res->pr[i], s);

		if (i > 0)
			fputc(' ', h->fp);
		/* No score draws at the centre; the table says why. */
		point(h, aft_radar_point(c, RADAR_R, i, res->npr,
		    o->set ? aft_round1(o->v) : 0));
	}
	put(h, "\"/>\n");
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_opt *o = series_value(&res->pr[i], s);

		marker(h, s, aft_radar_point(c, RADAR_R, i, res->npr,
		    o->set ? aft_round1(o->v) : 0));
	}
	put(h, "\n</g>\n");
}

/* A legend swatch: the series' line and marker. */
static void
swatch(struct html *h, enum series s)
{
	struct aft_point p = { 20, 8 };

	put(h, "<svg viewBox=\"0 0 40 16\" aria-hidden=\"true\" "
	    "focusable=\"false\">");
	out(h, "<line class=\"s-%s\" x1=\"2\" y1=\"8\" x2=\"38\" y2=\"8\"/>",
	    series_class[s]);
	marker(h, s, p);
	put(h, "</svg>");
}

static void
radar(struct html *h, const struct aft_result *res, const char *pre)
{
	struct aft_point	 c = { RADAR_CX, RADAR_CY };
	static const enum aft_msg names[] = {
		AFT_M_D_SERIES_SCORE, AFT_M_D_SERIES_USER, AFT_M_D_SERIES_INCL
	};
	char			 a[AFT_NUMBUF], b[AFT_NUMBUF];
	char			 d[AFT_NUMBUF], buf[512];

	out(h, "<figure class=\"radar\" id=\"%s-radar\">\n", pre);
	out(h, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
	    " role=\"img\" aria-labelledby=\"%s-radar-title %s-radar-desc\">\n",
	    RADAR_W, RADAR_H, pre, pre);
	out(h, "<title id=\"%s-radar-title\">", pre);
	esc(h, msg(h, AFT_M_D_RADAR_TITLE));
	out(h, "</title>\n<desc id=\"%s-radar-desc\">", pre);
	esc(h, msg(h, AFT_M_D_RADAR_SCALE));
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		fputc(' ', h->fp);
		esc(h, msgf(h, buf, sizeof(buf), AFT_M_D_RADAR_DESC,
		    pr->p->title.s[h->lang], score_text(h, a, &pr->score),
		    score_text(h, b, &pr->user),
		    score_text(h, d, &pr->inclusion)));
	}
	put(h, "</desc>\n");

	/* Rings at every quarter, with their values on the first axis. */
	for (int q = 1; q <= 4; q++) {
		put(h, "<polygon class=\"grid\" points=\"");
		for (size_t i = 0; i < res->npr; i++) {
			if (i > 0)
				fputc(' ', h->fp);
			point(h, aft_radar_point(c, RADAR_R, i, res->npr,
			    25.0 * q));
		}
		put(h, "\"/>\n");
	}
	for (int q = 1; q <= 4; q++) {
		struct aft_point p = aft_radar_point(c, RADAR_R, 0, res->npr,
		    25.0 * q);

		put(h, "<text class=\"tick\" font-size=\"12\" x=\"");
		coord(h, p.x + 5);
		put(h, "\" y=\"");
		coord(h, p.y + 13);
		out(h, "\">%d</text>\n", 25 * q);
	}
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result	*pr = &res->pr[i];
		struct aft_point			 end =
		    aft_radar_point(c, RADAR_R, i, res->npr, 100);

		put(h, "<g class=\"radar-axis\" data-principle=\"");
		esc(h, pr->p->id);
		out(h, "\" data-score=\"%s\"", score_data(a, &pr->score));
		out(h, " data-user=\"%s\"", score_data(b, &pr->user));
		out(h, " data-inclusion=\"%s\">\n",
		    score_data(d, &pr->inclusion));
		put(h, "<line class=\"spoke\" x1=\"");
		coord(h, c.x);
		put(h, "\" y1=\"");
		coord(h, c.y);
		put(h, "\" x2=\"");
		coord(h, end.x);
		put(h, "\" y2=\"");
		coord(h, end.y);
		put(h, "\"/>\n");
		axis_label(h, pr, i, res->npr);
		put(h, "</g>\n");
	}
	series(h, res, S_INCL);
	series(h, res, S_USER);
	series(h, res, S_SCORE);
	put(h, "</svg>\n<figcaption>\n<ul aria-label=\"");
	esc(h, msg(h, AFT_M_D_LEGEND));
	put(h, "\">\n");
	for (enum series s = S_SCORE; s <= S_INCL; s++) {
		put(h, "<li>");
		swatch(h, s);
		esc(h, msg(h, names[s]));
		put(h, "</li>\n");
	}
	put(h, "</ul>\n</figcaption>\n</figure>\n");
}

/* The scores table, with a bar beside each principle's score. */

static void
score_cell(struct html *h, const struct aft_opt *o, size_t band, bool bar)
{
	char num[AFT_NUMBUF];

	put(h, "<td class=\"num\">");
	esc(h, score_text(h, num, o));
	if (bar && o->set) {
		out(h, "<span class=\"bar\" aria-hidden=\"true\"><span "
		    "class=\"fill-%s\" style=\"width:", tone(h->cat, band));
		coord(h, aft_round1(o->v) < 0 ? 0 : aft_round1(o->v));
		put(h, "%\"></span></span>");
	}
	put(h, "</td>");
}

static void
th_col(struct html *h, enum aft_msg m, bool num)
{
	out(h, "<th scope=\"col\"%s>", num ? " class=\"num\"" : "");
	esc(h, msg(h, m));
	put(h, "</th>");
}

/*
 * Opens a table in a region that scrolls sideways when the table is
 * wider than the page; keyboard users can focus it to scroll.
 */
static void
table_start(struct html *h, const char *id, const char *caption,
    const char *name_id, const char *class)
{
	/* A region's name is unique on the page: prefix the service's. */
	out(h, "<div class=\"scroll\" role=\"region\" tabindex=\"0\" "
	    "aria-labelledby=\"%s%s%s\">\n<table%s%s%s>\n<caption id=\"%s\">",
	    name_id != NULL ? name_id : "", name_id != NULL ? " " : "", id,
	    class != NULL ? " class=\"" : "", class != NULL ? class : "",
	    class != NULL ? "\"" : "", id);
	esc(h, caption);
	put(h, "</caption>\n");
}

static void
scores_table(struct html *h, const struct aft_result *res, const char *pre)
{
	char id[64], title[64];

	snprintf(id, sizeof(id), "%s-scores-caption", pre);
	snprintf(title, sizeof(title), "%s-title", pre);
	table_start(h, id, msg(h, AFT_M_D_SCORES_CAPTION), title, NULL);
	put(h, "<thead><tr>");
	th_col(h, AFT_M_L_PRINCIPLE, false);
	th_col(h, AFT_M_L_SCORE, true);
	th_col(h, AFT_M_D_SERIES_USER, true);
	th_col(h, AFT_M_D_SERIES_INCL, true);
	th_col(h, AFT_M_L_BAND, false);
	put(h, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		put(h, "<tr><th scope=\"row\">");
		esc(h, pr->p->title.s[h->lang]);
		put(h, "</th>");
		score_cell(h, &pr->score, pr->band, true);
		score_cell(h, &pr->user, 0, false);
		score_cell(h, &pr->inclusion, 0, false);
		put(h, "<td>");
		band_label(h, &pr->score, pr->band);
		put(h, "</td></tr>\n");
	}
	put(h, "</tbody>\n<tfoot><tr><th scope=\"row\">");
	esc(h, msg(h, AFT_M_L_OVERALL));
	put(h, "</th>");
	score_cell(h, &res->overall, res->band, true);
	put(h, "<td></td><td></td><td>");
	band_label(h, &res->overall, res->band);
	put(h, "</td></tr></tfoot>\n</table>\n</div>\n");
}

/* Strengths and points of attention, grouped by principle. */

/* A fact of an answer; one the team left empty is left out. */
static void
answer_line(struct html *h, enum aft_msg label, const char *value)
{
	if (value != NULL && value[0] != '\0')
		fact(h, label, value);
}

/* A text of the catalog as one fact; left out when the catalog has none. */
static void
guidance_line(struct html *h, const char *label, const struct aft_text *t)
{
	if (!aft_text_given(t))
		return;
	put(h, "<dt>");
	esc(h, label);
	put(h, "</dt><dd>");
	esc(h, t->s[h->lang]);
	put(h, "</dd>\n");
}

/*
 * What the catalog says about reaching a higher level: the evidence, the
 * levels in practice, examples of evidence and a pitfall, folded away.
 */
static void
guidance(struct html *h, const struct aft_criterion *c)
{
	put(h, "<details class=\"guidance\">\n<summary>");
	esc(h, msg(h, AFT_M_D_GUIDANCE));
	put(h, "</summary>\n<dl class=\"answer\">\n");
	guidance_line(h, msg(h, AFT_M_L_GUIDANCE), &c->guidance);
	if (c->npractice > 0) {
		put(h, "<dt>");
		esc(h, msg(h, AFT_M_L_PRACTICE));
		put(h, "</dt><dd><dl class=\"answer\">\n");
		for (size_t i = 0; i < c->npractice; i++)
			guidance_line(h, h->cat->levels[
			    c->practice[i].level].label.s[h->lang],
			    &c->practice[i].text);
		put(h, "</dl></dd>\n");
	}
	guidance_line(h, msg(h, AFT_M_L_EVIDENCE), &c->evidence);
	guidance_line(h, msg(h, AFT_M_L_PITFALL), &c->pitfall);
	put(h, "</dl>\n</details>\n");
}

static void
item(struct html *h, const struct aft_result *res,
    const struct aft_crit_result *cr, bool attention)
{
	char num[AFT_NUMBUF], buf[64];

	put(h, "<li>\n<p><span class=\"cid\">");
	esc(h, cr->c->id);
	put(h, "</span>");
	esc(h, cr->c->text.s[h->lang]);
	put(h, "</p>\n<dl class=\"answer\">\n");
	answer_line(h, AFT_M_D_ANSWER, cr->status == AFT_ANSWERED ?
	    res->cat->levels[cr->a->level].label.s[h->lang] :
	    msg(h, AFT_M_D_NOT_ANSWERED));
	if (attention)
		answer_line(h, AFT_M_D_GAIN, msgf(h, buf, sizeof(buf),
		    AFT_M_D_GAIN_PTS, aft_fmt_score(num, cr->gain, h->lang)));
	answer_line(h, AFT_M_L_MOTIVATION, cr->a->motivation);
	answer_line(h, AFT_M_L_ACTIONS, cr->a->actions);
	put(h, "</dl>\n");
	if (attention)
		guidance(h, cr->c);
	put(h, "</li>\n");
}

static void
lists(struct html *h, const struct aft_result *res, const char *pre,
    int level, bool attention)
{
	char	id[64];
	size_t	total = 0;

	for (size_t i = 0; i < res->npr; i++)
		total += attention ? res->pr[i].nattention :
		    res->pr[i].nstrengths;
	snprintf(id, sizeof(id), "%s-%s", pre, attention ? "attention" :
	    "strengths");
	heading(h, level, id, msg(h, attention ? AFT_M_L_ATTENTION :
	    AFT_M_L_STRENGTHS));
	if (total == 0) {
		put(h, "<p>");
		esc(h, msg(h, AFT_M_L_NONE));
		put(h, "</p>\n");
		return;
	}
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result	*pr = &res->pr[i];
		size_t					 n = attention ?
		    pr->nattention : pr->nstrengths;
		const size_t				*idx = attention ?
		    pr->attention : pr->strengths;

		if (n == 0)
			continue;
		snprintf(id, sizeof(id), "%s-%s-%zu", pre, attention ?
		    "attention" : "strengths", i + 1);
		heading(h, level + 1, id, pr->p->title.s[h->lang]);
		out(h, "<ul class=\"items\" aria-labelledby=\"%s\">\n", id);
		for (size_t j = 0; j < n; j++)
			item(h, res, &pr->crit[idx[j]], attention);
		put(h, "</ul>\n");
	}
}

/* The gates given on the command line, each with its verdict. */
static void
gates(struct html *h, const struct aft_result *res, const char *pre,
    int level)
{
	char	id[64], buf[600];

	if (res->ngates == 0)
		return;
	snprintf(id, sizeof(id), "%s-gates", pre);
	heading(h, level, id, msg(h, AFT_M_L_GATES));
	put(h, "<p>");
	esc(h, aft_fmt_gates_count(buf, sizeof(buf), res, h->lang));
	put(h, "</p>\n");
	out(h, "<ul class=\"items\" aria-labelledby=\"%s\">\n", id);
	for (size_t i = 0; i < res->ngates; i++) {
		const struct aft_gate_result *gr = &res->gates[i];

		out(h, "<li><span class=\"band tone-%s\">",
		    gr->passed ? "good" : "low");
		esc(h, msg(h, gr->passed ? AFT_M_L_GATE_PASSED :
		    AFT_M_L_GATE_FAILED));
		put(h, "</span> ");
		esc(h, aft_fmt_gate(buf, sizeof(buf), gr, h->lang));
		put(h, "</li>\n");
	}
	put(h, "</ul>\n");
}

/*
 * One assessment.  pre makes its ids unique on the page; level is the
 * level of its section headings (2 alone, 3 under a portfolio).
 */
static void
assessment(struct html *h, const struct aft_result *res, const char *pre,
    int level)
{
	char id[64];

	about(h, res, pre, level);
	snprintf(id, sizeof(id), "%s-scores", pre);
	heading(h, level, id, msg(h, AFT_M_D_SCORES));
	radar(h, res, pre);
	scores_table(h, res, pre);
	lists(h, res, pre, level, false);
	lists(h, res, pre, level, true);
	gates(h, res, pre, level);
}

/* A row of the statistics table: mean, median, minimum and where. */
static void
stats_row(struct html *h, const char *title, const struct aft_stats *st)
{
	struct aft_opt o;

	put(h, "<tr><th scope=\"row\">");
	esc(h, title);
	put(h, "</th>");
	o.set = aft_stats_mean(st, &o.v);
	score_cell(h, &o, 0, false);
	o.set = aft_stats_median(st, &o.v);
	score_cell(h, &o, 0, false);
	o.set = st->n > 0;
	o.v = o.set ? st->v[st->min_at] : 0;
	score_cell(h, &o, 0, false);
	put(h, "<td>");
	if (st->n > 0) {
		esc(h, st->min_service);
		put(h, "<br><span class=\"muted\">");
		esc(h, st->min_file);
		put(h, "</span>");
	}
	put(h, "</td></tr>\n");
}

/*
 * The portfolio summary the library keeps for a batch (aftoets/summary.h):
 * counts, the overall score by band, per-principle statistics, the most
 * frequent points of attention, and significant services that are not
 * complete.
 */
static void
portfolio_summary(struct html *h)
{
	const struct aft_summary	*s = h->summary;
	size_t				 idx[10], ntop;
	char				 buf[256];

	if (s == NULL)
		return;
	heading(h, 2, "summary", msg(h, AFT_M_D_SUMMARY_TITLE));
	table_start(h, "bands-caption", msg(h, AFT_M_D_SUMMARY_BANDS), NULL,
	    "compact");
	put(h, "<thead><tr>");
	th_col(h, AFT_M_L_BAND, false);
	th_col(h, AFT_M_D_SERVICES, true);
	put(h, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < h->cat->nbands; i++) {
		out(h, "<tr><th scope=\"row\"><span class=\"band tone-%s\">",
		    tone(h->cat, i));
		esc(h, h->cat->bands[i].label.s[h->lang]);
		out(h, "</span></th><td class=\"num\">%zu</td></tr>\n",
		    s->bands[i]);
	}
	if (s->bands[h->cat->nbands] > 0) {
		put(h, "<tr><th scope=\"row\">");
		esc(h, msg(h, AFT_M_D_NO_SCORE));
		out(h, "</th><td class=\"num\">%zu</td></tr>\n",
		    s->bands[h->cat->nbands]);
	}
	put(h, "</tbody>\n</table>\n</div>\n");

	table_start(h, "stats-caption", msg(h, AFT_M_D_STATS_CAPTION), NULL,
	    NULL);
	put(h, "<thead><tr>");
	th_col(h, AFT_M_L_PRINCIPLE, false);
	th_col(h, AFT_M_L_MEAN, true);
	th_col(h, AFT_M_L_MEDIAN, true);
	th_col(h, AFT_M_L_MIN, true);
	th_col(h, AFT_M_L_LOWEST, false);
	put(h, "</tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < h->cat->nprinciples; i++)
		stats_row(h, h->cat->principles[i].title.s[h->lang],
		    &s->principles[i]);
	put(h, "</tbody>\n<tfoot>\n");
	stats_row(h, msg(h, AFT_M_L_OVERALL), &s->overall);
	put(h, "</tfoot>\n</table>\n</div>\n");

	if ((ntop = aft_summary_top(s, idx, 10)) > 0) {
		table_start(h, "top-caption", msg(h, AFT_M_L_TOP_ATTENTION),
		    NULL, NULL);
		put(h, "<thead><tr>");
		th_col(h, AFT_M_L_CRITERION, false);
		th_col(h, AFT_M_D_SERVICES, true);
		th_col(h, AFT_M_L_TEXT, false);
		put(h, "</tr></thead>\n<tbody>\n");
		for (size_t i = 0; i < ntop; i++) {
			const struct aft_criterion *c = h->cat->all[idx[i]];

			put(h, "<tr><th scope=\"row\">");
			esc(h, c->id);
			out(h, "</th><td class=\"num\">%zu</td><td>",
			    s->attention[idx[i]]);
			esc(h, c->text.s[h->lang]);
			put(h, "</td></tr>\n");
		}
		put(h, "</tbody>\n</table>\n</div>\n");
	}

	if (s->nchase > 0) {
		table_start(h, "chase-caption", msg(h, AFT_M_L_CHASE), NULL,
		    NULL);
		put(h, "<thead><tr>");
		th_col(h, AFT_M_L_SERVICE, false);
		th_col(h, AFT_M_D_FILE, false);
		th_col(h, AFT_M_L_COMPLETENESS, false);
		put(h, "</tr></thead>\n<tbody>\n");
		for (size_t i = 0; i < s->nchase; i++) {
			put(h, "<tr><th scope=\"row\">");
			esc(h, s->chase[i].service);
			put(h, "</th><td>");
			esc(h, s->chase[i].file);
			put(h, "</td><td>");
			esc(h, msgf(h, buf, sizeof(buf), AFT_M_L_ANSWERED_OF,
			    s->chase[i].answered, s->chase[i].total));
			put(h, "</td></tr>\n");
		}
		put(h, "</tbody>\n</table>\n</div>\n");
	}
}

/* The portfolio: one row per service, linking to its section. */

static void
overview(struct html *h)
{
	const struct aft_summary	*s = h->summary;
	size_t				 k = 0;
	char				 buf[256];

	heading(h, 2, "overview", msg(h, AFT_M_D_OVERVIEW));
	if (s != NULL) {
		put(h, "<p>");
		esc(h, msgf(h, buf, sizeof(buf), AFT_M_D_SUMMARY, s->count));
		if (s->failed > 0) {
			put(h, " ");
			esc(h, msgf(h, buf, sizeof(buf), AFT_M_D_SUMMARY_FAILED,
			    s->failed));
		}
		put(h, " <strong>");
		esc(h, msg(h, AFT_M_L_SIGNIFICANCE));
		put(h, ":</strong> ");
		esc(h, msgf(h, buf, sizeof(buf), AFT_M_L_SIG_COUNTS,
		    s->sig[AFT_YES], s->sig[AFT_NO], s->sig[AFT_UNKNOWN]));
		put(h, ".</p>\n");
	}
	table_start(h, "overview-caption", msg(h, AFT_M_D_OVERVIEW_CAPTION),
	    NULL, "wide");
	put(h, "<thead><tr>");
	th_col(h, AFT_M_L_SERVICE, false);
	th_col(h, AFT_M_D_SIGNIFICANT, false);
	th_col(h, AFT_M_L_OVERALL, true);
	th_col(h, AFT_M_L_BAND, false);
	for (size_t i = 0; i < h->cat->nprinciples; i++) {
		put(h, "<th scope=\"col\" class=\"num\">");
		esc(h, h->cat->principles[i].title.s[h->lang]);
		put(h, "</th>");
	}
	th_col(h, AFT_M_L_COMPLETENESS, true);
	put(h, "</tr></thead>\n<tbody>\n");
	for (const struct aft_kept *kp = h->keep.head; kp != NULL;
	    kp = kp->next) {
		const struct aft_result *res = kp->res;

		out(h, "<tr><th scope=\"row\"><a href=\"#svc-%zu\">", k + 1);
		esc(h, h->label[k++]);
		put(h, "</a>");
		if (res->ans->service.organisation != NULL) {
			put(h, "<br><span class=\"muted\">");
			esc(h, res->ans->service.organisation);
			put(h, "</span>");
		}
		put(h, "</th><td>");
		esc(h, msg(h, res->sig.significant == AFT_YES ? AFT_M_D_YES :
		    res->sig.significant == AFT_NO ? AFT_M_D_NO :
		    AFT_M_L_UNKNOWN));
		put(h, "</td>");
		score_cell(h, &res->overall, res->band, true);
		put(h, "<td>");
		band_label(h, &res->overall, res->band);
		put(h, "</td>");
		for (size_t i = 0; i < res->npr; i++)
			score_cell(h, &res->pr[i].score, res->pr[i].band,
			    false);
		out(h, "<td class=\"num\">%zu/%zu</td></tr>\n", res->answered,
		    res->total);
	}
	put(h, "</tbody>\n</table>\n</div>\n");
}

static void
failures(struct html *h, int level)
{
	if (h->keep.nfail == 0)
		return;
	heading(h, level, "not-scored", msg(h, AFT_M_D_NOT_SCORED));
	put(h, "<p>");
	esc(h, msg(h, AFT_M_D_NOT_SCORED_INTRO));
	put(h, "</p>\n<ul>\n");
	for (const struct aft_kept_fail *f = h->keep.fhead; f != NULL;
	    f = f->next) {
		put(h, "<li><strong>");
		esc(h, f->file);
		put(h, "</strong>");
		if (f->ndiags > 0)
			put(h, "\n<ul>\n");
		for (size_t i = 0; i < f->ndiags; i++) {
			const struct aft_diag *g = &f->diags[i];

			put(h, "<li>");
			if (g->loc.line > 0)
				out(h, "%u:%u: ", g->loc.line, g->loc.col);
			esc(h, g->msg);
			put(h, "</li>\n");
		}
		if (f->nerr > f->ndiags) {
			char buf[64];

			put(h, "<li>");
			esc(h, msgf(h, buf, sizeof(buf), AFT_M_C_MORE,
			    f->nerr - f->ndiags));
			put(h, "</li>\n");
		}
		if (f->ndiags > 0)
			put(h, "</ul>\n");
		put(h, "</li>\n");
	}
	put(h, "</ul>\n");
}

static void
page_start(struct html *h, const char *title, const char *id)
{
	out(h, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"aftoets %s\">\n<title>",
	    h->lang == AFT_LANG_EN ? "en" : "nl", AFT_VERSION);
	esc(h, title);
	put(h, "</title>\n<style>\n");
	style(h);
	out(h, "</style>\n</head>\n<body>\n<main>\n<h1 id=\"%s\">", id);
	esc(h, title);
	put(h, "</h1>\n");
}

static void
page_end(struct html *h)
{
	char buf[256];

	put(h, "</main>\n<footer>\n<p>");
	esc(h, msgf(h, buf, sizeof(buf), AFT_M_D_MADE, AFT_VERSION,
	    h->cat->id, h->cat->version));
	put(h, "</p>\n</footer>\n</body>\n</html>\n");
}

static void
single(struct html *h)
{
	const struct aft_result	*res = h->keep.head != NULL ?
	    h->keep.head->res : NULL;
	char			 title[512];

	if (res != NULL)
		msgf(h, title, sizeof(title), AFT_M_D_TITLE_ONE,
		    res->ans->service.name);
	else
		snprintf(title, sizeof(title), "%s",
		    msg(h, AFT_M_D_NOT_SCORED));
	page_start(h, title, "svc-1-title");
	if (res != NULL)
		assessment(h, res, "svc-1", 2);
	failures(h, 2);
	page_end(h);
}

struct slot {
	const char	*text;
	size_t		 pos;
};

static int
by_text(const void *a, const void *b)
{
	return strcmp(((const struct slot *)a)->text,
	    ((const struct slot *)b)->text);
}

/* Marks in same[] each of the n labels that another label equals. */
static int
find_same(const char *const *label, size_t n, bool *same)
{
	struct slot *v;

	if ((v = calloc(n + 1, sizeof(*v))) == NULL)
		return -1;
	for (size_t i = 0; i < n; i++) {
		v[i].text = label[i];
		v[i].pos = i;
	}
	qsort(v, n, sizeof(*v), by_text);
	for (size_t i = 0; i < n; i++)
		same[v[i].pos] = (i > 0 &&
		    strcmp(v[i].text, v[i - 1].text) == 0) ||
		    (i + 1 < n && strcmp(v[i].text, v[i + 1].text) == 0);
	free(v);
	return 0;
}

/*
 * Names each service for its heading and overview link: its name, with
 * its file when another service has the same name, and its position when
 * even that is not enough.  Headings name landmarks, which must differ.
 */
static int
label_services(struct html *h)
{
	size_t	n = h->keep.n, k = 0;
	bool	*same;
	int	 rc = AFT_ENOMEM;

	h->label = aft_arena_calloc(&h->keep.arena, n + 1, sizeof(*h->label));
	if (h->label == NULL || (same = calloc(n + 1, sizeof(*same))) == NULL)
		return AFT_ENOMEM;
	for (const struct aft_kept *kp = h->keep.head; kp != NULL;
	    kp = kp->next)
		h->label[k++] = kp->res->ans->service.name;
	if (find_same(h->label, n, same) != 0)
		goto done;
	k = 0;
	for (const struct aft_kept *kp = h->keep.head; kp != NULL;
	    kp = kp->next, k++)
		if (same[k] && (h->label[k] = aft_arena_printf(&h->keep.arena,
		    "%s (%s)", kp->res->ans->service.name,
		    kp->res->ans->file)) == NULL)
			goto done;
	if (find_same(h->label, n, same) != 0)
		goto done;
	for (k = 0; k < n; k++)
		if (same[k] && (h->label[k] = aft_arena_printf(&h->keep.arena,
		    "%s (%zu)", h->label[k], k + 1)) == NULL)
			goto done;
	rc = AFT_OK;
done:
	free(same);
	return rc;
}

static void
portfolio(struct html *h)
{
	char	title[256], pre[32];
	size_t	k = 0;

	page_start(h, msgf(h, title, sizeof(title), AFT_M_D_TITLE_MANY,
	    h->keep.n), "title");
	overview(h);
	portfolio_summary(h);
	failures(h, 2);
	for (const struct aft_kept *kp = h->keep.head; kp != NULL;
	    kp = kp->next) {
		snprintf(pre, sizeof(pre), "svc-%zu", k + 1);
		out(h, "<section class=\"service\" id=\"%s\" "
		    "aria-labelledby=\"%s-title\">\n", pre, pre);
		out(h, "<h2 id=\"%s-title\">", pre);
		esc(h, h->label[k++]);
		put(h, "</h2>\n");
		assessment(h, kp->res, pre, 3);
		put(h, "<p class=\"back\"><a href=\"#overview\">");
		esc(h, msg(h, AFT_M_D_BACK));
		put(h, "</a></p>\n</section>\n");
	}
	page_end(h);
}

static int
html_begin(struct aft_report *r)
{
	struct html *h = calloc(1, sizeof(*h));

	if (h == NULL)
		return AFT_ENOMEM;
	aft_keep_init(&h->keep);
	h->lang = r->opt.lang;
	h->cat = r->cat;
	r->state = h;
	return AFT_OK;
}

static int
html_one(struct aft_report *r, const struct aft_result *res)
{
	struct html *h = r->state;

	return aft_keep_result(&h->keep, res);
}

static int
html_fail(struct aft_report *r, const char *file, const struct aft_diags *d)
{
	struct html *h = r->state;

	return aft_keep_fail(&h->keep, file, d, FAIL_DIAGS);
}

static int
html_end(struct aft_report *r)
{
	struct html	*h = r->state;
	int		 rc;

	if (h == NULL)
		return AFT_OK;
	h->fp = r->fp;
	h->summary = r->summary;
	rc = r->opt.multi ? label_services(h) : AFT_OK;
	if (rc == AFT_OK) {
		if (r->opt.multi)
			portfolio(h);
		else
			single(h);
		rc = ferror(h->fp) ? AFT_EIO : AFT_OK;
	}
	aft_keep_fini(&h->keep);
	free(h);
	r->state = NULL;
	return rc;
}

const struct aft_report_ops aft_report_html = {
	.name = "html",
	.streaming = false,
	.begin = html_begin,
	.one = html_one,
	.fail = html_fail,
	.end = html_end,
};
