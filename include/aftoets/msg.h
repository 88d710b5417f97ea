/*
 * The message table: every diagnostic, label and sentence aftoets shows,
 * in Dutch and English, in one place.  Strings are static; nothing here
 * is allocated.  Format arguments are noted where a message takes them.
 */
#ifndef AFTOETS_MSG_H
#define AFTOETS_MSG_H

#include "aftoets/common.h"

#define AFT_MESSAGES_CORE \
/* Input and the YAML layer. */ \
X(EMPTY_FILE,	"bestand is leeg", "file is empty") \
X(TOO_LARGE,	"bestand is groter dan %zu bytes; verhoog de grens met --max-size", \
		"file is larger than %zu bytes; raise the limit with --max-size") \
X(READ_FAILED,	"kan niet lezen: %s", "cannot read: %s") \
X(NO_SUCH_FILE,	"bestand of map bestaat niet", "no such file or folder") \
X(NO_ACCESS,	"geen toegang (rechten)", "permission denied") \
X(LINK_LOOP,	"te veel symbolische koppelingen (een lus?)", "too many symbolic links (a loop?)") \
X(UTF16,	"ongeldige UTF-16-tekst", "invalid UTF-16 text") \
X(UTF8,		"ongeldige UTF-8-byte 0x%02X; bewaar het bestand als UTF-8", \
		"invalid UTF-8 byte 0x%02X; save the file as UTF-8") \
X(NUL,		"NUL-teken in de tekst", "NUL character in the text") \
X(CONTROL,	"stuurteken 0x%02X in de tekst", "control character 0x%02X in the text") \
X(YAML,		"ongeldige YAML: %s", "invalid YAML: %s") \
X(YAML_CONTEXT,	"ongeldige YAML: %s (%s vanaf regel %u, kolom %u)", \
		"invalid YAML: %s (%s from line %u, column %u)") \
X(NODES,	"meer dan %zu knopen (aliassen volledig meegeteld)", \
		"more than %zu nodes (aliases counted in full)") \
X(DEPTH,	"dieper genest dan %zu niveaus", "nested deeper than %zu levels") \
X(SCALAR_LEN,	"waarde langer dan %zu bytes", "value longer than %zu bytes") \
X(ALIAS_UNDEF,	"alias '*%s' verwijst naar geen eerder anker", \
		"alias '*%s' refers to no earlier anchor") \
X(DUP_KEY,	"sleutel '%s' komt twee keer voor; eerst op regel %u, kolom %u", \
		"duplicate key '%s'; first given at line %u, column %u") \
X(KEY_NOT_SCALAR, "een sleutel moet een enkele waarde zijn, geen %s", \
		"a key must be a single value, not a %s") \
X(MULTI_DOC,	"meer dan een YAML-document; zet een aftoetsing per bestand", \
		"more than one YAML document; put one assessment in each file") \
X(KIND_MAP,	"mapping", "mapping") \
X(KIND_SEQ,	"lijst", "list") \
X(KIND_SCALAR,	"enkele waarde", "single value") \
/* Shared by the loaders. */ \
X(EXPECT_MAP,	"'%s' moet een mapping zijn, geen %s", "'%s' must be a mapping, not a %s") \
X(EXPECT_SEQ,	"'%s' moet een lijst zijn, geen %s", "'%s' must be a list, not a %s") \
X(EXPECT_SCALAR, "'%s' moet een enkele waarde zijn, geen %s", \
		"'%s' must be a single value, not a %s") \
X(MISSING,	"'%s' ontbreekt", "'%s' is missing") \
X(EMPTY_VALUE,	"'%s' mag niet leeg zijn", "'%s' must not be empty") \
X(UNKNOWN_KEY,	"onbekende sleutel '%s'; verwacht: %s", "unknown key '%s'; expected one of: %s") \
X(BAD_NUMBER,	"'%s' moet een getal zijn, niet '%s'", "'%s' must be a number, not '%s'") \
X(BAD_COUNT,	"'%s' moet een geheel getal van 0 of meer zijn, niet '%s'", \
		"'%s' must be a whole number of 0 or more, not '%s'") \
/* The catalog loader. */ \
X(CAT_ROOT,	"een catalogus moet een mapping zijn, geen %s", \
		"a catalog must be a mapping, not a %s") \
X(MISSING_LANG,	"'%s' heeft geen tekst in taal '%s'", "'%s' has no text in language '%s'") \
X(DUP_ID,	"id '%s' komt twee keer voor; eerst op regel %u, kolom %u", \
		"duplicate id '%s'; first used at line %u, column %u") \
X(BAD_ID,	"id '%s' mag alleen letters, cijfers, '-', '_' en '.' bevatten", \
		"id '%s' may only hold letters, digits, '-', '_' and '.'") \
X(BAD_KIND,	"soort '%s' is geen 'user' of 'inclusion'", "kind '%s' is not 'user' or 'inclusion'") \
X(BAD_WEIGHT,	"gewicht '%s' moet een getal groter dan 0 zijn", \
		"weight '%s' must be a number greater than 0") \
X(SCALE_ORDER,	"niveau '%s' heeft %d punten; niveaus moeten stijgen, na '%s' met %d", \
		"level '%s' has %d points; levels must go up, after '%s' with %d") \
X(SCALE_SHORT,	"de schaal heeft minstens twee niveaus nodig", "the scale needs at least two levels") \
X(SCALE_ZERO,	"het laagste niveau moet 0 punten hebben", "the lowest level must have 0 points") \
X(BANDS_ORDER,	"band '%s' begint bij %g; banden moeten dalen, na '%s' bij %g", \
		"band '%s' starts at %g; bands must go down, after '%s' at %g") \
X(BANDS_FLOOR,	"de laatste band moet bij 0 beginnen, zodat elke score een band heeft", \
		"the last band must start at 0, so that every score has a band") \
X(BAND_RANGE,	"band '%s' moet tussen 0 en 100 beginnen", "band '%s' must start between 0 and 100") \
X(DUP_ALIAS,	"'%s' benoemt al niveau '%s'", "'%s' already names level '%s'") \
X(NO_CRITERIA,	"principe '%s' heeft geen criteria", "principle '%s' has no criteria") \
X(NO_PRINCIPLES, "de catalogus heeft geen principes", "the catalog has no principles") \
X(PRACTICE_LEVEL, "'%s' in 'practice' is geen niveau van de schaal; bedoelt u '%s'?", \
		"'%s' in 'practice' is not a level of the scale; did you mean '%s'?") \
X(PRACTICE_LEVEL0, "'%s' in 'practice' is geen niveau van de schaal; gebruik een van: %s", \
		"'%s' in 'practice' is not a level of the scale; use one of: %s") \
X(PRACTICE_NVT,	"'%s' (niet van toepassing) hoort niet in 'practice', dat de niveaus van de schaal beschrijft", \
		"'%s' (not applicable) does not belong in 'practice', which describes the levels of the scale") \
X(PRACTICE_NONE,	"criterium '%s' heeft geen 'practice'; elk niveau van de schaal behalve niet van toepassing heeft een tekst nodig: %s", \
		"criterion '%s' has no 'practice'; every level of the scale but not applicable needs a text: %s") \
X(PRACTICE_MISSING, "'practice' van criterium '%s' mist een tekst voor: %s", \
		"'practice' of criterion '%s' lacks a text for: %s") \
