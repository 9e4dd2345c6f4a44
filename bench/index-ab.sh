#!/usr/bin/env bash
# Before/after benchmark of two builds of the CLI on one tree, for a machine too busy for absolute figures: each
# round runs `rg --files`, then for each jar a cached `index` (unchanged tree, warm facts cache) and a first
# `index` (empty facts cache), so both builds see the same load. Prints medians, CPU (user + sys), peak RSS.
# Usage: bench/index-ab.sh BEFORE.jar AFTER.jar [TREE] [RUNS]   (default: the 7.3 corpus tree, 7 runs)
# Build the "before" jar from an exported commit: git archive REV | tar -x -C /tmp/before, then mvn -o package there.
set -euo pipefail
[[ $# -ge 2 ]] || { sed -n 2,6p "$0" >&2; exit 1; }
CORPUS=${CORPUS:-$HOME/.cache/interop-atlas/kernel-corpus}
BEFORE=$1 AFTER=$2 TREE=${3:-$CORPUS/src/linux-7.3} RUNS=${4:-7}
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install -y time" >&2; exit 1; }
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
run() { # run LABEL JAR CACHE
  /usr/bin/time -f "%e %M %U %S" -a -o "$out/$1.t" java -jar "$2" index "$TREE" --cache "$3" --out "$out/index.json" \
      2>>"$out/stderr" || { echo "index failed ($1):" >&2; tail -5 "$out/stderr" >&2; exit 1; }
}
for jar in before after; do run prepare "$(eval echo \$${jar^^})" "$out/warm-$jar"; done # fills caches, archives
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for i in $(seq "$RUNS"); do
  /usr/bin/time -f "%e %M %U %S" -a -o "$out/rg" rg --files "$TREE" >/dev/null
  run warm-before "$BEFORE" "$out/warm-before"; run warm-after "$AFTER" "$out/warm-after"
  run cold-before "$BEFORE" "$out/cold-before-$i"; run cold-after "$AFTER" "$out/cold-after-$i"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
rg_s=$(awk '{print $1}' "$out/rg" | median)
echo "tree: $TREE ($RUNS rounds, medians; load average $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after)"
echo "rg --files: $rg_s s"
for k in warm-before warm-after cold-before cold-after; do
  awk -v k="$k" -v r="$rg_s" -v w="$(awk '{print $1}' "$out/$k.t" | median)" \
      -v c="$(awk '{print $3 + $4}' "$out/$k.t" | median)" -v m="$(awk '{print $2}' "$out/$k.t" | sort -n | tail -1)" \
      'BEGIN { printf "%-12s %.3f s = %.2fx rg, CPU %.2f s, peak RSS %d MB\n", k, w, w / r, c, m / 1024 }'
done
