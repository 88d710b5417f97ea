#!/bin/sh
# aftoets fill and a file that changes on disk while it runs (docs/fill.md,
# "When the file changes meanwhile"): an edit made between two answers is
# kept and named; a file that no longer validates stops fill with exit 2
# and is left byte for byte as the other writer left it; two fills on one
# file lose no answer of either; a save waits for the lock another process
# holds, and a lock file is never scored as an answers file; init --from
# F -o F --force takes the same lock, and score -o FILE --force replaces
# FILE only as it was when score started.  Input goes through FIFOs, so
# that each step happens between two answers.  No step waits without a
# bound.
set -u
fail() { echo "fill-disk.sh: $*" >&2; exit 1; }
tmp=$(mktemp -d)
pids=""
trap 'for p in $pids; do kill -9 "$p" 2>/dev/null; done; rm -rf "$tmp"' EXIT

# field FILE ID KEY: level, motivation or actions of one criterion.
field() {
	"$AFTOETS" score -f json "$1" 2>/dev/null | python3 -c '
import json, sys
want, key = sys.argv[1], sys.argv[2]
for p in json.load(sys.stdin)["principles"]:
    for c in p["criteria"]:
        if c["id"] == want:
            print(c.get(key) or "-")' "$2" "$3"
}
# has FILE ID LINE: whether the answer to ID in FILE has LINE.
has() {
	awk -v id="$2" '
	    $0 == "  " id ":" || index($0, "  " id ": ") == 1 { on = 1; next }
	    on && /^    / { print; next }
	    { on = 0 }' "$1" | grep -qxF -- "$3"
}
# until_in FILE TEXT PID: waits (at most a minute) until FILE holds TEXT,
# failing early when process PID ended.
until_in() {
	tries=0
	until grep -qF -- "$2" "$1" 2>/dev/null; do
		tries=$((tries + 1))
		[ $tries -gt 600 ] && fail "'$2' never in $1"
		kill -0 "$3" 2>/dev/null || fail "'$2' not in $1 and fill ended"
		sleep 0.1
	done
}
# start NAME ARGS...: fill with input from FIFO $tmp/NAME.in on file
# descriptor that the caller opens; output in $tmp/NAME.out and .err.
start() {
	name=$1
	shift
	mkfifo "$tmp/$name.in"
	$WRAP "$AFTOETS" fill -q --lang en "$@" <"$tmp/$name.in" \
	    >"$tmp/$name.out" 2>"$tmp/$name.err" &
	pid=$!
	pids="$pids $pid"
}

cat >"$tmp/svc.yaml" <<EOF
service:
  name: X
  organisation: O
  type: nieuw
  budget_eur: 1
  users: 1
  assessed_on: 2026-01-01
  assessor: A
EOF

# 1. Another writer answers BT-I4 (a level, a motivation and a key of its
#    own) and adds a key at the top between SD-G1 and SD-G2.
f=$tmp/edit.yaml
cp "$tmp/svc.yaml" "$f"
start edit "$f"
p1=$pid
exec 3>"$tmp/edit.in"
printf 'volledig\nm1\n\n' >&3
until_in "$f" "    motivation: m1" $p1
python3 - "$f" <<'EOF' || fail "edit: no BT-I4 in the file"
import sys
path = sys.argv[1]
s = open(path, encoding="utf-8").read()
if "\n  BT-I4:\n" not in s:
    sys.exit(1)
s = s.replace("\n  BT-I4:\n", "\n  BT-I4:\n    level: beperkt\n"
    "    motivation: written by hand\n    reviewer: Jan\n", 1)
s += "x-team: blauw\n"
open(path, "w", encoding="utf-8").write(s)
EOF
printf '2\n\nact2\n' >&3
until_in "$f" "    actions: act2" $p1
exec 3>&-
wait $p1 || fail "edit: exit $?: $(cat "$tmp/edit.err")"
[ -s "$tmp/edit.err" ] && fail "edit: stderr: $(cat "$tmp/edit.err")"
"$AFTOETS" validate "$f" >/dev/null 2>&1 || fail "edit: does not validate"
[ "$(field "$f" SD-G1 level)" = volledig ] || fail "edit: SD-G1 lost"
has "$f" SD-G1 "    motivation: m1" || fail "edit: m1 lost"
[ "$(field "$f" SD-G2 level)" = gedeeltelijk ] || fail "edit: SD-G2 lost"
has "$f" SD-G2 "    actions: act2" || fail "edit: act2 lost"
[ "$(field "$f" BT-I4 level)" = beperkt ] || fail "edit: BT-I4 level lost"
has "$f" BT-I4 "    motivation: written by hand" ||
    fail "edit: BT-I4 motivation lost"
