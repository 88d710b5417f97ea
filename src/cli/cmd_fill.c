/*
 * aftoets fill FILE: a guided fill-in.  It asks for the service fields
 * that are missing (fill_service.c), then walks the criteria principle
 * by principle and asks for a level, a motivation and planned actions,
 * saving the file atomically after every completed answer
 * (src/load/fill.c does the editing).  fill_ask.c asks each question,
 * and fill_show.c shows the criteria, the scores and the summary.
 *
 * Standard input is read a line at a time by prompt.c, which lets
 * SIGINT, SIGTERM and SIGHUP through only while it waits for input: a
 * signal can stop the session at a prompt, never halfway through a save.
 * Piped input follows the same prompts, and a line refused there ends
 * the session; docs/fill.md gives the protocol.
 *
 * Every text that comes from the answers file or the catalog, and every
 * line typed, reaches the screen through fill_put_text().
 */
#include <getopt.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/fill.h"
#include "fill_ui.h"

enum {
	OPT_UNANSWERED = OPT_FIRST_OWN,
	OPT_PRINCIPLE,
	OPT_GUIDE
};

/* What the level prompt got. */
enum level_act {
	LV_SET,		/* *level: a word, or NULL to keep */
	LV_BACK,
	LV_QUIT,
	LV_EOF,
	LV_SIGNAL,
	LV_REFUSED
};

/*
 * Whether line is a level, or the reason it is not in why: a line that
 * is not text is refused as such, not as a word of the scale.
 */
static bool
is_level(struct fill_ui *u, const char *line, char *why, size_t size)
{
	struct aft_diags	d;
	struct aft_arena	ar;

	aft_diags_init(&d, u->lang);
	if (aft_fill_check_text(line, &d) != AFT_OK) {
		snprintf(why, size, "%s", d.n > 0 ? d.v[0].msg : "?");
		aft_diags_fini(&d);
		return false;
	}
	aft_diags_fini(&d);
	if (aft_catalog_level(u->cat, line) != AFT_LEVEL_NONE)
		return true;
	aft_arena_init(&ar);
	snprintf(why, size, fill_m(u, AFT_M_BAD_LEVEL), line,
	    aft_catalog_levels_list(u->cat, &ar));
	aft_arena_fini(&ar);
	return false;
}

static enum level_act
ask_level(struct fill_ui *u, const struct aft_criterion *c, bool first,
    const char *field, char **level)
{
	char	prompt[FILL_PROMPT_MAX], hint[FILL_PROMPT_MAX], why[1024];

	fill_level_prompt(u, c, prompt, hint);
	for (;;) {
		char		*line;
		enum fill_got	 g = fill_ask(u, prompt, hint, field, &line);

		if (g != GOT_LINE)
			return g == GOT_EOF ? LV_EOF : g == GOT_SIGNAL ?
			    LV_SIGNAL : LV_REFUSED;
		if (strcmp(line, "q") == 0 || strcmp(line, "Q") == 0)
			return LV_QUIT;
		if (strcmp(line, "?") == 0) {
			fill_show_help(u, c);
			continue;
		}
		if (strcmp(line, "b") == 0 || strcmp(line, "B") == 0) {
			if (!first)
				return LV_BACK;
			snprintf(why, sizeof(why), "%s",
			    fill_m(u, AFT_M_F_FIRST));
		} else if (*line == '\0') {
			*level = NULL;
			return LV_SET;
		} else if (is_level(u, line, why, sizeof(why))) {
			if ((*level = strdup(line)) == NULL) {
				cli_errorm(AFT_M_C_NOMEM);
				return LV_EOF;
			}
			return LV_SET;
		}
		if (fill_refuse(u, field, why))
			return LV_REFUSED;
	}
}

/* Where the walk goes after a criterion. */
enum step {
	STEP_NEXT,
	STEP_BACK,
	STEP_AGAIN
};

/*
 * The three lines of criterion c, into level, mo and ac (malloc'd); *step
 * is STEP_BACK after b.
 */
