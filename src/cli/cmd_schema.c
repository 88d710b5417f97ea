/*
 * aftoets schema: the JSON Schema of answers files for the catalog
 * loaded, for editors.  Written to standard output, or atomically to
 * the file -o names.
 */
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

/* The output may replace neither the catalog nor an answers file. */
static int
schema_check(struct cli_ctx *x)
{
	return cli_out_guard(x, NULL, 0);
}

static int
schema_run(struct cli_ctx *x)
{
	struct schema_of of = { x->cat, x->common.lang };

	return cli_out_write(x, true, dump, &of);
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
	.traits		= CLI_LOADS_CATALOG | CLI_WRITES_ONE,
	.operands	= { .max = 0, .many = AFT_M_C_TOO_MANY },
	.check		= schema_check,
	.run		= schema_run,
};
