/*
 * aftoets: the list of commands, --version, the main help, and the exit
 * code.  Each command is run by cli_run() from its descriptor.  main
 * flushes and closes stdout itself so that a failed write (a full disk,
 * a closed pipe) becomes exit code 2 instead of a silent loss.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/common.h"
#include "cli.h"

/* The commands, in the order the main help lists them. */
static const struct cli_command *const cmds[] = {
	&cmd_score,
	&cmd_validate,
	&cmd_criteria,
	&cmd_init,
	&cmd_fill,
	&cmd_form,
	&cmd_compare,
	&cmd_schema,
	&cmd_significance,
};

#define NCMDS	(sizeof(cmds) / sizeof(cmds[0]))

static const char *const main_text[AFT_NLANG] = {
"aftoets toetst een digitale dienst af aan de vijf principes van de\n"
"Vlaamse digitale dienstverleningsstrategie.\n",
"aftoets assesses a digital service against the five principles of the\n"
"Flemish digital service delivery strategy.\n",
};

static const struct cli_command *
find(const char *name)
{
	for (size_t i = 0; i < NCMDS; i++)
		if (strcmp(cmds[i]->name, name) == 0)
			return cmds[i];
	return NULL;
}

/* The help of aftoets itself: what it is, and every command's synopsis. */
static void
main_help(FILE *fp)
{
	fputs(main_text[cli_lang], fp);
	fputs("\nusage: aftoets command [options] ...\n\n", fp);
	for (size_t i = 0; i < NCMDS; i++)
		fprintf(fp, "  aftoets %s\n", cmds[i]->synopsis);
	fputs("  aftoets --version\n", fp);
	cli_common_help(fp);
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

/*
 * Closes stdout, turning a failed write into exit code 2; after a hang-up
 * (fill's exit code 129) the terminal is gone and its writes fail, which
 * says nothing new.
 */
static int
finish(int rc)
{
	cli_err_flush();
	if (rc == 128 + SIGHUP) {
		fclose(stdout);
		return rc;
	}
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		cli_errorm(AFT_M_C_WRITE, strerror(errno ? errno : EIO));
		return EXIT_ERROR;
	}
	return rc;
}

int
main(int argc, char **argv)
{
	const struct cli_command *c;

	prescan_lang(argc, argv);
	if (argc < 2) {
		cli_errorm(AFT_M_C_NO_CMD);
		main_help(stderr);
		return EXIT_ERROR;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
#ifdef AFT_BUILD_NOTE
		/* A build unlike the usual one says so: make static. */
		printf("aftoets %s (%s)\n", AFT_VERSION, AFT_BUILD_NOTE);
#else
		printf("aftoets %s\n", AFT_VERSION);
#endif
		return finish(EXIT_OK);
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		if (argc > 2 && strcmp(argv[1], "help") == 0 &&
		    (c = find(argv[2])) != NULL)
			cli_help(stdout, c);
		else
			main_help(stdout);
		return finish(EXIT_OK);
	}
	if ((c = find(argv[1])) == NULL) {
		cli_errorm(AFT_M_C_UNKNOWN_CMD, argv[1]);
		fprintf(stderr, aft_msg(cli_lang, AFT_M_C_TRY), "");
		fputc('\n', stderr);
		return EXIT_ERROR;
	}
	return finish(cli_run(c, argc - 1, argv + 1));
}
