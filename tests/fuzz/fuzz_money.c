/*
 * libFuzzer harness: money strings and plain YAML numbers.  Besides not
 * crashing, an amount that parses must be non-negative, and writing it
 * back plainly ("1234567.89") must parse to the same cents.
 */
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aftoets/common.h"
#include "aftoets/money.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s, back[64];
	int64_t	 cents, again;
	double	 x;
	bool	 amb;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (aft_money_parse(s, &cents) == AFT_OK) {
		if (cents < 0)
			abort();
		snprintf(back, sizeof(back), "%" PRId64 ".%02" PRId64,
		    cents / 100, cents % 100);
		if (aft_money_parse(back, &again) != AFT_OK || again != cents)
			abort();
	}
	if (aft_yaml_number(s, &x, &amb) && !isfinite(x))
		abort();
	free(s);
	return 0;
}
