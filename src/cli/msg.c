/* Everything aftoets writes to stderr: diagnostics and usage errors. */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* At most this many diagnostics a file; the rest are counted. */
#define DIAG_CAP	50

static bool
err_color(void)
{
	static int c = -1;

	if (c < 0)
		c = cli_use_color(CLI_COLOR_AUTO, stderr);
	return c;
}

static void
prefix(const char *file, unsigned line, unsigned col, enum aft_severity sev)
{
	const char *word = sev == AFT_SEV_ERROR ? "error" : "warning";

	if (file != NULL && line != 0)
		fprintf(stderr, "%s:%u:%u: ", file, line, col);
	else if (file != NULL)
		fprintf(stderr, "%s: ", file);
	if (err_color())
		fprintf(stderr, "%s%s:\033[0m ", sev == AFT_SEV_ERROR ?
		    "\033[1;31m" : "\033[1;35m", word);
	else
		fprintf(stderr, "%s: ", word);
}

void
cli_diags(const struct aft_diags *d, bool quiet)
{
	size_t shown = 0, hidden = d->dropped;

	for (size_t i = 0; i < d->n; i++) {
		const struct aft_diag *g = &d->v[i];

		if (quiet && g->sev == AFT_SEV_WARNING)
			continue;
		if (shown == DIAG_CAP) {
			hidden++;
			continue;
		}
		prefix(g->loc.file, g->loc.line, g->loc.col, g->sev);
		fprintf(stderr, "%s\n", g->msg);
		shown++;
	}
	if (hidden > 0) {
		const char *file = d->n > 0 ? d->v[0].loc.file : NULL;

		if (file != NULL)
			fprintf(stderr, "%s: ", file);
		fprintf(stderr, "note: ");
		fprintf(stderr, aft_msg(cli_lang, AFT_M_C_MORE), hidden);
		fputc('\n', stderr);
	}
}

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("aftoets: ", stderr);
	prefix(NULL, 0, 0, AFT_SEV_ERROR);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void
cli_errorm(enum aft_msg m, ...)
{
	va_list ap;

	fputs("aftoets: ", stderr);
	prefix(NULL, 0, 0, AFT_SEV_ERROR);
	va_start(ap, m);
	vfprintf(stderr, aft_msg(cli_lang, m), ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
cli_usage(enum aft_msg m, ...)
{
	char	cmd[64];
	va_list ap;

	fputs("aftoets: ", stderr);
	prefix(NULL, 0, 0, AFT_SEV_ERROR);
	va_start(ap, m);
	vfprintf(stderr, aft_msg(cli_lang, m), ap);
	va_end(ap);
	fputc('\n', stderr);
	snprintf(cmd, sizeof(cmd), "%s%s", cli_cmd ? cli_cmd : "",
	    cli_cmd ? " " : "");
	fprintf(stderr, aft_msg(cli_lang, AFT_M_C_TRY), cmd);
	fputc('\n', stderr);
	return EXIT_USAGE;
}

int
cli_bad_option(char **argv, int c)
{
	char		 opt[3] = { '-', (char)optopt, '\0' };
	const char	*arg = argv[optind - 1];

	/*
	 * A short option inside a cluster is named on its own; a long one
	 * (whose value getopt_long() leaves in optopt) as it was written.
	 */
	if (optopt > 0 && optopt < OPT_LANG)
		arg = opt;
	if (c == ':')
		return cli_usage(AFT_M_C_NEEDS_ARG, arg);
	return cli_usage(AFT_M_C_BAD_OPTION, arg);
}
