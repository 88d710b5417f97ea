/* Expanding folders into sorted lists of answers files. */
/* d_type in struct dirent, so that plain files need no stat(). */
#define _DEFAULT_SOURCE
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "aftoets/common.h"
#include "aftoets/walk.h"

/* Deeper folders than this are refused, as a loop guard of last resort. */
#define MAX_DEPTH	128

/* A folder on the way down, to recognise a link back to it. */
struct ancestor {
	dev_t	dev;
	ino_t	ino;
};

void
aft_inputs_init(struct aft_inputs *in)
{
	memset(in, 0, sizeof(*in));
}

void
aft_inputs_fini(struct aft_inputs *in)
{
	for (size_t i = 0; i < in->n; i++)
		free(in->v[i].path);
	free(in->v);
	memset(in, 0, sizeof(*in));
}

static int
push(struct aft_inputs *in, const char *path, size_t len, bool has_err,
    enum aft_msg err)
{
	char *p;

	if (in->n == in->cap) {
		size_t			 cap = in->cap ? in->cap * 2 : 64;
		struct aft_input	*v = realloc(in->v, cap * sizeof(*v));

		if (v == NULL)
			return AFT_ENOMEM;
		in->v = v;
		in->cap = cap;
	}
	if ((p = malloc(len + 1)) == NULL)
		return AFT_ENOMEM;
	memcpy(p, path, len);
	p[len] = '\0';
	in->v[in->n].path = p;
	in->v[in->n].has_err = has_err;
	in->v[in->n].err = err;
	in->n++;
	return AFT_OK;
}

static bool
is_yaml(const char *name)
{
	size_t len = strlen(name);

	return (len > 5 && strcasecmp(name + len - 5, ".yaml") == 0) ||
	    (len > 4 && strcasecmp(name + len - 4, ".yml") == 0);
}

/* A folder entry: its name, and its type if readdir() knew it. */
struct entry {
	char		*name;
	unsigned char	 type;		/* DT_REG, DT_DIR, DT_UNKNOWN, ... */
};

static int
entrycmp(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name,
	    ((const struct entry *)b)->name);
}

static int walk(struct aft_inputs *, const char *, bool, struct ancestor *,
	    size_t);

/*
 * Visits one folder entry: a file to add, a folder to enter, or nothing.
 * Only links and entries of unknown type are looked up with stat(); a
 * plain file is taken by its name, and its reading says the rest.
 */
static int
visit(struct aft_inputs *in, const char *dir, const struct entry *e,
    bool recursive, struct ancestor *up, size_t depth)
{
	const char	*name = e->name;
	size_t		 dlen = strlen(dir), len;
	char		*path;
	struct stat	 st;
	int		 rc = AFT_OK;
	bool		 yaml = is_yaml(name);

	if (!yaml && (!recursive || e->type == DT_REG))
		return AFT_OK;
	if (yaml && !recursive && e->type == DT_DIR)
		return AFT_OK;
	while (dlen > 1 && dir[dlen - 1] == '/')
		dlen--;
	len = dlen + 1 + strlen(name);
	if ((path = malloc(len + 1)) == NULL)
		return AFT_ENOMEM;
	memcpy(path, dir, dlen);
	path[dlen] = '/';
	memcpy(path + dlen + 1, name, strlen(name) + 1);
	if (e->type == DT_REG)
		rc = push(in, path, len, false, 0);
	else if (e->type == DT_DIR)
		rc = walk(in, path, true, up, depth + 1);
	else if (stat(path, &st) != 0) {
		/* A dangling or looping link named like an answers file. */
		if (yaml)
			rc = push(in, path, len, errno == ELOOP,
			    AFT_M_LINK_LOOP);
	} else if (S_ISDIR(st.st_mode)) {
		if (recursive)
			rc = walk(in, path, true, up, depth + 1);
	} else if (yaml)
		rc = push(in, path, len, false, 0);
	free(path);
	return rc;
}

static int
walk(struct aft_inputs *in, const char *dir, bool recursive,
    struct ancestor *up, size_t depth)
{
	struct stat	  st;
	DIR		 *d;
	struct dirent	 *e;
	struct entry	 *names = NULL;
	size_t		  n = 0, cap = 0;
	int		  rc = AFT_OK;

	if (depth >= MAX_DEPTH)
		return push(in, dir, strlen(dir), true, AFT_M_DIR_TOO_DEEP);
	if (stat(dir, &st) != 0)
		return push(in, dir, strlen(dir), false, 0);
	for (size_t i = 0; i < depth; i++)
		if (up[i].dev == st.st_dev && up[i].ino == st.st_ino)
			return push(in, dir, strlen(dir), true,
			    AFT_M_DIR_LOOP);
	up[depth].dev = st.st_dev;
	up[depth].ino = st.st_ino;
	if ((d = opendir(dir)) == NULL)
		return push(in, dir, strlen(dir), true, errno == EACCES ?
		    AFT_M_NO_ACCESS : AFT_M_DIR_UNREADABLE);
	in->folder = true;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			size_t		 ncap = cap ? cap * 2 : 32;
			struct entry	*nn = realloc(names,
			    ncap * sizeof(*nn));

			if (nn == NULL) {
				rc = AFT_ENOMEM;
				break;
			}
			names = nn;
			cap = ncap;
		}
		if ((names[n].name = strdup(e->d_name)) == NULL) {
			rc = AFT_ENOMEM;
			break;
		}
		names[n].type = e->d_type;
		n++;
	}
	closedir(d);
	/* An empty folder has no array at all, and qsort() wants one. */
	if (rc == AFT_OK && n > 1)
		qsort(names, n, sizeof(*names), entrycmp);
	for (size_t i = 0; rc == AFT_OK && i < n; i++)
		rc = visit(in, dir, &names[i], recursive, up, depth);
	for (size_t i = 0; i < n; i++)
		free(names[i].name);
	free(names);
	return rc;
}

int
aft_inputs_add(struct aft_inputs *in, const char *path, bool recursive)
{
	struct ancestor	up[MAX_DEPTH];
	struct stat	st;

	if (strcmp(path, "-") != 0 && stat(path, &st) == 0 &&
	    S_ISDIR(st.st_mode))
		return walk(in, path, recursive, up, 0);
	/* Files, "-" and paths that do not open are read (or fail) as given. */
	return push(in, path, strlen(path), false, 0);
}
