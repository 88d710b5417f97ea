/*
 * Unit tests for the output buffers (src/util/sbuf.c) and the buffer forms of
 * the column writers (src/util/textcol.c).
 */
#include "helpers.h"
#include "util/escape.h"
#include "util/sbuf.h"
#include "util/textcol.h"

/* A growing buffer starts in the caller's storage and moves to the heap. */
static void
test_grows_from_storage(void **state)
{
	char		 small[8], *s;
	struct aft_sb	 b;
	size_t		 len;

	(void)state;
	aft_sb_init(&b, small, sizeof(small));
	aft_sb_puts(&b, "abc");
	aft_sb_putc(&b, 'd');
	assert_ptr_equal(b.s, small);
	assert_false(b.heap);
	aft_sb_puts(&b, "efghij");		/* past 8 bytes */
	assert_true(b.heap);
	assert_ptr_not_equal(b.s, small);
	aft_sb_pad(&b, 40);
	aft_sb_printf(&b, "|%d|%s|", 42, "x");
	s = aft_sb_take(&b, &len);
	assert_non_null(s);
	assert_int_equal(len, 10 + 40 + 6);
	assert_int_equal(strlen(s), len);
	assert_memory_equal(s, "abcdefghij", 10);
	for (size_t i = 10; i < 50; i++)
		assert_int_equal(s[i], ' ');
	assert_string_equal(s + 50, "|42|x|");
	/* The buffer is empty and owns nothing after a take. */
	assert_int_equal(b.len, 0);
	assert_false(b.heap);
	free(s);
	aft_sb_fini(&b);
}

/* What never left the caller's storage is handed over as a copy. */
static void
test_take_copies_storage(void **state)
{
	char		 small[64], *s;
	struct aft_sb	 b;
	size_t		 len;

	(void)state;
	aft_sb_init(&b, small, sizeof(small));
	aft_sb_printf(&b, "%s=%u", "n", 7u);
	s = aft_sb_take(&b, &len);
	assert_non_null(s);
	assert_ptr_not_equal(s, small);
	assert_int_equal(len, 3);
	assert_string_equal(s, "n=7");
	free(s);
	/* No storage at all: an empty text is still a text. */
	aft_sb_init(&b, NULL, 0);
	s = aft_sb_take(&b, &len);
	assert_non_null(s);
	assert_int_equal(len, 0);
	assert_string_equal(s, "");
	free(s);
	aft_sb_fini(&b);
}

/* A printf longer than what is left makes room, for one long result. */
static void
test_printf_long(void **state)
{
	char		 big[10000], *s;
	struct aft_sb	 b;
	size_t		 len;

	(void)state;
	memset(big, 'q', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	aft_sb_init(&b, NULL, 0);
	aft_sb_puts(&b, "<");
	aft_sb_printf(&b, "%s>", big);
	s = aft_sb_take(&b, &len);
	assert_int_equal(len, 1 + 9999 + 1);
	assert_int_equal(s[0], '<');
	assert_int_equal(s[9999], 'q');
	assert_int_equal(s[10000], '>');
	free(s);
	aft_sb_fini(&b);
}

/*
 * A draining buffer writes into its stream when full, in order, whatever
 * the size of each piece, and never allocates.
 */
static void
test_sink_in_order(void **state)
{
	char		 buf[16], *out = NULL, want[4096];
	size_t		 outlen = 0, n = 0;
	struct aft_sb	 b;
	FILE		*fp = open_memstream(&out, &outlen);

	(void)state;
	assert_non_null(fp);
	aft_sb_init_sink(&b, buf, sizeof(buf), fp);
	for (int i = 0; i < 100; i++) {
		char piece[64];
		int  k = snprintf(piece, sizeof(piece), "%d:", i);

		aft_sb_puts(&b, piece);
		memcpy(want + n, piece, (size_t)k);
		n += (size_t)k;
		if (i % 10 == 0) {
			/* Longer than the whole buffer. */
			aft_sb_pad(&b, 20);
			memset(want + n, ' ', 20);
			n += 20;
			aft_sb_printf(&b, "%s", "[twenty-two letters!!]");
			memcpy(want + n, "[twenty-two letters!!]", 22);
			n += 22;
		}
	}
	assert_false(b.heap);
	assert_ptr_equal(b.s, buf);
	assert_int_equal(aft_sb_flush(&b), 0);
	assert_int_equal(b.len, 0);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(outlen, n);
	assert_memory_equal(out, want, n);
	free(out);
	/* A draining buffer has no text to hand over. */
	assert_null(aft_sb_take(&b, &n));
}

/* A write that fails shows in the flush's result. */
static void
test_sink_error(void **state)
{
	char		 buf[8];
	struct aft_sb	 b;
	FILE		*fp = fopen("/dev/full", "w");

	(void)state;
	if (fp == NULL)
		skip();
	setvbuf(fp, NULL, _IONBF, 0);
	aft_sb_init_sink(&b, buf, sizeof(buf), fp);
	aft_sb_puts(&b, "more than eight bytes");
	assert_int_equal(aft_sb_flush(&b), EOF);
	fclose(fp);
}

/* Writes what fn wrote through the stream form, for comparison. */
static char *
via_stream(void (*fn)(FILE *, const char *), const char *s)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&out, &len);

	assert_non_null(fp);
	fn(fp, s);
	assert_int_equal(fclose(fp), 0);
	return out;
}

