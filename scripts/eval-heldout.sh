#!/usr/bin/env bash
# Scores parallax's alignment on the held-out stories in
# model/align/testdata/heldout/ (fictional stories written for the project,
# each a folder of sources and a gold.json) and, first, on the five seeds.
# Prints one score line per story, for the README and for tuning:
#
#   scripts/eval-heldout.sh            (all stories)
#   scripts/eval-heldout.sh fire theft (only these held-out stories)
#
# Needs ../shared/eval/score (beside the repository) and python3; the seeds
# are scored only when ../shared/seeds and ../shared/gold/seeds.json exist.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
score="$shared/eval/score"
heldout="$root/model/align/testdata/heldout"
if [ ! -x "$score" ] || ! command -v python3 >/dev/null; then
	echo "eval-heldout: $score and python3 are needed" >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/parallax" ./cmd/parallax)

# files DIR GOLD: the documents the gold names, in label order, one a line.
files() {
	python3 -c 'import json,sys,os
g=json.load(open(sys.argv[2]))
for lab in sorted(g["documents"]): print(os.path.join(sys.argv[1], g["documents"][lab]))' "$1" "$2"
}

# run NAME DIR GOLD: align the story's documents and print its score line.
run() {
	local name=$1 dir=$2 gold=$3
	mapfile -t docs < <(files "$dir" "$gold")
	"$tmp/parallax" --json "${docs[@]}" >"$tmp/$name.json"
	printf '%-8s ' "$name"
	"$score" --quiet --docs "$dir" "$gold" "$tmp/$name.json" || true
}

if [ $# -eq 0 ] && [ -f "$shared/gold/seeds.json" ]; then
	run seeds "$shared/seeds" "$shared/gold/seeds.json"
fi
stories=("$@")
if [ ${#stories[@]} -eq 0 ]; then
	for d in "$heldout"/*/; do stories+=("$(basename "$d")"); done
fi
for s in "${stories[@]}"; do
	run "$s" "$heldout/$s" "$heldout/$s/gold.json"
done
