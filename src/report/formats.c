/* The format table, and the calls that take a report through its formats. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aftoets/msg.h"
#include "aftoets/report.h"

static const struct aft_report_ops *const formats[] = {
	&aft_report_text,
	&aft_report_json,
	&aft_report_jsonl,
	/* Formats for CI pipelines. */
	&aft_report_csv,
	&aft_report_markdown,
	&aft_report_junit,
	/* Documents for people. */
	&aft_report_html,
	&aft_report_xlsx,
};

#define NFORMATS (sizeof(formats) / sizeof(formats[0]))

const struct aft_report_ops *
aft_report_find(const char *name)
{
	for (size_t i = 0; i < NFORMATS; i++)
		if (strcasecmp(formats[i]->name, name) == 0)
			return formats[i];
	return NULL;
}

const char *
aft_report_names(void)
{
	static char	buf[256];
	size_t		len = 0;

	if (buf[0] != '\0')
		return buf;
	for (size_t i = 0; i < NFORMATS; i++) {
		int n = snprintf(buf + len, sizeof(buf) - len, "%s%s",
		    i ? "|" : "", formats[i]->name);

		if (n < 0 || (size_t)n >= sizeof(buf) - len)
			break;
		len += (size_t)n;
	}
	return buf;
}

int
aft_report_begin(struct aft_report *r, const struct aft_report_ops *ops,
    FILE *fp, const struct aft_catalog *cat,
    const struct aft_report_opts *opt)
{
	int rc = AFT_OK;

	memset(r, 0, sizeof(*r));
	r->ops = ops;
	r->fp = fp;
	r->cat = cat;
	r->opt = *opt;
	if (opt->multi) {
		if ((r->summary = malloc(sizeof(*r->summary))) == NULL)
			return AFT_ENOMEM;
		if (aft_summary_init(r->summary, cat) != AFT_OK) {
			free(r->summary);
			r->summary = NULL;
			return AFT_ENOMEM;
		}
	}
	if (ops->begin != NULL && (rc = ops->begin(r)) != AFT_OK) {
		aft_summary_fini(r->summary);
		free(r->summary);
		r->summary = NULL;
	}
	return rc;
}

int
aft_report_one(struct aft_report *r, const struct aft_result *res)
{
	int rc = AFT_OK;

	if (r->ops->one == NULL) {
		char	*buf;
		size_t	 len;

		/* A format that only renders is written as from a worker. */
		if ((rc = aft_report_render(r, res, &buf, &len)) != AFT_OK)
			return rc;
		rc = aft_report_put(r, res, buf, len);
		free(buf);
		return rc;
	}
	if (r->summary != NULL)
		rc = aft_summary_add(r->summary, res);
	if (rc == AFT_OK)
		rc = r->ops->one(r, res);
	r->n++;
	return rc;
}

int
aft_report_render(const struct aft_report *r, const struct aft_result *res,
    char **buf, size_t *len)
{
	*buf = NULL;
	*len = 0;
	if (r->ops->render == NULL)
		return AFT_OK;
	return r->ops->render(r, res, buf, len);
}

int
aft_report_put(struct aft_report *r, const struct aft_result *res,
    const char *buf, size_t len)
{
	int rc = AFT_OK;

	if (r->summary != NULL)
		rc = aft_summary_add(r->summary, res);
	if (r->ops->put != NULL) {
		int prc = r->ops->put(r, res, buf, len);

		if (rc == AFT_OK)
			rc = prc;
	} else {
		if (r->n > 0 && r->ops->separator != NULL)
			fputs(r->ops->separator, r->fp);
		if (fwrite(buf, 1, len, r->fp) != len)
			rc = AFT_EIO;
	}
	r->n++;
	return rc;
}

int
aft_report_fail(struct aft_report *r, const char *file,
    const struct aft_diags *d)
{
	r->nfail++;
	if (r->summary != NULL)
		aft_summary_fail(r->summary);
	return r->ops->fail != NULL ? r->ops->fail(r, file, d) : AFT_OK;
}

int
aft_report_end(struct aft_report *r)
{
	int rc = r->ops->end != NULL ? r->ops->end(r) : AFT_OK;

	if (r->fp != NULL && (fflush(r->fp) != 0 || ferror(r->fp)))
		rc = AFT_EIO;
	aft_summary_fini(r->summary);
	free(r->summary);
	r->summary = NULL;
	return rc;
}
