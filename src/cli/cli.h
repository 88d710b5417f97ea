/*
 * The aftoets program.  Each subcommand is a struct cli_command, defined
 * in its own file with its synopsis, help, options and traits:
 *
 *   score         cmd_score.c
 *   validate      cmd_score.c (the same checks, no report)
 *   criteria      cmd_criteria.c
 *   significance  cmd_significance.c
 *   init          cmd_init.c
 *   fill          cmd_fill.c
 *   form          cmd_form.c
 *   compare       cmd_compare.c
 *   schema        cmd_schema.c
 *
 * and the files they share:
 *
 *   main.c       the list of commands, --version, the main help, and
 *                the exit code after stdout is closed
 *   run.c        runs a command from its descriptor: the start every
 *                command shares (options, -h, operands, catalog), done
 *                once, then the command's run function
 *   common.c     the common options and their help, loading the catalog,
 *                writing a file atomically, refusing an output that
 *                would replace an input or an answers file
 *   gates.c      the gate options of score
 *   explain.c    criteria and the answer scale, explained to a person
 *   fill_file.c  the answers file fill works on: checked, read or made
 *   fill_ask.c   one question of fill: its prompt, its line taken or
 *                refused (fill_ui.h, shared by the files of fill)
 *   fill_service.c  fill's service block
 *   fill_show.c  what fill shows: a criterion fitted to the screen, the
 *                scores and the summary
 *   prompt.c     the line reader of fill's questions (prompt.h)
 *   msg.c        everything written to stderr, in the language of
 *                messages, for the command being run
 *
 * Nothing depends on main.c, and msg.c on none of the others.  Only
 * msg.c writes diagnostics to stderr.
 */
#ifndef AFTOETS_CLI_H
#define AFTOETS_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "aftoets/catalog.h"
#include "aftoets/diag.h"
#include "aftoets/gate.h"
#include "aftoets/msg.h"

/*
 * Exit codes.  EXIT_ERROR is a usage error, an invalid input, or a
 * failure to read or write; with several inputs the worst code wins.
 */
#define EXIT_OK		0
#define EXIT_GATE	1	/* a gate failed */
#define EXIT_ERROR	2

enum cli_color {
	CLI_COLOR_AUTO,
	CLI_COLOR_ALWAYS,
	CLI_COLOR_NEVER
};

/* Options every subcommand takes. */
struct cli_common {
	enum aft_lang	 lang;
	enum cli_color	 color;
	bool		 quiet;
	const char	*criteria;	/* --criteria or AFTOETS_CRITERIA */
};

/* Long-option values for the common options, above any short option. */
enum {
	OPT_LANG = 256,
	OPT_COLOR,
	OPT_CRITERIA,
	OPT_HELP,
	OPT_OUT_FORCE,		/* --force, with CLI_WRITES_ONE */
	OPT_FIRST_OWN		/* the first value a command may use */
};

/*
 * A subcommand, as its cmd_<name>.c describes it.  cli_run() (run.c)
 * does the start every command shares, from the descriptor:
 *
 *   1. the common options' defaults, then init(state);
 *   2. the options, in the order given: the common ones, -h (the help,
 *      exit 0), then option() for the command's own; an unknown option
 *      or a missing value is a usage error;
 *   3. the number of operands (the usage errors few and many), and with
 *      CLI_WRITES_ONE --force without -o (a usage error);
 *   4. check(), for what must be refused before the catalog is read;
 *   5. the catalog, with the trait CLI_LOADS_CATALOG;
 *
 * then run(), and frees the catalog and, after fini(state), the state.
 * Every step after a failed one is left out.  The hooks init, option,
 * check and fini may be NULL.
 */
struct cli_ctx;

struct cli_command {
	const char	*name;
	const char	*synopsis;		/* after "usage: aftoets " */
	const char	*help[AFT_NLANG];	/* before the common options */
	unsigned	 traits;		/* CLI_* below */

