#!/usr/bin/env bash
# Times how fast the standalone host that ./run starts is ready for a person, in milliseconds, so that two
# checkouts (before and after a change, e.g. issue 11's libraries and templates) are compared in ONE run on the
# same machine load rather than against a figure measured on another day:
#  - first start: from launching the JVM until the login page answers 200 and alice can read the demo page
#    (the host creates the H2 database and seeds the demo space on the fresh data folder);
#  - restart: the same again on the data folder the first start left (schema and demo data already there);
#  - floor: the same java with the same class path starting a bare Jetty 12 ee10 server with one servlet,
#    polled the same way: what any host of this shape pays (JVM, class loading, Jetty) before its own work.
# Each is reported as wall time and as the CPU time the JVM used until ready (the steadier figure when other
# work loads the machine). Runs are interleaved across the checkouts (A, B, A, B...) so that load from other
# work hits each equally.
# It never builds: each DIR must already have been built (mvn -q -DskipTests package, or install).
# It reproduces ./run's java command: system property, class path, main class read from DIR/run, and the JVM
# options of DIR/standalone/src/run/jvm-options.sh where DIR has it (class-data sharing since issue 11). ./run makes
# its class-data archive on the first start after a build; this script makes it the same way before timing
# ("archive-making start", reported apart), so the timed starts are the ones a person gets every other time.
#
# usage: standalone/src/bench/startup.sh [--runs N] DIR [DIR...]
set -euo pipefail

usage="usage: $0 [--runs N] DIR [DIR...]   (each DIR a built checkout of the repository)"
runs=5
dirs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs)
      [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || { echo "startup: --runs needs a positive number" >&2; exit 2; }
      runs="$2"; shift 2 ;;
    -h|--help) echo "$usage"; exit 0 ;;
    -*) echo "startup: unknown option $1" >&2; echo "$usage" >&2; exit 2 ;;
    *) dirs+=("$1"); shift ;;
  esac
done
[ ${#dirs[@]} -gt 0 ] || { echo "$usage" >&2; exit 2; }
command_line="$0 --runs $runs ${dirs[*]}"
# How long one start may take before the script gives up (a loaded machine can be slow; a broken host never answers).
timeout_s="${STARTUP_TIMEOUT_SECONDS:-300}"

for tool in java curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "startup: $tool not found" >&2; exit 2; }
done
java_bin="$(readlink -f "$(command -v java)")"
# javac from the same JDK as java, so the floor class is compiled for the JVM that runs it.
javac_bin="$(dirname "$java_bin")/javac"
[ -x "$javac_bin" ] || javac_bin="$(command -v javac || true)"
[ -n "$javac_bin" ] && [ -x "$javac_bin" ] \
  || { echo "startup: javac not found next to $java_bin: a JDK is needed" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/startup-bench.XXXXXX")"
running=""
cleanup() {
  if [ -n "$running" ] && kill -0 "$running" 2>/dev/null; then
    kill -TERM "$running" 2>/dev/null || true
    local waited=0
    while kill -0 "$running" 2>/dev/null && [ "$waited" -lt 100 ]; do sleep 0.1; waited=$((waited + 1)); done
    kill -KILL "$running" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- each checkout: what ./run would start, checked before anything is timed -------------------------------
unbuilt() { # what is missing, the checkout
  echo "startup: $1 is missing: build $2 first (mvn -q -DskipTests package); this script never builds" >&2
  exit 2
}
homes=(); classpaths=(); mains=(); floors=(); labels=(); options=(); archiving=()
letter=(A B C D E F G H I J K L M N O P Q R S T U V W X Y Z)
for i in "${!dirs[@]}"; do
  dir="$(cd "${dirs[$i]}" 2>/dev/null && pwd)" || { echo "startup: ${dirs[$i]} is not a folder" >&2; exit 2; }
  properties="$dir/standalone/target/classes/org/coplaunchpad/standalone/build.properties"
  [ -f "$properties" ] || unbuilt "$properties" "$dir"
  version="$(sed -n 's/^version=//p' "$properties")"
  jar="$dir/standalone/target/standalone-$version.jar"
  lib="$dir/standalone/target/lib"
  plugin="$dir/plugin/target/cop-launchpad-$version.jar"
  for needed in "$jar" "$plugin"; do
    [ -f "$needed" ] || unbuilt "$needed" "$dir"
  done
  compgen -G "$lib/*.jar" >/dev/null || unbuilt "$lib/*.jar" "$dir"
  # The last org.coplaunchpad....ClassName in DIR/run: the class its java command starts.
  main="$(sed -n 's/.*\(org\.coplaunchpad\.[A-Za-z0-9_.]*\.[A-Z][A-Za-z0-9_]*\).*/\1/p' "$dir/run" 2>/dev/null \
    | tail -n 1)"
  [ -n "$main" ] || { echo "startup: no org.coplaunchpad...Main class found in $dir/run" >&2; exit 2; }

  # The floor: Jetty 12 ee10 from DIR's own lib, one servlet at /confluence answering every path with 200.
  floor="$work/floor-$i"
  mkdir -p "$floor"
  cat >"$floor/StartupFloor.java" <<'JAVA'
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;

public final class StartupFloor {
    public static void main(String[] args) throws Exception {
        Server server = new Server(Integer.parseInt(args[0]));
        ServletContextHandler context = new ServletContextHandler("/confluence");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/plain");
                response.getWriter().write("ok");
            }
        }), "/*");
        server.setHandler(context);
        server.setStopAtShutdown(true);
        server.start();
        server.join();
    }
}
JAVA
  "$javac_bin" -nowarn -d "$floor" -cp "$lib/*" "$floor/StartupFloor.java" \
    || { echo "startup: the floor server did not compile against $lib" >&2; exit 2; }

  homes+=("$dir"); mains+=("$main"); floors+=("$floor")
  classpaths+=("$jar:$lib/*")
  options+=(""); archiving+=("")
  commit="$(git -C "$dir" rev-parse --short HEAD 2>/dev/null || echo '?')"
  if [ -n "$(git -C "$dir" status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit+changes"; fi
  labels+=("${letter[$i]}: \`$dir\` @ $commit")
done

# ---- one timed start -------------------------------------------------------------------------------------
free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local port
  for port in $(seq 19100 19999); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "startup: no free port in 19100-19999" >&2
  exit 2
}

