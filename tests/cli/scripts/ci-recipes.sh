#!/bin/sh
# The recipes of docs/ci.md, tried as written: each command below must
# appear in docs/ci.md word for word, and is run here the way its CI tool
# runs it, in a folder holding a shipped example as aftoetsing.yaml, with
# aftoets on the PATH and $GITHUB_STEP_SUMMARY a temporary file.  The
# strong example passes the gates, the weak one misses two.
set -eu
: "${AFTOETS:?}"
command -v xmllint >/dev/null || { echo "xmllint not found (libxml2-utils)"; exit 1; }
doc=docs/ci.md
top=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/bin"
case $AFTOETS in /*) bin=$AFTOETS ;; *) bin=$top/$AFTOETS ;; esac
ln -s "$bin" "$tmp/bin/aftoets"
PATH=$tmp/bin:$PATH
export PATH

show='aftoets score aftoetsing.yaml'
junit='aftoets score -f junit -o aftoets-junit.xml --fail-under 60 --require-complete aftoetsing.yaml'
summary='aftoets score -f markdown --fail-under 60 --require-complete aftoetsing.yaml >> "$GITHUB_STEP_SUMMARY"'
publish="junit testResults: 'aftoets-junit.xml', skipMarkingBuildUnstable: true"

fail=0
in_doc() {
	grep -qF -- "$1" "$doc" || { echo "$doc no longer holds: $1"; fail=1; }
}
in_doc "    - $show"
in_doc "    - $junit"
in_doc "      junit: aftoets-junit.xml"
in_doc "        run: $show"
in_doc "        run: $summary"
in_doc "sh '$show'"
in_doc "sh '$junit'"
in_doc "$publish"

expect() {	# what got want
	if [ "$2" != "$3" ]; then
		echo "$1: got $2, expected $3"
		fail=1
	fi
}

# Counts in the JUnit report the recipe wrote: gate tests, failed gates.
junit_gates() {	# dir
	xmllint --noout "$1/aftoets-junit.xml" || { echo "$1: invalid XML"; fail=1; }
	echo "$(xmllint --xpath 'count(//testcase[@classname="gates"])' "$1/aftoets-junit.xml")" \
	    "$(xmllint --xpath 'count(//testcase[@classname="gates"]/failure)' "$1/aftoets-junit.xml")"
}

for example in strong weak; do
	case $example in
	strong)	want=0 failed=0 ;;
	weak)	want=1 failed=2 ;;
	esac

	# GitLab runs the script lines in one shell, stopping at a failure.
	d=$tmp/gitlab-$example
	mkdir "$d"
	cp "docs/examples/$example.yaml" "$d/aftoetsing.yaml"
	rc=0
	(cd "$d" && sh -e -c "$show
$junit") >"$d/log" 2>&1 || rc=$?
	expect "gitlab $example: exit code" "$rc" "$want"
	grep -q "^Aftoetsing: " "$d/log" || { echo "gitlab $example: no report in the log"; fail=1; }
	expect "gitlab $example: gates in the JUnit report" "$(junit_gates "$d")" "2 $failed"

	# GitHub runs each step with bash -eo pipefail; the summary file
	# exists, empty, before the first step.
	d=$tmp/github-$example
	mkdir "$d"
	cp "docs/examples/$example.yaml" "$d/aftoetsing.yaml"
	GITHUB_STEP_SUMMARY=$d/summary.md
	export GITHUB_STEP_SUMMARY
	: >"$GITHUB_STEP_SUMMARY"
	shell="sh -e"
	command -v bash >/dev/null && shell="bash --noprofile --norc -eo pipefail"
	rc=0
	(cd "$d" && $shell -c "$show") >"$d/log" 2>&1 || rc=$?
	expect "github $example: first step" "$rc" 0
	rc=0
	(cd "$d" && $shell -c "$summary") >"$d/log2" 2>&1 || rc=$?
	expect "github $example: second step" "$rc" "$want"
	grep -q '^## Aftoetsing: ' "$GITHUB_STEP_SUMMARY" || { echo "github $example: no summary"; fail=1; }
	grep -q '^| \*\*Totaal\*\* |' "$GITHUB_STEP_SUMMARY" || { echo "github $example: no table"; fail=1; }
	expect "github $example: failed gates in the summary" \
	    "$(grep -c '^- ❌ \*\*niet gehaald\*\*' "$GITHUB_STEP_SUMMARY" || true)" "$failed"
	expect "github $example: nothing else on stdout" "$(wc -c <"$d/log2")" 0

	# Jenkins runs each sh step with sh -xe; the build fails at the first
	# failing step, and post { always } publishes the report anyway.
	d=$tmp/jenkins-$example
	mkdir "$d"
	cp "docs/examples/$example.yaml" "$d/aftoetsing.yaml"
	rc=0
	(cd "$d" && sh -xe -c "$show") >"$d/log" 2>&1 || rc=$?
	expect "jenkins $example: first step" "$rc" 0
	rc=0
	(cd "$d" && sh -xe -c "$junit") >>"$d/log" 2>&1 || rc=$?
	expect "jenkins $example: second step" "$rc" "$want"
	expect "jenkins $example: gates in the JUnit report" "$(junit_gates "$d")" "2 $failed"
done
exit $fail