	/* Operands: at least min, at most max (-1: any number). */
	struct {
		int		 min, max;
		enum aft_msg	 few, many;	/* the usage errors */
	}		 operands;

	/*
	 * The command's own options: short ones in getopt's form ("f:o:"),
	 * long ones ended by an entry of zeros; either may be NULL.
	 */
	const char		*shortopts;
	const struct option	*longopts;

	/* The state the options fill in: state_size bytes, zeroed first. */
	size_t		 state_size;
	void		(*init)(void *state);	/* defaults */
	/*
	 * One of its own options, c as getopt_long() returned it, with its
	 * argument.  Returns 1 when handled, 0 when c is not the command's
	 * (an unknown option), -1 after a usage error was printed.
	 */
	int		(*option)(struct cli_ctx *, int c, const char *arg);
	/* Returns EXIT_OK to go on, or the exit code after an error. */
	int		(*check)(struct cli_ctx *);
	/* The command itself; returns the exit code. */
	int		(*run)(struct cli_ctx *);
	void		(*fini)(void *state);	/* releases what state holds */
};

/* Traits of a command. */
#define CLI_LOADS_CATALOG	0x01	/* the one --criteria names */
#define CLI_WRITES_ONE		0x02	/* -o FILE and --force: cli_ctx.out */

/*
 * The one output of a command with CLI_WRITES_ONE: the file -o names,
 * else standard output; --force lets it replace an answers file (and,
 * for init, any file).  cli_out_write() writes it.
 */
struct cli_out {
	const char	*path;	/* -o, else NULL */
	bool		 force;
};

/* What a command's hooks get; cli_run() owns all of it. */
struct cli_ctx {
	struct cli_common	 common;
	struct aft_catalog	*cat;	/* with CLI_LOADS_CATALOG, else NULL */
	struct cli_out		 out;	/* with CLI_WRITES_ONE */
	int			 argc;	/* the operands */
	char			**argv;
	void			*state;	/* the command's own options */
};

extern const struct cli_command cmd_score, cmd_validate, cmd_criteria,
    cmd_init, cmd_fill, cmd_form, cmd_compare, cmd_schema,
    cmd_significance;

/*
 * run.c: runs command c with its arguments (argv[0] is its name) and
 * returns the exit code.  Sets cli_cmd.
 */
int	cli_run(const struct cli_command *c, int argc, char **argv);

/* common.c */
/* Prints the help of a command: synopsis, own options, common options. */
void	cli_help(FILE *, const struct cli_command *);
/* Prints the help of the common options alone. */
void	cli_common_help(FILE *);
/* Sets the common defaults from the environment. */
void	cli_common_init(struct cli_common *);
/*
 * Handles a common option c with argument arg.  Returns 1 when handled,
 * 0 when c is not a common option, -1 after a usage error was printed.
 */
int	cli_common_opt(struct cli_common *, int c, const char *arg);
/* Loads the catalog the options name; prints problems; NULL on failure. */
struct aft_catalog *cli_load_catalog(const struct cli_common *);
/* How messages name an input path: "<stdin>" for "-". */
const char	*cli_input_name(const char *path);
/*
 * Prints the diagnostics of one input in order (and a word for lack of
 * memory when rc says so), then releases them.
 */
void	cli_diags_done(struct aft_diags *, int rc, bool quiet);
/*
 * Writes a file atomically: write(fp, arg) fills it and returns AFT_OK
 * or a status.  Without replace an existing file is refused, before and
 * at the rename.  Reports every problem; returns EXIT_OK or EXIT_ERROR,
 * and on failure the file is as it was.
 */
int	cli_write_file(const char *path, bool replace,
	    int (*write)(FILE *, void *), void *arg);
/*
 * Writes the output of a command with CLI_WRITES_ONE through write(fp,
 * arg): to the file -o names as cli_write_file() does (replace as it
 * says), or else to standard output, whose write errors main reports.
 * Returns EXIT_OK or EXIT_ERROR.
 */
