/*
 * catalog_c: loads a catalog with the library's aft_catalog_load() and
 * writes what it made as C data, used at build time so that the program
 * starts with its default catalog without parsing YAML.
 *
 *   catalog_c FILE > OUT.c
 *
 * OUT.c defines `const struct aft_catalog aft_default_catalog_static`
 * (src/load/catalog_default.h): every level, band, principle and criterion,
 * the catalog order and both hash tables slot for slot, with the same
 * capacities, so that lookups probe exactly as in a loaded catalog.  Its
 * file is FILE as given; its arena is empty.  A catalog the loader
 * refuses or warns about prints the loader's diagnostics and fails (exit
 * 1), and so does the build: the program would never show a warning about
 * its compiled-in catalog, so a misspelt optional key must not pass.
 *
 * Each distinct string of the loaded catalog becomes one static array,
 * so that two pointers to one string (a level id and its slot among the
 * answer words) still point to one string.  The data is const; the
 * catalog's pointers are not, so they are cast: nothing writes to a
 * loaded catalog.
 */
#include <stdio.h>
#include <stdlib.h>

#include "aftoets/catalog.h"
#include "aftoets/diag.h"

/* The strings met so far, in order; a string's index names its array. */
struct strs {
	const char	**v;
	size_t		  n, cap;
};

static void
die(const char *what)
{
	fprintf(stderr, "catalog_c: %s\n", what);
	exit(1);
}

/* The index of s in the table, adding it the first time. */
static size_t
str_index(struct strs *t, const char *s)
{
	for (size_t i = 0; i < t->n; i++)
		if (t->v[i] == s)
			return i;
	if (t->n == t->cap) {
		size_t		  cap = t->cap ? 2 * t->cap : 256;
		const char	**v = realloc(t->v, cap * sizeof(*v));

		if (v == NULL)
			die("out of memory");
		t->v = v;
		t->cap = cap;
	}
	t->v[t->n] = s;
	return t->n++;
}

/* Writes a reference to string s: its array, or NULL. */
static void
str_ref(FILE *fp, struct strs *t, const char *s)
{
	if (s == NULL)
		fputs("NULL", fp);
	else
		fprintf(fp, "s%zu", str_index(t, s));
}

/*
 * Writes s as C string literals of at most about 64 bytes of source
 * each, one a line, breaking after each line feed.  Bytes outside
 * printable ASCII, and '"', '\\' and '?' (no trigraphs), are written as
 * three-digit octal escapes, which no following digit can lengthen.
 */
static void
literal(FILE *fp, const char *s)
{
	size_t col = 0;

	fputs("\t\"", fp);
	for (const unsigned char *p = (const unsigned char *)s; *p != '\0';
	    p++) {
		if (col >= 64) {
			fputs("\"\n\t\"", fp);
			col = 0;
		}
		if (*p < 0x20 || *p > 0x7e || *p == '"' || *p == '\\' ||
		    *p == '?') {
			fprintf(fp, "\\%03o", *p);
			col += 4;
		} else {
			putc(*p, fp);
			col++;
		}
		if (*p == '\n' && p[1] != '\0')
			col = 64;
	}
	fputs("\"", fp);
}

static void
text(FILE *fp, struct strs *t, const struct aft_text *x)
{
	fputs("{ { ", fp);
	for (int l = 0; l < AFT_NLANG; l++) {
		if (l > 0)
			fputs(", ", fp);
		str_ref(fp, t, x->s[l]);
	}
	fputs(" } }", fp);
}

/* A double exactly, as a hexadecimal floating constant. */
static void
number(FILE *fp, double v)
{
	fprintf(fp, "%a", v);
}

/*
 * The level lv: its aliases array first (named name_aliases), then, in
 * out, its initialiser.
 */
