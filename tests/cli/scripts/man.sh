#!/bin/sh
# The manual page: it renders without a single groff warning, names the
# version of aftoets --version, its
# SYNOPSIS lists exactly the usage lines of 'aftoets --help' (in the same
# order), each command's own --help starts with its line, and every long
# option a command's --help names is in the manual.
set -u
fail() { echo "man.sh: $*" >&2; exit 1; }
a() { $WRAP "$AFTOETS" "$@"; }
page=docs/aftoets.1
command -v groff >/dev/null 2>&1 ||
    fail "groff is missing; install groff-base (tests/deps.sh does)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

groff -ww -z -man "$page" >"$tmp/warn" 2>&1 || fail "groff failed"
[ -s "$tmp/warn" ] && fail "groff warns: $(cat "$tmp/warn")"

# The footer names the version aftoets prints, debian/changelog's.
th=$(sed -n 's/^\.TH AFTOETS 1 [0-9-]* "\(aftoets [^"]*\)".*/\1/p' "$page")
[ "$th" = "$(a --version)" ] ||
    fail ".TH names '$th', aftoets --version prints '$(a --version)'"

# Rendered as plain ASCII, wide, without bold or underline.
groff -man -Tascii -P-cbou -rLL=250n "$page" 2>/dev/null >"$tmp/page" ||
    fail "groff cannot render the page"
sed -n '/^SYNOPSIS$/,/^[A-Z]/p' "$tmp/page" | sed 's/^ *//' |
    grep '^aftoets ' >"$tmp/man-synopsis"
a --help | sed -n 's/^  \(aftoets .*\)$/\1/p' >"$tmp/help-synopsis"
[ -s "$tmp/help-synopsis" ] || fail "aftoets --help lists no usage lines"
diff -u "$tmp/help-synopsis" "$tmp/man-synopsis" >&2 ||
    fail "SYNOPSIS and 'aftoets --help' differ"

for cmd in $(sed -n 's/^aftoets \([a-z][a-z]*\).*/\1/p' "$tmp/help-synopsis"); do
	for lang in nl en; do
		a "$cmd" --help --lang $lang >"$tmp/h" || fail "$cmd --help failed"
		first=$(head -n 1 "$tmp/h")
		line=$(grep "^aftoets $cmd " "$tmp/help-synopsis")
		[ "$first" = "usage: $line" ] ||
		    fail "$cmd --help starts with '$first', not 'usage: $line'"
		for opt in $(grep -o -- '--[a-z][a-z-]*' "$tmp/h" | sort -u); do
			grep -q -- "$opt" "$tmp/page" ||
			    fail "$opt (aftoets $cmd) is not in the manual"
		done
	done
	grep -q "^   $cmd\$" "$tmp/page" || fail "no section for '$cmd'"
done
exit 0
