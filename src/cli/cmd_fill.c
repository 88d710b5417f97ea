/*
 * aftoets fill FILE: a guided fill-in.  It asks for the service fields
 * that are missing, then walks the criteria principle by principle and
 * asks for a level, a motivation and planned actions, saving the file
 * atomically after every completed answer (src/load/fill.c does the editing).
 *
 * Standard input is read a line at a time by prompt.c, which lets
 * SIGINT, SIGTERM and SIGHUP through only while it waits for input: a
 * signal can stop the session at a prompt, never halfway through a save.
 * Piped input follows the same prompts; docs/fill.md gives the protocol.
 *
 * Every text that comes from the answers file or the catalog, and every
 * line typed, reaches the screen through put_text().
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/escape.h"
#include "aftoets/fill.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "cli.h"
#include "prompt.h"

enum {
	OPT_UNANSWERED = OPT_FIRST_OWN,
	OPT_PRINCIPLE
};

/* How a walk ends. */
enum stop {
	STOP_DONE,		/* every criterion asked */
	STOP_QUIT,		/* q */
	STOP_EOF,		/* end of input at a prompt that starts an answer */
	STOP_EOF_MID,		/* end of input within a criterion */
	STOP_SIGNAL,
	STOP_FAILED		/* the file could not be saved */
};

struct ui {
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
	bool				 sig_shown;
};

/*
 * Writes text that someone else wrote (the answers file, the catalog, a
 * line typed) in its terminal form (aft_esc_term(), newlines kept), so
 * that none of it can act on the terminal.
 */
static void
put_text(FILE *fp, const char *s)
{
	aft_esc_term(fp, s, AFT_ESC_NL);
}

/* Formats a message of our own with its arguments, through put_text(). */
static void
say(struct ui *u, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
say(struct ui *u, const char *fmt, ...)
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
	put_text(u->out, buf);
	if (buf != small)
		free(buf);
}

static const char *
m(const struct ui *u, enum aft_msg id)
{
	return aft_msg(u->lang, id);
}

/* Colour on a terminal only: bold, or a band's colour. */
static void
on(const struct ui *u, const char *sgr)
{
	if (u->color)
		fprintf(u->out, "\033[%sm", sgr);
}

static void
off(const struct ui *u)
{
	if (u->color)
		fputs("\033[0m", u->out);
}

static const char *
band_sgr(size_t band)
{
	return band == 0 ? "1;32" : band == 1 ? "1;33" : "1;31";
}

/* A problem with what was typed, answered on the dialogue's own stream. */
static void
complain(struct ui *u, const char *msg)
{
	on(u, "1;31");
	fputs("  ! ", u->out);
	off(u);
	put_text(u->out, msg);
	putc('\n', u->out);
}

static void
complain_diags(struct ui *u, struct aft_diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->v[i].sev == AFT_SEV_ERROR)
			complain(u, d->v[i].msg);
	aft_diags_clear(d);
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

/*
 * Shows prompt and reads the answer into *line (trimmed; it lives until
 * the next read).  Piped input is echoed, so that the output reads as
 * the dialogue did.  A NUL byte, or a line too long, is complained
 * about and asked again.
 */
static enum cli_rd
ask(struct ui *u, const char *prompt, const char *hint, char **line)
{
	enum cli_rd r;

	for (;;) {
		on(u, "1");
		put_text(u->out, prompt);
		off(u);
		if (hint != NULL) {
			fputs(" (", u->out);
			put_text(u->out, hint);
			fputc(')', u->out);
		}
		fputs(": ", u->out);
		fflush(u->out);
		r = cli_prompt_read(&u->rd);
		/* A closed terminal takes nothing more. */
		if (r == CLI_RD_SIGNAL && cli_prompt_signal() == SIGHUP)
			return r;
		if (r == CLI_RD_EOF || r == CLI_RD_SIGNAL) {
			fputc('\n', u->out);
			return r;
		}
		if (!u->rd.tty) {
			put_text(u->out, r == CLI_RD_LONG ? "..." : u->rd.line);
			fputc('\n', u->out);
		}
		if (r == CLI_RD_LONG) {
			char msg[256];

			snprintf(msg, sizeof(msg), m(u, AFT_M_F_TOO_LONG),
			    (size_t)CLI_PROMPT_LINE_MAX);
			complain(u, msg);
			continue;
		}
		if (strlen(u->rd.line) != u->rd.len) {
			char msg[256];

			snprintf(msg, sizeof(msg), m(u, AFT_M_FILL_CONTROL),
			    0u);
			complain(u, msg);
			continue;
		}
		*line = trim(u->rd.line);
		return CLI_RD_LINE;
	}
}

