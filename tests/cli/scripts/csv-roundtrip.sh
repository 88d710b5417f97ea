#!/bin/sh
# Reads the csv output back with a real CSV parser (Python's csv module)
# and checks that it says what the json output says: the same files,
# names, numbers and gate verdicts, CRLF after every record, and text
# with commas, quotes and line ends intact.
set -eu
: "${AFTOETS:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

files="docs/examples/strong.yaml docs/examples/weak.yaml docs/examples/small.yaml
       tests/cli/data/tricky.yaml tests/cli/data/all-nvt.yaml"
gates="--fail-under 60 --fail-under-principle datagedreven=50 --require-complete"
# Gates fail for some files: exit code 1 is expected for both.
rc=0
# shellcheck disable=SC2086
$WRAP "$AFTOETS" score -q -f csv $gates $files >"$tmp/out.csv" || rc=$?
[ "$rc" -eq 1 ] || { echo "csv: exit code $rc, expected 1"; exit 1; }
rc=0
# shellcheck disable=SC2086
$WRAP "$AFTOETS" score -q -f json $gates $files >"$tmp/out.json" || rc=$?
[ "$rc" -eq 1 ] || { echo "json: exit code $rc, expected 1"; exit 1; }

python3 - "$tmp/out.csv" "$tmp/out.json" <<'EOF'
import csv, io, json, sys

raw = open(sys.argv[1], "rb").read()
doc = json.load(open(sys.argv[2], encoding="utf-8"))
fail = []

def check(what, got, want):
    if got != want:
        fail.append("%s: csv has %r, json has %r" % (what, got, want))

# RFC 4180: every record ends in CRLF; a bare LF only inside quotes.
check("ends in CRLF", raw.endswith(b"\r\n"), True)
check("no byte order mark", raw.startswith(b"\xef\xbb\xbf"), False)
text = raw.decode("utf-8")
rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
header, rows = rows[0], rows[1:]
assessments = doc["assessments"]
check("rows", len(rows), len(assessments))
check("CRLF records", raw.count(b"\r\n"), len(rows) + 1)
principles = [p["id"] for p in assessments[0]["principles"]]
want = ["file", "service_name", "organisation", "significant",
        "budget_eur", "users", "overall_score", "overall_band"]
for p in principles:
    want += [p + "_score", p + "_user", p + "_inclusion"]
want += ["answered", "total", "gates_failed"]
check("header", header, want)

def num(cell):
    return None if cell == "" else float(cell)

def jnum(v):
    return None if v is None else float(v)

for row, a in zip(rows, assessments):
    c = dict(zip(header, row))
    f = a["file"]
    check(f + " columns", len(row), len(header))
    check(f + " file", c["file"], a["file"])
    check(f + " service_name", c["service_name"], a["service"]["name"])
    check(f + " organisation", c["organisation"],
          a["service"]["organisation"] or "")
    sig = a["significance"]["significant"]
    check(f + " significant", c["significant"],
          "" if sig is None else ("true" if sig else "false"))
    check(f + " budget_eur", num(c["budget_eur"]),
          jnum(a["service"]["budget_eur"]))
    check(f + " users", num(c["users"]), jnum(a["service"]["users"]))
    check(f + " overall_score", num(c["overall_score"]),
          jnum(a["overall"]["score"]))
    check(f + " overall_band", c["overall_band"], a["overall"]["band"] or "")
    for p in a["principles"]:
        for col, key in (("score", "score"), ("user", "user_score"),
                         ("inclusion", "inclusion_score")):
            check("%s %s_%s" % (f, p["id"], col),
                  num(c[p["id"] + "_" + col]), jnum(p[key]))
    check(f + " answered", int(c["answered"]), a["completeness"]["answered"])
    check(f + " total", int(c["total"]), a["completeness"]["total"])
    # The failed gates, in order, each with its shortfall.
    failed = []
    for g in a["gates"]:
        if g["passed"]:
            continue
        spec = g["gate"]
        if g["principle"] is not None:
            spec += "=" + g["principle"]
        if g["gate"] != "require-complete":
            t = g["threshold"]
            spec += "=" + ("%d" % t if t == int(t) else "%.1f" % t)
        if g["missed_by"] is None:
            failed.append(spec + " (no score)")
        elif g["gate"] == "require-complete":
            failed.append("%s (-%d)" % (spec, g["missed_by"]))
        else:
            failed.append("%s (-%.1f)" % (spec, g["missed_by"]))
    check(f + " gates_failed", c["gates_failed"], "; ".join(failed))

# The tricky file really exercises the quoting.
tricky = [r for r in rows if r[0] == "tests/cli/data/tricky.yaml"][0]
check("quotes and comma kept", '"A|B", <test>' in tricky[1], True)
check("line end kept", "\n" in tricky[2], True)
check("quoted on disk", b'"Loket ""A|B"", <test> & *co*"' in raw, True)

if fail:
    print("\n".join(fail))
    sys.exit(1)
print("csv: %d rows agree with json" % len(rows))
EOF

# Without gates there is no gates_failed column.
$WRAP "$AFTOETS" score -f csv docs/examples/small.yaml >"$tmp/plain.csv"
[ "$(head -n 1 "$tmp/plain.csv" | tail -c 17)" = "$(printf ',answered,total\r')" ] || {
	echo "header without gates does not end in answered,total"
	exit 1
}
