#!/bin/sh
# make bench: generates BENCH_FILES answers files (default 10000, seeded),
# then times a bare libyaml parse of them (one process, and two processes
# over the halves) against aftoets score at -j1 and -j2, and reports the
# ratios and peak memory.  Each timing is the best of BENCH_RUNS runs.
set -eu
build=${BUILD:-build}
n=${BENCH_FILES:-10000}
runs=${BENCH_RUNS:-3}
dir=bench/files-$n
aft=$build/aftoets
tools=$build/bench

mkdir -p bench
if [ ! -f "$dir/.complete" ]; then
	rm -rf "$dir"
	echo "generating $n answers files in $dir ..."
	"$tools/gen" "$dir" "$n"
	touch "$dir/.complete"
fi
find "$dir" -name '*.yaml' | sort >bench/list-$n
half=$((n / 2))
cat "$dir"/*.yaml >/dev/null 2>&1 || find "$dir" -name '*.yaml' -exec cat {} + >/dev/null

# best CMD...: the lowest wall time and the peak memory of that run.
best() {
	b_s="" b_m=""
	i=0
	while [ $i -lt "$runs" ]; do
		out=$("$tools/measure" "$@" 2>&1 >/dev/null | tail -n 1)
		s=${out#seconds=}; s=${s%% *}
		m=${out#*maxrss_kib=}; m=${m%% *}
		if [ -z "$b_s" ] || [ "$(awk "BEGIN{print ($s < $b_s)}")" = 1 ]; then
			b_s=$s b_m=$m
		fi
		i=$((i + 1))
	done
	echo "$b_s $b_m"
}

set -- $(best "$tools/bare" bench/list-$n); bare1=$1
set -- $(best sh -c "'$tools/bare' bench/list-$n 0 $half & '$tools/bare' bench/list-$n $half $n & wait"); bare2=$1
set -- $(best "$aft" score -j1 "$dir"); j1=$1 mem_text=$2
set -- $(best "$aft" score -j2 "$dir"); j2=$1
set -- $(best "$aft" score -j1 -f jsonl "$dir"); j1l=$1 mem_jsonl=$2
set -- $(best "$aft" score -j2 -f jsonl "$dir"); j2l=$1
set -- $(best "$aft" score -j2 -f csv "$dir" 2>/dev/null || echo "0 0"); mem_csv=${2:-0}

one=$(head -n 1 bench/list-$n)
set -- $(BENCH_RUNS=$runs best "$aft" score "$one"); single=$1

r() { awk "BEGIN{printf \"%.3f\", $1}"; }
fps() { r "$n / $1"; }
sb=$(r "$bare1 / $bare2")
sa=$(r "$j1 / $j2")
sal=$(r "$j1l / $j2l")
share=$(r "($sa - 1) / ($sb - 1) * 100")
sharel=$(r "($sal - 1) / ($sb - 1) * 100")

printf '%s\n' "machine: $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%s\n' "files: $n ($(du -sh "$dir" | cut -f1)), best of $runs runs"
printf '%-34s %9s %10s\n' "" "seconds" "files/s"
printf '%-34s %9s %10s\n' "bare libyaml parse, 1 process" "$bare1" "$(fps "$bare1")"
printf '%-34s %9s %10s\n' "bare libyaml parse, 2 processes" "$bare2" "$(fps "$bare2")"
printf '%-34s %9s %10s\n' "aftoets score -j1 (text)" "$j1" "$(fps "$j1")"
printf '%-34s %9s %10s\n' "aftoets score -j2 (text)" "$j2" "$(fps "$j2")"
printf '%-34s %9s %10s\n' "aftoets score -j1 -f jsonl" "$j1l" "$(fps "$j1l")"
printf '%-34s %9s %10s\n' "aftoets score -j2 -f jsonl" "$j2l" "$(fps "$j2l")"
echo
echo "-j1 / bare:             text $(r "$j1 / $bare1"), jsonl $(r "$j1l / $bare1")   (target <= 1.3)"
echo "bare speed-up, 2 procs: $sb"
echo "aftoets speed-up -j2:   text $sa, jsonl $sal"
echo "share of bare speed-up: text $share%, jsonl $sharel%   (target >= 90%)"
echo "peak memory:            text $mem_text KiB, jsonl $mem_jsonl KiB, csv $mem_csv KiB   (target < 16384)"
echo "single file score:      $(r "$single * 1000") ms   (target < 5)"
