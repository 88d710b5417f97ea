/*
 * aftoets schema: the JSON Schema of answers files for the catalog
 * loaded, for editors.  Written to standard output, or atomically to
 * the file -o names.
 */
#include <getopt.h>

#include "aftoets/json.h"
#include "aftoets/schema.h"
#include "cli.h"

static int
dump(FILE *fp, void *schema)
{
	if (aft_json_dumpf(schema, fp, AFT_JSON_FLAGS | JSON_INDENT(2)) != 0 ||
	    fputc('\n', fp) == EOF)
		return AFT_EIO;
	return AFT_OK;
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
	json_t				*schema;
	int				 rc = EXIT_OK;

	if ((schema = aft_schema(x->cat, x->common.lang)) == NULL) {
		cli_errorm(AFT_M_C_NOMEM);
		return EXIT_ERROR;
	}
	if (o->output == NULL)
		/* A write error on stdout is reported by main. */
		(void)dump(stdout, schema);
	else
		rc = cli_write_file(o->output, true, dump, schema);
	json_decref(schema);
	return rc;
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
