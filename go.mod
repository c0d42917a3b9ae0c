module github.com/parallax-reader/parallax

go 1.26.8
