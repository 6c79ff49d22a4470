package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// IconButton is a button that shows only an icon, named for a screen
// reader: Fyne would read out the icon's file name.
type IconButton struct {
	widget.Button
	// Name is what the button does ("Next week").
	Name string
}

var _ fyne.Accessible = (*IconButton)(nil)

// NewIconButton returns a button showing icon, named name.
func NewIconButton(name string, icon fyne.Resource, tapped func()) *IconButton {
	b := &IconButton{Name: name}
	b.Icon, b.OnTapped = icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// AccessibilityLabel is the button's name, and its text when it has one.
func (b *IconButton) AccessibilityLabel() string {
	if b.Text != "" && b.Text != b.Name {
		return b.Name + ": " + b.Text
	}
	return b.Name
}
