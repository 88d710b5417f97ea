#!/bin/sh
# A file name that is not UTF-8 must still appear in JSON output and in
# messages, with U+FFFD for each bad byte, never as a missing "file" field.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad=$(printf '%s/caf\351.yaml' "$tmp")		# Latin-1 e-acute
broken=$(printf '%s/kapot\377.yaml' "$tmp")
cp docs/examples/small.yaml "$bad"
printf 'service: [\n' >"$broken"
want=$(printf 'caf\357\277\275.yaml')		# U+FFFD in UTF-8

check() {	# name, got, want
	case $2 in
	*"$3"*) ;;
	*) echo "FAIL $1: no '$3' in:"; printf '%s\n' "$2" | head -5; fail=1 ;;
	esac
}

out=$($WRAP "$AFTOETS" score -f json "$bad" 2>"$tmp/err")
check json "$out" "\"file\": \"$tmp/$want\""
out=$($WRAP "$AFTOETS" score -f jsonl "$bad" 2>>"$tmp/err")
check jsonl "$out" "{\"file\":\"$tmp/$want\","
out=$($WRAP "$AFTOETS" score -f json "$bad" "$broken" 2>>"$tmp/err")
check multi-ok "$out" "\"file\": \"$tmp/$want\""
check multi-failed "$out" "\"file\": \"$tmp/$(printf 'kapot\357\277\275.yaml')\""
# The portfolio summary and compare name files too.
weak=$(printf '%s/zwak\377.yaml' "$tmp")
cp docs/examples/weak.yaml "$weak"
out=$($WRAP "$AFTOETS" score -f json "$weak" "$bad" 2>>"$tmp/err")
n=$(printf '%s\n' "$out" |
    grep -c -F "\"file\": \"$tmp/$(printf 'zwak\357\277\275.yaml')\"")
if [ "$n" -ne 2 ]; then
	echo "FAIL summary: the weak file is named $n times, not 2"
	fail=1
fi
out=$($WRAP "$AFTOETS" compare -f json "$weak" "$bad" 2>>"$tmp/err")
check compare "$out" "\"file\": \"$tmp/$want\""
# The messages name the file with U+FFFD for the bad byte, as the
# terminal is shown only valid UTF-8.
shown="$tmp/$(printf 'kapot\357\277\275.yaml')"
err=$($WRAP "$AFTOETS" validate "$broken" 2>&1 >/dev/null)
check stderr "$err" "$shown:2:1: error:"
printf '%s\n' "$err" >>"$tmp/err"
# Nothing but the one message about the broken file on stderr.
if grep -v -F "$shown:" "$tmp/err" | grep -q .; then
	echo "FAIL unexpected output on stderr:"
	head -n 5 "$tmp/err"
	fail=1
fi
exit $fail