X(REPLACES_SELF,	"criterium '%s' kan zichzelf niet vervangen", "criterion '%s' cannot replace itself") \
X(REPLACES_CYCLE, "'%s' in 'replaces' van '%s' vervangt zelf, rechtstreeks of via andere criteria, '%s': een kring", \
		"'%s' in 'replaces' of '%s' itself replaces '%s', directly or through other criteria: a cycle") \
X(REPLACES_CURRENT, "'%s' in 'replaces' is een id van deze catalogus; een criterium vervangt alleen ids die uit de catalogus verdwenen zijn", \
		"'%s' in 'replaces' is an id of this catalog; a criterion replaces only ids that are gone from it") \
X(REPLACES_TWICE, "'%s' wordt al vervangen door '%s' (regel %u, kolom %u); een oud id heeft maar één opvolger", \
		"'%s' is already replaced by '%s' (line %u, column %u); an old id has one successor only") \
/* The answers loader. */ \
X(ANS_ROOT,	"een antwoordenbestand moet een mapping zijn, geen %s", \
		"an answers file must be a mapping, not a %s") \
X(BAD_VERSION,	"'aftoets' moet 1 zijn, niet '%s'", "'aftoets' must be 1, not '%s'") \
X(CAT_MISMATCH,	"de antwoorden horen bij catalogus '%s', maar catalogus '%s' is geladen; laad de juiste met --criteria", \
		"the answers are for catalog '%s', but catalog '%s' is loaded; load the right one with --criteria") \
X(BAD_TYPE,	"type '%s' is geen 'nieuw' of 'herwerking'", "type '%s' is not 'nieuw' or 'herwerking'") \
X(BAD_MONEY,	"'%s' is geen bedrag; schrijf bijvoorbeeld 750000, '€ 750.000' of '1.250.000,50'", \
		"'%s' is not an amount; write for example 750000, '€ 750,000' or '1,250,000.50'") \
X(NEG_MONEY,	"budget '%s' mag niet negatief zijn", "budget '%s' must not be negative") \
X(AMBIGUOUS,	"'%s' wordt gelezen als een getal met een decimaalteken; schrijf '\"%s\"' tussen aanhalingstekens voor duizendtallen", \
		"'%s' is read as a number with a decimal point; write '\"%s\"' in quotes to mean thousands") \
X(BAD_DATE,	"'%s' is geen datum; schrijf JJJJ-MM-DD", "'%s' is not a date; write YYYY-MM-DD") \
X(UNKNOWN_CRIT,	"onbekend criterium '%s'; bedoelt u '%s'?", "unknown criterion '%s'; did you mean '%s'?") \
X(REPLACED,	"'%s' is vervangen door '%s' in catalogus %s; het antwoord telt voor %s", \
		"'%s' is replaced by '%s' in catalog %s; its answer counts for %s") \
X(REPLACED_OWN,	"'%s' is vervangen door '%s' in catalogus %s; %s heeft een eigen antwoord, dat telt; dit antwoord telt niet mee", \
		"'%s' is replaced by '%s' in catalog %s; %s has its own answer, which counts; this answer is not scored") \
X(REPLACED_TWICE, "'%s' is vervangen door '%s' in catalogus %s; het antwoord op '%s' staat eerder in het bestand en telt; dit antwoord telt niet mee", \
		"'%s' is replaced by '%s' in catalog %s; the answer to '%s' comes first in the file and counts; this answer is not scored") \
X(UNKNOWN_CRIT0, "onbekend criterium '%s'; 'aftoets criteria' toont ze allemaal", \
		"unknown criterion '%s'; 'aftoets criteria' lists them all") \
X(CRIT_REPLACED, "criterium '%s' is vervangen door '%s' in catalogus %s; 'aftoets criteria %s' toont het", \
		"criterion '%s' is replaced by '%s' in catalog %s; 'aftoets criteria %s' shows it") \
X(DUP_CRIT,	"criterium '%s' is twee keer beantwoord; eerst op regel %u, kolom %u", \
		"criterion '%s' is answered twice; first at line %u, column %u") \
X(BAD_LEVEL,	"'%s' is geen niveau; gebruik een van: %s", "'%s' is not a level; use one of: %s") \
X(ANSWER_KIND,	"het antwoord op '%s' moet een niveau zijn of een mapping met 'level', geen %s", \
		"the answer to '%s' must be a level or a mapping with 'level', not a %s") \
X(UNANSWERED,	"criterium '%s' is niet beantwoord", "criterion '%s' is not answered") \
X(MISSING_ANSWERS, "%zu criteria zijn niet beantwoord: %s", "%zu criteria are not answered: %s") \
X(NVT_NO_WHY,	"'%s' is 'nvt' zonder motivatie; zeg waarom het niet van toepassing is", \
		"'%s' is 'nvt' without a motivation; say why it does not apply") \
/* Significance. */ \
X(SIG_YES,	"significant: de aftoetsing is verplicht", "significant: the assessment is mandatory") \
X(SIG_NO,	"niet significant: de aftoetsing is niet verplicht", "not significant: the assessment is not mandatory") \
X(SIG_UNKNOWN,	"significantie onbekend", "significance unknown") \
X(SIG_BUDGET_OVER, "budget %s is hoger dan %s", "budget %s is over %s") \
X(SIG_BUDGET_NOT, "budget %s is niet hoger dan %s", "budget %s is not over %s") \
X(SIG_USERS_OVER, "een doelpubliek van %s gebruikers is ruimer dan %s", "a target audience of %s users is larger than %s") \
X(SIG_USERS_NOT, "een doelpubliek van %s gebruikers is niet ruimer dan %s", "a target audience of %s users is not larger than %s") \
X(SIG_BUDGET_NONE, "het budget is niet opgegeven", "the budget is not given") \
X(SIG_USERS_NONE, "de omvang van het doelpubliek is niet opgegeven", "the size of the target audience is not given") \
X(AND,		"en", "and") \
/* Report labels. */ \
X(L_REPORT,	"Aftoetsing", "Assessment") \
X(L_SERVICE,	"Dienst", "Service") \
X(L_ORGANISATION, "Organisatie", "Organisation") \
X(L_CONTACT,	"Contact", "Contact") \
X(L_TYPE,	"Type", "Type") \
X(L_TYPE_NIEUW,	"nieuwe dienst", "new service") \
X(L_TYPE_HERWERKING, "grondig herwerkte dienst", "thoroughly reworked service") \
X(L_BUDGET,	"Budget", "Budget") \
X(L_USERS,	"Doelpubliek", "Target audience") \
X(L_ASSESSED,	"Beoordeeld", "Assessed") \
X(L_ASSESSOR,	"Door", "By") \
X(L_CATALOG,	"Catalogus", "Catalog") \
X(L_NOTICE,	"Let op", "Notice") \
X(L_NOTES,	"Opmerkingen", "Notes") \
X(L_AT_LINE,	"regel %u", "line %u") \
X(L_SIGNIFICANCE, "Significantie", "Significance") \
X(L_COMPLETENESS, "Volledigheid", "Completeness") \
X(L_ANSWERED_OF, "%zu van %zu criteria beantwoord", "%zu of %zu criteria answered") \
X(L_UNANSWERED,	"Niet beantwoord", "Not answered") \
X(L_PRINCIPLE,	"Principe", "Principle") \
X(L_SCORE,	"Score", "Score") \
X(L_USER,	"Gebruiker", "User") \
X(L_INCLUSION,	"Inclusie", "Inclusion") \
X(L_BAND,	"Band", "Band") \
X(L_OVERALL,	"Totaal", "Overall") \
X(L_STRENGTHS,	"Sterke punten", "Strengths") \
X(L_ATTENTION,	"Aandachtspunten", "Points of attention") \
X(L_GAIN,	"winst", "gain") \
X(L_NONE,	"geen", "none") \
X(L_UNKNOWN,	"onbekend", "unknown") \
X(L_CRITERIA,	"Criteria", "Criteria") \
X(L_CRITERION,	"Criterium", "Criterion") \
X(L_KIND,	"Soort", "Kind") \
X(L_KIND_USER,	"gebruiker", "user") \
X(L_KIND_INCLUSION, "inclusie", "inclusion") \
X(L_WEIGHT,	"Gewicht", "Weight") \
X(L_LEVEL,	"Niveau", "Level") \
X(L_TEXT,	"Tekst", "Text") \
X(L_GUIDANCE,	"Bewijs", "Evidence") \
X(L_PRACTICE,	"In de praktijk", "In practice") \
X(L_EVIDENCE,	"Voorbeelden van bewijs", "Examples of evidence") \
X(L_PITFALL,	"Valkuil", "Common pitfall") \
X(L_SCALE,	"Schaal", "Scale") \
X(L_POINTS,	"punten", "points") \
X(L_MOTIVATION,	"Motivatie", "Motivation") \
X(L_ACTIONS,	"Acties", "Actions") \
X(L_NVT,	"n.v.t.", "n/a") \
X(L_THRESHOLD,	"Drempel", "Threshold") \
X(L_ALIASES,	"ook", "also") \
X(L_BANDS,	"Banden", "Bands") \
X(L_FROM,	"vanaf", "from") \
/* The command line. */ \
X(C_TRY,	"probeer 'aftoets %s--help'", "try 'aftoets %s--help'") \
X(C_UNKNOWN_CMD, "onbekend commando '%s'", "unknown command '%s'") \
X(C_NO_CMD,	"geen commando gegeven", "no command given") \
X(C_BAD_VALUE,	"ongeldige waarde '%s' voor %s; verwacht: %s", \
		"invalid value '%s' for %s; expected: %s") \
