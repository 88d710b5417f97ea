/*
 * The message table: every message exists in both languages, and both
 * take the same printf arguments in the same order.
 */
#include "helpers.h"

#include "aftoets/msg.h"

#define MAXSPECS	16

/*
 * Parses the conversion specifications of fmt into specs, each reduced
 * to what decides the arguments it takes: an explicit position, '*'
 * for width and precision, the length modifier and the conversion
 * ("%-8.2f" and "%f" are both "f"; "%*s" is "*s"; "%zu" is "zu").
 * Returns how many, or -1 for a malformed or forbidden specification.
 */
static int
parse_specs(const char *fmt, char specs[][16])
{
	int n = 0;

	for (const char *p = fmt; *p != '\0'; p++) {
		char	*s;
		size_t	 k = 0;

		if (*p != '%')
			continue;
		if (p[1] == '%') {
			p++;
			continue;
		}
		if (n == MAXSPECS)
			return -1;
		s = specs[n++];
		p++;
		/* An explicit argument position: "%2$s". */
		{
			const char *q = p;

			while (*q >= '0' && *q <= '9')
				q++;
			if (q > p && *q == '$') {
				while (p <= q && k < 8)
					s[k++] = *p++;
			}
		}
		while (*p != '\0' && strchr("-+ #0'", *p) != NULL)
			p++;
		if (*p == '*') {
			s[k++] = '*';
			p++;
		} else
			while (*p >= '0' && *p <= '9')
				p++;
		if (*p == '.') {
			p++;
			if (*p == '*') {
				s[k++] = '.';
				s[k++] = '*';
				p++;
			} else
				while (*p >= '0' && *p <= '9')
					p++;
		}
		while (*p != '\0' && strchr("hljztL", *p) != NULL && k < 12)
			s[k++] = *p++;
		if (*p == '\0' || strchr("diouxXeEfFgGaAcsp", *p) == NULL)
			return -1;
		s[k++] = *p;
		s[k] = '\0';
	}
	return n;
}

static void
test_parse_specs(void **state)
{
	static const struct {
		const char	*fmt;
		int		 n;
		const char	*first;
	} t[] = {
		{ "no arguments",	0,	NULL },
		{ "100%% sure",		0,	NULL },
		{ "'%s' is %zu",	2,	"s" },
		{ "0x%02X",		1,	"X" },
		{ "%-8.2f%%",		1,	"f" },
		{ "%*s",		1,	"*s" },
		{ "%.*s",		1,	".*s" },
		{ "%2$s %1$s",		2,	"2$s" },
		{ "%lld",		1,	"lld" },
		{ "%n",			-1,	NULL },
		{ "trailing %",		-1,	NULL },
		{ "%q",			-1,	NULL },
	};
	char specs[MAXSPECS][16];

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		int n = parse_specs(t[i].fmt, specs);

		if (n != t[i].n)
			fail_msg("'%s': %d specifications, expected %d",
			    t[i].fmt, n, t[i].n);
		if (t[i].first != NULL)
			assert_string_equal(specs[0], t[i].first);
	}
}

static void
test_all_messages_present(void **state)
{
	(void)state;
	assert_true(AFT_NMSG > 100);
	for (int m = 0; m < AFT_NMSG; m++) {
		for (int l = 0; l < AFT_NLANG; l++) {
			const char	*s = aft_msg((enum aft_lang)l,
			    (enum aft_msg)m);
			size_t		 len;

			if (s == NULL || s[0] == '\0')
				fail_msg("message %d is empty in language %d",
				    m, l);
			len = strlen(s);
			/* One line each, no stray space at either end. */
			if (strchr(s, '\n') != NULL || s[0] == ' ' ||
			    s[len - 1] == ' ')
				fail_msg("message %d in language %d: \"%s\"",
				    m, l, s);
		}
	}
}

static void
test_same_arguments(void **state)
{
	size_t nfail = 0;

	(void)state;
	for (int m = 0; m < AFT_NMSG; m++) {
		const char	*nl = aft_msg(AFT_LANG_NL, (enum aft_msg)m);
		const char	*en = aft_msg(AFT_LANG_EN, (enum aft_msg)m);
		char		 snl[MAXSPECS][16], sen[MAXSPECS][16];
		int		 nnl = parse_specs(nl, snl);
		int		 nen = parse_specs(en, sen);
		bool		 same = nnl >= 0 && nnl == nen;

		for (int i = 0; same && i < nnl; i++)
			same = strcmp(snl[i], sen[i]) == 0;
		if (!same) {
			print_error("message %d: \"%s\" and \"%s\" take "
			    "different arguments\n", m, nl, en);
			nfail++;
		}
	}
	if (nfail > 0)
		fail_msg("%zu messages differ in their arguments", nfail);
}

