/*
 * The sheets of one assessment in the xlsx format: the overview block
 * (the service, its significance, the principle scores coloured by band,
 * the gates, the notes on answers under replaced ids and a native radar
 * chart) and the criteria table (every criterion with its answer,
 * points, motivation and actions).  Alone they are two sheets; in a
 * portfolio, one sheet per service holds both.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "aftoets/gate.h"
#include "report/xlsx_internal.h"

/*
 * Widths of the criterion text and the note columns, and of columns 1
 * to 4 of the overview together; a line's height.
 */
#define W_TEXT		60
#define W_NOTE		45
#define W_OVERVIEW	69
#define LINE_H		15.0

static size_t
max_of(size_t a, size_t b)
{
	return a > b ? a : b;
}

/*
 * How many lines s takes when wrapped at spaces in a column width
 * characters wide.  Readers do not grow rows to fit wrapped text when
 * they open a file, so the writer sets each row's height from this.
 */
static size_t
wrapped_lines(const char *s, double width)
{
	size_t	lines = 1, col = 0, word = 0;
	/* A column fits about 1.15 characters of text per unit of width. */
	size_t	max = width > 4 ? (size_t)(width * 1.15) - 2 : 2;

	for (; s != NULL && *s != '\0'; s++) {
		if (((unsigned char)*s & 0xC0) == 0x80)
			continue;
		if (*s == '\n') {
			lines++;
			col = word = 0;
		} else if (*s == ' ') {
			col++;
			word = 0;
		} else {
			col++;
			word++;
			if (col > max) {
				/* The word moves to the next line whole. */
				lines++;
				col = word <= max ? word : 1;
				if (word > max)
					word = 1;
			}
		}
	}
	return lines;
}

/*
 * The gates given on the command line from row, when there are any: how
 * many passed, then each with its verdict.  Returns the first free row.
 */
static lxw_row_t
gates(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    const struct aft_result *res)
{
	char	buf[600];

	if (res->ngates == 0)
		return row;
	aft_xlsx_label(x, ws, row, AFT_M_L_GATES);
	aft_xlsx_text(x, ws, row++, 1, aft_fmt_gates_count(buf, sizeof(buf),
	    res, x->lang), AFT_XF_TEXT);
	for (size_t i = 0; i < res->ngates; i++, row++) {
		const struct aft_gate_result *gr = &res->gates[i];

		aft_xlsx_msgcell(x, ws, row, 0, gr->passed ?
		    AFT_M_L_GATE_PASSED : AFT_M_L_GATE_FAILED, gr->passed ?
		    AFT_XF_BAND_GOOD : AFT_XF_BAND_LOW);
		aft_xlsx_check(x, x->lib->worksheet_merge_range(ws, row, 1, row,
		    4, aft_fmt_gate(buf, sizeof(buf), gr, x->lang),
		    x->f[AFT_XF_TEXT]));
	}
	return row + 1;
}

/*
 * The answers under replaced ids from row, when there are any: each
 * with its line and note, wrapped over the table's width.  Returns the
 * first free row.
 */
static lxw_row_t
notes(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    const struct aft_result *res)
{
	char	at[64], note[1024], buf[1100];

	if (res->ans->nreplaced == 0)
		return row;
	aft_xlsx_label(x, ws, row, AFT_M_L_NOTES);
	for (size_t i = 0; i < res->ans->nreplaced; i++, row++) {
		const struct aft_replaced *v = &res->ans->replaced[i];

		snprintf(at, sizeof(at), aft_msg(x->lang, AFT_M_L_AT_LINE),
		    v->loc.line);
		snprintf(buf, sizeof(buf), "%s: %s", at, aft_fmt_replaced(note,
		    sizeof(note), v, res->cat, x->lang));
		aft_xlsx_check(x, x->lib->worksheet_merge_range(ws, row, 1,
		    row, 4, buf, x->f[AFT_XF_WRAP]));
		aft_xlsx_check(x, x->lib->worksheet_set_row(ws, row, LINE_H *
		    (double)wrapped_lines(buf, W_OVERVIEW), NULL));
	}
	return row + 1;
}