X(C_BAD_OPTION,	"onbekende optie '%s'", "unknown option '%s'") \
X(C_NEEDS_ARG,	"optie '%s' heeft een waarde nodig", "option '%s' needs a value") \
X(C_NO_INPUT,	"geen invoer gegeven", "no input given") \
X(C_TOO_MANY,	"te veel argumenten", "too many arguments") \
X(C_UNKNOWN_ID,	"onbekend criterium '%s'", "unknown criterion '%s'") \
X(C_WRITE,	"kan niet schrijven: %s", "cannot write: %s") \
X(C_OUT_CHANGED, "%s is gewijzigd terwijl aftoets liep; er is niets naar geschreven", \
		"%s changed while aftoets ran; nothing was written to it") \
X(C_KEPT_CHANGING, "%s bleef veranderen terwijl het bijgewerkt werd; er is niets geschreven", \
		"%s kept changing while it was refreshed; nothing was written") \
X(C_NOMEM,	"onvoldoende geheugen", "out of memory") \
X(C_ERRORS,	"%zu fouten, %zu waarschuwingen", "%zu errors, %zu warnings") \
X(C_MORE,	"en nog %zu", "and %zu more") \
X(C_IS_DIR,	"is een map; gebruik -r om mappen te doorlopen", \
		"is a folder; use -r to go through folders") \
X(C_NOT_REGULAR, "is geen gewoon bestand", "is not a regular file") \
X(C_VALID,	"geldig", "valid") \

/* Robustness: limits, paths, encodings. */
#define AFT_MESSAGES_ROBUST \
X(UTF16_ODD,	"UTF-16-tekst met een oneven aantal bytes; is het bestand afgebroken?", \
		"UTF-16 text with an odd number of bytes; was the file cut short?") \
X(UTF16_SURROGATE, "ongeldige UTF-16-tekst: een losse surrogaathelft 0x%04X; bewaar het bestand opnieuw", \
		"invalid UTF-16 text: a lone surrogate 0x%04X; save the file again") \
X(UTF16_NO_BOM,	"dit lijkt UTF-16 zonder byte order mark (BOM); bewaar het bestand als UTF-8, of als UTF-16 met BOM", \
		"this looks like UTF-16 without a byte order mark (BOM); save the file as UTF-8, or as UTF-16 with a BOM") \
X(UTF32,	"UTF-32 wordt niet ondersteund; bewaar het bestand als UTF-8", \
		"UTF-32 is not supported; save the file as UTF-8") \
X(BAD_CHAR,	"teken U+%04X mag niet in een YAML-bestand staan", \
		"character U+%04X is not allowed in a YAML file") \
X(C_FIFO,	"is een named pipe (FIFO), geen gewoon bestand; lees een stroom met '-' en < of |", \
		"is a named pipe (FIFO), not a regular file; read a stream with '-' and < or |") \
X(C_DEVICE,	"is een apparaat, geen gewoon bestand", "is a device, not a regular file") \
X(C_SOCKET,	"is een socket, geen gewoon bestand", "is a socket, not a regular file") \
X(IS_FOLDER,	"is een map, geen bestand", "is a folder, not a file") \
X(NAME_TOO_LONG, "de naam is te lang", "the name is too long") \
X(IO_ERROR,	"invoer-/uitvoerfout bij het lezen", "input/output error while reading") \
X(BAD_START,	"ongeldige YAML: het teken '%s' kan geen waarde beginnen; zet de tekst tussen aanhalingstekens", \
		"invalid YAML: the character '%s' cannot start a value; put the text in quotes") \

/* Quality gates and the CI formats. */
#define AFT_MESSAGES_GATES \
X(G_SCORE,	"%s %s, drempel %s", "%s %s, threshold %s") \
X(G_NO_SCORE,	"%s zonder score (alles n.v.t.), drempel %s", \
		"%s has no score (all n/a), threshold %s") \
X(G_BELOW,	"%s: %s te laag", "%s: missed by %s") \
X(G_COMPLETE,	"%s %zu van %zu criteria beantwoord", "%s %zu of %zu criteria answered") \
X(G_INCOMPLETE,	"%s: %zu niet beantwoord", "%s: %zu not answered") \
X(L_GATES,	"Drempels", "Gates") \
X(L_GATE_PASSED, "gehaald", "passed") \
X(L_GATE_FAILED, "niet gehaald", "failed") \
X(L_GATES_FAILED, "%zu van %zu niet gehaald", "%zu of %zu failed") \
X(L_GATES_PASSED, "alle %zu gehaald", "all %zu passed") \
X(L_UNSCORED,	"Niet gescoord", "Not scored") \
X(L_NOT_SCORED_WHY, "Dit bestand kon niet worden gescoord:", "This file could not be scored:") \
X(L_POTENTIAL_GAIN, "Mogelijke winst", "Potential gain") \
X(L_ATTENTION_NOTE, "gerangschikt naar winst: zoveel punten stijgt de score van het principe als het criterium volledig gehaald wordt", \
		"ranked by gain: the points the principle's score would rise if the criterion were met in full") \
X(C_BAD_PCT,	"een getal van 0 tot 100 met hoogstens een decimaal", \
		"a number from 0 to 100 with at most one decimal") \
X(C_BAD_GATE,	"ID=PCT, bijvoorbeeld %s=50", "ID=PCT, for example %s=50") \
X(C_UNKNOWN_PRINCIPLE, "onbekend principe '%.*s'; bedoelt u '%s'?", \
		"unknown principle '%.*s'; did you mean '%s'?") \
