/*
 * One question of fill (fill_ui.h): the prompt, the line read for it,
 * and what happens to a line that is refused.  On a terminal the reason
 * is shown and the question asked again.  From a pipe or a file a
 * refused line ends the session, located (stdin:LINE) and named by the
 * field it was read for, before any later line is read: asking again
 * would let every later line answer the question before it.
 *
 * Every text that comes from the answers file or the catalog, and every
 * line typed, reaches the screen through fill_put_text().
 */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/escape.h"
#include "fill_ui.h"

/* The name refused lines are reported under. */
#define INPUT_NAME	"stdin"

void
fill_put_text(FILE *fp, const char *s)
{
	aft_esc_term(fp, s, AFT_ESC_NL);
}

void
fill_say(struct fill_ui *u, const char *fmt, ...)
{
	char	small[1024], *buf = small;
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	/* A motivation may be long: never cut it. */
	if ((size_t)n >= sizeof(small)) {
		if ((buf = malloc((size_t)n + 1)) == NULL)
			buf = small;
		else {
			va_start(ap, fmt);
			vsnprintf(buf, (size_t)n + 1, fmt, ap);
			va_end(ap);
		}
	}
	fill_put_text(u->out, buf);
	if (buf != small)
		free(buf);
}

const char *
fill_m(const struct fill_ui *u, enum aft_msg id)
{
	return aft_msg(u->lang, id);
}

void
fill_on(const struct fill_ui *u, const char *sgr)
{
	if (u->color)
		fprintf(u->out, "\033[%sm", sgr);
}

void
fill_off(const struct fill_ui *u)
{
	if (u->color)
		fputs("\033[0m", u->out);
}

void
fill_complain(struct fill_ui *u, const char *msg)
{
	fill_on(u, "1;31");
	fputs("  ! ", u->out);
	fill_off(u);
	fill_put_text(u->out, msg);
	putc('\n', u->out);
}

bool
fill_refuse(struct fill_ui *u, const char *field, const char *why)
{
	if (u->rd.tty) {
		fill_complain(u, why);
		return false;
	}
	u->bad_line = u->rd.lineno;
	snprintf(u->bad_field, sizeof(u->bad_field), "%s", field);
	snprintf(u->bad_why, sizeof(u->bad_why), "%s", why);
	return true;
}

bool
fill_refuse_diags(struct fill_ui *u, const char *field, struct aft_diags *d)
{
	const char	*why = NULL;
	bool		 stop = false;

	for (size_t i = 0; i < d->n && !stop; i++) {
		if (d->v[i].sev != AFT_SEV_ERROR)
			continue;
		why = d->v[i].msg;
		stop = fill_refuse(u, field, why);
	}
	/* A refusal always has a reason, even one the loader did not give. */
	if (why == NULL)
		stop = fill_refuse(u, field, "?");
	aft_diags_clear(d);
	return stop;
}

int
fill_refused(struct fill_ui *u)
{
	fill_say(u, fill_m(u, AFT_M_F_STOPPED_AT), u->bad_line, u->name);
	fputc('\n', u->out);
	fflush(u->out);
	cli_line_error(INPUT_NAME, u->bad_line, AFT_M_F_PIPED_REFUSED,
	    u->bad_field, u->bad_why);
	return EXIT_ERROR;
}

/* Strips spaces and tabs at both ends, in place. */
static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

enum fill_got
fill_ask(struct fill_ui *u, const char *prompt, const char *hint,
    const char *field, char **line)
{
	enum cli_rd r;

	for (;;) {
		char why[256];

		fill_on(u, "1");
		fill_put_text(u->out, prompt);
		fill_off(u);
		if (hint != NULL) {
			fputs(" (", u->out);
			fill_put_text(u->out, hint);
			fputc(')', u->out);
		}
		fputs(": ", u->out);
		fflush(u->out);
		r = cli_prompt_read(&u->rd);
		/* A closed terminal takes nothing more. */
		if (r == CLI_RD_SIGNAL && cli_prompt_signal() == SIGHUP)
			return GOT_SIGNAL;
		if (r == CLI_RD_EOF || r == CLI_RD_SIGNAL) {
			fputc('\n', u->out);
			return r == CLI_RD_EOF ? GOT_EOF : GOT_SIGNAL;
		}
		if (!u->rd.tty) {
			fill_put_text(u->out, r == CLI_RD_LONG ? "..." :
			    u->rd.line);
			fputc('\n', u->out);
		}
		if (r == CLI_RD_LONG)
			/* Read to its end, never cut into a field. */
			snprintf(why, sizeof(why), fill_m(u, u->rd.tty ?
			    AFT_M_F_TOO_LONG : AFT_M_F_LINE_LONG),
			    (size_t)CLI_PROMPT_LINE_MAX);
		else if (strlen(u->rd.line) != u->rd.len)
			snprintf(why, sizeof(why), fill_m(u,
			    AFT_M_FILL_CONTROL), 0u);
		else {
			*line = trim(u->rd.line);
			return GOT_LINE;
		}
		if (fill_refuse(u, field, why))
			return GOT_REFUSED;
	}
}

enum fill_got
fill_ask_text(struct fill_ui *u, enum aft_msg prompt, bool has,
    const char *field, char **text)
{
	struct aft_diags	d;
	enum fill_got		g;

	*text = NULL;
	aft_diags_init(&d, u->lang);
	for (;;) {
		char *line;

		g = fill_ask(u, fill_m(u, prompt), fill_m(u, has ?
		    AFT_M_F_HINT_KEEP : AFT_M_F_HINT_NONE), field, &line);
		if (g != GOT_LINE)
			break;
		if (aft_fill_check_text(line, &d) != AFT_OK) {
			if (fill_refuse_diags(u, field, &d)) {
				g = GOT_REFUSED;
				break;
			}
			continue;
		}
		if (*line == '\0')
			*text = NULL;
		else if (strcmp(line, "-") == 0)
			*text = has ? strdup("") : NULL;
		else
			*text = strdup(line);
		if (*line != '\0' && (strcmp(line, "-") != 0 || has) &&
		    *text == NULL) {
			cli_errorm(AFT_M_C_NOMEM);
			g = GOT_EOF;
		}
		break;
	}
	aft_diags_fini(&d);
	return g;
}
