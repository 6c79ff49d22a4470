package model

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"

	"golang.org/x/image/draw"
)

// What a memory's photo may be. A photo someone picks is read once, checked
// and written again as a JPEG of bounded size (which also drops whatever
// the camera wrote beside the picture: places, dates, the device); a photo
// read from the shared folder must already be one Venn could have written.
const (
	// MaxPhotoInput bounds a picked file.
	MaxPhotoInput = 30 << 20
	// MaxPhotoInputSide and MaxPhotoInputPixels bound a picked picture
	// before it is decoded.
	MaxPhotoInputSide   = 16000
	MaxPhotoInputPixels = 80_000_000
	// PhotoSide is the longest side of a photo Venn keeps.
	PhotoSide = 2048
	// PhotoQuality is the JPEG quality Venn writes.
	PhotoQuality = 85
	// MaxPhotoStored bounds a kept photo's file (from the shared folder too).
	MaxPhotoStored = 6 << 20
	// MaxSealedPhoto bounds an encrypted photo's file: a kept photo and
	// age's small overhead (a header and 16 bytes a 64 KiB chunk).
	MaxSealedPhoto = MaxPhotoStored + MaxPhotoStored/1024 + 4096
	// ThumbSide is the longest side of a photo's thumbnail.
	ThumbSide = 160
)

// ErrPhotoFormat and its kin say why a picked photo is refused, in plain
// words (each is a *ValidationError).
var (
	ErrPhotoTooBig error = &ValidationError{Field: "photo", Message: fmt.Sprintf("This photo is larger than %d MB, more than Venn takes: pick a smaller one, or export it smaller from your Photos app.", MaxPhotoInput>>20)}
	ErrPhotoHEIC   error = &ValidationError{Field: "photo", Message: "Venn cannot read HEIC photos yet: export it as JPEG from your Photos app."}
	ErrPhotoFormat error = &ValidationError{Field: "photo", Message: "Venn reads JPEG and PNG photos only: export it as JPEG from your Photos app."}
	ErrPhotoSize   error = &ValidationError{Field: "photo", Message: fmt.Sprintf("This picture is too large to read (more than %d pixels a side or %d megapixels).", MaxPhotoInputSide, MaxPhotoInputPixels/1_000_000)}
	ErrPhotoBroken error = &ValidationError{Field: "photo", Message: "This file does not read as a photo: it may be damaged."}
)

// photoFormat names the format of data from its first bytes: "jpeg",
// "png", "heic" or "" for anything else.
func photoFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xd8, 0xff}):
		return "jpeg"
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case len(data) >= 12 && string(data[4:8]) == "ftyp":
		switch string(data[8:12]) {
		case "heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif":
			return "heic"
		}
	}
	return ""
}

// decodeBounded decodes a JPEG or PNG whose header says it is at most
// maxSide a side and maxPixels in all; it never decodes anything larger.
func decodeBounded(data []byte, maxSide, maxPixels int) (image.Image, error) {
	var decodeConfig func([]byte) (image.Config, error)
	var decode func([]byte) (image.Image, error)
	switch photoFormat(data) {
	case "jpeg":
		decodeConfig = func(b []byte) (image.Config, error) { return jpeg.DecodeConfig(bytes.NewReader(b)) }
		decode = func(b []byte) (image.Image, error) { return jpeg.Decode(bytes.NewReader(b)) }
	case "png":
		decodeConfig = func(b []byte) (image.Config, error) { return png.DecodeConfig(bytes.NewReader(b)) }
		decode = func(b []byte) (image.Image, error) { return png.Decode(bytes.NewReader(b)) }
	case "heic":
		return nil, ErrPhotoHEIC
	default:
		return nil, ErrPhotoFormat
	}
	cfg, err := decodeConfig(data)
	if err != nil {
		return nil, ErrPhotoBroken
	}
	if cfg.Width <= 0 || cfg.Height <= 0 || cfg.Width > maxSide || cfg.Height > maxSide || cfg.Width*cfg.Height > maxPixels {
		return nil, ErrPhotoSize
	}
	img, err := decode(data)
	if err != nil {
		return nil, ErrPhotoBroken
	}
	return img, nil
}

// PreparePhoto checks a picked photo and writes it again as Venn keeps
// photos: a JPEG at most PhotoSide a side, without the camera's metadata.
func PreparePhoto(data []byte) ([]byte, error) {
	if len(data) > MaxPhotoInput {
		return nil, ErrPhotoTooBig
	}
	img, err := decodeBounded(data, MaxPhotoInputSide, MaxPhotoInputPixels)
	if err != nil {
		return nil, err
	}
	img = scaleDown(img, PhotoSide, draw.BiLinear)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: PhotoQuality}); err != nil {
		return nil, fmt.Errorf("write the photo: %w", err)
	}
	return buf.Bytes(), nil
}

// CheckStoredPhoto checks a photo read from the shared folder (or the data
// folder): at most MaxPhotoStored bytes, a JPEG at most PhotoSide a side
// that decodes whole — what Venn writes, nothing else.
func CheckStoredPhoto(data []byte) error {
	if len(data) > MaxPhotoStored {
		return fmt.Errorf("the photo is %d bytes, more than a photo Venn keeps", len(data))
	}
	if photoFormat(data) != "jpeg" {
		return errors.New("the file is not a JPEG photo Venn wrote")
	}
	if _, err := decodeBounded(data, PhotoSide, PhotoSide*PhotoSide); err != nil {
		return fmt.Errorf("the photo is not one Venn keeps: %w", err)
	}
	return nil
}

// Thumbnail decodes a kept photo and scales it to at most side pixels a
// side.
func Thumbnail(data []byte, side int) (image.Image, error) {
	if len(data) > MaxPhotoStored {
		return nil, fmt.Errorf("the photo is %d bytes, more than a photo Venn keeps", len(data))
	}
	img, err := decodeBounded(data, PhotoSide, PhotoSide*PhotoSide)
	if err != nil {
		return nil, err
	}
	return scaleDown(img, side, draw.ApproxBiLinear), nil
}

// ThumbnailJPEG is Thumbnail written as a small JPEG, for a cache on disk.
func ThumbnailJPEG(data []byte, side int) ([]byte, error) {
	img, err := Thumbnail(data, side)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 80}); err != nil {
		return nil, fmt.Errorf("write the thumbnail: %w", err)
	}
	return buf.Bytes(), nil
}

// scaleDown returns img scaled to at most side pixels a side (keeping its
// proportions) on a white ground, as an RGBA picture.
func scaleDown(img image.Image, side int, s draw.Scaler) image.Image {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if w > side || h > side {
		if w >= h {
			w, h = side, max(1, h*side/w)
		} else {
			w, h = max(1, w*side/h), side
		}
	}
	out := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(out, out.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	if w == b.Dx() && h == b.Dy() {
		draw.Draw(out, out.Bounds(), img, b.Min, draw.Over)
		return out
	}
	s.Scale(out, out.Bounds(), img, b, draw.Over, nil)
	return out
}
