# Sourced by ./run (and by standalone/src/bench/startup.sh): the JVM options of the standalone host.
#
# Class-data sharing. About 6,000 classes (Felix, Spring, Jetty, H2, AO, Velocity...) are loaded and verified at
# every start; an application class-data archive of them cuts the start's CPU time by about a third
# (docs/benchmarks.md, "Start-up of ./run"). JDK 17 has no automatic archive, so the host makes one itself: a start
# without an archive records the classes it loaded and writes them when the JVM stops (Ctrl-C), and the next starts
# map them. The archive's name carries a fingerprint of the class path's jars and of the java, so a rebuilt jar or
# another JDK makes a new one; until then, or if the JVM cannot use it, the host simply starts without one.
#
# host_jvm_options ROOT VERSION CLASSPATH: prints the options, one per line. The archive is only valid for the
# class path it was made with, written the same way, so the class path is part of the fingerprint.
host_jvm_options() {
  local root="$1" version="$2" classpath="$3"
  local dir="$root/standalone/target/cds"
  local key
  key="$( { echo "$classpath"
            ls -l --time-style=+%s "$root/standalone/target/standalone-$version.jar" "$root"/standalone/target/lib/*.jar
            java -version 2>&1; } | md5sum | cut -c1-12)"
  local archive="$dir/host-$key.jsa"
  # CDS's own messages (classes it cannot archive, a mismatch) are not for people trying the app.
  echo "-Xlog:cds*=off"
  if [ -f "$archive" ]; then
    echo "-XX:SharedArchiveFile=$archive"
  elif mkdir -p "$dir" 2>/dev/null && [ -w "$dir" ]; then
    rm -f "$dir"/host-*.jsa
    echo "-XX:ArchiveClassesAtExit=$archive"
  fi
}
