#!/usr/bin/env bash
# The catalogue matcher of two builds side by side in one JVM (MatcherBench.java): CPU time per search of the same
# generated searches, batch by batch in turn, with the JVM flags of production (bench/launch.sh's OCOP_RUN_FLAGS).
# On a loaded machine the noise falls on both builds alike, so their ratio holds where wall-clock runs do not.
#   bench/matcher/run.sh JAR_A JAR_B DIR [searches] [batch]    DIR: a catalogue size's directory of bench/portal.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
. "$here/../launch.sh"
A=$(realpath "$1"); B=$(realpath "$2"); DIR=$(realpath "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for x in A B; do
  jar=${!x}
  mkdir -p "$work/$x"
  (cd "$work/$x" && unzip -q "$jar" 'BOOT-INF/classes/*' 'BOOT-INF/lib/*')
done
lib="$work/A/BOOT-INF/lib"
javac -nowarn -d "$work/bench" -cp "$work/A/BOOT-INF/classes:$lib/*" "$here/MatcherBench.java" 2>&1 | grep -v '^Note:' || true
java ${OCOP_JVM_FLAGS:-$OCOP_RUN_FLAGS} -Dbench.lib="$lib" -cp "$work/bench:$lib/*" vn.ocop.portal.MatcherBench "$DIR" \
  "$work/A/BOOT-INF/classes" "$work/B/BOOT-INF/classes" "${4:-20000}" "${5:-250}"
