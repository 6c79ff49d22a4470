// Package layers keeps Venn's import graph to the architecture that
// docs/ARCHITECTURE.md draws. Its test reads the graph with go list and
// fails on an import between Venn's packages that the architecture does not
// allow, naming the file and line that makes it; on a package the
// architecture does not place; and on a package the document does not name.
// The allowed arrows are written once, in layers_test.go: an arrow added
// there belongs in the document's drawing too.
package layers
