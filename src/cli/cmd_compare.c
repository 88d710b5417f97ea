/*
 * aftoets compare OLD NEW: what changed between two assessments of a
 * service, or between two folders of them, a portfolio then and now.
 * Every file is read and scored as `aftoets score` does; a problem in
 * one is reported at its place and gives exit code 2 (in folders, after
 * the others were compared).  With --fail-on-regression the exit code is
 * 1 when a principle's score went down (in folders: any service's).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "aftoets/answers.h"
#include "aftoets/compare.h"
#include "aftoets/input.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "aftoets/walk.h"
#include "cli.h"

/* What an input's arena keeps between files of a folder. */
#define SCRATCH_KEEP	(256 * 1024)

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

/* Whether the text written to the output has colour. */
static bool
out_color(const struct cli_ctx *x, enum aft_compare_format fmt)
{
	return x->out.path == NULL && fmt == AFT_CMP_TEXT &&
	    cli_use_color(x->common.color, stdout);
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
	bool			 gate;		/* --fail-on-regression */
	bool			 recursive;	/* -r, for folders */
	bool			 folders;	/* both operands are */
};

/* One folder's services, kept as summaries, and the files not scored. */
struct side {
	struct aft_svc	*v;
	size_t		 n;
	const char	**failed;
	size_t		 nfailed;
};

static bool
is_folder(const char *path)
{
	struct stat st;

	return strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
	    S_ISDIR(st.st_mode);
}

/* The path of a file of folder dir, inside it. */
static const char *
inside(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	while (n > 1 && dir[n - 1] == '/')
		n--;
	if (strncmp(path, dir, n) == 0)
		path += n;
	while (*path == '/')
		path++;
	return path;
}

/*
 * Reads and scores every answers file of folder dir, one at a time in a
 * scratch arena, keeping a summary of each in keep; problems are
 * reported at their place as score reports them.  Returns AFT_OK, or
 * AFT_ENOMEM; *bad is set when a file could not be scored.
 */
static int
read_folder(struct side *sd, const char *dir, const struct compare_opts *co,
    const struct aft_catalog *cat, const struct cli_common *o,
    struct aft_arena *keep, bool *bad)
{
	struct aft_inputs	in;
	struct aft_arena	scratch;
	int			rc = AFT_ENOMEM;

	memset(sd, 0, sizeof(*sd));
	aft_inputs_init(&in);
	aft_arena_init(&scratch);
	if (aft_inputs_add(&in, dir, co->recursive) != AFT_OK ||
	    (sd->v = aft_arena_calloc(keep, in.n + 1, sizeof(*sd->v))) ==
	    NULL || (sd->failed = aft_arena_calloc(keep, in.n + 1,
	    sizeof(*sd->failed))) == NULL)
		goto done;
	for (size_t i = 0; i < in.n; i++) {
		const struct aft_input	*f = &in.v[i];
		struct aft_result	*res = NULL;
		int			 r;

		if (f->has_err) {
			struct aft_diags	d;
			struct aft_loc		loc = { f->path, 0, 0 };

			aft_diags_init(&d, o->lang);
			r = aft_diag_err(&d, loc, f->err);
			cli_diags_done(&d, r, o->quiet);
		} else
			r = load(&res, cat, f->path, o, &scratch);
		if (r == AFT_OK)
			r = aft_svc_summarize(&sd->v[sd->n], res,
			    inside(f->path, dir), keep);
		if (r == AFT_OK)
			sd->n++;
		else if (r == AFT_ENOMEM)
			goto done;
		else {
			/* Kept by its path, so that it is not taken as gone. */
			*bad = true;
			memset(&sd->v[sd->n], 0, sizeof(sd->v[sd->n]));
			if ((sd->v[sd->n++].path = aft_arena_strdup(keep,
			    inside(f->path, dir))) == NULL ||
			    (sd->failed[sd->nfailed++] = aft_arena_strdup(keep,
			    f->path)) == NULL)
				goto done;
		}
		aft_arena_reset(&scratch, SCRATCH_KEEP);
	}
	rc = AFT_OK;
done:
	aft_arena_fini(&scratch);
	aft_inputs_fini(&in);
	return rc;
}

