/*
 * aftoets score and aftoets validate: read answers files, check them,
 * and (for score) write a report.  One bad file never stops the others;
 * the exit code is the worst of all inputs.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/answers.h"
#include "aftoets/atomic.h"
#include "aftoets/batch.h"
#include "aftoets/input.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "aftoets/walk.h"
#include "cli.h"
#include "util/escape.h"

enum {
	OPT_DETAILS = OPT_FIRST_OWN,
	OPT_STRICT,
	OPT_MAX_SIZE
};

/*
 * What a slot's arena keeps from one input for the next: enough for an
 * everyday assessment and its file, so that scoring one file after
 * another asks malloc() for next to nothing.
 */
#define SLOT_KEEP	(256 * 1024)

/* One input on its way through a worker to the report. */
struct slot {
	struct aft_arena	 arena;		/* kept between inputs */
	struct aft_diags	 diags;
	struct aft_result	*res;
	char			*out;		/* the rendered report, if any */
	size_t			 outlen;
	int			 rc;
};

struct run {
	struct cli_common	 common;
	bool			 validate;
	bool			 strict;
	size_t			 max_size;
	struct aft_catalog	*cat;
	struct aft_inputs	 inputs;
	struct aft_report	 rep;
	struct cli_gates	*gates;
	bool			 reporting;
	unsigned		 jobs;		/* threads scoring */
	int			 rc;
};

static void
worst(struct run *x, int rc)
{
	if (rc > x->rc)
		x->rc = rc;
}

/* Parses a number of parallel jobs, 1 to 256. */
static int
parse_jobs(const char *s, unsigned *out)
{
	char		*end;
	unsigned long	 v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoul(s, &end, 10);
	if (errno != 0 || *end != '\0' || v < 1 || v > 256)
		return -1;
	*out = (unsigned)v;
	return 0;
}

/* Parses a size such as 4194304, 512K, 4M or 1G, at most 4G. */
static int
parse_size(const char *s, size_t *out)
{
	char			*end;
	unsigned long long	 v, unit = 1;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return -1;
	if (*end == 'k' || *end == 'K')
		unit = 1024;
	else if (*end == 'm' || *end == 'M')
		unit = 1024 * 1024;
	else if (*end == 'g' || *end == 'G')
		unit = 1024 * 1024 * 1024;
	if (unit > 1)
		end++;
	if (strcmp(end, "") != 0 && strcmp(end, "iB") != 0 &&
	    strcmp(end, "B") != 0)
		return -1;
	/* Checked before multiplying, so that nothing wraps around. */
	if (v == 0 || v > (1ULL << 32) / unit)
		return -1;
	*out = (size_t)(v * unit);
	return 0;
}

static const char *
input_name(const struct run *x, size_t i)
{
	const char *path = x->inputs.v[i].path;

	return cli_input_name(path);
}

/* Reads, checks and scores input i; runs in any of the batch's threads. */
static void
work(void *p, size_t i, void *ctx)
{
	struct slot		*s = p;
	struct run		*x = ctx;
	const struct aft_input	*in = &x->inputs.v[i];
	const char		*name = input_name(x, i);
	struct aft_answers	*ans = NULL;
	char			*buf = NULL;
	size_t			 len = 0;

	aft_diags_init(&s->diags, x->common.lang);
	s->diags.strict = x->strict;
	s->res = NULL;
	s->out = NULL;
	if (in->has_err) {
		struct aft_loc loc = { name, 0, 0 };

		s->rc = aft_diag_err(&s->diags, loc, in->err);
		return;
	}
	s->rc = aft_input_read_in(&s->arena, &buf, &len, in->path, name,
	    x->max_size, &s->diags);
	if (s->rc == AFT_OK)
		s->rc = aft_answers_read(&ans, x->cat, name, buf, len,
		    x->validate ? AFT_ANS_WARN_UNANSWERED : 0, &s->arena,
		    &s->diags);
	if (s->rc == AFT_OK && !x->validate)
		s->rc = aft_score(&s->res, x->cat, ans, &s->arena);
	if (s->rc == AFT_OK && !x->validate)
		s->rc = aft_gates_eval(s->res, &x->gates->list, &s->arena);
	/*
	 * Formatting is most of the work left: with several threads, do it
	 * here, in parallel; a single thread writes straight to the output.
	 */
	if (s->rc == AFT_OK && x->reporting && x->jobs > 1)
		s->rc = aft_report_render(&x->rep, s->res, &s->out,
		    &s->outlen);
	aft_diags_sort(&s->diags);
}

