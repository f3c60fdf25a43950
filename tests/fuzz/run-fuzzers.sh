#!/bin/sh
# Runs each fuzz target for a while (default 600 s) on a copy of its seed corpus, and prints
# libFuzzer's final figures. Findings land in the working folder as crash-*; once fixed, copy
# them into tests/fuzz/regression/<target>/ so that tst_fuzzcorpus replays them.
#   tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS] [TARGET...]
set -eu
build=$1
seconds=${2:-600}
shift $(( $# >= 2 ? 2 : 1 ))
targets=${*:-sessionfile picks_csv deck_manifest}
here=$(cd "$(dirname "$0")" && pwd)
work=${FUZZ_WORK:-$build/fuzz-work}
for target in $targets; do
    mkdir -p "$work/$target/corpus" "$work/$target/findings"
    cp -n "$here/corpus/$target/"* "$work/$target/corpus/" 2>/dev/null || true
    echo "== $target: $seconds s"
    "$build/tests/fuzz/fuzz_$target" "$work/$target/corpus" \
        -dict="$here/$target.dict" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/$target/findings/" \
        >"$work/$target/log.txt" 2>&1 || true
    grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb|stat::new_units_added|==[0-9]+==ERROR|SUMMARY)" \
        "$work/$target/log.txt" || tail -5 "$work/$target/log.txt"
    echo "corpus: $(ls "$work/$target/corpus" | wc -l) inputs; findings: $(ls "$work/$target/findings" | wc -l)"
done
