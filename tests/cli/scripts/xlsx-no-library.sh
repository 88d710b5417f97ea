#!/bin/sh
# libxlsxwriter is opened only when an xlsx report begins.  With a broken
# copy first on the library path, every other command still runs (the
# program does not link it), while score -f xlsx says which library it
# needs and why it could not be loaded, in Dutch or English, exits 2 and
# leaves an existing output file as it was, with nothing beside it.
set -u
: "${AFTOETS:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
run() { ${WRAP:-} "$AFTOETS" "$@"; }
# Runs the program with the broken copy first on the library path.
broken() {
	env LD_LIBRARY_PATH="$tmp/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
	    ${WRAP:-} "$AFTOETS" "$@"
}
fail() { echo "FAIL: $*"; exit 1; }

# The name the program opens is built in; a file of that name that is
# not a library makes opening it fail.
soname=$(LC_ALL=C grep -a -o 'libxlsxwriter\.so\.[0-9][0-9]*' "$AFTOETS" |
    head -n 1)
[ -n "$soname" ] || fail "no libxlsxwriter soname in $AFTOETS"
mkdir "$tmp/lib" "$tmp/out"
i=0
while [ $i -lt 64 ]; do
	echo "this is not a shared library"
	i=$((i + 1))
done >"$tmp/lib/$soname"
printf 'previous workbook\n' >"$tmp/out/report.xlsx"

# Other commands and formats do not touch the library.
broken --version >"$tmp/stdout" 2>"$tmp/err" || fail "--version: exit $?"
grep -q '^aftoets ' "$tmp/stdout" || fail "--version printed nothing"
broken score -f csv docs/examples/strong.yaml >"$tmp/stdout" 2>"$tmp/err" ||
    fail "score -f csv: exit $?"
grep -q '^docs/examples/strong.yaml,' "$tmp/stdout" ||
    fail "score -f csv wrote no row"

# One input and a folder, in both languages.
for lang in nl en; do
	for input in docs/examples/strong.yaml docs/examples; do
		what="$lang $input"
		broken score --lang $lang -f xlsx -o "$tmp/out/report.xlsx" \
		    "$input" >"$tmp/stdout" 2>"$tmp/err"
		rc=$?
		[ $rc -eq 2 ] || fail "$what: exit $rc, expected 2"
		[ ! -s "$tmp/stdout" ] || fail "$what: wrote to stdout"
		case $lang in
		nl) want="aftoets: error: formaat 'xlsx' heeft de bibliotheek libxlsxwriter nodig, maar die kon niet geladen worden: $tmp/lib/$soname: " ;;
		en) want="aftoets: error: format 'xlsx' needs the libxlsxwriter library, which could not be loaded: $tmp/lib/$soname: " ;;
		esac
		[ "$(wc -l <"$tmp/err")" -eq 1 ] ||
		    fail "$what: not one line of error: $(cat "$tmp/err")"
		case $(cat "$tmp/err") in
		"$want"*) ;;
		*) fail "$what: message: $(cat "$tmp/err")" ;;
		esac
		[ "$(cat "$tmp/out/report.xlsx")" = "previous workbook" ] ||
		    fail "$what: report.xlsx was changed"
		left=$(ls -A "$tmp/out")
		[ "$left" = report.xlsx ] || fail "$what: left behind: $left"
	done
done

# Without the broken copy the same command writes the workbook.
run score -f xlsx -o "$tmp/out/report.xlsx" docs/examples/strong.yaml ||
    fail "score -f xlsx with the library: exit $?"
[ "$(head -c 2 "$tmp/out/report.xlsx")" = PK ] ||
    fail "report.xlsx is not a workbook"
exit 0