/*
 * Reports input i in order, then releases it; runs in any of the batch's
 * threads, one call at a time.
 */
static void
done(void *p, size_t i, void *ctx)
{
	struct slot	*s = p;
	struct run	*x = ctx;
	const char	*name = input_name(x, i);

	cli_diags(&s->diags, x->common.quiet);
	if (s->rc == AFT_ENOMEM)
		cli_errorm(AFT_M_C_NOMEM);
	if (s->rc != AFT_OK) {
		worst(x, EXIT_ERROR);
		if (x->reporting && aft_report_fail(&x->rep, name,
		    &s->diags) != AFT_OK)
			worst(x, EXIT_ERROR);
	} else if (x->validate) {
		if (!x->common.quiet) {
			aft_esc_term(stdout, name, 0);
			printf(": %s\n", aft_msg(x->common.lang,
			    AFT_M_C_VALID));
		}
	} else if (s->out != NULL) {
		if (aft_report_put(&x->rep, s->res, s->out, s->outlen) !=
		    AFT_OK)
			worst(x, EXIT_ERROR);
	} else if (aft_report_one(&x->rep, s->res) != AFT_OK)
		worst(x, EXIT_ERROR);
	if (s->rc == AFT_OK && !x->validate && aft_gates_failed(s->res) > 0)
		worst(x, EXIT_GATE);
	free(s->out);
	aft_arena_reset(&s->arena, SLOT_KEEP);
	aft_diags_fini(&s->diags);
}

static void
slot_fini(void *p, void *ctx)
{
	struct slot *s = p;

	(void)ctx;
	aft_arena_fini(&s->arena);
}

