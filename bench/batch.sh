#!/usr/bin/env bash
# Whole-process speed of `planforge render` on many plans (issue 12), as a user runs it: copies of
# the Chinese example in a temporary folder, the command run several times, medians printed.
#
#   bench/batch.sh                 both figures below, 5 runs each
#   bench/batch.sh many [N] [RUNS] N copies (default 100) in one call: median wall time, peak RSS
#   bench/batch.sh extra [RUNS]    1 plan and 11 plans in one call each: the warm cost of a plan
#                                  more, (median(11) - median(1)) / 10
#
# PLANFORGE names the command to time (default: ./planforge, which builds the jar and its
# class-data archive first when the sources changed; that first call is never timed). Further
# render options can be given in RENDER_OPTS (e.g. RENDER_OPTS="--jobs 1").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
planforge="${PLANFORGE:-$here/planforge}"
read -r -a options <<<"${RENDER_OPTS:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# COUNT copies of the example in FOLDER, with the files it refers to (its picture) beside them.
copies() {
  local folder="$1" count="$2"
  mkdir -p "$folder"
  find "$here/plans" -maxdepth 1 -type f ! -name '*.yaml' -exec cp {} "$folder/" \;
  for i in $(seq -w 1 "$count"); do
    cp "$here/plans/meet-fresh.yaml" "$folder/meet-fresh-$i.yaml"
  done
}

# One timed call: prints "WALL_SECONDS PEAK_RSS_KIB CPU_SECONDS" (GNU time -v's figures; CPU is
# user + system time, which a busy machine inflates less than the wall time).
timed() {
  local log="$work/time.log"
  rm -rf "$work/out"
  if ! /usr/bin/time -v -o "$log" "$planforge" render "$@" --out "$work/out" "${options[@]}" >/dev/null 2>"$work/err.log"; then
    echo "bench: planforge render failed:" >&2
    cat "$work/err.log" >&2
    exit 1
  fi
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
    /Maximum resident set size/ { rss = $2 }
    /User time \(seconds\)|System time \(seconds\)/ { cpu += $2 }
    END { printf "%.2f %d %.2f\n", wall, rss, cpu }' "$log"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# RUNS timed calls on PLANS (a folder or a file); prints each, then "median wall" and "median peak RSS".
series() {
  local label="$1" runs="$2" plans="$3" results="$work/results"
  : >"$results"
  for r in $(seq 1 "$runs"); do
    timed "$plans" | tee -a "$results" | awk -v l="$label" -v r="$r" '{ printf "%s, run %d: %.2f s wall, %.2f s CPU, %.0f MiB\n", l, r, $1, $3, $2 / 1024 }'
  done
  wall=$(cut -d' ' -f1 "$results" | median)
  rss=$(cut -d' ' -f2 "$results" | median)
  cpu=$(cut -d' ' -f3 "$results" | median)
  printf '%s: median %.2f s wall, %.2f s CPU, peak RSS %.0f MiB (%d runs, %d cores, load average %s)\n' \
    "$label" "$wall" "$cpu" "$(echo "$rss / 1024" | bc -l)" "$runs" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)"
}

many() {
  local count="${1:-100}" runs="${2:-5}"
  copies "$work/many" "$count"
  series "$count plans in one call" "$runs" "$work/many"
}

extra() {
  local runs="${1:-5}"
  copies "$work/one" 1
  copies "$work/eleven" 11
  series "1 plan" "$runs" "$work/one/meet-fresh-1.yaml" # a file: the launcher's one-plan settings
  local one="$wall" one_cpu="$cpu"
  series "11 plans in one call" "$runs" "$work/eleven"
  local eleven="$wall" eleven_cpu="$cpu"
  printf 'warm cost of a plan more: %.0f ms wall ((%.2f s - %.2f s) / 10), %.0f ms CPU\n' \
    "$(echo "($eleven - $one) * 100" | bc -l)" "$eleven" "$one" "$(echo "($eleven_cpu - $one_cpu) * 100" | bc -l)"
}

# Builds the jar and the class-data archive when needed, untimed.
copies "$work/warm" 1
"$planforge" render "$work/warm" --out "$work/out" >/dev/null 2>&1 || true

case "${1:-all}" in
  many) shift; many "$@" ;;
  extra) shift; extra "$@" ;;
  all) extra 5; many 100 5 ;;
  *) echo "usage: bench/batch.sh [many [N] [RUNS] | extra [RUNS]]" >&2; exit 2 ;;
esac
