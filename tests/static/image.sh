#!/bin/sh
# make image: an OCI image FROM scratch holding only the static program.
#   image.sh STATIC VERSION SOURCE EPOCH OUT
# Builds with Debian's buildah, which needs no daemon: a working
# container from scratch, the program copied in as /aftoets, its
# entrypoint, and the labels of the OCI image spec; it is committed
# straight into the OCI archive OUT (a tar of oci-layout, index.json and
# blobs/sha256/), named aftoets:VERSION, which podman load and docker
# load read (see below).  The image is not kept in buildah's storage.
# Every date in it is EPOCH (seconds), so the same program makes the same
# image.  Needs python3 for Docker's manifest.json.
# BUILDAH may add options, such as BUILDAH="buildah --storage-driver vfs"
# where overlay mounts are not allowed.
set -eu
static=${1:?usage: image.sh STATIC VERSION SOURCE EPOCH OUT}
version=${2:?}
source=${3:?}
epoch=${4:?}
out=${5:?}
buildah=${BUILDAH:-buildah}

[ -x "$static" ] || { echo "image.sh: no program $static" >&2; exit 1; }
ctr=$($buildah from --name "aftoets-image-$$" scratch)
trap '$buildah rm "$ctr" >/dev/null 2>&1 || :' EXIT INT TERM
$buildah copy --chmod 0755 "$ctr" "$static" /aftoets >/dev/null
$buildah config \
    --entrypoint '["/aftoets"]' --workingdir / \
    --os linux --arch "$(uname -m | sed 's/x86_64/amd64/; s/aarch64/arm64/')" \
    --label org.opencontainers.image.title=aftoets \
    --label org.opencontainers.image.description="aftoets $version (static, without xlsx): scores self-assessments against the Flemish digital service delivery strategy" \
    --label org.opencontainers.image.version="$version" \
    --label org.opencontainers.image.source="$source" \
    --label org.opencontainers.image.licenses=Apache-2.0 \
    "$ctr"
rm -rf "$out.tmp" "$out.d"
$buildah commit --quiet --format oci --timestamp "$epoch" --rm "$ctr" \
    "oci-archive:$out.tmp:aftoets:$version" >/dev/null
trap - EXIT INT TERM

# Beside the OCI layout, the manifest.json of Docker's own archives (as
# docker save writes both since Docker 25), naming the same config and
# layer: every docker load reads it then, not only those that read OCI
# layouts.  podman and skopeo read the OCI layout and leave it alone.
mkdir "$out.d"
python3 - "$out.tmp" "$out.d/manifest.json" "aftoets:$version" <<'EOF'
import json, sys, tarfile
archive, dest, name = sys.argv[1:4]
with tarfile.open(archive) as t:
    index = json.load(t.extractfile("index.json"))
    digest = index["manifests"][0]["digest"].split(":")[1]
    manifest = json.load(t.extractfile("blobs/sha256/" + digest))
blob = lambda d: "blobs/sha256/" + d["digest"].split(":")[1]
docker = [{"Config": blob(manifest["config"]), "RepoTags": [name],
           "Layers": [blob(l) for l in manifest["layers"]]}]
with open(dest, "w") as f:
    json.dump(docker, f, separators=(",", ":"))
EOF
tar -rf "$out.tmp" -C "$out.d" --owner=0 --group=0 --numeric-owner \
    --mtime="@$epoch" manifest.json
rm -rf "$out.d"
mv "$out.tmp" "$out"
