/*
 * The line reader of fill (src/cli/prompt.c): lines from a pipe and a
 * pseudo-terminal, their ends, lines too long, and the signals that end
 * a wait.  Tests that catch a signal or hang up a terminal run in a
 * child process, since the signal the reader keeps is the process's.
 */
/* posix_openpt(3) and its kin are in XSI. */
#define _XOPEN_SOURCE	700

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>

#include <cmocka.h>

#include <sys/wait.h>

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "prompt.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* A pipe that holds data and is closed behind it; returns its read end. */
static int
pipe_with(const char *data, size_t len)
{
	int fd[2];

	assert_int_equal(pipe(fd), 0);
	/* Every case fits in the pipe's buffer, so nothing waits here. */
	assert_int_equal(write(fd[1], data, len), (ssize_t)len);
	assert_int_equal(close(fd[1]), 0);
	return fd[0];
}

/* One read: what it returns and, for a line, the line. */
struct want {
	enum cli_rd	 rd;
	const char	*line;
	size_t		 len;
};

#define LINE(s)	{ CLI_RD_LINE, (s), sizeof(s) - 1 }
#define END	{ CLI_RD_EOF, NULL, 0 }

/*
 * Reads in from a pipe and checks each read against w, up to its first
 * END; the end of input is then checked to stay the end.
 */
static void
check_reads(const char *name, const char *in, size_t inlen,
    const struct want *w)
{
	struct cli_prompt	p;
	int			fd = pipe_with(in, inlen);
	size_t			i = 0;

	cli_prompt_init(&p, fd);
	assert_false(p.tty);
	for (;; i++) {
		enum cli_rd rd = cli_prompt_read(&p);

		if (rd != w[i].rd)
			fail_msg("%s, read %zu: %d, expected %d", name, i + 1,
			    (int)rd, (int)w[i].rd);
		if (rd == CLI_RD_EOF)
			break;
		if (p.len != w[i].len || memcmp(p.line, w[i].line,
		    w[i].len) != 0)
			fail_msg("%s, read %zu: '%.*s' (%zu bytes), expected "
			    "'%s'", name, i + 1, (int)p.len, p.line, p.len,
			    w[i].line);
		assert_int_equal(p.line[p.len], '\0');
	}
	if (cli_prompt_read(&p) != CLI_RD_EOF)
		fail_msg("%s: a read after the end is not the end", name);
	cli_prompt_fini(&p);
	close(fd);
}

static void
test_lines(void **state)
{
	static const struct {
		const char	*name;
		const char	*in;
		struct want	 w[4];
	} t[] = {
		{ "two lines", "volledig\nTekst met spaties \n",
		    { LINE("volledig"), LINE("Tekst met spaties "), END } },
		{ "no final line end", "ja\nnee", { LINE("ja"), LINE("nee"),
		    END } },
		{ "empty lines", "\n\nq\n", { LINE(""), LINE(""), LINE("q"),
		    END } },
		{ "nothing", "", { END } },
		{ "crlf", "ja\r\n\r\nnee\r\n", { LINE("ja"), LINE(""),
		    LINE("nee"), END } },
		{ "cr inside", "a\rb\n\r\r\n", { LINE("a\rb"), LINE("\r"),
		    END } },
		{ "cr at the very end", "laatste\r", { LINE("laatste"),
		    END } },
		{ "utf-8", "Geen idee – nog niet\n",
		    { LINE("Geen idee – nog niet"), END } },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++)
		check_reads(t[i].name, t[i].in, strlen(t[i].in), t[i].w);
}

/* A NUL byte is kept: len counts it, and strlen() stops at it. */
static void
test_nul_byte(void **state)
{
	static const char	 in[] = "a\0b\n\0\nc\n";
	static const struct want w[] = {
		{ CLI_RD_LINE, "a\0b", 3 },
		{ CLI_RD_LINE, "\0", 1 },
		LINE("c"),
		END,
	};
	struct cli_prompt	 p;
	int			 fd = pipe_with(in, sizeof(in) - 1);

	(void)state;
	check_reads("nul", in, sizeof(in) - 1, w);
	cli_prompt_init(&p, fd);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
	assert_int_equal(p.len, 3);
	assert_int_equal(strlen(p.line), 1);
	cli_prompt_fini(&p);
	close(fd);
}

/* n bytes of c, a line end, then "next\n"; *len is the whole length. */
static char *
long_input(size_t n, char c, size_t *len)
{
	char *s = malloc(n + 6);

	assert_non_null(s);
	memset(s, c, n);
	memcpy(s + n, "\nnext\n", 6);
	*len = n + 6;
	return s;
}

