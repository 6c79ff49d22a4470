package app

import (
	"bytes"
	"context"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"

	"github.com/vennplanner/venn/model"
	"github.com/vennplanner/venn/storage"
)

// MaxDemoMemories bounds DemoMemories.
const MaxDemoMemories = 5000

// DemoMemories adds n memories with generated photos (side×side*3/4 JPEGs,
// written as Venn keeps photos), spread over the two years before today,
// for benchmarks and for trying the timeline with many photos.
func (s *Service) DemoMemories(ctx context.Context, n, side int) error {
	if n < 0 || n > MaxDemoMemories {
		return fmt.Errorf("demo memories: between 0 and %d", MaxDemoMemories)
	}
	side = min(max(side, 16), model.PhotoSide)
	_, partners, err := s.Household(ctx)
	if err != nil {
		return err
	}
	if len(partners) < 2 {
		return ErrNoHousehold
	}
	today := s.today()
	ms := make([]model.Memory, 0, n)
	for i := range n {
		if err := ctx.Err(); err != nil {
			return err
		}
		photo, err := demoPhoto(side, side*3/4, i)
		if err != nil {
			return err
		}
		m := model.Memory{ID: storage.NewID(), AuthorID: partners[i%2].ID, Title: fmt.Sprintf("Memory %d: a day worth keeping", i+1),
			Day: today.AddDays(-(i * 730 / max(n, 1))), Words: "Generated for trying the timeline.", Photo: storage.NewID(), Private: i%10 == 9}
		if err := s.keepPhoto(m.Photo, photo); err != nil {
			return err
		}
		ms = append(ms, m)
	}
	return s.update(ctx, func(tx *storage.Tx) error {
		for _, m := range ms {
			if err := tx.PutMemory(nil, m); err != nil {
				return err
			}
		}
		return nil
	})
}

// demoPhoto draws a w×h picture of bands of colour that differ with seed.
func demoPhoto(w, h, seed int) ([]byte, error) {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			img.Set(x, y, color.RGBA{uint8(x*255/w + seed*37), uint8(y*255/h + seed*11), uint8((x + y + seed*53) / 4), 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: model.PhotoQuality}); err != nil {
		return nil, fmt.Errorf("demo photo: %w", err)
	}
	return buf.Bytes(), nil
}