X(C_UNKNOWN_PRINCIPLE0, "onbekend principe '%.*s'; kies uit: %s", \
		"unknown principle '%.*s'; choose from: %s") \

/* Portfolios: folders, parallel jobs, the summary. */
#define AFT_MESSAGES_PORTFOLIO \
X(DIR_LOOP,	"map komt terug via een symbolische koppeling (een lus); overgeslagen", \
		"folder comes back through a symbolic link (a loop); skipped") \
X(DIR_TOO_DEEP,	"mappen te diep genest; overgeslagen", "folders nested too deeply; skipped") \
X(DIR_UNREADABLE, "map kan niet gelezen worden", "folder cannot be read") \
X(C_BAD_JOBS,	"ongeldig aantal taken '%s'; verwacht: een getal van 1 tot 256", \
		"invalid number of jobs '%s'; expected: a number from 1 to 256") \
X(L_PORTFOLIO,	"Portfolio", "Portfolio") \
X(L_ASSESSMENTS, "aftoetsingen", "assessments") \
X(L_NOT_SCORED,	"niet gescoord", "not scored") \
X(L_SIG_COUNTS,	"%zu significant, %zu niet significant, %zu onbekend", \
		"%zu significant, %zu not significant, %zu unknown") \
X(L_MEAN,	"Gemiddeld", "Mean") \
X(L_MEDIAN,	"Mediaan", "Median") \
X(L_MIN,	"Minimum", "Minimum") \
X(L_LOWEST,	"Laagste bij", "Lowest at") \
X(L_BAND_COUNTS, "Per band", "By band") \
X(L_TOP_ATTENTION, "Vaakste aandachtspunten", "Most frequent points of attention") \
X(L_TIMES,	"%zu keer", "%zu times") \
X(L_CHASE,	"Significant maar onvolledig (eerst opvolgen)", "Significant but incomplete (chase first)") \

/* The HTML report and the workbook. */
#define AFT_MESSAGES_DOCUMENTS \
X(D_NEEDS_OUTPUT, "formaat '%s' schrijft zelf een bestand; geef het op met -o BESTAND", \
		"format '%s' writes a file of its own; name it with -o FILE") \
X(D_NO_LIB,	"formaat '%s' heeft de bibliotheek libxlsxwriter nodig, maar die kon niet geladen worden: %s; installeer ze of kies een ander formaat", \
		"format '%s' needs the libxlsxwriter library, which could not be loaded: %s; install it or choose another format") \
X(D_NO_XLSX,	"formaat '%s' zit niet in deze uitgave van aftoets, die geen werkmappen schrijft (de aftoets van het Debian-pakket wel); kies een ander formaat", \
		"format '%s' is not in this build of aftoets, which writes no workbooks (the aftoets of the Debian package does); choose another format") \
X(D_TITLE_ONE,	"Aftoetsing: %s", "Assessment: %s") \
X(D_TITLE_MANY,	"Aftoetsingen: portfolio van %zu diensten", "Assessments: a portfolio of %zu services") \
X(D_PORTFOLIO,	"Portfolio", "Portfolio") \
X(D_SHEETS_LEFT_OUT, "Een eigen blad voor de eerste %zu diensten; %zu zonder (score --sheets N)", \
		"A sheet of their own for the first %zu services; %zu left out (score --sheets N)") \
X(D_OVERVIEW,	"Overzicht", "Overview") \
X(D_OVERVIEW_CAPTION, "Alle diensten met hun scores per principe (0 tot 100)", \
		"All services with their scores by principle (0 to 100)") \
X(D_SUMMARY,	"%zu diensten gescoord.", "%zu services scored.") \
X(D_SUMMARY_FAILED, "%zu bestanden niet gescoord.", "%zu files not scored.") \
X(D_SUMMARY_TITLE, "Samenvatting van het portfolio", "Portfolio summary") \
X(D_SUMMARY_BANDS, "Totaalscore per band", "Overall score by band") \
X(D_STATS_CAPTION, "Scores per principe over alle diensten", \
		"Scores by principle across all services") \
X(D_ABOUT,	"Over de dienst", "About the service") \
X(D_SCORES,	"Scores per principe", "Scores by principle") \
X(D_SCORES_CAPTION, "Scores per principe (0 tot 100), voor alle criteria en apart voor de gebruikers- en inclusiecriteria", \
		"Scores by principle (0 to 100), for all criteria and separately for the user and inclusion criteria") \
X(D_RADAR_TITLE, "Radardiagram van de scores per principe", "Radar chart of the scores by principle") \
X(D_RADAR_DESC,	"%s: score %s, gebruikerscriteria %s, inclusiecriteria %s.", \
		"%s: score %s, user criteria %s, inclusion criteria %s.") \
X(D_RADAR_SCALE, "Elke as loopt van 0 in het midden tot 100 aan de rand.", \
		"Each axis runs from 0 at the centre to 100 at the edge.") \
X(D_SERIES_SCORE, "Score van het principe", "Score of the principle") \
X(D_SERIES_USER, "Gebruikerscriteria", "User criteria") \
X(D_SERIES_INCL, "Inclusiecriteria", "Inclusion criteria") \
X(D_LEGEND,	"Legende", "Legend") \
X(D_NO_SCORE,	"geen score", "no score") \
X(D_ANSWER,	"Antwoord", "Answer") \
X(D_NOT_ANSWERED, "niet beantwoord", "not answered") \
X(D_GAIN,	"Mogelijke winst", "Possible gain") \
X(D_GAIN_PTS,	"+%s punten", "+%s points") \
X(D_GUIDANCE,	"Hoe dit criterium beter te halen", "How to meet this criterion better") \
X(D_FILE,	"Bestand", "File") \
X(D_NOT_SCORED,	"Niet gescoord", "Not scored") \
X(D_NOT_SCORED_INTRO, "Deze bestanden konden niet gescoord worden:", \
		"These files could not be scored:") \
X(D_BACK,	"Terug naar het overzicht", "Back to the overview") \
X(D_GUIDANCE_FOR, "Hoe %s beter te halen", "How to meet %s better") \
X(D_GUIDE_TITLE, "Hoe elk criterium beter te halen", "How to meet each criterion better") \
X(D_DIST,	"Spreiding van de scores", "Spread of the scores") \
X(D_DIST_INTRO,	"Per principe het aantal diensten in elke scorevork van 10 punten; de tabel eronder geeft dezelfde aantallen.", \
		"For each principle, the number of services in each score range of 10 points; the table below gives the same numbers.") \
X(D_DIST_CHART,	"%s: aantal diensten per scorevork", "%s: number of services per score range") \
X(D_DIST_CAPTION, "Aantal diensten per scorevork en per principe", \
		"Number of services by score range and principle") \
X(D_FILTER,	"Filter de diensten", "Filter the services") \
X(D_ALL,	"alle", "all") \
X(D_SHOWN,	"{n} van {m} diensten getoond.", "{n} of {m} services shown.") \
X(D_SORT_NOTE,	"Kies een kolomkop om op die kolom te sorteren.", "Choose a column heading to sort by that column.") \
X(D_APPENDIX,	"Bijlage: hoe elk criterium beter te halen", "Appendix: how to meet each criterion better") \
X(D_APPENDIX_INTRO, "De raad van de catalogus bij elk criterium dat hierboven een aandachtspunt is, eenmaal.", \
		"The catalog's guidance for each criterion that is a point of attention above, once.") \
