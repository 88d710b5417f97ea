/*
 * The gate options of aftoets score: --fail-under, --fail-under-principle
 * and --require-complete.  Principle ids can only be checked once the
 * catalog is loaded, so the options are collected first and resolved
 * into a gate list afterwards.
 */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void
cli_gates_init(struct cli_gates *g)
{
	memset(g, 0, sizeof(*g));
	aft_gates_init(&g->list);
}

void
cli_gates_fini(struct cli_gates *g)
{
	aft_gates_fini(&g->list);
	free(g->principle);
	memset(g, 0, sizeof(*g));
}

int
cli_gate_opt(struct cli_gates *g, int c, const char *arg)
{
	static const char *const	  names[] = { "--fail-under",
	    "--fail-under-principle", "--require-complete" };
	const char			**v;
	int				  tenths;

	if (g == NULL) {
		if (c < OPT_FAIL_UNDER || c > OPT_REQUIRE_COMPLETE)
			return 0;
		cli_usage(AFT_M_C_BAD_OPTION, names[c - OPT_FAIL_UNDER]);
		return -1;
	}
	switch (c) {
	case OPT_FAIL_UNDER:
		if (aft_gate_pct(arg, &tenths) != 0) {
			cli_usage(AFT_M_C_BAD_VALUE, arg, "--fail-under",
			    aft_msg(cli_lang, AFT_M_C_BAD_PCT));
			return -1;
		}
		g->overall = arg;
		return 1;
	case OPT_FAIL_UNDER_PRINCIPLE:
		v = realloc(g->principle, (g->nprinciple + 1) * sizeof(*v));
		if (v == NULL) {
			cli_errorm(AFT_M_C_NOMEM);
			return -1;
		}
		v[g->nprinciple++] = arg;
		g->principle = v;
		return 1;
	case OPT_REQUIRE_COMPLETE:
		g->complete = true;
		return 1;
	default:
		return 0;
	}
}

/* Prints the usage error for a bad --fail-under-principle argument. */
static void
principle_error(const char *arg, const struct aft_gate_error *e,
    const struct aft_catalog *cat)
{
	char	example[128];

	switch (e->what) {
	case AFT_GATE_E_SPEC:
		snprintf(example, sizeof(example),
		    aft_msg(cli_lang, AFT_M_C_BAD_GATE),
		    cat->principles[0].id);
		cli_usage(AFT_M_C_BAD_VALUE, arg, "--fail-under-principle",
		    example);
		break;
	case AFT_GATE_E_PCT:
		cli_usage(AFT_M_C_BAD_VALUE, arg, "--fail-under-principle",
		    aft_msg(cli_lang, AFT_M_C_BAD_PCT));
		break;
	case AFT_GATE_E_ID:
		cli_unknown_principle(cat, e->id, e->idlen, e->nearest);
		break;
	}
}

int
cli_unknown_principle(const struct aft_catalog *cat, const char *id,
    size_t idlen, const char *nearest)
{
	char	list[512];
	size_t	len = 0;

	if (nearest != NULL)
		return cli_usage(AFT_M_C_UNKNOWN_PRINCIPLE, (int)idlen, id,
		    nearest);
	list[0] = '\0';
	for (size_t i = 0; i < cat->nprinciples; i++) {
		int n = snprintf(list + len, sizeof(list) - len, "%s%s",
		    i ? ", " : "", cat->principles[i].id);

		if (n < 0 || (size_t)n >= sizeof(list) - len)
			break;
		len += (size_t)n;
	}
	return cli_usage(AFT_M_C_UNKNOWN_PRINCIPLE0, (int)idlen, id, list);
}

int
cli_gates_resolve(struct cli_gates *g, const struct aft_catalog *cat)
{
	struct aft_gate_error	e;
	struct aft_gate		gate;
	int			rc = AFT_OK;

	if (g->overall != NULL &&
	    aft_gate_parse(&gate, AFT_GATE_OVERALL, g->overall, cat, &e) ==
	    AFT_OK)
		rc = aft_gates_add(&g->list, &gate);
	for (size_t i = 0; rc == AFT_OK && i < g->nprinciple; i++) {
		if (aft_gate_parse(&gate, AFT_GATE_PRINCIPLE, g->principle[i],
		    cat, &e) != AFT_OK) {
			principle_error(g->principle[i], &e, cat);
			return -1;
		}
		rc = aft_gates_add(&g->list, &gate);
	}
	if (rc == AFT_OK && g->complete &&
	    aft_gate_parse(&gate, AFT_GATE_COMPLETE, NULL, cat, &e) == AFT_OK)
		rc = aft_gates_add(&g->list, &gate);
	if (rc != AFT_OK) {
		cli_errorm(AFT_M_C_NOMEM);
		return -1;
	}
	return 0;
}
