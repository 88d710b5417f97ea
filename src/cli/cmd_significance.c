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

static int
significance_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		{ "format",	required_argument, NULL, 'f' },
		{ "budget",	required_argument, NULL, OPT_BUDGET },
		{ "users",	required_argument, NULL, OPT_USERS },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_common	 o;
	struct aft_catalog	*cat;
	struct aft_service	 svc;
	struct aft_significance	 sig;
	char			 reason[600];
	int			 ch, h, json = 0, rc = EXIT_OK;
	int64_t			 cents;
	double			 v;
	bool			 amb;

	cli_common_init(&o);
	memset(&svc, 0, sizeof(svc));
	while ((ch = getopt_long(argc, argv, ":f:qh", longopts, NULL)) != -1) {
		if ((h = cli_common_opt(&o, ch, optarg)) < 0)
			return EXIT_ERROR;
		if (h > 0)
			continue;
		switch (ch) {
		case 'h':
			cli_help(stdout, cli_cmd);
			return EXIT_OK;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				json = 1;
			else if (strcmp(optarg, "text") != 0)
				return cli_usage(AFT_M_C_BAD_VALUE, optarg,
				    "--format", "text|json");
			break;
		case OPT_BUDGET:
			if (aft_money_parse(optarg, &cents) != AFT_OK)
				return cli_usage(AFT_M_BAD_MONEY, optarg);
			svc.budget_eur = (double)cents / 100.0;
			svc.has_budget = true;
			break;
		case OPT_USERS:
			if (!aft_yaml_number(optarg, &v, &amb) || v < 0 ||
			    v != (double)(long long)v || strchr(optarg, '.'))
				return cli_usage(AFT_M_BAD_COUNT, "--users",
				    optarg);
			svc.users = v;
			svc.has_users = true;
			break;
		default:
			return cli_bad_option(argv, ch);
		}
	}
	if (optind < argc)
		return cli_usage(AFT_M_C_TOO_MANY);
	if ((cat = cli_load_catalog(&o)) == NULL)
		return EXIT_ERROR;
	aft_significance(&sig, cat, &svc);
	if (json) {
		json_t *j = aft_json_significance(&sig, cat, &svc, o.lang);

		if (j == NULL || aft_json_dumpf(j, stdout, AFT_JSON_FLAGS |
		    JSON_INDENT(2)) != 0)
			rc = EXIT_ERROR;
		putchar('\n');
		json_decref(j);
	} else {
		printf("%s\n", aft_msg(o.lang, sig.significant == AFT_YES ?
		    AFT_M_SIG_YES : sig.significant == AFT_NO ? AFT_M_SIG_NO :
		    AFT_M_SIG_UNKNOWN));
		printf("%s\n", aft_fmt_reason(reason, sizeof(reason), &sig,
		    cat, &svc, o.lang));
	}
	aft_catalog_free(cat);
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
"      --users N         verwacht aantal gebruikers\n"
"  -f, --format FORMAT   text (standaard) of json\n",
	[AFT_LANG_EN] =
"Decide whether a service is significant (so the assessment is mandatory).\n"
"\n"
"      --budget X        budget in euros (number or amount, '€750,000')\n"
"      --users N         expected number of users\n"
"  -f, --format FORMAT   text (default) or json\n",
	},
	.main		= significance_main,
};
