/*
 * Parts of the HTML report that can be tested on their own: the radar
 * chart's geometry and the colour palette with its contrast ratios.
 * Library-private; nothing here allocates.
 */
#ifndef AFTOETS_REPORT_HTML_H
#define AFTOETS_REPORT_HTML_H

#include <stddef.h>
#include <stdint.h>

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

#endif
