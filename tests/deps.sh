#!/bin/sh
# Installs the build and test dependencies with apt-get when any is missing.
# As root it installs them; otherwise it prints the command to run.
#   deps.sh       what make, make check and make demo need
#   deps.sh deb   what make deb needs: the libraries, cmocka (the package
#                 build runs the unit tests) and the Debian packaging
#                 tools.  Not lintian, which checks a package but takes
#                 no part in building it: .ci/run installs it.
#   deps.sh static  what make static needs: the static libraries (libyaml.a,
#                 libjansson.a, glibc's libc.a), strip; not libxlsxwriter
#   deps.sh image   what make image and its check need: buildah, skopeo,
#                 python3
set -u
mode=${1:-check}
case $mode in
check | deb | static | image) ;;
*) echo "usage: deps.sh [deb|static|image]" >&2; exit 2 ;;
esac
missing=""
have_pc() { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists "$1"; }
have_pkg() {
	dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null |
	    grep -x "install ok installed" >/dev/null
}
case $mode in
check | deb)
	pkgs="libyaml-dev libcmocka-dev libjansson-dev libxlsxwriter-dev pkg-config"
	command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
	have_pc yaml-0.1 || missing="$missing libyaml-dev"
	have_pc jansson || missing="$missing libjansson-dev"
	have_pc cmocka || missing="$missing libcmocka-dev"
	have_pc xlsxwriter || missing="$missing libxlsxwriter-dev"
	;;
static)
	# The static libraries come with the -dev packages; no pkg-config.
	pkgs="libyaml-dev libjansson-dev libc6-dev gcc make binutils"
	have_pkg libyaml-dev || missing="$missing libyaml-dev"
	have_pkg libjansson-dev || missing="$missing libjansson-dev"
	have_pkg libc6-dev || missing="$missing libc6-dev"
	command -v cc >/dev/null 2>&1 || missing="$missing gcc"
	command -v strip >/dev/null 2>&1 || missing="$missing binutils"
	;;
image)
	pkgs="buildah skopeo python3"
	command -v buildah >/dev/null 2>&1 || missing="$missing buildah"
	command -v skopeo >/dev/null 2>&1 || missing="$missing skopeo"
	command -v python3 >/dev/null 2>&1 || missing="$missing python3"
	;;
esac
if [ "$mode" = deb ]; then
	# debian/control's Build-Depends, and what builds a package.
	pkgs="$pkgs build-essential dpkg-dev debhelper"
	have_pkg build-essential || missing="$missing build-essential"
	command -v dpkg-buildpackage >/dev/null 2>&1 || missing="$missing dpkg-dev"
	command -v dh >/dev/null 2>&1 || missing="$missing debhelper"
elif [ "$mode" = check ]; then
	pkgs="$pkgs make gcc groff-base libxml2-utils python3 cmark-gfm"
	command -v cc >/dev/null 2>&1 || missing="$missing gcc"
	command -v groff >/dev/null 2>&1 || missing="$missing groff-base"
	# The CI-format tests read junit with xmllint and csv with Python.
	command -v xmllint >/dev/null 2>&1 || missing="$missing libxml2-utils"
	command -v python3 >/dev/null 2>&1 || missing="$missing python3"
	# The untrusted-text battery renders the markdown output with cmark-gfm.
	command -v cmark-gfm >/dev/null 2>&1 || missing="$missing cmark-gfm"
fi
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "aftoets needs:$missing" >&2
	echo "run: sudo apt-get install -y $pkgs" >&2
	exit 1
fi
echo "installing:$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq && apt-get install -y -qq $missing >/dev/null
