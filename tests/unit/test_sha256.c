/* Unit tests for src/util/sha256.c: the known vectors of FIPS 180-4. */
#include "helpers.h"

#include "util/sha256.h"

static void
hex(const unsigned char d[32], char out[65])
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < 32; i++) {
		out[2 * i] = digits[d[i] >> 4];
		out[2 * i + 1] = digits[d[i] & 15];
	}
	out[64] = '\0';
}

static void
test_sha256_vectors(void **state)
{
	static const struct { const char *in, *want; } v[] = {
		{ "",
		  "e3b0c44298fc1c149afbf4c8996fb924"
		  "27ae41e4649b934ca495991b7852b855" },
		{ "abc",
		  "ba7816bf8f01cfea414140de5dae2223"
		  "b00361a396177a9cb410ff61f20015ad" },
		/* 56 bytes: the length no longer fits the first block. */
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		  "248d6a61d20638b8e5c026930c3e6039"
		  "a33ce45964ff2167f6ecedd419db06c1" },
		{ "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
		  "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
		  "cf5b16a778af8380036ce59e7b049237"
		  "0b249b11e8f07a51afac45037afee9d1" },
	};
	unsigned char	d[32];
	char		got[65];

	(void)state;
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		aft_sha256(v[i].in, strlen(v[i].in), d);
		hex(d, got);
		assert_string_equal(got, v[i].want);
	}
}

static void
test_sha256_million(void **state)
{
	char		*a = malloc(1000000);
	unsigned char	 d[32];
	char		 got[65];

	(void)state;
	assert_non_null(a);
	memset(a, 'a', 1000000);
	aft_sha256(a, 1000000, d);
	free(a);
	hex(d, got);
	assert_string_equal(got, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha256_vectors),
		cmocka_unit_test(test_sha256_million),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
