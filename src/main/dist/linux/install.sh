#!/bin/sh
# Installs CYNC as the systemd service "cync", or updates an installation (run it again with a new jar):
#   sudo sh install.sh [--jar PATH/cync.jar] [--java PATH/bin/java]
#   sudo sh install.sh --uninstall          removes the service and /opt/cync; keeps the data, /etc/cync, the user
# It creates the system user cync, copies the jar to /opt/cync/cync.jar, links /opt/cync/java to a Java 21 or newer,
# installs cync.service (next to this script) into /etc/systemd/system, then daemon-reload and enable --now.
# Data: /var/lib/cync (systemd's StateDirectory). Reference: src/site/markdown/service.md.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
# Only CYNC's own tests set CYNC_INSTALL_ROOT, to install into a scratch folder with stub commands.
root=${CYNC_INSTALL_ROOT:-}
unit=$root/etc/systemd/system/cync.service
jar=""
java=""
action=install

usage() {
  sed -n '2,4p' "$here/install.sh" | sed 's/^# \{0,1\}//'
}
fail() {
  echo "install.sh: $*" >&2
  exit 1
}

while [ $# -gt 0 ]; do
  case $1 in
    --jar) [ $# -ge 2 ] || fail "--jar needs the path of cync.jar"; jar=$2; shift 2 ;;
    --java) [ $# -ge 2 ] || fail "--java needs the path of a java binary (21 or newer)"; java=$2; shift 2 ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) usage; exit 0 ;;
    *) fail "unknown argument '$1'; use --jar PATH, --java PATH, --uninstall or --help" ;;
  esac
done

[ "$(id -u)" -eq 0 ] || fail "run it as root (sudo sh $0 ...): it creates the user cync and writes /opt/cync and $unit."
command -v systemctl >/dev/null 2>&1 || fail "systemctl not found: this script installs a systemd service; on other systems run java -jar cync.jar as described in operations.md."

# Prints the feature version (17, 21, 25, ...) of the java binary $1, or 0.
java_feature() {
  [ -x "$1" ] || { echo 0; return; }
  v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
  echo "${v:-0}"
}
# The java to run CYNC with: JAVA_HOME's, the one on PATH, else the newest under /usr/lib/jvm (as ./mvnw picks).
pick_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(java_feature "$JAVA_HOME/bin/java")" -ge 21 ]; then echo "$JAVA_HOME/bin/java"; return; fi
  if command -v java >/dev/null 2>&1; then
    found=$(readlink -f "$(command -v java)")
    if [ "$(java_feature "$found")" -ge 21 ]; then echo "$found"; return; fi
  fi
  best="" best_v=0
  for candidate in /usr/lib/jvm/*/bin/java; do
    v=$(java_feature "$candidate")
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$candidate best_v=$v; fi
  done
  echo "$best"
}

uninstall() {
  if [ -f "$unit" ]; then
    systemctl disable --now cync.service || true
    rm -f "$unit"
    systemctl daemon-reload
  fi
  rm -rf "$root/opt/cync"
  echo "CYNC's service and /opt/cync are removed. Kept: the data in /var/lib/cync, /etc/cync, /etc/credstore/cync.*"
  echo "and the user cync (who owns the data). Remove them yourself once the data is not needed any more."
}

install_service() {
  if [ -z "$jar" ]; then
    for candidate in "$here/cync.jar" "$here/../../cync.jar"; do
      if [ -f "$candidate" ]; then jar=$candidate; break; fi
    done
  fi
  [ -f "$jar" ] || fail "cync.jar not found: build it (./mvnw package) or name it with --jar PATH."
  [ -f "$here/cync.service" ] || fail "cync.service is not next to this script ($here)."
  if [ -n "$java" ]; then
    [ "$(java_feature "$java")" -ge 21 ] || fail "$java is not a Java 21 or newer."
  else
    java=$(pick_java)
    [ -n "$java" ] || fail "CYNC needs Java 21 or newer and found none (JAVA_HOME, PATH, /usr/lib/jvm): install one (e.g. apt-get install openjdk-21-jre-headless, or Temurin 21/25), or name it with --java."
  fi

  if ! getent passwd cync >/dev/null 2>&1; then
    nologin=$(command -v nologin 2>/dev/null || echo /usr/sbin/nologin)
    useradd --system --user-group --home-dir /var/lib/cync --no-create-home --shell "$nologin" \
      --comment "CYNC service" cync
  fi

  install -d -m 0755 "$root/opt/cync" "$(dirname "$unit")"
  # A new file renamed into place: a running CYNC keeps reading the old one until it restarts.
  install -m 0644 "$jar" "$root/opt/cync/cync.jar.new"
  mv -f "$root/opt/cync/cync.jar.new" "$root/opt/cync/cync.jar"
  ln -sfn "$java" "$root/opt/cync/java"

  install -d -m 0755 "$root/etc/cync"
  if [ ! -f "$root/etc/cync/cync.env" ]; then
    umask 077
    cat >"$root/etc/cync/cync.env" <<'ENV'
# CYNC's settings that are not secret (operations.md, Configuration); the service reads them at each start.
# Passwords never go here: put them into /etc/credstore/cync.keystore.password, cync.admin.password,
# cync.https.password (root, mode 600), which systemd hands to CYNC alone.
#CYNC_PORT=8080
#CYNC_BIND=127.0.0.1
#CYNC_HTTPS_KEYSTORE=/etc/cync/cync.p12
#CYNC_HTTPS_PORT=8443
#CYNC_JAVA_OPTIONS=-Xmx1g
ENV
    umask 022
  fi
  install -d -m 0700 "$root/etc/credstore"

  was_active=no
  systemctl is-active --quiet cync.service && was_active=yes
  install -m 0644 "$here/cync.service" "$unit"
  systemctl daemon-reload
  systemctl enable --now cync.service
  # enable --now leaves a running service alone: restart it so that the new jar and unit apply.
  [ "$was_active" = no ] || systemctl restart cync.service

  echo "CYNC is installed as the service cync (Java: $java). It is ready within about a minute:"
  echo "  journalctl -u cync -f        (the log; it says 'CYNC is running on http://localhost:8080')"
  echo "  the first password of admin: /var/lib/cync/initial-admin-password (unless set in /etc/credstore/cync.admin.password)"
  echo "  data: /var/lib/cync   settings: /etc/cync/cync.env   passwords: /etc/credstore/"
}

case $action in
  install) install_service ;;
  uninstall) uninstall ;;
esac