http_status() { # url [curl options...]
  local url="$1"; shift
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" "$url" 2>/dev/null || true
}

now_us() { echo "${EPOCHREALTIME/./}"; }

# start_and_time LOG PORT COMMAND... : sets elapsed_ms to the milliseconds from launch until both pages answer
# 200 and cpu_ms to the CPU time (user + system, all threads) the JVM had used by then, then stops the process
# with SIGTERM (as Ctrl-C would) and waits for it to exit. Runs in this shell (no command substitution), so that
# the EXIT trap always knows the process to stop.
elapsed_ms=0
cpu_ms=0
clock_ticks="$(getconf CLK_TCK)"
start_and_time() {
  local log="$1" port="$2"; shift 2
  local base="http://localhost:$port/confluence"
  local started finished login_ok="" waited=0
  started="$(now_us)"
  "$@" >"$log" 2>&1 &
  running=$!
  while :; do
    if [ -z "$login_ok" ] && [ "$(http_status "$base/login.action")" = 200 ]; then login_ok=1; fi
    if [ -n "$login_ok" ] && [ "$(http_status "$base/display/CDP/Se+d%C3%A9cider" -u alice:alice)" = 200 ]; then
      finished="$(now_us)"
      # Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (java's name has no spaces).
      cpu_ms=$(( $(awk '{ print $14 + $15 }' "/proc/$running/stat") * 1000 / clock_ticks ))
      break
    fi
    if ! kill -0 "$running" 2>/dev/null; then
      echo "startup: the process exited before answering; last lines of $log:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    if [ $(( $(now_us) - started )) -gt $(( timeout_s * 1000000 )) ]; then
      echo "startup: no answer on port $port after $timeout_s s; last lines of $log:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    sleep 0.05
  done
  elapsed_ms=$(( (finished - started) / 1000 ))
  kill -TERM "$running" 2>/dev/null || true
  # The host closes Felix, the app and the database in its shutdown hook; a minute is plenty even under load.
  while kill -0 "$running" 2>/dev/null && [ "$waited" -lt 600 ]; do sleep 0.1; waited=$((waited + 1)); done
  kill -KILL "$running" 2>/dev/null || true
  wait "$running" 2>/dev/null || true
  running=""
}

host_start() { # index data-folder
  local i="$1" data="$2" port
  local -a jvm=()
  [ -z "${options[$i]}" ] || mapfile -t jvm <<<"${options[$i]}"
  port="$(free_port)"
  start_and_time "$work/host-$i.log" "$port" "$java_bin" "${jvm[@]}" -Dcoplaunchpad.home="${homes[$i]}" \
    -cp "${classpaths[$i]}" "${mains[$i]}" --port "$port" --data "$data"
}

