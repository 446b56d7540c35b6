#!/usr/bin/env bash
# Big plans, whole process (issue 12): generates the 20,000-customer plan, the 2,000-task chain and
# the 10 MiB plan (src/test/java/dev/planforge/bench/BigPlans.java) into a temporary folder, then
# renders each of them, and the Chinese example, RUNS times to every format with ./planforge,
# printing the median wall and CPU time, the peak resident memory (/usr/bin/time -v) and the PDF's
# pages and size.
#
#   bench/big.sh [RUNS]          RUNS defaults to 5
#   PLANFORGE="java -Xmx800m -jar target-x/planforge.jar" bench/big.sh    another command to time
#   BUILD_DIR=target-x bench/big.sh    the Maven build folder the generator is compiled in
#   ONLY="tasks-2000 big-10mib" bench/big.sh    some of the plans (meet-fresh customers-20k tasks-2000 big-10mib)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
build="${BUILD_DIR:-target-bench}"
read -ra planforge <<< "${PLANFORGE:-$root/planforge}"
only="${ONLY:-meet-fresh customers-20k tasks-2000 big-10mib}"
[ -x /usr/bin/time ] || { echo "big.sh needs GNU time (/usr/bin/time)" >&2; exit 2; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "compiling the generator in $build ..." >&2
(cd "$root" && mvn -q -B -o -DbuildDir="$build" test-compile dependency:build-classpath \
    -Dmdep.outputFile="$build/test-classpath.txt" >&2)
java -cp "$root/$build/test-classes:$root/$build/classes:$(cat "$root/$build/test-classpath.txt")" \
    dev.planforge.bench.BigPlans "$tmp/plans" >&2

plan_of() {
  case "$1" in
    meet-fresh) echo "$root/plans/meet-fresh.yaml" ;;
    *) echo "$tmp/plans/$1/plan.yaml" ;;
  esac
}

# A first call builds the jar and its class-data archive when the sources changed: not timed.
"${planforge[@]}" render "$root/plans/meet-fresh.yaml" --out "$tmp/warm-up" >/dev/null 2>&1 || true

median() { sort -g | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.2f\n", (v[NR/2]+v[NR/2+1])/2}'; }

printf '%-14s %5s %10s %10s %12s %7s %10s\n' plan runs "wall (s)" "cpu (s)" "peak RSS" pages "PDF bytes"
for name in $only; do
  plan="$(plan_of "$name")"
  out="$tmp/out/$name"
  : > "$tmp/wall"; : > "$tmp/cpu"; : > "$tmp/rss"
  for ((i = 0; i < runs; i++)); do
    rm -rf "$out"
    if ! /usr/bin/time -v -o "$tmp/time" "${planforge[@]}" render "$plan" --format html,pdf,md,json --out "$out" \
        >/dev/null 2>"$tmp/err"; then
      echo "$name: the render failed:" >&2
      tail -5 "$tmp/err" >&2
      exit 1
    fi
    awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s}' \
        "$tmp/time" >> "$tmp/wall"
    awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$tmp/time" >> "$tmp/cpu"
    awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time" >> "$tmp/rss"
  done
  pdf="$(ls "$out"/*.pdf)"
  pages="$( (pdfinfo "$pdf" 2>/dev/null || true) | awk '/^Pages:/ {print $2}')"
  printf '%-14s %5d %10s %10s %9d MiB %7s %10d\n' "$name" "$runs" "$(median < "$tmp/wall")" "$(median < "$tmp/cpu")" \
      "$(( $(sort -g "$tmp/rss" | tail -1) / 1024 ))" "${pages:-?}" "$(stat -c %s "$pdf")"
done
echo "(wall and CPU: medians of $runs runs; peak RSS: the largest of them; $(nproc) processors, load $(cut -d' ' -f1-3 /proc/loadavg))"