/* Saving. */

static enum stop
save(struct ui *u)
{
	if (!aft_fill_dirty(u->f))
		return STOP_DONE;
	if (aft_fill_save(u->f, u->path, false) != AFT_OK) {
		int e = errno;

		fflush(u->out);
		cli_errorm(AFT_M_F_SAVE_FAILED, u->name, strerror(e ? e : EIO));
		return STOP_FAILED;
	}
	return STOP_DONE;
}

/* The service block. */

static const struct {
	const char	*key;
	enum aft_msg	 ask;
} svc_fields[] = {
	{ "name",		AFT_M_F_ASK_NAME },
	{ "organisation",	AFT_M_F_ASK_ORG },
	{ "type",		AFT_M_F_ASK_TYPE },
	{ "budget_eur",		AFT_M_F_ASK_BUDGET },
	{ "users",		AFT_M_F_ASK_USERS },
	{ "assessed_on",	AFT_M_F_ASK_DATE },
	{ "assessor",		AFT_M_F_ASK_ASSESSOR },
};

#define NSVC	(sizeof(svc_fields) / sizeof(svc_fields[0]))

/* The significance verdict, once both budget and users are known. */
static void
show_significance(struct ui *u)
{
	const struct aft_service	*s = &aft_fill_answers(u->f)->service;
	struct aft_significance		 sig;
	char				 reason[600];

	if (u->sig_shown || !s->has_budget || !s->has_users)
		return;
	u->sig_shown = true;
	aft_significance(&sig, u->cat, s);
	fputs("  ", u->out);
	on(u, "1");
	say(u, "%s: ", m(u, AFT_M_L_SIGNIFICANCE));
	off(u);
	say(u, "%s\n", m(u, sig.significant == AFT_YES ? AFT_M_SIG_YES :
	    sig.significant == AFT_NO ? AFT_M_SIG_NO : AFT_M_SIG_UNKNOWN));
	say(u, "  %s\n", aft_fmt_reason(reason, sizeof(reason), &sig, u->cat,
	    s, u->lang));
}

static enum stop
service(struct ui *u)
{
	struct aft_diags	d;
	bool			need = false;
	enum stop		st = STOP_DONE;

	for (size_t i = 0; i < NSVC; i++)
		if (aft_fill_service_missing(u->f, svc_fields[i].key))
			need = true;
	if (!need)
		return STOP_DONE;
	aft_diags_init(&d, u->lang);
	on(u, "1");
	say(u, "%s\n", m(u, AFT_M_F_SERVICE));
	off(u);
	show_significance(u);
	for (size_t i = 0; i < NSVC && st == STOP_DONE; i++) {
		const char *key = svc_fields[i].key;

		if (!aft_fill_service_missing(u->f, key))
			continue;
		for (;;) {
			char		*line;
			enum cli_rd	 r = ask(u, m(u, svc_fields[i].ask),
			    NULL, &line);

			if (r != CLI_RD_LINE) {
				st = r == CLI_RD_SIGNAL ? STOP_SIGNAL : STOP_EOF;
				break;
			}
			if (*line == '\0')
				break;
			if (aft_fill_set_service(u->f, key, line, &d) !=
			    AFT_OK) {
				complain_diags(u, &d);
				continue;
			}
			st = save(u);
			show_significance(u);
			break;
		}
	}
	aft_diags_fini(&d);
	return st;
}

/* The criteria. */

/* The criterion explained; its id first unless the line above has it. */
static void
explain(struct ui *u, const struct aft_criterion *c, bool with_id)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp;

	if ((fp = open_memstream(&buf, &len)) == NULL)
		return;
	if (with_id)
		cli_explain(fp, u->cat, c, u->lang);
	else
		cli_explain_body(fp, u->cat, c, u->lang);
	if (fclose(fp) == 0)
		put_text(u->out, buf);
	free(buf);
}

