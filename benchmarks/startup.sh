#!/usr/bin/env bash
# Startup time of the coforms jar: wall time from launching `java -jar` to the "listening on" line
# of `serve --port 0`, and of a whole `lint` run, each the median of N runs.
#
#   benchmarks/startup.sh [-n RUNS] [JAR ...]     (default: 7 runs of server/target/coforms.jar)
#
# With several jars the runs alternate (jar 1, jar 2, jar 1, ...), so a before/after comparison
# sees the same machine load. Runs from the repository root, as the README's commands do (so
# `serve` and `lint` read ./forms). Prints one line per jar and command, and the load average.
set -euo pipefail

runs=7
if [[ ${1:-} == "-n" ]]; then
  runs=$2
  shift 2
fi
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jars=("$@")
if [[ ${#jars[@]} -eq 0 ]]; then
  jars=(server/target/coforms.jar)
fi
for jar in "${jars[@]}"; do
  [[ -f $jar ]] || { echo "startup.sh: no jar at $jar; build it with: mvn -q -DskipTests package" >&2; exit 2; }
done

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# One serve run: milliseconds from launch to the "listening on" line; the server is then stopped.
serve_once() {
  local jar=$1 start line end=""
  start=$(now_ms)
  coproc SERVE { exec java -jar "$jar" serve --port 0 2>&1; }
  local pid=$SERVE_PID
  while IFS= read -r line <&"${SERVE[0]}"; do
    if [[ $line == *"listening on"* ]]; then
      end=$(now_ms)
      break
    fi
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ -z $end ]]; then
    echo "startup.sh: $jar serve never printed 'listening on'" >&2
    exit 1
  fi
  echo $((end - start))
}

# One lint run: milliseconds from launch to exit.
lint_once() {
  local jar=$1 start end
  start=$(now_ms)
  java -jar "$jar" lint >/dev/null 2>&1 || { echo "startup.sh: $jar lint failed" >&2; exit 1; }
  end=$(now_ms)
  echo $((end - start))
}

median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A serve lint
echo "load before: $(uptime | sed 's/.*load average: //')"
for ((i = 1; i <= runs; i++)); do
  for jar in "${jars[@]}"; do
    serve[$jar]+="$(serve_once "$jar") "
    lint[$jar]+="$(lint_once "$jar") "
  done
done
echo "load after:  $(uptime | sed 's/.*load average: //')"
for jar in "${jars[@]}"; do
  printf '%s serve (launch to "listening on"): median %s ms of %s runs [%s]\n' \
    "$jar" "$(echo "${serve[$jar]}" | xargs | median)" "$runs" "$(echo "${serve[$jar]}" | xargs)"
  printf '%s lint (launch to exit):              median %s ms of %s runs [%s]\n' \
    "$jar" "$(echo "${lint[$jar]}" | xargs | median)" "$runs" "$(echo "${lint[$jar]}" | xargs)"
done