static enum fill_stop
three_lines(struct fill_ui *u, const struct aft_criterion *c, bool first,
    enum step *step, char **level, char **mo, char **ac)
{
	const struct aft_answer	*a = &aft_fill_answers(u->f)->answers[c->index];
	char			 field[FILL_FIELD_MAX];
	enum fill_got		 g;

	snprintf(field, sizeof(field), "answers.%s.level", c->id);
	switch (ask_level(u, c, first, field, level)) {
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
	case LV_REFUSED:
		return STOP_REFUSED;
	}
	snprintf(field, sizeof(field), "answers.%s.motivation", c->id);
	g = fill_ask_text(u, AFT_M_F_ASK_MOTIVATION, a->motivation != NULL,
	    field, mo);
	snprintf(field, sizeof(field), "answers.%s.actions", c->id);
	if (g == GOT_LINE)
		g = fill_ask_text(u, AFT_M_F_ASK_ACTIONS, a->actions != NULL,
		    field, ac);
	if (g == GOT_LINE)
		return STOP_DONE;
	return g == GOT_SIGNAL ? STOP_SIGNAL : g == GOT_REFUSED ?
	    STOP_REFUSED : STOP_EOF_MID;
}

/* Asks for criterion c; *step says where to go next. */
static enum fill_stop
criterion(struct fill_ui *u, const struct aft_criterion *c, bool first,
    enum step *step)
{
	char			*level = NULL, *mo = NULL, *ac = NULL;
	char			 field[FILL_FIELD_MAX];
	struct aft_diags	 d;
	enum fill_stop		 st;

	*step = STEP_NEXT;
	u->cur = c;
	st = three_lines(u, c, first, step, &level, &mo, &ac);
	if (st != STOP_DONE || *step != STEP_NEXT)
		goto done;
	aft_diags_init(&d, u->lang);
	if (aft_fill_set_answer(u->f, c, level, mo, ac, &d) == AFT_OK)
		st = fill_save(u);
	else {
		/* Checked at each prompt already; say why and ask again. */
		snprintf(field, sizeof(field), "answers.%s", c->id);
		if (fill_refuse_diags(u, field, &d))
			st = STOP_REFUSED;
		*step = STEP_AGAIN;
	}
	aft_diags_fini(&d);
done:
	free(level);
	free(mo);
	free(ac);
	return st;
}

