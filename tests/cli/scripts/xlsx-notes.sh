#!/bin/sh
# A workbook notes the answers under replaced ids in the overview of the
# assessment's sheet, one row each, as the json gives them, alone and in
# a portfolio; an assessment without them gets no notes.
set -eu
: "${AFTOETS:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
F=tests/fixtures/catalog-2022.1

# Every note a workbook holds, one a line: the text of its cells that
# start with "regel N: " or "line N: ", sheet by sheet.
notes() {
	python3 - "$1" <<'PY'
import re, sys, zipfile
import xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
def texts(name):
    return [t.text or "" for t in ET.fromstring(z.read(name)).iter()
            if t.tag.endswith("}t")]
shared = texts("xl/sharedStrings.xml") if "xl/sharedStrings.xml" in z.namelist() else []
sheets = sorted((n for n in z.namelist() if re.match(r"xl/worksheets/sheet\d+\.xml$", n)),
                key=lambda n: int(re.findall(r"\d+", n)[-1]))
for n in sheets:
    root = ET.fromstring(z.read(n))
    for c in root.iter():
        if not c.tag.endswith("}c"):
            continue
        v = [e for e in c if e.tag.endswith("}v")]
        if c.get("t") == "s" and v:
            s = shared[int(v[0].text)]
        else:
            s = "".join(t.text or "" for t in c.iter() if t.tag.endswith("}t"))
        if re.match(r"(regel|line) \d+: ", s):
            print(s)
PY
}

# What the json says, one a line, in input order.
want() {	# lang files...
	lang=$1
	shift
	"$AFTOETS" score -q -f jsonl --lang "$lang" "$@" | python3 -c '
import json, sys
word = "regel" if sys.argv[1] == "nl" else "line"
for l in sys.stdin:
    for v in json.loads(l).get("replaced", []):
        print("%s %d: %s" % (word, v["line"], v["note"]))' "$lang"
}

check() {	# name lang files...
	name=$1 lang=$2
	shift 2
	${WRAP:-} "$AFTOETS" score -q -f xlsx --lang "$lang" -o "$tmp/$name.xlsx" "$@"
	notes "$tmp/$name.xlsx" >"$tmp/$name.got"
	want "$lang" "$@" >"$tmp/$name.want"
	if ! cmp -s "$tmp/$name.got" "$tmp/$name.want"; then
		echo "FAIL: $name: the workbook's notes differ from the json's"
		diff "$tmp/$name.want" "$tmp/$name.got" || true
		fail=1
	fi
	[ -s "$tmp/$name.want" ] || { echo "FAIL: $name: no notes"; fail=1; }
}

check one nl $F/weak.yaml
check batch en $F/small.yaml docs/examples/small.yaml $F/strong.yaml

# Without replaced ids, no notes.
${WRAP:-} "$AFTOETS" score -q -f xlsx -o "$tmp/none.xlsx" docs/examples/weak.yaml
if [ -n "$(notes "$tmp/none.xlsx")" ]; then
	echo "FAIL: notes in a workbook without replaced ids"
	fail=1
fi
exit $fail
