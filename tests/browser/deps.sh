#!/bin/sh
# Installs what the browser and workbook checks need when it is missing:
#   browser      Debian's chromium, node and npm, then the npm packages
#                pinned in package-lock.json (npm ci; no browser download)
#   xlsx         LibreOffice Calc (headless) and node
#   screenshots  both, and pdftoppm (poppler-utils)
# As root it installs with apt-get; otherwise it prints the command to run.
set -eu
what=${1:?usage: deps.sh browser|xlsx|screenshots}
here=$(cd "$(dirname "$0")" && pwd)
missing=""
need() { command -v "$1" >/dev/null 2>&1 || missing="$missing $2"; }

need node nodejs
case $what in
browser | screenshots)
	need npm npm
	[ -x /usr/bin/chromium ] || missing="$missing chromium"
	;;
esac
case $what in
xlsx | screenshots)
	need soffice libreoffice-calc-nogui
	;;
esac
[ "$what" = screenshots ] && need pdftoppm poppler-utils

if [ -n "$missing" ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "the $what checks need:$missing" >&2
		echo "run: sudo apt-get install -y$missing" >&2
		exit 1
	fi
	echo "installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq $missing >/dev/null
fi

case $what in
browser | screenshots)
	# The pinned packages, again whenever the lock file changes.  No
	# install scripts run, and playwright-core downloads no browser.
	if [ ! -f "$here/node_modules/.package-lock.json" ] ||
	    [ "$here/package-lock.json" -nt \
	    "$here/node_modules/.package-lock.json" ]; then
		(cd "$here" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
		    npm ci --ignore-scripts --no-audit --no-fund)
	fi
	;;
esac
exit 0
