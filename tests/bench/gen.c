/*
 * gen: writes N realistic answers files for the benchmark.
 *
 *   gen DIR N [SEED [SHAPE]]
 *
 * SHAPE "long" (the default): every file answers the default catalog's
 * criteria with levels drawn from a seeded generator; about a third use
 * the long form with a motivation of a few hundred to a few thousand
 * characters and often planned actions.  About 33 KB a file.
 *
 * SHAPE "everyday": an answers template as `aftoets init` writes it,
 * filled in: each of the 44 criteria answered, about a third in the
 * long form with one to three sentences of motivation, a sixth "nvt"
 * (some of those without a motivation, which is a warning), budgets and
 * user counts as Dutch money strings, and part of the template's
 * comments kept.  8 to 20 KB a file.
 *
 * The same seed gives the same files.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "aftoets/catalog.h"
#include "aftoets/template.h"

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

/* A sentence of 8 to 25 words, capitalised, with a full stop. */
static void
sentence(FILE *fp)
{
	unsigned n = 8 + rnd(18);

	for (unsigned k = 0; k < n; k++) {
		const char *w = words[rnd(sizeof(words) / sizeof(words[0]))];

		if (k == 0)
			fprintf(fp, "%c%s", w[0] >= 'a' && w[0] <= 'z' ?
			    w[0] - 'a' + 'A' : w[0], w + 1);
		else
			fprintf(fp, " %s", w);
	}
	fputc('.', fp);
}

/* The long shape: long motivations, no comments. */
static void
write_long(FILE *fp, const struct aft_catalog *cat, unsigned long i)
{
	static const char *const levels[] = { "niet", "beperkt",
	    "gedeeltelijk", "grotendeels", "volledig", "nvt", "ja", "3" };

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
}

/* A service field of the everyday shape, in the template's place. */
static void
everyday_field(FILE *fp, const char *key, unsigned long i)
{
	static const char *const types[] = { "nieuw", "herwerking", "new" };

	if (strcmp(key, "name") == 0)
		fprintf(fp, "  name: Dienst %lu\n", i);
	else if (strcmp(key, "organisation") == 0)
		fprintf(fp, "  organisation: Agentschap %u\n", rnd(40));
	else if (strcmp(key, "contact") == 0 && rnd(2))
		fprintf(fp, "  contact: team%u@example.org\n", rnd(90));
	else if (strcmp(key, "type") == 0)
		fprintf(fp, "  type: %s\n", types[rnd(3)]);
	else if (strcmp(key, "budget_eur") == 0 && rnd(10)) {
		switch (rnd(4)) {
		case 0:
			fprintf(fp, "  budget_eur: \"€ %u.%03u.%03u\"\n",
			    1 + rnd(3), rnd(1000), rnd(1000));
			break;
		case 1:
			fprintf(fp, "  budget_eur: \"%u.%03u,%02u\"\n",
			    1 + rnd(999), rnd(1000), rnd(100));
			break;
		case 2:
			fprintf(fp, "  budget_eur: \"EUR %u.%03u\"\n",
			    1 + rnd(999), rnd(1000));
			break;
		default:
			fprintf(fp, "  budget_eur: %u\n", 1000 * rnd(2000));
		}
	} else if (strcmp(key, "users") == 0 && rnd(10)) {
		if (rnd(2))
			fprintf(fp, "  users: \"%u.%03u\"\n", 1 + rnd(400),
			    rnd(1000));
		else
			fprintf(fp, "  users: %u\n", rnd(400000));
	} else if (strcmp(key, "assessed_on") == 0)
		fprintf(fp, "  assessed_on: 2026-%02u-%02u\n", 1 + rnd(12),
		    1 + rnd(28));
	else if (strcmp(key, "assessor") == 0 && rnd(2))
		fprintf(fp, "  assessor: Medewerker %u\n", rnd(200));
	else
		fprintf(fp, "  %s:\n", key);
}