X(D_LARGE,	"Deze pagina bevat %zu diensten. Voor een groot portfolio schrijft 'aftoets score -f html -o MAP/' een site: een overzicht met een pagina per dienst, die sneller opent.", \
		"This page holds %zu services. For a large portfolio, 'aftoets score -f html -o FOLDER/' writes a site: an overview with a page per service, which opens faster.") \
X(D_MADE,	"Gemaakt met aftoets %s; catalogus %s %s.", "Made with aftoets %s; catalog %s %s.") \
X(D_YES,	"ja", "yes") \
X(D_NO,		"nee", "no") \
X(D_ID,		"Id", "Id") \
X(D_STRENGTH,	"sterk punt", "strength") \
X(D_ATTENTION,	"aandachtspunt", "point of attention") \
X(D_OUTCOME,	"Uitkomst", "Outcome") \
X(D_POINTS,	"Punten", "Points") \
X(D_MAX_POINTS,	"Max. punten", "Max. points") \
X(D_GAIN_COL,	"Winst", "Gain") \
X(D_SERVICES,	"Diensten", "Services") \
X(D_SIGNIFICANT, "Significant", "Significant") \
X(D_ANSWERED,	"Beantwoord", "Answered") \
X(D_TOTAL,	"Totaal criteria", "Criteria in all") \
X(D_ERRORS,	"Fouten", "Errors") \
X(D_SHEET_SERVICE, "Dienst", "Service") \

/* init, compare and schema. */
#define AFT_MESSAGES_TOOLS \
/* The init template. */ \
X(T_HEAD,	"Antwoorden voor de aftoetsing van een digitale dienst. Catalogus: %s, %s %s.", \
		"Answers for the self-assessment (aftoetsing) of a digital service. Catalog: %s, %s %s.") \
X(T_NOTICE,	"Over deze catalogus: %s", "About this catalog: %s") \
X(T_HOWTO,	"Vul het blok 'service' in en beantwoord elk criterium met een niveau. Regels die met # beginnen zijn uitleg; aftoets slaat ze over. Controleer het bestand met 'aftoets validate %s' en scoor het met 'aftoets score %s'.", \
		"Fill in the 'service' block and answer every criterion with a level. Lines starting with # explain; aftoets skips them. Check the file with 'aftoets validate %s' and score it with 'aftoets score %s'.") \
X(T_DEFAULT_NAME, "antwoorden.yaml", "answers.yaml") \
X(T_SCALE,	"De schaal, van laag naar hoog; de punten tellen mee in de score, en ook het getal zelf is een geldig antwoord:", \
		"The scale, from low to high; the points count towards the score, and the number itself is a valid answer too:") \
X(T_NVT,	"'%s' haalt het criterium uit de score; zeg in de motivatie waarom het niet van toepassing is. Een leeg antwoord telt als niet beantwoord en scoort 0.", \
		"'%s' takes the criterion out of the score; say in the motivation why it does not apply. An empty answer counts as unanswered and scores 0.") \
X(T_BANDS,	"Een score valt in een band: %s.", "A score falls in a band: %s.") \
X(T_BAND_ITEM,	"%s (%s) vanaf %s", "%s (%s) from %s") \
X(T_FORMS,	"Een antwoord is een niveau, of een mapping met het niveau, een motivatie en acties:", \
		"An answer is a level, or a mapping with the level, a motivation and actions:") \
X(T_EX_MOTIVATION, "Waarom dit niveau, en waar het bewijs te vinden is.", \
		"Why this level, and where to find the evidence.") \
X(T_EX_ACTIONS,	"Wat het team nog doet om beter te scoren, en wanneer.", \
		"What the team will do to improve, and by when.") \
X(T_MULTILINE,	"Tekst over meerdere regels: schrijf 'motivation: |' en zet de regels eronder, verder ingesprongen.", \
		"For text over several lines, write 'motivation: |' and put the lines below it, indented further.") \
X(T_SERVICE,	"Over de dienst. Laat een veld leeg als het (nog) niet bekend is.", \
		"About the service. Leave a field empty when it is not known (yet).") \
X(T_SVC_NAME,	"De naam van de dienst, zoals gebruikers hem kennen (verplicht).", \
		"The name of the service, as its users know it (required).") \
X(T_NAME_PLACEHOLDER, "Naam van de dienst", "Name of the service") \
X(T_SVC_ORG,	"De organisatie die de dienst aanbiedt.", "The organisation that provides the service.") \
X(T_SVC_CONTACT, "Wie vragen over deze aftoetsing beantwoordt: een e-mailadres of een team.", \
		"Who answers questions about this assessment: an e-mail address or a team.") \
X(T_SVC_TYPE,	"nieuw (een nieuwe dienst) of herwerking (een grondige herwerking van een bestaande dienst); new en rework mogen ook.", \
		"nieuw (a new service) or herwerking (a thorough rework of an existing one); new and rework work too.") \
X(T_SIG,	"De aftoetsing is verplicht als het budget hoger is dan %s of als het doelpubliek ruimer is dan %s gebruikers; anders is ze niet verplicht.", \
		"The assessment is mandatory when the budget is over %s or the target audience is larger than %s users; otherwise it is not mandatory.") \
X(T_SVC_BUDGET,	"Het budget in euro: een getal (750000) of een bedrag tussen aanhalingstekens (\"€ 750.000\", \"1.250.000,50\"). Zet duizendtallen met punten altijd tussen aanhalingstekens: YAML leest 500.000 zonder aanhalingstekens als 500.", \
		"The budget in euros: a number (750000) or an amount in quotes (\"€750,000\", \"1,250,000.50\"). Always quote thousands written with dots: YAML reads an unquoted 500.000 as 500.") \
X(T_SVC_USERS,	"De omvang van het doelpubliek: hoeveel burgers, ondernemingen, verenigingen of lokale besturen de dienst wil bereiken, niet hoeveel hem naar verwachting zullen gebruiken; een geheel getal.", \
		"The size of the target audience: how many citizens, businesses, associations or local governments the service is meant for, not how many are expected to use it; a whole number.") \
X(T_SVC_DATE,	"De datum van de aftoetsing, JJJJ-MM-DD.", "The date of the assessment, YYYY-MM-DD.") \
X(T_SVC_ASSESSOR, "Wie de aftoetsing invulde.", "Who filled in the assessment.") \
X(T_ANSWERS,	"Een antwoord per criterium, per principe. De uitleg bij elk criterium zegt wat het vraagt en welk bewijs telt.", \
		"One answer per criterion, by principle. The comments above each criterion say what it asks and what counts as evidence.") \
X(T_KIND_USER,	"gebruikerscriterium", "user criterion") \
X(T_KIND_INCLUSION, "inclusiecriterium", "inclusion criterion") \
X(T_WEIGHT,	"gewicht %s", "weight %s") \
X(T_EXTRA,	"Sleutels die aftoets niet kent, bewaard zoals ze in %s stonden:", \
		"Keys aftoets does not know, kept as they were in %s:") \
X(T_OBSOLETE,	"Vervallen antwoorden: criteria die niet (meer) in catalogus %s %s staan. Ze zijn hier bewaard zodat niets verloren gaat, maar tellen niet mee. Zet elk antwoord onder 'answers' bij een huidig criterium, of verwijder het.", \
		"Obsolete answers: criteria that are not (or no longer) in catalog %s %s. They are kept here so that nothing is lost, but they are not scored. Move each answer into 'answers' under a current criterion, or delete it.") \
