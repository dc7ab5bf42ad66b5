#!/usr/bin/env bash
# Whole-process benchmarks of the performance cycle's documents and check,
# with the piano command-line tool: wall time (median and best of RUNS) and
# peak resident memory, on the example plan and on the large synthetic plan
# (500 objectives × 3 indicators, two checkpoints filled).
#
#   scripts/bench-ciclo.sh            # 7 runs per case
#   RUNS=15 scripts/bench-ciclo.sh
#
# Prints a Markdown table, ready for docs/benchmark-ciclo.md.
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
"$bin" check --db "$work/grande.db" >/dev/null

. "$root/scripts/bench-lib.sh"

echo "| caso | mediana (ms) | migliore (ms) | memoria di picco (MB) |"
echo "|---|---:|---:|---:|"
measure "esempio: print --what relazione" "$bin" print --example --what relazione -o "$work/relazione.pdf"
measure "esempio: print --what monitoraggio" "$bin" print --example --what monitoraggio --al 30/06/2023 -o "$work/monitoraggio.pdf"
measure "esempio: print --what cruscotto" "$bin" print --example --what cruscotto -o "$work/cruscotto.pdf"
measure "grande: print --what relazione" "$bin" print --db "$work/grande.db" --what relazione -o "$work/grande-relazione.pdf"
measure "grande: print --what monitoraggio" "$bin" print --db "$work/grande.db" --what monitoraggio --al 30/06/2024 -o "$work/grande-monitoraggio.pdf"
measure "grande: print --what cruscotto" "$bin" print --db "$work/grande.db" --what cruscotto -o "$work/grande-cruscotto.pdf"
measure "grande: check" "$bin" check --db "$work/grande.db" --al 01/03/2025
measure "grande: export --format json (con gli esiti)" "$bin" export --db "$work/grande.db" --format json -o "$work/grande.json"

echo
echo "Macchina: $(nproc) core, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -m | awk '/^Mem:/ {print $2}') MB di RAM; $(go version | cut -d' ' -f3); carico medio $(cut -d' ' -f1 /proc/loadavg)"
echo "Pagine: esempio relazione $(pages "$work/relazione.pdf"), monitoraggio $(pages "$work/monitoraggio.pdf"), cruscotto $(pages "$work/cruscotto.pdf"); grande relazione $(pages "$work/grande-relazione.pdf"), monitoraggio $(pages "$work/grande-monitoraggio.pdf"), cruscotto $(pages "$work/grande-cruscotto.pdf")"
