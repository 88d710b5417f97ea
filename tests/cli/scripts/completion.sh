#!/bin/sh
# The bash completion (completions/aftoets.bash) completes commands,
# options, option values, criterion ids and answers files.  The zsh one
# is checked for syntax when zsh is there.
set -u
fail() { echo "completion.sh: $*" >&2; exit 1; }
command -v bash >/dev/null 2>&1 || fail "bash is missing"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "${run:-}"' EXIT
mkdir "$tmp/dir"
: >"$tmp/a.yaml"
: >"$tmp/b.yml"
: >"$tmp/c.txt"

# complete WORDS...: the completions for the last word, one a line.
run=$(mktemp)
cat >"$run" <<'BASH'
. completions/aftoets.bash
COMP_WORDS=("$@")
COMP_WORDS[0]=$AFTOETS
COMP_CWORD=$(( $# - 1 ))
_aftoets
printf '%s\n' "${COMPREPLY[@]}" | sort
BASH
complete() { bash "$run" "$@"; }
expect() {
	want=$1
	shift
	got=$(complete "$@" | tr '\n' ' ' | sed 's/ $//')
	[ "$got" = "$want" ] || fail "'$*' gives '$got', expected '$want'"
}

expect "schema score significance" aftoets s
expect "compare criteria" aftoets c
expect "--version" aftoets --v
expect "csv html json jsonl junit markdown text xlsx" aftoets score -f ""
expect "json markdown text" aftoets compare --format ""
expect "json text" aftoets significance -f ""
expect "en nl" aftoets init --lang ""
expect "always auto never" aftoets score --color ""
expect "--fail-on-regression" aftoets compare --fail
expect "--force --from" aftoets init --f
expect "--fail-under --fail-under-principle --force --format" aftoets score --f
expect "--fail-on-regression --force --format" aftoets compare --f
expect "--force" aftoets schema --fo
expect "fill form" aftoets f
expect "--force --from" aftoets form --f
expect "--principle" aftoets fill --p
expect "--unanswered" aftoets fill --u
expect "--guide" aftoets fill --g
expect "datagedreven digitaal-herdacht" aftoets fill --principle d
expect "$tmp/a.yaml $tmp/b.yml $tmp/dir" aftoets fill "$tmp/"
expect "--recursive --require-complete" aftoets score --re
expect "SD-G1 SD-G2 SD-G3 SD-G5 SD-I1 SD-I3 SD-I4" aftoets criteria SD-
expect "datagedreven=" aftoets score --fail-under-principle da
expect "$tmp/a.yaml $tmp/b.yml $tmp/dir" aftoets score "$tmp/"
expect "$tmp/a.yaml $tmp/b.yml $tmp/dir" aftoets init --from "$tmp/"
expect "$tmp/a.yaml $tmp/b.yml $tmp/c.txt $tmp/dir" aftoets init -o "$tmp/"
expect "" aftoets score --jobs ""

if command -v zsh >/dev/null 2>&1; then
	zsh -n completions/_aftoets || fail "zsh: syntax error in _aftoets"
fi
exit 0
