#!/bin/sh
# Diagnostics of many files: when stderr goes elsewhere than stdout they
# are held and written in blocks, and every one arrives, in file order,
# the last included; when both go to one place (2>&1), each file's
# warning comes between the reports before and after it, never inside
# one, whatever the buffering.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in"
n=200
i=0
while [ $i -lt $n ]; do
	f=$(printf '%s/in/%03d.yaml' "$tmp" $i)
	sed "s/^  name: .*/  name: Dienst $i/" docs/examples/strong.yaml >"$f"
	# A long unknown key: 200 warnings make well over 16 KiB.
	printf 'extra_key_%03d_%s: 1\n' $i \
	    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' >>"$f"
	i=$((i + 1))
done
want() {
	i=0
	while [ $i -lt $n ]; do
		printf 'extra_key_%03d\n' $i
		i=$((i + 1))
	done
}
want >"$tmp/want"
for j in 1 2; do
	# Apart: a file, and a pipe.
	$WRAP "$AFTOETS" score -j $j "$tmp/in" >"$tmp/out" 2>"$tmp/err"
	grep -o 'extra_key_[0-9]*' "$tmp/err" >"$tmp/got"
	cmp -s "$tmp/want" "$tmp/got" ||
	    { echo "-j $j: warnings to a file are not all there in order"; exit 1; }
	[ "$(wc -c <"$tmp/err")" -gt 16384 ] ||
	    { echo "-j $j: expected over 16 KiB of warnings"; exit 1; }
	{ $WRAP "$AFTOETS" score -j $j "$tmp/in" 2>&1 >"$tmp/out"; } |
	    grep -o 'extra_key_[0-9]*' >"$tmp/got"
	cmp -s "$tmp/want" "$tmp/got" ||
	    { echo "-j $j: warnings to a pipe are not all there in order"; exit 1; }
	# Together: each warning just before its own report.
	$WRAP "$AFTOETS" score -j $j "$tmp/in" >"$tmp/both" 2>&1
	awk -v n=$n '
	    after_w && !/^Aftoetsing: Dienst / && !/^====/ {
		print "line " NR " after a warning is inside a report"; bad = 1
	    }
	    { after_w = 0 }
	    /warning: .*extra_key_/ {
		after_w = 1
		match($0, /extra_key_[0-9]+/)
		w = substr($0, RSTART + 10, RLENGTH - 10) + 0
		if (w != next_w) { print "warning " w " out of order"; bad = 1 }
		pending = 1; next_w = w + 1; next
	    }
	    /^Aftoetsing: Dienst / {
		d = $3 + 0
		if (!pending || d != next_w - 1) {
		    print "report " d " not right after its warning"; bad = 1
		}
		pending = 0; reports++
	    }
	    END {
		if (reports != n) { print reports " reports"; bad = 1 }
		exit bad
	    }' "$tmp/both" || { echo "-j $j: merged log out of order"; exit 1; }
done
echo ok
