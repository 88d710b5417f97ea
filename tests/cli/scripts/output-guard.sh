#!/bin/sh
# -o never replaces what a command reads, nor a file a person wrote.
# For every command that writes with -o (score in several formats, over
# files and folders, compare, schema, init):
#   - a target that is one of the inputs, or the catalog, however it is
#     named (as given, spelt with ./, through a symbolic link or a hard
#     link), is refused with exit 2, even with --force, and the input
#     stays byte for byte as it was; the message names both paths;
#   - a target that is another answers file is refused without --force
#     and replaced with it;
#   - a target that is an earlier report is replaced without a word.
# init --from F -o F --force, the refresh in place, still works.
set -u
: "${AFTOETS:?}"
case $AFTOETS in /*) ;; *) AFTOETS=$(pwd)/$AFTOETS ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
fail=0
checks=0

bad() {
	echo "output-guard.sh: $*"
	fail=1
}

run() {			# args...: runs aftoets, sets rc
	rc=0
	${WRAP:-} "$AFTOETS" "$@" >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
	checks=$((checks + 1))
}

# A fresh work folder: two answers files, one in a folder of its own,
# and the default catalog as a file.
fresh() {
	rm -rf "$tmp/w"
	mkdir "$tmp/w" "$tmp/w/dir"
	cp docs/examples/small.yaml "$tmp/w/a.yaml"
	cp docs/examples/strong.yaml "$tmp/w/b.yaml"
	cp docs/examples/weak.yaml "$tmp/w/dir/c.yaml"
	cp criteria/vlaanderen-2022.yaml "$tmp/w/cat.yaml"
	ln -s a.yaml "$tmp/w/sym.yaml"
	ln "$tmp/w/a.yaml" "$tmp/w/hard.yaml"
	ln -s cat.yaml "$tmp/w/symcat.yaml"
	ln "$tmp/w/cat.yaml" "$tmp/w/hardcat.yaml"
	cp -R "$tmp/w" "$tmp/orig"
}

# refused WHAT FILE ARGS...: exit 2, FILE as it was, both paths named.
refused() {
	what=$1
	file=$2
	shift 2
	run "$@"
	[ "$rc" -eq 2 ] || bad "$what: exit code $rc, expected 2"
	cmp -s "$tmp/w/$file" "$tmp/orig/$file" ||
	    bad "$what: $file was changed"
	for p in "$@"; do
		case $p in -o) named=next; continue ;; esac
		if [ "${named:-}" = next ]; then
			grep -q -F -- "-o $p " "$tmp/stderr" ||
			    bad "$what: the message does not name $p:" \
			    "$(cat "$tmp/stderr")"
			named=
		fi
	done
	left=$(cd "$tmp/w" && ls -A | grep '^\.' || true)
	[ -z "$left" ] || bad "$what: temporary files left: $left"
}

# input_refused WHAT INPUT ARGS...: refused, and the input is named too.
input_refused() {
	what=$1
	input=$2
	shift 2
	refused "$what" a.yaml "$@"
	grep -q -F -- "$input" "$tmp/stderr" ||
	    bad "$what: the message does not name the input $input"
}

# Every spelling of a.yaml, relative to the work folder.
spellings="a.yaml ./a.yaml sym.yaml hard.yaml"

cd_w() { cd "$tmp/w" || exit 1; }
top=$(pwd)

# score: the answers file scored, in every format; with --force, and
# among other inputs, in some.
fresh
cd_w
for fmt in text json jsonl csv markdown junit html xlsx; do
	for out in $spellings; do
		input_refused "score -f $fmt -o $out a.yaml" a.yaml \
		    score -f "$fmt" -o "$out" a.yaml
	done
done
for fmt in json html xlsx; do
	for out in $spellings; do
		input_refused "score -f $fmt -o $out a.yaml --force" a.yaml \
		    score -f "$fmt" -o "$out" --force a.yaml
		input_refused "score -f $fmt -o $out b.yaml ./a.yaml" ./a.yaml \
		    score -f "$fmt" -o "$out" b.yaml ./a.yaml
	done
done
cd "$top" || exit 1

# score over a folder: every file the folder gives is an input.
fresh
cd_w
ln dir/c.yaml c-link.yaml
cp -R "$tmp/w" "$tmp/orig.dir"
rm -rf "$tmp/orig" && mv "$tmp/orig.dir" "$tmp/orig"
for out in dir/c.yaml ./dir/c.yaml c-link.yaml; do
	refused "score -o $out dir" dir/c.yaml score -f json -o "$out" dir
	grep -q -F dir/c.yaml "$tmp/stderr" ||
	    bad "score -o $out dir: the input dir/c.yaml is not named"
	refused "score -r -o $out . --force" dir/c.yaml \
	    score -r --force -f csv -o "$out" .
done
cd "$top" || exit 1

# compare: either file compared.
fresh
cd_w
for out in $spellings; do
	input_refused "compare -o $out (old)" a.yaml \
	    compare -o "$out" a.yaml b.yaml
	input_refused "compare -o $out (new)" a.yaml \
	    compare -f json -o "$out" --force b.yaml a.yaml
done
cd "$top" || exit 1

# init: --from as the target of another spelling without --force names
# the refresh; any other input, and the catalog, are refused always.
fresh
cd_w
for out in $spellings; do
	input_refused "init --from a.yaml -o $out" a.yaml \
	    init --from a.yaml -o "$out"
	grep -q -- --force "$tmp/stderr" ||
	    bad "init --from a.yaml -o $out: no hint at --force"
done
cd "$top" || exit 1

# The catalog, for every command, through --criteria and the variable.
fresh
cd_w
for out in cat.yaml ./cat.yaml symcat.yaml hardcat.yaml; do
	for cmd in "schema" "init" "score -f json a.yaml" \
	    "compare a.yaml b.yaml" "init --from a.yaml"; do
		# shellcheck disable=SC2086
		refused "$cmd -o $out --criteria cat.yaml" cat.yaml \
		    $cmd --criteria cat.yaml -o "$out" --force
		grep -q -F "cat.yaml" "$tmp/stderr" ||
		    bad "$cmd -o $out: the catalog is not named"
	done
	AFTOETS_CRITERIA=cat.yaml
	export AFTOETS_CRITERIA
	refused "schema -o $out, AFTOETS_CRITERIA" cat.yaml \
	    schema -o "$out" --force
	unset AFTOETS_CRITERIA
done
cd "$top" || exit 1

# Another answers file: refused without --force, replaced with it.
answers_target() {	# what check args... (-o b.yaml among them)
	what=$1
	check=$2
	shift 2
	fresh
	cd_w
	refused "$what" b.yaml "$@"
	grep -q -F -- "--force" "$tmp/stderr" ||
	    bad "$what: no hint at --force"
	run "$@" --force
	[ "$rc" -eq 0 ] || bad "$what --force: exit code $rc: $(cat "$tmp/stderr")"
	if cmp -s b.yaml "$tmp/orig/b.yaml"; then
		bad "$what --force: b.yaml was not replaced"
	fi
	$check b.yaml || bad "$what --force: b.yaml is not what was written"
	cd "$top" || exit 1
}
is_json() { head -c 1 "$1" | grep -q '{'; }
is_html() { head -n 1 "$1" | grep -q '<!DOCTYPE html>'; }
is_xlsx() { head -c 2 "$1" | grep -q PK; }
is_csv() { head -n 1 "$1" | grep -q '^file,'; }
is_text() { grep -q 'Bewonerskaart' "$1" && ! grep -q '^service:' "$1"; }
is_template() { grep -q '^answers:' "$1" && grep -q '^# ' "$1"; }
is_refresh() { grep -q 'Bewonerskaart Parkeren' "$1" && grep -q '^# ' "$1"; }

answers_target "score -f json -o b.yaml" is_json score -f json -o b.yaml a.yaml
answers_target "score -f html -o b.yaml" is_html score -f html -o b.yaml a.yaml
answers_target "score -f xlsx -o b.yaml" is_xlsx score -f xlsx -o b.yaml a.yaml
answers_target "score -f csv -o b.yaml" is_csv score -f csv -o b.yaml dir
answers_target "score -o b.yaml" is_text score -o b.yaml a.yaml
answers_target "compare -o b.yaml" is_text compare -o b.yaml a.yaml dir/c.yaml
answers_target "schema -o b.yaml" is_json schema -o b.yaml
answers_target "init -o b.yaml" is_template init -o b.yaml
answers_target "init --from a.yaml -o b.yaml" is_refresh \
    init --from a.yaml -o b.yaml

# A broken answers file is still one, when its first keys say so.
fresh
cd_w
printf 'service:\n  name: x\nanswers:\n  SD-G1: [ja\n' >broken.yaml
cp broken.yaml "$tmp/orig/broken.yaml"
refused "schema -o broken.yaml" broken.yaml schema -o broken.yaml
cd "$top" || exit 1

# An earlier report, or any other file, is replaced as it always was.
earlier() {	# what check args... (-o r.out among them)
	what=$1
	check=$2
	shift 2
	fresh
	cd_w
	run "$@"
	[ "$rc" -eq 0 ] || bad "$what: first run, exit code $rc"
	printf 'not yet\n' >>r.out
	cp r.out "$tmp/before"
	run "$@"
	[ "$rc" -eq 0 ] || bad "$what: exit code $rc: $(cat "$tmp/stderr")"
	[ -s "$tmp/stderr" ] && bad "$what: a message: $(cat "$tmp/stderr")"
	cmp -s r.out "$tmp/before" && bad "$what: the report was not replaced"
	$check r.out || bad "$what: r.out is not what was written"
	cd "$top" || exit 1
}
for fmt in json jsonl; do
	earlier "score -f $fmt (one)" is_json score -f $fmt -o r.out a.yaml
	earlier "score -f $fmt (two)" is_json score -f $fmt -o r.out a.yaml b.yaml
done
earlier "score -f csv" is_csv score -f csv -o r.out a.yaml
earlier "score -f markdown" true score -f markdown -o r.out a.yaml
earlier "score -f junit" true score -f junit -o r.out a.yaml
earlier "score -f html" is_html score -f html -o r.out a.yaml b.yaml
earlier "score -f xlsx" is_xlsx score -f xlsx -o r.out a.yaml
earlier "score --details" is_text score --details -o r.out a.yaml
earlier "compare -f json" is_json compare -f json -o r.out a.yaml b.yaml
earlier "compare -f markdown" true compare -f markdown -o r.out a.yaml b.yaml
earlier "schema" is_json schema -o r.out

# The refresh in place: init --from F -o F --force, through any name.
for out in a.yaml ./a.yaml hard.yaml; do
	fresh
	cd_w
	run init --from a.yaml -o "$out" --force
	[ "$rc" -eq 0 ] || bad "refresh -o $out: exit code $rc"
	is_refresh "$out" || bad "refresh -o $out: not refreshed"
	cd "$top" || exit 1
done

# A new name costs nothing and is written; --force needs -o.
fresh
cd_w
run score -f json -o new.json a.yaml
[ "$rc" -eq 0 ] && is_json new.json || bad "new output: exit code $rc"
for cmd in "score a.yaml" "compare a.yaml b.yaml" "schema"; do
	# shellcheck disable=SC2086
	run $cmd --force
	[ "$rc" -eq 2 ] || bad "$cmd --force without -o: exit code $rc"
done
cd "$top" || exit 1

[ "$checks" -ge 140 ] || bad "only $checks runs"
exit $fail
