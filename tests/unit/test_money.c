/* Money strings and plain YAML numbers (SPEC section 3). */
#include "helpers.h"

#include "aftoets/money.h"

struct money_ok {
	const char	*in;
	int64_t		 cents;
};

static void
check_ok(const struct money_ok *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int64_t got = -1;
		int	rc = aft_money_parse(t[i].in, &got);

		if (rc != AFT_OK)
			fail_msg("'%s': status %d, expected AFT_OK", t[i].in,
			    rc);
		if (got != t[i].cents)
			fail_msg("'%s': %lld cents, expected %lld", t[i].in,
			    (long long)got, (long long)t[i].cents);
	}
}

static void
check_bad(const char *const *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		int64_t got = 12345;
		int	rc = aft_money_parse(t[i], &got);

		if (rc != AFT_EINPUT)
			fail_msg("'%s': status %d (%lld cents), expected "
			    "AFT_EINPUT", t[i], rc, (long long)got);
		/* A refused amount leaves the output alone. */
		assert_int_equal(got, 12345);
	}
}

static void
test_money_plain(void **state)
{
	static const struct money_ok ok[] = {
		{ "750000",		75000000 },
		{ "750000,50",		75000050 },
		{ "750000.5",		75000050 },
		{ "750000.05",		75000005 },
		{ "0",			0 },
		{ "0,01",		1 },
		{ "5",			500 },
		{ "12.50",		1250 },
		{ "1,25",		125 },
		{ "1.5",		150 },
		{ "  750000  ",		75000000 },
		{ "999999999999999",	99999999999999900 },
	};

	(void)state;
	check_ok(ok, NELEM(ok));
}

static void
test_money_grouping(void **state)
{
	static const struct money_ok ok[] = {
		{ "1.250",		125000 },	/* 1250 euros */
		{ "500.000",		50000000 },
		{ "1.250.000,50",	125000050 },
		{ "1,250,000.50",	125000050 },
		{ "1,250,000.5",	125000050 },
		{ "1 250 000",		125000000 },
		{ "1 250 000,75",	125000075 },
		{ "1_000_000",		100000000 },
		{ "1_000_000.10",	100000010 },
		{ "12.345.678",		1234567800 },
		{ "123,456",		12345600 },
		/* A no-break space and a narrow no-break space. */
		{ "1\xC2\xA0" "250",	125000 },
		{ "1\xE2\x80\xAF" "250",	125000 },
	};

	(void)state;
	check_ok(ok, NELEM(ok));
}

static void
test_money_currency(void **state)
{
	static const struct money_ok ok[] = {
		/* "€ 750.000", "€750.000", "500.000 €" and the like. */
		{ "\xE2\x82\xAC 750.000",	75000000 },
		{ "\xE2\x82\xAC" "750.000",	75000000 },
		{ "1,250,000.50 EUR",		125000050 },
		{ "500.000 \xE2\x82\xAC",	50000000 },
		{ "500.000\xE2\x82\xAC",	50000000 },
		{ "EUR 1.000",			100000 },
		{ "eur 5",			500 },
		{ "Eur 5,5",			550 },
		{ "EUR1000",			100000 },
		{ "5 eur",			500 },
		{ "\xE2\x82\xAC 1.250.000,50",	125000050 },
		{ "  \xE2\x82\xAC  42  ",	4200 },
	};

	(void)state;
	check_ok(ok, NELEM(ok));
}

static void
test_money_rejected(void **state)
{
	static const char *const bad[] = {
		"1.25.0",
		"12,5,000",
		"1234.567",
		"1.250.000.50",
		"-5",
		"-1.000",
		"abc",
		"",
		"   ",
		"\xE2\x82\xAC",			/* € alone */
		"EUR",
		"1.2345",
		"1,250.000,5",			/* mixed separators */
		"1.250,000",			/* three decimals */
		"12.34.567",
		"1..250",
		"\xE2\x82\xAC 5 EUR",		/* two currency marks */
		"EUR 5 \xE2\x82\xAC",
		"1.250 000",			/* two group separators */
		"1 250.000",
		"1000.000",			/* first group too long */
		"12,",
		"12.",
		".5",
		",50",
		"1.2.3",
		"1,250,00",			/* short last group */
		"1,2500",
		"750000,505",
		"750000.5.5",
		"5 5",
		"1e5",
		"0x10",
		"USD 5",
		"5 $",
		"1.000,5,5",
		"9999999999999999",		/* more than 15 digits */
		"999.999.999.999.999.999",
	};

	(void)state;
	check_bad(bad, NELEM(bad));
}

struct num_case {
	const char	*in;
	bool		 ok;
	double		 value;
	bool		 ambiguous;
};

static void
test_yaml_number(void **state)
{
	static const struct num_case t[] = {
		{ "750000",	true,	750000,		false },
		{ "0",		true,	0,		false },
		{ "-5",		true,	-5,		false },
		{ "+5",		true,	5,		false },
		{ "1_000",	true,	1000,		false },
		{ "1_000_000",	true,	1000000,	false },
		{ "1_",		true,	1,		false },
		{ "750000.5",	true,	750000.5,	false },
		{ "0.25",	true,	0.25,		false },
		{ "1.",		true,	1,		false },
		{ "12.50",	true,	12.5,		false },
		{ "1.0000",	true,	1,		false },
		{ "7.5e+5",	true,	750000,		false },
		{ "7.5e5",	true,	750000,		false },
		{ "1.5E-3",	true,	0.0015,		false },
		{ "-2.5e2",	true,	-250,		false },
		{ "1_0.5",	true,	10.5,		false },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		double	v = -1;
		bool	amb = true;

		if (aft_yaml_number(t[i].in, &v, &amb) != t[i].ok)
			fail_msg("'%s': expected %s", t[i].in,
			    t[i].ok ? "a number" : "no number");
		assert_double_near(v, t[i].value, 1e-12);
		if (amb != t[i].ambiguous)
			fail_msg("'%s': ambiguous = %d", t[i].in, amb);
	}
}

