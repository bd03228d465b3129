#!/usr/bin/env bash
# Runs every test of the portal: domain unit tests, integration tests through the real host, browser tests in
# Debian's Chromium with axe-core; then, on a throw-away PostgreSQL cluster and Redis server, the integration tests
# again and the two-instance tests. Installs what the tests need when it is missing. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need_packages+=(fonts-dejavu-core)
command -v node >/dev/null 2>&1 || need_packages+=(nodejs)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "Installing ${need_packages[*]} (Debian packages) for the browser tests…"
  as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi
export CHROMIUM_PATH="$(command -v chromium)"

# PostgreSQL and Redis for the second pass; installed on their own so that a failure only skips that pass.
server_packages=(); servers_unavailable=""
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || server_packages+=(postgresql)
command -v redis-server >/dev/null 2>&1 || server_packages+=(redis-server)
if [ ${#server_packages[@]} -gt 0 ]; then
  echo "Installing ${server_packages[*]} (Debian packages) for the PostgreSQL and two-instance tests…"
  apt_log=$(mktemp -t ctg-apt.XXXXXX)
  if ! { as_root apt-get update -qq && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${server_packages[@]}"; } >"$apt_log" 2>&1; then
    servers_unavailable="apt-get install ${server_packages[*]} failed: $(grep -E '^E:' "$apt_log" | head -2 | tr '\n' ' ')"
  fi
  rm -f "$apt_log"
fi

results="$(pwd)/TestResults"
rm -rf "$results"
mkdir -p "$results"

if ! dotnet build Ctg.Participation.sln -c Release --nologo -v quiet > "$results/build.log" 2>&1; then
  grep -E "error" "$results/build.log" | sort -u
  echo "Build failed."
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
# Unit tests of the browser modules (the live wall's queue, state, moves…) with Node's own test runner; its TAP
# summary ("# pass N", "# fail N") is added to the total below.
node_passed=0; node_failed=0
if command -v node >/dev/null 2>&1; then
  echo "== JavaScript (node --test tests/js)"
  node --test --test-reporter=tap tests/js/ > "$results/node.tap" 2>&1 || status=1
  node_passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$results/node.tap" | tail -1)
  node_failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$results/node.tap" | tail -1)
  grep -E "^not ok|^# (pass|fail)" "$results/node.tap"
  if [ -z "$node_passed" ]; then node_failed=1; tail -5 "$results/node.tap"; fi
else
  echo "JavaScript unit tests not run: nodejs not installable"; node_failed=1; status=1
fi

for project in tests/*/; do
  name=$(basename "$project")
  [ -f "$project/$name.csproj" ] || continue
  grep -q "<IsTestProject>true</IsTestProject>" "$project/$name.csproj" || continue
  grep -q "<RequiresServers>true</RequiresServers>" "$project/$name.csproj" && continue
  echo "== $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
done

# Second pass: PostgreSQL and Redis on loopback (scripts/test-servers.sh), the integration suite against PostgreSQL,
# then the projects that need both servers (two portal instances).
servers=$(mktemp -d -t ctg-servers.XXXXXX); chmod 755 "$servers"
if [ -n "$servers_unavailable" ]; then
  echo "skipped: PostgreSQL not installable: $servers_unavailable"
elif ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  echo "skipped: PostgreSQL not installable: no /usr/lib/postgresql/*/bin after apt-get install postgresql"
elif ! command -v redis-server >/dev/null 2>&1; then
  echo "skipped: PostgreSQL pass: Redis not installable (no redis-server after apt-get install redis-server)"
elif ! exports=$(scripts/test-servers.sh start "$servers/run" 2>"$servers/start.log"); then
  echo "skipped: PostgreSQL not installable: the test cluster did not start: $(tail -3 "$servers/start.log" | tr '\n' ' ')"
else
  eval "$exports"
  echo "== Ctg.Participation.Web.Tests on PostgreSQL"
  dotnet test tests/Ctg.Participation.Web.Tests -c Release --no-build --nologo \
    --logger "trx;LogFileName=Ctg.Participation.Web.Tests.postgres.trx" --results-directory "$results" || status=1
  for project in tests/*/; do
    name=$(basename "$project")
    [ -f "$project/$name.csproj" ] || continue
    grep -q "<RequiresServers>true</RequiresServers>" "$project/$name.csproj" || continue
    echo "== $name (PostgreSQL + Redis)"
    dotnet test "$project" -c Release --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=1
  done
  scripts/test-servers.sh stop "$servers/run"
  unset CTG_TEST_POSTGRES CTG_TEST_REDIS
fi
rm -rf "$servers"

passed=${node_passed:-0}; failed=${node_failed:-0}
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