/* What a comparison of folders is written from. */
struct pf_job {
	const struct aft_portfolio_change	*pc;
	const struct aft_portfolio_sides	*sides;
	enum aft_compare_format			 fmt;
	enum aft_lang				 lang;
	bool					 color;
};

static int
write_pf(FILE *fp, void *arg)
{
	const struct pf_job *j = arg;

	return aft_compare_portfolio_write(fp, j->pc, j->sides, j->fmt,
	    j->lang, j->color);
}

/* Names every principle of every service that went down, for the CI log. */
static void
name_pf_regressions(const struct aft_portfolio_change *pc, enum aft_lang lang)
{
	for (size_t k = 0; k < pc->npaired; k++) {
		const struct aft_svc_change *ch = &pc->paired[k];

		for (size_t i = 0; ch->regressed && i < pc->cat->nprinciples;
		    i++) {
			const struct aft_delta	*d = &ch->pr[i].d;
			char			 a[AFT_NUMBUF], b[AFT_NUMBUF];

			if (!d->delta.set || d->delta.v >= 0)
				continue;
			cli_errorm(AFT_M_C_PF_REGRESSION, ch->new->path,
			    pc->cat->principles[i].title.s[lang],
			    aft_fmt_score(a, d->old.v, lang),
			    aft_fmt_score(b, d->new.v, lang));
		}
	}
}

/*
 * Compares two folders: every file of both is read first, so that all
 * problems show at once; the files that could not be scored are named
 * in the report and give exit code 2 after it is written.
 */
static int
compare_folders(struct cli_ctx *x, const struct compare_opts *o)
{
	struct aft_portfolio_change	*pc = NULL;
	struct aft_portfolio_sides	 sides;
	struct side			 old, new;
	struct aft_arena		 keep;
	struct pf_job			 j;
	bool				 bad = false;
	int				 rc;

	aft_arena_init(&keep);
	if (read_folder(&old, x->argv[0], o, x->cat, &x->common, &keep,
	    &bad) != AFT_OK || read_folder(&new, x->argv[1], o, x->cat,
	    &x->common, &keep, &bad) != AFT_OK ||
	    aft_compare_portfolio(&pc, x->cat, old.v, old.n, new.v, new.n,
	    &keep) != AFT_OK) {
		cli_errorm(AFT_M_C_NOMEM);
		aft_arena_fini(&keep);
		return EXIT_ERROR;
	}
	sides.old_dir = x->argv[0];
	sides.new_dir = x->argv[1];
	sides.old_failed = old.failed;
	sides.nold_failed = old.nfailed;
	sides.new_failed = new.failed;
	sides.nnew_failed = new.nfailed;
	j.pc = pc;
	j.sides = &sides;
	j.fmt = o->fmt;
	j.lang = x->common.lang;
	j.color = out_color(x, o->fmt);
	rc = cli_out_write(x, true, write_pf, &j);
	if (rc == EXIT_OK && o->gate && pc->regression) {
		name_pf_regressions(pc, x->common.lang);
		rc = EXIT_GATE;
	}
	if (bad)
		rc = EXIT_ERROR;
	aft_arena_fini(&keep);
	return rc;
}

static const struct option longopts[] = {
	{ "format",	required_argument, NULL, 'f' },
	{ "fail-on-regression", no_argument, NULL, OPT_FAIL_REGRESSION },
	{ "recursive",	no_argument,	   NULL, 'r' },
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
	case OPT_FAIL_REGRESSION:
		o->gate = true;
		return 1;
	case 'r':
		o->recursive = true;
		return 1;
	default:
		return 0;
	}
}

