/*
 * A line reader for questions asked on a terminal or through a pipe.
 * The caller owns struct cli_prompt and the file descriptor it reads;
 * a line returned lives in it until the next read.
 *
 * Input is read with read(2), waiting in pselect(2) with SIGINT, SIGTERM
 * and SIGHUP unblocked only there: a signal ends a wait for input, and
 * never interrupts what the program does between two reads (a save, for
 * one).  The reader knows nothing of what is asked.
 */
#ifndef AFTOETS_CLI_PROMPT_H
#define AFTOETS_CLI_PROMPT_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * The longest line returned; a longer one is read to its end and refused,
 * never cut.  It is far below the 256 KiB a value in an answers file may
 * hold (docs/robustness.md), so that a file filled in at every prompt
 * (two texts a criterion, 44 criteria: about 0.7 MiB) stays well within
 * the 4 MiB that score, validate and fill itself read.
 */
#define CLI_PROMPT_LINE_MAX	8192

/* What cli_prompt_read() got. */
enum cli_rd {
	CLI_RD_LINE,		/* a line, in line[] */
	CLI_RD_EOF,		/* the end of input, and no line before it */
	CLI_RD_SIGNAL,		/* a signal, or the terminal hung up */
	CLI_RD_LONG		/* a line over CLI_PROMPT_LINE_MAX bytes */
};

struct cli_prompt {
	/*
	 * The last line, without its line end ("\n" or "\r\n") and ended
	 * by a NUL; len counts its bytes, so a NUL byte read inside the
	 * line makes strlen(line) shorter than len.
	 */
	char		 line[CLI_PROMPT_LINE_MAX + 1];
	size_t		 len;
	/* The lines read so far, the last included: the last one's number. */
	unsigned long	 lineno;
	bool		 tty;		/* reading from a terminal */

	/* The reader's own. */
	int		 fd;
	char		 buf[4096];
	size_t		 start, end;	/* what buf holds still unread */
	bool		 eof;
	sigset_t	 waitmask;	/* the mask while waiting for input */
	sigset_t	 oldmask;	/* the mask before cli_prompt_init() */
	struct sigaction old[3];	/* the actions it replaced */
};

/*
 * Prepares to read lines from fd: catches SIGINT, SIGTERM and SIGHUP
 * (a caught signal is kept for cli_prompt_signal()) and blocks them but
 * while waiting for input.  cli_prompt_fini() undoes both.
 */
void		cli_prompt_init(struct cli_prompt *, int fd);
void		cli_prompt_fini(struct cli_prompt *);
/*
 * Reads the next line into p->line.  A line the input ends without a
 * line end is a line too.  CLI_RD_SIGNAL comes only when no line is
 * waiting in the buffer; a terminal that hung up (its reads end, and
 * asking for its settings fails with EIO) counts as SIGHUP.
 */
enum cli_rd	cli_prompt_read(struct cli_prompt *);
/* The signal that ended a wait (SIGHUP for a hang-up), or 0. */
int		cli_prompt_signal(void);

#endif
