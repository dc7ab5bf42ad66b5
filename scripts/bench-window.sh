#!/usr/bin/env bash
# Time from launch to the first drawn frame of the main window, the program
# against a bare Fyne window (internal/benchbare: one window, a 1,000-row
# table, the same Fyne and build flags), launched alternately under Xvfb so
# the machine's load weighs on both alike. Prints the medians, the ratio
# program/bare and the peak memory (/usr/bin/time), for three cases:
#
#   primo avvio     a fresh profile and -esempio: the program makes a plan
#                   from the built-in example (the bare window also starts
#                   on a fresh profile)
#   avvii seguenti  -db on a copy of the example made by the command line,
#                   the same profile again: the plan is opened and backed up
#   piano grande    -db on a synthetic plan (10 years, 500 objectives,
#                   3 indicators each)
#
# "First drawn frame" is when scripts/firstpaint.c sees the first pixel of
# the window that is not the black screen behind it (Xvfb runs with -br).
#
# Usage: scripts/bench-window.sh [RUNS] [REVISION]
#   RUNS      starts per case and program (default 7), after one unmeasured
#             start of each that warms the file cache
#   REVISION  also builds the program at that git revision (e.g. main) and
#             measures it in the same run, alternating with the other two
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/xvfb-lib.sh
. scripts/tags.sh
need Xvfb:xvfb xdpyinfo:x11-utils gcc:gcc import:imagemagick
[ -x /usr/bin/time ] || need time:time
runs=${1:-7}
rev=${2:-}

work=$(mktemp -d)
trap 'stop_xvfb; rm -rf "$work"' EXIT
echo "Compilo il programma, la finestra di riferimento e l'occhio (firstpaint)..." >&2
go build -tags "$TAGS" -o "$work/programma" .
go build -tags "$TAGS" -o "$work/riferimento" ./internal/benchbare
go build -o "$work/piano" ./cmd/piano
gcc -O2 -o "$work/firstpaint" scripts/firstpaint.c -lX11
progs=(riferimento programma)
if [ -n "$rev" ]; then
	echo "Compilo il programma alla revisione $rev..." >&2
	mkdir "$work/src"
	git archive "$rev" | tar -x -C "$work/src"
	(cd "$work/src" && tags=migrated_fynedo && { [ ! -f scripts/tags.sh ] || tags=$(. scripts/tags.sh && echo "$TAGS"); } && go build -tags "$tags" -o "$work/rev" . && go build -o "$work/piano-rev" ./cmd/piano)
	progs+=(rev)
fi
mkdir "$work/tmp" # the copies of the example -esempio makes
XVFB_ARGS=-br start_xvfb
load0=$(cut -d' ' -f1-3 /proc/loadavg)
# Each program opens plans of its own, made by its own command line: a file
# of a newer schema is refused by an older program.
plans() { # plans PIANO SUFFIX
	"$1" synth --years 10 --objectives 500 --indicators 3 -o "$work/grande-$2.db" >/dev/null
	"$1" export --example --format json -o "$work/esempio-$2.json" >/dev/null
	"$1" import --db "$work/esempio-$2.db" "$work/esempio-$2.json" >/dev/null
}
plans "$work/piano" programma
[ -z "$rev" ] || plans "$work/piano-rev" rev