/* init --from. */ \
X(FROM_OBSOLETE, "criterium '%s' staat niet in catalogus '%s'; het antwoord is bewaard onder 'obsolete'", \
		"criterion '%s' is not in catalog '%s'; its answer is kept under 'obsolete'") \
X(FROM_DUP,	"criterium '%s' is al beantwoord; dit tweede antwoord is bewaard onder 'obsolete'", \
		"criterion '%s' is already answered; this second answer is kept under 'obsolete'") \
X(FROM_RESTORED, "het antwoord op '%s' is van 'obsolete' teruggezet naar 'answers'", \
		"the answer to '%s' is moved back from 'obsolete' into 'answers'") \
X(FROM_REPLACED, "'%s' is vervangen door '%s' in catalogus %s; het antwoord staat nu onder %s", \
		"'%s' is replaced by '%s' in catalog %s; its answer is moved to %s") \
X(FROM_REPLACED_OWN, "'%s' is vervangen door '%s' in catalogus %s; %s heeft een eigen antwoord; dit antwoord is bewaard onder 'obsolete'", \
		"'%s' is replaced by '%s' in catalog %s; %s has its own answer; this answer is kept under 'obsolete'") \
X(FROM_REPLACED_TWICE, "'%s' is vervangen door '%s' in catalogus %s; het antwoord op '%s' staat eerder in het bestand en gaat voor; dit antwoord is bewaard onder 'obsolete'", \
		"'%s' is replaced by '%s' in catalog %s; the answer to '%s' comes first in the file and is moved; this answer is kept under 'obsolete'") \
X(FROM_NEW,	"%zu nieuwe criteria om te beantwoorden: %s", "%zu new criteria to answer: %s") \
X(FROM_EXTRA,	"onbekende sleutel '%s' is bewaard zoals hij was", "unknown key '%s' is kept as it was") \
X(FROM_CATALOG,	"het bestand hoort bij catalogus '%s'; het is bijgewerkt naar catalogus '%s'", \
		"the file is for catalog '%s'; it is refreshed against catalog '%s'") \
X(OBSOLETE,	"%zu antwoorden onder 'obsolete' tellen niet mee; zet ze onder 'answers' of verwijder ze", \
		"%zu answers under 'obsolete' are not scored; move them into 'answers' or delete them") \
/* compare. */ \
X(L_COMPARISON,	"Vergelijking", "Comparison") \
X(L_OLD,	"Oud", "Old") \
X(L_NEW,	"Nieuw", "New") \
X(L_CHANGE,	"Verschil", "Change") \
X(L_FILE,	"Bestand", "File") \
X(L_PF_COMPARISON, "Vergelijking van twee portfolio's", "Comparison of two portfolios") \
X(L_PF_NSERVICES, "diensten: %zu", "services: %zu") \
X(L_PF_COUNTS,	"%zu gekoppeld, %zu nieuw, %zu verdwenen; %zu verbeterd, %zu achteruitgegaan, %zu nieuw significant", \
		"%zu paired, %zu appeared, %zu disappeared; %zu improved, %zu regressed, %zu newly significant") \
X(L_PF_PAIRED,	"In beide portfolio's", "In both portfolios") \
X(L_PF_APPEARED, "Nieuw in de portfolio", "Appeared") \
X(L_PF_DISAPPEARED, "Verdwenen uit de portfolio", "Disappeared") \
X(L_PF_NEWLY_SIG, "nieuw significant", "newly significant") \
X(L_FOLDER,	"Map", "Folder") \
X(L_PF_TREND,	"Evolutie", "Trend") \
X(L_WHAT_CHANGED, "Wijziging", "Change") \
X(CH_UNCHANGED,	"ongewijzigd", "unchanged") \
X(CH_IMPROVED,	"verbeterd", "improved") \
X(CH_REGRESSED,	"achteruitgegaan", "regressed") \
X(CH_ADDED,	"nieuw beantwoord", "newly answered") \
X(CH_REMOVED,	"niet meer beantwoord", "no longer answered") \
X(CH_APPLICABILITY, "toepasselijkheid gewijzigd", "applicability changed") \
X(H_UNCHANGED,	"Ongewijzigd", "Unchanged") \
X(H_IMPROVED,	"Verbeterd", "Improved") \
X(H_REGRESSED,	"Achteruitgegaan", "Regressed") \
X(H_ADDED,	"Nieuw beantwoord", "Newly answered") \
X(H_REMOVED,	"Niet meer beantwoord", "No longer answered") \
X(H_APPLICABILITY, "Toepasselijkheid gewijzigd (van of naar n.v.t.)", \
		"Applicability changed (to or from n/a)") \
X(L_RESOLVED,	"Opgeloste aandachtspunten", "Points of attention resolved") \
X(L_NEW_ATTENTION, "Nieuwe aandachtspunten", "New points of attention") \
X(L_NO_CHANGES,	"Geen enkel criterium veranderde.", "No criterion changed.") \
X(C_REGRESSION,	"'%s' ging achteruit van %s naar %s", "'%s' went down from %s to %s") \
X(C_PF_REGRESSION, "%s: '%s' ging achteruit van %s naar %s", "%s: '%s' went down from %s to %s") \
X(C_PF_MIXED,	"'%s' is een map en '%s' niet; vergelijk twee bestanden of twee mappen", \
		"'%s' is a folder and '%s' is not; compare two files or two folders") \
X(C_TWO_FILES,	"geef twee antwoordenbestanden: het oude en het nieuwe", \
		"give two answers files: the old one and the new one") \
/* schema. */ \
X(S_TITLE,	"Antwoordenbestand van aftoets: %s (%s %s)", "aftoets answers file: %s (%s %s)") \
X(T_HOWTO_SHORT, "Vul het blok 'service' in en beantwoord elk criterium met een niveau.", \
		"Fill in the 'service' block and answer every criterion with a level.") \
X(S_AFTOETS,	"Versie van het bestandsformaat; 1 als ze er staat.", \
		"Version of the file format; 1 when given.") \
X(S_CATALOG,	"Id van de catalogus waarvoor de antwoorden gelden; moet overeenkomen met de geladen catalogus (%s).", \
		"Id of the catalog the answers are for; must match the catalog loaded (%s).") \
X(S_ANSWERS,	"Een antwoord per criterium: een niveau, of een mapping met level, motivation en actions. Een ontbrekend of leeg antwoord telt als niet beantwoord.", \
		"One answer per criterion: a level, or a mapping with level, motivation and actions. A missing or empty answer counts as unanswered.") \
X(S_LEVEL,	"Een niveau van de schaal (%s), de punten als getal, of leeg voor niet beantwoord.", \
		"A level of the scale (%s), the points as a number, or empty for unanswered.") \
X(S_MOTIVATION,	"Waarom dit niveau, met het bewijs.", "Why this level, with the evidence.") \
X(S_ACTIONS,	"Wat het team nog doet, en wanneer.", "What the team will still do, and when.") \
X(S_OBSOLETE,	"Antwoorden op criteria die niet in de catalogus staan, bewaard door 'aftoets init --from'; ze tellen niet mee.", \
		"Answers to criteria the catalog does not have, kept by 'aftoets init --from'; they are not scored.") \
