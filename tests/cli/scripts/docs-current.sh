#!/bin/sh
# Command output shown in the documentation is still what aftoets prints.
#
# In docs/*.md, a fenced code block right after the line
#
#     <!-- output -->
#
# is a command and its output: the block's first line is "$ " and the
# command (run from the top of the tree with sh, 'aftoets' standing for
# the program under test; pipes and redirections work), and the rest of
# the block is what it writes to standard output and standard error.
# This script runs every such command and fails when its output differs
# from the block.  With DOCS_UPDATE=1 it rewrites the blocks with what
# the commands print now (from the top of the tree:
# DOCS_UPDATE=1 AFTOETS=build/aftoets WRAP= sh tests/cli/scripts/docs-current.sh);
# review that diff like code.
set -u
fail=0
top=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case $AFTOETS in /*) ;; *) AFTOETS=$top/$AFTOETS ;; esac
export AFTOETS WRAP
unset AFTOETS_LANG AFTOETS_CRITERIA NO_COLOR
export LC_ALL=C.UTF-8 TERM=dumb

# run CMD: what the command prints, both streams, as the docs show it.
run() {
	(
		cd "$top" || exit 97
		aftoets() { $WRAP "$AFTOETS" "$@"; }
		eval "$1"
	) 2>&1
}

n=0
for doc in docs/*.md; do
	[ -f "$doc" ] || continue
	state=text
	: >"$tmp/new"
	while IFS= read -r line || [ -n "$line" ]; do
		case $state in
		text)
			printf '%s\n' "$line" >>"$tmp/new"
			[ "$line" = "<!-- output -->" ] && state=fence ;;
		fence)
			printf '%s\n' "$line" >>"$tmp/new"
			case $line in
			'```'*) state=cmd ;;
			*) echo "$doc: '<!-- output -->' is not followed by a code block"
			   fail=1; state=text ;;
			esac ;;
		cmd)
			printf '%s\n' "$line" >>"$tmp/new"
			case $line in
			'$ '*) cmd=${line#\$ }; : >"$tmp/want"; state=body ;;
			*) echo "$doc: a checked block must start with '\$ command'"
			   fail=1; state=text ;;
			esac ;;
		body)
			case $line in
			'```')
				n=$((n + 1))
				run "$cmd" >"$tmp/got"
				if [ -s "$tmp/got" ] &&
				    [ -n "$(tail -c 1 "$tmp/got")" ]; then
					echo >>"$tmp/got"
				fi
				if ! cmp -s "$tmp/want" "$tmp/got"; then
					if [ "${DOCS_UPDATE:-0}" = 1 ]; then
						echo "$doc: updated: $cmd"
					else
						echo "$doc: the output of '$cmd' has changed:"
						diff -u "$tmp/want" "$tmp/got"
						fail=1
					fi
				fi
				cat "$tmp/got" >>"$tmp/new"
				printf '%s\n' "$line" >>"$tmp/new"
				state=text ;;
			*)
				printf '%s\n' "$line" >>"$tmp/want" ;;
			esac ;;
		esac
	done <"$doc"
	if [ "$state" != text ]; then
		echo "$doc: a checked code block is not closed"
		fail=1
	fi
	if [ "${DOCS_UPDATE:-0}" = 1 ] && ! cmp -s "$doc" "$tmp/new"; then
		cp "$tmp/new" "$doc"
	fi
done
[ $n -gt 0 ] || { echo "no checked command blocks in docs/*.md"; fail=1; }
exit $fail
