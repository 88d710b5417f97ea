/*
 * What the files of fill share: the state of one session (struct
 * fill_ui, which cmd_fill.c owns; everything it points at is borrowed),
 * the writing of the dialogue, and the asking of one question with the
 * taking or refusing of its line (fill_ask.c).  The service block is in
 * fill_service.c, what is shown of the criteria and scores in
 * fill_show.c, the walk over the criteria and the command in cmd_fill.c.
 */
#ifndef AFTOETS_CLI_FILL_UI_H
#define AFTOETS_CLI_FILL_UI_H

#include <stdbool.h>
#include <stdio.h>

#include "aftoets/fill.h"
#include "cli.h"
#include "prompt.h"

/* How a session ends. */
enum fill_stop {
	STOP_DONE,		/* every criterion asked */
	STOP_QUIT,		/* q */
	STOP_EOF,		/* end of input where an answer starts */
	STOP_EOF_MID,		/* end of input within a criterion */
	STOP_SIGNAL,
	STOP_REFUSED,		/* piped input gave a line that was refused */
	STOP_FAILED		/* the file could not be saved */
};

/* What asking one question got. */
enum fill_got {
	GOT_LINE,		/* an answer */
	GOT_EOF,		/* the end of input */
	GOT_SIGNAL,		/* a signal, or the terminal hung up */
	GOT_REFUSED		/* a piped line that was refused: stop */
};

/* The room for the level prompt and for its hint. */
#define FILL_PROMPT_MAX	256

/* The longest field name a refusal names (answers.<id>.motivation). */
#define FILL_FIELD_MAX	128

struct fill_ui {
	const struct aft_catalog	*cat;
	/* Borrowed from the struct cli_fill_file the file was loaded in. */
	struct aft_fill			*f;
	const char			*path;	/* where the file is written */
	const char			*name;	/* as the user named it */
	const struct cli_common		*o;
	enum aft_lang			 lang;
	bool				 color;
	FILE				*out;
	struct cli_prompt		 rd;	/* standard input */
	const struct aft_criterion	*cur;	/* being asked */
	size_t				 at, n;	/* number at (from 0) of n */
	bool				 guide;	/* --guide: all guidance */
	bool				 sig_shown;
	/* A refused piped line: its number, the field, and why. */
	unsigned long			 bad_line;
	char				 bad_field[FILL_FIELD_MAX];
	char				 bad_why[1024];
};

/*
 * Writes text that someone else wrote (the answers file, the catalog, a
 * line typed) in its terminal form, newlines kept.
 */
void		fill_put_text(FILE *, const char *);
/* Formats a message of our own with its arguments, through fill_put_text(). */
void		fill_say(struct fill_ui *, const char *fmt, ...)
		    __attribute__((format(printf, 2, 3)));
const char	*fill_m(const struct fill_ui *, enum aft_msg);
/* Colour on a terminal only: bold, or a band's colour; then back. */
void		fill_on(const struct fill_ui *, const char *sgr);
void		fill_off(const struct fill_ui *);

/* A problem with what was typed, shown on the dialogue's own stream. */
void		fill_complain(struct fill_ui *, const char *msg);
/*
 * Refuses the line just read for field (as the file names it:
 * service.budget_eur, answers.SD-G1.level) because of why.  On a
 * terminal it says why and returns false: ask again.  From a pipe it
 * keeps line, field and reason for fill_refused() and returns true: the
 * session ends, and no later line is read.
 */
bool		fill_refuse(struct fill_ui *, const char *field,
		    const char *why);
/* The same with the first error in d as the reason; d is cleared. */
bool		fill_refuse_diags(struct fill_ui *, const char *field,
		    struct aft_diags *d);
/* Says where the session stopped after a refusal; returns EXIT_ERROR. */
int		fill_refused(struct fill_ui *);

/*
 * Shows prompt (and hint, unless NULL) and reads the answer for field
 * into *line, trimmed; it lives until the next read.  Piped input is
 * echoed, so that the output reads as the dialogue did.  A line too long
 * or with a NUL byte is refused (fill_refuse()).
 */
enum fill_got	fill_ask(struct fill_ui *, const char *prompt,
		    const char *hint, const char *field, char **line);
/*
 * Asks for a motivation or the actions: *text NULL keeps what there is,
 * "" removes it ("-"), and anything else is the new text (malloc'd).
 */
enum fill_got	fill_ask_text(struct fill_ui *, enum aft_msg prompt,
		    bool has, const char *field, char **text);

/*
 * Saves the file when it changed, and says what another writer changed
 * in it meanwhile (fill_file.c): STOP_DONE, or STOP_FAILED after saying
 * why nothing was saved.
 */
enum fill_stop	fill_save(struct fill_ui *);

/*
 * What fill shows (fill_show.c).  Criterion c, number at (from 0) of n
 * asked, down to the line above its level prompt: its heading, its text,
 * its current answer and the scale.  With --guide all of its guidance
 * comes after the text; on a terminal whose height leaves room for it
 * with the text and the prompt still in view, as much of it as fits;
 * with -q only the heading and the current answer.
 */
void		fill_show_criterion(struct fill_ui *,
		    const struct aft_criterion *c, size_t at, size_t n);
/* After ?: all the guidance of c, then c as fill_show_criterion() shows it. */
void		fill_show_help(struct fill_ui *, const struct aft_criterion *c);
/* The level prompt of c and its hint. */
void		fill_level_prompt(const struct fill_ui *,
		    const struct aft_criterion *c, char prompt[FILL_PROMPT_MAX],
		    char hint[FILL_PROMPT_MAX]);
/*
 * The catalog's notice, wrapped to the screen (80 columns when the
 * output is not a terminal), and a blank line; nothing when the catalog
 * has none.
 */
void		fill_show_notice(struct fill_ui *);
/*
 * The last column of wrapped text: 78, or two short of a narrower
 * terminal's edge.
 */
size_t		fill_wrap_limit(const struct fill_ui *);
/* The heading of a principle. */
void		fill_show_principle(struct fill_ui *,
		    const struct aft_principle *);
/* The score and band of principle pi, or of the whole when pi is npr. */
void		fill_show_score(struct fill_ui *, size_t pi);
/* The overall score, the completeness and the command of the report. */
void		fill_summary(struct fill_ui *);

/* The service fields that are missing, asked in order (fill_service.c). */
enum fill_stop	fill_service(struct fill_ui *);

#endif