/* criteria. */ \
X(L_POINT,	"punt", "point") \
X(L_ANSWER_AS,	"Antwoord", "Answer") \
X(L_ANSWER_HINT, "met een niveau of een woord van de schaal hierboven, of de punten als getal; %s als het criterium niet van toepassing is, met een motivatie", \
		"with a level or a word of the scale above, or the points as a number; %s when the criterion does not apply, with a motivation") \
X(L_POINTS_H,	"Punten", "Points") \
X(L_ALIASES_H,	"Ook", "Also") \
/* The tools' command line. */ \
X(C_EXISTS,	"%s bestaat al; gebruik --force om het te vervangen", "%s already exists; use --force to replace it") \
X(C_SHEETS_NEEDS_XLSX, "--sheets heeft alleen zin met -f xlsx", "--sheets only makes sense with -f xlsx") \
X(C_FORCE_NEEDS_O, "--force heeft alleen zin met -o FILE", "--force only makes sense with -o FILE") \
X(C_OUT_INPUT,	"-o %s zou invoer %s vervangen; schrijf de uitvoer naar een ander bestand", \
		"-o %s would replace the input %s; write the output to another file") \
X(C_OUT_CATALOG, "-o %s zou de catalogus %s vervangen; schrijf de uitvoer naar een ander bestand", \
		"-o %s would replace the catalog %s; write the output to another file") \
X(C_OUT_ANSWERS, "-o %s zou een antwoordenbestand vervangen; schrijf de uitvoer naar een ander bestand, of gebruik --force", \
		"-o %s would replace an answers file; write the output to another file, or use --force") \
X(C_OUT_REFRESH, "-o %s zou %s vervangen, het bestand dat --from leest; gebruik --force om het ter plaatse bij te werken", \
		"-o %s would replace %s, the file --from reads; use --force to refresh it in place") \
X(C_SITE_FOREIGN, "-o %s: de map bevat '%s', dat aftoets niet schreef; kies een lege of nieuwe map", \
		"-o %s: the folder holds '%s', which aftoets did not write; choose an empty or new folder") \
X(C_SITE_NOT_DIR, "-o %s: dat is geen map; laat de / weg om een bestand te schrijven", \
		"-o %s: that is not a folder; leave out the / to write a file") \
X(C_SITE_FORMAT, "-o %s is een map; alleen -f html schrijft een map (een site)", \
		"-o %s is a folder; only -f html writes a folder (a site)") \
X(C_SITE_LEFTOVER, "de vorige site kon niet helemaal weg; er staat nog een verborgen map naast %s", \
		"the previous site could not be removed whole; a hidden folder is left beside %s") \

/* The page of aftoets form: its labels, sent to the page in its data. */
#define AFT_MESSAGES_FORM \
X(W_TITLE,	"Zelfevaluatie digitale dienstverlening", "Digital service self-evaluation") \
X(W_INTRO,	"Vul dit formulier in en bewaar het antwoordenbestand. Alles blijft in deze browser: niets wordt verstuurd. Een concept wordt bewaard bij elke wijziging.", \
		"Fill in this form and save the answers file. Everything stays in this browser: nothing is sent. A draft is kept at every change.") \
X(W_NOSCRIPT,	"Dit formulier heeft JavaScript nodig; zet het aan of open het bestand in een andere browser.", \
		"This form needs JavaScript; turn it on or open the file in another browser.") \
X(W_SERVICE,	"De dienst", "The service") \
X(W_NAME,	"Naam van de dienst (verplicht)", "Name of the service (required)") \
X(W_ORG,	"Organisatie", "Organisation") \
X(W_CONTACT,	"Contact", "Contact") \
X(W_TYPE,	"Soort", "Kind") \
X(W_TYPE_NONE,	"(niet gekozen)", "(not chosen)") \
X(W_NIEUW,	"nieuwe dienst", "new service") \
X(W_HERWERKING,	"grondige herwerking", "thorough rework") \
X(W_BUDGET,	"Budget in euro", "Budget in euros") \
X(W_USERS,	"Doelpubliek (aantal gebruikers)", "Target audience (number of users)") \
X(W_DATE,	"Datum van de aftoetsing (JJJJ-MM-DD)", "Date of the assessment (YYYY-MM-DD)") \
X(W_ASSESSOR,	"Ingevuld door", "Filled in by") \
X(W_SIG_YES,	"Significant: de aftoetsing is verplicht.", "Significant: the assessment is mandatory.") \
X(W_SIG_NO,	"Niet significant: budget en doelpubliek liggen niet boven de drempels.", \
		"Not significant: budget and target audience are not over the thresholds.") \
X(W_SIG_UNKNOWN, "Significantie onbekend: %s ontbreekt.", "Significance unknown: %s is missing.") \
X(W_THRESHOLDS,	"Drempels: budget boven %s euro of meer dan %s gebruikers.", \
		"Thresholds: a budget over %s euros or more than %s users.") \
X(W_BAD_USERS,	"'%s' is geen geheel getal van 0 of meer", "'%s' is not a whole number of 0 or more") \
X(W_BAD_DATE,	"'%s' is geen datum JJJJ-MM-DD", "'%s' is not a date YYYY-MM-DD") \
X(W_NAME_MISSING, "De naam van de dienst ontbreekt; het bestand wordt pas aanvaard met een naam.", \
		"The name of the service is missing; the file is accepted only with a name.") \
X(W_KIND_USER,	"gebruikerscriterium", "user criterion") \
X(W_KIND_INCL,	"inclusiecriterium", "inclusion criterion") \
X(W_WEIGHT,	"gewicht %s", "weight %s") \
X(W_LEVEL,	"Niveau", "Level") \
X(W_NO_LEVEL,	"nog niet beantwoord", "not answered yet") \
X(W_GUIDANCE,	"Toelichting", "Guidance") \
X(W_PRACTICE,	"In de praktijk", "In practice") \
X(W_EVIDENCE,	"Voorbeelden van bewijs", "Examples of evidence") \
X(W_PITFALL,	"Valkuil", "Pitfall") \
X(W_MOTIVATION,	"Motivatie", "Motivation") \
X(W_ACTIONS,	"Geplande acties", "Planned actions") \
X(W_NVT_NEEDS,	"'nvt' vraagt een motivatie die zegt waarom.", "'nvt' needs a motivation that says why.") \
X(W_SCORE,	"Score", "Score") \
X(W_USER_SCORE,	"gebruikerscriteria", "user criteria") \
X(W_INCL_SCORE,	"inclusiecriteria", "inclusion criteria") \
X(W_ANSWERED,	"%s van %s beantwoord", "%s of %s answered") \
X(W_OVERALL,	"Totaalscore", "Overall score") \
X(W_NO_SCORE,	"geen score", "no score") \
X(W_RESULTS,	"Resultaat", "Results") \
X(W_NAV,	"Principes", "Principles") \
X(W_SAVE,	"Antwoordenbestand bewaren", "Save answers file") \
X(W_SAVED,	"Bewaard als %s. Geef dat bestand aan wie de aftoetsing opvolgt.", \
		"Saved as %s. Hand that file to whoever follows up the assessment.") \
X(W_CLEAR,	"Concept wissen", "Clear draft") \
X(W_CLEAR_ASK,	"Het concept in deze browser wissen en opnieuw beginnen?", "Clear the draft in this browser and start again?") \
X(W_RESTORED,	"Een concept uit deze browser is teruggezet (laatst gewijzigd %s).", \
		"A draft from this browser was restored (last changed %s).") \
