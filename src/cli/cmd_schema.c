/*
 * aftoets schema: the JSON Schema of answers files for the catalog
 * loaded, for editors.  Written to standard output, or atomically to
 * the file -o names.
 */
#include <getopt.h>

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

/* The options of schema. */
struct schema_opts {
	const char	*output;	/* -o, else stdout */
};

static const struct option longopts[] = {
	{ "output",	required_argument, NULL, 'o' },
	{ NULL, 0, NULL, 0 }
};

static int
schema_option(struct cli_ctx *x, int c, const char *arg)
{
	struct schema_opts *o = x->state;

	if (c != 'o')
		return 0;
	o->output = arg;
	return 1;
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
"  -o, --output FILE     schrijf naar FILE (atomair) in plaats van stdout\n",
	[AFT_LANG_EN] =
"Write the JSON Schema (draft-07) of answers files for the catalog\n"
"loaded, so that an editor with a YAML language server explains every\n"
"criterion, completes levels and points at mistakes while you type.\n"
"\n"
"  -o, --output FILE     write to FILE (atomically) instead of stdout\n",
	},
	.traits		= CLI_LOADS_CATALOG,
	.operands	= { .max = 0, .many = AFT_M_C_TOO_MANY },
	.shortopts	= "o:",
	.longopts	= longopts,
	.state_size	= sizeof(struct schema_opts),
	.option		= schema_option,
	.run		= schema_run,
};
