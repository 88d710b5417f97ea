/*
 * Reports: one table of formats, each writing assessments to a stream.
 * A report borrows its stream and catalog; it owns its own state, which
 * aft_report_end() releases.  Results handed to aft_report_one() are
 * borrowed only for that call by streaming formats.
 */
#ifndef AFTOETS_REPORT_H
#define AFTOETS_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "aftoets/catalog.h"
#include "aftoets/common.h"
#include "aftoets/diag.h"
#include "aftoets/format.h"
#include "aftoets/site.h"
#include "aftoets/score.h"
#include "aftoets/summary.h"

struct aft_report_opts {
	enum aft_lang	 lang;
	bool		 color;		/* ANSI colours in text */
	bool		 details;	/* per-criterion tables in text */
	bool		 quiet;		/* less chatter in text */
	bool		 multi;		/* several inputs, or a folder */
	const char	*path;		/* -o, for formats that own their file */
	/*
	 * xlsx: a sheet of its own for at most this many services of a
	 * batch when sheets_set, else for the first AFT_XLSX_SHEETS.
	 */
	bool		 sheets_set;
	size_t		 sheets;
	/*
	 * Gates were given: each result then carries their evaluations
	 * (aftoets/gate.h), and csv adds a gates_failed column.
	 */
	bool		 gates;
	/*
	 * A site to write instead of one page (html only): a page per
	 * assessment and an index, each a file of the site.
	 */
	struct aft_site	*site;
	/*
	 * The operands scored, so that a site names each page by the
	 * input's path inside the folder it came from.
	 */
	const char *const *roots;
	size_t		 nroots;
};

/* The per-service sheets of a workbook: by default, and at most. */
#define AFT_XLSX_SHEETS		200
#define AFT_XLSX_SHEETS_MAX	1000

struct aft_report;

struct aft_report_ops {
	const char	*name;
	bool		 streaming;	/* keeps nothing between inputs */
	/*
	 * Writes the file named by opt.path itself (atomically) instead of
	 * the stream, which it leaves alone; needs a path.
	 */
	bool		 owns_path;
	int		(*begin)(struct aft_report *);
	int		(*one)(struct aft_report *, const struct aft_result *);
	/*
	 * Optional, for streaming formats: renders one assessment into a
	 * malloc'd buffer without touching the report's state, so that it
	 * may run in a worker thread; aft_report_put() then writes it in
	 * order, after the separator.
	 */
	int		(*render)(const struct aft_report *,
			    const struct aft_result *, char **buf, size_t *len);
	const char	*separator;	/* between rendered assessments */
	/*
	 * Optional: writes what render() made, in order, in place of the
	 * plain copy to the stream that aft_report_put() makes otherwise.
	 */
	int		(*put)(struct aft_report *, const struct aft_result *,
			    const char *buf, size_t len);
	/* An input that could not be scored; optional. */
	int		(*fail)(struct aft_report *, const char *file,
			    const struct aft_diags *);
	int		(*end)(struct aft_report *);
};

struct aft_report {
	const struct aft_report_ops	*ops;
	FILE				*fp;
	const struct aft_catalog	*cat;
	struct aft_report_opts		 opt;
	size_t				 n;	/* assessments written */
	size_t				 nfail;	/* inputs not scored */
	void				*state;	/* the format's own */
	/* Kept for a batch (opt.multi), for the formats to show at end. */
	struct aft_summary		*summary;
};

/* Finds a format by name; NULL when there is none. */
const struct aft_report_ops *aft_report_find(const char *name);
/* The format names, separated by '|', for usage messages. */
const char	*aft_report_names(void);

/*
 * Starts a report in the given format on fp.  Returns AFT_OK or a status:
 * AFT_ELIB when the format writes with a shared library that could not be
 * loaded (xlsx: libxlsxwriter), which aft_report_lib_error() explains.
 * After a failure there is nothing to end.
 */
int	aft_report_begin(struct aft_report *, const struct aft_report_ops *,
	    FILE *fp, const struct aft_catalog *,
	    const struct aft_report_opts *);
int	aft_report_one(struct aft_report *, const struct aft_result *);
/*
 * Renders res when the format can do so apart from the report (safe in
 * a worker thread); *buf is NULL when it cannot, and the caller then uses
 * aft_report_one().  The caller frees *buf.
 */
int	aft_report_render(const struct aft_report *, const struct aft_result *,
	    char **buf, size_t *len);
/* Writes what aft_report_render() made for res, in order. */
int	aft_report_put(struct aft_report *, const struct aft_result *,
	    const char *buf, size_t len);
int	aft_report_fail(struct aft_report *, const char *file,
	    const struct aft_diags *);
/* Finishes the report and releases its state; AFT_EIO on write errors. */
int	aft_report_end(struct aft_report *);
/*
 * Why the shared library a format writes with could not be loaded, as the
 * dynamic loader said it, after aft_report_begin() returned AFT_ELIB.
 * Static text; NULL in a build without the format (make NO_XLSX=1).
 */
const char	*aft_report_lib_error(void);

extern const struct aft_report_ops aft_report_text;
extern const struct aft_report_ops aft_report_json;
extern const struct aft_report_ops aft_report_jsonl;
/* Formats for CI pipelines. */
extern const struct aft_report_ops aft_report_csv;
extern const struct aft_report_ops aft_report_markdown;
extern const struct aft_report_ops aft_report_junit;
/* Documents for people. */
extern const struct aft_report_ops aft_report_html;
extern const struct aft_report_ops aft_report_xlsx;

#endif
