#!/bin/sh
# aftoets fill with piped input: a whole session from a file that does not
# exist, scored like the same answers written by hand; every kind of
# invalid input at each prompt; b, ?, q, - and empty lines; --unanswered
# and --principle; sessions killed with SIGINT and SIGKILL halfway; a file
# whose motivations, unknown keys and obsolete answers must survive; and
# files refused before anything is asked.  No step waits without a bound.
set -u
a() { $WRAP "$AFTOETS" "$@"; }
fail() { echo "fill.sh: $*" >&2; exit 1; }
tmp=$(mktemp -d)
pids=""
trap 'for p in $pids; do kill -9 "$p" 2>/dev/null; done; chmod -R u+w "$tmp"; rm -rf "$tmp"' EXIT

# answered FILE: how many criteria the file answers (nvt included).
answered() {
	"$AFTOETS" score -f json "$1" 2>/dev/null | python3 -c '
import json, sys
print(json.load(sys.stdin)["completeness"]["answered"])' 2>/dev/null
}
# field FILE ID KEY: level, motivation or actions of one criterion.
field() {
	"$AFTOETS" score -f json "$1" | python3 -c '
import json, sys
want, key = sys.argv[1], sys.argv[2]
for p in json.load(sys.stdin)["principles"]:
    for c in p["criteria"]:
        if c["id"] == want:
            print(c.get(key) or "-")' "$2" "$3"
}
validates() {
	a validate "$1" >/dev/null 2>"$tmp/verr" ||
	    fail "$1 does not validate: $(cat "$tmp/verr")"
}