static void
show_current(struct ui *u, const struct aft_criterion *c)
{
	const struct aft_answer *a = &aft_fill_answers(u->f)->answers[c->index];

	on(u, "1");
	say(u, "%s: ", m(u, AFT_M_F_CURRENT));
	off(u);
	if (a->status == AFT_ANSWERED)
		say(u, "%s\n", u->cat->levels[a->level].id);
	else if (a->status == AFT_NVT)
		say(u, "%s\n", u->cat->nvt.id);
	else
		say(u, "%s\n", m(u, AFT_M_F_NOT_YET));
	if (a->motivation != NULL)
		say(u, "  %s: %s\n", m(u, AFT_M_L_MOTIVATION), a->motivation);
	if (a->actions != NULL)
		say(u, "  %s: %s\n", m(u, AFT_M_L_ACTIONS), a->actions);
}

static void
show_criterion(struct ui *u, const struct aft_criterion *c, size_t at,
    size_t n)
{
	on(u, "1;36");
	say(u, "[%zu/%zu] %s", at + 1, n, c->id);
	off(u);
	fputc('\n', u->out);
	if (!u->o->quiet) {
		explain(u, c, false);
		fputc('\n', u->out);
	}
	show_current(u, c);
}

static void
show_principle(struct ui *u, const struct aft_principle *p)
{
	fputc('\n', u->out);
	on(u, "1;4");
	say(u, "%s (%s)", p->title.s[u->lang], p->id);
	off(u);
	fputs("\n\n", u->out);
}

/* The score and band of principle pi, or of the whole when pi is npr. */
static void
show_score(struct ui *u, size_t pi)
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
		snprintf(what, sizeof(what), m(u, AFT_M_F_SO_FAR),
		    u->cat->principles[pi].title.s[u->lang]);
	} else {
		sc = res->overall;
		band = res->band;
		snprintf(what, sizeof(what), "%s", m(u, AFT_M_L_OVERALL));
	}
	on(u, "1");
	put_text(u->out, what);
	fputs(": ", u->out);
	off(u);
	if (sc.set) {
		on(u, band_sgr(band));
		say(u, "%s (%s)", aft_fmt_score(num, sc.v, u->lang),
		    u->cat->bands[band].label.s[u->lang]);
		off(u);
	} else
		say(u, "%s", m(u, AFT_M_F_NO_SCORE));
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
put_word(struct ui *u, const char *s)
{
	fputc(' ', u->out);
	if (shell_safe(s)) {
		put_text(u->out, s);
		return;
	}
	fputc('\'', u->out);
	/* Whole runs between quotes, so that no character is cut. */
	for (const char *q; (q = strchr(s, '\'')) != NULL; s = q + 1) {
		char *run = strndup(s, (size_t)(q - s));

		put_text(u->out, run != NULL ? run : "?");
		free(run);
		fputs("'\\''", u->out);
	}
	put_text(u->out, s);
	fputc('\'', u->out);
}

