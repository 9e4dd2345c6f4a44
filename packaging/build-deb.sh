#!/usr/bin/env bash
# Builds the Debian package of Interop Atlas with the JDK's jpackage (docs/decisions/0012):
#   packaging/build-deb.sh            -> app/target/package/interop-atlas_VERSION_amd64.deb
# It installs /opt/interop-atlas (the fat jar, a jlink'd Java runtime, a class-data-sharing archive of the CLI),
# the command /usr/bin/interop-atlas and a desktop entry with an icon. Needs JDK 17's jpackage/jlink, dpkg-deb,
# fakeroot and rsvg-convert. Set JDK=/path/to/jdk to use another JDK; SKIP_JAR=1 uses an existing jar.
set -euo pipefail
cd "$(dirname "$0")/.."

JDK=${JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")}
VERSION=${VERSION:-0.1.0}
out=app/target/package
work=$out/work
jar=app/target/interop-atlas.jar
sample=sample-trees/minikernel/v7.3

step() { printf '[package] %s\n' "$*" >&2; }

if [[ ${SKIP_JAR:-} != 1 || ! -f $jar ]]; then
  step "building the jar"
  mvn -q package -DskipTests ${MAVEN_ARGS:-}
fi
rm -rf "$out"
mkdir -p "$work/input" "$work/resources"
cp "$jar" "$work/input/"

# JDK modules of the jar (jdeps --print-module-deps, plus what it cannot see: JMX for the C1-only switch,
# charsets for non-UTF-8 locales, zipfs, EC crypto). JavaFX itself is in the fat jar, natives included.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.rmi,java.scripting
modules+=,java.security.jgss,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.management
modules+=,jdk.unsupported,jdk.unsupported.desktop,jdk.zipfs,jdk.localedata
step "jlink runtime with a CDS archive of its own classes"
"$JDK/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --include-locales=en --output "$work/runtime"

rsvg-convert -w 128 -h 128 packaging/interop-atlas.svg -o "$work/resources/interop-atlas.png"

# The command runs batch work: C1 only and the serial GC, as ChildJvm gives its child JVM (ADR 0005, 0008), so
# no child JVM (jvm=same) and no in-process compiler directive, which would load JMX only to find C2 off
# already (jit=full); the desktop entry starts the explorer through a second launcher on C1 only with the default
# collector, as ChildJvm starts the app from the jar (ADR 0014).
cli_options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dinterop-atlas.jvm=same -Dinterop-atlas.jit=full
  -Xshare:auto -XX:SharedArchiveFile=\$APPDIR/interop-atlas.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
printf 'java-options=-XX:TieredStopAtLevel=1 -Dinterop-atlas.jvm=same\n' > "$work/desktop.properties"

step "app image"
opts=()
for o in "${cli_options[@]}"; do opts+=(--java-options "$o"); done
"$JDK/bin/jpackage" --type app-image --dest "$work/image" --name interop-atlas --app-version "$VERSION" \
  --input "$work/input" --main-jar interop-atlas.jar --main-class dev.interopatlas.app.Launcher \
  --runtime-image "$work/runtime" --icon "$work/resources/interop-atlas.png" "${opts[@]}" \
  --add-launcher interop-atlas-desktop="$work/desktop.properties"
image=$work/image/interop-atlas

# The command itself is a script that starts the runtime's java with the same options: jpackage's launcher asks
# `rpm -qf` and `dpkg -S` which package it belongs to on every start (0.15-0.3 s, more than the JVM's start-up).
# Under LANG=C or no locale at all Java cannot use non-ASCII file names (it decodes them with the locale's
# encoding), so those run with C.UTF-8; a real locale is kept.
{
  printf '#!/bin/sh\n# Interop Atlas command line (packaging/build-deb.sh, docs/decisions/0012).\n'
  printf 'case "${LC_ALL:-${LC_CTYPE:-${LANG:-C}}}" in\n    C|POSIX) export LC_ALL=C.UTF-8 ;;\nesac\n'
  printf 'lib=$(readlink -f "$0")\nlib=${lib%%/bin/*}/lib\nexec "$lib/runtime/bin/java"'
  for o in "${cli_options[@]}"; do printf ' %s' "${o//\$APPDIR/\"\$lib/app\"}"; done
  printf ' -cp "$lib/app/interop-atlas.jar" dev.interopatlas.app.Launcher "$@"\n'
} > "$image/bin/interop-atlas"
chmod 755 "$image/bin/interop-atlas"

# The sample tree, for the class archive below and to try the command on.
cp -r "$sample" "$image/lib/sample"

# The desktop entry and the command on the PATH are set up by our own maintainer scripts: jpackage's use
# xdg-desktop-menu, which fails on machines without a menu directory (a server, a CI container), and would add
# one entry per launcher.
cat > "$image/lib/interop-atlas.desktop" <<'DESKTOP'
[Desktop Entry]
Name=Interop Atlas
Comment=Map the Linux kernel's Rust/C boundary
Exec=/opt/interop-atlas/bin/interop-atlas-desktop open %f
Icon=interop-atlas
Terminal=false
Type=Application
Categories=Development;
DESKTOP
cat > "$work/resources/postinst" <<'POSTINST'
#!/bin/sh
set -e
case "$1" in
    configure)
        ln -sf /opt/interop-atlas/bin/interop-atlas /usr/bin/interop-atlas
        install -D -m 644 /opt/interop-atlas/lib/interop-atlas.desktop /usr/share/applications/interop-atlas.desktop
        install -D -m 644 /opt/interop-atlas/lib/interop-atlas.png /usr/share/icons/hicolor/128x128/apps/interop-atlas.png
        command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
        command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
        # The command's class archive (its launcher maps $APPDIR/interop-atlas.jsa): the jar's classes as one
        # run of `metrics` loads them, dumped here because the JVM checks the jar's path and time against it.
        # Without it the command still runs, 0.1-0.2 s slower.
        tmp=$(mktemp -d)
        HOME=$tmp XDG_CACHE_HOME=$tmp /opt/interop-atlas/lib/runtime/bin/java \
            -XX:ArchiveClassesAtExit=/opt/interop-atlas/lib/app/interop-atlas.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
            -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dinterop-atlas.jvm=same -Duser.home="$tmp" \
            -cp /opt/interop-atlas/lib/app/interop-atlas.jar dev.interopatlas.app.Launcher \
            metrics /opt/interop-atlas/lib/sample --json "$tmp/metrics.json" >/dev/null 2>&1 \
            || echo "interop-atlas: could not write the class archive; the command runs without it" >&2
        rm -rf "$tmp"
    ;;
esac
exit 0
POSTINST
cat > "$work/resources/prerm" <<'PRERM'
#!/bin/sh
set -e
case "$1" in
    remove|upgrade|deconfigure)
        rm -f /usr/bin/interop-atlas /usr/share/applications/interop-atlas.desktop \
              /usr/share/icons/hicolor/128x128/apps/interop-atlas.png /opt/interop-atlas/lib/app/interop-atlas.jsa
    ;;
esac
exit 0
PRERM

step "deb"
"$JDK/bin/jpackage" --type deb --dest "$out" --name interop-atlas --app-version "$VERSION" \
  --app-image "$image" --resource-dir "$work/resources" \
  --linux-app-category devel \
  --description "Maps the Linux kernel's Rust/C boundary" --vendor "Interop Atlas" \
  --linux-deb-maintainer "interop-atlas@localhost"
ls -l "$out"/*.deb
