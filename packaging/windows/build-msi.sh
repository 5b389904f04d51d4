#!/usr/bin/env bash
# Builds the Windows installer, target/dist/spark-workbench-<version>.msi, with the JDK's jpackage and WiX 3.
#
# Runs on Windows only (Git Bash, or `shell: bash` on a GitHub windows runner): jpackage builds installers
# only for the OS it runs on. On Linux or macOS, DRY_RUN=1 checks the inputs and prints the jpackage commands.
#
# Usage: bash packaging/windows/build-msi.sh          (from anywhere; runs Maven itself)
#
# Needs: a full JDK 17+ with jmods and jpackage (JAVA_HOME or PATH; Temurin 17 has both); WiX Toolset 3.x
# (candle.exe, light.exe: jpackage 17 looks on PATH and in "Program Files (x86)\WiX Toolset v3.*\bin"; WiX 4+
# has neither and jpackage 17 cannot use it); packaging/file-associations/{sql,parquet}.properties.
#
# What the .msi does (jpackage options, see packaging/windows/README.md):
#   installs per machine under "Program Files\spark-workbench" (the user may choose: --win-dir-chooser),
#   a Start menu entry in "Spark Workbench" (--win-menu) and a desktop shortcut (--win-shortcut),
#   .sql and .parquet open in the app (--file-associations; Explorer runs spark-workbench.exe "<file>"),
#   a second launcher spark-workbench-cli.exe with a console, for the subcommands (sql, generate, smoke ...):
#   the main launcher is a GUI program, which Windows gives no console, so its output would go nowhere.
#   Upgrades replace the installed version (fixed --win-upgrade-uuid); uninstalling removes only what the
#   installer put there: settings and data under the user's profile (.config, .local\share) stay.
#
# Output:
#   target/dist/spark-workbench/                 app-image (spark-workbench.exe, spark-workbench-cli.exe)
#   target/dist/spark-workbench-<version>.msi
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
TARGET="$REPO/target"
APP_NAME=spark-workbench
MAIN_CLASS=io.sparkworkbench.app.Main
VENDOR="Spark Workbench"
DESCRIPTION="A desktop workbench for exploring e-commerce data with an embedded Apache Spark"
# Never change it: Windows Installer recognises a newer .msi of the same product by this UUID and upgrades.
UPGRADE_UUID=6f1d8a52-3c4e-4b8e-9a57-2f0c1e7d9b34
WORK="$TARGET/win"
STAGE="$WORK/input"
RUNTIME="$WORK/runtime"
DIST="$TARGET/dist"
IMAGE="$DIST/$APP_NAME"
LIB="$TARGET/dist-input/lib"
ASSOC_DIR=${ASSOC_DIR:-$REPO/packaging/file-associations}   # overridable for a dry run before they exist
DRY_RUN=${DRY_RUN:-0}

die() { printf 'build-msi: ERROR: %s\n' "$*" >&2; exit 1; }
section() { printf '\n==> %s\n' "$*"; }
# Git Bash rewrites arguments that look like POSIX paths when it starts a Windows program, and cannot see
# paths inside files: the tools get Windows paths from native(), and no rewriting (MSYS2_ARG_CONV_EXCL).
native() { if command -v cygpath >/dev/null; then cygpath -w "$1"; else printf '%s\n' "$1"; fi; }
run() {
  if [[ "$DRY_RUN" == 1 ]]; then printf '[dry run]'; printf ' %q' "$@"; printf '\n'; else MSYS2_ARG_CONV_EXCL='*' "$@"; fi
}
if [[ -n "${JAVA_HOME:-}" ]] && command -v cygpath >/dev/null; then JAVA_HOME=$(cygpath -u "$JAVA_HOME"); fi
tool() {
  for candidate in "${JAVA_HOME:-}/bin/$1" "${JAVA_HOME:-}/bin/$1.exe"; do
    [[ -n "${JAVA_HOME:-}" && -x "$candidate" ]] && { echo "$candidate"; return; }
  done
  command -v "$1" || true
}

case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) ;;
  *) [[ "$DRY_RUN" == 1 ]] || die "jpackage builds an .msi only on Windows (this is $(uname -s)); DRY_RUN=1 prints the commands" ;;
esac
JPACKAGE=$(tool jpackage)
JLINK=$(tool jlink)
JAVA=$(tool java)
[[ -n "$JPACKAGE" && -n "$JLINK" && -n "$JAVA" ]] || die "jpackage/jlink/java not found: install a full JDK 17 and set JAVA_HOME"
for kind in sql parquet; do
  [[ -f "$ASSOC_DIR/$kind.properties" ]] || die "$ASSOC_DIR/$kind.properties is missing (the file associations shared by every OS)"
done