# ---- ./run's JVM options, and the class-data archive it would have made ------------------------------------
for i in "${!homes[@]}"; do
  script="${homes[$i]}/standalone/src/run/jvm-options.sh"
  [ -f "$script" ] || continue
  version="$(sed -n 's/^version=//p' "${homes[$i]}/standalone/target/classes/org/coplaunchpad/standalone/build.properties")"
  # shellcheck source=/dev/null
  . "$script"
  options[$i]="$(host_jvm_options "${homes[$i]}" "$version" "${classpaths[$i]}")"
  if grep -q 'ArchiveClassesAtExit' <<<"${options[$i]}"; then
    mkdir -p "$work/archive-$i"
    host_start "$i" "$work/archive-$i"
    archiving[$i]="$elapsed_ms ms wall, $cpu_ms ms CPU (then the archive is written as the JVM stops)"
    options[$i]="$(host_jvm_options "${homes[$i]}" "$version" "${classpaths[$i]}")"
  else
    archiving[$i]="none needed: the archive was already there"
  fi
done

floor_start() { # index
  local i="$1" port
  port="$(free_port)"
  start_and_time "$work/floor-$i.log" "$port" "$java_bin" -cp "${floors[$i]}:${classpaths[$i]}" StartupFloor "$port"
}

# ---- the runs, interleaved ---------------------------------------------------------------------------------
declare -A first restart floor_ms first_cpu restart_cpu floor_cpu
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  for i in "${!homes[@]}"; do
    data="$work/data-$i-$run"
    mkdir -p "$data"
    host_start "$i" "$data"
    first[$i]+="$elapsed_ms "; first_cpu[$i]+="$cpu_ms "
  done
  for i in "${!homes[@]}"; do
    host_start "$i" "$work/data-$i-$run"
    restart[$i]+="$elapsed_ms "; restart_cpu[$i]+="$cpu_ms "
    rm -rf "$work/data-$i-$run"
  done
  for i in "${!homes[@]}"; do
    floor_start "$i"
    floor_ms[$i]+="$elapsed_ms "; floor_cpu[$i]+="$cpu_ms "
  done
  echo "run $run/$runs done" >&2
done

# ---- the report --------------------------------------------------------------------------------------------
median() {
  tr ' ' '\n' | grep . | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}
minimum() { tr ' ' '\n' | grep . | sort -n | head -n 1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo
echo "### Start-up of the standalone host ($runs runs each, interleaved)"
echo
echo "- command: \`$command_line\`"
echo "- date: $(date '+%Y-%m-%d %H:%M %Z'); nproc: $(nproc);" \
  "load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- java: $("$java_bin" -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
for i in "${!homes[@]}"; do
  echo "- ${labels[$i]}, main class ${mains[$i]}, JVM options: ${options[$i]:-none}" | tr '\n' ' '; echo
  [ -z "${archiving[$i]}" ] || echo "  - archive-making start (not in the tables): ${archiving[$i]}"
done
echo
echo "| checkout | first start median ms | min ms | restart median ms | min ms | floor median ms | min ms |" \
  "first / floor | restart / floor |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for i in "${!homes[@]}"; do
  fm="$(echo "${first[$i]}" | median)"; fn="$(echo "${first[$i]}" | minimum)"
  rm_="$(echo "${restart[$i]}" | median)"; rn="$(echo "${restart[$i]}" | minimum)"
  lm="$(echo "${floor_ms[$i]}" | median)"; ln="$(echo "${floor_ms[$i]}" | minimum)"
  echo "| ${letter[$i]} | $fm | $fn | $rm_ | $rn | $lm | $ln | $(ratio "$fm" "$lm") | $(ratio "$rm_" "$lm") |"
done
echo
echo "CPU time (user + system, all threads) the JVM used until ready: less sensitive than wall time to other work"
echo "on the machine, so the better figure to compare when the load average is high."
echo
echo "| checkout | first start CPU median ms | restart CPU median ms | floor CPU median ms |" \
  "first / floor | restart / floor |"
echo "|---|---:|---:|---:|---:|---:|"
for i in "${!homes[@]}"; do
  fc="$(echo "${first_cpu[$i]}" | median)"; rc="$(echo "${restart_cpu[$i]}" | median)"
  lc="$(echo "${floor_cpu[$i]}" | median)"
  echo "| ${letter[$i]} | $fc | $rc | $lc | $(ratio "$fc" "$lc") | $(ratio "$rc" "$lc") |"
done
echo
echo "Every run (wall ms / CPU ms):"
for i in "${!homes[@]}"; do
  echo "- ${letter[$i]}: first ${first[$i]% } / ${first_cpu[$i]% }; restart ${restart[$i]% } / ${restart_cpu[$i]% };" \
    "floor ${floor_ms[$i]% } / ${floor_cpu[$i]% }"
done
