#!/bin/sh
# aftoets init with -o: the template validates with only "unanswered"
# warnings and scores 0% complete; an existing file is never replaced
# without --force; --from keeps every answer, also when it replaces the
# old file; no temporary file is left behind.  In both languages.
set -u
a() { $WRAP "$AFTOETS" "$@"; }
fail() { echo "init.sh: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for lang in nl en; do
	f=$tmp/$lang.yaml
	a init --lang $lang -o "$f" || fail "$lang: init -o failed"
	[ -s "$f" ] || fail "$lang: nothing written"
	a validate --lang $lang "$f" >"$tmp/out" 2>"$tmp/err" ||
	    fail "$lang: the template does not validate"
	n=$(grep -c ': warning: ' "$tmp/err")
	[ "$n" = 43 ] || fail "$lang: $n warnings, expected 43"
	case $lang in
	nl) want="is niet beantwoord" ;;
	en) want="is not answered" ;;
	esac
	if grep -v "$want" "$tmp/err" | grep -q .; then
		fail "$lang: other messages than unanswered: $(cat "$tmp/err")"
	fi
	a score --lang $lang -f json "$f" >"$tmp/json" ||
	    fail "$lang: the template does not score"
	grep -q '"answered": 0,' "$tmp/json" ||
	    fail "$lang: the template is not 0% complete"

	# Never replaced without --force; the file stays as it was.
	cp "$f" "$tmp/copy"
	echo "# changed" >>"$f"
	cp "$f" "$tmp/changed"
	if a init --lang $lang -o "$f" 2>"$tmp/err"; then
		fail "$lang: an existing file was replaced without --force"
	fi
	cmp -s "$f" "$tmp/changed" || fail "$lang: the file was changed"
	grep -q -- "--force" "$tmp/err" || fail "$lang: no hint at --force"
	a init --lang $lang -o "$f" --force || fail "$lang: --force failed"
	cmp -s "$f" "$tmp/copy" || fail "$lang: --force wrote something else"
done

# --schema writes the language server's line first.
a init -o "$tmp/s.yaml" --schema ../aftoets.schema.json || fail "--schema"
[ "$(head -n 1 "$tmp/s.yaml")" = \
    "# yaml-language-server: \$schema=../aftoets.schema.json" ] ||
    fail "--schema: first line is $(head -n 1 "$tmp/s.yaml")"

# --from onto the old file itself: refused without --force, then done.
cp docs/examples/small.yaml "$tmp/old.yaml"
if a init --from "$tmp/old.yaml" -o "$tmp/old.yaml" 2>/dev/null; then
	fail "--from replaced the old file without --force"
fi
cmp -s docs/examples/small.yaml "$tmp/old.yaml" || fail "--from changed it"
a init --from "$tmp/old.yaml" -o "$tmp/old.yaml" --force ||
    fail "--from --force failed"
a score -f json docs/examples/small.yaml >"$tmp/before.json" || fail "score"
a score -f json "$tmp/old.yaml" | sed "s|$tmp/old.yaml|docs/examples/small.yaml|" \
    >"$tmp/after.json" || fail "score after --from"
cmp -s "$tmp/before.json" "$tmp/after.json" ||
    fail "--from changed the scores: $(diff "$tmp/before.json" "$tmp/after.json")"

# Every example and test answers file survives a refresh unchanged in
# what it scores.
for f in docs/examples/*.yaml tests/cli/data/aliases.yaml \
    tests/cli/data/bom-crlf.yaml tests/cli/data/utf16.yaml \
    tests/cli/data/money-dutch.yaml; do
	a score -f json "$f" 2>/dev/null >"$tmp/before.json" || continue
	a init -q --from "$f" -o "$tmp/r.yaml" --force || fail "refresh $f"
	a score -f json "$tmp/r.yaml" 2>/dev/null |
	    sed "s|$tmp/r.yaml|$f|" >"$tmp/after.json"
	cmp -s "$tmp/before.json" "$tmp/after.json" ||
	    fail "refresh of $f scores differently"
done

# Nothing but the files named is left in the folder.
left=$(ls -A "$tmp" | grep '^\.' || true)
[ -z "$left" ] || fail "temporary files left: $left"
exit 0