X(W_CLEARED,	"Het concept is gewist.", "The draft was cleared.") \
X(W_NO_STORAGE,	"Deze browser bewaart geen concept; bewaar het antwoordenbestand voor je het venster sluit.", \
		"This browser keeps no draft; save the answers file before you close the window.") \
X(W_FROM,	"Ingevuld vanuit %s.", "Filled in from %s.") \

/* aftoets fill. */
#define AFT_MESSAGES_FILL \
X(FILL_UTF8,	"ongeldige UTF-8-byte 0x%02X in de invoer", "invalid UTF-8 byte 0x%02X in the input") \
X(FILL_CONTROL,	"stuurteken U+%04X in de invoer; typ gewone tekst", \
		"control character U+%04X in the input; type plain text") \
X(F_READONLY,	"%s is alleen-lezen; er werd niets gevraagd", "%s is read-only; nothing was asked") \
X(F_NO_DIR,	"kan niet schrijven in de map van %s: %s; er werd niets gevraagd", \
		"cannot write in the folder of %s: %s; nothing was asked") \
X(F_REFUSED,	"%s valideert niet; verbeter eerst de fouten hierboven (het bestand is niet gewijzigd)", \
		"%s does not validate; fix the errors above first (the file was not changed)") \
X(F_CREATED,	"%s aangemaakt uit het sjabloon", "created %s from the template") \
X(F_SERVICE,	"De dienst (een lege regel laat een veld open)", \
		"The service (an empty line leaves a field open)") \
X(F_ASK_NAME,	"Naam van de dienst", "Name of the service") \
X(F_ASK_ORG,	"Organisatie", "Organisation") \
X(F_ASK_TYPE,	"Soort (nieuw of grondige herwerking)", "Type (new or thorough rework)") \
X(F_ASK_BUDGET,	"Budget in euro (bijvoorbeeld 750000 of € 750.000)", \
		"Budget in euros (for example 750000 or €750,000)") \
X(F_ASK_USERS,	"Omvang van het doelpubliek (aantal gebruikers)", "Size of the target audience (number of users)") \
X(F_ASK_DATE,	"Datum van de aftoetsing (JJJJ-MM-DD)", "Date of the assessment (YYYY-MM-DD)") \
X(F_ASK_ASSESSOR, "Ingevuld door", "Assessed by") \
X(F_CURRENT,	"Huidig antwoord", "Current answer") \
X(F_NOT_YET,	"nog niet beantwoord", "not answered yet") \
X(F_ASK_LEVEL,	"Niveau", "Level") \
X(F_LEVEL_HINT,	"leeg = %s, ? = uitleg, b = terug, q = stoppen", \
		"empty = %s, ? = explain, b = back, q = stop") \
X(F_KEEP,	"houden", "keep") \
X(F_SKIP,	"overslaan", "skip") \
X(F_ASK_MOTIVATION, "Motivatie", "Motivation") \
X(F_ASK_ACTIONS, "Geplande acties", "Planned actions") \
X(F_HINT_KEEP,	"leeg = houden, - = wissen", "empty = keep, - = remove") \
X(F_HINT_NONE,	"leeg = geen", "empty = none") \
X(F_FIRST,	"dit is het eerste criterium; er is geen vorige", \
		"this is the first criterion; there is none before it") \
X(F_TOO_LONG,	"regel langer dan %zu bytes; typ het korter opnieuw", \
		"line longer than %zu bytes; type it again, shorter") \
X(F_SO_FAR,	"%s tot nu toe", "%s so far") \
X(F_NO_SCORE,	"geen score (alles n.v.t.)", "no score (all n/a)") \
X(F_NOTHING,	"geen criteria om te vragen", "no criteria to ask") \
X(F_REPORT,	"Volledig rapport", "Full report") \
X(F_STOPPED,	"gestopt; elk afgewerkt antwoord staat in %s", \
		"stopped; every completed answer is in %s") \
X(F_EOF_MID,	"de invoer eindigde midden in %s; dat antwoord is niet bewaard (drie regels per criterium: niveau, motivatie, acties)", \
		"input ended in the middle of %s; that answer was not saved (three lines per criterion: level, motivation, actions)") \
X(F_SIGNAL,	"onderbroken; elk afgewerkt antwoord staat in %s", \
		"interrupted; every completed answer is in %s") \
X(F_SAVE_FAILED, "kan %s niet bewaren: %s; het bestand is zoals na het vorige antwoord", \
		"cannot save %s: %s; the file is as after the previous answer") \
X(F_DISK_CHANGED, "%s is op schijf gewijzigd: %s", "%s changed on disk: %s") \
X(F_DISK_SERVICE, "service is op schijf gewijzigd: %s", "service changed on disk: %s") \
X(F_DISK_OTHER,	"andere delen van %s zijn op schijf gewijzigd (onbekende sleutels, verouderde antwoorden)", \
		"other parts of %s changed on disk (unknown keys, obsolete answers)") \
X(F_DISK_KEPT,	"die wijzigingen blijven; dit antwoord is erbovenop bewaard", \
		"those changes are kept; this answer is saved on top of them") \
X(F_DISK_GONE,	"%s is op schijf verwijderd; opnieuw geschreven met elk antwoord", \
		"%s was removed on disk; written again with every answer") \
X(F_DISK_INVALID, "%s is op schijf gewijzigd en valideert niet meer; er is niets bewaard (ook dit antwoord niet) en het bestand blijft zoals het nu is; verbeter de fouten hierboven en vul daarna verder in", \
		"%s changed on disk and no longer validates; nothing was saved (this answer neither) and the file is left as it is; fix the errors above, then fill in again") \
X(F_LOCKED,	"kan %s niet bewaren: een ander proces houdt %s al %u seconden vast; er is niets bewaard", \
		"cannot save %s: another process has held %s for %u seconds; nothing was saved") \
X(F_PART_LEVEL,	"niveau", "level") \
X(F_PART_MOTIVATION, "motivatie", "motivation") \
X(F_PART_ACTIONS, "acties", "actions") \
X(F_PART_OTHER,	"andere sleutels", "other keys") \
X(F_ONE_FILE,	"geef een antwoordenbestand om in te vullen", "give one answers file to fill in") \
X(F_LINE_LONG,	"regel langer dan %zu bytes, de grens voor één antwoord", \
		"line longer than %zu bytes, the limit for one answer") \
X(F_PIPED_REFUSED, "%s: %s", "%s: %s") \
X(F_STOPPED_AT,	"gestopt bij regel %lu van de invoer, die geweigerd werd; elk afgewerkt antwoord staat in %s", \
		"stopped at line %lu of the input, which was refused; every completed answer is in %s") \

#define AFT_MESSAGES \
	AFT_MESSAGES_CORE \
	AFT_MESSAGES_ROBUST \
	AFT_MESSAGES_GATES \
	AFT_MESSAGES_PORTFOLIO \
	AFT_MESSAGES_DOCUMENTS \
	AFT_MESSAGES_TOOLS \
	AFT_MESSAGES_FORM \
	AFT_MESSAGES_FILL

enum aft_msg {
#define X(id, nl, en)	AFT_M_##id,
	AFT_MESSAGES
#undef X
	AFT_NMSG
};

/* Returns message m in language lang; never NULL. */
const char	*aft_msg(enum aft_lang lang, enum aft_msg m);
/*
 * Returns a plainer wording of one of libyaml's problem or context
 * strings, or the string itself when it has none.
 */
const char	*aft_msg_yaml(enum aft_lang lang, const char *libyaml_text);

#endif
