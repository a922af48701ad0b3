#!/bin/sh
# Least privilege (ADR 0034, docs/operations.md): run once by the postgres image on an empty data volume.
# imago_owner owns the database and runs the migrations; the application connects as imago_app, which
# owns nothing and only reads and appends to the audit trail (the migrations grant it its rights).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -v owner_password="$IMAGO_OWNER_PASSWORD" -v app_password="$IMAGO_APP_PASSWORD" <<'SQL'
create role imago_app login password :'app_password';
create role imago_owner login password :'owner_password';
-- the owner hands reporting's rebuildable read models to the application
grant imago_app to imago_owner;
select format('alter database %I owner to imago_owner', current_database()) \gexec
SQL
