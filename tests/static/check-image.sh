#!/bin/sh
# make check-image: the OCI archive of make image.
#   check-image.sh ARCHIVE VERSION DYNAMIC
# Reads the archive's index, manifest and config as JSON (python3): one
# image named aftoets:VERSION, every blob matching its digest and size,
# one layer holding the program only, the entrypoint /aftoets and the
# labels, and Docker's manifest.json naming the same; skopeo must read
# the same, as an OCI archive and as Docker's.  Then unpacks the layer into an
# empty root and runs the program from it with chroot: it scores the
# examples as the usual build DYNAMIC does, with exit code 0 for a gate
# met and 1 for a gate missed.  Where podman is installed, podman load
# must accept the archive; where podman run works (not in every
# sandbox), the image is run too.  Needs root (chroot).
set -u
archive=${1:?usage: check-image.sh ARCHIVE VERSION DYNAMIC}
version=${2:?}
dynamic=${3:?}
top=$(pwd)
fail() { echo "check-image: FAIL: $*"; exit 1; }
[ -f "$archive" ] || fail "no $archive; run make image"
[ "$(id -u)" -eq 0 ] || fail "chroot needs root"
case $dynamic in /*) ;; *) dynamic=$top/$dynamic ;; esac
case $archive in /*) ;; *) archive=$top/$archive ;; esac

tmp=$(mktemp -d)
loaded=""
cleanup() {
	[ -z "$loaded" ] || podman rmi "$loaded" >/dev/null 2>&1
	rm -rf "$tmp"
}
trap cleanup EXIT INT TERM
mkdir "$tmp/oci" "$tmp/root"
tar -xf "$archive" -C "$tmp/oci" || fail "cannot unpack $archive"

# The layout, read by hand: prints the layer's file name.
layer=$(python3 - "$tmp/oci" "$version" <<'EOF'
import hashlib, json, os, sys, tarfile
top, version = sys.argv[1], sys.argv[2]
def fail(msg):
    print("check-image: FAIL: " + msg, file=sys.stderr)
    sys.exit(1)
def blob(desc, kind):
    algo, _, hexd = desc["digest"].partition(":")
    if algo != "sha256":
        fail(kind + ": digest " + desc["digest"])
    path = os.path.join(top, "blobs", "sha256", hexd)
    with open(path, "rb") as f:
        data = f.read()
    if hashlib.sha256(data).hexdigest() != hexd or len(data) != desc["size"]:
        fail(kind + ": blob does not match its digest or size")
    return path, data
names = sorted(os.listdir(top))
if names != ["blobs", "index.json", "manifest.json", "oci-layout"]:
    fail("archive holds " + " ".join(names))
with open(os.path.join(top, "oci-layout")) as f:
    if json.load(f).get("imageLayoutVersion") != "1.0.0":
        fail("oci-layout")
with open(os.path.join(top, "index.json")) as f:
    index = json.load(f)
ms = index.get("manifests", [])
if len(ms) != 1:
    fail("%d manifests, expected 1" % len(ms))
name = ms[0].get("annotations", {}).get("org.opencontainers.image.ref.name")
if name != "aftoets:" + version:
    fail("image named %r, expected aftoets:%s" % (name, version))
_, data = blob(ms[0], "manifest")
manifest = json.loads(data)
layers = manifest["layers"]
if len(layers) != 1:
    fail("%d layers, expected 1" % len(layers))
_, data = blob(manifest["config"], "config")
config = json.loads(data)
cfg = config.get("config", {})
if cfg.get("Entrypoint") != ["/aftoets"]:
    fail("entrypoint %r" % cfg.get("Entrypoint"))
if cfg.get("Env") or cfg.get("Cmd"):
    fail("environment or command set: %r %r" % (cfg.get("Env"), cfg.get("Cmd")))
labels = cfg.get("Labels", {})
want = {
    "org.opencontainers.image.title": "aftoets",
    "org.opencontainers.image.version": version,
    "org.opencontainers.image.licenses": "Apache-2.0",
}
for k, v in want.items():
    if labels.get(k) != v:
        fail("label %s is %r, expected %r" % (k, labels.get(k), v))
if not labels.get("org.opencontainers.image.source"):
    fail("no label org.opencontainers.image.source")
if len(config["rootfs"]["diff_ids"]) != 1:
    fail("config lists more than one layer")
path, data = blob(layers[0], "layer")
if layers[0]["mediaType"] == "application/vnd.oci.image.layer.v1.tar":
    if "sha256:" + hashlib.sha256(data).hexdigest() != config["rootfs"]["diff_ids"][0]:
        fail("layer does not match the config's diff_id")
with tarfile.open(path) as t:
    members = [(m.name.lstrip("./"), m.isfile(), m.mode & 0o7777) for m in t.getmembers()]
members = [m for m in members if m[0] != ""]
if members != [("aftoets", True, 0o755)]:
    fail("layer holds %r, expected the program only" % members)
# Docker's manifest.json names the same image, config and layer.
with open(os.path.join(top, "manifest.json")) as f:
    docker = json.load(f)
bpath = lambda d: "blobs/sha256/" + d["digest"].split(":")[1]
if docker != [{"Config": bpath(manifest["config"]),
               "RepoTags": ["aftoets:" + version],
               "Layers": [bpath(layers[0])]}]:
    fail("manifest.json: %r" % docker)
print(path)
EOF
) || exit 1

# skopeo reads the archive the same way.
if command -v skopeo >/dev/null 2>&1; then
	skopeo inspect "oci-archive:$archive" >"$tmp/inspect.json" ||
	    fail "skopeo inspect"
	skopeo inspect --config "oci-archive:$archive" >"$tmp/config.json" ||
	    fail "skopeo inspect --config"
	# As Docker's own archive, the way docker load reads it.
	skopeo inspect "docker-archive:$archive" >"$tmp/docker.json" ||
	    fail "skopeo inspect docker-archive:"
	python3 - "$tmp/inspect.json" "$tmp/config.json" "$tmp/docker.json" \
	    "$version" <<'EOF' || exit 1
import json, sys
inspect = json.load(open(sys.argv[1]))
config = json.load(open(sys.argv[2]))
docker = json.load(open(sys.argv[3]))
version = sys.argv[4]
for i in (inspect, docker):
    ok = (len(i["Layers"]) == 1
          and i["Labels"].get("org.opencontainers.image.version") == version)
    if not ok:
        print("check-image: FAIL: skopeo inspect: %r" % i, file=sys.stderr)
        sys.exit(1)
if config["config"]["Entrypoint"] != ["/aftoets"]:
    print("check-image: FAIL: skopeo inspect --config: %r" % config,
          file=sys.stderr)
    sys.exit(1)
EOF
else
	echo "check-image: skopeo not installed; the layout was read by hand only"
fi

# The layer, unpacked into an empty root: the program and nothing else.
tar -xf "$layer" -C "$tmp/root"
[ "$(ls -A "$tmp/root")" = aftoets ] || fail "root holds $(ls -A "$tmp/root")"
mkdir "$tmp/root/ex"
cp docs/examples/*.yaml "$tmp/root/ex/"
chroot=$(command -v chroot) || fail "no chroot"
inroot() { env -i "$chroot" "$tmp/root" /aftoets "$@"; }

out=$(inroot --version) || fail "--version: exit $?"
[ "$out" = "aftoets $version (static, without xlsx)" ] || fail "--version: $out"
inroot score -f csv ex/strong.yaml ex/small.yaml ex/weak.yaml >"$tmp/s.csv" ||
    fail "score -f csv: exit $?"
(cd "$tmp/root" && env -i "$dynamic" score -f csv ex/strong.yaml \
    ex/small.yaml ex/weak.yaml) >"$tmp/d.csv" || fail "usual build: exit $?"
cmp -s "$tmp/s.csv" "$tmp/d.csv" || fail "score -f csv differs from the usual build"
inroot score --fail-under 60 ex/strong.yaml >/dev/null ||
    fail "strong.yaml under --fail-under 60: exit $?, expected 0"
inroot score --fail-under 60 ex/weak.yaml >/dev/null
rc=$?
[ $rc -eq 1 ] || fail "weak.yaml under --fail-under 60: exit $rc, expected 1"
inroot score -f xlsx -o r.xlsx ex/strong.yaml 2>/dev/null
rc=$?
[ $rc -eq 2 ] || fail "score -f xlsx: exit $rc, expected 2"
echo "check-image: one layer, the program only; entrypoint and labels; scores in a chroot"

# podman, where it is installed and allowed to run containers.
command -v podman >/dev/null 2>&1 || exit 0
name=localhost/aftoets:$version
had=no
podman image exists "$name" 2>/dev/null && had=yes
podman load -q -i "$archive" >"$tmp/load" 2>&1 || {
	cat "$tmp/load"
	fail "podman load"
}
[ $had = yes ] || loaded=$name
podman image exists "$name" || fail "podman load: no image $name"
if ! podman run --rm --network none "$name" --version >"$tmp/run" 2>&1; then
	echo "check-image: podman run skipped: $(head -n 1 "$tmp/run")"
	exit 0
fi
[ "$(cat "$tmp/run")" = "aftoets $version (static, without xlsx)" ] ||
    fail "podman run --version: $(cat "$tmp/run")"
podman run --rm --network none -v "$top/docs/examples:/ex:ro" "$name" \
    score --fail-under 60 /ex/weak.yaml >/dev/null
rc=$?
[ $rc -eq 1 ] || fail "podman run, weak.yaml under --fail-under 60: exit $rc"
echo "check-image: podman load and podman run"