static void
level(FILE *fp, FILE *out, struct strs *t, const struct aft_level *lv,
    const char *name)
{
	if (lv->naliases > 0) {
		fprintf(fp, "static const char *const %s_aliases[] = {\n",
		    name);
		for (size_t i = 0; i < lv->naliases; i++) {
			fputs("\t", fp);
			str_ref(fp, t, lv->aliases[i]);
			fputs(",\n", fp);
		}
		fputs("};\n\n", fp);
	}
	fputs("{ .id = ", out);
	str_ref(out, t, lv->id);
	fprintf(out, ", .points = %d,\n\t    .label = ", lv->points);
	text(out, t, &lv->label);
	if (lv->naliases > 0)
		fprintf(out, ",\n\t    .aliases = (const char **)%s_aliases,\n"
		    "\t    .naliases = %zu }", name, lv->naliases);
	else
		fputs(",\n\t    .aliases = NULL, .naliases = 0 }", out);
}

/* Where criterion cr sits: &pP_criteria[J], from its principle. */
static void
crit_ref(FILE *fp, const struct aft_catalog *cat,
    const struct aft_criterion *cr)
{
	const struct aft_principle *p;

	if (cr == NULL) {
		fputs("NULL", fp);
		return;
	}
	if (cr->principle >= cat->nprinciples)
		die("a criterion's principle is out of range");
	p = &cat->principles[cr->principle];
	if (cr < p->criteria || cr >= p->criteria + p->ncriteria)
		die("a criterion is not among its principle's criteria");
	fprintf(fp, "&p%zu_criteria[%zu]", cr->principle,
	    (size_t)(cr - p->criteria));
}

static void
criterion(FILE *fp, FILE *out, struct strs *t, const struct aft_criterion *cr)
{
	if (cr->npractice > 0) {
		fprintf(fp, "static const struct aft_practice c%zu_practice[]"
		    " = {\n", cr->index);
		for (size_t i = 0; i < cr->npractice; i++) {
			fprintf(fp, "\t{ %zu, ", cr->practice[i].level);
			text(fp, t, &cr->practice[i].text);
			fputs(" },\n", fp);
		}
		fputs("};\n\n", fp);
	}
	if (cr->nreplaces > 0) {
		fprintf(fp, "static const char *const c%zu_replaces[] = {\n",
		    cr->index);
		for (size_t i = 0; i < cr->nreplaces; i++) {
			fputs("\t", fp);
			str_ref(fp, t, cr->replaces[i]);
			fputs(",\n", fp);
		}
		fputs("};\n\n", fp);
	}
	fputs("\t{ .id = ", out);
	str_ref(out, t, cr->id);
	fprintf(out, ",\n\t    .kind = %s,\n\t    .weight = ",
	    cr->kind == AFT_KIND_USER ? "AFT_KIND_USER" :
	    "AFT_KIND_INCLUSION");
	number(out, cr->weight);
	fputs(",\n\t    .text = ", out);
	text(out, t, &cr->text);
	fputs(",\n\t    .guidance = ", out);
	text(out, t, &cr->guidance);
	if (cr->npractice > 0)
		fprintf(out, ",\n\t    .practice = c%zu_practice, "
		    ".npractice = %zu", cr->index, cr->npractice);
	else
		fputs(",\n\t    .practice = NULL, .npractice = 0", out);
	fputs(",\n\t    .evidence = ", out);
	text(out, t, &cr->evidence);
	fputs(",\n\t    .pitfall = ", out);
	text(out, t, &cr->pitfall);
	if (cr->nreplaces > 0)
		fprintf(out, ",\n\t    .replaces = c%zu_replaces, "
		    ".nreplaces = %zu", cr->index, cr->nreplaces);
	else
		fputs(",\n\t    .replaces = NULL, .nreplaces = 0", out);
	fprintf(out, ",\n\t    .principle = %zu, .index = %zu },\n",
	    cr->principle, cr->index);
}

/*
 * Writes the catalog's structures into fp, naming strings through t;
 * the strings themselves are written after, before all of it.
 */
