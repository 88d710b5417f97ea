#!/bin/sh
# The html and xlsx formats with -o: the file holds what stdout would,
# a workbook is a zip archive with its sheets and chart, an existing file
# is replaced whole, no temporary file stays behind, and a folder that
# does not exist is an error that writes nothing.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
run() { ${WRAP:-} "$AFTOETS" "$@"; }
fail() { echo "FAIL: $*"; exit 1; }

# html: -o gives the same bytes as standard output.
run score -f html docs/examples/small.yaml >"$tmp/stdout.html" ||
    fail "html to stdout"
run score -f html -o "$tmp/report.html" docs/examples/small.yaml ||
    fail "html -o"
cmp -s "$tmp/stdout.html" "$tmp/report.html" || fail "html -o differs"

# xlsx: a zip archive with two sheets and one chart.
run score -f xlsx -o "$tmp/scores.xlsx" docs/examples/strong.yaml ||
    fail "xlsx -o"
[ "$(head -c 4 "$tmp/scores.xlsx" | od -An -c | tr -d ' ')" = 'PK003004' ] ||
    fail "scores.xlsx is not a zip archive"
# Zip archives list their members' names uncompressed.
n=$(LC_ALL=C grep -a -o 'xl/worksheets/sheet[0-9]*\.xml' "$tmp/scores.xlsx" |
    sort -u | wc -l)
[ "$n" -eq 2 ] || fail "$n sheets, expected 2"
LC_ALL=C grep -a -q 'xl/charts/chart1\.xml' "$tmp/scores.xlsx" ||
    fail "no chart in scores.xlsx"

# An existing file is replaced; nothing else is left in the folder.
echo old >"$tmp/old.xlsx"
run score -f xlsx -o "$tmp/old.xlsx" docs/examples/weak.yaml ||
    fail "xlsx over an existing file"
[ "$(head -c 2 "$tmp/old.xlsx")" = PK ] || fail "old.xlsx not replaced"
left=$(ls -A "$tmp" | sort | tr '\n' ' ')
[ "$left" = "old.xlsx report.html scores.xlsx stdout.html " ] ||
    fail "left in the folder: $left"

# A single input that cannot be scored leaves the target alone.
run score -f xlsx -o "$tmp/old.xlsx" tests/cli/data/syntax.yaml \
    >/dev/null 2>&1
rc=$?
[ $rc -eq 2 ] || fail "unscorable input: exit $rc, expected 2"
[ "$(head -c 2 "$tmp/old.xlsx")" = PK ] || fail "old.xlsx was touched"

# A folder that does not exist: exit 2, a message, no file.
for f in html xlsx; do
	run score -f $f -o "$tmp/no/such/report.$f" docs/examples/small.yaml \
	    >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ $rc -eq 2 ] || fail "$f into a missing folder: exit $rc"
	[ -s "$tmp/err" ] || fail "$f into a missing folder: no message"
	[ ! -e "$tmp/no" ] || fail "$f created a folder"
done
exit 0
