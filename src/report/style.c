/*
 * The html format's style sheet and palette.  The style sheet names its
 * colours ($ink and so on) and gets them from the palette as it is
 * written; every pair of them drawn one on the other is listed with the
 * contrast it needs (aft_html_pairs), which the unit test checks
 * against WCAG AA.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/html_internal.h"

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

void
aft_html_css(FILE *fp, const char *sheet)
{
	for (const char *s = sheet; *s != '\0'; s++) {
		size_t n = 0;

		if (*s != '$') {
			fputc(*s, fp);
			continue;
		}
		while (s[1 + n] >= 'a' && s[1 + n] <= 'z')
			n++;
		for (size_t i = 0; i < sizeof(palette) / sizeof(palette[0]);
		    i++)
			if (strlen(palette[i].name) == n &&
			    strncmp(palette[i].name, s + 1, n) == 0)
				fprintf(fp, "#%06x", (unsigned)palette[i].rgb);
		s += n;
	}
}

/*
 * The style sheet with its colours filled in, made once (before any
 * page is written, and so before any worker thread) by
 * aft_html_style_init(); NULL until then, or without memory.
 */
static char	*sheet;
static size_t	 sheet_len;

void
aft_html_style_init(void)
{
	FILE *fp;

	if (sheet != NULL || (fp = open_memstream(&sheet, &sheet_len)) == NULL)
		return;
	aft_html_css(fp, css);
	if (fclose(fp) != 0) {
		free(sheet);
		sheet = NULL;
	}
}

void
aft_html_style(FILE *fp)
{
	if (sheet != NULL)
		fwrite(sheet, 1, sheet_len, fp);
	else
		aft_html_css(fp, css);
}