ids=$(a criteria -f json | python3 -c '
import json, sys
print(" ".join(c["id"] for p in json.load(sys.stdin)["principles"]
    for c in p["criteria"]))')
n=$(echo $ids | wc -w)
[ "$n" -gt 0 ] || fail "no criteria"

# 1. A whole session from a file that does not exist.
svc='Bewonerskaart Parkeren
Gemeente Heidevoorde
nieuw
€ 120.000
8000
2026-11-28
S. Claes'
words="volledig grotendeels 2 beperkt nee nvt full 3 partial 1 0 ja"
{
	echo "$svc"
	i=0
	for id in $ids; do
		set -- $words
		shift $((i % 12))
		echo "$1"
		if [ $((i % 2)) = 0 ] || [ "$1" = nvt ]; then
			echo "Motivatie $id: 'gekeken'"; else echo; fi
		if [ $((i % 3)) = 0 ]; then echo "Actie # $id"; else echo; fi
		i=$((i + 1))
	done
} >"$tmp/session.in"
a fill --lang en "$tmp/new.yaml" <"$tmp/session.in" >"$tmp/out" 2>"$tmp/err" ||
    fail "session: exit $?: $(cat "$tmp/err")"
[ -s "$tmp/err" ] && fail "session: stderr: $(cat "$tmp/err")"
validates "$tmp/new.yaml"
[ "$(answered "$tmp/new.yaml")" = "$n" ] || fail "session: not all answered"
for want in "created $tmp/new.yaml from the template" \
    "Significance: not significant: the assessment is not mandatory" \
    "Overall: " "Completeness: $n of $n criteria answered" \
    "Full report: aftoets score --lang en $tmp/new.yaml"; do
	grep -qF "$want" "$tmp/out" || fail "session: no '$want' in the output"
done
# The catalog's notice, once, before the first question.
[ "$(grep -c "the aftoets project's own reading" "$tmp/out")" = 1 ] ||
    fail "session: the catalog's notice not said once"
[ "$(grep -n "the aftoets project's own reading" "$tmp/out" | cut -d: -f1)" \
    -lt "$(grep -n 'The service' "$tmp/out" | head -n 1 | cut -d: -f1)" ] ||
    fail "session: the catalog's notice not at the start"
[ "$(grep -c ' so far: ' "$tmp/out")" = 5 ] ||
    fail "session: not five principle scores"
[ "$(grep -c '^\[[0-9]*/'"$n"'\] ' "$tmp/out")" = "$n" ] ||
    fail "session: not $n criteria shown"

# The same answers written by hand score the same.
{
	printf 'service:\n  name: Bewonerskaart Parkeren\n'
	printf '  organisation: Gemeente Heidevoorde\n  type: nieuw\n'
	printf '  budget_eur: 120000\n  users: 8000\n'
	printf '  assessed_on: 2026-11-28\n  assessor: S. Claes\nanswers:\n'
	i=0
	for id in $ids; do
		set -- volledig grotendeels gedeeltelijk beperkt niet nvt \
		    volledig grotendeels gedeeltelijk beperkt niet volledig
		shift $((i % 12))
		printf '  %s:\n    level: %s\n' "$id" "$1"
		if [ $((i % 2)) = 0 ] || [ "$1" = nvt ]; then
			printf "    motivation: \"Motivatie %s: 'gekeken'\"\n" "$id"
		fi
		[ $((i % 3)) = 0 ] && printf '    actions: "Actie # %s"\n' "$id"
		i=$((i + 1))
	done
} >"$tmp/hand.yaml"
validates "$tmp/hand.yaml"
a score -f json "$tmp/new.yaml" >"$tmp/new.json" || fail "score new"
a score -f json "$tmp/hand.yaml" >"$tmp/hand.json" || fail "score hand"
python3 - "$tmp/new.json" "$tmp/hand.json" <<'EOF' || fail "scores differ"
import json, sys
new, hand = (json.load(open(p)) for p in sys.argv[1:3])
for k in ("service", "significance", "overall", "completeness", "principles"):
    if new[k] != hand[k]:
        sys.exit("%s: %r != %r" % (k, new[k], hand[k]))
if not isinstance(new["overall"]["score"], float):
    sys.exit("no overall score")
EOF
grep -q "motivation: \"Motivatie SD-G1: 'gekeken'\"" "$tmp/new.yaml" ||
    grep -q "motivation: 'Motivatie SD-G1: ''gekeken'''" "$tmp/new.yaml" ||
    fail "session: motivation of SD-G1 not written"

set -- $ids
c1=$1 c2=$2 c3=$3
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

# 2. A refused line of piped input ends the run: exit 2, the line and the
#    field named, the file as after the last completed answer, and no
#    later line read (a valid answer after the bad line is not saved).
esc=$(printf '\033')
long=$(python3 -c 'print("x" * 9000)')
cases=0
# refused NAME FILE LINE FIELD WHY: runs fill on FILE with $tmp/bad.in
# and checks the refusal of line LINE, read for FIELD, because of WHY.
refused() {
	cases=$((cases + 1))
	a fill --lang en -q "$2" <"$tmp/bad.in" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ $rc = 2 ] || fail "$1: exit $rc, expected 2: $(cat "$tmp/err")"
	[ "$(wc -l <"$tmp/err")" = 1 ] || fail "$1: not one error: $(cat "$tmp/err")"
	grep -qF "stdin:$3: error: $4: $5" "$tmp/err" ||
	    fail "$1: not 'stdin:$3: error: $4: $5': $(cat "$tmp/err")"
	tail -n 1 "$tmp/out" | grep -qxF "stopped at line $3 of the input, which was refused; every completed answer is in $2" ||
	    fail "$1: no word where it stopped: $(tail -n 1 "$tmp/out")"
	grep -q 'Full report' "$tmp/out" && fail "$1: went on to the summary"
	if grep -q "$esc" "$tmp/out" "$tmp/err"; then fail "$1: an escape was echoed"; fi
	validates "$2"
	grep -q LATER "$2" && fail "$1: a line after the refused one was saved"
	return 0
}
# unanswered FILE: how many criteria validate finds unanswered (quicker
# than answered(), which each of the many cases below would wait for).
unanswered() {
	a validate --lang en "$1" 2>&1 | sed -n \
	    -e "s/.*warning: \([0-9]*\) criteria are not answered.*/\1/p" \
	    -e "s/.*warning: criterion '.*' is not answered\$/1/p" |
	    awk '{ s += $1 } END { print s + 0 }'
}
# The answers before the criterion being read: $c1 in full, nothing else.
one_before() {
	[ "$(unanswered "$2")" = $((n - 1)) ] ||
	    fail "$1: not exactly one criterion answered"
	grep -A3 -x "  $c1:" "$2" | tr '\n' '|' |
	    grep -qxF "  $c1:|    level: volledig|    motivation: m1|    actions: a1|" ||
	    fail "$1: the answer to $c1 is not as given"
}

# At each of the three lines of a criterion, after one complete answer.
for pos in level motivation actions; do
	for kind in control utf8 long nul word number; do
		case $pos/$kind in
		motivation/word|motivation/number|actions/word|actions/number)
			continue ;;
		esac
		case $kind in
		control) bad="mot ${esc}]52;c;SGVsbG8=$(printf '\007') x"
			 why="control character U+001B in the input" ;;
		utf8)	 bad=$(printf 'bad \377 tekst')
			 why="invalid UTF-8 byte 0xFF in the input" ;;
		long)	 bad=$long
			 why="line longer than 8192 bytes, the limit for one answer" ;;
		nul)	 bad=
			 why="control character U+0000 in the input" ;;
		word)	 bad=misschien
			 why="'misschien' is not a level; use one of: niet," ;;
		number)	 bad=7
			 why="'7' is not a level; use one of:" ;;
		esac
		{
			printf 'volledig\nm1\na1\n'
			case $pos in
			level)	    at=4 ;;
			motivation) at=5; printf 'gedeeltelijk\n' ;;
			actions)    at=6; printf 'gedeeltelijk\nLATER m\n' ;;
			esac
			if [ $kind = nul ]; then printf 'a\000b\n'
			else printf '%s\n' "$bad"; fi
			case $pos in
			level)	    printf 'nvt\nLATER m\nLATER a\n' ;;
			motivation) printf 'LATER a\n' ;;
			esac
			printf '3\nLATER m3\nLATER a3\nq\n'
		} >"$tmp/bad.in"
		f=$tmp/bad-$pos-$kind.yaml
		cp "$tmp/svc.yaml" "$f"
		refused "$pos/$kind" "$f" $at "answers.$c2.$pos" "$why"
		one_before "$pos/$kind" "$f"
	done
