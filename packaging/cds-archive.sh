#!/bin/sh
# The app's class-data-sharing archive (AppCDS, ADR 0048): the JVM maps the classes a start loads from one
# file instead of finding, reading and verifying them in 200 jars. JDK 17 ties the archive to the absolute
# paths of the jars it was dumped with, so it is made where the app lives: for the app-image when it is
# built, for the .deb by its post-install step. The launcher points at it with -Xshare:auto, so a missing or
# stale archive costs nothing but the speed.
#
#   cds-archive.sh classlist <image or install root>   record the classes `sql -e "select 1"` loads, and the
#                                                      window's up to its first preview where a display (or
#                                                      xvfb-run) is at hand (build time; writes
#                                                      lib/app/workbench.classlist)
#   cds-archive.sh dump <image or install root>        dump lib/app/workbench.jsa from that list
#   cds-archive.sh remove <image or install root>      delete the archive (package removal)
#
# It runs the bundled runtime with exactly the launcher's class path and options, read from its .cfg.
set -eu

usage() { echo "usage: $0 classlist|dump|remove <app root>" >&2; exit 2; }
[ $# -eq 2 ] || usage
MODE=$1
ROOT=$(cd "$2" && pwd)
APPDIR="$ROOT/lib/app"
CFG="$APPDIR/spark-workbench.cfg"
JAVA="$ROOT/lib/runtime/bin/java"
LIST="$APPDIR/workbench.classlist"
ARCHIVE="$APPDIR/workbench.jsa"

if [ "$MODE" = remove ]; then
  rm -f "$ARCHIVE" "$ARCHIVE.tmp"
  exit 0
fi
[ -f "$CFG" ] || { echo "cds-archive: $CFG not found: not an app image" >&2; exit 1; }
[ -x "$JAVA" ] || { echo "cds-archive: $JAVA not found" >&2; exit 1; }

# The launcher's class path: its app.classpath entries, in order, joined by ':'.
CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s|\$APPDIR|$APPDIR|g" | paste -sd: -)
MAIN=$(sed -n 's/^app\.mainclass=//p' "$CFG")
# Its options, one per line, minus the archive's own (the dump names its output itself).
OPTS=$(sed -n 's/^java-options=//p' "$CFG" | sed "s|\$APPDIR|$APPDIR|g" | grep -v -e '^-XX:SharedArchiveFile=' -e '^-Xshare:')
[ -n "$CP" ] && [ -n "$MAIN" ] || { echo "cds-archive: no class path or main class in $CFG" >&2; exit 1; }

# The options as the positional parameters, one each (no option contains a newline).
set --
while IFS= read -r o; do
  [ -n "$o" ] && set -- "$@" "$o"
done <<OPTIONS
$OPTS
OPTIONS

# Runs a command on the display there is, else on a virtual one.
with_display() {
  if [ -n "${DISPLAY:-}" ]; then "$@"; else xvfb-run -a -s "-screen 0 1600x1000x24" "$@"; fi
}

case "$MODE" in
  classlist)
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    # A throw-away home: the run must not read or leave the builder's settings and data.
    HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
      "$JAVA" -Xshare:off -XX:DumpLoadedClassList="$LIST.tmp" "$@" -Dworkbench.home="$scratch/home" \
      -cp "$CP" "$MAIN" sql -e "select 1" >/dev/null
    # The window's classes too (JavaFX, the first screen, its chart and preview), when a display can be had: the
    # window opens the sample data and the JVM ends at its first preview, the first screen's first Spark query
    # (workbench.exitAtMark; the chart comes from the file beside the data set, ADR 0057). Without one, select 1's
    # list only.
    if { [ -n "${DISPLAY:-}" ] || command -v xvfb-run >/dev/null 2>&1; } && with_display env HOME="$scratch" \
        XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" timeout 180 "$JAVA" -Xshare:off \
        -XX:DumpLoadedClassList="$LIST.window" "$@" -Dworkbench.home="$scratch/window-home" -Dworkbench.exitAtMark=first_preview \
        -cp "$CP" "$MAIN" >/dev/null 2>&1; then
      cat "$LIST.window" >>"$LIST.tmp"
      echo "cds-archive: the window's classes added ($(wc -l <"$LIST.window") lines)"
    else
      echo "cds-archive: no display for the window's classes: the list holds select 1's only"
    fi
    rm -f "$LIST.window"
    mv "$LIST.tmp" "$LIST"
    echo "cds-archive: $(wc -l <"$LIST") classes listed in $LIST"
    ;;
  dump)
    [ -f "$LIST" ] || { echo "cds-archive: $LIST not found: the image was built without it" >&2; exit 1; }
    rm -f "$ARCHIVE.tmp"
    # Janino's signed jar cannot be archived: the dump says so per class; only its last lines matter here.
    if ! "$JAVA" -Xshare:dump -XX:SharedClassListFile="$LIST" -XX:SharedArchiveFile="$ARCHIVE.tmp" "$@" -cp "$CP" \
        >"$ARCHIVE.log" 2>&1; then
      tail -5 "$ARCHIVE.log" >&2
      rm -f "$ARCHIVE.tmp"
      echo "cds-archive: the dump failed (log: $ARCHIVE.log); the app starts without the archive" >&2
      exit 1
    fi
    mv "$ARCHIVE.tmp" "$ARCHIVE"
    rm -f "$ARCHIVE.log"
    echo "cds-archive: $ARCHIVE ($(du -m "$ARCHIVE" | cut -f1) MB)"
    ;;
  *) usage ;;
esac
