# bash completion for aftoets: commands, options, their values, criterion
# ids and answers files.  Installed as
# PREFIX/share/bash-completion/completions/aftoets.

_aftoets_files()
{
	# Answers files and folders to go into.
	local IFS=$'\n'
	compopt -o filenames 2>/dev/null
	COMPREPLY+=( $(compgen -d -- "$1") )
	COMPREPLY+=( $(compgen -f -X '!*.yaml' -- "$1") )
	COMPREPLY+=( $(compgen -f -X '!*.yml' -- "$1") )
}

_aftoets()
{
	local cur prev cmd opts
	COMPREPLY=()
	cur=${COMP_WORDS[COMP_CWORD]}
	prev=${COMP_WORDS[COMP_CWORD-1]}
	local common="--criteria --lang --color -q --quiet -h --help"

	if [ "$COMP_CWORD" -eq 1 ]; then
		COMPREPLY=( $(compgen -W "score validate criteria init fill
		    form compare schema significance help --version --help" \
		    -- "$cur") )
		return
	fi
	cmd=${COMP_WORDS[1]}

	case $prev in
	--lang)
		COMPREPLY=( $(compgen -W "nl en" -- "$cur") ); return ;;
	--color|--colour)
		COMPREPLY=( $(compgen -W "auto always never" -- "$cur") )
		return ;;
	-f|--format)
		case $cmd in
		score) opts="text json jsonl markdown csv junit html xlsx" ;;
		criteria|compare) opts="text markdown json" ;;
		significance) opts="text json" ;;
		esac
		COMPREPLY=( $(compgen -W "$opts" -- "$cur") ); return ;;
	--criteria|--from)
		_aftoets_files "$cur"; return ;;
	-o|--output|--schema)
		compopt -o filenames 2>/dev/null
		COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
	--principle)
		COMPREPLY=( $(compgen -W "standaard-digitaal gebruiker-centraal
		    digitaal-herdacht datagedreven betrouwbaar" -- "$cur") )
		return ;;
	--fail-under-principle)
		COMPREPLY=( $(compgen -W "standaard-digitaal= gebruiker-centraal=
		    digitaal-herdacht= datagedreven= betrouwbaar=" -- "$cur") )
		compopt -o nospace 2>/dev/null
		return ;;
	-j|--jobs|--budget|--users|--fail-under|--max-size|--sheets)
		return ;;
	esac

	case $cmd in
	score)
		opts="-f --format -o --output --force --fail-under
		    --fail-under-principle --require-complete -r --recursive
		    -j --jobs --strict --details --max-size --sheets" ;;
	validate)	opts="--strict --max-size" ;;
	criteria)	opts="-f --format" ;;
	init)		opts="--from -o --output --force --schema" ;;
	fill)		opts="--unanswered --principle --guide" ;;
	form)		opts="--from -o --output --force" ;;
	compare)	opts="-f --format -o --output --force
		    --fail-on-regression -r --recursive" ;;
	schema)		opts="-o --output --force" ;;
	significance)	opts="--budget --users -f --format" ;;
	help)
		COMPREPLY=( $(compgen -W "score validate criteria init fill
		    form compare schema significance" -- "$cur") )
		return ;;
	*)		return ;;
	esac
	if [[ $cur == -* ]]; then
		COMPREPLY=( $(compgen -W "$opts $common" -- "$cur") )
		return
	fi
	case $cmd in
	score|validate|compare|fill)
		_aftoets_files "$cur" ;;
	criteria)
		COMPREPLY=( $(compgen -W "$("${COMP_WORDS[0]}" criteria \
		    2>/dev/null | awk '/^  [A-Za-z0-9]/ { print $1 }')" \
		    -- "$cur") ) ;;
	esac
}

complete -F _aftoets aftoets
