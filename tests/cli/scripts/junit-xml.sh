#!/bin/sh
# The junit output is well-formed XML (xmllint accepts it), and its
# testsuite, testcase, failure, skipped and error counts, both counted
# and as the attributes say, match what the json output says about the
# same inputs: a suite per assessment (and per input not scored), a
# testcase per criterion and per gate, a failure per point of attention
# and per failed gate, skipped for nvt, and a line of <system-out> per
# answer under a replaced id.
set -eu
: "${AFTOETS:?}"
command -v xmllint >/dev/null || { echo "xmllint not found (libxml2-utils)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

fail=0
check() {	# what got want
	if [ "$2" != "$3" ]; then
		echo "$1: junit has $2, json says $3"
		fail=1
	fi
}

xp() {		# file xpath
	xmllint --xpath "$2" "$1"
}

run() {		# name want-rc args...
	name=$1 want=$2
	shift 2
	rc=0
	$WRAP "$AFTOETS" score -q -f junit "$@" >"$tmp/$name.xml" \
	    2>"$tmp/$name.err" || rc=$?
	check "$name exit code" "$rc" "$want"
	rc=0
	$WRAP "$AFTOETS" score -q -f json "$@" >"$tmp/$name.json" \
	    2>"$tmp/$name.err" || rc=$?
	check "$name json exit code" "$rc" "$want"
	if ! xmllint --noout "$tmp/$name.xml"; then
		echo "$name: xmllint rejects the output"
		fail=1
		return
	fi
	# What json says, suite by suite in input order: tests failures
	# skipped errors.
	python3 - "$tmp/$name.json" "$@" >"$tmp/$name.want" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
if "assessments" in doc:
    items, failed = doc["assessments"], doc["summary"]["failed"]
else:
    items, failed = [doc], []
lines = {}
for a in items:
    crit = [c for p in a["principles"] for c in p["criteria"]]
    gates = a.get("gates", [])
    tests = len(crit) + len(gates)
    failures = sum(len(p["attention"]) for p in a["principles"]) + \
        sum(1 for g in gates if not g["passed"])
    skipped = sum(1 for c in crit if c["status"] == "nvt")
    lines[a["file"]] = "%d %d %d 0 %d" % (tests, failures, skipped,
        len(a.get("replaced", [])))
for f in failed:
    lines[f["file"]] = "1 0 0 1 0"
for arg in sys.argv[2:]:
    if arg in lines:
        print(lines.pop(arg))
if lines:
    sys.exit("inputs missing from the arguments: %s" % list(lines))
EOF
	n=$(wc -l <"$tmp/$name.want")
	check "$name testsuites" "$(xp "$tmp/$name.xml" 'count(/testsuites/testsuite)')" "$n"
	i=0
	while read -r tests failures skipped errors replaced; do
		i=$((i + 1))
		s="/testsuites/testsuite[$i]"
		check "$name suite $i tests" "$(xp "$tmp/$name.xml" "string($s/@tests)")" "$tests"
		check "$name suite $i testcases" "$(xp "$tmp/$name.xml" "count($s/testcase)")" "$tests"
		check "$name suite $i failures" "$(xp "$tmp/$name.xml" "string($s/@failures)")" "$failures"
		check "$name suite $i <failure>" "$(xp "$tmp/$name.xml" "count($s/testcase/failure)")" "$failures"
		check "$name suite $i skipped" "$(xp "$tmp/$name.xml" "string($s/@skipped)")" "$skipped"
		check "$name suite $i <skipped>" "$(xp "$tmp/$name.xml" "count($s/testcase/skipped)")" "$skipped"
		check "$name suite $i errors" "$(xp "$tmp/$name.xml" "string($s/@errors)")" "$errors"
		check "$name suite $i <error>" "$(xp "$tmp/$name.xml" "count($s/testcase/error)")" "$errors"
		got=$(xp "$tmp/$name.xml" "string($s/system-out)" | grep -c . || :)
		check "$name suite $i notes" "$got" "$replaced"
	done <"$tmp/$name.want"
}

run strong 0 docs/examples/strong.yaml
run weak 0 docs/examples/weak.yaml
run small-en 0 --lang en docs/examples/small.yaml
run tricky 0 tests/cli/data/tricky.yaml
run all-nvt 1 --fail-under-principle datagedreven=1 tests/cli/data/all-nvt.yaml
run multi 1 --fail-under 57 --require-complete docs/examples/strong.yaml \
    docs/examples/weak.yaml docs/examples/small.yaml tests/cli/data/tricky.yaml
run multi-bad 2 --fail-under 60 docs/examples/strong.yaml \
    tests/cli/data/bad-answers.yaml docs/examples/weak.yaml
run replaced 0 tests/fixtures/catalog-2022.1/small.yaml \
    docs/examples/small.yaml tests/fixtures/catalog-2022.1/weak.yaml

# Text comes back exactly as it went in, through the XML parser.
got=$(xp "$tmp/tricky.xml" 'string(/testsuites/testsuite[1]/@name)')
want=$(python3 -c 'import json,sys; d = json.load(open(sys.argv[1])); print("%s (%s)" % (d["service"]["name"], d["file"]))' "$tmp/tricky.json")
check "tricky suite name" "$got" "$want"
got=$(xp "$tmp/tricky.xml" 'string(//testcase[starts-with(@name,"SD-I1 ")]/skipped/@message)')
check "tricky nvt motivation" "$got" "Geen <loket> & geen 'post'"
# Each gate is a testcase named after its option, failed ones explained.
check "gate testcases" "$(xp "$tmp/multi.xml" 'count(//testcase[@classname="gates"])')" 8
check "failed gates" "$(xp "$tmp/multi.xml" 'count(//testcase[@classname="gates"]/failure)')" 5
got=$(xp "$tmp/multi.xml" 'string(/testsuites/testsuite[3]/testcase[@name="fail-under=57"]/failure/@message)')
check "small misses by 0.1" "$got" "Totaal 56,9, drempel 57,0: 0,1 te laag"
# The notes read as the json's, each after the file and its place.
got=$(xp "$tmp/replaced.xml" 'string(/testsuites/testsuite[3]/system-out)' | sed -n 5p)
want=$(python3 -c 'import json,sys; d = json.load(open(sys.argv[1]))["assessments"][2]["replaced"][4]; print("%s:%d:%d: %s" % ("tests/fixtures/catalog-2022.1/weak.yaml", d["line"], d["column"], d["note"]))' "$tmp/replaced.json")
check "weak's fifth note" "$got" "$want"
exit $fail