has "$f" BT-I4 "    reviewer: Jan" || fail "edit: BT-I4's own key lost"
grep -q '^x-team: blauw$' "$f" || fail "edit: the key at the top lost"
for want in "BT-I4 changed on disk: level, motivation, other keys" \
    "other parts of $f changed on disk (unknown keys, obsolete answers)" \
    "those changes are kept; this answer is saved on top of them"; do
	grep -qxF "$want" "$tmp/edit.out" ||
	    fail "edit: no '$want' in: $(cat "$tmp/edit.out")"
done
# Only the save after the edit says so.
[ "$(grep -c 'those changes are kept' "$tmp/edit.out")" = 1 ] ||
    fail "edit: changes on disk reported more than once"
ls -A "$tmp" | grep -q '\.lock$' && fail "edit: a lock file stayed"
ls -A "$tmp" | grep -q '\.tmp' && fail "edit: a temporary file stayed"

# 2. Another writer leaves a file that does not validate: exit 2, the
#    errors located, nothing saved, the file byte for byte as it was left.
f=$tmp/bad.yaml
cp "$tmp/svc.yaml" "$f"
start bad "$f"
p1=$pid
exec 3>"$tmp/bad.in"
printf 'volledig\nm1\n\n' >&3
until_in "$f" "    motivation: m1" $p1
sed 's/^    level: volledig$/    level: misschien/' "$f" >"$tmp/left.yaml"
cmp -s "$f" "$tmp/left.yaml" && fail "bad: no level to change"
cp "$tmp/left.yaml" "$f"
printf '2\n\nact2\n' >&3
wait $p1
rc=$?
exec 3>&-
[ $rc = 2 ] || fail "bad: exit $rc, expected 2"
cmp -s "$f" "$tmp/left.yaml" || fail "bad: the file was changed"
line=$(grep -n '^    level: misschien$' "$f" | cut -d: -f1)
grep -q "^$f:$line:12: error: .*'misschien'" "$tmp/bad.err" ||
    fail "bad: error not located at $line:12: $(cat "$tmp/bad.err")"
grep -qF "$f changed on disk and no longer validates; nothing was saved" \
    "$tmp/bad.err" || fail "bad: no word: $(cat "$tmp/bad.err")"
ls -A "$tmp" | grep -q '\.lock$' && fail "bad: a lock file stayed"

# 3. Two fills on one file, answering in turns: each keeps the other's
#    answers and says which criteria the other one answered.
f=$tmp/two.yaml
cp "$tmp/svc.yaml" "$f"
start one "$f"
pa=$pid
exec 3>"$tmp/one.in"
printf 'volledig\nA1\n\n' >&3			# one: SD-G1
until_in "$f" "    motivation: A1" $pa
start two --unanswered "$f"
pb=$pid
exec 4>"$tmp/two.in"
printf 'beperkt\nB2\n\n' >&4			# two: SD-G2
until_in "$f" "    motivation: B2" $pb
printf '\n\n\ngrotendeels\nA3\n\n' >&3		# one: keeps SD-G2, SD-G3
until_in "$f" "    motivation: A3" $pa
printf '\n\n\nnee\nB4\n\n' >&4			# two: keeps SD-G3, SD-G5
until_in "$f" "    motivation: B4" $pb
exec 3>&- 4>&-
wait $pa || fail "one: exit $?: $(cat "$tmp/one.err")"
wait $pb || fail "two: exit $?: $(cat "$tmp/two.err")"
for x in SD-G1:volledig:A1 SD-G2:beperkt:B2 SD-G3:grotendeels:A3 \
    SD-G5:niet:B4; do
	id=${x%%:*} rest=${x#*:}
	[ "$(field "$f" "$id" level)" = "${rest%%:*}" ] ||
	    fail "two: level of $id lost"
	has "$f" "$id" "    motivation: ${rest#*:}" ||
	    fail "two: motivation of $id lost"
done
grep -qxF "SD-G2 changed on disk: level, motivation" "$tmp/one.out" ||
    fail "one: did not name SD-G2: $(cat "$tmp/one.out")"
grep -qxF "SD-G3 changed on disk: level, motivation" "$tmp/two.out" ||
    fail "two: did not name SD-G3: $(cat "$tmp/two.out")"
ls -A "$tmp" | grep -q '\.lock$' && fail "two: a lock file stayed"

# Another process takes the lock of $tmp/dir/wait.yaml and holds it until
# $tmp/go exists (a minute at most), leaving its lock file behind, as one
# that was killed would; returns once the lock is held ($pl is its pid).
# $1 names the step in a failure.
hold_lock() {
	rm -f "$tmp/held" "$tmp/go"
	python3 - "$tmp/dir/.wait.yaml.lock" "$tmp/held" "$tmp/go" <<'EOF' &
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o666)
fcntl.flock(fd, fcntl.LOCK_EX)
open(sys.argv[2], "w").close()
for _ in range(600):
    if os.path.exists(sys.argv[3]):
        break
    time.sleep(0.1)
EOF
	pl=$!
	pids="$pids $pl"
	tries=0
	until [ -e "$tmp/held" ]; do
		tries=$((tries + 1))
		[ $tries -gt 600 ] && fail "$1: the lock was never taken"
		sleep 0.1
	done
}

