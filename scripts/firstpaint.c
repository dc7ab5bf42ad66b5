/*
 * firstpaint: the window benchmark's eye on the screen (scripts/bench-window.sh).
 *
 *   firstpaint LAUNCH_NS NAME_PREFIX [TIMEOUT_S]
 *
 * Waits for a top-level window whose name starts with NAME_PREFIX to be
 * mapped, then for its first frame: a pixel of the window that is no longer
 * the black of the screen behind it (Xvfb runs with -br, and an OpenGL
 * window shows what is behind it until it draws). Prints
 * "MAPPED_MS PAINTED_MS NAME", the times counted from LAUNCH_NS
 * (CLOCK_REALTIME nanoseconds, as `date +%s%N` gives), NAME the window's
 * name when it was drawn. Exit status 1 on timeout.
 *
 * It asks the X server for a thin cross through the window every
 * millisecond or so: cheap enough not to slow the program it watches, and
 * no screenshot tool started per poll.
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long long now_ns(void) {
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int ignore_errors(Display *d, XErrorEvent *e) { (void)d; (void)e; return 0; }

/* find returns a viewable top-level window named PREFIX..., or 0. */
static Window find(Display *d, const char *prefix) {
	Window root = DefaultRootWindow(d), parent, *kids = NULL, found = 0;
	unsigned int n = 0;
	if (!XQueryTree(d, root, &root, &parent, &kids, &n))
		return 0;
	for (unsigned int i = n; i-- > 0 && !found;) {
		XWindowAttributes wa;
		XTextProperty tp;
		if (!XGetWindowAttributes(d, kids[i], &wa) || wa.map_state != IsViewable)
			continue;
		if (XGetWMName(d, kids[i], &tp) && tp.value) {
			if (strncmp((char *)tp.value, prefix, strlen(prefix)) == 0)
				found = kids[i];
			XFree(tp.value);
		}
	}
	if (kids)
		XFree(kids);
	return found;
}

/* painted tells whether any pixel on the window's middle row or column is
 * not black. */
static int painted(Display *d, Window w) {
	XWindowAttributes wa;
	if (!XGetWindowAttributes(d, w, &wa) || wa.width < 2 || wa.height < 2)
		return 0;
	XImage *row = XGetImage(d, w, 0, wa.height / 2, wa.width, 1, AllPlanes, ZPixmap);
	XImage *col = XGetImage(d, w, wa.width / 2, 0, 1, wa.height, AllPlanes, ZPixmap);
	int lit = 0;
	for (int x = 0; row && x < wa.width && !lit; x++)
		lit = (XGetPixel(row, x, 0) & 0xffffff) != 0;
	for (int y = 0; col && y < wa.height && !lit; y++)
		lit = (XGetPixel(col, 0, y) & 0xffffff) != 0;
	if (row)
		XDestroyImage(row);
	if (col)
		XDestroyImage(col);
	return lit;
}

int main(int argc, char **argv) {
	if (argc < 3) {
		fprintf(stderr, "uso: firstpaint LAUNCH_NS NAME_PREFIX [TIMEOUT_S]\n");
		return 2;
	}
	long long launch = atoll(argv[1]);
	long long deadline = now_ns() + (argc > 3 ? atoll(argv[3]) : 30) * 1000000000LL;
	const struct timespec tick = {0, 1000000};
	Display *d = XOpenDisplay(NULL);
	if (!d) {
		fprintf(stderr, "firstpaint: nessuno schermo X\n");
		return 1;
	}
	XSetErrorHandler(ignore_errors); /* the window may go away while we look */
	Window w = 0;
	long long mapped = 0;
	while (now_ns() < deadline) {
		if (!w && (w = find(d, argv[2])))
			mapped = now_ns();
		if (w && painted(d, w)) {
			long long t = now_ns();
			XTextProperty tp;
			const char *name = "";
			if (XGetWMName(d, w, &tp) && tp.value)
				name = (const char *)tp.value;
			printf("%lld %lld %s\n", (mapped - launch) / 1000000, (t - launch) / 1000000, name);
			return 0;
		}
		nanosleep(&tick, NULL);
	}
	fprintf(stderr, "firstpaint: nessuna finestra «%s» disegnata in tempo\n", argv[2]);
	return 1;
}
