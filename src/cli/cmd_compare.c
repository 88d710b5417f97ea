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
	OPT_FAIL_REGRESSION = OPT_FIRST_OWN
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

static int
compare_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		{ "format",	required_argument, NULL, 'f' },
		{ "output",	required_argument, NULL, 'o' },
		{ "fail-on-regression", no_argument, NULL,
		    OPT_FAIL_REGRESSION },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_common	 o;
	enum aft_compare_format	 fmt = AFT_CMP_TEXT;
	struct aft_catalog	*cat;
	struct aft_result	*old = NULL, *new = NULL;
	struct aft_comparison	*cmp = NULL;
	struct aft_arena	 arena;
	const char		*output = NULL;
	bool			 gate = false;
	int			 c, h, rc, rc_old, rc_new;

	cli_common_init(&o);
	while ((c = getopt_long(argc, argv, ":f:o:qh", longopts, NULL)) !=
	    -1) {
		if ((h = cli_common_opt(&o, c, optarg)) < 0)
			return EXIT_ERROR;
		if (h > 0)
			continue;
		switch (c) {
		case 'h':
			cli_help(stdout, cli_cmd);
			return EXIT_OK;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				fmt = AFT_CMP_TEXT;
			else if (strcmp(optarg, "markdown") == 0)
				fmt = AFT_CMP_MARKDOWN;
			else if (strcmp(optarg, "json") == 0)
				fmt = AFT_CMP_JSON;
			else
				return cli_usage(AFT_M_C_BAD_VALUE, optarg,
				    "--format", "text|markdown|json");
			break;
		case 'o':
			output = optarg;
			break;
		case OPT_FAIL_REGRESSION:
			gate = true;
			break;
		default:
			return cli_bad_option(argv, c);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc != 2)
		return cli_usage(AFT_M_C_TWO_FILES);
	if ((cat = cli_load_catalog(&o)) == NULL)
		return EXIT_ERROR;
	aft_arena_init(&arena);
	/* Both files are read, so that every problem shows at once. */
	rc_old = load(&old, cat, argv[0], &o, &arena);
	rc_new = load(&new, cat, argv[1], &o, &arena);
	if (rc_old != AFT_OK || rc_new != AFT_OK)
		rc = EXIT_ERROR;
	else if (aft_compare(&cmp, old, new, &arena) != AFT_OK) {
		cli_errorm(AFT_M_C_NOMEM);
		rc = EXIT_ERROR;
	} else
		rc = report(cmp, fmt, &o, output);
	if (rc == EXIT_OK && gate && cmp->regression) {
		name_regressions(cmp, o.lang);
		rc = EXIT_GATE;
	}
	aft_arena_fini(&arena);
	aft_catalog_free(cat);
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
"      --fail-on-regression\n"
"                        afsluitcode 1 als een principe achteruitging\n",
	[AFT_LANG_EN] =
"Compare two assessments of a service: per principle the score then and\n"
"now, per criterion what improved or regressed, and which points of\n"
"attention were resolved or are new.\n"
"\n"
"  -f, --format FORMAT   text (default), markdown or json\n"
"  -o, --output FILE     write the report to FILE, atomically\n"
"      --fail-on-regression\n"
"                        exit code 1 when a principle's score went down\n",
	},
	.main		= compare_main,
};
