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

static int
schema_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		{ "output",	required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_common	 o;
	struct aft_catalog	*cat;
	const char		*output = NULL;
	json_t			*schema;
	int			 c, h, rc = EXIT_OK;

	cli_common_init(&o);
	while ((c = getopt_long(argc, argv, ":o:qh", longopts, NULL)) != -1) {
		if ((h = cli_common_opt(&o, c, optarg)) < 0)
			return EXIT_ERROR;
		if (h > 0)
			continue;
		switch (c) {
		case 'h':
			cli_help(stdout, cli_cmd);
			return EXIT_OK;
		case 'o':
			output = optarg;
			break;
		default:
			return cli_bad_option(argv, c);
		}
	}
	if (optind < argc)
		return cli_usage(AFT_M_C_TOO_MANY);
	if ((cat = cli_load_catalog(&o)) == NULL)
		return EXIT_ERROR;
	if ((schema = aft_schema(cat, o.lang)) == NULL) {
		cli_errorm(AFT_M_C_NOMEM);
		aft_catalog_free(cat);
		return EXIT_ERROR;
	}
	if (output == NULL)
		/* A write error on stdout is reported by main. */
		(void)dump(stdout, schema);
	else
		rc = cli_write_file(output, true, dump, schema);
	json_decref(schema);
	aft_catalog_free(cat);
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
	.main		= schema_main,
};
