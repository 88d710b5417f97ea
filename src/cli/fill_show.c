/*
 * What fill shows: a criterion with its current answer, fitted to the
 * screen, and its guidance; the heading of a principle, a score so far
 * and the summary at the end (fill_ui.h).  The asking is in fill_ask.c,
 * the walk in cmd_fill.c.
 *
 * The criterion's text and its level prompt must be on the screen
 * together when the level is asked: the full guidance of a criterion
 * takes some 50 lines, more than a terminal of 24 shows.  So a criterion
 * is shown in short (heading, text, current answer, scale), and on a
 * terminal tall enough with as much of its guidance as fits; piped
 * output gets the short form, ? and --guide the guidance.
 *
 * Every text that comes from the answers file or the catalog reaches the
 * screen in its terminal form (aft_esc_term()), through fill_put_text()
 * or straight from escape.c.
 */
#include <sys/ioctl.h>

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "aftoets/escape.h"
#include "aftoets/fill.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "fill_ui.h"

/* The screen lines a terminal is assumed to have when it does not say. */
#define ROWS_DEFAULT	24
/* The columns text is wrapped at (explain.c wraps at 78 too). */
#define WRAP_COLS	78
#define ELLIPSIS	"\xE2\x80\xA6"
/*
 * The lines of the screen a criterion fitted to it leaves free: room for
 * a word refused at its prompt and the prompt again, so that the text
 * stays in view.  On 24 lines that leaves the 20 a criterion takes by
 * default, prompt included.
 */
#define SPARE		4

static const char *
band_sgr(size_t band)
{
	return band == 0 ? "1;32" : band == 1 ? "1;33" : "1;31";
}

/* A string formatted as printf would, malloc'd; NULL when out of memory. */
static char *
strf(const char *fmt, ...)
{
	va_list	 ap;
	char	*s;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || (s = malloc((size_t)n + 1)) == NULL)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

/* How much of a criterion to show above its prompt. */
enum show {
	SHOW_QUIET,		/* -q: the heading and the current answer */
	SHOW_SHORT,		/* and the text and the scale */
	SHOW_PRACTICE,		/* and each level in practice */
	SHOW_FULL		/* and all of the guidance */
};

/*
 * The columns s takes: one for each character, none for a colour
 * sequence (ESC [ ... m) of our own.
 */
static size_t
text_cols(const char *s, size_t len)
{
	size_t cols = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\033' && i + 1 < len && s[i + 1] == '[') {
			for (i += 2; i < len && s[i] != 'm'; i++)
				;
			continue;
		}
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			cols++;
	}
	return cols;
}

/* The screen lines buf takes on a terminal of cols columns. */
static size_t
screen_lines(const char *buf, size_t len, size_t cols)
{
	size_t lines = 0;

	while (len > 0) {
		const char	*nl = memchr(buf, '\n', len);
		size_t		 n = nl != NULL ? (size_t)(nl - buf) : len;
		size_t		 w = text_cols(buf, n);

		lines += w == 0 ? 1 : (w + cols - 1) / cols;
		if (nl == NULL)
			break;
		buf += n + 1;
		len -= n + 1;
	}
	return lines;
}

/*
 * The size of the terminal that shows the dialogue: false when the
 * output is not a terminal.  A terminal that does not give its size is
 * taken to be LINES high (the shell's idea of it) or 24, 80 wide.
 */
static bool
screen_size(const struct fill_ui *u, size_t *rows, size_t *cols)
{
	struct winsize	ws;
	int		fd = fileno(u->out);
	const char	*env;

	if (fd < 0 || !isatty(fd))
		return false;
	*rows = ROWS_DEFAULT;
	*cols = 80;
	if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 0) {
		*rows = ws.ws_row;
		if (ws.ws_col > 0)
			*cols = ws.ws_col;
	} else if ((env = getenv("LINES")) != NULL) {
		char	*end;
		long	 v;

		errno = 0;
		v = strtol(env, &end, 10);
		if (errno == 0 && end != env && *end == '\0' && v > 0 &&
		    v < 10000)
			*rows = (size_t)v;
	}
	return true;
}

size_t
fill_wrap_limit(const struct fill_ui *u)
{
	size_t rows, cols = 80;

	(void)screen_size(u, &rows, &cols);
	/* As the rest of fill, but never past a narrower screen's edge. */
	return cols >= WRAP_COLS + 2 ? WRAP_COLS : cols > 22 ? cols - 2 : 20;
}

