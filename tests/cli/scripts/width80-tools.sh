#!/bin/sh
# The text that init, compare, criteria and schema print for people fits
# in 80 columns: the template, comparison reports, explanations and the
# help of each command, in both languages.
set -u
a() { $WRAP "$AFTOETS" "$@"; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for lang in nl en; do
	{
		a init --lang $lang
		a init --lang $lang --from tests/cli/data-refresh/old-answers.yaml
		a compare --lang $lang docs/history/bewonerskaart-2025.yaml \
		    docs/examples/small.yaml
		a compare --lang $lang docs/examples/strong.yaml docs/examples/weak.yaml
		a criteria --lang $lang BT-I4
		for c in init compare schema criteria; do
			a $c --help --lang $lang
		done
	} >>"$tmp" 2>/dev/null
done
[ -s "$tmp" ] || { echo "width80-tools.sh: no output"; exit 1; }
w=$(LC_ALL=C.UTF-8 wc -L <"$tmp")
if [ "$w" -gt 80 ]; then
	echo "width80-tools.sh: a line is $w columns wide:"
	LC_ALL=C.UTF-8 awk 'length($0) > 80' "$tmp" | head -5
	exit 1
fi
exit 0
