#!/usr/bin/env bash
# Benchmark (issue 10, part 9): a clone's tags from before Rust must not make `history` expensive.
# Builds a copy of the corpus repo (objects hard-linked by `git clone`; the corpus itself is never written)
# with 50 release tags without Rust -- v3.0..v3.19, v4.0..v4.20, v5.0..v5.8, all matched by the default tag
# pattern -- next to the real v6.1, v6.12 and v7.3. Each of the 50 trees is v6.12's without rust/, with its
# own Makefile version and a changed init/version.c and kernel/sched/core.c, so every tree differs (top level
# and below). Then, interleaved, each with an empty cache and a cold JVM:
#   A. `history COPY`                             (53 tags: the 50 without Rust + the 3 real ones)
#   B. `history COPY --tags v6.1,v6.12,v7.3`      (the 3 real ones)
#   C. `index $CORPUS/src/linux-7.3`              (the baseline of issue 10: B <= 2x C, B <= 768 MB)
# and prints medians of A, B, C, A/B, B/C, the cost per tag without Rust ((A-B)/50) and the peak RSS of each.
# Usage: bench/history-pre-rust.sh [RUNS]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-$HOME/.cache/interop-atlas/kernel-corpus}
SOURCE=$CORPUS/linux-git
TREE=$CORPUS/src/linux-7.3
RUNS=${1:-3}
JAR=${JAR:-$PWD/app/target/interop-atlas.jar}
[[ -f $JAR ]] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time for the peak RSS: apt-get install -y time" >&2; exit 1; }
command -v jq >/dev/null || { echo "needs jq: apt-get install -y jq" >&2; exit 1; }
for t in v6.1 v6.12 v7.3; do
  git -C "$SOURCE" rev-parse -q --verify "refs/tags/$t" >/dev/null || { echo "corpus repo has no $t: run kernel-corpus.sh" >&2; exit 1; }
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# ---- the copy with 50 tags without Rust (git plumbing in a private index) ----
repo=$work/linux-pre-rust.git
git clone -q --bare "$SOURCE" "$repo"
export GIT_DIR=$repo GIT_INDEX_FILE=$work/git-index
git read-tree 'v6.12^{tree}'
git rm -r -q --cached rust
makefile=$(git cat-file blob 'v6.12:Makefile')
version_c=$(git cat-file blob 'v6.12:init/version.c')
sched_c=$(git cat-file blob 'v6.12:kernel/sched/core.c')
versions=(); for m in $(seq 0 19); do versions+=("3.$m"); done
for m in $(seq 0 20); do versions+=("4.$m"); done; for m in $(seq 0 8); do versions+=("5.$m"); done
for v in "${versions[@]}"; do
  blob_mk=$(printf '%s\n' "$makefile" | sed -E "s/^VERSION = .*/VERSION = ${v%%.*}/; s/^PATCHLEVEL = .*/PATCHLEVEL = ${v#*.}/" \
            | git hash-object -w --stdin)
  blob_ver=$(printf '%s\n/* linux %s */\n' "$version_c" "$v" | git hash-object -w --stdin)
  blob_sched=$(printf '%s\n/* scheduler of %s */\n' "$sched_c" "$v" | git hash-object -w --stdin)
  git update-index --cacheinfo "100644,$blob_mk,Makefile" --cacheinfo "100644,$blob_ver,init/version.c" \
    --cacheinfo "100644,$blob_sched,kernel/sched/core.c"
  tree=$(git write-tree)
  commit=$(GIT_AUTHOR_DATE=2015-01-01T00:00:00Z GIT_COMMITTER_DATE=2015-01-01T00:00:00Z \
    git -c user.name=bench -c user.email=bench@example.invalid commit-tree "$tree" -m "linux $v (v6.12 without rust/)")
  GIT_COMMITTER_DATE=2015-01-01T00:00:00Z git -c user.name=bench -c user.email=bench@example.invalid \
    tag -a "v$v" -m "v$v" "$commit"
done
unset GIT_DIR GIT_INDEX_FILE
without=$(git -C "$repo" tag -l 'v[345].*' | wc -l)
echo "copy: $repo with $(git -C "$repo" tag | wc -l) tags ($without without rust/)"

# ---- interleaved cold runs ----
measure() { # measure LABEL COMMAND...: appends "seconds peak_kb" to $work/LABEL
  local label=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time" java -jar "$JAR" "$@" >/dev/null 2>"$work/$label.err" \
    || { cat "$work/$label.err" >&2; exit 1; }
  cat "$work/time" >> "$work/$label"
}
cold_history() { # cold_history LABEL ARGS...: an empty cache each time
  local label=$1; shift
  rm -rf "$work/cache"
  measure "$label" history "$repo" --cache "$work/cache" --json "$work/$label.json" "$@"
}
for i in $(seq "$RUNS"); do
  cold_history all
  cold_history three --tags v6.1,v6.12,v7.3
  rm -rf "$work/index-cache" # a first index: no facts kept from an earlier run of the tree
  measure index index "$TREE" --cache "$work/index-cache" --out "$work/index.json"
done
releases=$(grep -c '"release"' "$work/all.json")
zero=$(jq '[.releases[] | select(.rustFiles == 0 and .unsafeBlocks == 0 and .boundCSymbols == 0)] | length' "$work/all.json")
col() { awk -v c="$2" '{print $c}' "$work/$1" | median; }
a=$(col all 1); b=$(col three 1); c=$(col index 1); ra=$(col all 2); rb=$(col three 2); rc=$(col index 2)
awk -v a="$a" -v b="$b" -v c="$c" -v ra="$ra" -v rb="$rb" -v rc="$rc" -v n="$RUNS" -v w="$without" -v r="$releases" \
    -v z="$zero" 'BEGIN {
  printf "runs: %d (medians, interleaved, empty cache and cold JVM each)\n", n
  printf "A. history of all %d tags (%d without Rust; points at zero: %d): %.2f s, peak RSS %.0f MB\n", r, w, z, a, ra / 1024
  printf "B. history of v6.1, v6.12, v7.3 alone: %.2f s, peak RSS %.0f MB (goal <= 768 MB)\n", b, rb / 1024
  printf "C. first index of the 7.3 tree:        %.2f s, peak RSS %.0f MB\n", c, rc / 1024
  printf "A/B: %.2fx, per tag without Rust: %.0f ms; B/C: %.2fx (goal <= 2x)\n", a / b, (a - b) * 1000 / w, b / c }'
