#!/bin/sh
# Validates real json and jsonl output of aftoets against the JSON Schema
# docs/aftoets-score.schema.json with Ajv (tests/schema/validate.js).
# Run from the top of the tree: sh tests/schema/check.sh path/to/aftoets
# ('make check-schema' installs Ajv with npm ci first).
set -eu
bin=${1:?usage: check.sh path/to/aftoets}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export LC_ALL=C.UTF-8
unset AFTOETS_LANG AFTOETS_CRITERIA

gen() {		# name expected-rc args...
	name=$1 want=$2
	shift 2
	rc=0
	"$bin" score -q "$@" >"$tmp/$name" 2>/dev/null || rc=$?
	if [ "$rc" -ne "$want" ]; then
		echo "check-schema: $name: exit code $rc, expected $want"
		exit 1
	fi
}

E=docs/examples
gen strong.json 0 -f json $E/strong.yaml
gen weak.json 0 -f json $E/weak.yaml
gen small-en.json 0 -f json --lang en $E/small.yaml
gen tricky.json 0 -f json tests/cli/data/tricky.yaml
gen all-nvt.json 1 -f json --fail-under-principle datagedreven=10 \
    --fail-under 50 --require-complete tests/cli/data/all-nvt.yaml
gen gates.json 1 -f json --fail-under 60 --fail-under-principle \
    betrouwbaar=40 --require-complete $E/weak.yaml
gen multi.json 2 -f json --fail-under 60 $E/strong.yaml \
    tests/cli/data/bad-answers.yaml $E/small.yaml
F=tests/fixtures/catalog-2022.1
gen replaced.json 0 -f json $F/weak.yaml
gen replaced-own.json 0 -f json --criteria \
    tests/cli/data-robust/catalog-replaces.yaml \
    tests/cli/data-robust/v-replaces.yaml
gen replaced.jsonl 0 -f jsonl --lang en $F/small.yaml $E/small.yaml
gen portfolio.json 2 -f json -r --fail-under 50 tests/cli/data/portfolio
gen multi.jsonl 1 -f jsonl --require-complete $E/strong.yaml $E/weak.yaml \
    $E/small.yaml tests/cli/data/all-nvt.yaml
node tests/schema/validate.js docs/aftoets-score.schema.json "$tmp"/*.json \
    "$tmp"/*.jsonl
