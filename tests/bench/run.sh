#!/bin/sh
# make bench: generates BENCH_FILES answers files (default 10000, seeded)
# of each shape BENCH_SHAPE names ("long", "everyday", or "both", the
# default), then times a bare libyaml parse of them (one process, and two
# processes over the halves) against aftoets score at -j1 and -j2, and
# reports the ratios and peak memory, shape by shape.  Each timing is the
# best of BENCH_RUNS rounds (default 5), a round running every command
# once; the -j1 ratios are also given paired, as the median over the
# rounds of each round's ratio.  BENCH_FILES=500 BENCH_RUNS=1 makes a
# quick run.
set -eu
build=${BUILD:-build}
n=${BENCH_FILES:-10000}
runs=${BENCH_RUNS:-5}
shapes=${BENCH_SHAPE:-both}
aft=$build/aftoets
tools=$build/bench
half=$((n / 2))
# The catalog the files are made for: its id and version.
catalog=$("$aft" criteria --format json | sed -n 's/^ *"version": "\(.*\)",$/\1/p' | head -n 1)

case $shapes in
both) shapes="long everyday" ;;
long | everyday) ;;
*)
	echo "BENCH_SHAPE: long, everyday or both, not '$shapes'" >&2
	exit 2
	;;
esac

r() { awk "BEGIN{printf \"%.3f\", $1}"; }

# Generates the files of shape $1 once, with a list of them and the
# halves as folders of links, for two aftoets processes side by side.
prepare() {
	dir=bench/$1-$n
	list=bench/list-$1-$n
	halves=bench/halves-$1-$n
	mkdir -p bench
	# Files made for another catalog are made again: answers under
	# replaced ids would take the slower path and the times would lie.
	if [ ! -f "$dir/.complete" ] ||
	    [ "$(cat "$dir/.complete")" != "$catalog" ]; then
		rm -rf "$dir" "$halves"
		echo "generating $n answers files of the $1 shape in $dir ..."
		"$tools/gen" "$dir" "$n" 20221708 "$1"
		echo "$catalog" >"$dir/.complete"
	fi
	find "$dir" -name '*.yaml' | sort >"$list"
	find "$dir" -name '*.yaml' -exec cat {} + >/dev/null
	if [ ! -d "$halves" ]; then
		mkdir -p "$halves.tmp/a" "$halves.tmp/b"
		i=0
		while read -r f; do
			h=a
			[ $i -ge $half ] && h=b
			ln -s "../../../$f" "$halves.tmp/$h/${f##*/}"
			i=$((i + 1))
		done <"$list"
		mv "$halves.tmp" "$halves"
	fi
	one=$(head -n 1 "$list")
	# The first 1,000 files, for the one-page batch of html.
	first=bench/first1000-$1-$n
	if [ ! -d "$first" ]; then
		mkdir -p "$first.tmp"
		head -n 1000 "$list" | while read -r f; do
			ln -s "../../$f" "$first.tmp/${f##*/}"
		done
		mv "$first.tmp" "$first"
	fi
	batch=bench/batch1000-$1-$n.html
}

# The runs, by number; run K runs one of them under measure.
nruns=13
run() {
	case $1 in
	1) "$tools/measure" "$tools/bare" "$list" ;;
	2) "$tools/measure" sh -c "'$tools/bare' '$list' 0 $half & '$tools/bare' '$list' $half $n & wait" ;;
	3) "$tools/measure" "$aft" score -j1 "$dir" ;;
	4) "$tools/measure" "$aft" score -j2 "$dir" ;;
	5) "$tools/measure" "$aft" score -j1 -f jsonl "$dir" ;;
	6) "$tools/measure" "$aft" score -j2 -f jsonl "$dir" ;;
	7) "$tools/measure" "$aft" score -j2 -f csv "$dir" ;;
	8) "$tools/measure" "$aft" score "$one" ;;
	9) "$tools/measure" sh -c "'$aft' score -j1 '$halves/a' & '$aft' score -j1 '$halves/b' & wait" ;;
	10) "$tools/measure" "$aft" score -j1 -f csv "$dir" ;;
	11) "$tools/measure" /bin/true ;;
	12) "$tools/measure" "$aft" score -q -j2 -f html -o "$sites/$shape-$n-$i/" "$dir" ;;
	13) "$tools/measure" "$aft" score -q -j2 -f html -o "$batch" "$first" ;;
	esac
}