done

# A line of 5 MB: read to its end, refused, never cut into a field.
python3 -c 'import sys; sys.stdout.write("volledig\nm1\na1\n2\n" +
    "y" * (5 << 20) + "\nLATER\n\n")' >"$tmp/bad.in"
cp "$tmp/svc.yaml" "$tmp/bad-5mb.yaml"
refused 5mb "$tmp/bad-5mb.yaml" 5 "answers.$c2.motivation" "line longer than 8192"
one_before 5mb "$tmp/bad-5mb.yaml"
grep -q yyyy "$tmp/bad-5mb.yaml" && fail "5mb: part of the line was saved"

# 'b' on the first criterion asked has nowhere to go back to.
printf 'b\nvolledig\nLATER\n\n' >"$tmp/bad.in"
cp "$tmp/svc.yaml" "$tmp/bad-back.yaml"
refused back "$tmp/bad-back.yaml" 1 "answers.$c1.level" \
    "this is the first criterion; there is none before it"
[ "$(unanswered "$tmp/bad-back.yaml")" = "$n" ] || fail "back: answered"

# '?' and 'b' take a line of their own, and count.
printf 'volledig\nm1\na1\n?\nb\n?\nvolledig\nm1\na1\nmaybe\nLATER\n\n' >"$tmp/bad.in"
cp "$tmp/svc.yaml" "$tmp/bad-count.yaml"
refused count "$tmp/bad-count.yaml" 10 "answers.$c2.level" "'maybe' is not a level"
one_before count "$tmp/bad-count.yaml"