/* The criteria to ask, in catalog order; *n of them, malloc'd. */
static const struct aft_criterion **
walk_list(const struct fill_ui *u, const struct aft_principle *only,
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

static enum fill_stop
walk(struct fill_ui *u, const struct aft_criterion **list, size_t n)
{
	size_t		i = 0, shown = SIZE_MAX;
	enum fill_stop	st = STOP_DONE;

	if (n == 0) {
		fill_say(u, "%s\n", fill_m(u, AFT_M_F_NOTHING));
		return STOP_DONE;
	}
	while (i < n) {
		const struct aft_criterion	*c = list[i];
		enum step			 step;

		if (c->principle != shown) {
			fill_show_principle(u, &u->cat->principles[c->principle]);
			shown = c->principle;
		}
		fill_show_criterion(u, c, i, n);
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
			fill_show_score(u, c->principle);
	}
	return STOP_DONE;
}

/* The session. */

static int
finish(struct fill_ui *u, enum fill_stop st)
{
	switch (st) {
	case STOP_DONE:
	case STOP_QUIT:
	case STOP_EOF:
		fill_summary(u);
		return EXIT_OK;
	case STOP_EOF_MID:
		fflush(u->out);
		cli_errorm(AFT_M_F_EOF_MID, u->cur != NULL ? u->cur->id : "?");
		return EXIT_ERROR;
	case STOP_REFUSED:
		return fill_refused(u);
	case STOP_SIGNAL:
		if (cli_prompt_signal() != SIGHUP) {
			fill_say(u, fill_m(u, AFT_M_F_SIGNAL), u->name);
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
session(struct fill_ui *u, const struct aft_principle *only, bool unanswered)
{
	const struct aft_criterion	**list = NULL;
	size_t				  n = 0;
	enum fill_stop			  stop;
	int				  rc = EXIT_ERROR;

	cli_prompt_init(&u->rd, STDIN_FILENO);
	stop = fill_service(u);
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
	bool		 guide;
	const char	*principle;
};

static const struct option longopts[] = {
	{ "unanswered",	no_argument,	   NULL, OPT_UNANSWERED },
	{ "principle",	required_argument, NULL, OPT_PRINCIPLE },
	{ "guide",	no_argument,	   NULL, OPT_GUIDE },
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
	case OPT_GUIDE:
		o->guide = true;
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
	struct fill_ui			 u;
	int				 rc;

	if (o->principle != NULL &&
	    (rc = find_principle(x->cat, o->principle, &only)) != EXIT_OK)
		return rc;
	memset(&u, 0, sizeof(u));
	u.cat = x->cat;
	u.o = &x->common;
	u.guide = o->guide;
	u.lang = x->common.lang;
	u.out = stdout;
	if ((rc = cli_fill_file_load(&ff, u.cat, x->argv[0], u.lang)) ==
	    EXIT_OK) {
		u.f = ff.f;
		u.name = ff.name;
		u.path = ff.path;
		if (ff.created) {
			fill_say(&u, fill_m(&u, AFT_M_F_CREATED), u.name);
			fputc('\n', u.out);
		}
		fill_show_notice(&u);
		u.color = cli_use_color(x->common.color, stdout);
		rc = session(&u, only, o->unanswered);
	}
	cli_fill_file_fini(&ff);
	return rc;
}

const struct cli_command cmd_fill = {
	.name		= "fill",
	.synopsis	= "fill [options] [--unanswered] [--principle id] [--guide] file",
	.help		= {
	[AFT_LANG_NL] =
"Vul een antwoordenbestand in met vragen, zonder YAML te schrijven: eerst de\n"
"ontbrekende gegevens van de dienst, dan per criterium het niveau, een\n"
"motivatie en geplande acties. Elk criterium past met zijn vraag op een\n"
"scherm; ? toont de volledige toelichting. Het bestand wordt na elk antwoord\n"
"atomair bewaard en bestaat het nog niet, dan wordt het uit het sjabloon\n"
"gemaakt.\n"
"Met invoer uit een pijp: een regel per ontbrekend veld van de dienst, dan\n"
"drie regels per criterium (niveau, motivatie, acties; een lege regel voor\n"
"geen); q op een niveauregel stopt. Een geweigerde regel beëindigt het\n"
"invullen, met stdin:REGEL en afsluitcode 2. Zie docs/fill.md.\n"
"\n"
"      --unanswered      alleen criteria zonder antwoord\n"
"      --principle ID    alleen de criteria van principe ID\n"
"      --guide           de volledige toelichting bij elk criterium\n"
"\n"
"Afsluitcodes: 0 klaar of gestopt (q, einde van de invoer), 2 een fout of\n"
"een geweigerde regel uit een pijp, 130 onderbroken met Ctrl-C (129 SIGHUP,\n"
"143 SIGTERM).\n",
	[AFT_LANG_EN] =
"Fill in an answers file by answering questions, writing no YAML: first the\n"
"missing service fields, then per criterion the level, a motivation and\n"
"planned actions. Each criterion fits on a screen with its question; ?\n"
"shows all its guidance. The file is saved atomically after every answer,\n"
"and made from the template when it does not exist yet. With piped input:\n"
"one line per missing service field, then three lines per criterion\n"
"(level, motivation, actions; an empty line for none); q on a level line\n"
"stops. A refused line ends the run with stdin:LINE and exit code 2. See\n"
"docs/fill.md.\n"
"\n"
"      --unanswered      only criteria without an answer\n"
"      --principle ID    only the criteria of principle ID\n"
"      --guide           all the guidance of every criterion\n"
"\n"
"Exit codes: 0 done or stopped (q, end of input), 2 an error or a refused\n"
"line of piped input, 130 interrupted with Ctrl-C (129 SIGHUP, 143\n"
"SIGTERM).\n",
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
