#!/usr/bin/env bash
# Builds the Linux app-image, a .deb and an .rpm with the JDK's jpackage (ADR 0003, ADR 0041).
#
# Called by the pom's `dist` profile (./mvnw -B -Pdist package) after Maven has:
#   - built <target>/<jar>,
#   - copied the runtime dependencies to <target>/dist-input/lib,
#   - copied the benchmark peers (DuckDB, Smile, JGraphT) to <target>/dist/bench-lib (never into the image).
#
# Usage: build-dist.sh <targetDir> <jarName> <mainClass> <version> "<java options>" [buildDeb [buildRpm]]
#   <java options>  the pom's heap + Spark JVM flag list, passed verbatim: this script never repeats it.
#   buildDeb        true|false (pom property dist.deb, default true); env DIST_DEB overrides it.
#   buildRpm        auto|true|false (pom property dist.rpm, default auto); env DIST_RPM overrides it.
#                   auto builds the .rpm when rpmbuild is installed and says so when it is not;
#                   true fails without rpmbuild (Debian: apt-get install rpm).
#
# Output:
#   <target>/dist/spark-workbench/            app-image, launcher bin/spark-workbench
#   <target>/dist/spark-workbench_<v>-1_<arch>.deb   e.g. spark-workbench_0.1.0-1_amd64.deb
#   <target>/dist/spark-workbench-<v>-1.<arch>.rpm   e.g. spark-workbench-0.1.0-1.x86_64.rpm
#   <target>/dist/bench-lib/                  (from Maven) found by BenchLib beside the image
#
# Env knobs:
#   DIST_DEB=true|false          build the .deb or not (wins over the 6th argument)
#   DIST_RPM=auto|true|false     build the .rpm or not (wins over the 7th argument)
#   DIST_XZ_LEVEL=0..9           xz preset of both installers' payload (default 6; 3 is ~35% faster, ~15% bigger)
#   DIST_MAINTAINER=<e-mail>     the .deb's Maintainer address (default: the project's commit address)
#   DIST_ABOUT_URL=<url>         the packages' Homepage/URL field; left out when empty (the project has none yet)
#   DIST_CHECK_MODULES=1         also run jdeps (~40 s) and fail if it wants a module missing from RUNTIME_MODULES
#   DIST_CDS=true|false          dump the app-image's AppCDS archive (default true; ~30 s, ~160 MB; ADR 0048)
set -euo pipefail

