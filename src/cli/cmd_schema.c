/*
 * aftoets schema: the JSON Schema of answers files for the catalog
 * loaded, for editors.  Written to standard output, or atomically to
 * the file -o names.
 */
#include <getopt.h>

#include "aftoets/input.h"
#include "aftoets/schema.h"
#include "cli.h"

/* What the schema is written from. */
struct schema_of {
	const struct aft_catalog	*cat;
	enum aft_lang			 lang;
};

static int
dump(FILE *fp, void *arg)
{
	const struct schema_of *of = arg;

	return aft_schema_write(fp, of->cat, of->lang);
}

enum {
	OPT_FORCE = OPT_FIRST_OWN
};

/* The options of schema. */
struct schema_opts {
	const char	*output;	/* -o, else stdout */
	bool		 force;
};

static const struct option longopts[] = {
	{ "output",	required_argument, NULL, 'o' },
	{ "force",	no_argument,	   NULL, OPT_FORCE },
	{ NULL, 0, NULL, 0 }
};

static int
schema_option(struct cli_ctx *x, int c, const char *arg)
{
	struct schema_opts *o = x->state;

	switch (c) {
	case 'o':
		o->output = arg;
		return 1;
	case OPT_FORCE:
		o->force = true;
		return 1;
	default:
		return 0;
	}
}

/* The output may replace neither the catalog nor an answers file. */
static int
schema_check(struct cli_ctx *x)
{
	const struct schema_opts *o = x->state;

	if (o->force && o->output == NULL)
		return cli_usage(AFT_M_C_FORCE_NEEDS_O);
	if (o->output == NULL)
		return EXIT_OK;
	return cli_output_guard(o->output, NULL, 0, &x->common, o->force,
	    AFT_INPUT_MAX);
}

static int
schema_run(struct cli_ctx *x)
{
	const struct schema_opts	*o = x->state;
	struct schema_of		 of = { x->cat, x->common.lang };
	int				 rc;

	if (o->output != NULL)
		return cli_write_file(o->output, true, dump, &of);
	/* A write error on stdout is reported by main. */
	if ((rc = dump(stdout, &of)) == AFT_ENOMEM)
		cli_errorm(AFT_M_C_NOMEM);
	return rc == AFT_ENOMEM ? EXIT_ERROR : EXIT_OK;
}

const struct cli_command cmd_schema = {
	.name		= "schema",
	.synopsis	= "schema [options] [-o file]",
	.help		= {
	[AFT_LANG_NL] =
"Schrijf het JSON-schema (draft-07) van antwoordenbestanden voor de\n"
"geladen catalogus, zodat een editor met een YAML-taalserver elk criterium\n"
"uitlegt, niveaus aanvult en fouten aanwijst tijdens het typen.\n"
"\n"
"  -o, --output FILE     schrijf naar FILE (atomair) in plaats van stdout\n"
"      --force           vervang FILE ook als het een antwoordenbestand is\n",
	[AFT_LANG_EN] =
"Write the JSON Schema (draft-07) of answers files for the catalog\n"
"loaded, so that an editor with a YAML language server explains every\n"
"criterion, completes levels and points at mistakes while you type.\n"
"\n"
"  -o, --output FILE     write to FILE (atomically) instead of stdout\n"
"      --force           replace FILE even when it is an answers file\n",
	},
	.traits		= CLI_LOADS_CATALOG,
	.operands	= { .max = 0, .many = AFT_M_C_TOO_MANY },
	.shortopts	= "o:",
	.longopts	= longopts,
	.state_size	= sizeof(struct schema_opts),
	.option		= schema_option,
	.check		= schema_check,
	.run		= schema_run,
};