/* Lines around the reader's buffer of 4096 bytes and its longest line. */
static void
test_long_lines(void **state)
{
	static const struct {
		size_t		n;
		enum cli_rd	rd;
	} t[] = {
		{ 4095,				CLI_RD_LINE },
		{ 4096,				CLI_RD_LINE },
		{ 4097,				CLI_RD_LINE },
		{ CLI_PROMPT_LINE_MAX - 1,	CLI_RD_LINE },
		{ CLI_PROMPT_LINE_MAX,		CLI_RD_LINE },
		{ CLI_PROMPT_LINE_MAX + 1,	CLI_RD_LONG },
		{ 3 * CLI_PROMPT_LINE_MAX + 7,	CLI_RD_LONG },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		struct cli_prompt	 p;
		size_t			 len;
		char			*in = long_input(t[i].n, 'x', &len);
		int			 fd = pipe_with(in, len);

		cli_prompt_init(&p, fd);
		if (cli_prompt_read(&p) != t[i].rd)
			fail_msg("a line of %zu bytes: not %s", t[i].n,
			    t[i].rd == CLI_RD_LONG ? "too long" : "a line");
		if (t[i].rd == CLI_RD_LINE) {
			assert_int_equal(p.len, t[i].n);
			assert_memory_equal(p.line, in, t[i].n);
			assert_int_equal(p.line[t[i].n], '\0');
		}
		/* The line after a long one is read whole. */
		assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
		assert_string_equal(p.line, "next");
		assert_int_equal(cli_prompt_read(&p), CLI_RD_EOF);
		cli_prompt_fini(&p);
		close(fd);
		free(in);
	}
}

/* A long line that the input ends without a line end is too long. */
static void
test_long_last_line(void **state)
{
	struct cli_prompt	 p;
	size_t			 len;
	char			*in = long_input(CLI_PROMPT_LINE_MAX + 1, 'y',
				    &len);
	int			 fd = pipe_with(in, CLI_PROMPT_LINE_MAX + 1);

	(void)state;
	cli_prompt_init(&p, fd);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LONG);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_EOF);
	cli_prompt_fini(&p);
	close(fd);
	free(in);
}

/*
 * Every line read counts, a long one and an empty one too; the end of
 * input does not.  A line's number says where a refused answer was.
 */
static void
test_line_numbers(void **state)
{
	struct cli_prompt	 p;
	size_t			 len;
	char			*in = long_input(CLI_PROMPT_LINE_MAX + 1, 'z',
				    &len);
	char			*all = malloc(len + 8);
	int			 fd;

	(void)state;
	assert_non_null(all);
	/* "a", "", a line too long, "next", "" (CRLF) and "b", no line end. */
	memcpy(all, "a\n\n", 3);
	memcpy(all + 3, in, len);
	memcpy(all + 3 + len, "\r\nb", 3);
	fd = pipe_with(all, len + 6);
	cli_prompt_init(&p, fd);
	assert_int_equal(p.lineno, 0);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
	assert_int_equal(p.lineno, 1);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
	assert_int_equal(p.lineno, 2);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LONG);
	assert_int_equal(p.lineno, 3);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
	assert_string_equal(p.line, "next");
	assert_int_equal(p.lineno, 4);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
	assert_int_equal(p.len, 0);
	assert_int_equal(p.lineno, 5);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
	assert_string_equal(p.line, "b");
	assert_int_equal(p.lineno, 6);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_EOF);
	assert_int_equal(p.lineno, 6);
	cli_prompt_fini(&p);
	close(fd);
	free(all);
	free(in);
}

/*
 * Runs fn in a child process and returns its exit code, failing when it
 * ended by a signal.
 */
static int
in_child(int (*fn)(void))
{
	pid_t	pid;
	int	status;

	fflush(NULL);
	if ((pid = fork()) == 0)
		_exit(fn());
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (!WIFEXITED(status))
		fail_msg("the child ended by signal %d", WTERMSIG(status));
	return WEXITSTATUS(status);
}

/* Writes lines to fd in pieces, pausing before each, so that reads wait. */
static int
write_pieces(int fd)
{
	static const char *const piece[] = { "hal", "lo\nwe", "r", "eld\n",
	    "\r", "\n" };
	const struct timespec	 pause = { 0, 20 * 1000 * 1000 };

	for (size_t i = 0; i < NELEM(piece); i++) {
		nanosleep(&pause, NULL);
		if (write(fd, piece[i], strlen(piece[i])) < 0)
			return 1;
	}
	return 0;
}