int	cli_out_write(const struct cli_ctx *, bool replace,
	    int (*write)(FILE *, void *), void *arg);
/*
 * cli_output_guard() for the file -o names, when it names one, with the
 * n inputs; EXIT_OK without -o.
 */
int	cli_out_guard(const struct cli_ctx *, const char *const *inputs,
	    size_t n);
/* Whether -o out names a folder: it ends in '/' or is one. */
bool	cli_output_is_dir(const char *out);
/*
 * Prints why aft_site_check() or aft_site_open() refused folder out
 * (rc, with foreign the name it gave) and returns EXIT_ERROR; EXIT_OK
 * for AFT_OK.
 */
int	cli_site_refused(const char *out, int rc, const char *foreign);
/*
 * Refuses an output file out (-o) that would replace what the command
 * reads or what a person wrote, before anything is read: one of the n
 * inputs ("-" is none), or the catalog the options name, also when out
 * names it through a link or spelt otherwise; and, without force, an
 * existing answers file (aft_answers_like(), read within max bytes).
 * A name that is not there costs one stat().  A folder (out ends in
 * '/' or names one) is refused unless it is missing, empty or a site
 * aftoets wrote (aftoets/site.h).  Prints the refusal; returns EXIT_OK
 * or EXIT_ERROR.
 */
int	cli_output_guard(const char *out, const char *const *inputs,
	    size_t n, const struct cli_common *, bool force, size_t max);
/*
 * Whether the file -o names is as cli_output_guard() found it (there or
 * not, with the same content): EXIT_OK, or EXIT_ERROR after saying that
 * someone changed it meanwhile, so that it must not be replaced.
 * cli_write_file() calls it before it replaces path.
 */
int	cli_output_unchanged(const char *out);
/* Whether paths a and b name one existing file ("-" names none). */
bool	cli_same_file(const char *a, const char *b);

/* gates.c: --fail-under, --fail-under-principle, --require-complete. */
enum {
	OPT_FAIL_UNDER = 400,	/* above OPT_FIRST_OWN and what commands use */
	OPT_FAIL_UNDER_PRINCIPLE,
	OPT_REQUIRE_COMPLETE
};

#define CLI_GATE_LONGOPTS						\
	{ "fail-under",	required_argument, NULL, OPT_FAIL_UNDER },	\
	{ "fail-under-principle", required_argument, NULL,		\
	    OPT_FAIL_UNDER_PRINCIPLE },					\
	{ "require-complete", no_argument, NULL, OPT_REQUIRE_COMPLETE }

struct cli_gates {
	struct aft_gates	  list;		/* after cli_gates_resolve() */
	const char		 *overall;	/* the last --fail-under */
	const char		**principle;	/* --fail-under-principle */
	size_t			  nprinciple;
	bool			  complete;
};

void	cli_gates_init(struct cli_gates *);
void	cli_gates_fini(struct cli_gates *);
/*
 * Handles a gate option c with argument arg.  Returns 1 when handled, 0
 * when c is not a gate option, -1 after a usage error was printed.  A
 * NULL list refuses the gate options, as commands other than score do.
 */
int	cli_gate_opt(struct cli_gates *, int c, const char *arg);
/*
 * A usage error for the principle id (its first idlen bytes), naming the
 * nearest known one, or all of them when nearest is NULL; returns 2.
 */
int	cli_unknown_principle(const struct aft_catalog *, const char *id,
	    size_t idlen, const char *nearest);
/* Checks the options against cat and builds the list; -1 after an error. */
int	cli_gates_resolve(struct cli_gates *, const struct aft_catalog *);


/* fill_file.c: the answers file fill works on. */
struct aft_fill;

struct cli_fill_file {
	const char	*name;		/* as the user named it */
	const char	*path;		/* name, or where its link points */
	char		*real;		/* path, when found through a link */
	struct aft_fill	*f;
	bool		 created;	/* made from the template, and saved */
};

