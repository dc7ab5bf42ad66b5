//go:build windows

package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"unsafe"

	"golang.org/x/sys/windows"
)

// noOpenGLMessage is what the user reads when the computer cannot draw the
// program's window. It names the usual causes and what to do about them.
const noOpenGLMessage = "Questo computer non mette a disposizione OpenGL 2.1, necessario per la grafica del programma. " +
	"Capita in alcune sessioni di desktop remoto e macchine virtuali: provare dal computer locale " +
	"o chiedere all'assistenza informatica di abilitare l'accelerazione grafica."

// Fyne draws with OpenGL 2.1 through GLFW. When Windows offers only its own
// software renderer ("GDI Generic", OpenGL 1.1: remote-desktop sessions and
// virtual machines without a graphics driver) GLFW refuses to create the
// window ("WGL: The driver does not appear to support OpenGL"), Fyne only
// logs it, and a GUI program with no console just vanishes. checkOpenGL
// does the same test GLFW does, beforehand, so the user gets a message.
//
// It creates a hidden window, looks for a hardware-accelerated pixel format
// as GLFW does, creates a WGL context on it and reads GL_VERSION. It reports
// an error only when OpenGL is known to be missing or too old; if the probe
// itself cannot run (an unexpected Windows failure) it returns nil and lets
// Fyne try.
func checkOpenGL() error {
	version, renderer, err := probeOpenGL()
	var missing errNoOpenGL
	switch {
	case errors.As(err, &missing):
		return fmt.Errorf("%s\n\nDettaglio tecnico: %v", noOpenGLMessage, err)
	case err != nil:
		return nil // the probe itself could not run: let Fyne try
	}
	if major, minor, ok := parseGLVersion(version); ok && (major < 2 || major == 2 && minor < 1) {
		return fmt.Errorf("%s\n\nDettaglio tecnico: OpenGL %s (%s)", noOpenGLMessage, version, renderer)
	}
	return nil
}

// fatalMessage tells the user why the program cannot start. A GUI-subsystem
// program has no console, so this is a message box.
func fatalMessage(msg string) {
	fmt.Fprintln(os.Stderr, "Piano della Performance:", msg)
	text, err := windows.UTF16PtrFromString(msg)
	if err != nil {
		return
	}
	title, _ := windows.UTF16PtrFromString("Piano della Performance")
	windows.MessageBox(0, text, title, windows.MB_OK|windows.MB_ICONERROR|windows.MB_SETFOREGROUND|windows.MB_TASKMODAL)
}

// errNoOpenGL marks the probe's answers that mean "no usable OpenGL", as
// opposed to failures of the probe itself.
type errNoOpenGL struct{ what string }

func (e errNoOpenGL) Error() string { return e.what }

var (
	user32   = windows.NewLazySystemDLL("user32.dll")
	gdi32    = windows.NewLazySystemDLL("gdi32.dll")
	opengl32 = windows.NewLazySystemDLL("opengl32.dll")

	procRegisterClassExW    = user32.NewProc("RegisterClassExW")
	procUnregisterClassW    = user32.NewProc("UnregisterClassW")
	procCreateWindowExW     = user32.NewProc("CreateWindowExW")
	procDestroyWindow       = user32.NewProc("DestroyWindow")
	procDefWindowProcW      = user32.NewProc("DefWindowProcW")
	procGetDC               = user32.NewProc("GetDC")
	procReleaseDC           = user32.NewProc("ReleaseDC")
	procDescribePixelFormat = gdi32.NewProc("DescribePixelFormat")
	procSetPixelFormat      = gdi32.NewProc("SetPixelFormat")
	procWglCreateContext    = opengl32.NewProc("wglCreateContext")
	procWglMakeCurrent      = opengl32.NewProc("wglMakeCurrent")
	procWglDeleteContext    = opengl32.NewProc("wglDeleteContext")
	procGlGetString         = opengl32.NewProc("glGetString")
)

const (
	csOwnDC              = 0x0020
	wsOverlappedWindow   = 0x00CF0000
	cwUseDefault         = 0x80000000
	pfdDoubleBuffer      = 0x00000001
	pfdDrawToWindow      = 0x00000004
	pfdSupportOpenGL     = 0x00000020
	pfdGenericFormat     = 0x00000040
	pfdGenericAccelerate = 0x00001000
	pfdTypeRGBA          = 0
	glVendor             = 0x1F00
	glRenderer           = 0x1F01
	glVersion            = 0x1F02
)

type wndClassEx struct {
	size       uint32
	style      uint32
	wndProc    uintptr
	clsExtra   int32
	wndExtra   int32
	instance   windows.Handle
	icon       windows.Handle
	cursor     windows.Handle
	background windows.Handle
	menuName   *uint16
	className  *uint16
	iconSm     windows.Handle
}

type pixelFormatDescriptor struct {
	size           uint16
	version        uint16
	flags          uint32
	pixelType      byte
	colorBits      byte
	redBits        byte
	redShift       byte
	greenBits      byte
	greenShift     byte
	blueBits       byte
	blueShift      byte
	alphaBits      byte
	alphaShift     byte
	accumBits      byte
	accumRedBits   byte
	accumGreenBits byte
	accumBlueBits  byte
	accumAlphaBits byte
	depthBits      byte
	stencilBits    byte
	auxBuffers     byte
	layerType      byte
	reserved       byte
	layerMask      uint32
	visibleMask    uint32
	damageMask     uint32
}

