#!/usr/bin/env bash
# Times parallax --json on the two book-length texts in ../shared/bench
# against `git diff --no-index --word-diff` and `wdiff` on the same pair, in
# one run on this machine, and prints the ratios and parallax's peak memory.
#
#   scripts/bench-compare.sh [RUNS]      (default 3 runs each; the median counts)
#
# Ratios, not absolute times, are what to compare between machines.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bench="$root/../shared/bench"
runs=${1:-3}
a="$bench/bible_kjv.txt"
b="$bench/bible_web.txt"
if [ ! -f "$a" ] || [ ! -f "$b" ]; then
	echo "bench-compare: $bench/bible_kjv.txt and bible_web.txt are needed (../shared beside the repository)" >&2
	exit 1
fi

install_pkg() { # install a Debian package when we may, else say so
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "bench-compare: installing $1" >&2
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1") >/dev/null 2>&1 || true
	fi
}
[ -x /usr/bin/time ] || install_pkg time
command -v wdiff >/dev/null || install_pkg wdiff
if [ ! -x /usr/bin/time ]; then
	echo "bench-compare: /usr/bin/time is missing (apt-get install time); it measures peak memory" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && go build -o "$tmp/parallax" ./cmd/parallax)

# measure NAME CMD...: runs CMD $runs times, prints "median_seconds peak_kb".
measure() {
	local name=$1; shift
	local times=() peak=0
	for _ in $(seq "$runs"); do
		/usr/bin/time -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || {
			# git diff exits 1 when the files differ; anything else is a failure.
			if [ "$name" != git ] && [ "$name" != wdiff ]; then cat "$tmp/err" >&2; exit 1; fi
		}
		read -r s kb < <(tail -n 1 "$tmp/t")
		times+=("$s")
		[ "$kb" -gt "$peak" ] && peak=$kb
	done
	local med
	med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
	echo "$med $peak"
}

echo "Book pair: $(du -h "$a" | cut -f1) + $(du -h "$b" | cut -f1), $runs runs each, median"
read -r t_px m_px < <(measure parallax "$tmp/parallax" --json "$a" "$b")
read -r t_git _ < <(measure git git diff --no-index --word-diff "$a" "$b")
printf '  %-34s %7.2f s   peak %d MB\n' "parallax --json" "$t_px" $((m_px / 1024))
printf '  %-34s %7.2f s\n' "git diff --no-index --word-diff" "$t_git"
have_wdiff=0
if command -v wdiff >/dev/null; then
	have_wdiff=1
	read -r t_wd _ < <(measure wdiff wdiff "$a" "$b")
	printf '  %-34s %7.2f s\n' "wdiff" "$t_wd"
else
	echo "  wdiff is missing (apt-get install wdiff): no wdiff ratio"
fi

verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "NOT met"; fi; }
echo
r_git=$(awk "BEGIN {printf \"%.2f\", $t_px / ($t_git > 0 ? $t_git : 0.01)}")
echo "parallax / git diff --word-diff = ${r_git}x   (target at most 3x: $(verdict "$r_git <= 3"))"
if [ "$have_wdiff" = 1 ]; then
	r_wd=$(awk "BEGIN {printf \"%.2f\", $t_wd / ($t_px > 0 ? $t_px : 0.01)}")
	echo "wdiff / parallax                 = ${r_wd}x   (target at least 4x: $(verdict "$r_wd >= 4"))"
fi
echo "parallax peak memory             = $((m_px / 1024)) MB (target at most 200 MB: $(verdict "$m_px <= 204800"))"