/* Scores or validates; gates collects the gate options (NULL: refused). */
static int
run(int argc, char **argv, bool validate, struct cli_gates *gates)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		{ "format",	required_argument, NULL, 'f' },
		{ "output",	required_argument, NULL, 'o' },
		{ "details",	no_argument,	   NULL, OPT_DETAILS },
		{ "strict",	no_argument,	   NULL, OPT_STRICT },
		{ "max-size",	required_argument, NULL, OPT_MAX_SIZE },
		{ "recursive",	no_argument,	   NULL, 'r' },
		{ "jobs",	required_argument, NULL, 'j' },
		CLI_GATE_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	static const struct aft_batch_ops batch = {
		.slot_size = sizeof(struct slot),
		.work = work,
		.done = done,
		.fini = slot_fini,
	};
	const struct aft_report_ops	*fmt = &aft_report_text;
	struct aft_report_opts		 ropt;
	struct aft_atomic		 out;
	const char			*output = NULL;
	struct run			 x;
	FILE				*fp = stdout;
	bool				 recursive = false;
	unsigned			 jobs = aft_batch_cpus();
	bool				 whole = true;
	int				 c, h;

	memset(&x, 0, sizeof(x));
	memset(&ropt, 0, sizeof(ropt));
	memset(&out, 0, sizeof(out));
	cli_common_init(&x.common);
	x.validate = validate;
	x.max_size = AFT_INPUT_MAX;
	x.gates = gates;
	while ((c = getopt_long(argc, argv, validate ? ":rj:qh" : ":f:o:rj:qh",
	    longopts, NULL)) != -1) {
		if ((h = cli_common_opt(&x.common, c, optarg)) == 0)
			h = cli_gate_opt(gates, c, optarg);
		if (h < 0)
			return EXIT_ERROR;
		if (h > 0)
			continue;
		switch (c) {
		case 'h':
			cli_help(stdout, cli_cmd);
			return EXIT_OK;
		case 'f':
			if (validate)
				return cli_bad_option(argv, '?');
			if ((fmt = aft_report_find(optarg)) == NULL)
				return cli_usage(AFT_M_C_BAD_VALUE, optarg,
				    "--format", aft_report_names());
			break;
		case 'o':
			if (validate)
				return cli_bad_option(argv, '?');
			output = optarg;
			break;
		case 'r':
			recursive = true;
			break;
		case 'j':
			if (parse_jobs(optarg, &jobs) != 0)
				return cli_usage(AFT_M_C_BAD_JOBS, optarg);
			break;
		case OPT_DETAILS:
			ropt.details = true;
			break;
		case OPT_STRICT:
			x.strict = true;
			break;
		case OPT_MAX_SIZE:
			if (parse_size(optarg, &x.max_size) != 0)
				return cli_usage(AFT_M_C_BAD_VALUE, optarg,
				    "--max-size", "1..4G");
			break;
		default:
			return cli_bad_option(argv, c);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return cli_usage(AFT_M_C_NO_INPUT);
	if (fmt->owns_path && output == NULL)
		return cli_usage(AFT_M_D_NEEDS_OUTPUT, fmt->name);
	if ((x.cat = cli_load_catalog(&x.common)) == NULL)
		return EXIT_ERROR;
	if (!validate && cli_gates_resolve(gates, x.cat) != 0) {
		aft_catalog_free(x.cat);
		return EXIT_ERROR;
	}
	aft_inputs_init(&x.inputs);
	for (int i = 0; i < argc; i++) {
		if (aft_inputs_add(&x.inputs, argv[i], recursive) != AFT_OK) {
			cli_errorm(AFT_M_C_NOMEM);
			aft_inputs_fini(&x.inputs);
			aft_catalog_free(x.cat);
			return EXIT_ERROR;
		}
	}
	if (!validate) {
		if (output != NULL && !fmt->owns_path) {
			if (aft_atomic_open(&out, output, true) != 0) {
				cli_error("%s: %s", output, strerror(errno));
				aft_inputs_fini(&x.inputs);
				aft_catalog_free(x.cat);
				return EXIT_ERROR;
			}
			fp = out.fp;
		}
		if (fp == stdout)
			cli_batch_output();
		ropt.lang = x.common.lang;
		ropt.color = output == NULL &&
		    cli_use_color(x.common.color, stdout);
		ropt.quiet = x.common.quiet;
		ropt.multi = x.inputs.n != 1 || x.inputs.folder;
		ropt.path = output;
		ropt.gates = gates->list.n > 0;
		switch (aft_report_begin(&x.rep, fmt, fp, x.cat, &ropt)) {
		case AFT_OK:
			x.reporting = true;
			break;
		case AFT_ELIB:
			/* Nothing is read, and the output is left alone. */
			cli_errorm(AFT_M_D_NO_LIB, fmt->name,
			    aft_report_lib_error());
			if (out.fp != NULL)
				aft_atomic_abort(&out);
			aft_inputs_fini(&x.inputs);
			aft_catalog_free(x.cat);
			return EXIT_ERROR;
		default:
			cli_errorm(AFT_M_C_NOMEM);
			worst(&x, EXIT_ERROR);
		}
	}
	if (validate)
		cli_batch_output();
	x.jobs = jobs < x.inputs.n ? jobs : (unsigned)x.inputs.n;
	if (aft_batch_run(x.inputs.n, jobs, &batch, &x) != AFT_OK) {
		cli_errorm(AFT_M_C_NOMEM);
		worst(&x, EXIT_ERROR);
		whole = false;
	}
	cli_err_flush();
	if (x.reporting && aft_report_end(&x.rep) != AFT_OK) {
		cli_errorm(AFT_M_C_WRITE, strerror(errno ? errno : EIO));
		worst(&x, EXIT_ERROR);
		whole = false;
	}
	if (out.fp != NULL) {
		/*
		 * A report that is not whole, or a failed run that scored
		 * nothing, leaves the previous file as it was.
		 */
		if (!whole || !x.reporting ||
		    (x.rep.n == 0 && x.rc == EXIT_ERROR))
			aft_atomic_abort(&out);
		else if (aft_atomic_commit(&out) != 0) {
			cli_error("%s: %s", output, strerror(errno));
			worst(&x, EXIT_ERROR);
		}
	}
	aft_inputs_fini(&x.inputs);
	aft_catalog_free(x.cat);
	return x.rc;
}

static int
score_main(int argc, char **argv)
{
	struct cli_gates	gates;
	int			rc;

	/* Owned here, so that every return from run() releases it. */
	cli_gates_init(&gates);
	rc = run(argc, argv, false, &gates);
	cli_gates_fini(&gates);
	return rc;
}

static int
validate_main(int argc, char **argv)
{
	return run(argc, argv, true, NULL);
}

const struct cli_command cmd_score = {
	.name		= "score",
	.synopsis	= "score [options] path ...",
	.help		= {
	[AFT_LANG_NL] =
"Scoor antwoordenbestanden (of - voor standaardinvoer).\n"
"\n"
"  -f, --format FORMAT   text (standaard), json, jsonl, csv, markdown, junit,\n"
"                        html (een toegankelijke pagina) of xlsx (een\n"
"                        werkmap; vraagt -o)\n"
"  -o, --output FILE     schrijf het rapport atomair naar FILE\n"
"      --details         tabel per criterium in het tekstrapport\n"
"      --strict          waarschuwingen gelden als fouten\n"
"      --max-size BYTES  grootste invoer, ook - (standaard 4 MiB; 512K, 8M, 1G)\n"
"\n"
"Drempels (afsluitcode 1 als een aftoetsing er een niet haalt):\n"
"      --fail-under PCT  totaalscore minstens PCT (0 tot 100)\n"
"      --fail-under-principle ID=PCT\n"
"                        score van principe ID minstens PCT (herhaalbaar)\n"
"      --require-complete\n"
"                        elk criterium beantwoord\n",
	[AFT_LANG_EN] =
"Score answers files (or - for standard input).\n"
"\n"
"  -f, --format FORMAT   text (default), json, jsonl, csv, markdown, junit,\n"
"                        html (an accessible page) or xlsx (a workbook;\n"
"                        needs -o)\n"
"  -o, --output FILE     write the report to FILE, atomically\n"
"      --details         per-criterion table in the text report\n"
"      --strict          warnings count as errors\n"
"      --max-size BYTES  largest input, - too (default 4 MiB; 512K, 8M, 1G)\n"
"\n"
"Gates (exit code 1 when an assessment fails one):\n"
"      --fail-under PCT  overall score at least PCT (0 to 100)\n"
"      --fail-under-principle ID=PCT\n"
"                        score of principle ID at least PCT (repeatable)\n"
"      --require-complete\n"
"                        every criterion answered\n",
	},
	.main		= score_main,
};

const struct cli_command cmd_validate = {
	.name		= "validate",
	.synopsis	= "validate [options] path ...",
	.help		= {
	[AFT_LANG_NL] =
"Meld elk probleem in antwoordenbestanden, zonder te scoren.\n"
"\n"
"      --strict          waarschuwingen gelden als fouten\n"
"      --max-size BYTES  grootste invoer, ook - (standaard 4 MiB; 512K, 8M, 1G)\n",
	[AFT_LANG_EN] =
"Report every problem in answers files, scoring nothing.\n"
"\n"
"      --strict          warnings count as errors\n"
"      --max-size BYTES  largest input, - too (default 4 MiB; 512K, 8M, 1G)\n",
	},
	.main		= validate_main,
};