/*
 * The overview block of one assessment from row 0: title, the service,
 * significance, completeness, the scores table, the gates, the notes
 * and the radar chart.
 * Returns the first free row.
 */
lxw_row_t
aft_xlsx_overview(struct aft_xlsx *x, lxw_worksheet *ws, const char *sheetname,
    const struct aft_result *res)
{
	const struct aft_service	*s = &res->ans->service;
	enum aft_lang			 lang = x->lang;
	char				 buf[600];
	lxw_row_t			 row = 2, head, first;
	lxw_chart			*chart;
	static const enum aft_msg	 cols[] = {
		AFT_M_L_PRINCIPLE, AFT_M_L_SCORE, AFT_M_D_SERIES_USER,
		AFT_M_D_SERIES_INCL, AFT_M_L_BAND
	};

	snprintf(buf, sizeof(buf), aft_msg(lang, AFT_M_D_TITLE_ONE), s->name);
	aft_xlsx_text(x, ws, 0, 0, buf, AFT_XF_TITLE);
	aft_xlsx_label(x, ws, row, AFT_M_L_SERVICE);
	aft_xlsx_text(x, ws, row++, 1, s->name, AFT_XF_TEXT);
	if (s->organisation != NULL) {
		aft_xlsx_label(x, ws, row, AFT_M_L_ORGANISATION);
		aft_xlsx_text(x, ws, row++, 1, s->organisation, AFT_XF_TEXT);
	}
	if (s->contact != NULL) {
		aft_xlsx_label(x, ws, row, AFT_M_L_CONTACT);
		aft_xlsx_text(x, ws, row++, 1, s->contact, AFT_XF_TEXT);
	}
	if (s->type != AFT_STYPE_NONE) {
		aft_xlsx_label(x, ws, row, AFT_M_L_TYPE);
		aft_xlsx_msgcell(x, ws, row++, 1, s->type == AFT_STYPE_NIEUW ?
		    AFT_M_L_TYPE_NIEUW : AFT_M_L_TYPE_HERWERKING, AFT_XF_TEXT);
	}
	aft_xlsx_label(x, ws, row, AFT_M_L_BUDGET);
	if (s->has_budget)
		aft_xlsx_number(x, ws, row++, 1, s->budget_eur, s->budget_eur ==
		    floor(s->budget_eur) ? AFT_XF_MONEY : AFT_XF_MONEY_CENTS);
	else
		aft_xlsx_msgcell(x, ws, row++, 1, AFT_M_L_UNKNOWN, AFT_XF_TEXT);
	aft_xlsx_label(x, ws, row, AFT_M_L_USERS);
	if (s->has_users)
		aft_xlsx_number(x, ws, row++, 1, s->users, AFT_XF_INT);
	else
		aft_xlsx_msgcell(x, ws, row++, 1, AFT_M_L_UNKNOWN, AFT_XF_TEXT);
	if (s->assessed_on != NULL) {
		aft_xlsx_label(x, ws, row, AFT_M_L_ASSESSED);
		aft_xlsx_text(x, ws, row++, 1, s->assessed_on, AFT_XF_TEXT);
	}
	if (s->assessor != NULL) {
		aft_xlsx_label(x, ws, row, AFT_M_L_ASSESSOR);
		aft_xlsx_text(x, ws, row++, 1, s->assessor, AFT_XF_TEXT);
	}
	snprintf(buf, sizeof(buf), "%s %s", res->cat->id, res->cat->version);
	aft_xlsx_label(x, ws, row, AFT_M_L_CATALOG);
	aft_xlsx_text(x, ws, row++, 1, buf, AFT_XF_TEXT);
	if (aft_text_given(&res->cat->notice)) {
		char *tmp;

		/* A paragraph: wrapped over the table's width, as below. */
		aft_xlsx_label(x, ws, row, AFT_M_L_NOTICE);
		aft_xlsx_check(x, x->lib->worksheet_merge_range(ws, row, 1,
		    row, 4, aft_xlsx_guarded(x, res->cat->notice.s[lang],
		    &tmp), x->f[AFT_XF_WRAP]));
		free(tmp);
		aft_xlsx_check(x, x->lib->worksheet_set_row(ws, row++, 75,
		    NULL));
	}
	aft_xlsx_label(x, ws, row, AFT_M_D_FILE);
	aft_xlsx_text(x, ws, row++, 1, res->ans->file, AFT_XF_TEXT);
	row++;
	aft_xlsx_label(x, ws, row, AFT_M_L_SIGNIFICANCE);
	aft_xlsx_msgcell(x, ws, row++, 1, res->sig.significant == AFT_YES ?
	    AFT_M_SIG_YES : res->sig.significant == AFT_NO ? AFT_M_SIG_NO :
	    AFT_M_SIG_UNKNOWN, AFT_XF_LABEL);
	aft_fmt_reason(buf, sizeof(buf), &res->sig, res->cat, s, lang);
	/* A sentence: wrapped over the table's width, on a taller row. */
	aft_xlsx_check(x, x->lib->worksheet_merge_range(ws, row, 1, row, 4, buf,
	    x->f[AFT_XF_WRAP]));
	aft_xlsx_check(x, x->lib->worksheet_set_row(ws, row++, 45, NULL));
	aft_xlsx_label(x, ws, row, AFT_M_D_ANSWERED);
	aft_xlsx_number(x, ws, row++, 1, (double)res->answered, AFT_XF_INT);
	aft_xlsx_label(x, ws, row, AFT_M_D_TOTAL);
	aft_xlsx_number(x, ws, row++, 1, (double)res->total, AFT_XF_INT);
	row++;

	head = row;
	for (lxw_col_t c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		aft_xlsx_msgcell(x, ws, head, c, cols[c], c >= 1 && c <= 3 ?
		    AFT_XF_HEAD_C : AFT_XF_HEAD);
	first = ++row;
	for (size_t i = 0; i < res->npr; i++, row++) {
		const struct aft_principle_result *pr = &res->pr[i];

		aft_xlsx_text(x, ws, row, 0, pr->p->title.s[lang], AFT_XF_TEXT);
		aft_xlsx_score(x, ws, row, 1, &pr->score, pr->band, true);
		aft_xlsx_score(x, ws, row, 2, &pr->user, 0, false);
		aft_xlsx_score(x, ws, row, 3, &pr->inclusion, 0, false);
		aft_xlsx_band(x, ws, row, 4, &pr->score, pr->band);
	}
	aft_xlsx_msgcell(x, ws, row, 0, AFT_M_L_OVERALL, AFT_XF_LABEL);
	aft_xlsx_score(x, ws, row, 1, &res->overall, res->band, true);
	aft_xlsx_band(x, ws, row, 4, &res->overall, res->band);
	row += 2;
	row = gates(x, ws, row, res);
	row = notes(x, ws, row, res);

	/* A native radar chart over the table: one series per column. */
	if ((chart = x->lib->workbook_add_chart(x->wb,
	    LXW_CHART_RADAR_WITH_MARKERS)) == NULL) {
		x->failed = true;
		return row;
	}
	{
		static const struct {
			uint32_t	color;
			uint8_t		dash, marker;
		} look[3] = {
			{ 0x1d4ed8, LXW_CHART_LINE_DASH_SOLID,
			    LXW_CHART_MARKER_CIRCLE },
			{ 0x7c3aed, LXW_CHART_LINE_DASH_DASH,
			    LXW_CHART_MARKER_SQUARE },
			{ 0x0f766e, LXW_CHART_LINE_DASH_ROUND_DOT,
			    LXW_CHART_MARKER_DIAMOND },
		};
		lxw_row_t last = first + (lxw_row_t)res->npr - 1;

		for (int k = 0; k < 3; k++) {
			lxw_chart_series	*se;
			lxw_chart_line		 line = { 0 };
			lxw_chart_fill		 fill = { 0 };

			if ((se = x->lib->chart_add_series(chart, NULL,
			    NULL)) == NULL) {
				x->failed = true;
				return row;
			}
			x->lib->chart_series_set_categories(se, sheetname,
			    first, 0, last, 0);
			x->lib->chart_series_set_values(se, sheetname, first,
			    (lxw_col_t)(k + 1), last, (lxw_col_t)(k + 1));
			x->lib->chart_series_set_name_range(se, sheetname, head,
			    (lxw_col_t)(k + 1));
			line.color = look[k].color;
			line.width = k == 0 ? 2.75f : 2.0f;
			line.dash_type = look[k].dash;
			x->lib->chart_series_set_line(se, &line);
			x->lib->chart_series_set_marker_type(se,
			    look[k].marker);
			x->lib->chart_series_set_marker_size(se, 7);
			fill.color = look[k].color;
			x->lib->chart_series_set_marker_fill(se, &fill);
			x->lib->chart_series_set_marker_line(se, &line);
		}
	}
	x->lib->chart_title_set_name(chart, aft_msg(lang, AFT_M_D_RADAR_TITLE));
	x->lib->chart_axis_set_min(chart->y_axis, 0);
	x->lib->chart_axis_set_max(chart->y_axis, 100);
	x->lib->chart_axis_set_major_unit(chart->y_axis, 25);
	x->lib->chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
	{
		lxw_chart_options opt = { 0 };

		opt.x_offset = 10;
		opt.y_offset = 5;
		opt.x_scale = 1.15;
		opt.y_scale = 1.45;
		aft_xlsx_check(x, x->lib->worksheet_insert_chart_opt(ws, 0, 6,
		    chart, &opt));
	}
	/* Keep the chart (about 25 rows) clear of what follows. */
	return row < 28 ? 28 : row;
}

/*
 * The criteria table of one assessment from row: every criterion in
 * catalog order.  Returns the first free row.
 */
lxw_row_t
aft_xlsx_criteria(struct aft_xlsx *x, lxw_worksheet *ws, lxw_row_t row,
    const struct aft_result *res)
{
	static const enum aft_msg cols[] = {
		AFT_M_L_PRINCIPLE, AFT_M_D_ID, AFT_M_L_KIND, AFT_M_L_WEIGHT,
		AFT_M_D_ANSWER, AFT_M_D_POINTS, AFT_M_D_MAX_POINTS,
		AFT_M_L_SCORE, AFT_M_D_GAIN_COL, AFT_M_D_OUTCOME,
		AFT_M_L_CRITERION, AFT_M_L_MOTIVATION, AFT_M_L_ACTIONS
	};
	enum aft_lang	lang = x->lang;
	lxw_row_t	head = row;
	size_t		lines;

	for (lxw_col_t c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		aft_xlsx_msgcell(x, ws, row, c, cols[c],
		    c == 3 || (c >= 5 && c <= 8) ? AFT_XF_HEAD_C : AFT_XF_HEAD);
	/* Room for headers that wrap: readers do not grow the row. */
	aft_xlsx_check(x, x->lib->worksheet_set_row(ws, row++, 30, NULL));
	for (size_t i = 0; i < res->npr; i++) {
		const struct aft_principle_result *pr = &res->pr[i];

		for (size_t j = 0; j < pr->ncrit; j++, row++) {
			const struct aft_crit_result *cr = &pr->crit[j];

			aft_xlsx_text(x, ws, row, 0, pr->p->title.s[lang],
			    AFT_XF_TEXT);
			aft_xlsx_text(x, ws, row, 1, cr->c->id, AFT_XF_TEXT);
			aft_xlsx_msgcell(x, ws, row, 2, cr->c->kind ==
			    AFT_KIND_USER ? AFT_M_L_KIND_USER :
			    AFT_M_L_KIND_INCLUSION, AFT_XF_TEXT);
			aft_xlsx_number(x, ws, row, 3, cr->c->weight,
			    AFT_XF_COUNT);
			if (cr->status == AFT_ANSWERED) {
				const struct aft_level *l =
				    &res->cat->levels[cr->a->level];

				aft_xlsx_text(x, ws, row, 4, l->label.s[lang],
				    AFT_XF_TEXT);
				aft_xlsx_number(x, ws, row, 5, l->points,
				    AFT_XF_COUNT);
			} else if (cr->status == AFT_NVT)
				aft_xlsx_text(x, ws, row, 4,
				    res->cat->nvt.label.s[lang], AFT_XF_TEXT);
			else
				aft_xlsx_msgcell(x, ws, row, 4,
				    AFT_M_D_NOT_ANSWERED, AFT_XF_TEXT);
			if (cr->status != AFT_NVT) {
				aft_xlsx_number(x, ws, row, 6,
				    res->cat->max_points, AFT_XF_COUNT);
				aft_xlsx_number(x, ws, row, 7,
				    aft_round1(100.0 * cr->f), AFT_XF_NUM);
				aft_xlsx_number(x, ws, row, 8,
				    aft_round1(cr->gain), AFT_XF_NUM);
			}
			if (cr->strength || cr->attention)
				aft_xlsx_msgcell(x, ws, row, 9, cr->strength ?
				    AFT_M_D_STRENGTH : AFT_M_D_ATTENTION,
				    aft_xlsx_tone(x, cr->strength ? 0 :
				    x->cat->nbands, AFT_XF_BAND_GOOD));
			aft_xlsx_text(x, ws, row, 10, cr->c->text.s[lang],
			    AFT_XF_WRAP);
			aft_xlsx_text(x, ws, row, 11, cr->a->motivation,
			    AFT_XF_WRAP);
			aft_xlsx_text(x, ws, row, 12, cr->a->actions,
			    AFT_XF_WRAP);
			lines = wrapped_lines(cr->c->text.s[lang], W_TEXT);
			lines = max_of(lines, wrapped_lines(cr->a->motivation,
			    W_NOTE));
			lines = max_of(lines, wrapped_lines(cr->a->actions,
			    W_NOTE));
			if (lines > 1)
				aft_xlsx_check(x, x->lib->worksheet_set_row(ws,
				    row, LINE_H * (double)(lines > 26 ? 26 :
				    lines), NULL));
		}
	}
	aft_xlsx_check(x, x->lib->worksheet_autofilter(ws, head, 0, row - 1,
	    (lxw_col_t)(sizeof(cols) / sizeof(cols[0]) - 1)));
	return row;
}

/*
 * Column widths that suit both the overview block (labels, then the
 * scores table in columns A to E) and the criteria table below it.
 */
void
aft_xlsx_columns(struct aft_xlsx *x, lxw_worksheet *ws)
{
	x->lib->worksheet_set_column(ws, 0, 0, 24, NULL);
	x->lib->worksheet_set_column(ws, 1, 1, 12, NULL);
	x->lib->worksheet_set_column(ws, 2, 3, 20, NULL);
	x->lib->worksheet_set_column(ws, 4, 4, 17, NULL);
	x->lib->worksheet_set_column(ws, 5, 8, 11, NULL);
	x->lib->worksheet_set_column(ws, 9, 9, 19, NULL);
	x->lib->worksheet_set_column(ws, 10, 10, W_TEXT, NULL);
	x->lib->worksheet_set_column(ws, 11, 12, W_NOTE, NULL);
}

void
aft_xlsx_assessment(struct aft_xlsx *x, const struct aft_result *res)
{
	lxw_worksheet	*ov, *cr;
	const char	*ovname;

	if ((ov = aft_xlsx_sheet(x, aft_msg(x->lang, AFT_M_D_OVERVIEW), "1")) ==
	    NULL) {
		x->failed = true;
		return;
	}
	ovname = x->names[x->nnames - 1];
	x->lib->worksheet_set_column(ov, 0, 0, 24, NULL);
	x->lib->worksheet_set_column(ov, 1, 1, 14, NULL);
	x->lib->worksheet_set_column(ov, 2, 3, 20, NULL);
	x->lib->worksheet_set_column(ov, 4, 4, 17, NULL);
	aft_xlsx_overview(x, ov, ovname, res);
	if ((cr = aft_xlsx_sheet(x, aft_msg(x->lang, AFT_M_L_CRITERIA), "2")) ==
	    NULL) {
		x->failed = true;
		return;
	}
	aft_xlsx_columns(x, cr);
	aft_xlsx_criteria(x, cr, 0, res);
	x->lib->worksheet_freeze_panes(cr, 1, 2);
}
