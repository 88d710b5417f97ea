#!/bin/sh
# check-deps.py on small objects made here: it must pass a clean pair and
# fail, naming the files, on a circle, on a call to a higher layer and on
# a library file that prints.  usage: selftest.sh CC
set -u
cc=${1:-cc}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
mk() {	# mk OBJECT SOURCE-TEXT
	mkdir -p "$(dirname "$tmp/$1")"
	printf '%s\n' "$2" >"$tmp/src.c"
	"$cc" -c -o "$tmp/$1" "$tmp/src.c" || exit 2
}
expect() {	# expect RC GREP-PATTERN OBJECTS...
	rc=$1 pat=$2
	shift 2
	out=$(cd "$tmp" && python3 "$OLDPWD/$here/check-deps.py" "$@" 2>&1)
	got=$?
	if [ "$got" != "$rc" ] || ! printf '%s\n' "$out" | grep -q -- "$pat"; then
		echo "check-deps selftest: expected exit $rc and '$pat' for $*, got $got:"
		printf '%s\n' "$out"
		fail=1
	fi
}
mk lib/util/a.o 'int a(void); int a(void) { return 1; }'
mk lib/load/b.o 'int a(void); int b(void); int b(void) { return a(); }'
expect 0 'no circle' lib/util/a.o lib/load/b.o
mk lib/load/c.o 'int d(void); int c(void); int c(void) { return d(); }'
mk lib/load/d.o 'int c(void); int d(void); int d(void) { return c(); }'
expect 1 'lib/load/c.o -> lib/load/d.o: d' lib/load/c.o lib/load/d.o
mk lib/util/e.o 'int b(void); int e(void); int e(void) { return b(); }'
expect 1 'lib/util/e.o (util) -> lib/load/b.o (load): b' \
    lib/util/a.o lib/load/b.o lib/util/e.o
mk lib/report/p.o '#include <stdio.h>
void p(void); void p(void) { puts("x"); }'
expect 1 'lib/report/p.o (report): puts' lib/report/p.o
mk cli/q.o '#include <stdio.h>
int b(void); void q(void); void q(void) { printf("%d", b()); }'
expect 0 'no circle' lib/util/a.o lib/load/b.o cli/q.o
[ "$fail" = 0 ] && echo "check-deps selftest: 5 cases passed"
exit "$fail"