static void
structures(FILE *fp, struct strs *t, const struct aft_catalog *cat)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*out;

	/* Arrays a structure points to go before it, hence two streams. */
	if ((out = open_memstream(&buf, &len)) == NULL)
		die("out of memory");

	fputs("static const struct aft_level levels[] = {\n", out);
	for (size_t i = 0; i < cat->nlevels; i++) {
		char name[32];

		snprintf(name, sizeof(name), "level%zu", i);
		fputs("\t", out);
		level(fp, out, t, &cat->levels[i], name);
		fputs(",\n", out);
	}
	fputs("};\n\n", out);

	fputs("static const struct aft_band bands[] = {\n", out);
	for (size_t i = 0; i < cat->nbands; i++) {
		fputs("\t{ .id = ", out);
		str_ref(out, t, cat->bands[i].id);
		fputs(", .min = ", out);
		number(out, cat->bands[i].min);
		fputs(",\n\t    .label = ", out);
		text(out, t, &cat->bands[i].label);
		fputs(" },\n", out);
	}
	fputs("};\n\n", out);

	for (size_t i = 0; i < cat->nprinciples; i++) {
		const struct aft_principle *p = &cat->principles[i];

		fprintf(out, "static const struct aft_criterion "
		    "p%zu_criteria[] = {\n", i);
		for (size_t j = 0; j < p->ncriteria; j++)
			criterion(fp, out, t, &p->criteria[j]);
		fputs("};\n\n", out);
	}
	fputs("static const struct aft_principle principles[] = {\n", out);
	for (size_t i = 0; i < cat->nprinciples; i++) {
		const struct aft_principle *p = &cat->principles[i];

		fputs("\t{ .id = ", out);
		str_ref(out, t, p->id);
		fputs(",\n\t    .title = ", out);
		text(out, t, &p->title);
		fputs(",\n\t    .summary = ", out);
		text(out, t, &p->summary);
		fprintf(out, ",\n\t    .criteria = (struct aft_criterion *)"
		    "p%zu_criteria, .ncriteria = %zu },\n", i, p->ncriteria);
	}
	fputs("};\n\n", out);

	fputs("static const struct aft_criterion *const all[] = {\n", out);
	for (size_t k = 0; k < cat->ncriteria; k++) {
		fputs("\t", out);
		crit_ref(out, cat, cat->all[k]);
		fputs(",\n", out);
	}
	fputs("};\n\n", out);

	fputs("/* The criteria by id, slot for slot as the loader made it. */\n"
	    "static const struct aft_criterion *const byid[] = {\n", out);
	for (size_t k = 0; k < cat->capid; k++) {
		fprintf(out, "\t/* %zu */ ", k);
		crit_ref(out, cat, cat->byid[k]);
		fputs(",\n", out);
	}
	fputs("};\n\n", out);

	fputs("/* The answer words, slot for slot as the loader made them. */\n"
	    "static const struct aft_word words[] = {\n", out);
	for (size_t k = 0; k < cat->capwords; k++) {
		fprintf(out, "\t/* %zu */ { ", k);
		str_ref(out, t, cat->words[k].w);
		if (cat->words[k].level == AFT_LEVEL_NVT)
			fputs(", AFT_LEVEL_NVT },\n", out);
		else
			fprintf(out, ", %d },\n", cat->words[k].level);
	}
	fputs("};\n\n", out);

	fputs("const struct aft_catalog aft_default_catalog_static = {\n"
	    "\t.file = ", out);
	str_ref(out, t, cat->file);
	fputs(",\n\t.id = ", out);
	str_ref(out, t, cat->id);
	fputs(",\n\t.version = ", out);
	str_ref(out, t, cat->version);
	fputs(",\n\t.title = ", out);
	text(out, t, &cat->title);
	fputs(",\n\t.notice = ", out);
	text(out, t, &cat->notice);
	fputs(",\n\t.threshold_budget = ", out);
	number(out, cat->threshold_budget);
	fputs(",\n\t.threshold_users = ", out);
	number(out, cat->threshold_users);
	fprintf(out, ",\n\t.levels = (struct aft_level *)levels,\n"
	    "\t.nlevels = %zu,\n\t.max_points = %d,\n\t.nvt = ",
	    cat->nlevels, cat->max_points);
	level(fp, out, t, &cat->nvt, "nvt");
	fprintf(out, ",\n\t.bands = (struct aft_band *)bands,\n"
	    "\t.nbands = %zu,\n"
	    "\t.principles = (struct aft_principle *)principles,\n"
	    "\t.nprinciples = %zu,\n"
	    "\t.all = (const struct aft_criterion **)all,\n"
	    "\t.ncriteria = %zu,\n"
	    "\t.byid = (const struct aft_criterion **)byid,\n"
	    "\t.capid = %zu,\n"
	    "\t.words = (struct aft_word *)words,\n"
	    "\t.capwords = %zu,\n};\n", cat->nbands, cat->nprinciples,
	    cat->ncriteria, cat->capid, cat->capwords);

	if (fclose(out) != 0)
		die("out of memory");
	fwrite(buf, 1, len, fp);
	free(buf);
}

