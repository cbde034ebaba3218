#!/usr/bin/env bash
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#
# The feed's runs of docs/benchmarks.md against a running copy on port 18181 (PORT=n for another).
# usage: measure.sh <results dir> <karaf pid> [static paths...]   (SKIP1=1 skips the 1-connection runs;
# ROUNDS=n, default 4, sets how many rounds of 16-connection runs are made)
# Expects urls-10.txt, urls-50.txt and urls-paris.txt (FeedUrls) in the current directory (LISTS="10 50 paris",
# the default, names the lists; e.g. LISTS="homes10 paris" for urls-homes10.txt and urls-paris.txt).
# 1 connection: 30 s per list, for the server time (p50, p99). 16 connections: ROUNDS rounds, each of which runs
# every feed list and every static path for 10 s, one after the other, so that a change in what else loads the
# machine touches the feed and its baselines alike; the ratios are taken round by round (summary.txt).
# Each run also records the Karaf JVM's CPU time per call (utime + stime from /proc/<pid>/stat), which depends
# much less than calls/s on whatever else shares the machine.
set -euo pipefail
L="$(cd "$(dirname "$0")" && pwd)/rotate.lua"; B=http://localhost:${PORT:-18181}; O=$1; PID=$2; shift 2
ROUNDS=${ROUNDS:-4}
mkdir -p "$O"
HZ=$(getconf CLK_TCK)
cpu() { awk '{print $14+$15}' "/proc/$PID/stat"; }
START=20011
run() {
  local name=$1; shift
  START=$((START + 20011))
  echo "$name $(date -u +%T) $(uptime | sed 's/.*load average/load/')" >> "$O/uptime.txt"
  local before; before=$(cpu)
  wrk "$@" > "$O/$name.txt"
  local after; after=$(cpu)
  local calls; calls=$(awk '/requests in/{print $1}' "$O/$name.txt")
  echo "karaf_cpu_ms_per_req $(awk -v a="$after" -v b="$before" -v hz="$HZ" -v n="$calls" \
    'BEGIN{printf "%.3f", (a-b)*1000/hz/n}')" >> "$O/$name.txt"
}
for f in ${LISTS:-10 50 paris}; do wrk -t1 -c1 -d10s -s "$L" $B -- "urls-$f.txt" > /dev/null; done
for path in "$@"; do wrk -t2 -c16 -d5s "$B$path" > /dev/null; done
if [ -z "${SKIP1:-}" ]; then
  for f in ${LISTS:-10 50 paris}; do run "c1-$f" -t1 -c1 -d30s --latency -s "$L" $B -- "urls-$f.txt" "$START"; done
fi
names=()
for r in $(seq 1 "$ROUNDS"); do
  for f in ${LISTS:-10 50 paris}; do run "c16-$f-r$r" -t2 -c16 -d10s --latency -s "$L" $B -- "urls-$f.txt" "$START"; done
  for path in "$@"; do run "c16-static$(echo "$path" | tr '/' '_')-r$r" -t2 -c16 -d10s --latency "$B$path"; done
done
for f in ${LISTS:-10 50 paris}; do names+=("$f"); done
for path in "$@"; do names+=("static$(echo "$path" | tr '/' '_')"); done
{
  printf '%-36s %10s %10s %10s\n' "16 connections, $ROUNDS x 10 s" "calls/s" "CPU ms" "p99"
  for n in "${names[@]}"; do
    cat "$O"/c16-"$n"-r*.txt | awk -v n="$n" '/Requests\/sec/{r+=$2; k++} /karaf_cpu/{c+=$2} / 99%/{p=p" "$2}
      END{printf "%-36s %10.0f %10.3f %s\n", n, r/k, c/k, p}'
  done
  if [ $# -gt 0 ]; then
    echo "ratios to each baseline, round by round (calls/s of the feed / calls/s of the baseline in that round)"
    for f in ${LISTS:-10 50 paris}; do
      for path in "$@"; do
        s="static$(echo "$path" | tr '/' '_')"
        line="$f / $s:"
        for r in $(seq 1 "$ROUNDS"); do
          a=$(awk '/Requests\/sec/{print $2}' "$O/c16-$f-r$r.txt"); b=$(awk '/Requests\/sec/{print $2}' "$O/c16-$s-r$r.txt")
          line="$line $(awk -v a="$a" -v b="$b" 'BEGIN{printf "%.2f", a/b}')"
        done
        echo "$line"
      done
    done
  fi
} > "$O/summary.txt"
cat "$O/summary.txt"
