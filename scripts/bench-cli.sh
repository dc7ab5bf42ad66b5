#!/usr/bin/env bash
# Whole-process benchmarks of the piano command-line tool: wall time (median
# and best of RUNS) and peak resident memory, measured with /usr/bin/time,
# for printing and exporting the example plan and a large synthetic plan
# (10 years, 500 objectives, 3 indicators each).
#
#   scripts/bench-cli.sh            # 7 runs per case
#   RUNS=15 scripts/bench-cli.sh
#
# Prints a Markdown table, ready for docs/benchmark-cli.md.
set -euo pipefail

RUNS=${RUNS:-7}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if [ ! -x /usr/bin/time ]; then
	echo "manca /usr/bin/time: installarlo con 'apt-get install -y time'" >&2
	exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bin=$work/piano
go build -o "$bin" ./cmd/piano
"$bin" synth --years 10 --objectives 500 --indicators 3 -o "$work/grande.db" >/dev/null
# Open the large archive once, so the first measured run does not pay for
# the one-off work of a fresh file.
"$bin" check --db "$work/grande.db" >/dev/null

. "$root/scripts/bench-lib.sh"

echo "| caso | mediana (ms) | migliore (ms) | memoria di picco (MB) |"
echo "|---|---:|---:|---:|"
measure "esempio: print --what piano" "$bin" print --example --what piano -o "$work/piano.pdf"
measure "esempio: print --what schede" "$bin" print --example --what schede -o "$work/schede.pdf"
measure "esempio: export --format xlsx" "$bin" export --example --format xlsx -o "$work/esempio.xlsx"
measure "grande: print --what piano" "$bin" print --db "$work/grande.db" --what piano -o "$work/grande.pdf"
measure "grande: print --what schede" "$bin" print --db "$work/grande.db" --what schede -o "$work/grande-schede.pdf"
measure "grande: export --format xlsx" "$bin" export --db "$work/grande.db" --format xlsx -o "$work/grande.xlsx"

echo
echo "Macchina: $(nproc) core, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -m | awk '/^Mem:/ {print $2}') MB di RAM; $(go version | cut -d' ' -f3)"
echo "Pagine: esempio piano $(pdfinfo "$work/piano.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}'), esempio schede $(pdfinfo "$work/schede.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}'), grande piano $(pdfinfo "$work/grande.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}'), grande schede $(pdfinfo "$work/grande-schede.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"