/* An everyday answer to criterion id. */
static void
everyday_answer(FILE *fp, const char *id)
{
	static const char *const levels[] = { "niet", "beperkt",
	    "gedeeltelijk", "grotendeels", "volledig", "ja", "3", "full" };
	const char	*lv;
	bool		 nvt = rnd(6) == 0;
	bool		 lng = rnd(3) == 0;

	if (rnd(40) == 0) {
		fprintf(fp, "  %s:\n", id);
		return;
	}
	lv = nvt ? "nvt" : levels[rnd(5) == 0 ? 5 + rnd(3) : rnd(5)];
	/* Most nvt answers say why; the others draw a warning. */
	if (nvt && rnd(3) != 0)
		lng = true;
	if (!lng) {
		fprintf(fp, "  %s: %s\n", id, lv);
		return;
	}
	fprintf(fp, "  %s:\n    level: %s\n", id, lv);
	if (rnd(4) == 0) {
		fputs("    motivation: >-\n      ", fp);
		sentence(fp);
		fputs("\n      ", fp);
		sentence(fp);
	} else {
		fputs("    motivation: ", fp);
		for (unsigned k = 1 + rnd(3); k > 0; k--) {
			sentence(fp);
			if (k > 1)
				fputc(' ', fp);
		}
	}
	fputc('\n', fp);
	if (!nvt && rnd(3) == 0) {
		fputs("    actions: \"", fp);
		sentence(fp);
		fputs("\"\n", fp);
	}
}

/*
 * The everyday shape: the template tmpl (tlen bytes) filled in.  Each
 * run of comment lines is kept with a chance drawn per file, so that
 * files differ in size as edited templates do.
 */
static void
write_everyday(FILE *fp, const struct aft_catalog *cat, const char *tmpl,
    size_t tlen, unsigned long i)
{
	/*
	 * Percent of comment runs kept: the template explains every level
	 * of every criterion, which few edited files keep in full.
	 */
	unsigned	 keep = 6 + rnd(12);
	bool		 in_comment = false, keeping = false;
	int		 part = 0;		/* 1: service, 2: answers */
	const char	*p = tmpl, *end = tmpl + tlen;

	while (p < end) {
		const char	*nl = memchr(p, '\n', (size_t)(end - p));
		size_t		 len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		size_t		 ind = strspn(p, " ");
		char		 key[64];

		if (ind < len && p[ind] == '#') {
			if (!in_comment)
				keeping = rnd(100) < keep;
			in_comment = true;
			if (keeping)
				fwrite(p, 1, len + 1, fp);
			p += len + 1;
			continue;
		}
		in_comment = false;
		if (len == 0 || ind == 0 || part == 0 || len - ind >= 64) {
			if (len == 8 && memcmp(p, "service:", 8) == 0)
				part = 1;
			else if (len == 8 && memcmp(p, "answers:", 8) == 0)
				part = 2;
			fwrite(p, 1, len + (nl != NULL), fp);
			p += len + 1;
			continue;
		}
		/* "  key:" in service or answers. */
		memcpy(key, p + ind, len - ind);
		key[len - ind] = '\0';
		key[strcspn(key, ":")] = '\0';
		if (part == 1)
			everyday_field(fp, key, i);
		else if (aft_catalog_find(cat, key) != NULL)
			everyday_answer(fp, key);
		else
			fwrite(p, 1, len + 1, fp);
		p += len + 1;
	}
}

int
main(int argc, char **argv)
{
	struct aft_template_opts	 topt = { AFT_LANG_NL, NULL, NULL };
	struct aft_catalog		*cat;
	struct aft_diags		 d;
	unsigned long			 n;
	char				 path[4096];
	char				*tmpl = NULL;
	size_t				 tlen = 0;
	bool				 everyday;

	if (argc < 3) {
		fprintf(stderr, "usage: gen dir n [seed [long|everyday]]\n");
		return 2;
	}
	n = strtoul(argv[2], NULL, 10);
	rng_state = argc > 3 ? strtoull(argv[3], NULL, 10) : 20221708;
	if (rng_state == 0)
		rng_state = 1;
	everyday = argc > 4 && strcmp(argv[4], "everyday") == 0;
	if (argc > 4 && !everyday && strcmp(argv[4], "long") != 0) {
		fprintf(stderr, "gen: unknown shape %s\n", argv[4]);
		return 2;
	}
	aft_diags_init(&d, AFT_LANG_EN);
	if (aft_catalog_load_default(&cat, &d) != AFT_OK) {
		fprintf(stderr, "gen: cannot load the catalog\n");
		return 1;
	}
	if (everyday) {
		FILE *mem = open_memstream(&tmpl, &tlen);

		if (mem == NULL || aft_template_write(mem, cat, NULL, &topt) !=
		    AFT_OK || fclose(mem) != 0) {
			fprintf(stderr, "gen: cannot write the template\n");
			return 1;
		}
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
		if (everyday)
			write_everyday(fp, cat, tmpl, tlen, i);
		else
			write_long(fp, cat, i);
		if (fclose(fp) != 0) {
			perror(path);
			return 1;
		}
	}
	free(tmpl);
	aft_catalog_free(cat);
	aft_diags_fini(&d);
	return 0;
}
