/*
 * The page code compiled in: every file of src/web/ becomes data at
 * build time (see the Makefile), NUL-terminated, with its length.
 * AFT_WEB(form_js) declares what src/web/form.js became.
 */
#ifndef AFT_REPORT_WEB_H
#define AFT_REPORT_WEB_H

#include <stddef.h>

#define AFT_WEB(name)						\
	extern const char	aft_web_##name[];			\
	extern const size_t	aft_web_##name##_len

#endif