# In the service block: the fields before the bad one are saved, the bad
# one and every one after are not.
printf 'service:\n  name: X\n  organisation: O\n' >"$tmp/part.yaml"
for kind in control utf8 long nul negative amount users-negative \
    users-fraction type date name; do
	at=2 key=budget_eur
	case $kind in
	control)  bad="${esc}[2J 750000"; why="control character U+001B in the input" ;;
	utf8)	  bad=$(printf '750000 \377'); why="invalid UTF-8 byte 0xFF in the input" ;;
	long)	  bad=$long; why="line longer than 8192 bytes" ;;
	nul)	  bad=; why="control character U+0000 in the input" ;;
	negative) bad=-5; why="budget '-5' must not be negative" ;;
	amount)	  bad=1.25.0; why="'1.25.0' is not an amount" ;;
	users-negative) at=3 key=users bad=-5
		  why="'users' must be a whole number of 0 or more, not '-5'" ;;
	users-fraction) at=3 key=users bad=1.5
		  why="'users' must be a whole number of 0 or more, not '1.5'" ;;
	type)	  at=1 key=type bad=oud
		  why="type 'oud' is not 'nieuw' or 'herwerking'" ;;
	date)	  at=4 key=assessed_on bad=28-11-2026
		  why="'28-11-2026' is not a date; write YYYY-MM-DD" ;;
	name)	  at=1 key=name bad="Naam ${esc}[31m"
		  why="control character U+001B in the input" ;;
	esac
	f=$tmp/svc-$kind.yaml
	if [ $kind = name ]; then
		rm -f "$f"
	else
		cp "$tmp/part.yaml" "$f"
	fi
	{
		case $kind in
		name|type) ;;
		*) printf 'herwerking\n' ;;
		esac
		case $key in
		users) printf '750000\n' ;;
		assessed_on) printf '750000\n120000\n' ;;
		esac
		if [ $kind = nul ]; then printf '75\000\n'
		else printf '%s\n' "$bad"; fi
		printf '120000\n2026-11-28\nLATER\nvolledig\n\n\n'
	} >"$tmp/bad.in"
	refused "service/$kind" "$f" $at "service.$key" "$why"
	[ "$(unanswered "$f")" = "$n" ] ||
	    fail "service/$kind: a criterion answered"
	case $key in
	name)	want="  name: Name of the service|  type:|  budget_eur:|  users:|" ;;
	type)	want="  name: X|" ;;	# nothing saved: the file as it was
	users)	want="  name: X|  type: herwerking|  budget_eur: 750000|  users:|" ;;
	assessed_on)
		want="  name: X|  type: herwerking|  budget_eur: 750000|  users: 120000|" ;;
	*)	want="  name: X|  type: herwerking|  budget_eur:|  users:|" ;;
	esac
	grep -E '^  (name|type|budget_eur|users):' "$f" | tr '\n' '|' |
	    grep -qxF "$want" || fail "service/$kind: not '$want' but '$(
	    grep -E '^  (name|type|budget_eur|users):' "$f" | tr '\n' '|')'"
done
grep -q 2026-11-28 "$tmp"/svc-*.yaml && fail "service: a later line saved"
[ $cases = 28 ] || fail "$cases refusal cases, expected 28"

# 3. Empty lines keep, '-' removes, '?' explains again, 'b' goes back,
#    'q' stops; the answers given stay.
cp "$tmp/svc.yaml" "$tmp/keys.yaml"
cat >>"$tmp/keys.yaml" <<EOF
answers:
  $c1:
    level: beperkt
    motivation: M1
    actions: A1
EOF
printf '\n-\n\n?\n3\nm2\n\nb\n\n\na2\nq\n' |
    a fill --lang en "$tmp/keys.yaml" >"$tmp/out" 2>"$tmp/err" ||
    fail "keys: exit $?: $(cat "$tmp/err")"
