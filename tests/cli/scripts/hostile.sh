#!/bin/sh
# A battery of hostile inputs, generated here, and every file of the
# shared YAML test suite when it is beside the tree.  Each input is given
# to 'aftoets validate' and 'aftoets score -f json', which must finish
# within 1 second and 64 MiB, exit 0, 1 or 2 (never a signal), and print
# a located message (FILE:LINE:COL: error: or FILE: error:) when they
# exit 2.  Under a sanitizer the bars are 3 s and 256 MiB; under valgrind
# (WRAP set) a smaller battery runs without bars, for memory errors only.
set -u
LC_ALL=C
export LC_ALL
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shared=${SHARED:-../shared}
suite=$shared/corpus/yaml-test-suite
fail=0 runs=0 slowest=0 biggest=0
# A bound for runaway (quadratic) cost, not a speed target: the slowest
# case takes about 0.8 s on an idle machine, a quadratic one several.
max_ms=2500 max_kb=65536
if grep -q -e __asan_init -e __tsan_init "$AFTOETS" 2>/dev/null; then
	max_ms=3000 max_kb=262144
fi
timer=""
[ -x /usr/bin/time ] && timer=/usr/bin/time
if [ -z "$timer" ]; then
	echo "note: GNU time not found: memory is only bounded by ulimit -v"
fi

# check NAME ARGS...: runs aftoets ARGS on the input NAME and checks the
# bars.  The input's own name must start the message when exit is 2.
check() {
	name=$1
	shift
	runs=$((runs + 1))
	if [ -n "${WRAP:-}" ]; then
		timeout -k 1 120 $WRAP "$AFTOETS" "$@" >/dev/null 2>"$tmp/err"
		rc=$?
	elif [ -n "$timer" ]; then
		$timer -f '%e %M' -o "$tmp/time" timeout -k 1 5 "$AFTOETS" \
		    "$@" >/dev/null 2>"$tmp/err" <"$tmp/stdin"
		rc=$?
		set -- $(tail -n 1 "$tmp/time") "$@"
		ms=$(echo "$1" | awk '{ printf "%d", $1 * 1000 }')
		kb=$2
		shift 2
		[ "$ms" -gt $slowest ] && slowest=$ms
		[ "$kb" -gt $biggest ] && biggest=$kb
		if [ "$ms" -gt $max_ms ] || [ "$kb" -gt $max_kb ]; then
			echo "FAIL aftoets $* ($name): ${ms} ms, ${kb} KiB"
			fail=1
		fi
	else
		start=$(date +%s%N)
		(ulimit -v $((max_kb * 4)); timeout -k 1 5 "$AFTOETS" "$@" \
		    >/dev/null 2>"$tmp/err" <"$tmp/stdin")
		rc=$?
		ms=$((($(date +%s%N) - start) / 1000000))
		if [ "$ms" -gt $max_ms ]; then
			echo "FAIL aftoets $* ($name): ${ms} ms"
			fail=1
		fi
	fi
	# A sanitizer or valgrind report fails whatever the exit code.
	if grep -q -e '^==[0-9]*==' -e 'runtime error:' "$tmp/err"; then
		echo "FAIL aftoets $* ($name): a memory or UB report:"
		head -n 5 "$tmp/err"
		fail=1
	fi
	case $rc in
	0|1) ;;
	2)	if ! grep -q -F -e "$name: error: " "$tmp/err" &&
		    ! grep -q -e "^$(printf '%s' "$name" |
		    sed 's/[][\.*^$]/\\&/g'):[0-9]*:[0-9]*: error: " "$tmp/err"; then
			echo "FAIL aftoets $* ($name): exit 2 without a located message:"
			head -n 3 "$tmp/err"
			fail=1
		fi ;;
	*)	echo "FAIL aftoets $* ($name): exit code $rc"
		head -n 5 "$tmp/err"
		fail=1 ;;
	esac
}

# both FILE [OPTIONS...]: validate and score -f json on one input.
both() {
	f=$1
	shift
	: >"$tmp/stdin"
	check "$f" validate "$@" "$f"
	check "$f" score -f json "$@" "$f"
}

# stdin FILE: the same through standard input.
stdin() {
	cp "$1" "$tmp/stdin"
	check "<stdin>" validate -
	check "<stdin>" score -f json -
}

h=$tmp/h
mkdir "$h"
ex=docs/examples

# Alias bombs: a billion laughs in flow and block style, and through
# mappings and keys.
awk 'BEGIN {
	print "service: {name: x}"
	print "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"
	for (i = 1; i < 10; i++) {
		p = sprintf("%c", 96 + i); c = sprintf("%c", 97 + i)
		s = ""
		for (k = 0; k < 10; k++) s = s (k ? ", " : "") "*" p
		printf "%s: &%s [%s]\n", c, c, s
	}
}' >"$h/bomb-flow.yaml"
awk 'BEGIN {
	print "service:\n  name: x\nl0: &l0\n  - lol\n  - lol\n  - lol"
	for (i = 1; i < 12; i++) {
		printf "l%d: &l%d\n", i, i
		for (k = 0; k < 8; k++) printf "  - *l%d\n", i - 1
	}
}' >"$h/bomb-block.yaml"
awk 'BEGIN {
	print "service: {name: x}"
	print "m0: &m0 {a: 1, b: 2, c: 3, d: 4}"
	for (i = 1; i < 12; i++)
		printf "m%d: &m%d {a: *m%d, b: *m%d, c: *m%d, d: *m%d, e: *m%d}\n",
		    i, i, i - 1, i - 1, i - 1, i - 1, i - 1
	print "answers: *m11"
}' >"$h/bomb-map.yaml"

