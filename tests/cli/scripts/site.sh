#!/bin/sh
# score -f html -o DIR/ writes a site: an index, a guidance page and a
# page per service, named from the input's path inside its folder, and a
# marker listing them.  A folder holding anything else is refused and
# left alone; an old site is replaced whole; a run that fails half-way
# leaves the old site as it was and nothing beside it.
set -eu
: "${AFTOETS:?}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
err() { echo "FAIL: $*"; fail=1; }
rc=0
run() { rc=0; ${WRAP:-} "$AFTOETS" "$@" >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?; }
names() { (cd "$1" && ls -A | tr '\n' ' '); }

# Inputs: a folder with a subfolder, names that clash once made safe,
# one called index, and one that cannot be scored.
in=$tmp/in
mkdir -p "$in/Sub Dir" "$tmp/out"
cp docs/examples/strong.yaml "$in/Strong.yaml"
cp docs/examples/weak.yaml "$in/strong.yml"
cp docs/examples/small.yaml "$in/index.yaml"
cp docs/examples/small.yaml "$in/Sub Dir/Ä small.yaml"
cp tests/cli/data/syntax.yaml "$in/broken.yaml"

site=$tmp/out/site
run score -q -r -f html -o "$site/" "$in"
[ "$rc" -eq 2 ] || err "a site with a broken input: exit $rc, expected 2"
[ ! -s "$tmp/stdout" ] || err "a site writes nothing to stdout"
want=".aftoets-site guidance.html index-2.html index.html strong-2.html strong.html sub-dir__small.html "
[ "$(names "$site")" = "$want" ] || err "site holds '$(names "$site")', expected '$want'"
[ "$(names "$tmp/out")" = "site " ] || err "left beside the site: $(names "$tmp/out")"
printf 'aftoets site 1\nstrong.html\nsub-dir__small.html\nindex-2.html\nstrong-2.html\nguidance.html\nindex.html\n' >"$tmp/marker"
cmp -s "$tmp/marker" "$site/.aftoets-site" || {
	err "the marker differs"
	diff "$tmp/marker" "$site/.aftoets-site" || true
}
# The index links to every page by a relative name, and lists the
# broken input; each page links back; nothing is loaded from outside.
for p in index-2.html strong.html strong-2.html sub-dir__small.html; do
	grep -q "<a href=\"$p\">" "$site/index.html" || err "index does not link to $p"
	grep -q '<a href="index.html">' "$site/$p" || err "$p does not link back"
	grep -q 'href="guidance.html#g-' "$site/$p" ||
	    [ "$p" = strong.html ] || err "$p does not link to the guidance"
done
grep -q 'broken.yaml' "$site/index.html" || err "index does not list the broken input"
grep -q '<h1 id="title">Aftoetsingen: portfolio van 4 diensten</h1>' "$site/index.html" ||
    err "index title"
