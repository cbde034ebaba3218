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
# The feed's throughput runs of docs/benchmarks.md against a running copy on port 18181.
# usage: measure.sh <results dir> <karaf pid> [static paths...]   (SKIP1=1 skips the 1-connection runs)
# Expects urls-10.txt, urls-50.txt and urls-paris.txt (FeedUrls) in the current directory. Each run also
# records the Karaf JVM's CPU time per call (utime + stime from /proc/<pid>/stat), which depends much less
# than calls/s on whatever else shares the machine.
set -euo pipefail
L="$(cd "$(dirname "$0")" && pwd)/rotate.lua"; B=http://localhost:18181; O=$1; PID=$2; shift 2
mkdir -p "$O"
HZ=$(getconf CLK_TCK)
cpu() { awk '{print $14+$15}' "/proc/$PID/stat"; }
run() {
  local name=$1; shift
  echo "$name $(date -u +%T) $(uptime | sed 's/.*load average/load/')" >> "$O/uptime.txt"
  local before; before=$(cpu)
  wrk "$@" > "$O/$name.txt"
  local after; after=$(cpu)
  local calls; calls=$(awk '/requests in/{print $1}' "$O/$name.txt")
  echo "karaf_cpu_ms_per_req $(awk -v a="$after" -v b="$before" -v hz="$HZ" -v n="$calls" \
    'BEGIN{printf "%.3f", (a-b)*1000/hz/n}')" >> "$O/$name.txt"
}
for f in 10 50 paris; do wrk -t1 -c1 -d10s -s "$L" $B -- "urls-$f.txt" > /dev/null; done
if [ -z "${SKIP1:-}" ]; then
  for f in 10 50 paris; do run "c1-$f" -t1 -c1 -d30s --latency -s "$L" $B -- "urls-$f.txt"; done
fi
for f in 10 50 paris; do run "c16-$f" -t2 -c16 -d30s --latency -s "$L" $B -- "urls-$f.txt"; done
for path in "$@"; do
  name=$(echo "$path" | tr '/' '_')
  wrk -t2 -c16 -d5s "$B$path" > /dev/null
  run "c16-static$name" -t2 -c16 -d30s --latency "$B$path"
done