/*
 * Loads the answers file name for cat, following a link: refuses what
 * is not a regular file or cannot be written, then reads and checks it,
 * or makes it from the template and saves it at once.  Prints every
 * problem; returns EXIT_OK or EXIT_ERROR.  Either way the caller
 * releases ff with cli_fill_file_fini().
 */
int	cli_fill_file_load(struct cli_fill_file *ff,
	    const struct aft_catalog *cat, const char *name, enum aft_lang);
void	cli_fill_file_fini(struct cli_fill_file *ff);

/* explain.c: criteria and the scale as text, wrapped at 78 columns. */
/* Writes s wrapped, every line indented by indent columns. */
void	cli_print_wrapped(FILE *, const char *s, size_t indent);
/*
 * The same with no line past column limit, but for a word longer than a
 * line, which is not cut.
 */
void	cli_print_wrapped_at(FILE *, const char *s, size_t indent,
	    size_t limit);
/* "user criterion" or "inclusion criterion" in lang. */
const char *cli_kind_label(const struct aft_criterion *, enum aft_lang);
/* The answer scale: each level with its points, label and aliases. */
void	cli_scale_text(FILE *, const struct aft_catalog *, enum aft_lang);
/*
 * One criterion in full: principle, kind, weight, text, the evidence and
 * whatever guidance the catalog gives (levels in practice, examples of
 * evidence, a pitfall), then the scale.
 */
void	cli_explain(FILE *, const struct aft_catalog *,
	    const struct aft_criterion *, enum aft_lang);
/* The same without the first line, the id, for a caller that shows it. */
void	cli_explain_body(FILE *, const struct aft_catalog *,
	    const struct aft_criterion *, enum aft_lang);
/* The parts of a criterion's guidance, each under its heading. */
enum cli_part {
	CLI_PART_EVIDENCE,	/* the evidence that counts */
	CLI_PART_PRACTICE,	/* each level in practice, under its label */
	CLI_PART_EXAMPLES,	/* examples of evidence */
	CLI_PART_PITFALL	/* a common pitfall */
};
/*
 * Writes one part after an empty line; a part the catalog does not have
 * (all but the evidence may be missing) is left out, heading and all.
 */
void	cli_explain_part(FILE *, const struct aft_catalog *,
	    const struct aft_criterion *, enum aft_lang, enum cli_part);

/*
 * msg.c: everything written to stderr.  The language of messages, chosen
 * before option parsing (AFTOETS_LANG or nl) and changed by --lang; the
 * command being run, NULL before one is chosen.
 */
extern enum aft_lang			 cli_lang;
extern const struct cli_command		*cli_cmd;

/* Whether to colour output on fp. */
bool	cli_use_color(enum cli_color, FILE *);
void	cli_diags(const struct aft_diags *, bool quiet);
/*
 * For commands that write report after report, before anything is
 * written to stdout.  When stdout is not a terminal it gets a large
 * buffer (CLI_STDOUT_BUF).  When stderr goes to the same place, every
 * block of diagnostics flushes stdout first, so that a merged log keeps
 * them beside their report; when it goes elsewhere and is not a
 * terminal, the diagnostics are held and written CLI_ERR_BUF bytes at a
 * time (and by cli_err_flush(), which the command calls at its end).
 */
#define CLI_STDOUT_BUF	(64 * 1024)
#define CLI_ERR_BUF	(16 * 1024)
void	cli_batch_output(void);
void	cli_err_flush(void);
void	cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	cli_errorm(enum aft_msg, ...);
/*
 * An error at a line of an input that is not a file (fill's answers on
 * standard input): "INPUT:LINE: error: " and the message.
 */
void	cli_line_error(const char *input, unsigned long line,
	    enum aft_msg, ...);
/* A usage error: the message, then "try 'aftoets CMD --help'"; returns 2. */
int	cli_usage(enum aft_msg, ...);
/* Reports an unknown option or a missing value after getopt_long(). */
int	cli_bad_option(char **argv, int optopt_c);

#endif