if [[ $# -lt 5 ]]; then
  echo "usage: $0 <targetDir> <jarName> <mainClass> <version> \"<java options>\" [buildDeb [buildRpm]]" >&2
  exit 2
fi

TARGET=$(cd "$1" && pwd)
JAR_NAME=$2
MAIN_CLASS=$3
VERSION=$4
JAVA_OPTS=$5
BUILD_DEB=${DIST_DEB:-${6:-true}}
BUILD_RPM=${DIST_RPM:-${7:-auto}}
XZ_LEVEL=${DIST_XZ_LEVEL:-6}

APP_NAME=spark-workbench
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
DIST="$TARGET/dist"
IMAGE="$DIST/$APP_NAME"
STAGE="$TARGET/jpackage-input"   # what jpackage copies into lib/app (kept jars + app jar + sample-data)
RUNTIME="$TARGET/jpackage-runtime"
LIB="$TARGET/dist-input/lib"

# What the installers say about the app (jpackage puts them into the .deb's control file, the .rpm's
# header and the menu entry). The repository has no LICENSE file and the pom names no license, so the
# .rpm's License field says so instead of guessing one.
VENDOR="Spark Workbench"
DESCRIPTION="A desktop workbench for exploring e-commerce data with an embedded Apache Spark"
COPYRIGHT="Copyright (c) 2026 the Spark Workbench authors"
MAINTAINER=${DIST_MAINTAINER:-maintainers@users.noreply.r-seed-3a029d1e.example}
ABOUT_URL=${DIST_ABOUT_URL:-}
RPM_LICENSE="Unspecified"

# Modules of the jlink'd runtime. Start: `jdeps --print-module-deps --recursive --multi-release 17
# --ignore-missing-deps` over the app jar + kept jars (java.base, java.compiler, java.instrument,
# java.naming, java.rmi, java.scripting, java.security.jgss, java.security.sasl, java.sql, jdk.jfr,
# jdk.management, jdk.unsupported, jdk.unsupported.desktop). Added by hand, because jdeps cannot see them:
#   java.desktop          AWT/Swing for JFreeChart, JavaFX-Swing interop (JavaFX is on the classpath, not modules)
#   java.management, java.logging, java.xml   needed explicitly or through the above; listed for clarity
#   jdk.security.auth     Hadoop's UserGroupInformation loads com.sun.security.auth.* by reflection
#   jdk.incubator.vector  named by --add-modules in Spark's flag list: the JVM refuses to start without it
#   jdk.crypto.ec         EC ciphers for TLS (Netty, Hadoop clients to remote stores)
#   jdk.charsets          non-UTF CSV encodings (windows-125x, Shift_JIS, ...)
#   jdk.zipfs, jdk.naming.dns, jdk.net   small, loaded by name by Hadoop/Netty on some paths
# Verified by running `bin/spark-workbench smoke` on the result (see packaging/README.md).
RUNTIME_MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.xml,\
jdk.charsets,jdk.crypto.ec,jdk.incubator.vector,jdk.jfr,jdk.management,jdk.naming.dns,jdk.net,\
jdk.security.auth,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs

# Jars the app never needs (see docs/decisions/0003-packaging.md and 0041):
#   rocksdbjni          68 MB of natives, only for Spark's RocksDB state store / history server (not used)
#   netty-codec-*-quic  HTTP/3 (classes and natives); Spark never speaks QUIC
#   leveldbjni-all      Spark's external shuffle service / history store DB (not used in local mode)
#   netty-tcnative-boringssl-static   OpenSSL for Netty; Spark uses the JDK's TLS unless spark.ssl.openSslEnabled
#   curator-*, zookeeper-*   only a standalone master with spark.deploy.recoveryMode=ZOOKEEPER (the app's
#                       local cluster keeps the default, NONE)
#   (ivy stays: SparkConf's config package names its classes, so no session starts without it)
#   jars for other OSes (osx, windows) and other CPUs than this image's (the runtime is arch-specific anyway);
#   natives for other platforms *inside* kept jars go in StoreJars.java
case "$(uname -m)" in
  x86_64) OTHER_ARCH='aarch_64|riscv64'; JAR_ARCHES=x86_64,amd64 ;;
  aarch64) OTHER_ARCH='x86_64|riscv64'; JAR_ARCHES=aarch64,arm64,aarch_64 ;;
  *) OTHER_ARCH='no-other-arch'; JAR_ARCHES=$(uname -m) ;;
esac
DROP_JARS="^(rocksdbjni-|netty-codec-native-quic-|netty-codec-classes-quic-|leveldbjni-all-|netty-tcnative-boringssl-static-|curator-|zookeeper-)|-(osx|windows)-[a-z0-9_]+\.jar$|-linux-($OTHER_ARCH)\.jar$"

section() { printf "\n==> %s  (+%d s)\n" "$*" "$((SECONDS - START))"; }
die() { printf 'build-dist: ERROR: %s\n' "$*" >&2; exit 1; }

