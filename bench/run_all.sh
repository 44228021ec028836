#!/usr/bin/env bash
# Every benchmark of issue 7, at sizes that finish in about 15 minutes on 2 cores
# (plus about 5 minutes the first time, to build the 1,000,000-event store).
#
#   bench/run_all.sh [OUT_DIR]        (default /tmp/dateline-bench)
#
# Each benchmark's full output goes to OUT_DIR/<name>.txt and is printed as it runs;
# the figures for bench/README.md are read off these files. The big store is
# built once into $BENCH_DB (default /tmp/bench1m.db) and reused.
set -u
cd "$(dirname "$0")/.."
PY=${PYTHON:-/work/venv/bin/python}
[ -x "$PY" ] || PY=python3
OUT=${1:-/tmp/dateline-bench}
BIG=${BENCH_DB:-/tmp/bench1m.db}
SMALL=${BENCH_SMALL_DB:-/tmp/bench10.db}
mkdir -p "$OUT"

run() {  # run NAME COMMAND...: print the command, tee its output, time it
    local name=$1; shift
    echo
    echo "=== $name: $*"
    local t0=$SECONDS
    "$@" 2>&1 | tee "$OUT/$name.txt"
    echo "--- $name took $((SECONDS - t0)) s"
}

echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs)," \
     "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $("$PY" -V 2>&1)," \
     "load average $(cut -d' ' -f1 /proc/loadavg)"
echo "commit:  $(git rev-parse --short HEAD 2>/dev/null)"

if [ ! -s "$BIG" ]; then
    run synth-1m "$PY" bench/synth.py --events 1000000 --db "$BIG" --bulk
fi
if [ ! -s "$SMALL" ]; then
    run synth-10 "$PY" bench/synth.py --events 10 --db "$SMALL" --bulk
fi

run app "$PY" bench/app_bench.py --db "$BIG" --small-db "$SMALL" --starts 5 --presses 30
run query "$PY" bench/query_bench.py --db "$BIG" --repeat 3
run ingest "$PY" bench/ingest_bench.py --articles 1000 --jobs 1,2 --dateparser-sample 20 --cli
run merge "$PY" bench/merge_bench.py --small 10000 --large 100000
run timex "$PY" bench/timex_bench.py
run fuzz "$PY" bench/fuzz_ingest.py --runs 2000

echo
echo "outputs in $OUT"