if grep -l 'src=\|<link\|url(' "$site"/*.html; then err "a page loads something"; fi
grep -q '<title>Aftoetsing: Bouwvergunning Online</title>' "$site/strong.html" ||
    err "strong.html is not the page of Strong.yaml"

# A page notes the answers under replaced ids, as its json does; the
# others and the index do not.
run score -q -f html -o "$tmp/notes/" tests/fixtures/catalog-2022.1/weak.yaml \
    docs/examples/small.yaml
[ "$rc" -eq 0 ] || err "a site with notes: exit $rc"
run score -q -f json tests/fixtures/catalog-2022.1/weak.yaml
nwant=$(python3 -c 'import json,sys; print(len(json.load(sys.stdin)["replaced"]))' <"$tmp/stdout")
ngot=$(sed -n '/<ul class="items" aria-labelledby="svc-1-notes">/,/<\/ul>/p' \
    "$tmp/notes/weak.html" | grep -c '^<li><span class="muted">regel [0-9]*:</span> ' || :)
[ "$ngot" = "$nwant" ] && [ "$nwant" -gt 0 ] ||
    err "weak.html has $ngot notes, its json $nwant"
grep -q "vervangen door &#39;BT-G7&#39; in catalogus 2022.2; het antwoord telt voor BT-G7" \
    "$tmp/notes/weak.html" || err "weak.html lacks the note on SD-G4"
if grep -q 'svc-1-notes' "$tmp/notes/small.html" "$tmp/notes/index.html"; then
	err "notes on a page without replaced ids"
fi

# The same inputs give the same site.
run score -q -r -f html -o "$tmp/again/" "$in"
for f in $want; do
	cmp -s "$site/$f" "$tmp/again/$f" || err "$f differs between two runs"
done

# Writing it again replaces the old site whole: the old pages go.
rm "$in/index.yaml"
run score -q -r -f html -o "$site" "$in"
[ "$rc" -eq 2 ] || err "rewrite: exit $rc"
want2=".aftoets-site guidance.html index.html strong-2.html strong.html sub-dir__small.html "
[ "$(names "$site")" = "$want2" ] || err "rewritten site holds '$(names "$site")'"
[ "$(names "$tmp/out")" = "site " ] || err "left beside the rewritten site: $(names "$tmp/out")"

# A file added by hand makes the folder the user's: refused, untouched.
echo mine >"$site/notes.txt"
cp "$site/index.html" "$tmp/index.before"
run score -q -f html -o "$site/" docs/examples/strong.yaml
[ "$rc" -eq 2 ] || err "a site with a file added: exit $rc, expected 2"
grep -q "notes.txt" "$tmp/stderr" || err "the refusal does not name notes.txt"
[ "$(cat "$site/notes.txt")" = mine ] || err "notes.txt was changed"
cmp -s "$site/index.html" "$tmp/index.before" || err "the site was changed"
rm "$site/notes.txt"

# A folder of the user's, and one holding the inputs, are refused.
mkdir "$tmp/mine"
echo mine >"$tmp/mine/a.txt"
run score -q -f html -o "$tmp/mine/" docs/examples/strong.yaml
[ "$rc" -eq 2 ] || err "a folder of the user's: exit $rc"
[ "$(names "$tmp/mine")" = "a.txt " ] || err "the user's folder was changed"
run score -q -f html -o "$in" "$in"
[ "$rc" -eq 2 ] || err "the inputs' folder: exit $rc"
grep -q "kies een lege of nieuwe map" "$tmp/stderr" || err "no advice: $(cat "$tmp/stderr")"

# An empty folder takes a site; a file named as a folder is no folder;
# a folder is a site of html only.
mkdir "$tmp/empty"
run score -q -f html -o "$tmp/empty" docs/examples/strong.yaml
[ "$rc" -eq 0 ] || err "an empty folder: exit $rc"
[ -f "$tmp/empty/index.html" ] && [ -f "$tmp/empty/strong.html" ] ||
    err "an empty folder: $(names "$tmp/empty")"
echo x >"$tmp/file"
run score -q -f html -o "$tmp/file/" docs/examples/strong.yaml
[ "$rc" -eq 2 ] || err "a file as a folder: exit $rc"
grep -q "geen map" "$tmp/stderr" || err "a file as a folder: $(cat "$tmp/stderr")"
run score -q -f csv -o "$tmp/csvsite/" docs/examples/strong.yaml
[ "$rc" -eq 2 ] || err "csv to a folder: exit $rc"
[ ! -e "$tmp/csvsite" ] || err "csv to a folder made it"

# No half site: a run that scores nothing, and a write that fails
# half-way, leave the old site as it was and nothing beside it.
cp -r "$site" "$tmp/site.before"
run score -q -f html -o "$site/" tests/cli/data/syntax.yaml
[ "$rc" -eq 2 ] || err "nothing scored: exit $rc"
diff -r "$site" "$tmp/site.before" >/dev/null || err "nothing scored changed the site"
rc=0
(
	trap '' XFSZ
	ulimit -f 8
	exec "$AFTOETS" score -q -r -f html -o "$site/" "$in"
) >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
[ "$rc" -eq 2 ] || err "a write that fails: exit $rc"
diff -r "$site" "$tmp/site.before" >/dev/null || err "a failed write changed the site"
[ "$(names "$tmp/out")" = "site " ] || err "a failed write left '$(names "$tmp/out")'"
exit $fail