static void
test_known_arguments(void **state)
{
	/* A few messages whose arguments the loaders rely on. */
	static const struct {
		enum aft_msg	 m;
		const char	*specs;
	} t[] = {
		{ AFT_M_EMPTY_FILE,	"" },
		{ AFT_M_UTF8,		"X" },
		{ AFT_M_DUP_KEY,	"s u u" },
		{ AFT_M_YAML_CONTEXT,	"s s u u" },
		{ AFT_M_NODES,		"zu" },
		{ AFT_M_SCALE_ORDER,	"s d s d" },
		{ AFT_M_BANDS_ORDER,	"s g s g" },
		{ AFT_M_UNKNOWN_CRIT,	"s s" },
		{ AFT_M_DUP_CRIT,	"s u u" },
		{ AFT_M_AMBIGUOUS,	"s s" },
		{ AFT_M_L_ANSWERED_OF,	"zu zu" },
	};

	(void)state;
	for (size_t i = 0; i < NELEM(t); i++) {
		for (int l = 0; l < AFT_NLANG; l++) {
			char	specs[MAXSPECS][16], joined[128] = "";
			size_t	len = 0;
			int	n = parse_specs(aft_msg((enum aft_lang)l,
			    t[i].m), specs);

			assert_true(n >= 0);
			for (int k = 0; k < n; k++)
				len += (size_t)snprintf(joined + len,
				    sizeof(joined) - len, "%s%s",
				    k > 0 ? " " : "", specs[k]);
			assert_true(len < sizeof(joined));
			assert_string_equal(joined, t[i].specs);
		}
	}
}

static void
test_lookup_edges(void **state)
{
	(void)state;
	assert_string_equal(aft_msg(AFT_LANG_EN, AFT_M_EMPTY_FILE),
	    "file is empty");
	assert_string_equal(aft_msg(AFT_LANG_NL, AFT_M_EMPTY_FILE),
	    "bestand is leeg");
	/* Out of range: a placeholder, and Dutch for an unknown language. */
	assert_string_equal(aft_msg(AFT_LANG_EN, AFT_NMSG), "?");
	assert_string_equal(aft_msg((enum aft_lang)7, AFT_M_EMPTY_FILE),
	    "bestand is leeg");

	assert_int_equal(aft_lang_parse("nl"), AFT_LANG_NL);
	assert_int_equal(aft_lang_parse("EN"), AFT_LANG_EN);
	assert_int_equal(aft_lang_parse("fr"), -1);
	assert_int_equal(aft_lang_parse(""), -1);
	assert_int_equal(aft_lang_parse(NULL), -1);
}

static void
test_yaml_words(void **state)
{
	static const char *const known[] = {
		"did not find expected key",
		"mapping values are not allowed in this context",
		"found character that cannot start any token",
		"found unexpected end of stream",
		"while parsing a block mapping",
		"while scanning a quoted scalar",
	};
	static const char other[] = "some other libyaml problem";

	(void)state;
	for (size_t i = 0; i < NELEM(known); i++) {
		const char *nl = aft_msg_yaml(AFT_LANG_NL, known[i]);
		const char *en = aft_msg_yaml(AFT_LANG_EN, known[i]);

		assert_string_not_equal(nl, known[i]);
		assert_string_not_equal(en, known[i]);
		assert_string_not_equal(nl, en);
		assert_true(nl[0] != '\0' && en[0] != '\0');
	}
	assert_string_equal(aft_msg_yaml(AFT_LANG_EN,
	    "mapping values are not allowed in this context"),
	    "a ':' is not allowed here; put text holding ': ' in quotes");
	/* Words it does not know pass through unchanged. */
	assert_ptr_equal(aft_msg_yaml(AFT_LANG_NL, other), other);
	assert_ptr_equal(aft_msg_yaml(AFT_LANG_EN, other), other);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_specs),
		cmocka_unit_test(test_all_messages_present),
		cmocka_unit_test(test_same_arguments),
		cmocka_unit_test(test_known_arguments),
		cmocka_unit_test(test_lookup_edges),
		cmocka_unit_test(test_yaml_words),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
