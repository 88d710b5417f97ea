#!/bin/sh
# The CI formats render in worker threads: their output, gates included,
# is the same for every -j, in input order, with unscorable files among
# the inputs; the junit output stays well-formed.
set -eu
: "${AFTOETS:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
inputs="docs/examples tests/cli/data/portfolio docs/examples/weak.yaml"
gates="--fail-under 50 --fail-under-principle datagedreven=40 --require-complete"
for fmt in csv markdown junit; do
	for j in 1 3; do
		rc=0
		# shellcheck disable=SC2086
		$WRAP "$AFTOETS" score -r -f $fmt -j $j $gates $inputs \
		    >"$tmp/$fmt.$j" 2>"$tmp/$fmt.$j.err" || rc=$?
		[ $rc -eq 2 ] || { echo "$fmt -j $j: exit $rc, expected 2"; exit 1; }
	done
	cmp -s "$tmp/$fmt.1" "$tmp/$fmt.3" ||
	    { echo "$fmt: -j 3 output differs from -j 1"; exit 1; }
	cmp -s "$tmp/$fmt.1.err" "$tmp/$fmt.3.err" ||
	    { echo "$fmt: -j 3 messages differ from -j 1"; exit 1; }
done
# Rows in input order: the folder's files sorted, then the file again.
got=$(cut -d, -f1 "$tmp/csv.1" | tr -d '\r' | tr '\n' ' ')
want="file docs/examples/small.yaml docs/examples/strong.yaml docs/examples/weak.yaml"
want="$want tests/cli/data/portfolio/a-strong.yaml tests/cli/data/portfolio/b-weak.yml"
want="$want tests/cli/data/portfolio/sub/c-small.YAML"
want="$want tests/cli/data/portfolio/sub/deeper/d-empty.yaml docs/examples/weak.yaml "
[ "$got" = "$want" ] || { echo "csv rows: $got"; echo "expected: $want"; exit 1; }
xmllint --noout "$tmp/junit.1" || { echo "junit: not well-formed"; exit 1; }
# Every scored assessment has its three gates; every input has a suite.
[ "$(xmllint --xpath 'count(//testcase[@classname="gates"])' "$tmp/junit.1")" -eq 24 ] ||
    { echo "junit: expected 24 gate testcases"; exit 1; }
# Each input has a level-2 heading; so has the portfolio summary.
[ "$(grep '^## ' "$tmp/markdown.1" | grep -vc '^## Portfolio')" -eq "$(xmllint --xpath 'count(//testsuite)' "$tmp/junit.1")" ] ||
    { echo "markdown and junit disagree on the number of inputs"; exit 1; }
echo ok
