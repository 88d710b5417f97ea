/*
 * Everything aftoets writes to stderr: diagnostics and usage errors.
 * The language and the command they are written for live here, so that
 * every other file of the program may use them.
 * File names and messages (which quote the user's words) are written as
 * terminal text (aft_esc_term()), on one line each, so that nothing read
 * from an input can act on the terminal or forge a line of the log.
 */
#include <sys/stat.h>

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/escape.h"
#include "cli.h"

/* At most this many diagnostics a file; the rest are counted. */
#define DIAG_CAP	50

enum aft_lang	 cli_lang = AFT_LANG_NL;
const struct cli_command *cli_cmd = NULL;

bool
cli_use_color(enum cli_color mode, FILE *fp)
{
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");

	if (mode == CLI_COLOR_ALWAYS)
		return true;
	if (mode == CLI_COLOR_NEVER)
		return false;
	if (nc != NULL && *nc != '\0')
		return false;
	if (term != NULL && strcmp(term, "dumb") == 0)
		return false;
	return isatty(fileno(fp));
}

static bool
err_color(void)
{
	static int c = -1;

	if (c < 0)
		c = cli_use_color(CLI_COLOR_AUTO, stderr);
	return c;
}

/*
 * Lines for stderr, gathered and written a block at a time: stderr is
 * unbuffered, and thousands of warnings would otherwise cost a write
 * each for every piece of every line.  The blocks of cli_diags() may be
 * held back further (see cli_batch_output()).
 */
struct block {
	char	buf[8192];
	size_t	len;
	bool	hold;
};

/* stdout and stderr go to one place: stdout's buffer goes out first. */
static bool	err_follows_out;
/* Diagnostics are gathered in held[] and written CLI_ERR_BUF at a time. */
static bool	err_hold;
static char	held[CLI_ERR_BUF];
static size_t	nheld;
/*
 * stdout's buffer: given, because glibc takes the size of a buffer it
 * allocates itself from st_blksize (4 KiB for a pipe or /dev/null) and
 * ignores the size asked for.  It lives as long as the process, so that
 * exit() can still flush it.
 */
static char	outbuf[CLI_STDOUT_BUF];

void
cli_batch_output(void)
{
	struct stat	o, e;
	bool		same, out_tty = isatty(STDOUT_FILENO);

	/*
	 * One place, where order matters: not a device such as /dev/null
	 * (a terminal is one too, but is not buffered here at all).
	 */
	same = fstat(STDOUT_FILENO, &o) == 0 &&
	    fstat(STDERR_FILENO, &e) == 0 && o.st_dev == e.st_dev &&
	    o.st_ino == e.st_ino && !S_ISCHR(o.st_mode);
	if (!out_tty)
		(void)setvbuf(stdout, outbuf, _IOFBF, sizeof(outbuf));
	err_follows_out = same && !out_tty;
	err_hold = !same && !isatty(STDERR_FILENO);
}

void
cli_err_flush(void)
{
	if (nheld > 0)
		fwrite(held, 1, nheld, stderr);
	nheld = 0;
}

static void
err_write(const char *p, size_t n, bool hold)
{
	if (hold && err_hold) {
		if (n > sizeof(held) - nheld)
			cli_err_flush();
		if (n <= sizeof(held)) {
			memcpy(held + nheld, p, n);
			nheld += n;
			return;
		}
	}
	cli_err_flush();
	if (err_follows_out)
		fflush(stdout);
	fwrite(p, 1, n, stderr);
}

static void
block_flush(struct block *b)
{
	if (b->len > 0)
		err_write(b->buf, b->len, b->hold);
	b->len = 0;
}

