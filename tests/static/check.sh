#!/bin/sh
# make check-static: the static program (make static) in an empty root.
#   check.sh STATIC DYNAMIC
# STATIC is copied into a folder with the example answers and nothing
# else (no /lib, no /usr, no C library, no catalog file), and run there
# with chroot.  Every command, and score in every format but xlsx, must
# write exactly what the usual build DYNAMIC writes for the same
# arguments, with the same exit code; -f xlsx must exit 2 saying that
# this build writes no workbooks.  Both run with an empty environment,
# from the same folder, so that file names in the reports are the same.
# Needs root (chroot).
set -u
static=${1:?usage: check.sh STATIC DYNAMIC}
dynamic=${2:?usage: check.sh STATIC DYNAMIC}
top=$(pwd)
fail() { echo "check-static: FAIL: $*"; exit 1; }
[ -x "$static" ] || fail "no program $static; run make static"
[ -x "$dynamic" ] || fail "no program $dynamic"
[ "$(id -u)" -eq 0 ] || fail "chroot needs root"
case $dynamic in /*) ;; *) dynamic=$top/$dynamic ;; esac
chroot=$(command -v chroot) || fail "no chroot"

# A static program: the loader has nothing to say about it.
out=$(LC_ALL=C file -b "$static")
case $out in
*"statically linked"* | *"static-pie linked"*) ;;
*) fail "file says: $out" ;;
esac
if command -v ldd >/dev/null 2>&1; then
	out=$(LC_ALL=C ldd "$static" 2>&1)
	case $out in
	*"not a dynamic executable"*) ;;
	*) fail "ldd says: $out" ;;
	esac
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
root=$tmp/root
mkdir "$root" "$root/ex" "$tmp/s" "$tmp/d"
cp "$static" "$root/aftoets"
cp docs/examples/*.yaml "$root/ex/"
for d in lib lib64 usr etc bin; do
	[ ! -e "$root/$d" ] || fail "the root is not empty: /$d"
done

# (sh has no local variables: these functions use w, k and file only.)
# Runs one side, named by $1 (s or d), with an empty environment from
# the root's top folder; stdout, stderr and the exit code go to $tmp/$1.
side() {
	w=$1
	shift
	if [ "$w" = s ]; then
		env -i "$chroot" "$root" /aftoets "$@" >"$tmp/s/out" 2>"$tmp/s/err"
	else
		(cd "$root" && env -i "$dynamic" "$@") >"$tmp/d/out" 2>"$tmp/d/err"
	fi
	echo $? >"$tmp/$w/rc"
}
n=0
# Both sides, the same arguments: stdout, stderr and exit code alike.
same() {
	side s "$@"
	side d "$@"
	for k in rc out err; do
		cmp -s "$tmp/s/$k" "$tmp/d/$k" || {
			diff -u "$tmp/d/$k" "$tmp/s/$k" | head -n 20
			fail "aftoets $*: $k differs from the usual build"
		}
	done
	n=$((n + 1))
}
# The same, with a file the command writes: compared, then removed.
same_file() {
	file=$1
	shift
	side s "$@"
	mv "$root/$file" "$tmp/s/file" || fail "aftoets $*: no $file (static)"
	side d "$@"
	mv "$root/$file" "$tmp/d/file" || fail "aftoets $*: no $file"
	cmp -s "$tmp/s/file" "$tmp/d/file" ||
	    fail "aftoets $*: $file differs from the usual build"
	cmp -s "$tmp/s/rc" "$tmp/d/rc" || fail "aftoets $*: exit codes differ"
	n=$((n + 1))
}

# --version names the build; the usual one says only its version.
side s --version
side d --version
version=$(cat "$tmp/d/out")
case $version in
"aftoets "[0-9]*) ;;
*) fail "usual build --version: $version" ;;
esac
[ "$(cat "$tmp/s/out")" = "$version (static, without xlsx)" ] ||
    fail "--version: $(cat "$tmp/s/out")"

same --help
same help score
same score ex/strong.yaml
for lang in nl en; do
	for f in text json jsonl csv markdown junit html; do
		for input in ex/strong.yaml ex/small.yaml ex/weak.yaml ex; do
			same score --lang $lang -f $f "$input"
		done
		same score --lang $lang -f $f ex/weak.yaml ex/small.yaml \
		    ex/strong.yaml
		same_file r.out score --lang $lang -f $f -o r.out ex
	done
	same score --lang $lang --details ex/small.yaml
	same score --lang $lang -j 1 -f csv ex
	same score --lang $lang -f text ex/nothing.yaml
	same validate --lang $lang ex
	same validate --lang $lang ex/strong.yaml ex/nothing.yaml
	same criteria --lang $lang
	same criteria --lang $lang SD-G1
	same criteria --lang $lang --format json
	same criteria --lang $lang --format markdown SD-G1
	same compare --lang $lang ex/weak.yaml ex/strong.yaml
	same compare --lang $lang --format json ex/weak.yaml ex/strong.yaml
	same schema --lang $lang
	same significance --lang $lang --budget 750000 --users 20000
	same init --lang $lang
	same init --lang $lang --from ex/small.yaml
	same_file new.yaml init --lang $lang -o new.yaml
	same_file answers.schema.json schema --lang $lang -o answers.schema.json
	same score --lang $lang -f xlsx ex/strong.yaml
done
# The gates: exit 1 when one fails, in both builds.
same score --fail-under 60 ex/strong.yaml
same score --fail-under 60 ex/weak.yaml
[ "$(cat "$tmp/s/rc")" = 1 ] || fail "--fail-under 60 weak: exit $(cat "$tmp/s/rc")"
same score --require-complete -f junit ex
# Standard input, and a thread per input.
side s score -f csv - <"$root/ex/strong.yaml"
cp "$tmp/s/out" "$tmp/stdin.csv"
side d score -f csv - <"$root/ex/strong.yaml"
cmp -s "$tmp/stdin.csv" "$tmp/d/out" || fail "score - differs"
same score -j 3 -f jsonl ex

# No workbooks: -f xlsx exits 2 with one line saying so, writing nothing.
for lang in nl en; do
	case $lang in
	nl) want="aftoets: error: formaat 'xlsx' zit niet in deze uitgave van aftoets, die geen werkmappen schrijft (de aftoets van het Debian-pakket wel); kies een ander formaat" ;;
	en) want="aftoets: error: format 'xlsx' is not in this build of aftoets, which writes no workbooks (the aftoets of the Debian package does); choose another format" ;;
	esac
	for input in ex/strong.yaml ex; do
		side s score --lang $lang -f xlsx -o r.xlsx "$input"
		[ "$(cat "$tmp/s/rc")" = 2 ] ||
		    fail "-f xlsx $lang $input: exit $(cat "$tmp/s/rc")"
		[ ! -s "$tmp/s/out" ] || fail "-f xlsx $lang: wrote to stdout"
		[ "$(cat "$tmp/s/err")" = "$want" ] ||
		    fail "-f xlsx $lang: $(cat "$tmp/s/err")"
		left=$(ls -A "$root")
		[ "$left" = "aftoets
ex" ] || fail "-f xlsx $lang: left in the root: $left"
	done
done
echo "check-static: $n cases alike, xlsx refused; $(wc -c <"$static") bytes, static"
