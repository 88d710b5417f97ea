#!/bin/sh
# -o FILE is whole or nothing: a run that fails (a format or gate option
# error, no input scored, a target folder that does not exist, a target
# that is a folder, a write that fails half-way) leaves the previous file
# exactly as it was and no temporary file behind; a run that succeeds,
# or only fails a gate, replaces it with the complete report.
set -eu
: "${AFTOETS:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
out=$tmp/out
mkdir "$out"
fail=0

old() {
	printf 'previous report\n' >"$out/report.json"
}

# The folder holds exactly the given names, and report.json is intact.
expect_intact() {	# what names...
	what=$1
	shift
	got=$(cd "$out" && ls -A | tr '\n' ' ')
	if [ "$got" != "$* " ]; then
		echo "$what: the folder holds '$got', expected '$* '"
		fail=1
	fi
	if [ "$(cat "$out/report.json")" != "previous report" ]; then
		echo "$what: the previous report.json was changed"
		fail=1
	fi
}

expect_rc() {		# what got want
	if [ "$2" -ne "$3" ]; then
		echo "$1: exit code $2, expected $3"
		fail=1
	fi
}

run() {			# args...: runs aftoets, sets rc
	rc=0
	$WRAP "$AFTOETS" "$@" >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
}

old
run score -f nope -o "$out/report.json" docs/examples/strong.yaml
expect_rc "bad format" "$rc" 2
expect_intact "bad format" report.json

run score --fail-under 101 -o "$out/report.json" docs/examples/strong.yaml
expect_rc "bad gate" "$rc" 2
expect_intact "bad gate" report.json

run score --fail-under-principle nope=5 -o "$out/report.json" \
    docs/examples/strong.yaml
expect_rc "unknown principle" "$rc" 2
expect_intact "unknown principle" report.json

run score -f junit -o "$out/report.json" tests/cli/data/bad-answers.yaml
expect_rc "nothing scored" "$rc" 2
expect_intact "nothing scored" report.json

run score -f json -o "$out/report.json" tests/cli/data/no-such-file.yaml
expect_rc "missing input" "$rc" 2
expect_intact "missing input" report.json

run score -o "$out/missing/report.json" docs/examples/strong.yaml
expect_rc "missing folder" "$rc" 2
expect_intact "missing folder" report.json
grep -q "missing/report.json: " "$tmp/stderr" || {
	echo "missing folder: the error does not name the file"
	cat "$tmp/stderr"
	fail=1
}

mkdir "$out/adir"
run score -f csv -o "$out/adir" docs/examples/strong.yaml
expect_rc "target is a folder" "$rc" 2
expect_intact "target is a folder" adir report.json
rmdir "$out/adir"

# A write that fails half-way: a file size limit of 1 KiB, with SIGXFSZ
# ignored so that write() fails with EFBIG instead of killing us.
rc=0
(
	trap '' XFSZ
	ulimit -f 2
	exec "$AFTOETS" score -f json -o "$out/report.json" \
	    docs/examples/strong.yaml docs/examples/weak.yaml
) >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
expect_rc "file too large" "$rc" 2
expect_intact "file too large" report.json

# Success replaces the file with the whole report.
run score -f json -o "$out/report.json" docs/examples/strong.yaml
expect_rc "success" "$rc" 0
expect_rc "success writes nothing to stdout" "$(wc -c <"$tmp/stdout")" 0
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["overall"]["score"] == 87.8, d["overall"]' \
    "$out/report.json" || { echo "success: report.json is not the report"; fail=1; }
[ "$(cd "$out" && ls -A)" = report.json ] || { echo "success: stray files"; fail=1; }

# Nothing to score is not a failure: an empty folder gives a header row.
old
mkdir "$tmp/empty"
run score -f csv -o "$out/report.json" "$tmp/empty"
expect_rc "empty folder" "$rc" 0
head -c 5 "$out/report.json" | grep -q '^file,' || {
	echo "empty folder: the report was not replaced"
	fail=1
}

# A failed gate is a verdict, not a failure to report: the file is written.
old
run score -f junit --fail-under 90 -o "$out/report.json" \
    docs/examples/strong.yaml
expect_rc "failed gate" "$rc" 1
grep -q 'name="fail-under=90"' "$out/report.json" || {
	echo "failed gate: the report was not written"
	fail=1
}

# One bad input among good ones: the others are still reported.
old
run score -f csv -o "$out/report.json" docs/examples/strong.yaml \
    tests/cli/data/bad-answers.yaml
expect_rc "one bad input" "$rc" 2
grep -q '^docs/examples/strong.yaml,' "$out/report.json" || {
	echo "one bad input: the good one was not reported"
	fail=1
}
[ "$(cd "$out" && ls -A)" = report.json ] || { echo "one bad input: stray files"; fail=1; }
exit $fail
