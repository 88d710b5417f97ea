#!/bin/sh
# Runs each libFuzzer harness for FUZZ_SECONDS, one after another, from a
# writable corpus under build-fuzz/ seeded from the tree and, when it is
# there, from the shared YAML test suite (only ever read).  Exits non-zero
# when a harness finds a crash, a leak or a timeout; the input is kept in
# build-fuzz/crashes/ and must become a regression test.
#   usage: run.sh BUILD-DIR SECONDS SHARED-DIR [HARNESSES]
set -u
out=${1:?usage: run.sh build-dir seconds shared-dir [harnesses]}
secs=${2:-60}
shared=${3:-../shared}
names=${4:-answers catalog money}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
suite=$shared/corpus/yaml-test-suite
fail=0

mkdir -p "$out/crashes"
seed_yaml() {	# dir
	mkdir -p "$1"
	for f in "$top"/tests/cli/data*/*.yaml "$top"/tests/cli/*/stdin \
	    "$top"/docs/examples/*.yaml "$top"/criteria/*.yaml; do
		[ -f "$f" ] && cp "$f" "$1/seed-$(echo "$f" | cksum | cut -d' ' -f1)"
	done
	if [ -d "$suite" ]; then
		for f in "$suite"/*; do
			[ -f "$f" ] && cp "$f" "$1/suite-${f##*/}"
		done
	else
		echo "note: $suite not found; seeding from the tree only"
	fi
}
seed_yaml "$out/corpus/answers"
seed_yaml "$out/corpus/catalog"
mkdir -p "$out/corpus/money"
n=0
while IFS= read -r line; do
	n=$((n + 1))
	printf '%s' "$line" >"$out/corpus/money/seed-$n"
done <"$here/money-seeds.txt"

for h in $names; do
	dict=""
	[ $h != money ] && dict="-dict=$here/yaml.dict"
	echo "== fuzz_$h for $secs s"
	"$out/fuzz_$h" "$out/corpus/$h" $dict -max_total_time="$secs" \
	    -timeout=5 -rss_limit_mb=512 -max_len=65536 \
	    -print_final_stats=1 -artifact_prefix="$out/crashes/$h-" \
	    >"$out/fuzz_$h.log" 2>&1
	rc=$?
	grep -aE '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss_mb|INFO: seed corpus)' \
	    "$out/fuzz_$h.log"
	echo "corpus: $(ls "$out/corpus/$h" | wc -l) files"
	if [ $rc -ne 0 ]; then
		echo "FAIL fuzz_$h (exit $rc); see $out/fuzz_$h.log"
		grep -aE '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' \
		    "$out/fuzz_$h.log"
		fail=1
	fi
done
exit $fail
