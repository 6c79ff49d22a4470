module github.com/vennplanner/venn

go 1.26.8

require (
	fyne.io/fyne/v2 v2.8.1 // indirect
	github.com/gofrs/flock v0.13.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/mattn/go-sqlite3 v1.14.53 // indirect
	golang.org/x/sys v0.37.0 // indirect
)
