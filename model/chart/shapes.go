package chart

import "math"

// Segment is a straight line from A to B.
type Segment struct{ A, B Point }

// Hatch is the diagonal lines, gap apart, that fill b, each cut at b's
// edges: the pattern a hatched bar is drawn with on screen and on paper.
func Hatch(b Box, gap float64) []Segment {
	if b.W <= 0 || b.H <= 0 || gap <= 0 {
		return nil
	}
	var segs []Segment
	// Lines x - y = k rising to the right, for k from -H to W.
	for k := -b.H + gap/2; k < b.W; k += gap {
		// Where the line x = y + k meets the box, in box coordinates.
		y0 := max(0, -k)
		y1 := min(b.H, b.W-k)
		if y1 <= y0 {
			continue
		}
		segs = append(segs, Segment{
			A: Point{b.X + y0 + k, b.Bottom() - y0},
			B: Point{b.X + y1 + k, b.Bottom() - y1},
		})
	}
	return segs
}

// Dashes cuts the line through pts into dashes on long and gaps off long,
// the pattern carried across corners.
func Dashes(pts []Point, on, off float64) []Segment {
	if on <= 0 || off < 0 {
		return nil
	}
	var segs []Segment
	drawing, left := true, on
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		length := math.Hypot(b.X-a.X, b.Y-a.Y)
		at := 0.0
		for at < length {
			step := min(left, length-at)
			if drawing {
				segs = append(segs, Segment{lerp(a, b, at/length), lerp(a, b, (at+step)/length)})
			}
			at += step
			left -= step
			if left <= 1e-9 {
				drawing = !drawing
				left = on
				if !drawing {
					left = off
				}
			}
		}
	}
	return segs
}

func lerp(a, b Point, t float64) Point {
	return Point{a.X + (b.X-a.X)*t, a.Y + (b.Y-a.Y)*t}
}

// DashOf is the on and off lengths of a stroke at a line width: nothing
// for a solid line.
func DashOf(s Stroke, width float64) (on, off float64) {
	switch s {
	case Dashed:
		return width * 3, width * 2
	case Dotted:
		return width, width * 1.5
	}
	return 0, 0
}
