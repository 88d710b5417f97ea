/*
 * Running a command from its descriptor (struct cli_command in cli.h):
 * the start every command shares, done once here from the descriptor's
 * options, operands and traits, then the command's own run, then the
 * release of what the start made.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* What the start returns when the command is to run. */
#define GO_ON	(-1)

/* The options every command takes, before its own. */
static const struct option common_longopts[] = {
	{ "lang",	required_argument, NULL, OPT_LANG },
	{ "color",	required_argument, NULL, OPT_COLOR },
	{ "colour",	required_argument, NULL, OPT_COLOR },
	{ "criteria",	required_argument, NULL, OPT_CRITERIA },
	{ "quiet",	no_argument,	   NULL, 'q' },
	{ "help",	no_argument,	   NULL, 'h' },
};

#define NCOMMON	(sizeof(common_longopts) / sizeof(common_longopts[0]))
#define COMMON_SHORTOPTS	"qh"

/* The options of a command with CLI_WRITES_ONE. */
static const struct option out_longopts[] = {
	{ "output",	required_argument, NULL, 'o' },
	{ "force",	no_argument,	   NULL, OPT_OUT_FORCE },
};

#define NOUT	(sizeof(out_longopts) / sizeof(out_longopts[0]))
#define OUT_SHORTOPTS	"o:"

/*
 * Makes getopt_long()'s option lists for c: the common long options,
 * those of its traits and c's own in *longopts, and in *shortopts ':'
 * (missing values reported as such) with c's short options, its traits'
 * and the common ones.  Both are the caller's to free; returns -1
 * without memory.
 */
static int
options(const struct cli_command *c, struct option **longopts,
    char **shortopts)
{
	const char	*own = c->shortopts != NULL ? c->shortopts : "";
	bool		 out = c->traits & CLI_WRITES_ONE;
	size_t		 n = 0, k = NCOMMON, len;

	while (c->longopts != NULL && c->longopts[n].name != NULL)
		n++;
	len = 1 + strlen(own) + strlen(OUT_SHORTOPTS) +
	    strlen(COMMON_SHORTOPTS) + 1;
	*longopts = calloc(NCOMMON + NOUT + n + 1, sizeof(**longopts));
	*shortopts = malloc(len);
	if (*longopts == NULL || *shortopts == NULL) {
		free(*longopts);
		free(*shortopts);
		return -1;
	}
	memcpy(*longopts, common_longopts, sizeof(common_longopts));
	if (out) {
		memcpy(*longopts + k, out_longopts, sizeof(out_longopts));
		k += NOUT;
	}
	if (n > 0)
		memcpy(*longopts + k, c->longopts, n * sizeof(**longopts));
	snprintf(*shortopts, len, ":%s%s%s", own, out ? OUT_SHORTOPTS : "",
	    COMMON_SHORTOPTS);
	return 0;
}

/* Handles an option of the traits of c; returns 1 when it was one. */
static int
trait_option(struct cli_ctx *x, const struct cli_command *c, int ch)
{
	if (!(c->traits & CLI_WRITES_ONE))
		return 0;
	if (ch == 'o')
		x->out.path = optarg;
	else if (ch == OPT_OUT_FORCE)
		x->out.force = true;
	else
		return 0;
	return 1;
}

/*
 * Handles option ch as getopt_long() returned it; returns GO_ON, or the
 * exit code after the help or a usage error.
 */
static int
one_option(struct cli_ctx *x, const struct cli_command *c, int ch,
    char **argv)
{
	int h;

	if (ch == 'h') {
		cli_help(stdout, c);
		return EXIT_OK;
	}
	h = cli_common_opt(&x->common, ch, optarg);
	if (h == 0)
		h = trait_option(x, c, ch);
	if (h == 0 && ch != '?' && ch != ':' && c->option != NULL)
		h = c->option(x, ch, optarg);
	if (h > 0)
		return GO_ON;
	if (h < 0)
		return EXIT_ERROR;
	return cli_bad_option(argv, ch);
}

/* Reads the options up to the operands; returns GO_ON or the exit code. */
static int
parse(struct cli_ctx *x, const struct cli_command *c, int argc, char **argv)
{
	struct option	*longopts;
	char		*shortopts;
	int		 ch, rc = GO_ON;

	if (options(c, &longopts, &shortopts) != 0) {
		cli_errorm(AFT_M_C_NOMEM);
		return EXIT_ERROR;
	}
	while (rc == GO_ON &&
	    (ch = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1)
		rc = one_option(x, c, ch, argv);
	free(longopts);
	free(shortopts);
	return rc;
}

/*
 * Everything before the command runs: the options, the operands, the
 * command's own check, and the catalog.  Returns GO_ON or the exit code.
 */
static int
start(struct cli_ctx *x, const struct cli_command *c, int argc, char **argv)
{
	int rc;

	if ((rc = parse(x, c, argc, argv)) != GO_ON)
		return rc;
	x->argc = argc - optind;
	x->argv = argv + optind;
	if (x->argc < c->operands.min)
		return cli_usage(c->operands.few);
	if (c->operands.max >= 0 && x->argc > c->operands.max)
		return cli_usage(c->operands.many);
	if (x->out.force && x->out.path == NULL)
		return cli_usage(AFT_M_C_FORCE_NEEDS_O);
	if (c->check != NULL && (rc = c->check(x)) != EXIT_OK)
		return rc;
	if ((c->traits & CLI_LOADS_CATALOG) &&
	    (x->cat = cli_load_catalog(&x->common)) == NULL)
		return EXIT_ERROR;
	return GO_ON;
}

int
cli_run(const struct cli_command *c, int argc, char **argv)
{
	struct cli_ctx	x;
	int		rc;

	cli_cmd = c;
	memset(&x, 0, sizeof(x));
	cli_common_init(&x.common);
	if (c->state_size > 0 &&
	    (x.state = calloc(1, c->state_size)) == NULL) {
		cli_errorm(AFT_M_C_NOMEM);
		return EXIT_ERROR;
	}
	if (c->init != NULL)
		c->init(x.state);
	if ((rc = start(&x, c, argc, argv)) == GO_ON)
		rc = c->run(&x);
	aft_catalog_free(x.cat);
	if (c->fini != NULL)
		c->fini(x.state);
	free(x.state);
	return rc;
}
