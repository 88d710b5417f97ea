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
#include "aftoets/escape.h"
#include "aftoets/input.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "aftoets/site.h"
#include "aftoets/walk.h"
#include "cli.h"

enum {
	OPT_DETAILS = OPT_FIRST_OWN,
	OPT_STRICT,
	OPT_MAX_SIZE,
	OPT_FORCE,
	OPT_SHEETS
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

/* The options of score and validate. */
struct score_opts {
	bool				 validate;
	const struct aft_report_ops	*fmt;
	const char			*output;	/* -o */
	bool				 site;		/* -o names a folder */
	char *const			*roots;		/* the operands */
	size_t				 nroots;
	bool				 force;
	bool				 details;
	bool				 strict;
	bool				 recursive;
	unsigned			 jobs;		/* -j */
	bool				 sheets_set;	/* --sheets */
	size_t				 sheets;
	size_t				 max_size;
	struct cli_gates		 gates;		/* score's only */
	struct aft_inputs		 inputs;	/* the operands' files */
};

/* One run over the inputs. */
struct run {
	const struct cli_common		*common;
	const struct score_opts		*o;
	const struct aft_catalog	*cat;
	const struct aft_inputs		*inputs;
	struct aft_report		 rep;
	struct aft_atomic		 out;	/* -o, unless a format owns it */
	struct aft_site			 site;	/* -o FOLDER/ */
	bool				 has_site;
	bool				 reporting;
	unsigned			 jobs;		/* threads scoring */
	int				 rc;
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
	const char *path = x->inputs->v[i].path;

