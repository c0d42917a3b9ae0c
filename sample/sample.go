package sample

import "embed"

//go:embed *.txt *.md *.html
var files embed.FS

// File is one sample article: its file name and its raw bytes.
type File struct {
	Name string
	Data []byte
}

// order is the order in which the sample is presented; every embedded
// article is listed once.
var order = []string{
	"harbour-gazette.txt",
	"coastline-news.html",
	"ardley-evening-post.md",
	"northsea-wire.txt",
	"inchmorrow-islander.txt",
}

// Files returns the sample articles, always in the same order. Each call
// returns fresh slices, so callers may modify them.
func Files() []File {
	out := make([]File, 0, len(order))
	for _, name := range order {
		data, err := files.ReadFile(name)
		if err != nil {
			panic("sample: missing embedded article " + name)
		}
		out = append(out, File{Name: name, Data: data})
	}
	return out
}