# start PROG HOME [ARGS...]: one start; appends "<ms to first frame> <peak
# KiB>" to $work/PROG.<case>.
start() {
	local prog=$1 home=$2
	shift 2
	local name='Piano della Performance'
	[ "$prog" = riferimento ] && name='Finestra di riferimento'
	local t0 pid
	t0=$(date +%s%N)
	HOME="$home" XDG_CONFIG_HOME="$home/.config" TMPDIR="$work/tmp" \
		/usr/bin/time -f %M -o "$work/rss" "$work/$prog" "$@" >"$work/app.log" 2>&1 &
	pid=$!
	local mapped painted title
	if ! read -r mapped painted title < <("$work/firstpaint" "$t0" "$name" 30); then
		echo "$prog: la finestra non è comparsa" >&2
		cat "$work/app.log" >&2
		exit 1
	fi
	# The main window's title names the plan ("Piano della Performance
	# 2023 — Comune di …"); a window titled only with the program's name
	# says that the plan could not be opened.
	if [ "$title" = "Piano della Performance" ]; then
		echo "$prog: si è aperta la finestra «$title» invece di quella del piano" >&2
		import -window root "$work/errore.png" 2>/dev/null && cp "$work/errore.png" build/bench-window-errore.png
		exit 1
	fi
	sleep 1 # the first frames drawn, so the peak memory counts them
	pkill -TERM -P "$pid" 2>/dev/null || true
	for _ in $(seq 100); do
		pgrep -P "$pid" >/dev/null || break
		sleep 0.1
	done
	pkill -KILL -P "$pid" 2>/dev/null || true # one that did not end within 10 s
	wait "$pid" 2>/dev/null || true
	echo "$painted $(tail -n 1 "$work/rss")"
}

# median FILE: the median of the first column.
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
peak() { sort -n -k2 "$1" | tail -n 1 | awk '{printf "%.0f", $2/1024}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {r = sprintf("%.2f", a/b); sub(/\./, ",", r); print r "×"}'; }

for case in primo seguenti grande; do
	for prog in "${progs[@]}"; do
		: >"$work/$prog.$case"
		mkdir -p "$work/home-$prog"
	done
	for i in $(seq 0 "$runs"); do
		for prog in "${progs[@]}"; do
			home=$work/home-$prog
			args=()
			case $case in
			primo) rm -rf "$home" && mkdir "$home" && args=(-esempio) ;;
			seguenti) args=(-db "$work/esempio-$prog.db") ;;
			grande) args=(-db "$work/grande-$prog.db") ;;
			esac
			[ "$prog" != riferimento ] || args=()
			r=$(start "$prog" "$home" "${args[@]}")
			[ "$i" = 0 ] || echo "$r" >>"$work/$prog.$case" # the first start only warms the cache
		done
	done
done

head="| caso | finestra di riferimento (ms) | programma (ms) | rapporto |"
sep="|---|---:|---:|---:|"
if [ -n "$rev" ]; then
	head+=" $rev (ms) | rapporto $rev |"
	sep+="---:|---:|"
fi
echo
echo "Mediane di $runs avvii, dal lancio al primo fotogramma disegnato della finestra."
echo
mem="riferimento / programma"
[ -z "$rev" ] || mem+=" / $rev"
echo "$head memoria di picco: $mem (MiB) |"
echo "$sep---:|"
for case in primo seguenti grande; do
	label=$case
	case $case in
	primo) label="primo avvio (esempio)" ;;
	seguenti) label="avvii seguenti (esempio)" ;;
	grande) label="piano grande (10×500×3)" ;;
	esac
	b=$(median "$work/riferimento.$case")
	p=$(median "$work/programma.$case")
	row="| $label | $b | $p | $(ratio "$p" "$b") |"
	if [ -n "$rev" ]; then
		r=$(median "$work/rev.$case")
		row+=" $r | $(ratio "$r" "$b") |"
	fi
	peaks="$(peak "$work/riferimento.$case") / $(peak "$work/programma.$case")"
	[ -z "$rev" ] || peaks+=" / $(peak "$work/rev.$case")"
	echo "$row $peaks |"
done
echo
echo "Obiettivo: programma ≤ 1,3× la finestra di riferimento."
echo "Macchina: $(nproc) core, $(free -m | awk '/^Mem:/ {print $2}') MB di RAM, carico medio $load0 all'inizio, $(cut -d' ' -f1-3 /proc/loadavg) alla fine; $(go version | cut -d' ' -f3); Xvfb con OpenGL software"