void
fill_show_notice(struct fill_ui *u)
{
	const char	*s = u->cat->notice.s[u->lang];
	size_t		 limit;

	if (!aft_text_given(&u->cat->notice))
		return;
	limit = fill_wrap_limit(u);
	/* Each line of the notice a paragraph of its own. */
	while (*s != '\0') {
		size_t	 n = strcspn(s, "\n");
		char	*line = strndup(s, n);

		if (n == 0)
			fputc('\n', u->out);
		else
			cli_print_wrapped_at(u->out, line != NULL ? line :
			    "\xEF\xBF\xBD", 0, limit);
		free(line);
		s += n;
		if (*s == '\n')
			s++;
	}
	fputc('\n', u->out);
}

/*
 * Writes the first line of text after "  label: ", cut with an ellipsis
 * where it would pass the last column: the whole text is in the file,
 * and a motivation of many lines would push the question off the screen.
 */
static void
first_line(struct fill_ui *u, enum aft_msg label, const char *text)
{
	size_t	 n = strcspn(text, "\n"), room, cols = 0, i;
	char	*line = strndup(text, n), *esc = NULL;

	if (line != NULL)
		esc = aft_esc_term_dup(line, 0);
	free(line);
	fill_say(u, "  %s: ", fill_m(u, label));
	if (esc == NULL) {
		fputs(ELLIPSIS "\n", u->out);
		return;
	}
	/* The columns after "  label: ", less two for " ...". */
	room = 4 + text_cols(fill_m(u, label), strlen(fill_m(u, label))) + 2;
	room = room + 10 < WRAP_COLS ? WRAP_COLS - room : 10;
	for (i = 0; esc[i] != '\0'; i++)
		if (((unsigned char)esc[i] & 0xC0) != 0x80 && cols++ == room)
			break;
	if (esc[i] != '\0') {
		/* i is where the first character past room starts. */
		fwrite(esc, 1, i, u->out);
		fputs(ELLIPSIS "\n", u->out);
	} else
		fprintf(u->out, "%s%s\n", esc, text[n] != '\0' ?
		    " " ELLIPSIS : "");
	free(esc);
}

/* The current answer to c; the first line of its motivation and actions. */
static void
show_current(struct fill_ui *u, const struct aft_criterion *c)
{
	const struct aft_answer *a = &aft_fill_answers(u->f)->answers[c->index];

	fill_on(u, "1");
	fill_say(u, "%s: ", fill_m(u, AFT_M_F_CURRENT));
	fill_off(u);
	if (a->status == AFT_ANSWERED)
		fill_say(u, "%s\n", u->cat->levels[a->level].id);
	else if (a->status == AFT_NVT)
		fill_say(u, "%s\n", u->cat->nvt.id);
	else
		fill_say(u, "%s\n", fill_m(u, AFT_M_F_NOT_YET));
	if (a->motivation != NULL)
		first_line(u, AFT_M_L_MOTIVATION, a->motivation);
	if (a->actions != NULL)
		first_line(u, AFT_M_L_ACTIONS, a->actions);
}

/*
 * The scale in a line or two: each level's points, its id and, when it
 * says more than the id, its label; a level is never split over lines.
 */
static void
show_scale(struct fill_ui *u)
{
	const struct aft_catalog	*cat = u->cat;
	const char			*head = fill_m(u, AFT_M_L_SCALE);
	size_t				 col;

	fill_on(u, "1");
	fill_say(u, "%s:", head);
	fill_off(u);
	col = text_cols(head, strlen(head)) + 1;
	for (size_t i = 0; i <= cat->nlevels; i++) {
		const struct aft_level	*l = i < cat->nlevels ?
		    &cat->levels[i] : &cat->nvt;
		const char		*label;
		char			*item, *esc;
		size_t			 w;
		bool			 last = i == cat->nlevels;

		if (l->id == NULL)
			continue;
		label = l->label.s[u->lang];
		if (label != NULL && strcasecmp(label, l->id) == 0)
			label = NULL;
		if (i < cat->nlevels)
			item = label != NULL ? strf("%d %s (%s)", l->points,
			    l->id, label) : strf("%d %s", l->points, l->id);
		else
			item = label != NULL ? strf("%s (%s)", l->id,
			    label) : strf("%s", l->id);
		esc = item != NULL ? aft_esc_term_dup(item, 0) : NULL;
		free(item);
		if (esc == NULL)
			continue;
		w = text_cols(esc, strlen(esc)) + (last ? 0 : 1);
		if (col + 1 + w > WRAP_COLS) {
			fputs("\n ", u->out);
			col = 1;
		}
		fprintf(u->out, " %s%s", esc, last ? "" : ",");
		col += 1 + w;
		free(esc);
	}
	fputc('\n', u->out);
}

