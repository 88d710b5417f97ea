#!/bin/sh
# The JSON Schema of `aftoets schema`, checked with a real validator
# (ajv, pinned in tests/schema-validate/package-lock.json): the schema
# compiles in ajv's strict mode, the shipped examples, a fresh template
# and a refreshed file validate, and files with mistakes do not.  Needs
# node and npm; without them it prints a note and passes.
set -u
fail() { echo "schema.sh: $*" >&2; exit 1; }
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	echo "schema.sh: note: node or npm is missing; the schema is not validated"
	exit 0
fi
a() { $WRAP "$AFTOETS" "$@"; }
v=tests/schema-validate
# Install the pinned validator once, and again when the lock changes.
if [ ! -f $v/node_modules/.package-lock.json ] ||
    [ $v/package-lock.json -nt $v/node_modules/.package-lock.json ]; then
	(cd $v && npm ci --no-audit --no-fund --loglevel=error) >&2 ||
	    fail "npm ci failed"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for lang in nl en; do
	a schema --lang $lang -o "$tmp/schema-$lang.json" || fail "schema $lang"
	a init --lang $lang -o "$tmp/template-$lang.yaml" || fail "init $lang"
done
a init -q --from docs/examples/small.yaml -o "$tmp/refreshed.yaml" ||
    fail "init --from"
cat >"$tmp/other-case.yaml" <<'YAML'
service:
  name: 2026
  budget_eur: "1 250 000,50 EUR"
  users: "120.000"
answers:
  sd-g1: Ja
  Gc-G2: {level: 3, motivation: 12}
  DG-G1: N/A
  BT-I1: ~
YAML
for lang in nl en; do
	node $v/validate.mjs "$tmp/schema-$lang.json" docs/examples/*.yaml \
	    "$tmp/template-nl.yaml" "$tmp/template-en.yaml" \
	    "$tmp/refreshed.yaml" "$tmp/other-case.yaml" \
	    tests/cli/data/aliases.yaml tests/cli/data/bom-crlf.yaml \
	    tests/cli/data/utf16.yaml tests/cli/data/money-dutch.yaml \
	    tests/cli/data/all-nvt.yaml || fail "valid files rejected ($lang)"
done

# Each of these has one mistake the loader reports too.
n=0
for bad in \
    'answers: {SD-G9: volledig}' \
    'answers: {SD-G1: misschien}' \
    'answers: {SD-G1: 5}' \
    'answers: {SD-G1: [volledig]}' \
    'answers: {SD-G1: {level: ja, motivatie: typo}}' \
    'colour: blue' \
    'catalog: andere-catalogus' \
    'aftoets: 2' \
    'budget: 5' \
    'service_budget: "1.25.0"' \
    'users: -5' \
    'date: "28-11-2026"' \
    'type: verbouwing' \
    'noname: 1'; do
	n=$((n + 1))
	case $bad in
	budget:*) body="service: {name: x, budget_eur: -${bad#budget: }}" ;;
	service_budget:*) body="service: {name: x, budget_eur: ${bad#service_budget: }}" ;;
	users:*) body="service: {name: x, users: ${bad#users: }}" ;;
	date:*) body="service: {name: x, assessed_on: ${bad#date: }}" ;;
	type:*) body="service: {name: x, type: ${bad#type: }}" ;;
	noname:*) body="service: {organisation: x}" ;;
	*) body="service: {name: x}
$bad" ;;
	esac
	printf '%s\n' "$body" >"$tmp/bad$n.yaml"
	# The loader finds something wrong with each of them as well.
	a validate -q --strict "$tmp/bad$n.yaml" >/dev/null 2>&1 &&
	    fail "aftoets accepts bad$n: $body"
done
node $v/validate.mjs --invalid "$tmp/schema-en.json" "$tmp"/bad*.yaml \
    tests/cli/data/bad-answers.yaml tests/cli/data/mismatch.yaml ||
    fail "files with mistakes accepted"
exit 0