	return cli_input_name(path);
}

/* Reads, checks and scores input i; runs in any of the batch's threads. */
static void
work(void *p, size_t i, void *ctx)
{
	struct slot		*s = p;
	struct run		*x = ctx;
	const struct aft_input	*in = &x->inputs->v[i];
	const char		*name = input_name(x, i);
	struct aft_answers	*ans = NULL;
	char			*buf = NULL;
	size_t			 len = 0;

	aft_diags_init(&s->diags, x->common->lang);
	s->diags.strict = x->o->strict;
	s->res = NULL;
	s->out = NULL;
	if (in->has_err) {
		struct aft_loc loc = { name, 0, 0 };

		s->rc = aft_diag_err(&s->diags, loc, in->err);
		return;
	}
	s->rc = aft_input_read_in(&s->arena, &buf, &len, in->path, name,
	    x->o->max_size, &s->diags);
	if (s->rc == AFT_OK)
		s->rc = aft_answers_read(&ans, x->cat, name, buf, len,
		    x->o->validate ? AFT_ANS_WARN_UNANSWERED : 0, &s->arena,
		    &s->diags);
	if (s->rc == AFT_OK && !x->o->validate)
		s->rc = aft_score(&s->res, x->cat, ans, &s->arena);
	if (s->rc == AFT_OK && !x->o->validate)
		s->rc = aft_gates_eval(s->res, &x->o->gates.list,
		    &s->arena);
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

	cli_diags(&s->diags, x->common->quiet);
	if (s->rc == AFT_ENOMEM)
		cli_errorm(AFT_M_C_NOMEM);
	if (s->rc != AFT_OK) {
		worst(x, EXIT_ERROR);
		if (x->reporting && aft_report_fail(&x->rep, name,
		    &s->diags) != AFT_OK)
			worst(x, EXIT_ERROR);
	} else if (x->o->validate) {
		if (!x->common->quiet) {
			aft_esc_term(stdout, name, 0);
			printf(": %s\n", aft_msg(x->common->lang,
			    AFT_M_C_VALID));
		}
	} else if (s->out != NULL) {
		if (aft_report_put(&x->rep, s->res, s->out, s->outlen) !=
		    AFT_OK)
			worst(x, EXIT_ERROR);
	} else if (aft_report_one(&x->rep, s->res) != AFT_OK)
		worst(x, EXIT_ERROR);
	if (s->rc == AFT_OK && !x->o->validate &&
	    aft_gates_failed(s->res) > 0)
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

/*
 * Adds the operands to the inputs: the files of a folder in their
 * order, the rest as given, to be read later.
 */
static int
add_inputs(struct score_opts *o, int argc, char **argv)
{
	for (int i = 0; i < argc; i++) {
		if (aft_inputs_add(&o->inputs, argv[i], o->recursive) !=
		    AFT_OK) {
			cli_errorm(AFT_M_C_NOMEM);
			return EXIT_ERROR;
		}
	}
	return EXIT_OK;
}

/* Refuses an output that would replace an input or an answers file. */
static int
guard_output(const struct cli_ctx *x, const struct score_opts *o)
{
	const char	**paths;
	int		  rc;

	if ((paths = calloc(o->inputs.n + 1, sizeof(*paths))) == NULL) {
		cli_errorm(AFT_M_C_NOMEM);
		return EXIT_ERROR;
	}
	for (size_t i = 0; i < o->inputs.n; i++)
		paths[i] = o->inputs.v[i].path;
	rc = cli_output_guard(o->output, paths, o->inputs.n, &x->common,
	    o->force, o->max_size);
	free(paths);
	return rc;
}

/*
 * Opens the output of score and begins the report.  Returns EXIT_ERROR
 * when nothing is to be read: the output could not be opened, or the
 * format's library could not be loaded (the output is then left as it
 * was).  Without memory for the report the inputs are still read.
 */
static int
begin_report(struct run *x)
{
	const struct score_opts	*o = x->o;
	struct aft_report_opts	 ropt;
	FILE			*fp = stdout;
	char			*foreign = NULL;
	int			 rc;

	if (o->site) {
		rc = aft_site_open(&x->site, o->output, &foreign);
		rc = cli_site_refused(o->output, rc, foreign);
		free(foreign);
		if (rc != EXIT_OK)
			return EXIT_ERROR;
		x->has_site = true;
		fp = NULL;
	} else if (o->output != NULL && !o->fmt->owns_path) {
		if (aft_atomic_open(&x->out, o->output, true) != 0) {
			cli_error("%s: %s", o->output, strerror(errno));
			return EXIT_ERROR;
		}
		fp = x->out.fp;
	}
	if (fp == stdout)
		cli_batch_output();
	memset(&ropt, 0, sizeof(ropt));
	ropt.lang = x->common->lang;
	ropt.color = o->output == NULL && cli_use_color(x->common->color,
	    stdout);
	ropt.details = o->details;
	ropt.quiet = x->common->quiet;
	ropt.multi = x->inputs->n != 1 || x->inputs->folder || o->site;
	ropt.path = o->output;
	ropt.site = x->has_site ? &x->site : NULL;
	ropt.roots = (const char *const *)o->roots;
	ropt.nroots = o->nroots;
	ropt.gates = o->gates.list.n > 0;
	ropt.sheets_set = o->sheets_set;
	ropt.sheets = o->sheets;
	switch (aft_report_begin(&x->rep, o->fmt, fp, x->cat, &ropt)) {
	case AFT_OK:
		x->reporting = true;
		break;
	case AFT_ELIB:
		if (aft_report_lib_error() == NULL)
			cli_errorm(AFT_M_D_NO_XLSX, o->fmt->name);
		else
			cli_errorm(AFT_M_D_NO_LIB, o->fmt->name,
			    aft_report_lib_error());
		if (x->out.fp != NULL)
			aft_atomic_abort(&x->out);
		if (x->has_site)
			aft_site_abort(&x->site);
		x->has_site = false;
		return EXIT_ERROR;
	default:
		cli_errorm(AFT_M_C_NOMEM);
		worst(x, EXIT_ERROR);
	}
	return EXIT_OK;
}

/* Reads, checks and scores every input; false when some were left out. */
static bool
score_all(struct run *x)
{
	static const struct aft_batch_ops batch = {
		.slot_size = sizeof(struct slot),
		.work = work,
		.done = done,
		.fini = slot_fini,
	};
	unsigned jobs = x->o->jobs;

	x->jobs = jobs < x->inputs->n ? jobs : (unsigned)x->inputs->n;
	if (aft_batch_run(x->inputs->n, jobs, &batch, x) != AFT_OK) {
		cli_errorm(AFT_M_C_NOMEM);
		worst(x, EXIT_ERROR);
		return false;
	}
	return true;
}

/*
 * Ends the report, and puts the output in place.  A report that is not
 * whole, or a failed run that scored nothing, leaves the previous file
 * as it was.
 */
static void
end_report(struct run *x, bool whole)
{
	if (x->reporting && aft_report_end(&x->rep) != AFT_OK) {
		cli_errorm(AFT_M_C_WRITE, strerror(errno ? errno : EIO));
		worst(x, EXIT_ERROR);
		whole = false;
	}
	if (x->has_site) {
		x->has_site = false;
		if (!whole || !x->reporting || (x->rep.n == 0 &&
		    x->rc == EXIT_ERROR))
			aft_site_abort(&x->site);
		else if (aft_site_commit(&x->site) != AFT_OK) {
			cli_error("%s: %s", x->o->output, strerror(errno));
			worst(x, EXIT_ERROR);
		} else if (x->site.leftover)
			cli_errorm(AFT_M_C_SITE_LEFTOVER, x->o->output);
		return;
	}
	if (x->out.fp == NULL)
		return;
	if (!whole || !x->reporting || (x->rep.n == 0 && x->rc == EXIT_ERROR))
		aft_atomic_abort(&x->out);
	else if (cli_output_unchanged(x->o->output) != EXIT_OK) {
		aft_atomic_abort(&x->out);
		worst(x, EXIT_ERROR);
	} else if (aft_atomic_commit(&x->out) != 0) {
		cli_error("%s: %s", x->o->output, strerror(errno));
		worst(x, EXIT_ERROR);
	}
}

/* Scores or validates the operands. */
static int
score_run(struct cli_ctx *ctx)
{
	struct score_opts	*o = ctx->state;
	struct run		 x;
	bool			 whole;

	if (!o->validate && cli_gates_resolve(&o->gates, ctx->cat) != 0)
		return EXIT_ERROR;
	memset(&x, 0, sizeof(x));
	x.common = &ctx->common;
	x.o = o;
	x.cat = ctx->cat;
	x.inputs = &o->inputs;
	if (!o->validate && begin_report(&x) != EXIT_OK)
		return EXIT_ERROR;
	if (o->validate)
		cli_batch_output();
	whole = score_all(&x);
	cli_err_flush();
	end_report(&x, whole);
	return x.rc;
}

static const struct option longopts[] = {
	{ "format",	required_argument, NULL, 'f' },
	{ "output",	required_argument, NULL, 'o' },
	{ "force",	no_argument,	   NULL, OPT_FORCE },
	{ "details",	no_argument,	   NULL, OPT_DETAILS },
	{ "strict",	no_argument,	   NULL, OPT_STRICT },
	{ "max-size",	required_argument, NULL, OPT_MAX_SIZE },
	{ "recursive",	no_argument,	   NULL, 'r' },
	{ "jobs",	required_argument, NULL, 'j' },
	{ "sheets",	required_argument, NULL, OPT_SHEETS },
	CLI_GATE_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static void
score_init(void *state)
{
	struct score_opts *o = state;

	o->fmt = &aft_report_text;
	o->jobs = aft_batch_cpus();
	o->max_size = AFT_INPUT_MAX;
	cli_gates_init(&o->gates);
	aft_inputs_init(&o->inputs);
}

static void
validate_init(void *state)
{
	struct score_opts *o = state;

	score_init(o);
	o->validate = true;
}

static void
score_fini(void *state)
{
	struct score_opts *o = state;

	cli_gates_fini(&o->gates);
	aft_inputs_fini(&o->inputs);
}

/*
 * The options of score and validate.  validate takes those of score
 * that make no report as unknown options, and the gates as well.
 */
static int
score_option(struct cli_ctx *x, int c, const char *arg)
{
	struct score_opts		*o = x->state;
	const struct aft_report_ops	*fmt;
	int				 h;

	if ((h = cli_gate_opt(o->validate ? NULL : &o->gates, c, arg)) != 0)
		return h;
	switch (c) {
	case 'f':
		if (o->validate)
			return 0;
		if ((fmt = aft_report_find(arg)) == NULL) {
			cli_usage(AFT_M_C_BAD_VALUE, arg, "--format",
			    aft_report_names());
			return -1;
		}
		o->fmt = fmt;
		return 1;
	case 'o':
		if (o->validate)
			return 0;
		o->output = arg;
		return 1;
	case OPT_FORCE:
		if (o->validate)
			return 0;
		o->force = true;
		return 1;
	case 'r':
		o->recursive = true;
		return 1;
	case 'j':
		if (parse_jobs(arg, &o->jobs) != 0) {
			cli_usage(AFT_M_C_BAD_JOBS, arg);
			return -1;
		}
		return 1;
	case OPT_DETAILS:
		o->details = true;
		return 1;
	case OPT_STRICT:
		o->strict = true;
		return 1;
	case OPT_SHEETS: {
		char		*end;
		unsigned long	 v;

		if (o->validate)
			return 0;
		errno = 0;
		v = strtoul(arg, &end, 10);
		if (*arg < '0' || *arg > '9' || errno != 0 || *end != '\0' ||
		    v > AFT_XLSX_SHEETS_MAX) {
			cli_usage(AFT_M_C_BAD_VALUE, arg, "--sheets", "0..1000");
			return -1;
		}
		o->sheets_set = true;
		o->sheets = (size_t)v;
		return 1;
	}
	case OPT_MAX_SIZE:
		if (parse_size(arg, &o->max_size) != 0) {
			cli_usage(AFT_M_C_BAD_VALUE, arg, "--max-size",
			    "1..4G");
			return -1;
		}
		return 1;
	default:
		return 0;
	}
}

/*
 * Before any reading: a format that writes its own file needs its name,
 * and the output may replace neither an input nor an answers file.
 * The operands become the list of inputs here, folders walked, so that
 * the output is checked against every file to be read.
 */
static int
score_check(struct cli_ctx *x)
{
	struct score_opts *o = x->state;

	if (o->fmt->owns_path && o->output == NULL)
		return cli_usage(AFT_M_D_NEEDS_OUTPUT, o->fmt->name);
	if (o->output != NULL && cli_output_is_dir(o->output)) {
		if (o->fmt != &aft_report_html)
			return cli_usage(AFT_M_C_SITE_FORMAT, o->output);
		o->site = true;
		o->roots = x->argv;
		o->nroots = (size_t)x->argc;
	}
	if (o->force && o->output == NULL)
		return cli_usage(AFT_M_C_FORCE_NEEDS_O);
	if (o->sheets_set && o->fmt != &aft_report_xlsx)
		return cli_usage(AFT_M_C_SHEETS_NEEDS_XLSX);
	if (add_inputs(o, x->argc, x->argv) != EXIT_OK)
		return EXIT_ERROR;
	if (o->output != NULL)
		return guard_output(x, o);
	return EXIT_OK;
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
"      --force           vervang FILE ook als het een antwoordenbestand is\n"
"      --details         tabel per criterium in het tekstrapport\n"
"      --sheets N        xlsx: een eigen blad voor hoogstens N diensten\n"
"                        (standaard 200, hoogstens 1000)\n"
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
"      --force           replace FILE even when it is an answers file\n"
"      --details         per-criterion table in the text report\n"
"      --sheets N        xlsx: a sheet of their own for at most N services\n"
"                        (default 200, at most 1000)\n"
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
	.traits		= CLI_LOADS_CATALOG,
	.operands	= { .min = 1, .max = -1, .few = AFT_M_C_NO_INPUT },
	.shortopts	= "f:o:rj:",
	.longopts	= longopts,
	.state_size	= sizeof(struct score_opts),
	.init		= score_init,
	.option		= score_option,
	.check		= score_check,
	.run		= score_run,
	.fini		= score_fini,
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
	.traits		= CLI_LOADS_CATALOG,
	.operands	= { .min = 1, .max = -1, .few = AFT_M_C_NO_INPUT },
	.shortopts	= "rj:",
	.longopts	= longopts,
	.state_size	= sizeof(struct score_opts),
	.init		= validate_init,
	.option		= score_option,
	.check		= score_check,
	.run		= score_run,
	.fini		= score_fini,
};
