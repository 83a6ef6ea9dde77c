#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's initdb and pg_ctl in a temporary
# folder, listening on a Unix socket in that folder and on localhost only, trust
# authentication (nothing else can reach it). fsync is off for speed; AMELI_PG_FSYNC=on turns
# it on for benchmarks, whose commits must reach the disk as a real server's do. initdb and
# postgres refuse to run as root: when root runs this, the cluster belongs to the `postgres`
# user Debian's package creates.
#
#   eval "$(scripts/pg-throwaway.sh start)"   # prints the variables the tests read
#   scripts/pg-throwaway.sh stop "$AMELI_TEST_PG_DIR"
#   (halt DIR / resume DIR / restart DIR: the server goes away and comes back, for fault tests)
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "PostgreSQL n'est pas installé : lancez scripts/install-deps.sh --tests" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
start)
  dir=$(mktemp -d /tmp/ameli-pg.XXXXXX)
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -U ameli_admin --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # A free port on localhost: several runs side by side must not meet.
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # In its configuration, not on pg_ctl's command line: `resume` starts it the same way.
  printf '%s\n' "listen_addresses = '127.0.0.1'" "port = $port" \
    "unix_socket_directories = '$dir'" "fsync = ${AMELI_PG_FSYNC:-off}" "max_connections = 200" |
    as_owner tee -a "$dir/data/postgresql.conf" >/dev/null
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "export AMELI_TEST_PG_DIR=$dir"
  echo "export AMELI_TEST_PG_BIN=$bin"
  echo "export AMELI_TEST_PG='host=$dir port=$port user=ameli_admin'"
  ;;
stop)
  dir=${2:?folder of the cluster}
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
restart)
  dir=${2:?folder of the cluster}
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -l "$dir/server.log" restart >/dev/null
  ;;
halt)
  # Stopped, its files kept: `resume` starts it again, as a server that went away and back.
  dir=${2:?folder of the cluster}
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  ;;
resume)
  dir=${2:?folder of the cluster}
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start >/dev/null
  ;;
*)
  echo "usage: $0 start | stop DIR | restart DIR | halt DIR | resume DIR" >&2
  exit 2
  ;;
esac