/* Lines that come in pieces, a line end split from its CR too. */
static void
test_pieces(void **state)
{
	struct cli_prompt	p;
	int			fd[2], status;
	pid_t			pid;

	(void)state;
	assert_int_equal(pipe(fd), 0);
	fflush(NULL);
	if ((pid = fork()) == 0) {
		close(fd[0]);
		_exit(write_pieces(fd[1]));
	}
	assert_true(pid > 0);
	close(fd[1]);
	cli_prompt_init(&p, fd[0]);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
	assert_string_equal(p.line, "hallo");
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
	assert_string_equal(p.line, "wereld");
	assert_int_equal(cli_prompt_read(&p), CLI_RD_LINE);
	assert_int_equal(p.len, 0);
	assert_int_equal(cli_prompt_read(&p), CLI_RD_EOF);
	cli_prompt_fini(&p);
	close(fd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/*
 * A signal that comes while the program works stays blocked; the lines
 * waiting in the buffer are still read, and the next wait ends at once.
 */
static int
signal_child(void)
{
	struct cli_prompt	 p;
	sigset_t		 now;
	int			 fd[2];

	if (pipe(fd) != 0 || write(fd[1], "a\nb\n", 4) != 4)
		return 1;
	/* The write end stays open: without the signal, a wait would hang. */
	cli_prompt_init(&p, fd[0]);
	if (cli_prompt_read(&p) != CLI_RD_LINE || strcmp(p.line, "a") != 0)
		return 2;
	if (raise(SIGTERM) != 0 || cli_prompt_signal() != 0)
		return 3;
	if (cli_prompt_read(&p) != CLI_RD_LINE || strcmp(p.line, "b") != 0)
		return 4;
	if (cli_prompt_read(&p) != CLI_RD_SIGNAL ||
	    cli_prompt_signal() != SIGTERM)
		return 5;
	/* It is kept: a later read ends before waiting. */
	if (cli_prompt_read(&p) != CLI_RD_SIGNAL)
		return 6;
	cli_prompt_fini(&p);
	/* The mask is as it was: the signals end the process again. */
	if (sigprocmask(SIG_BLOCK, NULL, &now) != 0 ||
	    sigismember(&now, SIGINT) || sigismember(&now, SIGTERM) ||
	    sigismember(&now, SIGHUP))
		return 7;
	return 0;
}

static void
test_signal(void **state)
{
	int rc;

	(void)state;
	if ((rc = in_child(signal_child)) != 0)
		fail_msg("the child failed at check %d", rc);
}

/*
 * A terminal closed under the reader counts as SIGHUP, whether or not
 * the signal comes.  The terminal is not the child's controlling one,
 * so only the hang-up itself tells.  77: no pseudo-terminals here.
 */
static int
hangup_child(void)
{
	struct cli_prompt	 p;
	const char		*name;
	int			 m, s;

	if ((m = posix_openpt(O_RDWR | O_NOCTTY)) < 0)
		return 77;
	if (grantpt(m) != 0 || unlockpt(m) != 0 ||
	    (name = ptsname(m)) == NULL ||
	    (s = open(name, O_RDWR | O_NOCTTY)) < 0)
		return 77;
	cli_prompt_init(&p, s);
	if (!p.tty)
		return 1;
	if (write(m, "ja\n", 3) != 3)
		return 2;
	if (cli_prompt_read(&p) != CLI_RD_LINE || strcmp(p.line, "ja") != 0)
		return 3;
	close(m);
	if (cli_prompt_read(&p) != CLI_RD_SIGNAL)
		return 4;
	if (cli_prompt_signal() != SIGHUP)
		return 5;
	cli_prompt_fini(&p);
	close(s);
	return 0;
}

static void
test_hangup(void **state)
{
	int rc;

	(void)state;
	if ((rc = in_child(hangup_child)) == 77)
		skip();
	if (rc != 0)
		fail_msg("the child failed at check %d", rc);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lines),
		cmocka_unit_test(test_nul_byte),
		cmocka_unit_test(test_long_lines),
		cmocka_unit_test(test_long_last_line),
		cmocka_unit_test(test_line_numbers),
		cmocka_unit_test(test_pieces),
		cmocka_unit_test(test_signal),
		cmocka_unit_test(test_hangup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
