/*
 * The service block of fill (fill_ui.h): the service fields that are
 * missing, asked one line each in a fixed order, each saved as soon as
 * it is given, and the significance verdict once budget and users are
 * both known.
 */
#include <stdio.h>
#include <string.h>

#include "aftoets/report.h"
#include "aftoets/score.h"
#include "fill_ui.h"

static const struct {
	const char	*key;
	const char	*field;		/* as a refusal names it */
	enum aft_msg	 ask;
} svc_fields[] = {
	{ "name",		"service.name",		AFT_M_F_ASK_NAME },
	{ "organisation",	"service.organisation",	AFT_M_F_ASK_ORG },
	{ "type",		"service.type",		AFT_M_F_ASK_TYPE },
	{ "budget_eur",		"service.budget_eur",	AFT_M_F_ASK_BUDGET },
	{ "users",		"service.users",	AFT_M_F_ASK_USERS },
	{ "assessed_on",	"service.assessed_on",	AFT_M_F_ASK_DATE },
	{ "assessor",		"service.assessor",	AFT_M_F_ASK_ASSESSOR },
};

#define NSVC	(sizeof(svc_fields) / sizeof(svc_fields[0]))

/* The significance verdict, once both budget and users are known. */
static void
show_significance(struct fill_ui *u)
{
	const struct aft_service	*s = &aft_fill_answers(u->f)->service;
	struct aft_significance		 sig;
	char				 reason[600];

	if (u->sig_shown || !s->has_budget || !s->has_users)
		return;
	u->sig_shown = true;
	aft_significance(&sig, u->cat, s);
	fputs("  ", u->out);
	fill_on(u, "1");
	fill_say(u, "%s: ", fill_m(u, AFT_M_L_SIGNIFICANCE));
	fill_off(u);
	fill_say(u, "%s\n", fill_m(u, sig.significant == AFT_YES ?
	    AFT_M_SIG_YES : sig.significant == AFT_NO ? AFT_M_SIG_NO :
	    AFT_M_SIG_UNKNOWN));
	cli_print_wrapped_at(u->out, aft_fmt_reason(reason, sizeof(reason),
	    &sig, u->cat, s, u->lang), 2, fill_wrap_limit(u));
}

/* Asks field i until it is given, left open or the session ends. */
static enum fill_stop
one_field(struct fill_ui *u, size_t i, struct aft_diags *d)
{
	for (;;) {
		char		*line;
		enum fill_got	 g = fill_ask(u, fill_m(u, svc_fields[i].ask),
		    NULL, svc_fields[i].field, &line);

		if (g == GOT_REFUSED)
			return STOP_REFUSED;
		if (g != GOT_LINE)
			return g == GOT_SIGNAL ? STOP_SIGNAL : STOP_EOF;
		if (*line == '\0')
			return STOP_DONE;
		if (aft_fill_set_service(u->f, svc_fields[i].key, line, d) !=
		    AFT_OK) {
			if (fill_refuse_diags(u, svc_fields[i].field, d))
				return STOP_REFUSED;
			continue;
		}
		return fill_save(u);
	}
}

enum fill_stop
fill_service(struct fill_ui *u)
{
	struct aft_diags	d;
	bool			need = false;
	enum fill_stop		st = STOP_DONE;

	for (size_t i = 0; i < NSVC; i++)
		if (aft_fill_service_missing(u->f, svc_fields[i].key))
			need = true;
	if (!need)
		return STOP_DONE;
	aft_diags_init(&d, u->lang);
	fill_on(u, "1");
	fill_say(u, "%s\n", fill_m(u, AFT_M_F_SERVICE));
	fill_off(u);
	show_significance(u);
	for (size_t i = 0; i < NSVC && st == STOP_DONE; i++) {
		if (!aft_fill_service_missing(u->f, svc_fields[i].key))
			continue;
		st = one_field(u, i, &d);
		if (st == STOP_DONE)
			show_significance(u);
	}
	aft_diags_fini(&d);
	return st;
}
