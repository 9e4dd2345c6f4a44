#!/usr/bin/env bash
# Benchmark (issue 13), all in one run on the same machine:
#   impact of the corpus repo v6.12 -> v7.3 between two cached tags (blob facts and declaration prints cached)
#   divided by one index of the unpacked 7.3 tree with its facts cache warm (goal <= 2x); cold JVM each time.
# Both caches are filled by one untimed run first, in a private cache directory. Prints medians, the ratio,
# and the peak RSS of each (GNU time's maximum of the launcher and the child JVM it waits for).
# Usage: bench/impact-vs-index.sh [RUNS]   (default 5; medians)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-$HOME/.cache/interop-atlas/kernel-corpus}
REPO=$CORPUS/linux-git
TREE=$CORPUS/src/linux-7.3
RUNS=${1:-5}
JAR=app/target/interop-atlas.jar
[[ -f $JAR ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
index() { java -jar "$JAR" index "$TREE" --cache "$work/cache" --out "$work/index.json"; }
impact() { java -jar "$JAR" impact "$REPO" --from v6.12 --to v7.3 --cache "$work/cache" --json "$work/impact.json"; }
index >/dev/null 2>&1
impact >/dev/null 2>&1
for i in $(seq "$RUNS"); do
  /usr/bin/time -f "%e %M" -o "$work/t" bash -c "$(declare -f index); JAR=$JAR TREE=$TREE work=$work; index" \
    >/dev/null 2>&1; cat "$work/t" >> "$work/index"
  /usr/bin/time -f "%e %M" -o "$work/t" bash -c "$(declare -f impact); JAR=$JAR REPO=$REPO work=$work; impact" \
    >/dev/null 2>&1; cat "$work/t" >> "$work/impact"
done
ti=$(awk '{print $1}' "$work/index" | median); ri=$(awk '{print $2}' "$work/index" | sort -n | tail -1)
tm=$(awk '{print $1}' "$work/impact" | median); rm=$(awk '{print $2}' "$work/impact" | sort -n | tail -1)
awk -v ti="$ti" -v tm="$tm" -v ri="$ri" -v rm="$rm" -v n="$RUNS" 'BEGIN {
  printf "runs: %d (medians), load average at the end: see uptime below\n", n
  printf "index of the 7.3 tree, facts cached:       %.2f s, peak RSS %d MB\n", ti, ri / 1024
  printf "impact v6.12 -> v7.3, both tags cached:    %.2f s, peak RSS %d MB\n", tm, rm / 1024
  printf "ratio impact / index: %.2fx (goal <= 2x)\n", tm / ti }'
uptime
