# Shared helpers for scripts that run the real window under Xvfb.
# Sourced, not executed.

# need installs the Debian packages providing the given commands if missing.
need() {
	local missing=()
	for pair in "$@"; do
		local cmd=${pair%%:*} pkg=${pair#*:}
		command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
	done
	if [ ${#missing[@]} -gt 0 ]; then
		echo "Installazione di: ${missing[*]}" >&2
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	fi
}

# start_xvfb picks a free display, starts Xvfb at 1366x768 (the office
# laptop) and exports DISPLAY; stop_xvfb ends it. -noreset: by default Xvfb
# resets when its last client quits, and the next program started in that
# moment fails with "Failed to open display". XVFB_ARGS adds options (the
# window benchmark wants -br: a black screen behind the windows).
start_xvfb() {
	local n=${XVFB_DISPLAY:-93}
	while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
	# shellcheck disable=SC2086
	Xvfb ":$n" -screen 0 1366x768x24 -nolisten tcp -noreset ${XVFB_ARGS:-} >/dev/null 2>&1 &
	XVFB_PID=$!
	export DISPLAY=":$n"
	for _ in $(seq 1 100); do
		xdpyinfo >/dev/null 2>&1 && return 0
		sleep 0.05
	done
	echo "Xvfb non si è avviato" >&2
	return 1
}

stop_xvfb() {
	[ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
	XVFB_PID=
}

# wait_window waits until a window whose name starts with "Piano della
# Performance" is mapped (polling, no guessed sleeps); prints its id.
wait_window() {
	local deadline=$((SECONDS + ${1:-30}))
	while [ $SECONDS -lt $deadline ]; do
		local id
		id=$(xdotool search --onlyvisible --name '^Piano della Performance' 2>/dev/null | head -n1)
		if [ -n "$id" ]; then
			echo "$id"
			return 0
		fi
		sleep 0.01
	done
	return 1
}

# fit_window ID [WIDTH HEIGHT] sizes the window (the whole 1366x768
# screen by default), as a clerk would, waits until the size has settled,
# then for Fyne to draw at it.
fit_window() {
	local id=$1 w=${2:-1366} h=${3:-768} prev= cur
	xdotool windowsize "$id" "$w" "$h" windowmove "$id" 0 0
	for _ in $(seq 1 100); do
		cur=$(xwininfo -id "$id" | awk '/Width|Height/ {printf "%s ", $2}')
		[ "$cur" = "$prev" ] && [ "$cur" = "$w $h " ] && break
		prev=$cur
		sleep 0.05
	done
	sleep 0.5 # let Fyne draw the frame at the new size
}
