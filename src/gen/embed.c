/*
 * embed: turns a file into a C source defining its bytes, used at build
 * time to compile the default catalog into the program.
 *
 *   embed SYMBOL FILE > OUT.c
 *
 * defines `const char SYMBOL[]` (NUL-terminated), `const size_t
 * SYMBOL_len` and `const char SYMBOL_name[]` (FILE as given).
 */
#include <stdio.h>
#include <stdlib.h>

int
main(int argc, char **argv)
{
	FILE	*fp;
	int	 c;
	size_t	 n = 0;

	if (argc != 3) {
		fprintf(stderr, "usage: embed symbol file\n");
		return 2;
	}
	if ((fp = fopen(argv[2], "rb")) == NULL) {
		perror(argv[2]);
		return 1;
	}
	printf("/* Generated from %s by src/gen/embed.c; do not edit. */\n",
	    argv[2]);
	printf("#include <stddef.h>\n\nconst char %s[] = {", argv[1]);
	while ((c = getc(fp)) != EOF) {
		printf("%s0x%02x,", n % 12 == 0 ? "\n\t" : " ", c);
		n++;
	}
	if (ferror(fp)) {
		perror(argv[2]);
		return 1;
	}
	fclose(fp);
	printf("\n\t0x00\n};\n");
	printf("const size_t %s_len = %zu;\n", argv[1], n);
	printf("const char %s_name[] = \"%s\";\n", argv[1], argv[2]);
	return ferror(stdout) || fflush(stdout) != 0;
}
