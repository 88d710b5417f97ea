/* Located diagnostics: a growing list of messages with places. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/diag.h"

void
aft_diags_init(struct aft_diags *d, enum aft_lang lang)
{
	memset(d, 0, sizeof(*d));
	d->lang = lang;
}

void
aft_diags_clear(struct aft_diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->v[i].msg);
	d->n = d->nerr = d->nwarn = d->dropped = 0;
	d->oom = 0;
}

struct aft_diags_mark
aft_diags_at(const struct aft_diags *d)
{
	struct aft_diags_mark m = { d->n, d->nerr, d->nwarn, d->dropped };

	return m;
}

void
aft_diags_rewind(struct aft_diags *d, struct aft_diags_mark m)
{
	for (size_t i = m.n; i < d->n; i++)
		free(d->v[i].msg);
	d->n = m.n;
	d->nerr = m.nerr;
	d->nwarn = m.nwarn;
	d->dropped = m.dropped;
}

void
aft_diags_fini(struct aft_diags *d)
{
	if (d == NULL)
		return;
	aft_diags_clear(d);
	free(d->v);
	d->v = NULL;
	d->cap = 0;
}

int
aft_diag_vadd(struct aft_diags *d, enum aft_severity sev, struct aft_loc loc,
    const char *fmt, va_list ap)
{
	struct aft_diag	*v;
	char		*msg, line[256];
	va_list		 ap2;
	int		 n;

	if (sev == AFT_SEV_WARNING && d->strict)
		sev = AFT_SEV_ERROR;
	if (sev == AFT_SEV_ERROR)
		d->nerr++;
	else
		d->nwarn++;
	/* A hostile input can yield any number of problems; keep a bound. */
	if (d->n >= AFT_DIAG_KEEP) {
		d->dropped++;
		return AFT_OK;
	}
	/*
	 * Formatted once into a line that holds nearly every message; only
	 * a longer one is formatted again at its length.
	 */
	va_copy(ap2, ap);
	n = vsnprintf(line, sizeof(line), fmt, ap2);
	va_end(ap2);
	if (n < 0 || (msg = malloc((size_t)n + 1)) == NULL) {
		d->oom = 1;
		return AFT_ENOMEM;
	}
	if ((size_t)n < sizeof(line))
		memcpy(msg, line, (size_t)n + 1);
	else
		vsnprintf(msg, (size_t)n + 1, fmt, ap);
	if (d->n == d->cap) {
		size_t ncap = d->cap ? d->cap * 2 : 8;

		if ((v = realloc(d->v, ncap * sizeof(*v))) == NULL) {
			free(msg);
			d->oom = 1;
			return AFT_ENOMEM;
		}
		d->v = v;
		d->cap = ncap;
	}
	d->v[d->n].sev = sev;
	d->v[d->n].loc = loc;
	d->v[d->n].msg = msg;
	d->n++;
	return AFT_OK;
}

int
aft_diag_add(struct aft_diags *d, enum aft_severity sev, struct aft_loc loc,
    const char *fmt, ...)
{
	va_list	ap;
	int	rc;

	va_start(ap, fmt);
	rc = aft_diag_vadd(d, sev, loc, fmt, ap);
	va_end(ap);
	return rc;
}

int
aft_diag_err(struct aft_diags *d, struct aft_loc loc, enum aft_msg m, ...)
{
	va_list	ap;

	va_start(ap, m);
	aft_diag_vadd(d, AFT_SEV_ERROR, loc, aft_msg(d->lang, m), ap);
	va_end(ap);
	return AFT_EINPUT;
}

int
aft_diag_warn(struct aft_diags *d, struct aft_loc loc, enum aft_msg m, ...)
{
	va_list	ap;

	va_start(ap, m);
	aft_diag_vadd(d, AFT_SEV_WARNING, loc, aft_msg(d->lang, m), ap);
	va_end(ap);
	return AFT_OK;
}

static int
loccmp(const struct aft_diag *a, const struct aft_diag *b)
{
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.col != b->loc.col)
		return a->loc.col < b->loc.col ? -1 : 1;
	return 0;
}

void
aft_diags_sort(struct aft_diags *d)
{
	/* Insertion sort: stable, and lists are short and nearly sorted. */
	for (size_t i = 1; i < d->n; i++) {
		struct aft_diag	t = d->v[i];
		size_t		j = i;

		while (j > 0 && loccmp(&d->v[j - 1], &t) > 0) {
			d->v[j] = d->v[j - 1];
			j--;
		}
		d->v[j] = t;
	}
}
