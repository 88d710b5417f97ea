/*
 * aftoets compare OLD NEW: what changed between two assessments of a
 * service.  Both files are read and scored as `aftoets score` does; a
 * problem in either is reported at its place and gives exit code 2.
 * With --fail-on-regression the exit code is 1 when a principle's score
 * went down.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/answers.h"
#include "aftoets/compare.h"
#include "aftoets/input.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "cli.h"

enum {
	OPT_FAIL_REGRESSION = OPT_FIRST_OWN,
	OPT_FORCE
};

/* Reads and scores one file into the arena; prints its problems. */
static int
load(struct aft_result **res, const struct aft_catalog *cat,
    const char *path, const struct cli_common *o, struct aft_arena *arena)
{
	const char		*name = cli_input_name(path);
	struct aft_answers	*ans = NULL;
	struct aft_diags	 d;
	char			*buf = NULL;
	size_t			 len = 0;
	int			 rc;

	aft_diags_init(&d, o->lang);
	rc = aft_input_read(&buf, &len, path, name, AFT_INPUT_MAX, &d);
	if (rc == AFT_OK)
		rc = aft_answers_read(&ans, cat, name, buf, len, 0, arena, &d);
	if (rc == AFT_OK)
		rc = aft_score(res, cat, ans, arena);
	cli_diags_done(&d, rc, o->quiet);
	/* The answers point into the arena, not into buf. */
	free(buf);
	return rc;
}

/* What a comparison is written from. */
struct cmp_job {
	const struct aft_comparison	*cmp;
	enum aft_compare_format		 fmt;
	enum aft_lang			 lang;
	bool				 color;
};

static int
write_cmp(FILE *fp, void *arg)
{
	const struct cmp_job *j = arg;

	return aft_compare_write(fp, j->cmp, j->fmt, j->lang, j->color);
}

static int
report(const struct aft_comparison *cmp, enum aft_compare_format fmt,
    const struct cli_common *o, const char *output)
{
	struct cmp_job	j = { cmp, fmt, o->lang, false };
	int		rc;

	if (output != NULL)
		return cli_write_file(output, true, write_cmp, &j);
	j.color = fmt == AFT_CMP_TEXT && cli_use_color(o->color, stdout);
	if ((rc = write_cmp(stdout, &j)) == AFT_ENOMEM)
		cli_errorm(AFT_M_C_NOMEM);
	/* A write error on stdout is reported by main. */
	return rc == AFT_OK ? EXIT_OK : EXIT_ERROR;
}

/* Names every principle that went down, for the CI log. */
static void
name_regressions(const struct aft_comparison *cmp, enum aft_lang lang)
{
	for (size_t i = 0; i < cmp->npc; i++) {
		const struct aft_principle_change	*pc = &cmp->pc[i];
		char					 a[AFT_NUMBUF];
		char					 b[AFT_NUMBUF];

		if (!pc->regressed)
			continue;
		cli_errorm(AFT_M_C_REGRESSION, pc->p->title.s[lang],
		    aft_fmt_score(a, pc->score.old.v, lang),
		    aft_fmt_score(b, pc->score.new.v, lang));
	}
}

/* The options of compare. */
struct compare_opts {
	enum aft_compare_format	 fmt;
	const char		*output;	/* -o, else stdout */
	bool			 force;
	bool			 gate;		/* --fail-on-regression */
};

static const struct option longopts[] = {
	{ "format",	required_argument, NULL, 'f' },
	{ "output",	required_argument, NULL, 'o' },
	{ "force",	no_argument,	   NULL, OPT_FORCE },
	{ "fail-on-regression", no_argument, NULL, OPT_FAIL_REGRESSION },
	{ NULL, 0, NULL, 0 }
};

static void
compare_init(void *state)
{
	struct compare_opts *o = state;

	o->fmt = AFT_CMP_TEXT;
}