validates "$tmp/keys.yaml"
[ "$(field "$tmp/keys.yaml" "$c1" level)" = beperkt ] || fail "keys: $c1 level"
grep -q 'M1' "$tmp/keys.yaml" && fail "keys: '-' kept the motivation"
grep -q '^    actions: A1$' "$tmp/keys.yaml" || fail "keys: empty lost A1"
[ "$(field "$tmp/keys.yaml" "$c2" level)" = grotendeels ] || fail "keys: $c2"
grep -q '^    motivation: m2$' "$tmp/keys.yaml" || fail "keys: b lost m2"
grep -q '^    actions: a2$' "$tmp/keys.yaml" || fail "keys: no a2"
[ "$(answered "$tmp/keys.yaml")" = 2 ] || fail "keys: not two answered"
# $c2 comes up three times under its numbered heading: once, after '?'
# with its guidance above it, and again after 'b'.
[ "$(grep -c "^\[[0-9]*/[0-9]*\] $c2 (" "$tmp/out")" = 3 ] ||
    fail "keys: '?' or 'b' did not show $c2 again"
[ "$(grep -cx "In practice" "$tmp/out")" = 1 ] ||
    fail "keys: '?' did not explain $c2, or piped output explained more"
grep -q "^\[3/$n\] $c3 (" "$tmp/out" || fail "keys: never reached $c3"
grep -q "Service" "$tmp/out" && fail "keys: the service was asked"

# 4. --unanswered and --principle.
nsd=$(echo $ids | tr ' ' '\n' | grep -c '^SD-')
i=2
while [ $i -lt "$nsd" ]; do printf 'volledig\n\n\n'; i=$((i + 1)); done |
    a fill -q --unanswered --principle standaard-digitaal "$tmp/keys.yaml" \
    >"$tmp/out" 2>&1 || fail "unanswered: exit $?"
grep -q "^\[1/$((nsd - 2))\] SD-G3 (" "$tmp/out" ||
    fail "unanswered: SD-G3 not asked first: $(grep '^\[' "$tmp/out")"
grep -q "SD-G1\|SD-G2\|GC-" "$tmp/out" &&
    fail "unanswered: asked an answered one or another principle"
[ "$(field "$tmp/keys.yaml" SD-G3 level)" = volledig ] || fail "unanswered: SD-G3"
grep -q "^Standaard digitaal tot nu toe: [0-9]*,[0-9] (" "$tmp/out" ||
    fail "unanswered: no principle score"
grep -q "^\[$((nsd - 2))/$((nsd - 2))\] SD-" "$tmp/out" ||
    fail "unanswered: not every unanswered one asked"
a fill -q --principle betrouwbaar "$tmp/keys.yaml" </dev/null >"$tmp/out" ||
    fail "principle: exit $?"
nbt=$(echo $ids | tr ' ' '\n' | grep -c '^BT-')
grep -q "^\[1/$nbt\] BT-G1 (" "$tmp/out" || fail "principle: not BT-G1 first"
a fill --principle betrouwbar "$tmp/keys.yaml" </dev/null 2>"$tmp/err" &&
    fail "principle: a misspelt principle was taken"
grep -q "onbekend principe 'betrouwbar'; bedoelt u 'betrouwbaar'?" "$tmp/err" ||
    fail "principle: no suggestion: $(cat "$tmp/err")"
cp "$tmp/new.yaml" "$tmp/all.yaml"
a fill --lang en --unanswered "$tmp/all.yaml" </dev/null >"$tmp/out" ||
    fail "all answered: exit $?"
grep -q "^no criteria to ask$" "$tmp/out" || fail "all answered: asked"
cmp -s "$tmp/new.yaml" "$tmp/all.yaml" || fail "all answered: file changed"

# 5. Killed halfway: SIGINT (exit 130) and SIGKILL.  The file holds the
#    three answers completed before the signal, and validates.
for sig in INT KILL; do
	f=$tmp/kill-$sig.yaml
	cp "$tmp/svc.yaml" "$f"
	mkfifo "$tmp/fifo-$sig"
	$WRAP "$AFTOETS" fill -q "$f" <"$tmp/fifo-$sig" >"$tmp/kill.out" 2>&1 &
	pid=$!
	pids="$pids $pid"
	exec 3>"$tmp/fifo-$sig"
	# Three whole answers, then only the level of a fourth.
	printf 'volledig\nm1\n\n3\n\n\n2\n\na3\n1\n' >&3
	tries=0
	until [ "$(answered "$f")" = 3 ]; do
		tries=$((tries + 1))
		[ $tries -gt 600 ] && fail "$sig: three answers never saved"
		kill -0 "$pid" 2>/dev/null ||
		    fail "$sig: fill ended early: $(cat "$tmp/kill.out")"
		sleep 0.1
	done
	kill -s "$sig" "$pid"
	wait "$pid"
	rc=$?
	exec 3>&-
	case $sig in
	INT) [ $rc = 130 ] || fail "INT: exit $rc, expected 130" ;;
	KILL) [ $rc = 137 ] || fail "KILL: exit $rc, expected 137" ;;
	esac
	validates "$f"
	[ "$(answered "$f")" = 3 ] || fail "$sig: $(answered "$f") answered"
	[ "$(field "$f" "$c1" level)" = volledig ] || fail "$sig: $c1"
	[ "$(field "$f" "$c3" level)" = gedeeltelijk ] || fail "$sig: $c3"
	grep -q '^    motivation: m1$' "$f" || fail "$sig: m1 lost"
	grep -q '^    actions: a3$' "$f" || fail "$sig: a3 lost"
	if [ $sig = INT ]; then
		grep -q "onderbroken; elk afgewerkt antwoord staat in $f" \
		    "$tmp/kill.out" || fail "INT: no word: $(cat "$tmp/kill.out")"
	fi
	ls -A "$tmp" | grep -q "kill-$sig.yaml.tmp" && fail "$sig: temporary left"
