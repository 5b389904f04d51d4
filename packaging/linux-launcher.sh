#!/bin/bash
# bin/spark-workbench of the Linux app-image and packages (ADR 0052): runs jpackage's native launcher, which
# build-dist.sh moved to bin/spark-workbench-launcher, with one line taken out of its standard error, the JVM's
# "WARNING: Using incubator modules: jdk.incubator.vector". The JVM prints it before main on every start because
# the Vector API module is resolved (ADR 0037), and nothing inside the app can silence it. exec keeps the process:
# signals, standard input, standard output and the exit status are the launcher's own.
here=$(dirname "$(readlink -f "$0")")
exec "$here/spark-workbench-launcher" "$@" \
  2> >(grep -v -x -F --line-buffered 'WARNING: Using incubator modules: jdk.incubator.vector' >&2)
