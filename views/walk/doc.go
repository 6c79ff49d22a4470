// Package walk is the real-window walk: tests that open Venn's window on
// Fyne's desktop (GLFW) driver, on demo data, and press every control,
// open and close every dialog and send every listed shortcut as X key
// events, in the light and dark themes and at 1024×640 and 1600×1000.
//
// Fyne's headless test driver does not run the desktop driver's code —
// dialogs sized before they exist, keys without a modifier, window hints —
// so only a real window finds what breaks there. The tests run only when
// VENN_WALK is set and a display is there: scripts/window-walk starts Xvfb
// and runs them (CI does too). They need xdotool.
package walk
