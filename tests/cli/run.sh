#!/bin/sh
# End-to-end tests: each folder under tests/cli/ is one case.
#   cmd           the arguments to aftoets, one line, shell words
#   stdin         optional standard input
#   expected.out  expected standard output
#   expected.err  expected standard error (optional: absent means empty)
#   expected.rc   expected exit code (optional: absent means 0)
# Cases run from the top of the tree.  GOLDEN=1 rewrites the expected
# files from what the program does now; review that diff like code.
# VALGRIND=1 runs every case under valgrind's memcheck as well.
set -u
bin=${1:?usage: run.sh path/to/aftoets}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0

# A known environment: no colour, Dutch, the built-in catalog.
unset AFTOETS_LANG AFTOETS_CRITERIA NO_COLOR
export LC_ALL=C.UTF-8 TERM=dumb

wrap=""
if [ "${VALGRIND:-0}" = 1 ]; then
	wrap="valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99"
fi

for dir in "$here"/*/; do
	dir=${dir%/}
	name=${dir##*/}
	[ -f "$dir/cmd" ] || continue
	args=$(cat "$dir/cmd")
	in=/dev/null
	[ -f "$dir/stdin" ] && in="$dir/stdin"
	env_file="$dir/env"
	(
		cd "$top" || exit 97
		[ -f "$env_file" ] && . "$env_file"
		eval "exec $wrap \"\$bin\" $args" <"$in" >"$tmp/out" 2>"$tmp/err"
	)
	rc=$?
	if [ "${GOLDEN:-0}" = 1 ]; then
		cp "$tmp/out" "$dir/expected.out"
		# A file that is there is rewritten, even when it says what its
		# absence would (empty, 0): a case may say so on purpose.
		if [ -s "$tmp/err" ] || [ -f "$dir/expected.err" ]; then
			cp "$tmp/err" "$dir/expected.err"
		fi
		if [ $rc -ne 0 ] || [ -f "$dir/expected.rc" ]; then
			echo $rc >"$dir/expected.rc"
		fi
		pass=$((pass + 1))
		continue
	fi
	want_rc=0
	[ -f "$dir/expected.rc" ] && want_rc=$(cat "$dir/expected.rc")
	ok=1
	if [ $rc -ne "$want_rc" ]; then
		echo "FAIL $name: exit code $rc, expected $want_rc"
		ok=0
	fi
	if ! diff -u "${dir}/expected.out" "$tmp/out" >"$tmp/diff" 2>&1; then
		echo "FAIL $name: standard output differs"
		cat "$tmp/diff"
		ok=0
	fi
	if [ -f "$dir/expected.err" ]; then
		want_err="$dir/expected.err"
	else
		: >"$tmp/empty"
		want_err="$tmp/empty"
	fi
	if [ "${VALGRIND:-0}" = 1 ] && grep -q '^==[0-9]*==' "$tmp/err"; then
		echo "FAIL $name: valgrind found errors"
		cat "$tmp/err"
		ok=0
	elif ! diff -u "$want_err" "$tmp/err" >"$tmp/diff" 2>&1; then
		echo "FAIL $name: standard error differs"
		cat "$tmp/diff"
		ok=0
	fi
	if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done

# Scripted checks that a folder of golden files cannot express.
for t in "$here"/scripts/*.sh; do
	[ -f "$t" ] || continue
	name=$(basename "$t" .sh)
	if (cd "$top" && AFTOETS="$bin" WRAP="$wrap" sh "$t") >"$tmp/sout" 2>&1; then
		pass=$((pass + 1))
	else
		echo "FAIL script $name:"
		cat "$tmp/sout"
		fail=$((fail + 1))
	fi
done

echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
