/*
 * Amounts of money and plain numbers as people write them in answers
 * files.  Pure functions over strings; nothing is allocated.
 */
#ifndef AFTOETS_MONEY_H
#define AFTOETS_MONEY_H

#include <stdbool.h>
#include <stdint.h>

/*
 * Parses a money string (SPEC section 3): an optional '€' or 'EUR'
 * before or after the amount, then plain digits with an optional decimal
 * part of one or two digits, or digits grouped in threes by one
 * separator (space, '.', ',' or '_') with an optional decimal part after
 * a different separator.  Stores the amount in cents.  Returns AFT_OK,
 * or AFT_EINPUT when s is not such an amount (negative ones included).
 */
int	aft_money_parse(const char *s, int64_t *cents);

/*
 * Resolves a plain YAML 1.1 scalar as a decimal integer or float
 * ("750000", "1_000", "750000.5", "7.5e+5").  Returns true and stores
 * the value when s is such a number, false otherwise.  *ambiguous is set
 * when s looks like a Dutch thousands group ("500.000"), which YAML
 * reads as a fraction.
 */
bool	aft_yaml_number(const char *s, double *value, bool *ambiguous);

#endif
