#!/usr/bin/env bash
# Adds a migration for both providers: bash scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Events.Core --startup-project src/Events.Core \
    --context "${provider}EventsDbContext" --output-dir "Data/Migrations/$provider" --namespace "Events.Core.Data.Migrations.$provider"
  # ef puts the snapshot where the namespace points; keep it beside the migrations.
  if [ -d src/Events.Core/Events/Core ]; then mv src/Events.Core/Events/Core/Data/Migrations/$provider/*.cs "src/Events.Core/Data/Migrations/$provider/"; rm -rf src/Events.Core/Events/Core; fi
done
rm -f src/Events.Core/design-time.db
