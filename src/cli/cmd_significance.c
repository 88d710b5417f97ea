/* aftoets significance --budget X --users N: the threshold check alone. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "aftoets/json.h"
#include "aftoets/money.h"
#include "aftoets/report.h"
#include "cli.h"

enum {
	OPT_BUDGET = OPT_FIRST_OWN,
	OPT_USERS
};

/* The options of significance. */
struct sig_opts {
	struct aft_service	 svc;	/* the budget and users given */
	bool			 json;
};

static const struct option longopts[] = {
	{ "format",	required_argument, NULL, 'f' },
	{ "budget",	required_argument, NULL, OPT_BUDGET },
	{ "users",	required_argument, NULL, OPT_USERS },
	{ NULL, 0, NULL, 0 }
};

static int
sig_option(struct cli_ctx *x, int c, const char *arg)
{
	struct sig_opts	*o = x->state;
	int64_t		 cents;
	double		 v;
	bool		 amb;

	switch (c) {
	case 'f':
		if (strcmp(arg, "json") == 0)
			o->json = true;
		else if (strcmp(arg, "text") != 0) {
			cli_usage(AFT_M_C_BAD_VALUE, arg, "--format",
			    "text|json");
			return -1;
		}
		return 1;
	case OPT_BUDGET:
		if (aft_money_parse(arg, &cents) != AFT_OK) {
			cli_usage(AFT_M_BAD_MONEY, arg);
			return -1;
		}
		o->svc.budget_eur = (double)cents / 100.0;
		o->svc.has_budget = true;
		return 1;
	case OPT_USERS:
		if (!aft_yaml_number(arg, &v, &amb) || v < 0 ||
		    v != (double)(long long)v || strchr(arg, '.')) {
			cli_usage(AFT_M_BAD_COUNT, "--users", arg);
			return -1;
		}
		o->svc.users = v;
		o->svc.has_users = true;
		return 1;
	default:
		return 0;
	}
}

static int
sig_run(struct cli_ctx *x)
{
	const struct sig_opts		*o = x->state;
	const struct aft_catalog	*cat = x->cat;
	enum aft_lang			 lang = x->common.lang;
	struct aft_significance		 sig;
	char				 reason[600];
	int				 rc = EXIT_OK;

	aft_significance(&sig, cat, &o->svc);
	if (o->json) {
		/* A write error on stdout is reported by main. */
		if ((rc = aft_json_write_significance(stdout, &sig, cat,
		    &o->svc, lang)) == AFT_ENOMEM)
			cli_errorm(AFT_M_C_NOMEM);
		rc = rc == AFT_OK ? EXIT_OK : EXIT_ERROR;
	} else {
		printf("%s\n", aft_msg(lang, sig.significant == AFT_YES ?
		    AFT_M_SIG_YES : sig.significant == AFT_NO ? AFT_M_SIG_NO :
		    AFT_M_SIG_UNKNOWN));
		printf("%s\n", aft_fmt_reason(reason, sizeof(reason), &sig,
		    cat, &o->svc, lang));
	}
	return rc;
}

const struct cli_command cmd_significance = {
	.name		= "significance",
	.synopsis	= "significance [options] --budget X --users N",
	.help		= {
	[AFT_LANG_NL] =
"Bepaal of een dienst significant is (en de aftoetsing dus verplicht).\n"
"\n"
"      --budget X        budget in euro (getal of bedrag, '€ 750.000')\n"
"      --users N         omvang van het doelpubliek (aantal gebruikers)\n"
"  -f, --format FORMAT   text (standaard) of json\n",
	[AFT_LANG_EN] =
"Decide whether a service is significant (so the assessment is mandatory).\n"
"\n"
"      --budget X        budget in euros (number or amount, '€750,000')\n"
"      --users N         size of the target audience (number of users)\n"
"  -f, --format FORMAT   text (default) or json\n",
	},
	.traits		= CLI_LOADS_CATALOG,
	.operands	= { .max = 0, .many = AFT_M_C_TOO_MANY },
	.shortopts	= "f:",
	.longopts	= longopts,
	.state_size	= sizeof(struct sig_opts),
	.option		= sig_option,
	.run		= sig_run,
};
