#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL cluster and Redis server on loopback for the multi-instance tests.
#   scripts/test-servers.sh start <dir>   prints `export CTG_TEST_POSTGRES=…` and `export CTG_TEST_REDIS=…` lines
#   scripts/test-servers.sh stop <dir>    stops both and deletes <dir>
# Uses Debian's postgresql and redis-server packages; the cluster runs as the `postgres` user when started as root
# (PostgreSQL refuses to run as root), with trust authentication on 127.0.0.1 only.
set -euo pipefail
action=${1:?start|stop}; dir=${2:?directory}

run_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

case "$action" in
  start)
    bin=$(pg_bin); [ -n "$bin" ] || { echo "PostgreSQL binaries not found under /usr/lib/postgresql" >&2; exit 1; }
    command -v redis-server >/dev/null || { echo "redis-server not found" >&2; exit 1; }
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    pg_port=$(free_port); redis_port=$(free_port)
    run_pg "$bin/initdb" -D "$dir/pg" -U ctg --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    run_pg "$bin/pg_ctl" -D "$dir/pg" -l "$dir/postgres.log" -w -t 60 \
      -o "-p $pg_port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
      || { cat "$dir/postgres.log" >&2; exit 1; }
    redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
      --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null
    for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
    echo "$pg_port" >"$dir/pg.port"; echo "$redis_port" >"$dir/redis.port"
    echo "export CTG_TEST_POSTGRES='Host=127.0.0.1;Port=$pg_port;Username=ctg;Database=postgres'"
    echo "export CTG_TEST_REDIS='127.0.0.1:$redis_port'"
    ;;
  stop)
    bin=$(pg_bin)
    [ -d "$dir/pg" ] && [ -n "$bin" ] && run_pg "$bin/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null 2>&1 || true
    [ -f "$dir/redis.pid" ] && kill "$(cat "$dir/redis.pid")" 2>/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop <dir>" >&2; exit 2 ;;
esac