static void
wrap_f(FILE *fp, const char *s)
{
	aft_tc_wrap(fp, s, 12, 4, 30);
}

static void
cell_f(FILE *fp, const char *s)
{
	aft_tc_cell(fp, s, 12);
	aft_tc_rcell(fp, s, 12);
	aft_tc_pad(fp, 3);
}

/*
 * The buffer and stream forms of the column writers give the same text,
 * escaping included, and a long text wraps across a small buffer.
 */
static void
test_textcol_forms_agree(void **state)
{
	static const char *texts[] = {
		"kort",
		"één twee drie vier vijf zes zeven acht negen tien elf",
		"a\033[31mrood\033[0m en\ttab",
		"regel een\nregel twee die langer is dan de rest hier",
		"",
	};

	(void)state;
	for (size_t i = 0; i < NELEM(texts); i++) {
		char		*f, *s;
		struct aft_sb	 b;
		size_t		 len;

		aft_sb_init(&b, NULL, 0);
		aft_tcb_wrap(&b, texts[i], 12, 4, 30);
		s = aft_sb_take(&b, &len);
		f = via_stream(wrap_f, texts[i]);
		assert_string_equal(s, f);
		assert_null(strchr(s, '\033'));
		free(s);
		free(f);

		aft_tcb_cell(&b, texts[i], 12);
		aft_tcb_rcell(&b, texts[i], 12);
		aft_sb_pad(&b, 3);
		s = aft_sb_take(&b, &len);
		f = via_stream(cell_f, texts[i]);
		assert_string_equal(s, f);
		free(s);
		free(f);
		aft_sb_fini(&b);
	}
}

/* The terminal form of a text is aft_esc_term()'s, with or without NL. */
static void
test_term(void **state)
{
	struct aft_sb	 b;
	char		*s;
	size_t		 len;

	(void)state;
	aft_sb_init(&b, NULL, 0);
	aft_tcb_term(&b, "a\x1b]0;x\x07\nb", 0);
	aft_sb_putc(&b, '|');
	aft_tcb_term(&b, "c\nd", AFT_ESC_NL);
	s = aft_sb_take(&b, &len);
	assert_string_equal(s, "a\\x1b]0;x\\x07 b|c\nd");
	free(s);
	aft_sb_fini(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grows_from_storage),
		cmocka_unit_test(test_take_copies_storage),
		cmocka_unit_test(test_printf_long),
		cmocka_unit_test(test_sink_in_order),
		cmocka_unit_test(test_sink_error),
		cmocka_unit_test(test_textcol_forms_agree),
		cmocka_unit_test(test_term),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