# --- what Maven knows: the jar, its runtime dependencies and the JVM options ------------------------------
section "Maven: app jar and runtime dependencies"
# Not the dist profile: it runs the Linux script. JavaFX's jars resolve for the OS Maven runs on (win classifier).
(cd "$REPO" && ./mvnw -B -q -DskipTests package dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$(native "$LIB")")
shopt -s nullglob
jars=("$TARGET/$APP_NAME"-*.jar)
shopt -u nullglob
[[ ${#jars[@]} -eq 1 ]] || die "expected one $TARGET/$APP_NAME-<version>.jar, found ${#jars[@]}"
JAR_NAME=$(basename "${jars[0]}")
VERSION=${JAR_NAME#"$APP_NAME"-}
VERSION=${VERSION%.jar}
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "version '$VERSION' is not major.minor.patch, which an MSI ProductVersion must be"
# The pom's one list of JVM flags (and the heap), read, never repeated here.
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$REPO/pom.xml" | head -1; }
JAVA_OPTS="$(pom_property app.heap) $(pom_property spark.jvm.flags)"
[[ "$JAVA_OPTS" == *"--add-opens=java.base/java.lang=ALL-UNNAMED"* ]] || die "could not read app.heap/spark.jvm.flags from pom.xml"
# The runtime's modules: the Linux script's list, the one place they are chosen and explained.
RUNTIME_MODULES=$(sed -n '/^RUNTIME_MODULES=/,/^[^ ]*[^\\]$/p' "$REPO/packaging/build-dist.sh" | tr -d '\\\n' | sed 's/^RUNTIME_MODULES=//')
[[ "$RUNTIME_MODULES" == java.base,*jdk.incubator.vector* ]] || die "could not read RUNTIME_MODULES from packaging/build-dist.sh"
echo "version $VERSION, $(wc -w <<<"$JAVA_OPTS") JVM options, modules $RUNTIME_MODULES"

# --- input: jars this OS needs, the app jar, the sample data ---------------------------------------------
section "Staging jars"
rm -rf "$WORK" "$IMAGE" "$DIST/$APP_NAME"-*.msi
mkdir -p "$STAGE/lib" "$WORK/assoc" "$DIST"
# Same cuts as the Linux image (rocksdbjni, QUIC, leveldbjni: see docs/decisions/0003-packaging.md), and the
# natives of the other OSes; Netty's Windows builds have no native transport jar, so none is kept.
DROP_JARS='^(rocksdbjni-|netty-codec-native-quic-|leveldbjni-all-)|-(linux|osx)-[a-z0-9_]+\.jar$'
kept=0
for jar in "$LIB"/*.jar; do
  name=$(basename "$jar")
  if [[ ! "$name" =~ $DROP_JARS ]]; then cp "$jar" "$STAGE/lib/$name"; kept=$((kept + 1)); fi
done
cp "${jars[0]}" "$STAGE/$JAR_NAME"
[[ -d "$REPO/sample-data" ]] && cp -r "$REPO/sample-data" "$STAGE/sample-data"
echo "kept $kept jars"

# --- icon and associations: Windows wants .ico ------------------------------------------------------------
section "Icon and file associations"
ICON="$WORK/$APP_NAME.ico"
MSYS2_ARG_CONV_EXCL='*' "$JAVA" -Djava.awt.headless=true "$(native "$HERE/PngToIco.java")" \
  "$(native "$REPO/packaging/$APP_NAME.png")" "$(native "$ICON")"
ASSOCS=()
for kind in sql parquet; do
  # The shared file with its icon line pointing at the .ico (a PNG icon is for Linux only).
  grep -v '^icon=' "$ASSOC_DIR/$kind.properties" > "$WORK/assoc/$kind.properties"
  # A properties file: backslashes escape, so the Windows path is written with forward slashes.
  icon_path=$(native "$ICON")
  printf 'icon=%s\n' "${icon_path//\\//}" >> "$WORK/assoc/$kind.properties"
  ASSOCS+=(--file-associations "$(native "$WORK/assoc/$kind.properties")")
done
cat > "$WORK/cli-launcher.properties" <<EOF
win-console=true
description=Spark Workbench command line (sql, generate, smoke, bench ...)
EOF

# --- runtime and app-image -------------------------------------------------------------------------------
section "jlink runtime"
run "$JLINK" --add-modules "$RUNTIME_MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$(native "$RUNTIME")"

section "jpackage app-image"
read -r -a opts <<<"$JAVA_OPTS"
java_opts=()
for o in "${opts[@]}"; do java_opts+=(--java-options "$o"); done
# shellcheck disable=SC2016 # $APPDIR is for the launcher to expand at run time (<image>\app), not for bash
java_opts+=(--java-options '-Dworkbench.sampledata=$APPDIR/sample-data')
run "$JPACKAGE" --type app-image \
  --name "$APP_NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --icon "$(native "$ICON")" \
  --input "$(native "$STAGE")" --main-jar "$JAR_NAME" --main-class "$MAIN_CLASS" \
  --runtime-image "$(native "$RUNTIME")" \
  "${java_opts[@]}" \
  --add-launcher "$APP_NAME-cli=$(native "$WORK/cli-launcher.properties")" \
  --dest "$(native "$DIST")"

# --- msi ---------------------------------------------------------------------------------------------------
section "jpackage msi"
run "$JPACKAGE" --type msi \
  --app-image "$(native "$IMAGE")" \
  --name "$APP_NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --icon "$(native "$ICON")" \
  "${ASSOCS[@]}" \
  --win-menu --win-menu-group "Spark Workbench" --win-shortcut --win-dir-chooser \
  --win-upgrade-uuid "$UPGRADE_UUID" \
  --dest "$(native "$DIST")"
if [[ "$DRY_RUN" != 1 ]]; then
  msi=$(ls "$DIST/$APP_NAME"-*.msi)
  echo "msi: $msi ($(du -h "$msi" | cut -f1))"
fi
