#!/bin/sh
# make image: an OCI image FROM scratch holding only the static program.
#   image.sh STATIC VERSION SOURCE EPOCH OUT
# Builds with Debian's buildah, which needs no daemon: a working
# container from scratch, the program copied in as /aftoets, its
# entrypoint, and the labels of the OCI image spec; it is committed
# straight into the OCI archive OUT (a tar of oci-layout, index.json and
# blobs/sha256/), named aftoets:VERSION, which podman load and docker
# load read.  The image is not kept in buildah's storage.  Every date in
# it is EPOCH (seconds), so the same program makes the same image.
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
rm -f "$out.tmp"
$buildah commit --quiet --format oci --timestamp "$epoch" --rm "$ctr" \
    "oci-archive:$out.tmp:aftoets:$version" >/dev/null
trap - EXIT INT TERM
mv "$out.tmp" "$out"
