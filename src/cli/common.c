/*
 * Options every subcommand shares, the help that lists them after each
 * command's own, loading the catalog they name, and writing a file -o
 * names without losing one the user wrote.
 */
#include <sys/stat.h>

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "aftoets/answers.h"
#include "aftoets/atomic.h"
#include "aftoets/input.h"
#include "aftoets/stamp.h"
#include "aftoets/site.h"
#include "cli.h"

/*
 * The file -o names as cli_output_guard() found it, so that what
 * replaces it can check that nobody changed it meanwhile.  Outputs are
 * hashed up to this size; a larger one is not checked.
 */
#define OUT_STAMP_MAX	(256u * 1024 * 1024)

static struct {
	const char		*path;
	struct aft_stamp	 st;
	bool			 set;
} guarded;

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

void
cli_common_help(FILE *fp)
{
	fputs(common_help[cli_lang], fp);
}

void
cli_help(FILE *fp, const struct cli_command *c)
{
	fprintf(fp, "usage: aftoets %s\n\n%s", c->synopsis, c->help[cli_lang]);
	cli_common_help(fp);
}

void
cli_common_init(struct cli_common *o)
{
	const char *env = getenv("AFTOETS_CRITERIA");

	memset(o, 0, sizeof(*o));
	o->lang = cli_lang;
	o->color = CLI_COLOR_AUTO;
	if (env != NULL && *env != '\0')
		o->criteria = env;
}

int
cli_common_opt(struct cli_common *o, int c, const char *arg)
{
	int l;

	switch (c) {
	case OPT_LANG:
		if ((l = aft_lang_parse(arg)) < 0) {
			cli_usage(AFT_M_C_BAD_VALUE, arg, "--lang", "nl, en");
			return -1;
		}
		o->lang = cli_lang = (enum aft_lang)l;
		return 1;
	case OPT_COLOR:
		if (strcmp(arg, "auto") == 0)
			o->color = CLI_COLOR_AUTO;
		else if (strcmp(arg, "always") == 0)
			o->color = CLI_COLOR_ALWAYS;
		else if (strcmp(arg, "never") == 0)
			o->color = CLI_COLOR_NEVER;
		else {
			cli_usage(AFT_M_C_BAD_VALUE, arg, "--color",
			    "auto, always, never");
			return -1;
		}
		return 1;
	case OPT_CRITERIA:
		o->criteria = arg;
		return 1;
	case 'q':
		o->quiet = true;
		return 1;
	default:
		return 0;
	}
}

struct aft_catalog *
cli_load_catalog(const struct cli_common *o)
{
	struct aft_catalog	*cat = NULL;
	struct aft_diags	 d;
	char			*buf = NULL;
	size_t			 len;
	int			 rc;

	aft_diags_init(&d, o->lang);
	if (o->criteria == NULL)
		rc = aft_catalog_load_default(&cat, &d);
	else if ((rc = aft_input_read(&buf, &len, o->criteria, o->criteria,
	    AFT_INPUT_MAX, &d)) == AFT_OK)
		rc = aft_catalog_load(&cat, o->criteria, buf, len, &d);
	free(buf);
	cli_diags_done(&d, rc, o->quiet);
	return rc == AFT_OK ? cat : NULL;
}

