/*
 * bare: the benchmark's baseline.  Reads each file named in a list (one
 * path a line) whole, as aftoets does, and runs libyaml's event parser
 * over it, doing nothing with the events.
 *
 *   bare LIST [FIRST [COUNT]]
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <yaml.h>

static size_t
parse(const unsigned char *buf, size_t len)
{
	yaml_parser_t	p;
	yaml_event_t	ev;
	size_t		n = 0;
	int		done = 0;

	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, buf, len);
	while (!done) {
		if (!yaml_parser_parse(&p, &ev))
			break;
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
		n++;
	}
	yaml_parser_delete(&p);
	return n;
}

int
main(int argc, char **argv)
{
	FILE		*list;
	char		 path[4096];
	unsigned long	 first = 0, count = (unsigned long)-1, i = 0;
	size_t		 events = 0;

	if (argc < 2 || (list = fopen(argv[1], "r")) == NULL) {
		fprintf(stderr, "usage: bare list [first [count]]\n");
		return 2;
	}
	if (argc > 2)
		first = strtoul(argv[2], NULL, 10);
	if (argc > 3)
		count = strtoul(argv[3], NULL, 10);
	while (fgets(path, sizeof(path), list) != NULL) {
		struct stat	 st;
		unsigned char	*buf;
		ssize_t		 got;
		int		 fd;

		if (i++ < first)
			continue;
		if (i - first > count)
			break;
		path[strcspn(path, "\n")] = '\0';
		if ((fd = open(path, O_RDONLY)) < 0 || fstat(fd, &st) != 0) {
			perror(path);
			return 1;
		}
		buf = malloc((size_t)st.st_size + 1);
		got = read(fd, buf, (size_t)st.st_size);
		close(fd);
		if (got != st.st_size) {
			perror(path);
			return 1;
		}
		events += parse(buf, (size_t)got);
		free(buf);
	}
	fclose(list);
	printf("%zu events\n", events);
	return 0;
}