static void
diags(const struct aft_diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct aft_diag *g = &d->v[i];

		fprintf(stderr, "%s:%u:%u: %s: %s\n",
		    g->loc.file ? g->loc.file : "?", g->loc.line, g->loc.col,
		    g->sev == AFT_SEV_ERROR ? "error" : "warning", g->msg);
	}
}

static char *
slurp(const char *path, size_t *len)
{
	FILE	*fp = fopen(path, "rb");
	char	*buf = NULL;
	size_t	 cap = 0, n = 0, got;

	if (fp == NULL) {
		perror(path);
		exit(1);
	}
	for (;;) {
		if (cap - n < 4096) {
			cap = cap ? 2 * cap : 65536;
			if ((buf = realloc(buf, cap)) == NULL)
				die("out of memory");
		}
		if ((got = fread(buf + n, 1, cap - n, fp)) == 0)
			break;
		n += got;
	}
	if (ferror(fp)) {
		perror(path);
		exit(1);
	}
	fclose(fp);
	*len = n;
	return buf;
}

int
main(int argc, char **argv)
{
	struct aft_catalog	*cat = NULL;
	struct aft_diags	 d;
	struct strs		 t = { 0 };
	char			*yaml, *body = NULL;
	size_t			 len, blen = 0;
	FILE			*fp;
	int			 rc;

	if (argc != 2) {
		fprintf(stderr, "usage: catalog_c file\n");
		return 2;
	}
	yaml = slurp(argv[1], &len);
	aft_diags_init(&d, AFT_LANG_EN);
	rc = aft_catalog_load(&cat, argv[1], yaml, len, &d);
	aft_diags_sort(&d);
	diags(&d);
	if (d.n > 0 || d.dropped > 0)
		rc = AFT_EINPUT;
	aft_diags_fini(&d);
	free(yaml);
	if (rc != AFT_OK) {
		fprintf(stderr, "catalog_c: %s: not a valid catalog\n",
		    argv[1]);
		aft_catalog_free(cat);
		return 1;
	}

	if ((fp = open_memstream(&body, &blen)) == NULL)
		die("out of memory");
	structures(fp, &t, cat);
	if (fclose(fp) != 0)
		die("out of memory");

	printf("/* Generated from %s by src/gen/catalog_c.c; do not edit. */\n"
	    "#include <stddef.h>\n\n#include \"aftoets/catalog.h\"\n"
	    "#include \"load/catalog_default.h\"\n\n", argv[1]);
	for (size_t i = 0; i < t.n; i++) {
		printf("static const char s%zu[] =\n", i);
		literal(stdout, t.v[i]);
		fputs(";\n", stdout);
	}
	fputs("\n", stdout);
	fwrite(body, 1, blen, stdout);
	free(body);
	free(t.v);
	aft_catalog_free(cat);
	return ferror(stdout) || fflush(stdout) != 0;
}
