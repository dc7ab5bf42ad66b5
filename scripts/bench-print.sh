#!/usr/bin/env bash
# Whole-process timings of printing with the piano command-line tool, this
# tree against another revision (default: main), in the same run: both are
# built, then launched alternately so that the machine's load weighs on
# both alike. Prints a Markdown table of medians and best times. The last
# columns are this tree's window program running the same command line
# (what piano.exe runs on Windows): the same work, plus the start of a
# program that also holds the window.
#
#   scripts/bench-print.sh              # against main, 15 runs per case
#   RUNS=25 scripts/bench-print.sh v1.2
set -euo pipefail

BASE=${1:-main}
RUNS=${RUNS:-15}
# An Italian office PC (the window program reads the locale at start).
export LANG=it_IT.UTF-8
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/tags.sh

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$root/scripts/bench-lib.sh"
build_pair "$BASE"
go build -tags "$TAGS" -o "$work/finestra-new" .
# Each program prints the large plan from a file of its own schema, made by
# its own (deterministic) generator.
for v in base new; do
	"$work/piano-$v" synth --years 10 --objectives 500 --indicators 3 -o "$work/grande-$v.db" >/dev/null
	"$work/piano-$v" check --db "$work/grande-$v.db" >/dev/null
done

# ms CMD...: the wall time of one run in microseconds.
us() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000))
}

# stats FILE: "median best" in milliseconds with one decimal.
stats() {
	sort -n "$1" | awk '{a[NR]=$1} END {printf "%.1f %.1f", a[int((NR+1)/2)]/1000, a[1]/1000}'
}

echo "| caso | $BASE: mediana (ms) | $BASE: migliore (ms) | questo albero: mediana (ms) | questo albero: migliore (ms) | programma con la finestra: mediana (ms) |"
echo "|---|---:|---:|---:|---:|---:|"
for c in "esempio piano|--example --what piano" "esempio schede|--example --what schede" "esempio riepilogo|--example --what riepilogo" \
	"grande piano|--db $work/grande-VER.db --what piano" "grande schede|--db $work/grande-VER.db --what schede"; do
	label=${c%%|*}
	args=${c#*|}
	: >"$work/b" && : >"$work/n" && : >"$work/f"
	# shellcheck disable=SC2086
	for _ in $(seq "$RUNS"); do
		us "$work/piano-base" print ${args//VER/base} -o "$work/b.pdf" >>"$work/b"
		us "$work/piano-new" print ${args//VER/new} -o "$work/n.pdf" >>"$work/n"
		us "$work/finestra-new" print ${args//VER/new} -o "$work/f.pdf" >>"$work/f"
	done
	read -r bm bb <<<"$(stats "$work/b")"
	read -r nm nb <<<"$(stats "$work/n")"
	read -r fm _ <<<"$(stats "$work/f")"
	echo "| $label | $bm | $bb | $nm | $nb | $fm |"
done
echo
echo "Macchina: $(nproc) core, $(free -m | awk '/^Mem:/ {print $2}') MB di RAM, carico medio $(cut -d' ' -f1-3 /proc/loadavg); $(go version | cut -d' ' -f3)"
