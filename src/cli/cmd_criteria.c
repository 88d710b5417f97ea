/* aftoets criteria [ID]: list the catalog, or explain one criterion. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "aftoets/json.h"
#include "aftoets/report.h"
#include "cli.h"

static void
print_wrapped(const char *s, size_t indent)
{
	size_t col = indent;

	for (int i = 0; i < (int)indent; i++)
		putchar(' ');
	while (*s != '\0') {
		const char	*w = s;
		size_t		 len = 0, cols = 0;

		while (w[len] != '\0' && w[len] != ' ') {
			if (((unsigned char)w[len] & 0xC0) != 0x80)
				cols++;
			len++;
		}
		if (col > indent && col + 1 + cols > 78) {
			putchar('\n');
			for (size_t i = 0; i < indent; i++)
				putchar(' ');
			col = indent;
		} else if (col > indent) {
			putchar(' ');
			col++;
		}
		fwrite(w, 1, len, stdout);
		col += cols;
		s = w + len;
		while (*s == ' ')
			s++;
	}
	putchar('\n');
}

static const char *
kind_label(const struct aft_criterion *c, enum aft_lang lang)
{
	return aft_msg(lang, c->kind == AFT_KIND_USER ? AFT_M_L_KIND_USER :
	    AFT_M_L_KIND_INCLUSION);
}

static void
list_text(const struct aft_catalog *cat, enum aft_lang lang)
{
	printf("%s (%s %s)\n", cat->title.s[lang], cat->id, cat->version);
	for (size_t i = 0; i < cat->nprinciples; i++) {
		const struct aft_principle *p = &cat->principles[i];

		printf("\n%s (%s)\n", p->title.s[lang], p->id);
		for (size_t j = 0; j < p->ncriteria; j++) {
			const struct aft_criterion *c = &p->criteria[j];

			printf("  %-7s %s\n", c->id, kind_label(c, lang));
			print_wrapped(c->text.s[lang], 10);
		}
	}
}

static void
explain(const struct aft_catalog *cat, const struct aft_criterion *c,
    enum aft_lang lang)
{
	const struct aft_principle	*p = &cat->principles[c->principle];
	char				 num[AFT_NUMBUF];

	printf("%s\n", c->id);
	printf("  %-12s %s (%s)\n", aft_msg(lang, AFT_M_L_PRINCIPLE),
	    p->title.s[lang], p->id);
	printf("  %-12s %s\n", aft_msg(lang, AFT_M_L_KIND),
	    kind_label(c, lang));
	snprintf(num, sizeof(num), "%g", c->weight);
	printf("  %-12s %s\n\n", aft_msg(lang, AFT_M_L_WEIGHT), num);
	printf("%s\n", aft_msg(lang, AFT_M_L_TEXT));
	print_wrapped(c->text.s[lang], 2);
	printf("\n%s\n", aft_msg(lang, AFT_M_L_GUIDANCE));
	print_wrapped(c->guidance.s[lang], 2);
	printf("\n%s\n", aft_msg(lang, AFT_M_L_SCALE));
	for (size_t i = 0; i < cat->nlevels; i++) {
		const struct aft_level *l = &cat->levels[i];

		printf("  %-13s %d %-7s %s", l->id, l->points,
		    aft_msg(lang, AFT_M_L_POINTS), l->label.s[lang]);
		for (size_t k = 0; k < l->naliases; k++)
			printf("%s%s", k ? ", " : " (", l->aliases[k]);
		printf("%s\n", l->naliases ? ")" : "");
	}
	if (cat->nvt.id != NULL)
		printf("  %-13s %-9s %s\n", cat->nvt.id, "",
		    cat->nvt.label.s[lang]);
}

static int
dump_json(json_t *o)
{
	int rc;

	if (o == NULL) {
		cli_errorm(AFT_M_C_NOMEM);
		return EXIT_USAGE;
	}
	rc = json_dumpf(o, stdout, AFT_JSON_FLAGS | JSON_INDENT(2));
	putchar('\n');
	json_decref(o);
	return rc == 0 ? EXIT_OK : EXIT_USAGE;
}

static json_t *
criterion_json(const struct aft_catalog *cat, const struct aft_criterion *c,
    enum aft_lang lang)
{
	json_t *all = aft_json_catalog(cat, lang), *ps, *cs, *o = NULL;
	json_t *p;

	if (all == NULL)
		return NULL;
	ps = json_object_get(all, "principles");
	p = json_array_get(ps, c->principle);
	cs = json_object_get(p, "criteria");
	for (size_t i = 0; i < json_array_size(cs); i++) {
		json_t *co = json_array_get(cs, i);

		if (strcmp(json_string_value(json_object_get(co, "id")),
		    c->id) == 0) {
			o = json_incref(co);
			json_object_set_new(o, "principle",
			    json_string(cat->principles[c->principle].id));
			break;
		}
	}
	json_decref(all);
	return o;
}

int
cmd_criteria(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONGOPTS,
		{ "format",	required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct cli_common		 o;
	struct aft_catalog		*cat;
	const struct aft_criterion	*c = NULL;
	int				 ch, h, json = 0, rc = EXIT_OK;

	cli_common_init(&o);
	while ((ch = getopt_long(argc, argv, ":f:qh", longopts, NULL)) != -1) {
		if ((h = cli_common_opt(&o, ch, optarg)) < 0)
			return EXIT_USAGE;
		if (h > 0)
			continue;
		switch (ch) {
		case 'h':
			cli_help(stdout);
			return EXIT_OK;
		case 'f':
			if (strcmp(optarg, "json") == 0)
				json = 1;
			else if (strcmp(optarg, "text") != 0)
				return cli_usage(AFT_M_C_BAD_VALUE, optarg,
				    "--format", "text|json");
			break;
		default:
			return cli_bad_option(argv, ch);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc > 1)
		return cli_usage(AFT_M_C_TOO_MANY);
	if ((cat = cli_load_catalog(&o)) == NULL)
		return EXIT_USAGE;
	if (argc == 1 && (c = aft_catalog_find(cat, argv[0])) == NULL) {
		const char *near = aft_catalog_nearest(cat, argv[0]);

		if (near != NULL)
			cli_errorm(AFT_M_UNKNOWN_CRIT, argv[0], near);
		else
			cli_errorm(AFT_M_UNKNOWN_CRIT0, argv[0]);
		aft_catalog_free(cat);
		return EXIT_USAGE;
	}
	if (json)
		rc = dump_json(c != NULL ? criterion_json(cat, c, o.lang) :
		    aft_json_catalog(cat, o.lang));
	else if (c != NULL)
		explain(cat, c, o.lang);
	else
		list_text(cat, o.lang);
	aft_catalog_free(cat);
	return rc;
}
