/*
 * aftoets score and aftoets validate: read answers files, check them,
 * and (for score) write a report.  One bad file never stops the others;
 * the exit code is the worst of all inputs.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/answers.h"
#include "aftoets/atomic.h"
#include "aftoets/input.h"
#include "aftoets/report.h"
#include "aftoets/score.h"
#include "cli.h"

enum {
	OPT_DETAILS = OPT_FIRST_OWN,
	OPT_STRICT,
	OPT_MAX_SIZE
};

struct run {
	struct cli_common	 common;
	bool			 validate;
	bool			 strict;
	size_t			 max_size;
	struct aft_catalog	*cat;
	struct aft_report	 rep;
	bool			 reporting;
	int			 rc;
};

static void
worst(struct run *x, int rc)
{
	if (rc > x->rc)
		x->rc = rc;
}

/* Parses a size such as 4194304, 512K or 4M. */
static int
parse_size(const char *s, size_t *out)
{
	char			*end;
	unsigned long long	 v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return -1;
	if (*end == 'k' || *end == 'K') {
		v *= 1024;
		end++;
	} else if (*end == 'm' || *end == 'M') {
		v *= 1024 * 1024;
		end++;
	}
	if (strcmp(end, "") != 0 && strcmp(end, "iB") != 0 &&
	    strcmp(end, "B") != 0)
		return -1;
	if (v == 0 || v > (1ULL << 32))
		return -1;
	*out = (size_t)v;
	return 0;
}

static void
one_file(struct run *x, const char *path)
{
	const char		*name = strcmp(path, "-") == 0 ? "<stdin>" :
	    path;
	struct aft_answers	*ans = NULL;
	struct aft_result	*res = NULL;
	struct aft_arena	 arena;
	struct aft_diags	 d;
	char			*buf = NULL;
	size_t			 len = 0;
	int			 rc;

	aft_diags_init(&d, x->common.lang);
	d.strict = x->strict;
	aft_arena_init(&arena);
	rc = aft_input_read(&buf, &len, path, name, x->max_size, &d);
	if (rc == AFT_OK)
		rc = aft_answers_read(&ans, x->cat, name, buf, len,
		    x->validate ? AFT_ANS_WARN_UNANSWERED : 0, &arena, &d);
	if (rc == AFT_OK && !x->validate)
		rc = aft_score(&res, x->cat, ans, &arena);
	aft_diags_sort(&d);
	cli_diags(&d, x->common.quiet);
	if (rc == AFT_ENOMEM)
		cli_errorm(AFT_M_C_NOMEM);
	if (rc != AFT_OK) {
		worst(x, EXIT_USAGE);
		if (x->reporting && aft_report_fail(&x->rep, name, &d) !=
		    AFT_OK)
			worst(x, EXIT_USAGE);
	} else if (x->validate) {
		if (!x->common.quiet)
			printf("%s: %s\n", name, aft_msg(x->common.lang,
			    AFT_M_C_VALID));
	} else if (aft_report_one(&x->rep, res) != AFT_OK)
		worst(x, EXIT_USAGE);
	free(buf);
	aft_arena_fini(&arena);
	aft_diags_fini(&d);
}

static int
run(int argc, char **argv, bool validate)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		{ "format",	required_argument, NULL, 'f' },
		{ "output",	required_argument, NULL, 'o' },
		{ "details",	no_argument,	   NULL, OPT_DETAILS },
		{ "strict",	no_argument,	   NULL, OPT_STRICT },
		{ "max-size",	required_argument, NULL, OPT_MAX_SIZE },
		{ NULL, 0, NULL, 0 }
	};
	const struct aft_report_ops	*fmt = &aft_report_text;
	struct aft_report_opts		 ropt;
	struct aft_atomic		 out;
	const char			*output = NULL;
	struct run			 x;
	FILE				*fp = stdout;
	int				 c, h;

	memset(&x, 0, sizeof(x));
	memset(&ropt, 0, sizeof(ropt));
	memset(&out, 0, sizeof(out));
	cli_common_init(&x.common);
	x.validate = validate;
	x.max_size = AFT_INPUT_MAX;
	while ((c = getopt_long(argc, argv, validate ? ":qh" : ":f:o:qh",
	    longopts, NULL)) != -1) {
		if ((h = cli_common_opt(&x.common, c, optarg)) < 0)
			return EXIT_USAGE;
		if (h > 0)
			continue;
		switch (c) {
		case 'h':
			cli_help(stdout);
			return EXIT_OK;
		case 'f':
			if (validate)
				return cli_bad_option(argv, '?');
			if ((fmt = aft_report_find(optarg)) == NULL)
				return cli_usage(AFT_M_C_BAD_VALUE, optarg,
				    "--format", aft_report_names());
			break;
		case 'o':
			if (validate)
				return cli_bad_option(argv, '?');
			output = optarg;
			break;
		case OPT_DETAILS:
			ropt.details = true;
			break;
		case OPT_STRICT:
			x.strict = true;
			break;
		case OPT_MAX_SIZE:
			if (parse_size(optarg, &x.max_size) != 0)
				return cli_usage(AFT_M_C_BAD_VALUE, optarg,
				    "--max-size", "1..4G");
			break;
		default:
			return cli_bad_option(argv, c);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		return cli_usage(AFT_M_C_NO_INPUT);
	if ((x.cat = cli_load_catalog(&x.common)) == NULL)
		return EXIT_USAGE;
	if (!validate) {
		if (output != NULL) {
			if (aft_atomic_open(&out, output, true) != 0) {
				cli_error("%s: %s", output, strerror(errno));
				aft_catalog_free(x.cat);
				return EXIT_USAGE;
			}
			fp = out.fp;
		}
		ropt.lang = x.common.lang;
		ropt.color = output == NULL &&
		    cli_use_color(x.common.color, stdout);
		ropt.quiet = x.common.quiet;
		ropt.multi = argc > 1;
		if (aft_report_begin(&x.rep, fmt, fp, x.cat, &ropt) !=
		    AFT_OK) {
			cli_errorm(AFT_M_C_NOMEM);
			worst(&x, EXIT_USAGE);
		} else
			x.reporting = true;
	}
	for (int i = 0; i < argc; i++)
		one_file(&x, argv[i]);
	if (x.reporting && aft_report_end(&x.rep) != AFT_OK) {
		cli_errorm(AFT_M_C_WRITE, strerror(errno ? errno : EIO));
		worst(&x, EXIT_USAGE);
	}
	if (output != NULL) {
		if (aft_atomic_commit(&out) != 0) {
			cli_error("%s: %s", output, strerror(errno));
			worst(&x, EXIT_USAGE);
		}
	}
	aft_catalog_free(x.cat);
	return x.rc;
}

int
cmd_score(int argc, char **argv)
{
	return run(argc, argv, false);
}

int
cmd_validate(int argc, char **argv)
{
	return run(argc, argv, true);
}