/* The output may replace neither file compared nor an answers file. */
static int
compare_check(struct cli_ctx *x)
{
	struct compare_opts	*o = x->state;
	bool			 d0 = is_folder(x->argv[0]);
	bool			 d1 = is_folder(x->argv[1]);
	struct aft_inputs	 in;
	const char		**paths;
	int			 rc;

	if (d0 != d1)
		return cli_usage(AFT_M_C_PF_MIXED, x->argv[d0 ? 0 : 1],
		    x->argv[d0 ? 1 : 0]);
	o->folders = d0;
	if (x->out.path == NULL)
		return EXIT_OK;
	if (!o->folders)
		return cli_out_guard(x, (const char *const *)x->argv,
		    (size_t)x->argc);
	/* The output may replace no file of either folder. */
	aft_inputs_init(&in);
	if (aft_inputs_add(&in, x->argv[0], o->recursive) != AFT_OK ||
	    aft_inputs_add(&in, x->argv[1], o->recursive) != AFT_OK ||
	    (paths = calloc(in.n + 1, sizeof(*paths))) == NULL) {
		aft_inputs_fini(&in);
		cli_errorm(AFT_M_C_NOMEM);
		return EXIT_ERROR;
	}
	for (size_t i = 0; i < in.n; i++)
		paths[i] = in.v[i].path;
	rc = cli_out_guard(x, paths, in.n);
	free(paths);
	aft_inputs_fini(&in);
	return rc;
}

static int
compare_run(struct cli_ctx *x)
{
	const struct compare_opts	*o = x->state;
	struct aft_result		*old = NULL, *new = NULL;
	struct aft_comparison		*cmp = NULL;
	struct aft_arena		 arena;
	int				 rc, rc_old, rc_new;

	if (o->folders)
		return compare_folders(x, o);
	aft_arena_init(&arena);
	/* Both files are read, so that every problem shows at once. */
	rc_old = load(&old, x->cat, x->argv[0], &x->common, &arena);
	rc_new = load(&new, x->cat, x->argv[1], &x->common, &arena);
	if (rc_old != AFT_OK || rc_new != AFT_OK)
		rc = EXIT_ERROR;
	else if (aft_compare(&cmp, old, new, &arena) != AFT_OK) {
		cli_errorm(AFT_M_C_NOMEM);
		rc = EXIT_ERROR;
	} else {
		struct cmp_job j = { cmp, o->fmt, x->common.lang,
		    out_color(x, o->fmt) };

		rc = cli_out_write(x, true, write_cmp, &j);
	}
	if (rc == EXIT_OK && o->gate && cmp->regression) {
		name_regressions(cmp, x->common.lang);
		rc = EXIT_GATE;
	}
	aft_arena_fini(&arena);
	return rc;
}

const struct cli_command cmd_compare = {
	.name		= "compare",
	.synopsis	= "compare [options] old new",
	.help		= {
	[AFT_LANG_NL] =
"Vergelijk twee aftoetsingen van een dienst: per principe de score van\n"
"toen en nu, per criterium wat verbeterde of achteruitging, en welke\n"
"aandachtspunten opgelost of nieuw zijn.  Twee mappen: de diensten op\n"
"hetzelfde pad in beide, de nieuwe en de verdwenen, en per principe het\n"
"gemiddelde en de mediaan van toen en nu.\n"
"\n"
"  -f, --format FORMAT   text (standaard), markdown of json\n"
"  -r, --recursive       ook de submappen van twee mappen\n"
"  -o, --output FILE     schrijf het rapport atomair naar FILE\n"
"      --force           vervang FILE ook als het een antwoordenbestand is\n"
"      --fail-on-regression\n"
"                        afsluitcode 1 als een principe achteruitging (bij\n"
"                        mappen: van een dienst)\n",
	[AFT_LANG_EN] =
"Compare two assessments of a service: per principle the score then and\n"
"now, per criterion what improved or regressed, and which points of\n"
"attention were resolved or are new.  Two folders: the services at the\n"
"same path in both, those that appeared and disappeared, and per\n"
"principle the mean and median then and now.\n"
"\n"
"  -f, --format FORMAT   text (default), markdown or json\n"
"  -r, --recursive       the subfolders of two folders too\n"
"  -o, --output FILE     write the report to FILE, atomically\n"
"      --force           replace FILE even when it is an answers file\n"
"      --fail-on-regression\n"
"                        exit code 1 when a principle's score went down (in\n"
"                        folders: a service's)\n",
	},
	.traits		= CLI_LOADS_CATALOG | CLI_WRITES_ONE,
	.operands	= { .min = 2, .max = 2, .few = AFT_M_C_TWO_FILES,
	    .many = AFT_M_C_TWO_FILES },
	.shortopts	= "f:r",
	.longopts	= longopts,
	.state_size	= sizeof(struct compare_opts),
	.init		= compare_init,
	.option		= compare_option,
	.check		= compare_check,
	.run		= compare_run,
};
