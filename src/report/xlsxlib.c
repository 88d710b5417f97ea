/*
 * libxlsxwriter, opened at run time by the soname of the library the
 * build found (the Makefile reads it and passes AFT_XLSX_SONAME), so that
 * a program built against libxlsxwriter.so.4 never opens an incompatible
 * libxlsxwriter.so.5.  The library stays open until the process ends.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#include "aftoets/common.h"
#include "report/xlsxlib.h"

#ifndef AFT_XLSX_SONAME
#error "AFT_XLSX_SONAME is not defined; build with make"
#endif
/* An empty name would make dlopen() return the program itself. */
_Static_assert(sizeof(AFT_XLSX_SONAME) > 1,
    "no soname found for libxlsxwriter; is libxlsxwriter-dev installed?");

static pthread_once_t		once = PTHREAD_ONCE_INIT;
static struct aft_xlsxlib	table;
static int			status = AFT_ELIB;
static char			error[512];

/* Keeps what the dynamic loader said went wrong. */
static void
fail(void)
{
	const char *e = dlerror();

	snprintf(error, sizeof(error), "%s", e != NULL ? e :
	    AFT_XLSX_SONAME);
}

static void
load(void)
{
	void *h;

	if ((h = dlopen(AFT_XLSX_SONAME, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		fail();
		return;
	}
	/*
	 * POSIX guarantees that the object pointer dlsym() returns converts
	 * to the function pointer it stands for.
	 */
#define AFT_XLSXLIB_SYM(f) \
	if ((table.f = (__typeof__(&f))dlsym(h, #f)) == NULL) { \
		fail(); \
		dlclose(h); \
		return; \
	}
	AFT_XLSXLIB_FUNCS(AFT_XLSXLIB_SYM)
#undef AFT_XLSXLIB_SYM
	status = AFT_OK;
}

int
aft_xlsxlib_load(const struct aft_xlsxlib **lib)
{
	pthread_once(&once, load);
	*lib = status == AFT_OK ? &table : NULL;
	return status;
}

const char *
aft_xlsxlib_error(void)
{
	pthread_once(&once, load);
	return error;
}
