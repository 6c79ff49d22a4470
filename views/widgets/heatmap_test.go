package widgets

import (
	"image"
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/vennplanner/venn/model"
)

// heatRaster returns the heat map's one raster of squares.
func heatRaster(t *testing.T, h *HeatMap) *canvas.Raster {
	t.Helper()
	for _, o := range test.WidgetRenderer(h).Objects() {
		if r, ok := o.(*canvas.Raster); ok {
			return r
		}
	}
	t.Fatal("the heat map draws no raster")
	return nil
}

func TestHeatMapPaintsEachDayInOneRasterAtAnyScale(t *testing.T) {
	test.NewTempApp(t)
	today := model.DateOf(time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC)) // a Thursday
	h := NewHeatMap(4)
	h.Today, h.WeekStart, h.Color = today, time.Monday, color.NRGBA{R: 0xd0, G: 0x60, B: 0x40, A: 0xff}
	h.Start = h.DayAt(0, 1) // the first Monday is before the ritual began
	done, skipped, paused := h.DayAt(1, 0), h.DayAt(1, 1), h.DayAt(2, 2)
	h.Days = map[model.Date]model.EntryStatus{done: model.Done, skipped: model.Skipped, paused: model.Paused}
	h.Refresh()
	r := heatRaster(t, h)
	th, v := h.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	mark := MarkColour(h.Color, th.Color(theme.ColorNameBackground, v))
	grey := color.NRGBAModel.Convert(th.Color(theme.ColorNameDisabled, v)).(color.NRGBA)
	faint := color.NRGBAModel.Convert(th.Color(theme.ColorNameInputBackground, v)).(color.NRGBA)
	size := h.gridSize()
	for _, scale := range []float32{1, 2, 1.5} {
		img := r.Generator(int(size.Width*scale), int(size.Height*scale)).(*image.NRGBA)
		// at is a day's pixel, dx and dy units from its square's corner.
		at := func(week, wd int, dx, dy float32) color.NRGBA {
			x := (float32(week*(HeatCell+heatGap)) + dx) * scale
			y := (float32(wd*(HeatCell+heatGap)) + dy) * scale
			return img.NRGBAAt(int(x), int(y))
		}
		centre := float32(HeatCell) / 2
		checks := []struct {
			name string
			got  color.NRGBA
			want color.NRGBA
		}{
			{"a done day", at(1, 0, centre, centre), mark},
			{"a skipped day", at(1, 1, centre, centre), grey},
			{"a paused day's middle", at(2, 2, centre, centre), Tint(h.Color, 0x30)},
			{"a paused day's edge", at(2, 2, centre, 0.5), Tint(h.Color, 0xa0)},
			{"a day with nothing logged", at(2, 3, centre, centre), faint},
			{"a day before the start", at(0, 0, centre, centre), color.NRGBA{}},
			{"a day after today", at(3, 6, centre, centre), color.NRGBA{}},
			{"the gap between two days", at(1, 0, HeatCell+1.5, centre), color.NRGBA{}},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("at %v×: %s is %v, want %v", scale, c.name, c.got, c.want)
			}
		}
		if corner := at(1, 0, 0.2, 0.2); corner.A >= mark.A/2 {
			t.Errorf("at %v×: a square's corner pixel is %v: not rounded off", scale, corner)
		}
	}
}
