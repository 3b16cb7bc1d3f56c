#!/usr/bin/env bash
# Issue 19 (a) in one process and one run: the decide page through HTTP against its macro-free sibling, and each
# macro's execute against its floor (JMH), printed as Markdown (docs/benchmarks.md). Builds the app and the host
# first (offline when the local Maven repository has everything), then runs the harness's main from test scope.
# Any -D option is passed to the harness's JVM, e.g. -Dbench.parts=jmh, -Dcoplaunchpad.plugin.jar=OTHER.jar.
#
# usage: standalone/src/bench/decide-page.sh [-Dname=value ...]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mvn -q -o -pl atlassian-api,plugin,standalone -am install -DskipTests
mvn -q -o -pl standalone dependency:build-classpath -Dmdep.outputFile="$PWD/standalone/target/bench.classpath" \
    -Dmdep.includeScope=test
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
exec java -cp "standalone/target/test-classes:standalone/target/classes:$(cat standalone/target/bench.classpath)" \
    -Dcoplaunchpad.plugin.jar="plugin/target/cop-launchpad-$version.jar" \
    -Dcoplaunchpad.aui.dir=standalone/target/aui/$(sed -n 's:.*<aui.version>\(.*\)</aui.version>.*:\1:p' standalone/pom.xml) \
    "$@" org.coplaunchpad.standalone.bench.DecidePageRatios
