# Sourced by bench/portal.sh and bench/portal-profile.sh: the server is started the way the README's "Running in
# production" says (issue 19, the memory of a public node):
#   - Spring Boot's extracted layout with a class-data-sharing archive (class metadata mapped from one file instead of
#     parsed into metaspace: ~30 MB less resident memory, and a faster start);
#   - OCOP_RUN_FLAGS, the production JVM flags (OCOP_JVM_FLAGS overrides them);
#   - MALLOC_ARENA_MAX=2 (glibc otherwise keeps up to 8 malloc arenas per core, tens of MB the JVM never uses again).
# ocop_launch JAR sets OCOP_LAUNCH to the java arguments that start JAR: it extracts the jar once into
# ${TMPDIR:-/tmp}/ocop-app-<checksum of the jar>/ and trains the archive there (a start that stops right after the
# context is refreshed), reused by later runs of the same jar. CDS=0 starts the extracted jar without the archive; a
# JAR that is already the application jar of an extracted layout (a lib/ directory beside it) is not extracted again.
OCOP_RUN_FLAGS="-XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -Xmn48m -XX:SurvivorRatio=4 -XX:TargetSurvivorRatio=90 -XX:-ShrinkHeapInSteps -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

ocop_launch() {
  local jar dir app train
  jar=$(realpath "$1")
  if [ -d "$(dirname "$jar")/lib" ]; then
    dir=$(dirname "$jar"); app=$jar
  else
    dir=${TMPDIR:-/tmp}/ocop-app-$(cksum <"$jar" | cut -d' ' -f1)
    app="$dir/$(basename "$jar")"
    (
      flock 9
      if [ ! -f "$dir/.extracted" ]; then
        rm -rf "$dir"
        java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
        touch "$dir/.extracted"
      fi
    ) 9>"$dir.lock"
  fi
  OCOP_LAUNCH="-jar $app"
  [ "${CDS:-1}" = 1 ] || return 0
  (
    flock 9
    if [ ! -f "$dir/app.jsa" ]; then
      train=$(mktemp -d)
      (cd "$train" && java -XX:+UseSerialGC -Xss512k -XX:MaxRAM=1g -XX:ArchiveClassesAtExit="$dir/app.jsa" \
        -Dspring.context.exit=onRefresh -jar "$app" --server.port=0 >"$train/train.log" 2>&1) || true
      rm -rf "$train"
    fi
  ) 9>"$dir.jsa.lock"
  if [ -f "$dir/app.jsa" ]; then OCOP_LAUNCH="-XX:SharedArchiveFile=$dir/app.jsa $OCOP_LAUNCH"; fi
}