// probeOpenGL returns GL_VERSION and GL_RENDERER of the best pixel format
// this desktop offers to a window.
func probeOpenGL() (version, renderer string, err error) {
	// A WGL context is current per thread: keep the whole probe on one.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()

	if err := opengl32.Load(); err != nil {
		return "", "", errNoOpenGL{"opengl32.dll non disponibile"}
	}
	for _, p := range []*windows.LazyProc{procRegisterClassExW, procCreateWindowExW, procDefWindowProcW, procGetDC,
		procDescribePixelFormat, procSetPixelFormat, procWglCreateContext, procWglMakeCurrent, procGlGetString} {
		if err := p.Find(); err != nil {
			return "", "", err
		}
	}

	var instance windows.Handle
	if err := windows.GetModuleHandleEx(0, nil, &instance); err != nil {
		return "", "", err
	}
	className, _ := windows.UTF16PtrFromString("PianoPerformanceGLProbe")
	wc := wndClassEx{
		style:     csOwnDC,
		wndProc:   procDefWindowProcW.Addr(), // no messages of our own to handle
		instance:  instance,
		className: className,
	}
	wc.size = uint32(unsafe.Sizeof(wc))
	if atom, _, e := procRegisterClassExW.Call(uintptr(unsafe.Pointer(&wc))); atom == 0 {
		return "", "", fmt.Errorf("RegisterClassExW: %v", e)
	}
	defer procUnregisterClassW.Call(uintptr(unsafe.Pointer(className)), uintptr(instance))

	// Never shown: WS_VISIBLE is not set.
	hwnd, _, e := procCreateWindowExW.Call(0, uintptr(unsafe.Pointer(className)), uintptr(unsafe.Pointer(className)),
		wsOverlappedWindow, cwUseDefault, cwUseDefault, 64, 64, 0, 0, uintptr(instance), 0)
	if hwnd == 0 {
		return "", "", fmt.Errorf("CreateWindowExW: %v", e)
	}
	defer procDestroyWindow.Call(hwnd)
	dc, _, _ := procGetDC.Call(hwnd)
	if dc == 0 {
		return "", "", errors.New("GetDC failed")
	}
	defer procReleaseDC.Call(hwnd, dc)

	// The same filter as GLFW's legacy path: a window-capable, OpenGL,
	// RGBA, double-buffered format that is not the unaccelerated GDI one.
	var pfd pixelFormatDescriptor
	size := unsafe.Sizeof(pfd)
	count, _, _ := procDescribePixelFormat.Call(dc, 1, size, uintptr(unsafe.Pointer(&pfd)))
	format := 0
	for i := 1; i <= int(count); i++ {
		if r, _, _ := procDescribePixelFormat.Call(dc, uintptr(i), size, uintptr(unsafe.Pointer(&pfd))); r == 0 {
			continue
		}
		const need = pfdDrawToWindow | pfdSupportOpenGL | pfdDoubleBuffer
		if pfd.flags&need != need || pfd.pixelType != pfdTypeRGBA {
			continue
		}
		if pfd.flags&pfdGenericFormat != 0 && pfd.flags&pfdGenericAccelerate == 0 {
			continue
		}
		format = i
		break
	}
	switch {
	case count == 0:
		return "", "", errNoOpenGL{"nessun formato di pixel OpenGL"}
	case format == 0:
		return "", "", errNoOpenGL{fmt.Sprintf("nessuno dei %d formati di pixel è accelerato: c'è solo il renderer software di Windows (OpenGL 1.1)", count)}
	}
	if r, _, e := procSetPixelFormat.Call(dc, uintptr(format), uintptr(unsafe.Pointer(&pfd))); r == 0 {
		return "", "", errNoOpenGL{fmt.Sprintf("SetPixelFormat: %v", e)}
	}
	ctx, _, e := procWglCreateContext.Call(dc)
	if ctx == 0 {
		return "", "", errNoOpenGL{fmt.Sprintf("wglCreateContext: %v", e)}
	}
	defer procWglDeleteContext.Call(ctx)
	if r, _, e := procWglMakeCurrent.Call(dc, ctx); r == 0 {
		return "", "", errNoOpenGL{fmt.Sprintf("wglMakeCurrent: %v", e)}
	}
	defer procWglMakeCurrent.Call(0, 0)

	version = glString(glVersion)
	renderer = strings.TrimSpace(glString(glVendor) + " " + glString(glRenderer))
	if version == "" {
		return "", renderer, errNoOpenGL{"glGetString(GL_VERSION) vuoto"}
	}
	return version, renderer, nil
}

func glString(name uintptr) string {
	p, _, _ := procGlGetString.Call(name)
	if p == 0 {
		return ""
	}
	return windows.BytePtrToString(*(**byte)(unsafe.Pointer(&p))) // C string owned by the driver
}

// parseGLVersion reads "major.minor" from the start of GL_VERSION, which is
// "<major>.<minor>[.<release>] [vendor text]".
func parseGLVersion(s string) (major, minor int, ok bool) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ' '); i >= 0 {
		s = s[:i]
	}
	parts := strings.Split(s, ".")
	if len(parts) < 2 {
		return 0, 0, false
	}
	major, err1 := strconv.Atoi(parts[0])
	minor, err2 := strconv.Atoi(parts[1])
	return major, minor, err1 == nil && err2 == nil
}