done

# End of input within a criterion: exit 2, that answer not saved.
cp "$tmp/svc.yaml" "$tmp/mid.yaml"
printf 'volledig\nm1\n\n3\n' | a fill -q "$tmp/mid.yaml" >/dev/null 2>"$tmp/err"
[ $? = 2 ] || fail "mid: exit code"
grep -q "de invoer eindigde midden in $c2" "$tmp/err" || fail "mid: no word"
[ "$(answered "$tmp/mid.yaml")" = 1 ] || fail "mid: not one answered"

# 6. Motivations, unknown keys and obsolete answers survive a fill.
cat >"$tmp/keep.yaml" <<EOF
aftoets: 1
service:
  name: Omgevingsloket
  organisation: Departement Omgeving
  website: https://example.org
  type: herwerking
  budget_eur: '€ 750.000'
  users: 120000
  assessed_on: 2026-11-28
  assessor: J. Janssens
answers:
  $c1:
    level: volledig
    motivation: |-
      Line one.
      Line two.
    evidence: link-17
  $c2: beperkt
obsolete:
  XX-G9:
    level: volledig
    motivation: Old criterion.
notes:
  reviewed: 2026-12-01
EOF
printf '\n\nMore offices.\nq\n' | a fill -q "$tmp/keep.yaml" >/dev/null 2>&1 ||
    fail "keep: exit $?"
validates "$tmp/keep.yaml"
for want in '  website: https://example.org' '    evidence: link-17' \
    '      Line one.' '      Line two.' '  XX-G9:' '    motivation: Old criterion.' \
    'notes:' '  reviewed: 2026-12-01' "  $c2: beperkt" \
    "  budget_eur: '€ 750.000'" '    actions: More offices.'; do
	grep -qxF -- "$want" "$tmp/keep.yaml" || fail "keep: lost '$want'"
done
a validate "$tmp/keep.yaml" 2>&1 | grep -q "website" || fail "keep: no warning"

# 7. Refused before anything is asked: exit 2, the file byte for byte.
cp docs/examples/small.yaml "$tmp/ro.yaml"
chmod 444 "$tmp/ro.yaml"
echo volledig | a fill "$tmp/ro.yaml" >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "read-only: exit code"
[ -s "$tmp/out" ] && fail "read-only: something was asked"
grep -q "$tmp/ro.yaml is alleen-lezen" "$tmp/err" || fail "read-only: no word"
cmp -s docs/examples/small.yaml "$tmp/ro.yaml" || fail "read-only: changed"
mkdir "$tmp/rodir"
cp docs/examples/small.yaml "$tmp/rodir/a.yaml"
chmod 555 "$tmp/rodir"
echo volledig | a fill "$tmp/rodir/a.yaml" >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "read-only folder: exit code"
[ -s "$tmp/out" ] && fail "read-only folder: something was asked"
grep -q "kan niet schrijven in de map van $tmp/rodir/a.yaml" "$tmp/err" ||
    fail "read-only folder: no word: $(cat "$tmp/err")"
cmp -s docs/examples/small.yaml "$tmp/rodir/a.yaml" || fail "folder: changed"
echo x | a fill "$tmp/nodir/a.yaml" >/dev/null 2>"$tmp/err"
[ $? = 2 ] || fail "no folder: exit code"
[ -e "$tmp/nodir" ] && fail "no folder: made one"