static void
test_yaml_number_ambiguous(void **state)
{
	/* Three digits after the point read like a Dutch thousands group. */
	static const struct num_case t[] = {
		{ "500.000",	true,	500,		true },
		{ "1.250",	true,	1.25,		true },
		{ "-500.000",	true,	-500,		true },
		{ "750000.000",	true,	750000,		true },
		/* Not ambiguous: other lengths, underscores, exponents. */
		{ "500.00",	true,	500,		false },
		{ "500.0000",	true,	500,		false },
		{ "1_000.000",	true,	1000,		false },
		{ "1.250e3",	true,	1250,		false },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		double	v = -1;
		bool	amb = !t[i].ambiguous;

		assert_true(aft_yaml_number(t[i].in, &v, &amb));
		assert_double_near(v, t[i].value, 1e-12);
		if (amb != t[i].ambiguous)
			fail_msg("'%s': ambiguous = %d, expected %d",
			    t[i].in, amb, t[i].ambiguous);
	}
}

static void
test_yaml_number_rejected(void **state)
{
	/*
	 * Only decimal integers and floats with a point are numbers here:
	 * "1e5" has no point, so (as in YAML 1.1's float pattern) it is not
	 * a float; nor are .inf, .nan, hexadecimal, octal or sexagesimal.
	 */
	static const char *const bad[] = {
		"1e5",
		"1E5",
		".inf",
		"-.inf",
		".Inf",
		".nan",
		".5",
		"abc",
		"",
		"-",
		"+",
		"_1",
		"0x1F",
		"0o17",
		"1:30",
		"1.2.3",
		"12abc",
		"1.5e",
		"1.5e+",
		"1.0e999",		/* overflows to infinity */
		"1,5",
		"1 000",
		"\xE2\x82\xAC 5",
		"5 EUR",
		"yes",
		"~",
		/* 69 digits: more than the 64-byte buffer holds. */
		("1234567890123456789012345678901234567890"
		    "12345678901234567890123456789"),
	};

	(void)state;
	for (size_t i = 0; i < NELEM(bad); i++) {
		double	v = 42;
		bool	amb;

		if (aft_yaml_number(bad[i], &v, &amb))
			fail_msg("'%s' taken as the number %g", bad[i], v);
		/* A non-number leaves the value alone. */
		assert_double_near(v, 42, 0);
	}
}

/* Amounts and counts as reports write them, in both languages. */
static void
test_fmt_money_count(void **state)
{
	static const struct {
		double		 v;
		const char	*nl, *en;
	} money[] = {
		{ 0, "€ 0", "€0" },
		{ 7, "€ 7", "€7" },
		{ 0.07, "€ 0,07", "€0.07" },
		{ 1250000, "€ 1.250.000", "€1,250,000" },
		{ 1250000.5, "€ 1.250.000,50", "€1,250,000.50" },
		{ 91880.99, "€ 91.880,99", "€91,880.99" },
		{ 999.995, "€ 1.000", "€1,000" },
		{ 9999999999999.99, "€ 9.999.999.999.999,99",
		    "€9,999,999,999,999.99" },
		/* Beyond that a double holds no cents: no stray ",04". */
		{ 999999999999999.0, "€ 999.999.999.999.999",
		    "€999,999,999,999,999" },
		{ 1e15, "€ 1e+15", "€ 1e+15" },
		{ -1, "€ -1", "€ -1" },
	}, count[] = {
		{ 0, "0", "0" },
		{ 999, "999", "999" },
		{ 1000, "1.000", "1,000" },
		{ 120000, "120.000", "120,000" },
		{ 12.7, "12", "12" },
		{ 123456789012345.0, "123.456.789.012.345",
		    "123,456,789,012,345" },
		{ 1e15, "1e+15", "1e+15" },
	};
	char buf[AFT_NUMBUF];

	(void)state;
	for (size_t i = 0; i < NELEM(money); i++) {
		assert_string_equal(aft_fmt_money(buf, money[i].v,
		    AFT_LANG_NL), money[i].nl);
		assert_string_equal(aft_fmt_money(buf, money[i].v,
		    AFT_LANG_EN), money[i].en);
	}
	assert_string_equal(aft_fmt_whole(buf, 0), "0");
	assert_string_equal(aft_fmt_whole(buf, 250000), "250000");
	assert_string_equal(aft_fmt_whole(buf, 999999999999999.0),
	    "999999999999999");
	assert_null(aft_fmt_whole(buf, 1e15));
	assert_null(aft_fmt_whole(buf, 12.5));
	assert_null(aft_fmt_whole(buf, -3));
	assert_null(aft_fmt_whole(buf, NAN));
	for (size_t i = 0; i < NELEM(count); i++) {
		assert_string_equal(aft_fmt_count(buf, count[i].v,
		    AFT_LANG_NL), count[i].nl);
		assert_string_equal(aft_fmt_count(buf, count[i].v,
		    AFT_LANG_EN), count[i].en);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_money_plain),
		cmocka_unit_test(test_fmt_money_count),
		cmocka_unit_test(test_money_grouping),
		cmocka_unit_test(test_money_currency),
		cmocka_unit_test(test_money_rejected),
		cmocka_unit_test(test_yaml_number),
		cmocka_unit_test(test_yaml_number_ambiguous),
		cmocka_unit_test(test_yaml_number_rejected),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
