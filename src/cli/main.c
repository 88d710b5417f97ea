/*
 * aftoets: the command table, global options, and the exit code.  main
 * flushes and closes stdout itself so that a failed write (a full disk,
 * a closed pipe) becomes exit code 2 instead of a silent loss.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/common.h"
#include "cli.h"

struct cmd {
	const char	*name;
	int		(*fn)(int, char **);
	const char	*synopsis;
	const char	*help[AFT_NLANG];
};

static const struct cmd cmds[] = {
	{ "score", cmd_score, "score [options] path ...", {
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
"                        every criterion answered\n" } },
	{ "validate", cmd_validate, "validate [options] path ...", {
"Meld elk probleem in antwoordenbestanden, zonder te scoren.\n"
"\n"
"      --strict          waarschuwingen gelden als fouten\n"
"      --max-size BYTES  grootste invoer, ook - (standaard 4 MiB; 512K, 8M, 1G)\n",
"Report every problem in answers files, scoring nothing.\n"
"\n"
"      --strict          warnings count as errors\n"
"      --max-size BYTES  largest input, - too (default 4 MiB; 512K, 8M, 1G)\n" } },
	{ "criteria", cmd_criteria, "criteria [options] [id]", {
"Toon de catalogus per principe, of leg een criterium volledig uit: principe,\n"
"soort, gewicht, tekst, bewijs, de niveaus in de praktijk, een valkuil en de\n"
"schaal.\n"
"\n"
"  -f, --format FORMAT   text (standaard), markdown of json\n",
"List the catalog by principle, or explain one criterion in full: principle,\n"
"kind, weight, text, evidence, the levels in practice, a pitfall and the scale.\n"
"\n"
"  -f, --format FORMAT   text (default), markdown or json\n" } },
	{ "init", cmd_init, "init [options] [--from old.yaml] [-o file] [--force]", {
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
"Write an answers file template: the service, the scale and every criterion\n"
"explained, ready to fill in. With --from, an earlier answers file is\n"
"refreshed against the current catalog, losing nothing.\n"
"\n"
"      --from FILE       take the service and every answer from FILE\n"
"  -o, --output FILE     write to FILE (atomically) instead of stdout\n"
"      --force           replace FILE when it exists\n"
"      --schema FILE     start with a line for the YAML language server\n"
"                        that points at the JSON Schema FILE\n" } },
	{ "fill", cmd_fill, "fill [options] [--unanswered] [--principle id] file", {
"Vul een antwoordenbestand in met vragen, zonder YAML te schrijven: eerst de\n"
"ontbrekende gegevens van de dienst, dan per criterium het niveau, een\n"
"motivatie en geplande acties. Het bestand wordt na elk antwoord atomair\n"
"bewaard en bestaat het nog niet, dan wordt het uit het sjabloon gemaakt.\n"
"Met invoer uit een pijp: drie regels per criterium (niveau, motivatie,\n"
"acties; een lege regel voor geen); q stopt. Zie docs/fill.md.\n"
"\n"
"      --unanswered      alleen criteria zonder antwoord\n"
"      --principle ID    alleen de criteria van principe ID\n"
"\n"
"Afsluitcodes: 0 klaar of gestopt (q, einde van de invoer), 2 een fout,\n"
"130 onderbroken met Ctrl-C (129 SIGHUP, 143 SIGTERM).\n",
"Fill in an answers file by answering questions, writing no YAML: first the\n"
"missing service fields, then per criterion the level, a motivation and\n"
"planned actions. The file is saved atomically after every answer, and\n"
"made from the template when it does not exist yet. With piped input:\n"
"three lines per criterion (level, motivation, actions; an empty line for\n"
"none); q stops. See docs/fill.md.\n"
"\n"
"      --unanswered      only criteria without an answer\n"
"      --principle ID    only the criteria of principle ID\n"
"\n"
"Exit codes: 0 done or stopped (q, end of input), 2 an error, 130\n"
"interrupted with Ctrl-C (129 SIGHUP, 143 SIGTERM).\n" } },
	{ "compare", cmd_compare, "compare [options] old.yaml new.yaml", {
"Vergelijk twee aftoetsingen van een dienst: per principe de score van\n"
"toen en nu, per criterium wat verbeterde of achteruitging, en welke\n"
"aandachtspunten opgelost of nieuw zijn.\n"
"\n"
"  -f, --format FORMAT   text (standaard), markdown of json\n"
"  -o, --output FILE     schrijf het rapport atomair naar FILE\n"
"      --fail-on-regression\n"
"                        afsluitcode 1 als een principe achteruitging\n",
"Compare two assessments of a service: per principle the score then and\n"
"now, per criterion what improved or regressed, and which points of\n"
"attention were resolved or are new.\n"
"\n"
"  -f, --format FORMAT   text (default), markdown or json\n"
"  -o, --output FILE     write the report to FILE, atomically\n"
"      --fail-on-regression\n"
"                        exit code 1 when a principle's score went down\n" } },
	{ "schema", cmd_schema, "schema [options] [-o file]", {
"Schrijf het JSON-schema (draft-07) van antwoordenbestanden voor de\n"
"geladen catalogus, zodat een editor met een YAML-taalserver elk criterium\n"
"uitlegt, niveaus aanvult en fouten aanwijst tijdens het typen.\n"
"\n"
"  -o, --output FILE     schrijf naar FILE (atomair) in plaats van stdout\n",
"Write the JSON Schema (draft-07) of answers files for the catalog\n"
"loaded, so that an editor with a YAML language server explains every\n"
"criterion, completes levels and points at mistakes while you type.\n"
"\n"
"  -o, --output FILE     write to FILE (atomically) instead of stdout\n" } },
	{ "significance", cmd_significance,
	    "significance [options] --budget X --users N", {
"Bepaal of een dienst significant is (en de aftoetsing dus verplicht).\n"
"\n"
"      --budget X        budget in euro (getal of bedrag, '€ 750.000')\n"
"      --users N         verwacht aantal gebruikers\n"
"  -f, --format FORMAT   text (standaard) of json\n",
"Decide whether a service is significant (so the assessment is mandatory).\n"
"\n"
"      --budget X        budget in euros (number or amount, '€750,000')\n"
"      --users N         expected number of users\n"
"  -f, --format FORMAT   text (default) or json\n" } },
};

#define NCMDS	(sizeof(cmds) / sizeof(cmds[0]))

static const char *const common_help[AFT_NLANG] = {
"\n"
"Algemene opties:\n"
"      --criteria FILE   laad een andere catalogus (AFTOETS_CRITERIA)\n"
"      --lang nl|en      taal van rapporten en meldingen (AFTOETS_LANG)\n"
"      --color WHEN      auto (standaard), always of never (NO_COLOR)\n"
"  -q, --quiet           geen waarschuwingen\n"
"  -h, --help            deze hulp\n",
"\n"
"Common options:\n"
"      --criteria FILE   load another catalog (AFTOETS_CRITERIA)\n"
"      --lang nl|en      language of reports and messages (AFTOETS_LANG)\n"
"      --color WHEN      auto (default), always or never (NO_COLOR)\n"
"  -q, --quiet           no warnings\n"
"  -h, --help            this help\n",
};

static const char *const main_help[AFT_NLANG] = {
"aftoets toetst een digitale dienst af aan de vijf principes van de\n"
"Vlaamse digitale dienstverleningsstrategie.\n",
"aftoets assesses a digital service against the five principles of the\n"
"Flemish digital service delivery strategy.\n",
};

static const struct cmd *
find(const char *name)
{
	for (size_t i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i].name, name) == 0)
			return &cmds[i];
	return NULL;
}

void
cli_help(FILE *fp)
{
	const struct cmd *c = cli_cmd != NULL ? find(cli_cmd) : NULL;

	if (c == NULL) {
		fputs(main_help[cli_lang], fp);
		fputs("\nusage: aftoets command [options] ...\n\n", fp);
		for (size_t i = 0; i < NCMDS; i++)
			fprintf(fp, "  aftoets %s\n", cmds[i].synopsis);
		fputs("  aftoets --version\n", fp);
		fputs(common_help[cli_lang], fp);
		return;
	}
	fprintf(fp, "usage: aftoets %s\n\n%s%s", c->synopsis,
	    c->help[cli_lang], common_help[cli_lang]);
}

/* Finds --lang before anything else, so early messages use it too. */
static void
prescan_lang(int argc, char **argv)
{
	const char	*env = getenv("AFTOETS_LANG");
	int		 l;

	if (env != NULL && (l = aft_lang_parse(env)) >= 0)
		cli_lang = (enum aft_lang)l;
	for (int i = 1; i < argc; i++) {
		const char *v = NULL;

		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			v = argv[i + 1];
		else if (strncmp(argv[i], "--lang=", 7) == 0)
			v = argv[i] + 7;
		if (v != NULL && (l = aft_lang_parse(v)) >= 0)
			cli_lang = (enum aft_lang)l;
	}
}

/* Closes stdout, turning a failed write into exit code 2. */
static int
finish(int rc)
{
	cli_err_flush();
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		cli_errorm(AFT_M_C_WRITE, strerror(errno ? errno : EIO));
		return EXIT_ERROR;
	}
	return rc;
}

int
main(int argc, char **argv)
{
	const struct cmd *c;

	prescan_lang(argc, argv);
	if (argc < 2) {
		cli_errorm(AFT_M_C_NO_CMD);
		cli_help(stderr);
		return EXIT_ERROR;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("aftoets %s\n", AFT_VERSION);
		return finish(EXIT_OK);
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		if (argc > 2 && strcmp(argv[1], "help") == 0 &&
		    find(argv[2]) != NULL)
			cli_cmd = argv[2];
		cli_help(stdout);
		return finish(EXIT_OK);
	}
	if ((c = find(argv[1])) == NULL) {
		cli_errorm(AFT_M_C_UNKNOWN_CMD, argv[1]);
		fprintf(stderr, aft_msg(cli_lang, AFT_M_C_TRY), "");
		fputc('\n', stderr);
		return EXIT_ERROR;
	}
	cli_cmd = c->name;
	return finish(c->fn(argc - 1, argv + 1));
}
