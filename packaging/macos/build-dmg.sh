#!/usr/bin/env bash
# Builds the macOS disk image, target/dist/spark-workbench-<version>.dmg, with the JDK's jpackage.
#
# Runs on macOS only (jpackage builds installers only for the OS it runs on; the icon needs sips and
# iconutil, which ship with macOS). Elsewhere, DRY_RUN=1 checks the inputs and prints the jpackage commands.
#
# Usage: bash packaging/macos/build-dmg.sh            (from anywhere; runs Maven itself)
#
# Needs: a full JDK 17+ with jmods and jpackage (JAVA_HOME or PATH), for the CPU the image is for (an arm64
# JDK on Apple silicon, an x86_64 JDK on Intel: the bundled runtime and the JavaFX/Netty natives follow it);
# packaging/file-associations/{sql,parquet}.properties.
# Env: MAC_SIGNING_KEY_USER_NAME="Team Name (ID)" signs the app with that Developer ID (--mac-sign); without
#      it the app is unsigned (see packaging/macos/README.md for what Gatekeeper then asks).
#
# Output:
#   target/dist/spark-workbench.app               app bundle without the file associations (for a smoke run)
#   target/dist/spark-workbench-<version>.dmg     drag-to-Applications image; the app in it opens .sql/.parquet
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
TARGET="$REPO/target"
APP_NAME=spark-workbench
MAIN_CLASS=io.sparkworkbench.app.Main
VENDOR="Spark Workbench"
DESCRIPTION="A desktop workbench for exploring e-commerce data with an embedded Apache Spark"
BUNDLE_ID=io.sparkworkbench.workbench
MENU_NAME="Spark Workbench"   # the menu bar's name: jpackage wants it under 16 characters
WORK="$TARGET/mac"
STAGE="$WORK/input"
RUNTIME="$WORK/runtime"
DIST="$TARGET/dist"
LIB="$TARGET/dist-input/lib"
ASSOC_DIR=${ASSOC_DIR:-$REPO/packaging/file-associations}   # overridable for a dry run before they exist
DRY_RUN=${DRY_RUN:-0}

die() { printf 'build-dmg: ERROR: %s\n' "$*" >&2; exit 1; }
section() { printf '\n==> %s\n' "$*"; }
run() {
  if [[ "$DRY_RUN" == 1 ]]; then printf '[dry run]'; printf ' %q' "$@"; printf '\n'; else "$@"; fi
}
tool() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then echo "$JAVA_HOME/bin/$1"; return; fi
  command -v "$1" || true
}

[[ "$(uname -s)" == Darwin || "$DRY_RUN" == 1 ]] || die "jpackage builds a .dmg only on macOS (this is $(uname -s)); DRY_RUN=1 prints the commands"
JPACKAGE=$(tool jpackage)
JLINK=$(tool jlink)
[[ -n "$JPACKAGE" && -n "$JLINK" ]] || die "jpackage/jlink not found: install a full JDK 17 and set JAVA_HOME"
for kind in sql parquet; do
  [[ -f "$ASSOC_DIR/$kind.properties" ]] || die "$ASSOC_DIR/$kind.properties is missing (the file associations shared by every OS)"
done

