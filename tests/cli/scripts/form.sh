#!/bin/sh
# aftoets form: -o writes what standard output gets, atomically, and
# replaces an earlier page but not an answers file; a --from file that
# does not validate leaves nothing behind; the default catalog's page
# stays under 250 KB in both languages; a failed write is exit code 2.
set -u
a() { $WRAP "$AFTOETS" "$@"; }
fail() { echo "form.sh: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for lang in nl en; do
	a form --lang $lang >"$tmp/out.html" || fail "$lang: form failed"
	a form --lang $lang -o "$tmp/page.html" || fail "$lang: form -o failed"
	cmp -s "$tmp/out.html" "$tmp/page.html" ||
	    fail "$lang: -o writes other bytes than standard output"
	n=$(wc -c <"$tmp/page.html")
	[ "$n" -lt 256000 ] || fail "$lang: the page is $n bytes"
	grep -q "<html lang=\"$lang\"" "$tmp/page.html" ||
	    fail "$lang: the page is not in $lang"
done

# An earlier page is replaced; nothing is left beside it.
a form --from docs/examples/small.yaml -o "$tmp/page.html" ||
    fail "form -o over an earlier page failed"
grep -q 'Bewonerskaart Parkeren' "$tmp/page.html" ||
    fail "the page does not hold the --from file"
[ "$(ls "$tmp" | wc -l)" = 2 ] || fail "files left behind: $(ls "$tmp")"

# A --from file with an error: exit 2, located errors, nothing written.
a form --from tests/cli/data/bad-answers.yaml -o "$tmp/bad.html" \
    2>"$tmp/err" && fail "a bad --from file was taken"
[ $? = 2 ] || fail "a bad --from file gives exit code $?"
[ -e "$tmp/bad.html" ] && fail "a page was written for a bad --from file"
grep -q '^tests/cli/data/bad-answers.yaml:[0-9]*:[0-9]*: error: ' \
    "$tmp/err" || fail "no located error: $(cat "$tmp/err")"

# An answers file is not replaced without --force, and is with it.
cp docs/examples/small.yaml "$tmp/answers.yaml"
a form -o "$tmp/answers.yaml" 2>/dev/null && fail "an answers file replaced"
cmp -s docs/examples/small.yaml "$tmp/answers.yaml" ||
    fail "the answers file changed"
a form -o "$tmp/answers.yaml" --force || fail "--force refused"
grep -q '<!DOCTYPE html>' "$tmp/answers.yaml" || fail "--force wrote no page"

if [ -w /dev/full ]; then
	a form >/dev/full 2>/dev/null
	[ $? = 2 ] || fail "a failed write does not give exit code 2"
fi
exit 0
