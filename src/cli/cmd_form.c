/*
 * aftoets form: write the self-contained HTML form (aftoets/form.h) that
 * a person fills in in a browser and that saves an answers file.  With
 * --from the form starts from an answers file, which must validate
 * first; nothing is written when it does not.  Without -o the page goes
 * to standard output; with -o it is written atomically, and the output
 * guard every report has keeps it from replacing an input, the catalog
 * or, without --force, an answers file.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/form.h"
#include "aftoets/input.h"
#include "cli.h"

enum {
	OPT_FROM = OPT_FIRST_OWN
};

/* The options of form. */
struct form_opts {
	const char	*from;
};

static const struct option longopts[] = {
	{ "from",	required_argument, NULL, OPT_FROM },
	{ NULL, 0, NULL, 0 }
};

static int
form_option(struct cli_ctx *x, int c, const char *arg)
{
	struct form_opts *o = x->state;

	if (c != OPT_FROM)
		return 0;
	o->from = arg;
	return 1;
}

/*
 * The output may replace neither --from nor, without --force, an
 * answers file.
 */
static int
form_check(struct cli_ctx *x)
{
	const struct form_opts *o = x->state;

	return cli_out_guard(x, &o->from, o->from != NULL ? 1 : 0);
}

struct page {
	const char	*html;
	size_t		 len;
};

static int
write_page(FILE *fp, void *arg)
{
	const struct page *p = arg;

	if (fwrite(p->html, 1, p->len, fp) != p->len || fflush(fp) != 0)
		return AFT_EIO;
	return AFT_OK;
}

static int
form_run(struct cli_ctx *x)
{
	struct form_opts	*o = x->state;
	struct aft_form_opts	 fo = { .lang = x->common.lang };
	struct aft_diags	 d;
	struct page		 p;
	char			*buf = NULL, *html = NULL;
	size_t			 len = 0;
	int			 rc = AFT_OK, ex;

	aft_diags_init(&d, x->common.lang);
	if (o->from != NULL) {
		fo.from = cli_input_name(o->from);
		rc = aft_input_read(&buf, &len, o->from, fo.from,
		    AFT_INPUT_MAX, &d);
		fo.buf = buf;
		fo.len = len;
	}
	if (rc == AFT_OK)
		rc = aft_form_render(&html, &len, x->cat, &fo, &d);
	cli_diags_done(&d, rc, x->common.quiet);
	free(buf);
	if (rc != AFT_OK)
		return EXIT_ERROR;
	p.html = html;
	p.len = len;
	ex = cli_out_write(x, true, write_page, &p);
	free(html);
	return ex;
}

const struct cli_command cmd_form = {
	.name		= "form",
	.synopsis	= "form [options] [--from answers.yaml] [-o file.html] "
	    "[--force]",
	.help		= {
	[AFT_LANG_NL] =
"Schrijf een formulier als een enkel HTML-bestand, dat iedereen zonder\n"
"installatie of netwerk in een browser invult. Het toont de scores terwijl\n"
"je invult, bewaart een concept in de browser en bewaart een\n"
"antwoordenbestand dat aftoets leest. Met --from start het formulier van\n"
"een antwoordenbestand, dat eerst gevalideerd wordt.\n"
"\n"
"      --from FILE       vul het formulier in met de antwoorden uit FILE\n"
"  -o, --output FILE     schrijf naar FILE (atomair) in plaats van stdout\n"
"      --force           vervang FILE ook als het een antwoordenbestand is\n",
	[AFT_LANG_EN] =
"Write a form as one HTML file that anyone fills in in a browser, with no\n"
"install and no network. It shows the scores as you fill it in, keeps a\n"
"draft in the browser and saves an answers file that aftoets reads. With\n"
"--from the form starts from an answers file, which is validated first.\n"
"\n"
"      --from FILE       fill the form in with the answers of FILE\n"
"  -o, --output FILE     write to FILE (atomically) instead of stdout\n"
"      --force           replace FILE even when it is an answers file\n",
	},
	.traits		= CLI_LOADS_CATALOG | CLI_WRITES_ONE,
	.operands	= { .max = 0, .many = AFT_M_C_TOO_MANY },
	.longopts	= longopts,
	.state_size	= sizeof(struct form_opts),
	.option		= form_option,
	.check		= form_check,
	.run		= form_run,
};