cp tests/cli/data/bad-answers.yaml "$tmp/bad.yaml"
echo volledig | a fill "$tmp/bad.yaml" >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "invalid file: exit code"
[ -s "$tmp/out" ] && fail "invalid file: something was asked"
grep -q "^$tmp/bad.yaml:5:15: error: '1.250.000.50' is geen bedrag" "$tmp/err" ||
    fail "invalid file: no located error: $(cat "$tmp/err")"
grep -q "$tmp/bad.yaml valideert niet" "$tmp/err" || fail "invalid file: no word"
cmp -s tests/cli/data/bad-answers.yaml "$tmp/bad.yaml" || fail "invalid: changed"

# 8. The script docs/fill.md offers to copy works as it stands, and ends
#    as the page says when its fourth line is not a level.
mkdir "$tmp/bin" "$tmp/doc" "$tmp/doc2"
case $AFTOETS in /*) bin=$AFTOETS ;; *) bin=$(pwd)/$AFTOETS ;; esac
printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$WRAP" "$bin" >"$tmp/bin/aftoets"
chmod +x "$tmp/bin/aftoets"
sed -n '/^<!-- script -->$/,/^```$/p' docs/fill.md | sed '1,2d;$d' \
    >"$tmp/doc/script.sh"
grep -q '^aftoets validate' "$tmp/doc/script.sh" || fail "doc: no script found"
(cd "$tmp/doc" && PATH=$tmp/bin:$PATH sh ./script.sh) >"$tmp/out" 2>&1 ||
    fail "doc: the script failed: $(cat "$tmp/out")"
grep -q '^answers.yaml: valid$' "$tmp/out" || fail "doc: $(cat "$tmp/out")"
grep -A2 -x '  BT-G1:' "$tmp/doc/answers.yaml" | tr '\n' '|' |
    grep -qxF "  BT-G1:|    level: volledig|    motivation: Login met itsme en eID.|" ||
    fail "doc: BT-G1 not as the page says"
grep -A2 -x '  BT-G2:' "$tmp/doc/answers.yaml" | tr '\n' '|' |
    grep -qxF "  BT-G2:|    level: grotendeels|    actions: Helpdesk ook op zaterdag, 2027.|" ||
    fail "doc: BT-G2 not as the page says"
sed "s/^    3 '' /    misschien '' /" "$tmp/doc/script.sh" >"$tmp/doc2/script.sh"
(cd "$tmp/doc2" && PATH=$tmp/bin:$PATH sh ./script.sh) >"$tmp/out" 2>&1
[ $? = 2 ] || fail "doc: a bad fourth line did not end with 2"
awk '/^been `misschien` instead of `3`/ { on = 1; next }
    on && /^```$/ { if (body) exit; body = 1; next } body' docs/fill.md >"$tmp/want"
cmp -s "$tmp/want" "$tmp/out" ||
    fail "doc: not as the page says: $(diff "$tmp/want" "$tmp/out")"

# The significance verdict and its reason, when both amounts are below
# the thresholds (the longest reason), fit 80 columns in both languages.
for l in nl en; do
	printf 'service:\n  name: X\n  organisation: Y\n  type: nieuw\n  budget_eur: 120000\n  assessed_on: 2026-12-07\n  assessor: Z\n' >"$tmp/sig-$l.yaml"
	printf '8000\nq\n' | a fill --lang $l "$tmp/sig-$l.yaml" >"$tmp/out" 2>"$tmp/err" ||
	    fail "significance ($l): exit $?: $(cat "$tmp/err")"
	grep -q '^  budget .*120[.,]000 is ' "$tmp/out" ||
	    fail "significance ($l): no reason: $(cat "$tmp/out")"
	python3 -c '
import sys
wide = [l for l in open(sys.argv[1], encoding="utf-8").read().split("\n")
        if len(l) > 80]
sys.exit("\n".join(wide) if wide else 0)' "$tmp/out" ||
	    fail "significance ($l): a line is wider than 80 columns"
done
exit 0
