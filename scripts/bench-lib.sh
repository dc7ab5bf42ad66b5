# Shared by the whole-process benchmark scripts (bench-cli.sh,
# bench-ciclo.sh, bench-print.sh) and compare-print.sh, which set RUNS and
# work before sourcing it.

# build_pair REV: builds the command line of revision REV as
# $work/piano-base and of this tree as $work/piano-new.
build_pair() {
	mkdir "$work/base"
	git archive "$1" | tar -x -C "$work/base"
	(cd "$work/base" && go build -o "$work/piano-base" ./cmd/piano)
	go build -o "$work/piano-new" ./cmd/piano
}

# measure LABEL CMD...: runs CMD RUNS times; wall time from the shell clock
# in milliseconds (time's own %e has only centiseconds), peak RSS from
# /usr/bin/time.
measure() {
	local label=$1
	shift
	local times=() rss=0 t0 t1 r
	if ! "$@" >/dev/null 2>"$work/err"; then
		printf '| %s | non riuscito: %s | | |\n' "$label" "$(head -n 1 "$work/err")"
		return 0
	fi
	for _ in $(seq "$RUNS"); do
		t0=$(date +%s%N)
		/usr/bin/time -f %M -o "$work/rss" "$@" >/dev/null
		t1=$(date +%s%N)
		times+=($(((t1 - t0) / 1000)))
		r=$(tail -n 1 "$work/rss")
		((r > rss)) && rss=$r
	done
	local sorted
	sorted=$(printf '%s\n' "${times[@]}" | sort -n)
	local best median
	best=$(echo "$sorted" | head -n 1)
	median=$(echo "$sorted" | sed -n "$(((RUNS + 1) / 2))p")
	printf '| %s | %d | %d | %d |\n' "$label" "$((median / 1000))" "$((best / 1000))" "$((rss / 1024))"
}

# pages FILE.pdf: how many pages a PDF has.
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