# --- what Maven knows: the jar, its runtime dependencies and the JVM options ------------------------------
section "Maven: app jar and runtime dependencies"
# Not the dist profile: it runs the Linux script. JavaFX's jars resolve for the OS and CPU Maven runs on.
(cd "$REPO" && ./mvnw -B -q -DskipTests package dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$LIB")
shopt -s nullglob
jars=("$TARGET/$APP_NAME"-*.jar)
shopt -u nullglob
[[ ${#jars[@]} -eq 1 ]] || die "expected one $TARGET/$APP_NAME-<version>.jar, found ${#jars[@]}"
JAR_NAME=$(basename "${jars[0]}")
VERSION=${JAR_NAME#"$APP_NAME"-}
VERSION=${VERSION%.jar}
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "version '$VERSION' is not major.minor.patch"
# jpackage on macOS refuses an app version whose first number is 0 (CFBundleVersion): 0.y.z is bundled as
# 1.y.z; the .dmg keeps the project's version in its file name.
BUNDLE_VERSION=$VERSION
[[ "$VERSION" == 0.* ]] && BUNDLE_VERSION="1.${VERSION#0.}"
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$REPO/pom.xml" | head -1; }
JAVA_OPTS="$(pom_property app.heap) $(pom_property spark.jvm.flags)"
[[ "$JAVA_OPTS" == *"--add-opens=java.base/java.lang=ALL-UNNAMED"* ]] || die "could not read app.heap/spark.jvm.flags from pom.xml"
RUNTIME_MODULES=$(sed -n '/^RUNTIME_MODULES=/,/^[^ ]*[^\\]$/p' "$REPO/packaging/build-dist.sh" | tr -d '\\\n' | sed 's/^RUNTIME_MODULES=//')
[[ "$RUNTIME_MODULES" == java.base,*jdk.incubator.vector* ]] || die "could not read RUNTIME_MODULES from packaging/build-dist.sh"
echo "version $VERSION (bundle $BUNDLE_VERSION), $(wc -w <<<"$JAVA_OPTS") JVM options, modules $RUNTIME_MODULES"

# --- input: jars this OS and CPU need, the app jar, the sample data ---------------------------------------
section "Staging jars"
rm -rf "$WORK" "$DIST/$APP_NAME.app" "$DIST/$APP_NAME"-*.dmg
mkdir -p "$STAGE/lib" "$WORK/assoc" "$DIST"
case "$(uname -m)" in
  arm64|aarch64) OTHER_MAC='x86_64' ;;
  *) OTHER_MAC='aarch_64' ;;
esac
# The Linux image's cuts (docs/decisions/0003-packaging.md), the other OSes' natives and the other Mac CPU's.
DROP_JARS="^(rocksdbjni-|netty-codec-native-quic-|leveldbjni-all-)|-(linux|windows)-[a-z0-9_]+\.jar$|-osx-$OTHER_MAC\.jar$"
kept=0
for jar in "$LIB"/*.jar; do
  name=$(basename "$jar")
  if [[ ! "$name" =~ $DROP_JARS ]]; then cp "$jar" "$STAGE/lib/$name"; kept=$((kept + 1)); fi
done
cp "${jars[0]}" "$STAGE/$JAR_NAME"
if [[ -d "$REPO/sample-data" ]]; then cp -R "$REPO/sample-data" "$STAGE/sample-data"; fi
echo "kept $kept jars"

# --- icon: macOS wants .icns, made from the PNG with the system's own tools --------------------------------
section "Icon and file associations"
ICON="$WORK/$APP_NAME.icns"
ICONSET="$WORK/$APP_NAME.iconset"
mkdir -p "$ICONSET"
for size in 16 32 128 256 512; do
  run sips -z "$size" "$size" "$REPO/packaging/$APP_NAME.png" --out "$ICONSET/icon_${size}x${size}.png" >/dev/null
  double=$((size * 2))
  run sips -z "$double" "$double" "$REPO/packaging/$APP_NAME.png" --out "$ICONSET/icon_${size}x${size}@2x.png" >/dev/null
done
run iconutil -c icns "$ICONSET" -o "$ICON"
ASSOCS=()
for kind in sql parquet; do
  grep -v '^icon=' "$ASSOC_DIR/$kind.properties" > "$WORK/assoc/$kind.properties"
  printf 'icon=%s\n' "$ICON" >> "$WORK/assoc/$kind.properties"
  ASSOCS+=(--file-associations "$WORK/assoc/$kind.properties")
done

signing=()   # empty unless signing; expanded with ${a[@]+...}: macOS's bash 3.2 calls an empty array unbound
if [[ -n "${MAC_SIGNING_KEY_USER_NAME:-}" ]]; then
  signing=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY_USER_NAME")
fi
read -r -a opts <<<"$JAVA_OPTS"
java_opts=()
for o in "${opts[@]}"; do java_opts+=(--java-options "$o"); done
# shellcheck disable=SC2016 # $APPDIR is for the launcher to expand at run time (Contents/app), not for bash
java_opts+=(--java-options '-Dworkbench.sampledata=$APPDIR/sample-data')
common=(--name "$APP_NAME" --app-version "$BUNDLE_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION"
  --icon "$ICON" --input "$STAGE" --main-jar "$JAR_NAME" --main-class "$MAIN_CLASS" --runtime-image "$RUNTIME"
  "${java_opts[@]}" --mac-package-identifier "$BUNDLE_ID" --mac-package-name "$MENU_NAME"
  --mac-app-category developer-tools ${signing[@]+"${signing[@]}"} --dest "$DIST")

section "jlink runtime"
run "$JLINK" --add-modules "$RUNTIME_MODULES" --strip-debug --no-header-files --no-man-pages --compress=2 --output "$RUNTIME"

# The associations live in the bundle's Info.plist (CFBundleDocumentTypes), which jpackage writes while it
# makes the bundle, and --file-associations is not accepted for an app-image: so the .dmg is built from the
# input in one step, and the app-image beside it (for a smoke run in CI) has no associations.
section "jpackage app-image"
run "$JPACKAGE" --type app-image "${common[@]}"

section "jpackage dmg"
run "$JPACKAGE" --type dmg "${common[@]}" "${ASSOCS[@]}"
if [[ "$DRY_RUN" != 1 ]]; then
  built="$DIST/$APP_NAME-$BUNDLE_VERSION.dmg"
  [[ -f "$built" ]] || die "jpackage did not produce $built"
  [[ "$BUNDLE_VERSION" == "$VERSION" ]] || mv "$built" "$DIST/$APP_NAME-$VERSION.dmg"
  echo "dmg: $DIST/$APP_NAME-$VERSION.dmg ($(du -h "$DIST/$APP_NAME-$VERSION.dmg" | cut -f1))"
fi