# --- tools -----------------------------------------------------------------------------------------
# Prefer the JDK Maven runs on (JAVA_HOME), so jlink's jmods match the java that built the jar.
tool() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then echo "$JAVA_HOME/bin/$1"; return; fi
  command -v "$1" || true
}
JPACKAGE=$(tool jpackage)
JLINK=$(tool jlink)
JDEPS=$(tool jdeps)
[[ -n "$JPACKAGE" ]] || die "jpackage not found (needs a full JDK 17+, e.g. apt-get install openjdk-17-jdk-headless; set JAVA_HOME)"
[[ -n "$JLINK" ]] || die "jlink not found (needs a full JDK 17+; set JAVA_HOME)"
JDK_HOME=$(cd "$(dirname "$(readlink -f "$JLINK")")/.." && pwd)   # /usr/bin/jlink is a symlink on Debian
[[ -d "$JDK_HOME/jmods" ]] || die "$JDK_HOME/jmods is missing: jlink needs the JDK's jmods (Debian: openjdk-17-jdk-headless)"
[[ -f "$TARGET/$JAR_NAME" ]] || die "$TARGET/$JAR_NAME not found: run through Maven (./mvnw -Pdist package)"
[[ -d "$LIB" ]] || die "$LIB not found: run through Maven (./mvnw -Pdist package)"

case "$BUILD_DEB" in
  true|false) ;;
  *) die "buildDeb / DIST_DEB must be true or false, got '$BUILD_DEB'" ;;
esac
if [[ "$BUILD_DEB" == true ]]; then
  command -v dpkg-deb >/dev/null || die "dpkg-deb not found: needed for the .deb (or build with -Ddist.deb=false)"
  command -v fakeroot >/dev/null || die "fakeroot not found: apt-get install fakeroot (or build with -Ddist.deb=false)"
fi
case "$BUILD_RPM" in
  auto)
    if command -v rpmbuild >/dev/null; then BUILD_RPM=true
    else BUILD_RPM=false; echo "build-dist: rpmbuild not found, skipping the .rpm (Debian: apt-get install rpm; -Ddist.rpm=true makes this an error)"
    fi ;;
  true) command -v rpmbuild >/dev/null || die "rpmbuild not found: needed for the .rpm (Debian: apt-get install rpm; or build with -Ddist.rpm=false)" ;;
  false) ;;
  *) die "buildRpm / DIST_RPM must be auto, true or false, got '$BUILD_RPM'" ;;
esac
[[ "$XZ_LEVEL" =~ ^[0-9]$ ]] || die "DIST_XZ_LEVEL must be 0..9, got '$XZ_LEVEL'"

START=$SECONDS
echo "build-dist: $APP_NAME $VERSION with $("$JPACKAGE" --version 2>/dev/null | head -1) from $JDK_HOME (deb: $BUILD_DEB, rpm: $BUILD_RPM)"

# --- clean: idempotent re-runs ---------------------------------------------------------------------
# jpackage refuses to overwrite an existing image. bench-lib stays: Maven put it there in this build.
rm -rf "$IMAGE" "$STAGE" "$RUNTIME"
rm -f "$DIST"/"$APP_NAME"_*.deb "$DIST"/"$APP_NAME"-*.rpm
mkdir -p "$DIST" "$STAGE/lib"

