/* Unit tests for telling an answers file from others (src/load/alike.c). */
#include "helpers.h"

static void
test_answers_like(void **state)
{
	static const struct {
		const char	*in;
		size_t		 len;	/* 0: strlen(in) */
		bool		 like;
	} t[] = {
		/* Answers files, in every shape the loader takes. */
		{ "service:\n  name: Omgevingsloket\nanswers:\n"
		  "  SD-G1: volledig\n", 0, true },
		{ "service:\n  name: x\n", 0, true },
		{ "answers:\n  SD-G1: ja\n", 0, true },
		{ "answers:\n", 0, true },
		{ "aftoets: 1\ncatalog: other\nservice: {name: x}\n", 0,
		  true },
		{ "{\"service\": {\"name\": \"x\"}, \"answers\": {}}", 0,
		  true },
		{ "# a comment\n---\nservice: &s\n  name: x\nother: *s\n", 0,
		  true },
		{ "\xef\xbb\xbfservice:\r\n  name: x\r\n", 0, true },
		{ "\xff\xfe" "s\0e\0r\0v\0i\0c\0e\0:\0 \0x\0\n\0", 22, true },
		/* A duplicate key is read past. */
		{ "service:\n  name: x\nservice:\n  name: y\n", 0, true },
		/* An unknown key does not hide one that is known. */
		{ "notes: kept\nanswers:\n  SD-G1: ja\n", 0, true },
		/* A slip after the first key, or a limit passed. */
		{ "service:\n  name: x\nanswers:\n  SD-G1: [\n", 0, true },
		{ "answers:\n  SD-G1: ja\n bad: indent\n", 0, true },
		{ "service: x\nanswers: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
		  "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
		  "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"
		  "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n", 0, true },

		/* What aftoets writes and other files. */
		{ "{\"file\": \"a.yaml\", \"catalog\": {\"id\": \"x\"}, "
		  "\"service\": {\"name\": \"x\"}, \"overall\": {}}", 0,
		  false },
		{ "{\"assessments\": [{\"file\": \"a.yaml\", \"service\": "
		  "{}}], \"summary\": {}}", 0, false },
		{ "{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
		  " \"properties\": {\"service\": {}, \"answers\": {}}}", 0,
		  false },
		{ "{\"catalog\": {}, \"old\": {\"service\": \"x\"}}", 0,
		  false },
		{ "file,service,overall\na.yaml,x,71.3\n", 0, false },
		{ "# Report\n\n| Service | x |\n|---|---|\n", 0, false },
		{ "<!DOCTYPE html>\n<html lang=\"en\">\n", 0, false },
		{ "<?xml version=\"1.0\"?>\n<testsuites/>\n", 0, false },
		{ "PK\x03\x04\x14\0\0\0", 8, false },
		{ "", 0, false },
		{ "service\n", 0, false },
		{ "- service: x\n", 0, false },
		{ "Service:\n  name: x\n", 0, false },
		{ "x:\n  service:\n    name: y\n", 0, false },
		{ "[service:\n", 0, false },
		{ "service: x\n---\nanswers: {}\n", 0, true },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		size_t	len = t[i].len ? t[i].len : strlen(t[i].in);
		bool	like = !t[i].like;

		assert_int_equal(aft_answers_like(&like, t[i].in, len),
		    AFT_OK);
		if (like != t[i].like)
			fail_msg("case %zu: %s, expected %s:\n%s", i,
			    like ? "like" : "not like",
			    t[i].like ? "like" : "not like", t[i].in);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_answers_like),
	};

	return cmocka_run_group_tests_name("alike", tests, NULL, NULL);
}