/* The heading of criterion c: its number, its id and its principle. */
static void
show_heading(struct fill_ui *u, const struct aft_criterion *c)
{
	fill_on(u, "1;36");
	fill_say(u, "[%zu/%zu] %s", u->at + 1, u->n, c->id);
	fill_off(u);
	fill_say(u, " (%s)\n",
	    u->cat->principles[c->principle].title.s[u->lang]);
}

/*
 * The guidance of c, each part under its heading: with all, its kind
 * and weight, the evidence, examples of evidence and a pitfall; then
 * each level in practice, last so that it is nearest the question.
 */
static void
show_guidance(struct fill_ui *u, const struct aft_criterion *c, bool all)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp;

	if ((fp = open_memstream(&buf, &len)) == NULL)
		return;
	if (all) {
		char num[AFT_NUMBUF];

		snprintf(num, sizeof(num), "%g", c->weight);
		fprintf(fp, "\n  %-12s %s\n  %-12s %s\n",
		    fill_m(u, AFT_M_L_KIND), cli_kind_label(c, u->lang),
		    fill_m(u, AFT_M_L_WEIGHT), num);
		cli_explain_part(fp, u->cat, c, u->lang, CLI_PART_EVIDENCE);
		cli_explain_part(fp, u->cat, c, u->lang, CLI_PART_EXAMPLES);
		cli_explain_part(fp, u->cat, c, u->lang, CLI_PART_PITFALL);
	}
	cli_explain_part(fp, u->cat, c, u->lang, CLI_PART_PRACTICE);
	if (fclose(fp) == 0)
		fill_put_text(u->out, buf);
	free(buf);
}

/* Criterion c as much as show says, down to the line above the prompt. */
static void
show_block(struct fill_ui *u, const struct aft_criterion *c, enum show how)
{
	show_heading(u, c);
	if (how != SHOW_QUIET) {
		fill_on(u, "1");
		cli_print_wrapped(u->out, c->text.s[u->lang], 2);
		fill_off(u);
	}
	if (how >= SHOW_PRACTICE)
		show_guidance(u, c, how == SHOW_FULL);
	if (how != SHOW_QUIET)
		fputc('\n', u->out);
	show_current(u, c);
	if (how != SHOW_QUIET)
		show_scale(u);
}

/*
 * Criterion c as much as show says, into a buffer (*buf, malloc'd): the
 * screen lines it takes are known before it is shown.
 */
static bool
render(struct fill_ui *u, const struct aft_criterion *c, enum show how,
    char **buf, size_t *len)
{
	FILE	*real = u->out, *fp;

	*buf = NULL;
	*len = 0;
	if ((fp = open_memstream(buf, len)) == NULL)
		return false;
	u->out = fp;
	show_block(u, c, how);
	u->out = real;
	if (fclose(fp) != 0) {
		free(*buf);
		*buf = NULL;
		return false;
	}
	return true;
}

/*
 * The most of criterion c that fits on the screen with its level prompt
 * below it: the guidance, or only the levels in practice, or neither.
 * Piped output, and a screen too small for more, get the short form.
 */
static void
show_fitted(struct fill_ui *u, const struct aft_criterion *c)
{
	static const enum show	 tries[] = { SHOW_FULL, SHOW_PRACTICE };
	size_t			 rows, cols, prompt;
	char			 ask[FILL_PROMPT_MAX], hint[FILL_PROMPT_MAX];

	if (!screen_size(u, &rows, &cols)) {
		show_block(u, c, SHOW_SHORT);
		return;
	}
	fill_level_prompt(u, c, ask, hint);
	/* The prompt, its hint, ": " and room for a word. */
	prompt = text_cols(ask, strlen(ask)) + 3 +
	    text_cols(hint, strlen(hint)) + 2 + 12;
	prompt = (prompt + cols - 1) / cols;
	for (size_t i = 0; i < sizeof(tries) / sizeof(tries[0]); i++) {
		char	*buf;
		size_t	 len;

		if (!render(u, c, tries[i], &buf, &len))
			break;
		if (screen_lines(buf, len, cols) + prompt + SPARE <= rows) {
			fwrite(buf, 1, len, u->out);
			free(buf);
			return;
		}
		free(buf);
	}
	show_block(u, c, SHOW_SHORT);
}

void
fill_show_criterion(struct fill_ui *u, const struct aft_criterion *c,
    size_t at, size_t n)
{
	u->at = at;
	u->n = n;
	if (u->guide)
		show_block(u, c, SHOW_FULL);
	else if (u->o->quiet)
		show_block(u, c, SHOW_QUIET);
	else
		show_fitted(u, c);
}

void
fill_show_help(struct fill_ui *u, const struct aft_criterion *c)
{
	show_guidance(u, c, true);
	fputc('\n', u->out);
	show_block(u, c, SHOW_SHORT);
}

