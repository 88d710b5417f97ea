/*
 * The line reader of the questions fill asks (prompt.h): read(2) and
 * pselect(2), with the signals that end a session let through only while
 * waiting for input.
 */
#include <sys/select.h>

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "prompt.h"

static const int signals[3] = { SIGINT, SIGTERM, SIGHUP };

static volatile sig_atomic_t got_signal;

static void
on_signal(int sig)
{
	got_signal = sig;
}

void
cli_prompt_init(struct cli_prompt *p, int fd)
{
	struct sigaction	sa;
	sigset_t		block;

	memset(p, 0, sizeof(*p));
	p->fd = fd;
	p->tty = isatty(fd);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: a wait ends at the signal */
	sigemptyset(&block);
	for (size_t i = 0; i < 3; i++) {
		sigaction(signals[i], &sa, &p->old[i]);
		sigaddset(&block, signals[i]);
	}
	sigprocmask(SIG_BLOCK, &block, &p->oldmask);
	p->waitmask = p->oldmask;
	for (size_t i = 0; i < 3; i++)
		sigdelset(&p->waitmask, signals[i]);
}

void
cli_prompt_fini(struct cli_prompt *p)
{
	sigprocmask(SIG_SETMASK, &p->oldmask, NULL);
	for (size_t i = 0; i < 3; i++)
		sigaction(signals[i], &p->old[i], NULL);
}

int
cli_prompt_signal(void)
{
	return got_signal;
}

/*
 * Whether the terminal input came from was closed, given what the read
 * returned (n, and errno when n < 0).  Its reads then end, often before
 * the SIGHUP that says so arrives: a pseudo-terminal's reads fail with
 * EIO as soon as the other side is closed, and asking for its settings
 * fails with EIO once the hang-up is complete; after Ctrl-D the read
 * returns 0 and the settings can still be read.
 */
static bool
hung_up(const struct cli_prompt *p, ssize_t n)
{
	struct termios t;

	if (!p->tty)
		return false;
	if (n < 0 && errno == EIO)
		return true;
	return tcgetattr(p->fd, &t) != 0 && errno == EIO;
}

/*
 * Moves what the buffer holds of the current line to p->line; *over
 * says the line outgrew it.  Returns whether the line end was found.
 */
static bool
take(struct cli_prompt *p, bool *over)
{
	char	*nl;
	size_t	 n;

	nl = memchr(p->buf + p->start, '\n', p->end - p->start);
	n = (nl != NULL ? (size_t)(nl - p->buf) : p->end) - p->start;
	if (p->len + n > CLI_PROMPT_LINE_MAX)
		*over = true;
	else {
		memcpy(p->line + p->len, p->buf + p->start, n);
		p->len += n;
	}
	p->start += n;
	if (nl == NULL)
		return false;
	p->start++;
	return true;
}

/*
 * Waits for input and reads what there is into the empty buffer, or
 * sets p->eof at the end of input (or a read error); either may take
 * another call after an interrupted wait.  Returns false, having read
 * nothing, when a signal came or the terminal hung up.
 */
static bool
refill(struct cli_prompt *p)
{
	fd_set	rs;
	ssize_t	n;

	if (got_signal)
		return false;
	FD_ZERO(&rs);
	FD_SET(p->fd, &rs);
	if (pselect(p->fd + 1, &rs, NULL, NULL, NULL, &p->waitmask) < 0) {
		if (errno != EINTR)
			p->eof = true;
		return true;
	}
	if ((n = read(p->fd, p->buf, sizeof(p->buf))) < 0 &&
	    (errno == EINTR || errno == EAGAIN))
		return true;
	if (n <= 0 && hung_up(p, n)) {
		if (!got_signal)
			got_signal = SIGHUP;
		return false;
	}
	if (n <= 0)
		p->eof = true;
	else
		p->end = (size_t)n;
	return true;
}

enum cli_rd
cli_prompt_read(struct cli_prompt *p)
{
	bool over = false;

	p->len = 0;
	for (;;) {
		if (p->start < p->end) {
			if (take(p, &over))
				break;
			continue;
		}
		p->start = p->end = 0;
		if (p->eof) {
			if (p->len == 0 && !over)
				return CLI_RD_EOF;
			break;
		}
		if (!refill(p))
			return CLI_RD_SIGNAL;
	}
	if (p->len > 0 && p->line[p->len - 1] == '\r')
		p->len--;
	p->line[p->len] = '\0';
	p->lineno++;
	return over ? CLI_RD_LONG : CLI_RD_LINE;
}
