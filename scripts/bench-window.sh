#!/usr/bin/env bash
# Measures the real program under Xvfb: time from start to the main window
# being mapped, and peak memory (/usr/bin/time -v), on the example plan and
# on a large synthetic plan (10 years, 500 objectives, 3 indicators each).
# Usage: scripts/bench-window.sh [runs]   (default 5 runs per plan)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/xvfb-lib.sh
need Xvfb:xvfb xdotool:xdotool xdpyinfo:x11-utils
[ -x /usr/bin/time ] || need time:time
runs=${1:-5}

go build -tags migrated_fynedo -o build/pianoperformance .
go build -tags migrated_fynedo -o build/piano ./cmd/piano
work=$(mktemp -d)
trap 'stop_xvfb; rm -rf "$work"' EXIT
start_xvfb
build/piano synth --years 10 --objectives 500 --indicators 3 -o "$work/grande.db" >/dev/null

# run FILE: prints "<ms to window> <peak KiB>" for one start.
run() {
	local db=$1
	local t0 t1
	t0=$(date +%s%N)
	HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
		/usr/bin/time -v -o "$work/time.txt" build/pianoperformance -db "$db" >"$work/app.log" 2>&1 &
	local pid=$!
	wait_window 30 >/dev/null || { echo "finestra non comparsa" >&2; cat "$work/app.log" >&2; exit 1; }
	t1=$(date +%s%N)
	sleep 1 # let the first frames draw, so peak memory includes them
	pkill -TERM -P "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	local kib
	kib=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/time.txt")
	echo "$(((t1 - t0) / 1000000)) $kib"
}

printf '%-28s %8s %8s %8s %12s\n' "piano" "min ms" "med ms" "max ms" "picco MiB"
for name in esempio grande; do
	db="$work/$name.db"
	[ "$name" = esempio ] && rm -f "$db" # created from the built-in example on first start
	run "$db" >/dev/null                 # warm the file cache; not counted
	ms=() kib=()
	for _ in $(seq 1 "$runs"); do
		read -r m k < <(run "$db")
		ms+=("$m")
		kib+=("$k")
	done
	sorted=$(printf '%s\n' "${ms[@]}" | sort -n)
	min=$(echo "$sorted" | head -n1)
	max=$(echo "$sorted" | tail -n1)
	med=$(echo "$sorted" | sed -n "$(((runs + 1) / 2))p")
	peak=$(printf '%s\n' "${kib[@]}" | sort -n | tail -n1)
	label=$name
	[ "$name" = grande ] && label="grande (10×500×3)"
	printf '%-28s %8s %8s %8s %12s\n' "$label" "$min" "$med" "$max" "$(awk -v k="$peak" 'BEGIN {printf "%.1f", k/1024}')"
done
