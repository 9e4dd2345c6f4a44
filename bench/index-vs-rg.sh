#!/usr/bin/env bash
# Benchmark (issues 2 and 10): cold-JVM `index` of a kernel tree against `rg --files` over the same tree, measured
# in the same run and interleaved, so the ratios hold on a shared, noisy machine. Each run measures:
#   - rg --files TREE                          the baseline: listing the tree natively
#   - find TREE -type f                        a second native listing (GNU find: one lstat per entry)
#   - index, first run (empty facts cache)     goal <= 10x rg, peak RSS <= 512 MB
#   - index again, tree unchanged (warm cache) goal <= 5x rg
#   - ctags over the files index parses        a native parser over the same input: every .rs file of the index
#                                              and every file of the bindings include closure (universal-ctags,
#                                              C and Rust parsers, tags to /dev/null)
#   - the JVM + CLI start alone (--version)    the floor every cold run pays
#   - the explorer opening the tree            DirectoryLoader in a fresh JVM with the app's JVM set-up (C1, G1;
#                                              ADR 0014):
#                                              with an empty cache, re-opened with the cache (goal <= 5x rg),
#                                              re-opened again inside that running JVM, and opened with the cache
#                                              right after the bundled sample, as in an app that starts with it
# Prints medians, ratios to rg, the peak RSS of each index run (the largest of parent and child JVM, as GNU time
# reports it), the load average before and after, since the machine is shared, and where the time of one more
# cached index goes (PhaseClock marks: milliseconds since the shell started java).
# Usage: bench/index-vs-rg.sh [TREE] [RUNS]   (default: the 7.3 corpus tree, 5 runs; also run it on 6.12)
#        JAR=other.jar bench/index-vs-rg.sh    to measure another build
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-$HOME/.cache/interop-atlas/kernel-corpus}
TREE=${1:-$CORPUS/src/linux-7.3}
RUNS=${2:-5}
JAR=${JAR:-app/target/interop-atlas.jar}
[[ -f $JAR ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
command -v rg >/dev/null || { echo "needs ripgrep: apt-get install -y ripgrep" >&2; exit 1; }
command -v ctags >/dev/null || { echo "needs universal-ctags: apt-get install -y universal-ctags" >&2; exit 1; }
command -v python3 >/dev/null || { echo "needs python3 (to list the parsed files from the index JSON)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
JAVA_OPTS=${JAVA_OPTS:-}
TREE=$(cd "$TREE" && pwd)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { cat "$out"/"$1".* | awk -v c="$2" '{print $c}'; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
index() { # index CACHE-DIR LABEL RUN
  /usr/bin/time -f "%e %M" -o "$out/$2.$3" java $JAVA_OPTS -jar "$JAR" index "$TREE" --cache "$1" \
      --out "$out/index.json" 2>/dev/null
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rg --files "$TREE" >/dev/null   # warm the page cache once for all
index "$out/warm-cache" prepare 0   # fills the warm cache; its index JSON names the files index parses
python3 - "$out/index.json" > "$out/parsed.list" <<'EOF'
import json, sys
index = json.load(open(sys.argv[1]))
for f in index["files"]:
    print(f["path"])
for node in index["graph"]["nodes"]:
    if node["kind"] == "C_HEADER":
        print(node["path"])
EOF
for i in $(seq "$RUNS"); do
  /usr/bin/time -f "%e %M" -o "$out/rg.$i" rg --files "$TREE" >/dev/null
  /usr/bin/time -f "%e %M" -o "$out/find.$i" find "$TREE" -type f >/dev/null
  rm -rf "$out/cold-cache"
  index "$out/cold-cache" cold "$i"
  index "$out/warm-cache" warm "$i"
  (cd "$TREE" && /usr/bin/time -f "%e %M" -o "$out/ctags.$i" ctags -L "$out/parsed.list" -f /dev/null \
      --langmap=C:.c.h)
  /usr/bin/time -f "%e %M" -o "$out/start.$i" java $JAVA_OPTS -jar "$JAR" --version >/dev/null
  rm -rf "$out/app-cache"
  app=(java -XX:TieredStopAtLevel=1 $JAVA_OPTS -cp "$JAR" dev.interopatlas.app.bench.OpenTree)
  "${app[@]}" "$TREE" "$out/app-cache" > "$out/appcold.$i"
  "${app[@]}" "$TREE" "$out/app-cache" > "$out/appwarm.$i"
  "${app[@]}" "$TREE" "$out/app-cache" --after-sample \
      > "$out/appsample.$i"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

rg_s=$(col rg 1 | median)
find_s=$(col find 1 | median)
cold_s=$(col cold 1 | median)
warm_s=$(col warm 1 | median)
ctags_s=$(col ctags 1 | median)
start_s=$(col start 1 | median)
app_cold_s=$(col appcold 1 | median)
app_warm_s=$(col appwarm 1 | median)
app_again_s=$(col appwarm 2 | median)
app_sample_s=$(col appsample 1 | median)
cold_kb=$(col cold 2 | sort -n | tail -1)
warm_kb=$(col warm 2 | sort -n | tail -1)
parsed=$(wc -l < "$out/parsed.list")
awk -v r="$rg_s" -v c="$cold_s" -v w="$warm_s" -v t="$ctags_s" -v s="$start_s" -v cm="$cold_kb" -v wm="$warm_kb" \
    -v n="$RUNS" -v tree="$TREE" -v p="$parsed" -v lb="$load_before" -v la="$load_after" \
    -v ac="$app_cold_s" -v aw="$app_warm_s" -v aa="$app_again_s" -v as="$app_sample_s" -v f="$find_s" 'BEGIN {
  printf "tree: %s (%d interleaved runs, medians; load average %s before, %s after)\n", tree, n, lb, la
  printf "rg --files:                       %.3f s\n", r
  printf "find -type f:                     %.3f s = %.1fx rg\n", f, f / r
  printf "index, first run (empty cache):   %.3f s = %.1fx rg (goal <= 10x), peak RSS %.0f MB (goal <= 512 MB)\n", c, c / r, cm / 1024
  printf "index again, unchanged tree:      %.3f s = %.1fx rg (goal <= 5x), peak RSS %.0f MB\n", w, w / r, wm / 1024
  printf "ctags over the %d files index parses: %.3f s = %.1fx rg\n", p, t, t / r
  printf "floor: JVM + CLI start (--version) %.3f s = %.1fx rg\n", s, s / r
  printf "explorer opening the tree, fresh JVM: empty cache %.3f s = %.1fx rg; cached %.3f s = %.1fx rg (goal <= 5x)\n", ac, ac / r, aw, aw / r
  printf "explorer opening it after the bundled sample, as the app starts (cached): %.3f s = %.1fx rg\n", as, as / r
  printf "explorer re-opening it in the same JVM: %.3f s = %.1fx rg\n", aa, aa / r }'

echo "where a cached index spends its time (ms since the shell started java; one run):"
start=$(date +%s%3N)
java $JAVA_OPTS -Dinterop-atlas.phases=true -jar "$JAR" index "$TREE" --cache "$out/warm-cache" \
    --out "$out/index.json" 2>&1 >/dev/null | awk -v t0="$start" '/^phase / {
  printf "  %5d  %s", $2 - t0, ($3 == parent || parent == "" ? "" : "  ")
  if (parent == "") parent = $3
  for (i = 4; i <= NF; i++) printf " %s", $i; print "" }'
echo "  $(( $(date +%s%3N) - start ))  exit seen by the shell"