# 10,000-deep nesting: flow lists, flow mappings, block lists, and block
# mappings (47 MiB of indentation: refused by size, then parsed with a
# larger --max-size and stopped by the depth limit).
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "["; for (i = 0; i < 10000; i++) printf "]"; print "" }' >"$h/deep-flow-seq.yaml"
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "{a: "; for (i = 0; i < 10000; i++) printf "}"; print "" }' >"$h/deep-flow-map.yaml"
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "- "; print "x" }' >"$h/deep-block-seq.yaml"
awk 'BEGIN {
	sp = ""
	for (i = 0; i < 10000; i++) { printf "%sk:\n", sp; sp = sp " " }
	printf "%sx\n", sp
}' >"$h/deep-block-map.yaml"

# A 50 MiB file: comments after a valid head, so only the size stops it.
{
	cat $ex/small.yaml
	awk 'BEGIN { s = "# "; for (i = 0; i < 98; i++) s = s "x";
	    for (i = 0; i < 524288; i++) print s }'
} >"$h/big-50mib.yaml"

# Random bytes, deterministic: pure noise, and examples with bytes
# overwritten at random places.
for seed in 1 2 3; do
	awk -v seed=$seed 'BEGIN { srand(seed); for (i = 0; i < 65536; i++)
	    printf "%c", int(rand() * 256) }' >"$h/random-$seed.bin"
	awk -v seed=$seed 'BEGIN { srand(seed); for (i = 0; i < 65536; i++)
	    printf "%c", 32 + int(rand() * 95) }' >"$h/random-ascii-$seed.yaml"
done
for seed in 1 2 3 4 5 6; do
	f=$h/mutated-$seed.yaml
	cp $ex/strong.yaml "$f"
	size=$(wc -c <"$f")
	awk -v seed=$seed -v size=$size 'BEGIN { srand(seed)
	    for (i = 0; i < 12; i++) printf "%d %d\n", int(rand() * size),
	    int(rand() * 256) }' | while read -r off byte; do
		printf "$(printf '\\%03o' $byte)" |
		    dd of="$f" bs=1 seek=$off conv=notrunc 2>/dev/null
	done
done

# Truncated copies of the examples and of the catalog, at offsets that
# cut through keys, values, quotes and a three-byte euro sign.
for src in $ex/small.yaml $ex/strong.yaml criteria/vlaanderen-2022.yaml; do
	base=$(basename "$src" .yaml)
	euro=$(grep -b -o "$(printf '\342\202\254')" "$src" | head -n 1 |
	    cut -d: -f1)
	for off in 1 7 20 100 333 600 1000 1777 2000 ${euro:+$((euro + 1))}; do
		head -c $off "$src" >"$h/cut-$base-$off.yaml"
	done
done

# Encodings.
printf 'service:\n  name: caf\351\n' >"$h/latin1.yaml"
printf 'service:\n  name: \200x\n' >"$h/continuation.yaml"
printf 'service:\n  name: \300\257\n' >"$h/overlong.yaml"
printf 'service:\n  name: \355\240\200\n' >"$h/surrogate-utf8.yaml"
printf 'service:\n  name: x\342\202' >"$h/cut-utf8.yaml"
printf 'service:\n  name: \377\376\n' >"$h/ff.yaml"
iconv -f UTF-8 -t UTF-16LE $ex/small.yaml >"$h/utf16le-nobom.yaml"
iconv -f UTF-8 -t UTF-16BE $ex/small.yaml >"$h/utf16be-nobom.yaml"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE $ex/small.yaml; } \
    >"$h/utf16le.yaml"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE $ex/small.yaml; } \
    >"$h/utf16be.yaml"
printf '\377\376s\000:\000 \000\000\330\n\000' >"$h/utf16-lone-high.yaml"
printf '\377\376s\000:\000 \000\000\334\n\000' >"$h/utf16-lone-low.yaml"
printf '\376\377\000s\000:\000 \330\000' >"$h/utf16-high-at-end.yaml"
printf '\377\376s\000:\000\n' >"$h/utf16-odd.yaml"
iconv -f UTF-8 -t UTF-32 $ex/small.yaml >"$h/utf32.yaml"
printf 'service:\n  name: x\000y\n' >"$h/nul.yaml"
printf '\000service: x\n' >"$h/nul-first.yaml"
printf 'service:\n  name: x\033y\n' >"$h/escape.yaml"
printf 'service:\n  name: x\302\205y: z\n' >"$h/nel.yaml"
tr '\n' '\r' <$ex/small.yaml >"$h/cr-only.yaml"

