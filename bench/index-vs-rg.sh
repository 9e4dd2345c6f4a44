#!/usr/bin/env bash
# Benchmark (issue 2): cold-JVM `index` of a kernel tree against `rg --files` over the same tree,
# measured in the same run and interleaved, so the ratio holds on a shared, noisy machine.
# Prints the median of each, their ratio (goal <= 4x) and the index run's peak RSS (goal <= 512 MB), plus the
# floor every cold run pays: starting the JVM and the CLI (`--version`), as a ratio to rg too.
# Usage: bench/index-vs-rg.sh [TREE] [RUNS]   (default: the 6.12 corpus tree, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-$HOME/.cache/interop-atlas/kernel-corpus}
TREE=${1:-$CORPUS/src/linux-6.12}
RUNS=${2:-5}
JAR=app/target/interop-atlas.jar
[[ -f $JAR ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
command -v rg >/dev/null || { echo "needs ripgrep: apt-get install -y ripgrep" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
JAVA_OPTS=${JAVA_OPTS:-}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
rg --files "$TREE" >/dev/null   # warm the page cache once for both
for i in $(seq "$RUNS"); do
  /usr/bin/time -f "%e %M" -o "$out/rg.$i" rg --files "$TREE" >/dev/null
  /usr/bin/time -f "%e %M" -o "$out/ix.$i" java $JAVA_OPTS -jar "$JAR" index "$TREE" --out "$out/index.json" 2>/dev/null
  /usr/bin/time -f "%e %M" -o "$out/start.$i" java $JAVA_OPTS -jar "$JAR" --version >/dev/null
done
rg_s=$(cat "$out"/rg.* | awk '{print $1}' | median)
ix_s=$(cat "$out"/ix.* | awk '{print $1}' | median)
start_s=$(cat "$out"/start.* | awk '{print $1}' | median)
rss_kb=$(cat "$out"/ix.* | awk '{print $2}' | sort -n | tail -1)
awk -v r="$rg_s" -v i="$ix_s" -v s="$start_s" -v m="$rss_kb" -v n="$RUNS" -v t="$TREE" 'BEGIN {
  printf "tree: %s (%d interleaved runs, medians)\n", t, n
  printf "rg --files: %.3f s\nindex (cold JVM): %.3f s\n", r, i
  printf "ratio index / rg --files: %.1fx (goal <= 4x)\n", (r > 0 ? i / r : 0)
  printf "floor: JVM + CLI start (--version) %.3f s = %.1fx rg --files\n", s, (r > 0 ? s / r : 0)
  printf "peak RSS of index: %.0f MB (goal <= 512 MB)\n", m / 1024 }'
