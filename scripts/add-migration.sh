#!/usr/bin/env bash
# Adds a migration named <Name> to both migration sets of PortalDbContext, so SQLite and PostgreSQL stay in step:
#   Ctg.Participation/Data/Migrations            (SQLite, the default provider)
#   Ctg.Participation.Postgres/Migrations        (PostgreSQL, Database:Provider=Postgres)
# Usage: scripts/add-migration.sh <Name>
# After merging branches that brought SQLite migrations only, run scripts/add-migration.sh --postgres-only <Name>:
# no SQLite migration is added (the branches brought theirs) and the PostgreSQL set gets
# everything the other branches added. Check both sets are in step with the model:
#   dotnet ef migrations has-pending-model-changes --project Ctg.Participation
#   dotnet ef migrations has-pending-model-changes --project Ctg.Participation.Postgres
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
