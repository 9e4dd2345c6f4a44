#!/usr/bin/env bash
# Benchmark (issue 3), all in one run on the same machine:
#   1. cold history of the corpus repo's v6.1 + v6.12 (empty cache, cold JVM)
#      divided by one cold working-tree index of the unpacked 6.12 tree (goal <= 2x);
#   2. re-opening the cached history (same cache; goal <= 0.5 s), both as a whole CLI run (JVM start
#      included) and as the in-process time the command reports.
# Usage: bench/history-vs-index.sh [RUNS]   (default 3; medians)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-$HOME/.cache/interop-atlas/kernel-corpus}
REPO=$CORPUS/linux-git
TREE=$CORPUS/src/linux-6.12
RUNS=${1:-3}
JAR=app/target/interop-atlas.jar
[[ -f $JAR ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for i in $(seq "$RUNS"); do
  rm -rf "$work/cache"
  secs java -jar "$JAR" history "$REPO" --tags v6.1,v6.12 --cache "$work/cache" --json "$work/t.json" >> "$work/cold"
  secs java -jar "$JAR" index "$TREE" --out "$work/i.json" >> "$work/index"
  secs java -jar "$JAR" history "$REPO" --tags v6.1,v6.12 --cache "$work/cache" --json "$work/t2.json" >> "$work/warm"
  # the same re-open measured inside the JVM (what the app pays when it re-opens a history)
  java -cp "$JAR" dev.interopatlas.app.bench.ReopenHistory "$REPO" "$work/cache" >> "$work/reopen"
done
cold=$(median < "$work/cold"); index=$(median < "$work/index"); warm=$(median < "$work/warm")
reopen=$(awk '{print $1}' "$work/reopen" | median); reopen_warm=$(awk '{print $2}' "$work/reopen" | median)
awk -v c="$cold" -v i="$index" -v w="$warm" -v r="$reopen" -v rw="$reopen_warm" -v n="$RUNS" 'BEGIN {
  printf "runs: %d (medians)\n", n
  printf "cold history v6.1+v6.12: %.2f s; cold index of the 6.12 tree: %.2f s\n", c, i
  printf "ratio cold history / cold index: %.2fx (goal <= 2x)\n", c / i
  printf "re-open cached history, in-process: first in a fresh JVM %.3f s, again in a running JVM (the app) %.3f s (goal <= 0.5 s)\n", r, rw
  printf "re-open cached history as a whole CLI run (JVM start included): %.2f s\n", w }'