static void
summary(struct ui *u)
{
	const struct aft_answers	*ans = aft_fill_answers(u->f);
	size_t				 answered = 0;

	for (size_t i = 0; i < u->cat->ncriteria; i++)
		if (ans->answers[i].status != AFT_UNANSWERED)
			answered++;
	fputc('\n', u->out);
	show_score(u, u->cat->nprinciples);
	on(u, "1");
	say(u, "%s: ", m(u, AFT_M_L_COMPLETENESS));
	off(u);
	say(u, m(u, AFT_M_L_ANSWERED_OF), answered, u->cat->ncriteria);
	fputc('\n', u->out);
	on(u, "1");
	say(u, "%s:", m(u, AFT_M_F_REPORT));
	off(u);
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

/*
 * Asks for a motivation or the actions: NULL keeps what there is, ""
 * removes it ("-"), and anything else is the new text.
 */
static enum cli_rd
ask_text(struct ui *u, enum aft_msg prompt, bool has, char **text)
{
	struct aft_diags	d;
	enum cli_rd		r;

	aft_diags_init(&d, u->lang);
	for (;;) {
		char *line;

		r = ask(u, m(u, prompt), m(u, has ? AFT_M_F_HINT_KEEP :
		    AFT_M_F_HINT_NONE), &line);
		if (r != CLI_RD_LINE)
			break;
		if (aft_fill_check_text(line, &d) != AFT_OK) {
			complain_diags(u, &d);
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
			r = CLI_RD_EOF;
		}
		break;
	}
	aft_diags_fini(&d);
	return r;
}

/* What the level prompt got. */
enum level_act {
	LV_SET,		/* *level: a word, or NULL to keep */
	LV_BACK,
	LV_QUIT,
	LV_EOF,
	LV_SIGNAL
};

static enum level_act
ask_level(struct ui *u, const struct aft_criterion *c, bool first,
    char **level)
{
	const struct aft_answer	*a = &aft_fill_answers(u->f)->answers[c->index];
	char			 prompt[128], hint[256];

	snprintf(prompt, sizeof(prompt), "%s %s", m(u, AFT_M_F_ASK_LEVEL),
	    c->id);
	snprintf(hint, sizeof(hint), m(u, AFT_M_F_LEVEL_HINT),
	    m(u, a->status != AFT_UNANSWERED ? AFT_M_F_KEEP : AFT_M_F_SKIP));
	for (;;) {
		char		*line;
		enum cli_rd	 r = ask(u, prompt, hint, &line);

		if (r == CLI_RD_EOF)
			return LV_EOF;
		if (r == CLI_RD_SIGNAL)
			return LV_SIGNAL;
		if (strcmp(line, "q") == 0 || strcmp(line, "Q") == 0)
			return LV_QUIT;
		if (strcmp(line, "?") == 0) {
			fputc('\n', u->out);
			explain(u, c, true);
			fputc('\n', u->out);
			show_current(u, c);
			continue;
		}
		if (strcmp(line, "b") == 0 || strcmp(line, "B") == 0) {
			if (!first)
				return LV_BACK;
			complain(u, m(u, AFT_M_F_FIRST));
			continue;
		}
		if (*line == '\0') {
			*level = NULL;
			return LV_SET;
		}
		if (aft_catalog_level(u->cat, line) == AFT_LEVEL_NONE) {
			struct aft_arena	ar;
			char			msg[1024];

			aft_arena_init(&ar);
			snprintf(msg, sizeof(msg), m(u, AFT_M_BAD_LEVEL), line,
			    aft_catalog_levels_list(u->cat, &ar));
			aft_arena_fini(&ar);
			complain(u, msg);
			continue;
		}
		if ((*level = strdup(line)) == NULL) {
			cli_errorm(AFT_M_C_NOMEM);
			return LV_EOF;
		}
		return LV_SET;
	}
}

/* Where the walk goes after a criterion. */
enum step {
	STEP_NEXT,
	STEP_BACK,
	STEP_AGAIN
};

/* Asks for criterion c; *step says where to go next. */
static enum stop
criterion(struct ui *u, const struct aft_criterion *c, bool first,
    enum step *step)
{
	const struct aft_answer	*a = &aft_fill_answers(u->f)->answers[c->index];
	char			*level = NULL, *mo = NULL, *ac = NULL;
	struct aft_diags	 d;
	enum stop		 st;
	enum cli_rd		 r;

	*step = STEP_NEXT;
	u->cur = c;
	switch (ask_level(u, c, first, &level)) {
	case LV_SET:
		break;
	case LV_BACK:
		*step = STEP_BACK;
		return STOP_DONE;
	case LV_QUIT:
		return STOP_QUIT;
	case LV_EOF:
		return STOP_EOF;
	case LV_SIGNAL:
		return STOP_SIGNAL;
	}
	r = ask_text(u, AFT_M_F_ASK_MOTIVATION, a->motivation != NULL, &mo);
	if (r == CLI_RD_LINE)
		r = ask_text(u, AFT_M_F_ASK_ACTIONS, a->actions != NULL, &ac);
	if (r != CLI_RD_LINE) {
		free(level);
		free(mo);
		return r == CLI_RD_SIGNAL ? STOP_SIGNAL : STOP_EOF_MID;
	}
	aft_diags_init(&d, u->lang);
	if (aft_fill_set_answer(u->f, c, level, mo, ac, &d) != AFT_OK) {
		/* Checked at each prompt already; say why and ask again. */
		complain_diags(u, &d);
		*step = STEP_AGAIN;
		st = STOP_DONE;
	} else
		st = save(u);
	aft_diags_fini(&d);
	free(level);
	free(mo);
	free(ac);
	return st;
}

/* The criteria to ask, in catalog order; *n of them, malloc'd. */
static const struct aft_criterion **
walk_list(const struct ui *u, const struct aft_principle *only,
    bool unanswered, size_t *n)
{
	const struct aft_criterion	**v;
	const struct aft_answers	 *ans = aft_fill_answers(u->f);

	*n = 0;
	if ((v = calloc(u->cat->ncriteria + 1, sizeof(*v))) == NULL)
		return NULL;
	for (size_t i = 0; i < u->cat->ncriteria; i++) {
		const struct aft_criterion *c = u->cat->all[i];

		if (only != NULL && &u->cat->principles[c->principle] != only)
			continue;
		if (unanswered && ans->answers[i].status != AFT_UNANSWERED)
			continue;
		v[(*n)++] = c;
	}
	return v;
}

static enum stop
walk(struct ui *u, const struct aft_criterion **list, size_t n)
{
	size_t		i = 0, shown = SIZE_MAX;
	enum stop	st = STOP_DONE;

	if (n == 0) {
		say(u, "%s\n", m(u, AFT_M_F_NOTHING));
		return STOP_DONE;
	}
	while (i < n) {
		const struct aft_criterion	*c = list[i];
		enum step			 step;

		if (c->principle != shown) {
			show_principle(u, &u->cat->principles[c->principle]);
			shown = c->principle;
		}
		show_criterion(u, c, i, n);
		st = criterion(u, c, i == 0, &step);
		if (st != STOP_DONE)
			return st;
		fputc('\n', u->out);
		if (step == STEP_BACK)
			i--;
		if (step != STEP_NEXT)
			continue;
		i++;
		if (i == n || list[i]->principle != c->principle)
			show_score(u, c->principle);
	}
	return STOP_DONE;
}

/* The session. */

static int
finish(struct ui *u, enum stop st)
{
	switch (st) {
	case STOP_DONE:
	case STOP_QUIT:
	case STOP_EOF:
		summary(u);
		return EXIT_OK;
	case STOP_EOF_MID:
		fflush(u->out);
		cli_errorm(AFT_M_F_EOF_MID, u->cur != NULL ? u->cur->id : "?");
		return EXIT_ERROR;
	case STOP_SIGNAL:
		if (cli_prompt_signal() != SIGHUP) {
			say(u, m(u, AFT_M_F_SIGNAL), u->name);
			fputc('\n', u->out);
		}
		return 128 + (int)cli_prompt_signal();
	case STOP_FAILED:
		break;
	}
	return EXIT_ERROR;
}

/*
 * Asks the questions on standard input, from the service fields to the
 * last criterion, and says how it ended; returns the exit code.
 */
static int
session(struct ui *u, const struct aft_principle *only, bool unanswered)
{
	const struct aft_criterion	**list = NULL;
	size_t				  n = 0;
	enum stop			  stop;
	int				  rc = EXIT_ERROR;

	cli_prompt_init(&u->rd, STDIN_FILENO);
	stop = service(u);
	if (stop == STOP_DONE &&
	    (list = walk_list(u, only, unanswered, &n)) == NULL)
		cli_errorm(AFT_M_C_NOMEM);
	else {
		if (stop == STOP_DONE)
			stop = walk(u, list, n);
		fflush(stdout);
		rc = finish(u, stop);
	}
	cli_prompt_fini(&u->rd);
	free(list);
	return rc;
}

/* The options of fill. */
struct fill_opts {
	bool		 unanswered;
	const char	*principle;
};

static const struct option longopts[] = {
	{ "unanswered",	no_argument,	   NULL, OPT_UNANSWERED },
	{ "principle",	required_argument, NULL, OPT_PRINCIPLE },
	{ NULL, 0, NULL, 0 }
};

static int
fill_option(struct cli_ctx *x, int c, const char *arg)
{
	struct fill_opts *o = x->state;

	switch (c) {
	case OPT_UNANSWERED:
		o->unanswered = true;
		return 1;
	case OPT_PRINCIPLE:
		o->principle = arg;
		return 1;
	default:
		return 0;
	}
}

/* Standard input holds the answers, so it cannot be the file too. */
static int
fill_check(struct cli_ctx *x)
{
	if (strcmp(x->argv[0], "-") == 0)
		return cli_usage(AFT_M_F_ONE_FILE);
	return EXIT_OK;
}

/*
 * Finds the principle --principle names; returns EXIT_OK, or the exit
 * code after a usage error.
 */
static int
find_principle(const struct aft_catalog *cat, const char *id,
    const struct aft_principle **p)
{
	size_t len = strlen(id);

	if ((*p = aft_catalog_principle(cat, id)) != NULL)
		return EXIT_OK;
	return cli_unknown_principle(cat, id, len,
	    aft_catalog_nearest_principle(cat, id, len));
}

static int
fill_run(struct cli_ctx *x)
{
	const struct fill_opts		*o = x->state;
	const struct aft_principle	*only = NULL;
	struct cli_fill_file		 ff;
	struct ui			 u;
	int				 rc;

	if (o->principle != NULL &&
	    (rc = find_principle(x->cat, o->principle, &only)) != EXIT_OK)
		return rc;
	memset(&u, 0, sizeof(u));
	u.cat = x->cat;
	u.o = &x->common;
	u.lang = x->common.lang;
	u.out = stdout;
	if ((rc = cli_fill_file_load(&ff, u.cat, x->argv[0], u.lang)) ==
	    EXIT_OK) {
		u.f = ff.f;
		u.name = ff.name;
		u.path = ff.path;
		if (ff.created) {
			say(&u, m(&u, AFT_M_F_CREATED), u.name);
			fputc('\n', u.out);
		}
		u.color = cli_use_color(x->common.color, stdout);
		rc = session(&u, only, o->unanswered);
	}
	cli_fill_file_fini(&ff);
	return rc;
}

const struct cli_command cmd_fill = {
	.name		= "fill",
	.synopsis	= "fill [options] [--unanswered] [--principle id] file",
	.help		= {
	[AFT_LANG_NL] =
"Vul een antwoordenbestand in met vragen, zonder YAML te schrijven: eerst de\n"
"ontbrekende gegevens van de dienst, dan per criterium het niveau, een\n"
"motivatie en geplande acties. Het bestand wordt na elk antwoord atomair\n"
"bewaard en bestaat het nog niet, dan wordt het uit het sjabloon gemaakt.\n"
"Met invoer uit een pijp: drie regels per criterium (niveau, motivatie,\n"
"acties; een lege regel voor geen); q stopt. Zie docs/fill.md.\n"
"\n"
"      --unanswered      alleen criteria zonder antwoord\n"
"      --principle ID    alleen de criteria van principe ID\n"
"\n"
"Afsluitcodes: 0 klaar of gestopt (q, einde van de invoer), 2 een fout,\n"
"130 onderbroken met Ctrl-C (129 SIGHUP, 143 SIGTERM).\n",
	[AFT_LANG_EN] =
"Fill in an answers file by answering questions, writing no YAML: first the\n"
"missing service fields, then per criterion the level, a motivation and\n"
"planned actions. The file is saved atomically after every answer, and\n"
"made from the template when it does not exist yet. With piped input:\n"
"three lines per criterion (level, motivation, actions; an empty line for\n"
"none); q stops. See docs/fill.md.\n"
"\n"
"      --unanswered      only criteria without an answer\n"
"      --principle ID    only the criteria of principle ID\n"
"\n"
"Exit codes: 0 done or stopped (q, end of input), 2 an error, 130\n"
"interrupted with Ctrl-C (129 SIGHUP, 143 SIGTERM).\n",
	},
	.traits		= CLI_LOADS_CATALOG,
	.operands	= { .min = 1, .max = 1, .few = AFT_M_F_ONE_FILE,
	    .many = AFT_M_C_TOO_MANY },
	.longopts	= longopts,
	.state_size	= sizeof(struct fill_opts),
	.option		= fill_option,
	.check		= fill_check,
	.run		= fill_run,
};
