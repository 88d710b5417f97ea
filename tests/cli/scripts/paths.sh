#!/bin/sh
# Paths given on the command line that are not answers files: each gets
# a clear message and exit code 2, never a hang, and never stops the
# other inputs from being checked.
set -u
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
fail=0
guard=5
[ -n "${WRAP:-}" ] && guard=60
good=docs/examples/small.yaml

# expect RC STDERR-PATTERN ARGS...: runs aftoets with a hang guard.
expect() {
	want_rc=$1 pat=$2
	shift 2
	timeout -k 1 $guard $WRAP "$AFTOETS" "$@" </dev/null \
	    >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne "$want_rc" ]; then
		echo "FAIL aftoets $*: exit code $rc, expected $want_rc"
		cat "$tmp/err"
		fail=1
	elif ! grep -q -e "$pat" "$tmp/err"; then
		echo "FAIL aftoets $*: no '$pat' on stderr:"
		cat "$tmp/err"
		fail=1
	fi
}

expect 2 "^$tmp/nope.yaml: error: bestand of map bestaat niet$" \
    validate "$tmp/nope.yaml"
expect 2 "^$tmp/nope.yaml: error: no such file or folder$" \
    validate --lang en "$tmp/nope.yaml"
# A path through a file, and an empty path.
expect 2 "^$good/x.yaml: error: bestand of map bestaat niet$" \
    validate "$good/x.yaml"
expect 2 "^'': error: bestand of map bestaat niet$" validate ""

# A folder where a file is wanted (score and validate walk folders).
mkdir "$tmp/map"
expect 2 "^$tmp/map: error: is een map, geen bestand$" \
    criteria --criteria "$tmp/map"
# compare takes two files or two folders, never one of each.
expect 2 "^aftoets: error: '$tmp/map' is a folder and '$good' is not; compare two files or two folders$" \
    compare --lang en "$tmp/map" $good
expect 2 "^aftoets: error: '$tmp/map' is een map en '$good' niet; vergelijk twee bestanden of twee mappen$" \
    compare $good "$tmp/map"

# A FIFO nobody writes to: refused at once, not waited on.
mkfifo "$tmp/fifo"
expect 2 "^$tmp/fifo: error: is a named pipe (FIFO), not a regular file" \
    validate --lang en "$tmp/fifo"
expect 2 "^$tmp/fifo: error: is een named pipe (FIFO)" score -f json \
    "$tmp/fifo"
expect 2 "^$tmp/fifo: error: is een named pipe (FIFO)" criteria \
    --criteria "$tmp/fifo"

# Devices.
for dev in /dev/null /dev/zero /dev/urandom; do
	[ -c $dev ] || continue
	expect 2 "^$dev: error: is een apparaat, geen gewoon bestand$" \
	    validate $dev
done
expect 2 "^/dev/zero: error: is a device, not a regular file$" \
    score --lang en /dev/zero

# Symbolic link loops, and a link to nothing.
ln -s "$tmp/b" "$tmp/a"
ln -s "$tmp/a" "$tmp/b"
ln -s "$tmp/self" "$tmp/self"
ln -s "$tmp/nowhere" "$tmp/dangling"
expect 2 "^$tmp/a: error: te veel symbolische koppelingen (een lus?)$" \
    validate "$tmp/a"
expect 2 "^$tmp/self: error: too many symbolic links (a loop?)$" \
    validate --lang en "$tmp/self"
expect 2 "^$tmp/dangling: error: bestand of map bestaat niet$" \
    validate "$tmp/dangling"

# A socket, when there is a way to make one.
if command -v python3 >/dev/null 2>&1 &&
    python3 -c "import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" \
    "$tmp/sock" 2>/dev/null; then
	expect 2 "^$tmp/sock: error: is a socket, not a regular file$" \
	    validate --lang en "$tmp/sock"
fi

# Standard input under the same limits: an endless stream ends at once.
timeout -k 1 $guard $WRAP "$AFTOETS" validate - </dev/zero >/dev/null \
    2>"$tmp/err"
rc=$?
if [ $rc -ne 2 ] || ! grep -q "^<stdin>: error: bestand is groter dan 4194304 bytes; verhoog de grens met --max-size$" "$tmp/err"; then
	echo "FAIL validate - </dev/zero: exit code $rc"
	cat "$tmp/err"
	fail=1
fi
timeout -k 1 $guard $WRAP "$AFTOETS" validate --lang en --max-size 100 - \
    <$good >/dev/null 2>"$tmp/err"
rc=$?
if [ $rc -ne 2 ] || ! grep -q "^<stdin>: error: file is larger than 100 bytes; raise the limit with --max-size$" "$tmp/err"; then
	echo "FAIL validate --max-size 100 -: exit code $rc"
	cat "$tmp/err"
	fail=1
fi

# Permission denied.  root reads anything, so as root the check runs as
# nobody when setpriv can do that and nobody can reach the program.
cp $good "$tmp/locked.yaml"
chmod 000 "$tmp/locked.yaml"
chmod 755 "$tmp"
as=""
if [ "$(id -u)" -eq 0 ]; then
	if command -v setpriv >/dev/null 2>&1 &&
	    setpriv --reuid=65534 --regid=65534 --clear-groups \
	    "$AFTOETS" --version >/dev/null 2>&1; then
		as="setpriv --reuid=65534 --regid=65534 --clear-groups"
	else
		echo "note: permission check skipped (root, and nobody cannot run $AFTOETS)"
		as=skip
	fi
fi
if [ "$as" != skip ]; then
	timeout -k 1 $guard $as "$AFTOETS" validate "$tmp/locked.yaml" $good \
	    >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ $rc -ne 2 ] || ! grep -q "^$tmp/locked.yaml: error: geen toegang (rechten)$" "$tmp/err" ||
	    ! grep -q "^$good: geldig$" "$tmp/out"; then
		echo "FAIL permission denied: exit code $rc"
		cat "$tmp/err" "$tmp/out"
		fail=1
	fi
fi

# One bad path never stops the others.
expect 2 "^$tmp/fifo: error:" validate "$tmp/fifo" /dev/zero "$tmp/a" $good
if ! grep -q "^$good: geldig$" "$tmp/out"; then
	echo "FAIL the good file after bad paths was not validated"
	fail=1
fi
exit $fail