# --- input: kept jars (stored, this platform's natives only) + app jar + sample data -----------------
section "Staging jars"
kept=(); dropped=0; dropped_bytes=0; dropped_names=()
for jar in "$LIB"/*.jar; do
  name=$(basename "$jar")
  if [[ "$name" =~ $DROP_JARS ]]; then
    dropped=$((dropped + 1)); dropped_bytes=$((dropped_bytes + $(stat -c %s "$jar"))); dropped_names+=("$name")
  else
    kept+=("$jar")
  fi
done
echo "kept ${#kept[@]} jars, dropped $dropped ($((dropped_bytes / 1024 / 1024)) MB):"
printf '  - %s\n' "${dropped_names[@]}"
# Every entry STORED, so the installers' xz sees the class files themselves (ADR 0041: .deb 268 -> ~150 MB
# for ~2.3x the installed size); natives of other platforms inside the jars are dropped on the way.
"$JDK_HOME/bin/java" "$HERE/StoreJars.java" linux "$JAR_ARCHES" "$STAGE/lib" "${kept[@]}"
cp "$TARGET/$JAR_NAME" "$STAGE/$JAR_NAME"
cp "$HERE/cds-archive.sh" "$STAGE/cds-archive.sh"   # lib/app/: the .deb's post-install runs it

if [[ -d "$REPO/sample-data" ]]; then
  cp -r "$REPO/sample-data" "$STAGE/sample-data"
  echo "sample data: $(du -sh "$STAGE/sample-data" | cut -f1) -> lib/app/sample-data"
else
  echo "sample data: $REPO/sample-data does not exist yet, skipping (the image ships without it)"
fi

# --- optional: re-check the module list with jdeps ------------------------------------------------
if [[ "${DIST_CHECK_MODULES:-0}" == 1 ]]; then
  section "Checking modules with jdeps"
  [[ -n "$JDEPS" ]] || die "jdeps not found"
  cp_jars=$(find "$STAGE/lib" -name '*.jar' | sort | paste -sd:)
  wanted=$("$JDEPS" -q --multi-release 17 --ignore-missing-deps --print-module-deps --recursive \
    --class-path "$cp_jars" "$STAGE/$JAR_NAME" | tail -1)
  echo "jdeps: $wanted"
  for m in ${wanted//,/ }; do
    [[ ",$RUNTIME_MODULES," == *",$m,"* ]] || die "jdeps wants module $m: add it to RUNTIME_MODULES"
  done
fi

# --- runtime -------------------------------------------------------------------------------------
section "jlink runtime"
"$JLINK" --add-modules "$RUNTIME_MODULES" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$RUNTIME"
echo "runtime: $(du -sh "$RUNTIME" | cut -f1)"

# --- app-image -----------------------------------------------------------------------------------
section "jpackage app-image"
# One --java-options per flag: the pom hands us one space-separated string (no flag contains a space).
read -r -a opts <<<"$JAVA_OPTS"
java_opts=()
for o in "${opts[@]}"; do java_opts+=(--java-options "$o"); done
# $APPDIR is expanded by the launcher at run time to <image>/lib/app.
java_opts+=(--java-options '-Dworkbench.sampledata=$APPDIR/sample-data')
# The class-data-sharing archive made where the app lives (cds-archive.sh, ADR 0048); auto: none, no harm.
java_opts+=(--java-options '-XX:SharedArchiveFile=$APPDIR/workbench.jsa' --java-options '-Xshare:auto')

"$JPACKAGE" --type app-image \
  --name "$APP_NAME" \
  --app-version "$VERSION" \
  --vendor "$VENDOR" \
  --copyright "$COPYRIGHT" \
  --description "$DESCRIPTION" \
  --icon "$HERE/spark-workbench.png" \
  --input "$STAGE" \
  --main-jar "$JAR_NAME" \
  --main-class "$MAIN_CLASS" \
  --runtime-image "$RUNTIME" \
  "${java_opts[@]}" \
  --dest "$DIST"
[[ -x "$IMAGE/bin/$APP_NAME" ]] || die "jpackage did not produce $IMAGE/bin/$APP_NAME"
# The native launcher moves aside for a wrapper that keeps the JVM's incubator warning off the console (ADR
# 0052). A launcher reads the .cfg named after itself; the original stays for cds-archive.sh and jpackage.
mv "$IMAGE/bin/$APP_NAME" "$IMAGE/bin/$APP_NAME-launcher"
cp "$IMAGE/lib/app/$APP_NAME.cfg" "$IMAGE/lib/app/$APP_NAME-launcher.cfg"
install -m 755 "$HERE/linux-launcher.sh" "$IMAGE/bin/$APP_NAME"
echo "app-image: $IMAGE ($(du -sh "$IMAGE" | cut -f1))"

section "AppCDS class list"
# Recorded once here and shipped in the image and the installers; the archive itself follows below (the
# installers' copies are dumped by their post-install step, at the path they install to).
"$IMAGE/lib/app/cds-archive.sh" classlist "$IMAGE"

# --- installers ----------------------------------------------------------------------------------
# Both from the finished image, so they hold exactly what we just built (and nothing is jlink'd twice).
#   libgtk-3-0 / gtk3   JavaFX loads GTK at run time; jpackage cannot see that (natives sit inside jars)
#   --resource-dir      packaging/linux: the menu entry (passes the opened files on, %F) and the MIME
#                       types; jpackage fills in the paths
#   --file-associations .sql and .parquet open in the app (packaging/file-associations/*.properties)
package_args=(
  --app-image "$IMAGE"
  --name "$APP_NAME"
  --app-version "$VERSION"
  --vendor "$VENDOR"
  --copyright "$COPYRIGHT"
  --description "$DESCRIPTION"
  --icon "$HERE/spark-workbench.png"
  --resource-dir "$HERE/linux"
  --linux-package-name "$APP_NAME"
  --linux-shortcut
  --linux-menu-group "Development;Database;"
  --dest "$DIST"
)
for fa in "$HERE"/file-associations/*.properties; do package_args+=(--file-associations "$fa"); done
[[ -z "$ABOUT_URL" ]] || package_args+=(--about-url "$ABOUT_URL")

size_of() { printf '%s (%d MB, %s bytes)' "$1" "$(($(stat -c %s "$1") / 1000000))" "$(stat -c %s "$1")"; }

if [[ "$BUILD_DEB" == true ]]; then
  section "jpackage deb (xz -$XZ_LEVEL)"
  # jpackage runs `dpkg-deb -b`; dpkg >= 1.21.10 takes its compressor from these variables and uses
  # every core for xz. xz over stored jars is what makes the .deb small (ADR 0041).
  DPKG_DEB_COMPRESSOR_TYPE=xz DPKG_DEB_COMPRESSOR_LEVEL=$XZ_LEVEL \
    "$JPACKAGE" --type deb "${package_args[@]}" \
    --linux-deb-maintainer "$MAINTAINER" \
    --linux-app-category devel \
    --linux-package-deps libgtk-3-0
  deb=$(ls "$DIST"/"$APP_NAME"_*.deb)
  echo "deb: $(size_of "$deb")"
else
  echo "deb: skipped (dist.deb=false / DIST_DEB=false)"
fi

if [[ "$BUILD_RPM" == true ]]; then
  section "jpackage rpm (xz -$XZ_LEVEL)"
  # rpmbuild takes the payload compression from a macro, and jpackage offers no way to pass one. A
  # throw-away HOME with its own .rpmmacros sets it for this one rpmbuild, leaves the user's ~/.rpmmacros
  # alone (and keeps the user's own macros out of the build). T0 = as many xz threads as cores.
  rpm_home=$(mktemp -d)
  trap 'rm -rf "$rpm_home"' EXIT
  printf '%%_binary_payload w%sT0.xzdio\n' "$XZ_LEVEL" >"$rpm_home/.rpmmacros"
  HOME="$rpm_home" "$JPACKAGE" --type rpm "${package_args[@]}" \
    --linux-rpm-license-type "$RPM_LICENSE" \
    --linux-app-category Development/Tools \
    --linux-package-deps gtk3
  rm -rf "$rpm_home"; trap - EXIT
  rpm=$(ls "$DIST"/"$APP_NAME"-*.rpm)
  echo "rpm: $(size_of "$rpm")"
else
  echo "rpm: skipped (dist.rpm=false / DIST_RPM=false, or rpmbuild missing)"
fi

if [[ "${DIST_CDS:-true}" == true ]]; then
  section "AppCDS archive for the app-image"
  # After the installers, which must not carry it: it would only match the image's own paths.
  "$IMAGE/lib/app/cds-archive.sh" dump "$IMAGE" || echo "build-dist: the app-image starts without an AppCDS archive"
else
  echo "AppCDS archive: skipped (DIST_CDS=false)"
fi

rm -rf "$STAGE" "$RUNTIME"   # intermediate only; the image has its own copies
echo "build-dist: done in $((SECONDS - START)) s"