# Sizes and counts just past the limits, and the shapes that once cost
# quadratic time.
awk 'BEGIN { printf "service:\n  name: "; for (i = 0; i < 300000; i++)
    printf "x"; print "" }' >"$h/long-scalar.yaml"
awk 'BEGIN { print "service: {name: x}\nl:"; for (i = 0; i <= 100000; i++)
    print "- x" }' >"$h/many-nodes.yaml"
awk 'BEGIN { print "service: {name: x}\nx:"; for (i = 0; i < 33000; i++)
    printf "- &a%d v\n", i; print "y:"; for (i = 0; i < 33000; i++)
    print "- *a0" }' >"$h/many-anchors.yaml"
awk 'BEGIN { print "service: {name: x}\nanswers:"; for (i = 0; i < 45000; i++)
    printf "  %s%05d: ja\n", "QQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ", i }' \
    >"$h/unknown-ids.yaml"
awk 'BEGIN { print "service: {name: x}\nanswers:"; for (i = 0; i < 40000; i++)
    print "  SD-G1: ja" }' >"$h/same-key.yaml"
awk 'BEGIN { printf "service: {name: x}\nanswers: {"; for (i = 0; i < 30000; i++)
    printf "X%d: ja, ", i; print "}" }' >"$h/wide-flow.yaml"
awk 'BEGIN { printf "service: {name: "; for (i = 0; i < 200000; i++)
    printf "y"; print "}" }' >"$h/long-line.yaml"

if [ -n "${WRAP:-}" ]; then
	# Under valgrind each run costs a second: one of each kind.
	for n in bomb-flow bomb-block bomb-map deep-flow-seq deep-flow-map \
	    deep-block-seq latin1 cut-utf8 utf16le utf16-lone-high utf16-odd \
	    utf32 nul cut-small-333 cut-vlaanderen-2022-1777 mutated-1 \
	    mutated-2 random-1.bin long-scalar; do
		f=$(ls "$h/$n"* | head -n 1)
		: >"$tmp/stdin"
		check "$f" validate "$f"
	done
	for n in bomb-map cut-strong-1000 utf16be; do
		f=$(ls "$h/$n"* | head -n 1)
		check "$f" score -f json "$f"
	done
else
	for f in "$h"/*; do
		both "$f"
	done
fi
if [ -z "${WRAP:-}" ]; then
	both "$h/deep-block-map.yaml" --max-size 64M
	stdin "$h/big-50mib.yaml"
	stdin "$h/bomb-flow.yaml"
	stdin "$h/utf16le.yaml"
	# Catalogs built to be slow: many ids, many aliases.
	awk 'BEGIN { print "principles:\n  - id: p\n    criteria:";
	    for (i = 0; i < 30000; i++) printf "      - {id: c%d}\n", i }' \
	    >"$h/cat-many-ids.yaml"
	: >"$tmp/stdin"
	for f in "$h/cat-many-ids.yaml" "$h/bomb-map.yaml" "$h/deep-flow-seq.yaml" \
	    "$h/utf16-lone-high.yaml"; do
		check "$f" criteria --criteria "$f"
	done
	# A valid catalog of 2,600 criteria, each with its ladder of
	# practice texts (near the node limit), and an answers file that
	# answers them all, last first: each lookup is by hash, not a walk
	# over the catalog.
	{
		sed -n '/^catalog:/,/^    criteria:/p' docs/catalogs/example.yaml
		awk 'BEGIN { for (i = 0; i < 2600; i++)
		    printf "      - {id: C%d, kind: user, text: {nl: t, en: t}, " \
		    "guidance: {nl: g, en: g}, practice: {nee: {nl: n, " \
		    "en: n}, deels: {nl: d, en: d}, ja: {nl: j, en: j}}}\n", i }'
	} >"$tmp/cat-big.yaml"
	awk 'BEGIN { print "service: {name: x}\nanswers:"
	    for (i = 2599; i >= 0; i--) printf "  c%d: %s\n", i,
	    i % 3 ? "ja" : "deels" }' >"$h/answers-big-catalog.yaml"
	check "$h/answers-big-catalog.yaml" score -f json \
	    --criteria "$tmp/cat-big.yaml" "$h/answers-big-catalog.yaml"
	if [ $rc -ne 0 ]; then
		echo "FAIL big catalog: exit $rc"
		head -n 3 "$tmp/err"
		fail=1
	fi
fi

# The shared YAML test suite: valid and invalid YAML of every kind.
if [ -z "${WRAP:-}" ] && [ -d "$suite" ]; then
	n=0
	for f in "$suite"/*; do
		[ -f "$f" ] || continue
		both "$f"
		n=$((n + 1))
	done
	echo "yaml-test-suite: $n files"
elif [ -z "${WRAP:-}" ]; then
	echo "note: $suite not found; the shared suite was skipped"
fi

if [ -n "${WRAP:-}" ]; then
	echo "hostile: $runs runs under $WRAP"
else
	echo "hostile: $runs runs, slowest ${slowest} ms, largest ${biggest} KiB"
fi
exit $fail
