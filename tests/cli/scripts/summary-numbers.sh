#!/bin/sh
# The portfolio summary agrees with the assessments it summarises:
# recompute every figure from the per-assessment JSON and compare.
set -eu
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0
$WRAP "$AFTOETS" score -r -f json tests/cli/data/portfolio docs/examples \
    >"$out" 2>/dev/null || rc=$?
[ $rc -eq 2 ] || { echo "exit $rc, expected 2 (broken files inside)"; exit 1; }
python3 - "$out" <<'PY'
import json, statistics, sys
doc = json.load(open(sys.argv[1]))
a, s = doc["assessments"], doc["summary"]
r1 = lambda x: None if x is None else float(f"{x:.1f}")
def close(x, y):
    return (x is None and y is None) or abs(x - y) <= 0.1
assert s["assessments"] == len(a) == 7, (s["assessments"], len(a))
assert s["not_scored"] == 3 and len(s["failed"]) == 3, s["failed"]
sig = [x["significance"]["significant"] for x in a]
assert s["significance"] == {"significant": sig.count(True),
    "not_significant": sig.count(False), "unknown": sig.count(None)}
for i, p in enumerate(s["principles"]):
    v = [x["principles"][i]["score"] for x in a if x["principles"][i]["score"] is not None]
    assert close(p["mean"], statistics.mean(v)), (p["id"], p["mean"])
    assert close(p["median"], statistics.median(v)), (p["id"], p["median"])
    assert p["min"] == min(v), (p["id"], p["min"], min(v))
    first = next(x for x in a if x["principles"][i]["score"] == min(v))
    assert p["min_file"] == first["file"], (p["min_file"], first["file"])
bands = {}
for x in a:
    bands[x["overall"]["band"]] = bands.get(x["overall"]["band"], 0) + 1
for k, n in s["bands"].items():
    assert n == bands.get(k, 0), (k, n, bands)
count = {}
for x in a:
    for p in x["principles"]:
        for c in p["attention"]:
            count[c] = count.get(c, 0) + 1
order = [c["id"] for x in a[:1] for p in x["principles"] for c in p["criteria"]]
want = sorted(count, key=lambda c: (-count[c], order.index(c)))[:10]
got = [t["id"] for t in s["top_attention"]]
assert got == want, (got, want)
assert all(t["count"] == count[t["id"]] for t in s["top_attention"])
chase = [x["file"] for x in a if x["significance"]["significant"] is True
         and x["completeness"]["answered"] < x["completeness"]["total"]]
assert [c["file"] for c in s["incomplete_significant"]] == chase
print("summary ok")
PY