static void
block_printf(struct block *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
block_printf(struct block *b, const char *fmt, ...)
{
	size_t	room = sizeof(b->buf) - b->len;
	va_list	ap;
	int	n;

	va_start(ap, fmt);
	n = vsnprintf(b->buf + b->len, room, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n < room) {
		b->len += n < 0 ? 0 : (size_t)n;
		return;
	}
	/* It did not fit: out with the block, then this on its own. */
	block_flush(b);
	va_start(ap, fmt);
	if ((size_t)n < sizeof(b->buf)) {
		vsnprintf(b->buf, sizeof(b->buf), fmt, ap);
		b->len = (size_t)n;
	} else {
		cli_err_flush();
		if (err_follows_out)
			fflush(stdout);
		vfprintf(stderr, fmt, ap);
	}
	va_end(ap);
}

/* Appends text from an input, in its terminal form (escape.h). */
static void
block_term(struct block *b, const char *s)
{
	char *t;

	if (s[aft_esc_term_span(s, 0)] == '\0') {
		block_printf(b, "%s", s);
		return;
	}
	if ((t = aft_esc_term_dup(s, 0)) == NULL) {
		block_printf(b, "?");
		return;
	}
	block_printf(b, "%s", t);
	free(t);
}

static void
prefix(struct block *b, const char *file, unsigned line, unsigned col,
    enum aft_severity sev)
{
	const char *word = sev == AFT_SEV_ERROR ? "error" : "warning";

	if (file != NULL)
		block_term(b, file);
	if (file != NULL && line != 0)
		block_printf(b, ":%u:%u: ", line, col);
	else if (file != NULL)
		block_printf(b, ": ");
	if (err_color())
		block_printf(b, "%s%s:\033[0m ", sev == AFT_SEV_ERROR ?
		    "\033[1;31m" : "\033[1;35m", word);
	else
		block_printf(b, "%s: ", word);
}

void
cli_diags(const struct aft_diags *d, bool quiet)
{
	struct block	b;
	size_t		shown = 0, hidden = d->dropped;

	b.len = 0;
	b.hold = true;
	for (size_t i = 0; i < d->n; i++) {
		const struct aft_diag *g = &d->v[i];

		if (quiet && g->sev == AFT_SEV_WARNING)
			continue;
		if (shown == DIAG_CAP) {
			hidden++;
			continue;
		}
		prefix(&b, g->loc.file, g->loc.line, g->loc.col, g->sev);
		block_term(&b, g->msg);
		block_printf(&b, "\n");
		shown++;
	}
	if (hidden > 0) {
		const char *file = d->n > 0 ? d->v[0].loc.file : NULL;

		if (file != NULL) {
			block_term(&b, file);
			block_printf(&b, ": ");
		}
		block_printf(&b, "note: ");
		block_printf(&b, aft_msg(cli_lang, AFT_M_C_MORE), hidden);
		block_printf(&b, "\n");
	}
	block_flush(&b);
}

/* "aftoets: error: ", to stderr. */
static void
error_prefix(void)
{
	struct block b;

	b.len = 0;
	b.hold = false;
	block_printf(&b, "aftoets: ");
	prefix(&b, NULL, 0, 0, AFT_SEV_ERROR);
	block_flush(&b);
}

/* Writes a message and its line end, its words as terminal text. */
static void
vline(const char *fmt, va_list ap)
{
	char	 small[512], *buf = small;
	va_list	 again;
	int	 n;

	va_copy(again, ap);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	if (n >= (int)sizeof(small) && (buf = malloc((size_t)n + 1)) != NULL)
		vsnprintf(buf, (size_t)n + 1, fmt, again);
	va_end(again);
	if (n >= 0)
		aft_esc_term(stderr, buf != NULL ? buf : small, 0);
	if (buf != small)
		free(buf);
	fputc('\n', stderr);
}

void
cli_error(const char *fmt, ...)
{
	va_list ap;

	error_prefix();
	va_start(ap, fmt);
	vline(fmt, ap);
	va_end(ap);
}

void
cli_errorm(enum aft_msg m, ...)
{
	va_list ap;

	error_prefix();
	va_start(ap, m);
	vline(aft_msg(cli_lang, m), ap);
	va_end(ap);
}

void
cli_line_error(const char *input, unsigned long line, enum aft_msg m, ...)
{
	struct block	b;
	va_list		ap;

	b.len = 0;
	b.hold = false;
	block_term(&b, input);
	block_printf(&b, ":%lu: ", line);
	prefix(&b, NULL, 0, 0, AFT_SEV_ERROR);
	block_flush(&b);
	va_start(ap, m);
	vline(aft_msg(cli_lang, m), ap);
	va_end(ap);
}

int
cli_usage(enum aft_msg m, ...)
{
	char	cmd[64];
	va_list ap;

	error_prefix();
	va_start(ap, m);
	vline(aft_msg(cli_lang, m), ap);
	va_end(ap);
	snprintf(cmd, sizeof(cmd), "%s%s", cli_cmd ? cli_cmd->name : "",
	    cli_cmd ? " " : "");
	fprintf(stderr, aft_msg(cli_lang, AFT_M_C_TRY), cmd);
	fputc('\n', stderr);
	return EXIT_ERROR;
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
