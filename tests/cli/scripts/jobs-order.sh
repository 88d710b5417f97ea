#!/bin/sh
# Output order equals input order for every -j, with inputs whose sizes
# differ a lot (so workers finish out of order), bad files among them,
# and a folder walk.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
while [ $i -lt 60 ]; do
	f=$(printf '%s/in/%03d.yaml' "$tmp" $i)
	mkdir -p "$tmp/in"
	case $((i % 3)) in
	0) src=docs/examples/strong.yaml ;;
	1) src=docs/examples/weak.yaml ;;
	*) src=docs/examples/small.yaml ;;
	esac
	sed "s/^  name: .*/  name: Dienst $i/" "$src" >"$f"
	# Every seventh file is long, every eleventh breaks.
	if [ $((i % 7)) -eq 0 ]; then
		printf '# ' >>"$f"
		head -c 200000 /dev/zero | tr '\0' 'x' >>"$f"
		echo >>"$f"
	fi
	[ $((i % 11)) -eq 5 ] && echo "  : : broken" >>"$f"
	i=$((i + 1))
done
for fmt in jsonl text json csv; do
	for j in 1 2 7; do
		rc=0
		$WRAP "$AFTOETS" score -f $fmt -j $j "$tmp/in" >"$tmp/$fmt.$j" \
		    2>"$tmp/$fmt.$j.err" || rc=$?
		[ $rc -eq 2 ] || { echo "-j $j $fmt: exit $rc, expected 2"; exit 1; }
	done
	for j in 2 7; do
		cmp -s "$tmp/$fmt.1" "$tmp/$fmt.$j" ||
		    { echo "$fmt: -j $j output differs from -j 1"; exit 1; }
		cmp -s "$tmp/$fmt.1.err" "$tmp/$fmt.$j.err" ||
		    { echo "$fmt: -j $j messages differ from -j 1"; exit 1; }
	done
done
# jsonl lines come in file order: Dienst 0, 1, 2, ... skipping broken ones.
names=$(grep -o '"name":"Dienst [0-9]*"' "$tmp/jsonl.1" | tr -dc '0-9\n' |
    tr '\n' ' ')
want=""
i=0
while [ $i -lt 60 ]; do
	[ $((i % 11)) -eq 5 ] || want="$want$i "
	i=$((i + 1))
done
[ "$names" = "$want" ] || { echo "order: got $names"; echo "want: $want"; exit 1; }
# Five broken files, each reported once, in order.
[ "$(grep -c 'error:' "$tmp/jsonl.1.err")" -eq 5 ] ||
    { echo "expected 5 errors"; cat "$tmp/jsonl.1.err"; exit 1; }
echo ok
