/* The message table, expanded from AFT_MESSAGES in aftoets/msg.h. */
#include <string.h>
#include <strings.h>

#include "aftoets/msg.h"

static const char *const table[AFT_NMSG][AFT_NLANG] = {
#define X(id, nl, en)	[AFT_M_##id] = { nl, en },
	AFT_MESSAGES
#undef X
};

/* libyaml's words, and plainer ones a person editing a file can act on. */
static const struct {
	const char	*libyaml;
	const char	*text[AFT_NLANG];
} yaml_words[] = {
	{ "did not find expected key", {
	    "hier werd een sleutel verwacht; controleer de inspringing",
	    "a key was expected here; check the indentation" } },
	{ "mapping values are not allowed in this context", {
	    "een ':' mag hier niet staan; zet tekst met ': ' tussen aanhalingstekens",
	    "a ':' is not allowed here; put text holding ': ' in quotes" } },
	{ "found character that cannot start any token", {
	    "dit teken kan geen waarde beginnen (een tab als inspringing?)",
	    "this character cannot start a value (a tab used as indentation?)" } },
	{ "found unexpected end of stream", {
	    "het bestand eindigt te vroeg (een aanhalingsteken of haakje niet gesloten?)",
	    "the file ends too early (a quote or bracket left open?)" } },
	{ "did not find expected node content", {
	    "hier werd een waarde verwacht", "a value was expected here" } },
	{ "did not find expected '-' indicator", {
	    "hier werd een lijstelement ('- ') verwacht; controleer de inspringing",
	    "a list item ('- ') was expected here; check the indentation" } },
	{ "block sequence entries are not allowed in this context", {
	    "een lijstelement ('- ') mag hier niet staan; controleer de inspringing",
	    "a list item ('- ') is not allowed here; check the indentation" } },
	{ "could not find expected ':'", {
	    "na de sleutel werd een ':' verwacht", "a ':' was expected after the key" } },
	{ "found unknown escape character", {
	    "onbekende escape-reeks tussen dubbele aanhalingstekens",
	    "unknown escape sequence in double-quoted text" } },
	{ "found a tab character that violates indentation", {
	    "een tab als inspringing; gebruik spaties", "a tab used as indentation; use spaces" } },
	{ "found a tab character where an indentation space is expected", {
	    "een tab als inspringing; gebruik spaties", "a tab used as indentation; use spaces" } },
	{ "did not find expected <document start>", {
	    "hier werd het begin van een document ('---') verwacht",
	    "the start of a document ('---') was expected here" } },
	{ "did not find expected ',' or ']'", {
	    "hier werd ',' of ']' verwacht", "',' or ']' was expected here" } },
	{ "did not find expected ',' or '}'", {
	    "hier werd ',' of '}' verwacht", "',' or '}' was expected here" } },
	{ "while parsing a block mapping", { "in de mapping", "in the mapping" } },
	{ "while parsing a block collection", { "in de lijst", "in the list" } },
	{ "while parsing a flow mapping", {
	    "in de mapping tussen accolades", "in the mapping in braces" } },
	{ "while parsing a flow sequence", {
	    "in de lijst tussen haakjes", "in the list in brackets" } },
	{ "while scanning a simple key", { "in de sleutel", "in the key" } },
	{ "while scanning a quoted scalar", {
	    "in de tekst tussen aanhalingstekens", "in the quoted text" } },
	{ "while scanning a plain scalar", { "in de waarde", "in the value" } },
	{ "while parsing a node", { "in de waarde", "in the value" } },
	{ "while scanning an anchor", { "in het anker", "in the anchor" } },
	{ "while scanning an alias", { "in de alias", "in the alias" } },
	{ "while scanning a block scalar", {
	    "in het tekstblok", "in the block of text" } },
};

const char *
aft_msg(enum aft_lang lang, enum aft_msg m)
{
	if ((unsigned)lang >= AFT_NLANG)
		lang = AFT_LANG_NL;
	if ((unsigned)m >= AFT_NMSG)
		return "?";
	return table[m][lang];
}

const char *
aft_msg_yaml(enum aft_lang lang, const char *s)
{
	if ((unsigned)lang >= AFT_NLANG)
		lang = AFT_LANG_NL;
	for (size_t i = 0; i < sizeof(yaml_words) / sizeof(yaml_words[0]); i++)
		if (strcmp(yaml_words[i].libyaml, s) == 0)
			return yaml_words[i].text[lang];
	return s;
}

int
aft_lang_parse(const char *s)
{
	if (s == NULL)
		return -1;
	if (strcasecmp(s, "nl") == 0)
		return AFT_LANG_NL;
	if (strcasecmp(s, "en") == 0)
		return AFT_LANG_EN;
	return -1;
}