void
fill_level_prompt(const struct fill_ui *u, const struct aft_criterion *c,
    char prompt[FILL_PROMPT_MAX], char hint[FILL_PROMPT_MAX])
{
	const struct aft_answer	*a = &aft_fill_answers(u->f)->answers[c->index];

	snprintf(prompt, FILL_PROMPT_MAX, "%s %s", fill_m(u, AFT_M_F_ASK_LEVEL),
	    c->id);
	snprintf(hint, FILL_PROMPT_MAX, fill_m(u, AFT_M_F_LEVEL_HINT),
	    fill_m(u, a->status != AFT_UNANSWERED ? AFT_M_F_KEEP :
	    AFT_M_F_SKIP));
}

void
fill_show_principle(struct fill_ui *u, const struct aft_principle *p)
{
	fputc('\n', u->out);
	fill_on(u, "1;4");
	fill_say(u, "%s (%s)", p->title.s[u->lang], p->id);
	fill_off(u);
	fputs("\n\n", u->out);
}

/* The score and band of principle pi, or of the whole when pi is npr. */
void
fill_show_score(struct fill_ui *u, size_t pi)
{
	struct aft_arena	 a;
	struct aft_result	*res;
	struct aft_opt		 sc;
	size_t			 band;
	char			 num[AFT_NUMBUF], what[600];

	aft_arena_init(&a);
	if (aft_score(&res, u->cat, aft_fill_answers(u->f), &a) != AFT_OK) {
		aft_arena_fini(&a);
		return;
	}
	if (pi < res->npr) {
		sc = res->pr[pi].score;
		band = res->pr[pi].band;
		snprintf(what, sizeof(what), fill_m(u, AFT_M_F_SO_FAR),
		    u->cat->principles[pi].title.s[u->lang]);
	} else {
		sc = res->overall;
		band = res->band;
		snprintf(what, sizeof(what), "%s", fill_m(u, AFT_M_L_OVERALL));
	}
	fill_on(u, "1");
	fill_put_text(u->out, what);
	fputs(": ", u->out);
	fill_off(u);
	if (sc.set) {
		fill_on(u, band_sgr(band));
		fill_say(u, "%s (%s)", aft_fmt_score(num, sc.v, u->lang),
		    u->cat->bands[band].label.s[u->lang]);
		fill_off(u);
	} else
		fill_say(u, "%s", fill_m(u, AFT_M_F_NO_SCORE));
	fputc('\n', u->out);
	aft_arena_fini(&a);
}

/* Whether the shell would read s as one word without quotes. */
static bool
shell_safe(const char *s)
{
	if (*s == '\0')
		return false;
	for (; *s != '\0'; s++)
		if (strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		    "0123456789._/-+,:@%=", *s) == NULL)
			return false;
	return true;
}

static void
put_word(struct fill_ui *u, const char *s)
{
	fputc(' ', u->out);
	if (shell_safe(s)) {
		fill_put_text(u->out, s);
		return;
	}
	fputc('\'', u->out);
	/* Whole runs between quotes, so that no character is cut. */
	for (const char *q; (q = strchr(s, '\'')) != NULL; s = q + 1) {
		char *run = strndup(s, (size_t)(q - s));

		fill_put_text(u->out, run != NULL ? run : "?");
		free(run);
		fputs("'\\''", u->out);
	}
	fill_put_text(u->out, s);
	fputc('\'', u->out);
}

void
fill_summary(struct fill_ui *u)
{
	const struct aft_answers	*ans = aft_fill_answers(u->f);
	size_t				 answered = 0;

	for (size_t i = 0; i < u->cat->ncriteria; i++)
		if (ans->answers[i].status != AFT_UNANSWERED)
			answered++;
	fputc('\n', u->out);
	fill_show_score(u, u->cat->nprinciples);
	fill_on(u, "1");
	fill_say(u, "%s: ", fill_m(u, AFT_M_L_COMPLETENESS));
	fill_off(u);
	fill_say(u, fill_m(u, AFT_M_L_ANSWERED_OF), answered,
	    u->cat->ncriteria);
	fputc('\n', u->out);
	fill_on(u, "1");
	fill_say(u, "%s:", fill_m(u, AFT_M_F_REPORT));
	fill_off(u);
	fputs(" aftoets score", u->out);
	if (u->lang != AFT_LANG_NL)
		fputs(" --lang en", u->out);
	if (u->o->criteria != NULL) {
		fputs(" --criteria", u->out);
		put_word(u, u->o->criteria);
	}
	put_word(u, u->name);
	fputc('\n', u->out);
}
