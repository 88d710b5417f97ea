#!/bin/sh
# Every line of every text report and help text fits in 80 columns.
set -eu
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for lang in nl en; do
	for f in docs/examples/*.yaml; do
		$WRAP "$AFTOETS" score --details --lang $lang "$f" >>"$tmp" || :
	done
	$WRAP "$AFTOETS" score --lang $lang -r docs/examples tests/cli/data/portfolio \
	    >>"$tmp" 2>/dev/null || :
	$WRAP "$AFTOETS" --help --lang $lang >>"$tmp"
	for c in score validate criteria significance; do
		$WRAP "$AFTOETS" $c --help --lang $lang >>"$tmp"
	done
	$WRAP "$AFTOETS" criteria --lang $lang >>"$tmp"
	$WRAP "$AFTOETS" criteria --lang $lang SD-G1 >>"$tmp"
done
long=$(python3 -c '
import sys
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    if len(line.rstrip("\n")) > 80:
        print(n, len(line.rstrip("\n")), line.rstrip("\n"))
' "$tmp")
[ -z "$long" ] || { echo "lines over 80 columns:"; echo "$long" | head -20; exit 1; }
echo ok
