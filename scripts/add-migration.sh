#!/usr/bin/env bash
# Adds a migration named <Name> to both migration sets of PortalDbContext, so SQLite and PostgreSQL stay in step:
#   Ctg.Participation/Data/Migrations            (SQLite, the default provider)
#   Ctg.Participation.Postgres/Migrations        (PostgreSQL, Database:Provider=Postgres)
# Usage: scripts/add-migration.sh <Name>
# After merging branches that brought SQLite migrations only, run it with the merge's name: the SQLite set gets an
# empty migration (delete it: scripts/add-migration.sh --postgres-only <Name> skips it) and the PostgreSQL set gets
# everything the other branches added.
set -euo pipefail
cd "$(dirname "$0")/.."
sqlite=1
if [ "${1:-}" = "--postgres-only" ]; then sqlite=0; shift; fi
name=${1:?usage: scripts/add-migration.sh [--postgres-only] <Name>}
dotnet tool restore >/dev/null
if [ "$sqlite" -eq 1 ]; then
  dotnet ef migrations add "$name" --project Ctg.Participation --output-dir Data/Migrations
  rm -f design-time.db* Ctg.Participation/design-time.db*
fi
dotnet ef migrations add "$name" --project Ctg.Participation.Postgres --output-dir Migrations
echo "Added $name. Provider-specific SQL (migrationBuilder.Sql) must be written in each set by hand."