const char *
cli_input_name(const char *path)
{
	return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

void
cli_diags_done(struct aft_diags *d, int rc, bool quiet)
{
	aft_diags_sort(d);
	cli_diags(d, quiet);
	if (rc == AFT_ENOMEM && d->n == 0)
		cli_errorm(AFT_M_C_NOMEM);
	aft_diags_fini(d);
}

int
cli_write_file(const char *path, bool replace, int (*write)(FILE *, void *),
    void *arg)
{
	struct aft_atomic	a;
	int			rc;

	if (!replace && access(path, F_OK) == 0) {
		cli_errorm(AFT_M_C_EXISTS, path);
		return EXIT_ERROR;
	}
	if (aft_atomic_open(&a, path, replace) != 0) {
		cli_error("%s: %s", path, strerror(errno));
		return EXIT_ERROR;
	}
	errno = 0;
	if ((rc = write(a.fp, arg)) != AFT_OK) {
		if (rc == AFT_ENOMEM)
			cli_errorm(AFT_M_C_NOMEM);
		else
			cli_errorm(AFT_M_C_WRITE, strerror(errno ? errno :
			    EIO));
		aft_atomic_abort(&a);
		return EXIT_ERROR;
	}
	if (cli_output_unchanged(path) != EXIT_OK) {
		aft_atomic_abort(&a);
		return EXIT_ERROR;
	}
	if (aft_atomic_commit(&a) != 0) {
		if (errno == EEXIST)
			cli_errorm(AFT_M_C_EXISTS, path);
		else
			cli_error("%s: %s", path, strerror(errno));
		return EXIT_ERROR;
	}
	return EXIT_OK;
}

int
cli_out_write(const struct cli_ctx *x, bool replace,
    int (*write)(FILE *, void *), void *arg)
{
	int rc;

	if (x->out.path != NULL)
		return cli_write_file(x->out.path, replace, write, arg);
	if ((rc = write(stdout, arg)) == AFT_ENOMEM)
		cli_errorm(AFT_M_C_NOMEM);
	return rc == AFT_OK ? EXIT_OK : EXIT_ERROR;
}

int
cli_out_guard(const struct cli_ctx *x, const char *const *inputs, size_t n)
{
	if (x->out.path == NULL)
		return EXIT_OK;
	return cli_output_guard(x->out.path, inputs, n, &x->common,
	    x->out.force, AFT_INPUT_MAX);
}

/*
 * Whether path names the file st describes: the same device and inode,
 * however it is spelt and through whatever link.  "-", standard input,
 * is no file.
 */
static bool
is_file(const struct stat *st, const char *path)
{
	struct stat in;

	return strcmp(path, "-") != 0 && stat(path, &in) == 0 &&
	    in.st_dev == st->st_dev && in.st_ino == st->st_ino;
}

bool
cli_same_file(const char *a, const char *b)
{
	struct stat st;

	return strcmp(a, "-") != 0 && stat(a, &st) == 0 && is_file(&st, b);
}

/*
 * Whether the file at path is an answers file (aftoets/answers.h).  One
 * that cannot be read within max bytes is none the loader would take.
 */
static int
answers_like(bool *like, const char *path, size_t max)
{
	struct aft_diags	 d;
	char			*buf = NULL;
	size_t			 len = 0;
	int			 rc;

	*like = false;
	aft_diags_init(&d, cli_lang);
	rc = aft_input_read(&buf, &len, path, path, max, &d);
	if (rc == AFT_OK)
		rc = aft_answers_like(like, buf, len);
	free(buf);
	aft_diags_fini(&d);
	return rc == AFT_ENOMEM ? rc : AFT_OK;
}

bool
cli_output_is_dir(const char *out)
{
	struct stat	st;
	size_t		len = strlen(out);

	return (len > 0 && out[len - 1] == '/') ||
	    (stat(out, &st) == 0 && S_ISDIR(st.st_mode));
}

int
cli_site_refused(const char *out, int rc, const char *foreign)
{
	switch (rc) {
	case AFT_OK:
		return EXIT_OK;
	case AFT_EINPUT:
		if (strcmp(foreign, out) == 0 || (strncmp(foreign, out,
		    strlen(foreign)) == 0 && strspn(out + strlen(foreign),
		    "/") == strlen(out + strlen(foreign))))
			cli_errorm(AFT_M_C_SITE_NOT_DIR, out);
		else
			cli_errorm(AFT_M_C_SITE_FOREIGN, out, foreign);
		break;
	case AFT_ENOMEM:
		cli_errorm(AFT_M_C_NOMEM);
		break;
	default:
		cli_error("%s: %s", out, strerror(errno));
	}
	return EXIT_ERROR;
}

int
cli_output_guard(const char *out, const char *const *inputs, size_t n,
    const struct cli_common *o, bool force, size_t max)
{
	struct stat	 st;
	bool		 like;
	char		*buf = NULL;
	size_t		 len;

	guarded.path = out;
	guarded.set = strcmp(out, "-") != 0 && aft_stamp_read(&guarded.st,
	    &buf, &len, out, OUT_STAMP_MAX) == 0;
	free(buf);
	/*
	 * A folder becomes a site: it may hold nothing but a site written
	 * before, so no input, catalog or file of the user's is in it.
	 */
	if (cli_output_is_dir(out)) {
		char	*foreign = NULL;
		int	 rc = aft_site_check(out, &foreign);

		rc = cli_site_refused(out, rc, foreign);
		free(foreign);
		return rc;
	}
	/* Only a file that is there can be an input, or be lost. */
	if (stat(out, &st) != 0 || !S_ISREG(st.st_mode))
		return EXIT_OK;
	for (size_t i = 0; i < n; i++) {
		if (is_file(&st, inputs[i])) {
			cli_errorm(AFT_M_C_OUT_INPUT, out, inputs[i]);
			return EXIT_ERROR;
		}
	}
	if (o->criteria != NULL && is_file(&st, o->criteria)) {
		cli_errorm(AFT_M_C_OUT_CATALOG, out, o->criteria);
		return EXIT_ERROR;
	}
	if (force)
		return EXIT_OK;
	if (answers_like(&like, out, max) != AFT_OK) {
		cli_errorm(AFT_M_C_NOMEM);
		return EXIT_ERROR;
	}
	if (like) {
		cli_errorm(AFT_M_C_OUT_ANSWERS, out);
		return EXIT_ERROR;
	}
	return EXIT_OK;
}

int
cli_output_unchanged(const char *out)
{
	struct aft_stamp	 now;
	char			*buf = NULL;
	size_t			 len;
	int			 rc;

	if (!guarded.set || strcmp(out, guarded.path) != 0)
		return EXIT_OK;
	rc = aft_stamp_read(&now, &buf, &len, out, OUT_STAMP_MAX);
	free(buf);
	if (rc != 0)
		return EXIT_OK;		/* not one to tell: as before */
	switch (aft_stamp_cmp(&guarded.st, &now)) {
	case AFT_STAMP_SAME:
	case AFT_STAMP_TOUCHED:
		return EXIT_OK;
	case AFT_STAMP_CHANGED:
	case AFT_STAMP_GONE:
		break;
	}
	cli_errorm(AFT_M_C_OUT_CHANGED, out);
	return EXIT_ERROR;
}
