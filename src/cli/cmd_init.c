/*
 * aftoets init: write a blank answers template, or refresh an earlier
 * answers file (--from) against the current catalog.  Without -o the
 * template goes to standard output; with -o it is written atomically
 * and an existing file is replaced only with --force.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/fill.h"
#include "aftoets/input.h"
#include "aftoets/lock.h"
#include "aftoets/template.h"
#include "cli.h"

enum {
	OPT_FROM = OPT_FIRST_OWN,
	OPT_SCHEMA
};

/* Reads the earlier answers file; prints its problems. */
static int
read_prior(struct aft_prior **prior, const struct aft_catalog *cat,
    const char *path, const struct cli_common *o, struct aft_arena *arena)
{
	const char		*name = cli_input_name(path);
	struct aft_diags	 d;
	char			*buf = NULL;
	size_t			 len = 0;
	int			 rc;

	aft_diags_init(&d, o->lang);
	rc = aft_input_read(&buf, &len, path, name, AFT_INPUT_MAX, &d);
	if (rc == AFT_OK)
		rc = aft_prior_read(prior, cat, name, buf, len, arena, &d);
	cli_diags_done(&d, rc, o->quiet);
	free(buf);
	return rc;
}

/* What the template is written from. */
struct init_job {
	const struct aft_catalog	*cat;
	const struct aft_prior		*prior;
	const struct aft_template_opts	*t;
};

static int
write_template(FILE *fp, void *arg)
{
	const struct init_job *j = arg;

	return aft_template_write(fp, j->cat, j->prior, j->t);
}

/* The options of init. */
struct init_opts {
	struct aft_template_opts	 t;
	const char			*from;
};

static const struct option longopts[] = {
	{ "from",	required_argument, NULL, OPT_FROM },
	{ "schema",	required_argument, NULL, OPT_SCHEMA },
	{ NULL, 0, NULL, 0 }
};

static int
init_option(struct cli_ctx *x, int c, const char *arg)
{
	struct init_opts *o = x->state;

	switch (c) {
	case OPT_FROM:
		o->from = arg;
		return 1;
	case OPT_SCHEMA:
		if (*arg == '\0' || strchr(arg, '\n') != NULL) {
			cli_usage(AFT_M_C_BAD_VALUE, arg, "--schema", "FILE");
			return -1;
		}
		o->t.schema = arg;
		return 1;
	default:
		return 0;
	}
}

/*
 * The output may replace neither an input nor, without --force, any
 * existing file.  The file --from reads is the one exception: with
 * --force it is refreshed in place, on purpose, atomically.
 */
static int
init_check(struct cli_ctx *x)
{
	const struct init_opts	*o = x->state;
	const struct cli_out	*out = &x->out;
	const char		*in[1];
	size_t			 n = 0;

	if (out->path != NULL && o->from != NULL &&
	    cli_same_file(out->path, o->from)) {
		if (!out->force) {
			cli_errorm(AFT_M_C_OUT_REFRESH, out->path, o->from);
			return EXIT_ERROR;
		}
	} else if (o->from != NULL)
		in[n++] = o->from;
	return cli_out_guard(x, in, n);
}

/*
 * --from F -o F --force: F is refreshed in place, under its lock, and
 * replaced only while it is still the file that was read.
 */
static int
refresh(const struct aft_catalog *cat, const struct init_opts *o,
    const struct cli_common *c)
{
	struct aft_diags	 d;
	char			*lock;
	int			 rc, e;

	aft_diags_init(&d, c->lang);
	rc = aft_template_refresh(cat, o->from, cli_input_name(o->from),
	    &o->t, AFT_FILL_LOCK_WAIT_MS, &d);
	e = errno;
	cli_diags_done(&d, rc, c->quiet);
	if (rc != AFT_EIO || d.n > 0)
		return rc == AFT_OK ? EXIT_OK : EXIT_ERROR;
	if (e == EWOULDBLOCK && (lock = aft_lock_name(o->from)) != NULL) {
		cli_errorm(AFT_M_F_LOCKED, o->from, lock,
		    AFT_FILL_LOCK_WAIT_MS / 1000);
		free(lock);
	} else if (e == EAGAIN)
		cli_errorm(AFT_M_C_KEPT_CHANGING, o->from);
	else
		cli_error("%s: %s", o->from, strerror(e ? e : EIO));
	return EXIT_ERROR;
}

static int
init_run(struct cli_ctx *x)
{
	struct init_opts	*o = x->state;
	struct aft_prior	*prior = NULL;
	struct aft_arena	 arena;
	struct init_job		 j = { x->cat, NULL, &o->t };
	int			 rc = EXIT_OK;

	o->t.lang = x->common.lang;
	o->t.name = x->out.path != NULL ? x->out.path : o->from;
	if (o->from != NULL && x->out.path != NULL && x->out.force &&
	    cli_same_file(x->out.path, o->from))
		return refresh(x->cat, o, &x->common);
	aft_arena_init(&arena);
	if (o->from != NULL && read_prior(&prior, x->cat, o->from, &x->common,
	    &arena) != AFT_OK)
		rc = EXIT_ERROR;
	j.prior = prior;
	/* Without --force, an existing file is refused, also at the rename. */
	if (rc == EXIT_OK)
		rc = cli_out_write(x, x->out.force, write_template, &j);
	aft_arena_fini(&arena);
	return rc;
}

const struct cli_command cmd_init = {
	.name		= "init",
	.synopsis	= "init [options] [--from old.yaml] [-o file] "
	    "[--force]",
	.help		= {
	[AFT_LANG_NL] =
"Schrijf een sjabloon voor een antwoordenbestand: de dienst, de schaal en elk\n"
"criterium met uitleg, klaar om in te vullen. Met --from wordt een eerder\n"
"antwoordenbestand bijgewerkt naar de huidige catalogus, zonder iets te\n"
"verliezen.\n"
"\n"
"      --from FILE       neem de dienst en alle antwoorden over uit FILE\n"
"  -o, --output FILE     schrijf naar FILE (atomair) in plaats van stdout\n"
"      --force           vervang FILE als het al bestaat\n"
"      --schema FILE     zet een regel voor de YAML-taalserver bovenaan,\n"
"                        die naar het JSON-schema FILE wijst\n",
	[AFT_LANG_EN] =
"Write an answers file template: the service, the scale and every criterion\n"
"explained, ready to fill in. With --from, an earlier answers file is\n"
"refreshed against the current catalog, losing nothing.\n"
"\n"
"      --from FILE       take the service and every answer from FILE\n"
"  -o, --output FILE     write to FILE (atomically) instead of stdout\n"
"      --force           replace FILE when it exists\n"
"      --schema FILE     start with a line for the YAML language server\n"
"                        that points at the JSON Schema FILE\n",
	},
	.traits		= CLI_LOADS_CATALOG | CLI_WRITES_ONE,
	.operands	= { .max = 0, .many = AFT_M_C_TOO_MANY },
	.longopts	= longopts,
	.state_size	= sizeof(struct init_opts),
	.option		= init_option,
	.check		= init_check,
	.run		= init_run,
};