# Rounds of every run in turn, so that a slow spell of the machine falls
# on all of them alike; each keeps its lowest wall time, with the
# processor time and peak memory of that same run.  Warnings go to
# /dev/null with the reports, as they would to a log.
measure_shape() {
	k=1
	while [ $k -le $nruns ]; do
		eval "best_s$k= all_s$k="
		k=$((k + 1))
	done
	i=0
	while [ $i -lt "$runs" ]; do
		k=1
		while [ $k -le $nruns ]; do
			out=$(run $k 2>&1 >/dev/null | tail -n 1)
			s=${out#seconds=}; s=${s%% *}
			c=${out#*cpu=}; c=${c%% *}
			m=${out#*maxrss_kib=}; m=${m%% *}
			eval "all_s$k=\"\$all_s$k \$s\""
			eval "b=\${best_s$k:-}"
			if [ -z "$b" ] || [ "$(awk "BEGIN{print ($s < $b)}")" = 1 ]; then
				eval "best_s$k=$s best_c$k=$c best_m$k=$m"
			fi
			k=$((k + 1))
		done
		i=$((i + 1))
	done
}

# The median over the rounds of run $1's time over the bare parse's in
# the same round: the machine's slow spells, which last longer than a
# round, fall on both sides of each ratio.
paired() {
	eval "set -- \$all_s$1 -- \$all_s1"
	echo "$@" | awk '{
		for (i = 1; $i != "--"; i++) a[i] = $i
		m = i - 1
		for (j = 1; j <= m; j++) q[j] = a[j] / $(i + j)
		for (j = 2; j <= m; j++)	# insertion sort: a few rounds
			for (k = j; k > 1 && q[k - 1] > q[k]; k--) {
				t = q[k]; q[k] = q[k - 1]; q[k - 1] = t
			}
		printf "%.3f", m % 2 ? q[(m + 1) / 2] : (q[m / 2] + q[m / 2 + 1]) / 2
	}'
}

report_shape() {
	bare1=$best_s1 bare2=$best_s2 j1=$best_s3 j2=$best_s4 j1l=$best_s5
	j2l=$best_s6 j1c=$best_s10 j2c=$best_s7
	fps() { r "$n / $1"; }
	sb=$(r "$bare1 / $bare2")
	sa=$(r "$j1 / $j2")
	sal=$(r "$j1l / $j2l")
	sac=$(r "$j1c / $j2c")
	# SPEC 7: -j2 gets at least 90% of the baseline's speed-up ("about
	# 1.7x" when two processes get about 1.9x).  The share of the gain
	# above 1x is the stricter reading, printed beside it.
	share=$(r "$sa / $sb * 100")
	sharel=$(r "$sal / $sb * 100")
	sharec=$(r "$sac / $sb * 100")
	gain=$(r "($sa - 1) / ($sb - 1) * 100")
	gainl=$(r "($sal - 1) / ($sb - 1) * 100")

	echo
	echo "shape: $1, files: $n ($(du -shL "$dir" | cut -f1)), best of $runs rounds"
	printf '%-34s %9s %10s %9s\n' "" "seconds" "files/s" "cpu s"
	row() { printf '%-34s %9s %10s %9s\n' "$1" "$2" "$(fps "$2")" "$3"; }
	row "bare libyaml parse, 1 process" "$bare1" "$best_c1"
	row "bare libyaml parse, 2 processes" "$bare2" "$best_c2"
	row "aftoets score -j1 (text)" "$j1" "$best_c3"
	row "aftoets score -j2 (text)" "$j2" "$best_c4"
	row "aftoets score -j1, 2 processes" "$best_s9" "$best_c9"
	row "aftoets score -j1 -f csv" "$j1c" "$best_c10"
	row "aftoets score -j2 -f csv" "$j2c" "$best_c7"
	row "aftoets score -j1 -f jsonl" "$j1l" "$best_c5"
	row "aftoets score -j2 -f jsonl" "$j2l" "$best_c6"
	echo
	echo "-j1 / bare:             text $(r "$j1 / $bare1"), csv $(r "$j1c / $bare1") (target <= 1.2), jsonl $(r "$j1l / $bare1") (target <= 1.5)"
	echo "  paired, median:       text $(paired 3), csv $(paired 10), jsonl $(paired 5)   (each round's ratio, median of $runs)"
	echo "bare speed-up, 2 procs: $sb"
	echo "aftoets speed-up -j2:   text $sa, csv $sac, jsonl $sal"
	echo "share of bare speed-up: text $share%, csv $sharec%, jsonl $sharel%   (target >= 90%)"
	echo "share of bare gain:     text $gain%, jsonl $gainl%   (the stricter reading)"
	echo "cpu time, 2 ways / 1:   text -j2 $(r "$best_c4 / $best_c3"), text 2 procs $(r "$best_c9 / $best_c3"), jsonl -j2 $(r "$best_c6 / $best_c5"), bare 2 procs $(r "$best_c2 / $best_c1")"
	echo "peak memory:            text $best_m3 KiB, jsonl $best_m5 KiB, csv $best_m7 KiB   (target < 16384)"
	echo "single file score:      $(r "$best_s8 * 1000") ms   (target < 5; starting /bin/true takes $(r "$best_s11 * 1000") ms here)"
	# The html site and the one-page batch (docs/portfolio.md).
	site=$sites/$1-$n-$((runs - 1))
	biggest=$(find "$site" -name '*.html' ! -name index.html ! -name guidance.html -printf '%s\n' | sort -n | tail -n 1)
	echo "html site -j2:          $best_s12 s, $(r "$best_s12 / $j2c")x csv -j2 (target <= 2), cpu $best_c12 s, peak $best_m12 KiB (target < 65536)"
	echo "  index.html:           $(wc -c <"$site/index.html") bytes (target < 8388608), largest page $biggest bytes (target < 153600)"
	echo "html batch, $(ls "$first" | wc -l) files: $best_s13 s, $(wc -c <"$batch") bytes (target < 15728640), peak $best_m13 KiB"
	if [ -d tests/browser/node_modules/playwright-core ] && [ -x /usr/bin/chromium ]; then
		node tests/bench/site-load.mjs "$site/index.html" || true
	else
		echo "index in Chromium:      not measured (make check-browser installs what it needs)"
	fi
}

# Every round writes its site into a folder of its own, and all of them
# are removed at the end: a file system that creates files just after
# thousands were removed (ext4 skips inodes freed in the last minutes,
# and looking costs) would time the removal, not the site.
sites=bench/sites.$$
rm -rf bench/site-*-* bench/sites.*
mkdir -p "$sites"
trap 'rm -rf "$sites"' EXIT

echo "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for shape in $shapes; do
	prepare "$shape"
	measure_shape
	report_shape "$shape"
done