static int
compare_option(struct cli_ctx *x, int c, const char *arg)
{
	struct compare_opts *o = x->state;

	switch (c) {
	case 'f':
		if (strcmp(arg, "text") == 0)
			o->fmt = AFT_CMP_TEXT;
		else if (strcmp(arg, "markdown") == 0)
			o->fmt = AFT_CMP_MARKDOWN;
		else if (strcmp(arg, "json") == 0)
			o->fmt = AFT_CMP_JSON;
		else {
			cli_usage(AFT_M_C_BAD_VALUE, arg, "--format",
			    "text|markdown|json");
			return -1;
		}
		return 1;
	case 'o':
		o->output = arg;
		return 1;
	case OPT_FORCE:
		o->force = true;
		return 1;
	case OPT_FAIL_REGRESSION:
		o->gate = true;
		return 1;
	default:
		return 0;
	}
}

/* The output may replace neither file compared nor an answers file. */
static int
compare_check(struct cli_ctx *x)
{
	const struct compare_opts *o = x->state;

	if (o->force && o->output == NULL)
		return cli_usage(AFT_M_C_FORCE_NEEDS_O);
	if (o->output == NULL)
		return EXIT_OK;
	return cli_output_guard(o->output, (const char *const *)x->argv,
	    (size_t)x->argc, &x->common, o->force, AFT_INPUT_MAX);
}

static int
compare_run(struct cli_ctx *x)
{
	const struct compare_opts	*o = x->state;
	struct aft_result		*old = NULL, *new = NULL;
	struct aft_comparison		*cmp = NULL;
	struct aft_arena		 arena;
	int				 rc, rc_old, rc_new;

	aft_arena_init(&arena);
	/* Both files are read, so that every problem shows at once. */
	rc_old = load(&old, x->cat, x->argv[0], &x->common, &arena);
	rc_new = load(&new, x->cat, x->argv[1], &x->common, &arena);
	if (rc_old != AFT_OK || rc_new != AFT_OK)
		rc = EXIT_ERROR;
	else if (aft_compare(&cmp, old, new, &arena) != AFT_OK) {
		cli_errorm(AFT_M_C_NOMEM);
		rc = EXIT_ERROR;
	} else
		rc = report(cmp, o->fmt, &x->common, o->output);
	if (rc == EXIT_OK && o->gate && cmp->regression) {
		name_regressions(cmp, x->common.lang);
		rc = EXIT_GATE;
	}
	aft_arena_fini(&arena);
	return rc;
}

const struct cli_command cmd_compare = {
	.name		= "compare",
	.synopsis	= "compare [options] old.yaml new.yaml",
	.help		= {
	[AFT_LANG_NL] =
"Vergelijk twee aftoetsingen van een dienst: per principe de score van\n"
"toen en nu, per criterium wat verbeterde of achteruitging, en welke\n"
"aandachtspunten opgelost of nieuw zijn.\n"
"\n"
"  -f, --format FORMAT   text (standaard), markdown of json\n"
"  -o, --output FILE     schrijf het rapport atomair naar FILE\n"
"      --force           vervang FILE ook als het een antwoordenbestand is\n"
"      --fail-on-regression\n"
"                        afsluitcode 1 als een principe achteruitging\n",
	[AFT_LANG_EN] =
"Compare two assessments of a service: per principle the score then and\n"
"now, per criterion what improved or regressed, and which points of\n"
"attention were resolved or are new.\n"
"\n"
"  -f, --format FORMAT   text (default), markdown or json\n"
"  -o, --output FILE     write the report to FILE, atomically\n"
"      --force           replace FILE even when it is an answers file\n"
"      --fail-on-regression\n"
"                        exit code 1 when a principle's score went down\n",
	},
	.traits		= CLI_LOADS_CATALOG,
	.operands	= { .min = 2, .max = 2, .few = AFT_M_C_TWO_FILES,
	    .many = AFT_M_C_TWO_FILES },
	.shortopts	= "f:o:",
	.longopts	= longopts,
	.state_size	= sizeof(struct compare_opts),
	.init		= compare_init,
	.option		= compare_option,
	.check		= compare_check,
	.run		= compare_run,
};
