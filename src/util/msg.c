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
	{ "did not find the expected '>'", {
	    "hier werd een '>' verwacht om de tag te sluiten",
	    "a '>' was expected here to close the tag" } },
	{ "did not find expected '!'", {
	    "hier werd een '!' verwacht in de tag", "a '!' was expected here in the tag" } },
	{ "did not find expected tag URI", {
	    "hier werd de naam van een tag verwacht", "the name of a tag was expected here" } },
	{ "did not find URI escaped octet", {
	    "ongeldige %-reeks in de tag", "invalid % sequence in the tag" } },
	{ "found undefined tag handle", {
	    "onbekend tag-voorvoegsel; gebruik geen tags of declareer het met %TAG",
	    "unknown tag prefix; use no tags, or declare it with %TAG" } },
	{ "did not find expected alphabetic or numeric character", {
	    "hier werd een letter of cijfer verwacht (de naam van een anker of alias)",
	    "a letter or digit was expected here (the name of an anchor or alias)" } },
	{ "did not find expected comment or line break", {
	    "na dit teken mag op deze regel alleen nog commentaar ('#') staan",
	    "only a comment ('#') may follow on this line" } },
	{ "did not find expected whitespace or line break", {
	    "hier werd een spatie of een nieuwe regel verwacht",
	    "a space or a line break was expected here" } },
	{ "did not find expected whitespace", {
	    "hier werd een spatie verwacht", "a space was expected here" } },
	{ "did not find expected hexdecimal number", {
	    "hier werd een hexadecimaal cijfer verwacht (een \\x-, \\u- of \\U-reeks)",
	    "a hexadecimal digit was expected here (a \\x, \\u or \\U sequence)" } },
	{ "found invalid Unicode character escape code", {
	    "deze \\u- of \\U-reeks is geen geldig teken",
	    "this \\u or \\U sequence is not a valid character" } },
	{ "found an indentation indicator equal to 0", {
	    "de inspringing van een tekstblok mag niet 0 zijn",
	    "the indentation of a block of text must not be 0" } },
	{ "found unexpected document indicator", {
	    "'---' of '...' mag niet midden in tekst tussen aanhalingstekens staan",
	    "'---' or '...' may not stand inside quoted text" } },
	{ "found unexpected ':'", {
	    "een ':' mag hier niet staan; zet de tekst tussen aanhalingstekens",
	    "a ':' is not allowed here; put the text in quotes" } },
	{ "mapping keys are not allowed in this context", {
	    "een sleutel ('? ') mag hier niet staan; controleer de inspringing",
	    "a key ('? ') is not allowed here; check the indentation" } },
	{ "found unknown directive name", {
	    "onbekende regel met '%'; alleen %YAML en %TAG bestaan",
	    "unknown line starting with '%'; only %YAML and %TAG exist" } },
	{ "could not find expected directive name", {
	    "na '%' werd YAML of TAG verwacht", "YAML or TAG was expected after '%'" } },
	{ "found duplicate %YAML directive", {
	    "%YAML staat twee keer in het document", "%YAML is given twice in the document" } },
	{ "found duplicate %TAG directive", {
	    "deze %TAG staat twee keer in het document",
	    "this %TAG is given twice in the document" } },
	{ "found incompatible YAML document", {
	    "alleen YAML 1.x wordt gelezen", "only YAML 1.x can be read" } },
	{ "did not find expected version number", {
	    "hier werd een versienummer verwacht, zoals 1.1",
	    "a version number such as 1.1 was expected here" } },
	{ "did not find expected digit or '.' character", {
	    "hier werd een cijfer of '.' verwacht in het versienummer",
	    "a digit or '.' was expected here in the version number" } },
	{ "found extremely long version number", {
	    "het versienummer is te lang", "the version number is too long" } },
	{ "found unexpected non-alphabetical character", {
	    "hier werd een letter verwacht", "a letter was expected here" } },
	{ "control characters are not allowed", {
	    "stuurtekens zijn niet toegestaan", "control characters are not allowed" } },
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
	{ "while parsing a quoted scalar", {
	    "in de tekst tussen aanhalingstekens", "in the quoted text" } },
	{ "while parsing a block node", { "in de waarde", "in the value" } },
	{ "while parsing a flow node", { "in de waarde", "in the value" } },
	{ "while parsing a tag", { "in de tag", "in the tag" } },
	{ "while scanning a tag", { "in de tag", "in the tag" } },
	{ "while scanning a directive", {
	    "in de regel met '%'", "in the line starting with '%'" } },
	{ "while scanning a %YAML directive", {
	    "in de %YAML-regel", "in the %YAML line" } },
	{ "while scanning a %TAG directive", {
	    "in de %TAG-regel", "in the %TAG line" } },
	{ "while parsing a %TAG directive", {
	    "in de %TAG-regel", "in the %TAG line" } },
	{ "while scanning a tag directive", {
	    "in de %TAG-regel", "in the %TAG line" } },
	{ "while parsing a tag directive", {
	    "in de %TAG-regel", "in the %TAG line" } },
	{ "while scanning for the next token", {
	    "bij het lezen van de volgende waarde", "while reading the next value" } },
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
