#!/usr/bin/env bash
# Every row of issue 12's speed table, measured as a user runs planforge (whole processes, medians
# of RUNS runs), then printed as one table beside its goal:
#
#   bench/speed.sh [RUNS]        RUNS defaults to 5; about ten minutes on two cores
#
# - cold: `./planforge render plans/meet-fresh.yaml` (HTML, PDF, Markdown) and, in the same loop,
#   headless Chromium printing that HTML to PDF; the row is the ratio of the two medians;
# - warm, per extra plan, and 100 plans in one call: bench/batch.sh;
# - 20,000 customers, 2,000 chained tasks, the 10 MiB plan and the example's PDF size: bench/big.sh.
#
# PLANFORGE names the command to time (default ./planforge, which picks the newest Java it finds;
# PLANFORGE_JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java bench/speed.sh measures Java 17).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
read -ra planforge <<< "${PLANFORGE:-$root/planforge}"
[ -x /usr/bin/time ] || { echo "speed.sh needs GNU time (/usr/bin/time)" >&2; exit 2; }
chromium="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

median() { sort -g | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.2f\n", (v[NR/2]+v[NR/2+1])/2}'; }
seconds() { # the wall time of /usr/bin/time -v's log $1
  awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s}' "$1"
}

# The first call builds the jar and its start-up cache when needed: never timed.
"${planforge[@]}" render "$root/plans/meet-fresh.yaml" --out "$tmp/cold" >/dev/null 2>&1

echo "cold: planforge and Chromium, $runs runs each, alternating ..." >&2
: > "$tmp/pf"; : > "$tmp/chromium"
for ((i = 0; i < runs; i++)); do
  /usr/bin/time -v -o "$tmp/time" "${planforge[@]}" render "$root/plans/meet-fresh.yaml" --out "$tmp/cold" >/dev/null 2>&1
  seconds "$tmp/time" >> "$tmp/pf"
  if [ -n "$chromium" ]; then
    /usr/bin/time -v -o "$tmp/time" "$chromium" --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$tmp/chromium.pdf" "file://$tmp/cold/meet-fresh.html" >/dev/null 2>&1
    seconds "$tmp/time" >> "$tmp/chromium"
  fi
done
pf="$(median < "$tmp/pf")"
if [ -n "$chromium" ]; then
  chrome="$(median < "$tmp/chromium")"
  cold="$(awk -v a="$pf" -v b="$chrome" 'BEGIN {printf "%.2f × Chromium (%.2f s vs %.2f s)", a / b, a, b}')"
  cold_met="$(awk -v a="$pf" -v b="$chrome" 'BEGIN {print (a < b ? "met" : "not met")}')"
else
  cold="$pf s (no Chromium here to compare with)"
  cold_met="?"
fi

echo "many plans: bench/batch.sh ..." >&2
PLANFORGE="${PLANFORGE:-}" "$root/bench/batch.sh" extra "$runs" | tee "$tmp/extra" >&2
PLANFORGE="${PLANFORGE:-}" "$root/bench/batch.sh" many 100 "$runs" | tee "$tmp/many" >&2
extra="$(sed -n 's/^warm cost of a plan more: \([-0-9]*\) ms wall.*/\1/p' "$tmp/extra")"
many_wall="$(sed -n 's/^100 plans in one call: median \([0-9.]*\) s wall.*/\1/p' "$tmp/many")"
many_rss="$(sed -n 's/^100 plans in one call: .*peak RSS \([0-9]*\) MiB.*/\1/p' "$tmp/many")"

echo "big plans: bench/big.sh ..." >&2
"$root/bench/big.sh" "$runs" | tee "$tmp/big" >&2
big() { # field $2 (wall, rss, bytes, pages) of plan $1 in big.sh's table
  awk -v plan="$1" -v field="$2" '$1 == plan {
    if (field == "wall") print $3; else if (field == "rss") print $5; else if (field == "pages") print $7; else print $8 }' "$tmp/big"
}
within() { awk -v v="$1" -v max="$2" 'BEGIN {print (v + 0 <= max + 0 ? "met" : "not met")}'; }
both() { [ "$1" = met ] && [ "$2" = met ] && echo met || echo "not met"; }

java_used="$(bash -c "source '$root/planforge'; pick_java" 2>/dev/null | cut -d' ' -f1 || true)"
echo
echo "| row | measured (medians of $runs runs) | goal | |"
echo "|---|---|---|---|"
echo "| cold render of the Chinese example, HTML + PDF + MD, whole process | $cold | < 1.0 × Chromium | $cold_met |"
echo "| warm, per extra plan (11 plans in one call vs 1) | $extra ms | ≤ 150 ms | $(within "$extra" 150) |"
echo "| 100 plans, one call | $many_wall s, peak RSS $many_rss MiB | ≤ 15 s | $(within "$many_wall" 15) |"
w="$(big customers-20k wall)"; r="$(big customers-20k rss)"
echo "| 20,000 customers, all formats | $w s, peak RSS $r MiB | ≤ 5 s, ≤ 512 MiB | $(both "$(within "$w" 5)" "$(within "$r" 512)") |"
b="$(big meet-fresh bytes)"
echo "| PDF size, Chinese example | $b bytes, $(big meet-fresh pages) pages | ≤ 400 KB | $(within "$b" 409600) |"
w="$(big tasks-2000 wall)"; r="$(big tasks-2000 rss)"
echo "| 2,000 chained tasks | $w s, peak RSS $r MiB | ≤ 5 s, ≤ 512 MiB | $(both "$(within "$w" 5)" "$(within "$r" 512)") |"
w="$(big big-10mib wall)"; r="$(big big-10mib rss)"
echo "| a 10 MiB plan | $w s, peak RSS $r MiB | ≤ 60 s, ≤ 1 GiB | $(both "$(within "$w" 60)" "$(within "$r" 1024)") |"
echo
echo "$(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg); ./planforge's Java: ${java_used:-?}"
