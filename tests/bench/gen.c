/*
 * gen: writes N realistic answers files for the benchmark.
 *
 *   gen DIR N [SEED]
 *
 * Every file answers the default catalog's criteria with levels drawn
 * from a seeded generator; about a third use the long form with a
 * motivation of a few hundred to a few thousand characters and often
 * planned actions.  The same seed gives the same files.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "aftoets/catalog.h"

static unsigned long long rng_state;

static unsigned
rnd(unsigned n)
{
	/* xorshift64*: fast, and the same on every machine. */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (unsigned)((rng_state * 2685821657736338717ULL) >> 33) % n;
}

static const char *const words[] = {
	"de", "het", "dienst", "gebruiker", "loket", "aanvraag", "digitaal",
	"team", "getest", "met", "burgers", "ondernemers", "en", "van",
	"voor", "in", "op", "wordt", "werd", "nog", "niet", "volledig",
	"gegevens", "bron", "authentieke", "formulier", "stap", "mobiel",
	"toegankelijk", "WCAG", "helpdesk", "verbeterd", "gemeten",
	"afhaken", "doelgroep", "planning", "2027", "kwartaal", "partners",
	"gemeente", "agentschap", "proces", "herdacht", "eenmalige",
	"opvraging", "MAGDA", "bouwsteen", "aanmelden", "itsme", "eID",
};

static void
text(FILE *fp, unsigned len)
{
	unsigned n = 0;

	while (n < len) {
		const char *w = words[rnd(sizeof(words) / sizeof(words[0]))];

		n += (unsigned)fprintf(fp, "%s%s", n ? " " : "", w);
	}
	fputs(".", fp);
}

int
main(int argc, char **argv)
{
	static const char *const levels[] = { "niet", "beperkt",
	    "gedeeltelijk", "grotendeels", "volledig", "nvt", "ja", "3" };
	struct aft_catalog	*cat;
	struct aft_diags	 d;
	unsigned long		 n;
	char			 path[4096];

	if (argc < 3) {
		fprintf(stderr, "usage: gen dir n [seed]\n");
		return 2;
	}
	n = strtoul(argv[2], NULL, 10);
	rng_state = argc > 3 ? strtoull(argv[3], NULL, 10) : 20221708;
	if (rng_state == 0)
		rng_state = 1;
	aft_diags_init(&d, AFT_LANG_EN);
	if (aft_catalog_load_default(&cat, &d) != AFT_OK) {
		fprintf(stderr, "gen: cannot load the catalog\n");
		return 1;
	}
	if (mkdir(argv[1], 0755) != 0 && errno != EEXIST) {
		perror(argv[1]);
		return 1;
	}
	for (unsigned long i = 0; i < n; i++) {
		FILE *fp;

		snprintf(path, sizeof(path), "%s/a%05lu.yaml", argv[1], i);
		if ((fp = fopen(path, "w")) == NULL) {
			perror(path);
			return 1;
		}
		fprintf(fp, "aftoets: 1\ncatalog: %s\nservice:\n", cat->id);
		fprintf(fp, "  name: Dienst %lu\n", i);
		fprintf(fp, "  organisation: Agentschap %u\n", rnd(40));
		fprintf(fp, "  type: %s\n", rnd(2) ? "nieuw" : "herwerking");
		if (rnd(10)) {
			unsigned m = rnd(3);

			if (m > 0)
				fprintf(fp, "  budget_eur: \"€ %u.%03u.%03u\"\n",
				    m, rnd(1000), rnd(1000));
			else
				fprintf(fp, "  budget_eur: \"€ %u.%03u\"\n",
				    1 + rnd(999), rnd(1000));
		}
		if (rnd(10))
			fprintf(fp, "  users: %u\n", rnd(400000));
		fprintf(fp, "  assessed_on: 2026-%02u-%02u\nanswers:\n",
		    1 + rnd(12), 1 + rnd(28));
		for (size_t c = 0; c < cat->ncriteria; c++) {
			const char *lv = levels[rnd(8)];

			if (rnd(20) == 0)
				continue;
			if (rnd(3) != 0 && strcmp(lv, "nvt") != 0) {
				fprintf(fp, "  %s: %s\n", cat->all[c]->id, lv);
				continue;
			}
			fprintf(fp, "  %s:\n    level: %s\n    motivation: >-\n"
			    "      ", cat->all[c]->id, lv);
			text(fp, 200 + rnd(2800));
			fputc('\n', fp);
			if (rnd(2)) {
				fputs("    actions: \"", fp);
				text(fp, 80 + rnd(500));
				fputs("\"\n", fp);
			}
		}
		if (fclose(fp) != 0) {
			perror(path);
			return 1;
		}
	}
	aft_catalog_free(cat);
	aft_diags_fini(&d);
	return 0;
}
