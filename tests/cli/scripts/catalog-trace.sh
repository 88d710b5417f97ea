#!/bin/sh
# Every criterion of the compiled-in catalog is traced in docs/catalog.md:
# its id opens a row of a traceability table ("| ID | ..."), and no row
# names an id the catalog does not have.
set -u
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset AFTOETS_CRITERIA
$WRAP "$AFTOETS" criteria --format json >"$tmp/cat.json" || {
	echo "catalog-trace: 'aftoets criteria --format json' failed"
	exit 1
}
python3 - "$tmp/cat.json" docs/catalog.md <<'PY' || fail=1
import json, re, sys
cat = json.load(open(sys.argv[1], encoding="utf-8"))
ids = [c["id"] for p in cat["principles"] for c in p["criteria"]]
rows = re.findall(r"^\| ([A-Z]{2}-[GI][0-9]+) \| \S",
                  open(sys.argv[2], encoding="utf-8").read(), re.M)
bad = 0
if not ids:
    print("catalog-trace: the catalog lists no criteria")
    bad = 1
for i in ids:
    if i not in rows:
        print("catalog-trace: %s is not traced in docs/catalog.md" % i)
        bad = 1
for r in rows:
    if r not in ids:
        print("catalog-trace: docs/catalog.md traces %s, not in the catalog" % r)
        bad = 1
    if rows.count(r) > 1:
        print("catalog-trace: %s has more than one row" % r)
        bad = 1
sys.exit(bad)
PY
exit $fail