# 4. A save waits while another process holds the lock, then saves; the
#    lock file is no answers file to score in a folder.
mkdir "$tmp/dir"
f=$tmp/dir/wait.yaml
cp "$tmp/svc.yaml" "$f"
start wait "$f"
pw=$pid
exec 3>"$tmp/wait.in"
printf 'volledig\nW1\n\n' >&3
until_in "$f" "    motivation: W1" $pw
hold_lock wait
n=$("$AFTOETS" score -f jsonl "$tmp/dir" 2>/dev/null | wc -l)
[ "$n" = 1 ] || fail "wait: score read $n files in the folder, not 1"
printf 'grotendeels\nW2\n\n' >&3
sleep 1
grep -q "motivation: W2" "$f" && fail "wait: saved while the lock was held"
kill -0 $pw 2>/dev/null || fail "wait: fill did not wait: $(cat "$tmp/wait.err")"
touch "$tmp/go"
wait $pl
until_in "$f" "    motivation: W2" $pw
exec 3>&-
wait $pw || fail "wait: exit $?: $(cat "$tmp/wait.err")"
has "$f" SD-G1 "    motivation: W1" || fail "wait: W1 lost"
[ -e "$tmp/dir/.wait.yaml.lock" ] && fail "wait: the lock file stayed"

# 5. init --from F -o F --force refreshes F under the same lock: it waits
#    while the lock is held, and then keeps every answer.
hold_lock init
cp "$f" "$tmp/before.yaml"
$WRAP "$AFTOETS" init --from "$f" -o "$f" --force >"$tmp/init.out" \
    2>"$tmp/init.err" &
pi=$!
pids="$pids $pi"
sleep 1
kill -0 $pi 2>/dev/null || fail "init: did not wait: $(cat "$tmp/init.err")"
touch "$tmp/go"
wait $pl
wait $pi || fail "init: exit $?: $(cat "$tmp/init.err")"
has "$f" SD-G1 "    motivation: W1" || fail "init: W1 lost"
has "$f" SD-G2 "    motivation: W2" || fail "init: W2 lost"
[ -e "$tmp/dir/.wait.yaml.lock" ] && fail "init: the lock file stayed"

# 6. score -o FILE --force replaces FILE only as it was when score started:
#    changed while score read its input, it is left as it was changed.
echo old >"$tmp/report.json"
mkfifo "$tmp/score.in"
$WRAP "$AFTOETS" score --lang en -f json -o "$tmp/report.json" --force - \
    <"$tmp/score.in" >/dev/null 2>"$tmp/score.err" &
ps=$!
pids="$pids $ps"
exec 3>"$tmp/score.in"
# Once score waits for its input, it has looked at the output file.
tries=0
until grep -q pipe_read "/proc/$ps/wchan" 2>/dev/null; do
	tries=$((tries + 1))
	if [ $tries -gt 600 ] || ! [ -r "/proc/$ps/wchan" ]; then
		sleep 1	# no way to tell: give it a second
		break
	fi
	sleep 0.1
done
echo "written meanwhile" >"$tmp/report.json"
cat "$f" >&3
exec 3>&-
wait $ps
rc=$?
[ $rc = 2 ] || fail "score: exit $rc, expected 2"
[ "$(cat "$tmp/report.json")" = "written meanwhile" ] ||
    fail "score: replaced a file changed meanwhile"
grep -qF "$tmp/report.json changed while aftoets ran; nothing was written" \
    "$tmp/score.err" || fail "score: no word: $(cat "$tmp/score.err")"
# Unchanged, it is replaced as before.
$WRAP "$AFTOETS" score -f json -o "$tmp/report.json" --force "$f" \
    2>/dev/null ||
    fail "score: --force failed"
grep -q '"file"' "$tmp/report.json" || fail "score: not replaced"
exit 0
