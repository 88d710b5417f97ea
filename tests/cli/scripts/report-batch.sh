#!/bin/sh
# The html and xlsx formats over a batch of 50 answers files given as
# arguments: every assessment gets its section (html) or sheet (xlsx),
# ids stay unique, and repeated or awkward service names still give
# valid, distinct sheets.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
run() { ${WRAP:-} "$AFTOETS" "$@"; }
fail() { echo "FAIL: $*"; exit 1; }

levels="niet beperkt gedeeltelijk grotendeels volledig nvt"
ids=$("$AFTOETS" criteria | awk '$1 ~ /^[A-Z][A-Z]-[GI][0-9]+$/ { print $1 }')
[ "$(echo "$ids" | wc -l)" -ge 30 ] || fail "no criterion ids from 'criteria'"
i=1
while [ $i -le 50 ]; do
	f=$tmp/answers-$i.yaml
	{
		echo "service:"
		case $((i % 3)) in
		0) echo "  name: \"Loket [$i]: aanvraag/wijziging * ? met een lange naam\"" ;;
		1) echo "  name: Omgevingsloket" ;;
		2) echo "  name: \"Dienst <$i> & 'co'\"" ;;
		esac
		echo "  budget_eur: $((i * 20000))"
		echo "answers:"
		k=$i
		for id in $ids; do
			set -- $levels
			shift $((k % 6))
			echo "  $id: $1"
			k=$((k + 7))
		done
	} >"$f"
	i=$((i + 1))
done

run score -q -f html -o "$tmp/batch.html" "$tmp"/answers-*.yaml ||
    fail "html over 50 files"
n=$(grep -c '<section class="service"' "$tmp/batch.html")
[ "$n" -eq 50 ] || fail "$n service sections, expected 50"
# Light: no radar per service, a chart of the spread per principle, the
# guidance once in the appendix, and under 15 KB a service.
n=$(grep -c 'class="radar-axis"' "$tmp/batch.html")
[ "$n" -eq 0 ] || fail "$n radar axes, expected none"
n=$(grep -c '<figure class="dist">' "$tmp/batch.html")
[ "$n" -eq 5 ] || fail "$n charts of the spread, expected 5"
n=$(grep -c '<details class="guidance">' "$tmp/batch.html")
[ "$n" -eq 0 ] || fail "$n guidance blocks inside services, expected none"
n=$(grep -c '<h3 id="g-' "$tmp/batch.html")
[ "$n" -ge 1 ] || fail "no guidance in the appendix"
size=$(wc -c <"$tmp/batch.html")
[ "$size" -lt $((50 * 15 * 1024)) ] || fail "$size bytes for 50 services"
grep -q 'class="note"' "$tmp/batch.html" && fail "a note on size for 50 services"
dup=$(grep -o ' id="[^"]*"' "$tmp/batch.html" | sort | uniq -d)
[ -z "$dup" ] || fail "duplicate ids: $dup"
tail -n 1 "$tmp/batch.html" | grep -q '^</html>$' || fail "html cut short"

run score -q -f xlsx -o "$tmp/batch.xlsx" "$tmp"/answers-*.yaml ||
    fail "xlsx over 50 files"
n=$(LC_ALL=C grep -a -o 'xl/worksheets/sheet[0-9]*\.xml' "$tmp/batch.xlsx" |
    sort -u | wc -l)
[ "$n" -eq 51 ] || fail "$n sheets, expected 51"
n=$(LC_ALL=C grep -a -o 'xl/charts/chart[0-9]*\.xml' "$tmp/batch.xlsx" |
    sort -u | wc -l)
[ "$n" -eq 50 ] || fail "$n charts, expected 50"
exit 0
