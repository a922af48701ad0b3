#!/usr/bin/env bash
# Proves that a backup taken with the documented command (docs/operations.md, "Encrypted backups") comes
# back whole: dumps the database through gpg to a throw-away backup key, decrypts it, restores it into a
# fresh database on the same server, compares the row count of every table and the answer of one query
# about a known record, then drops the scratch database. Needs pg_dump, pg_restore and psql of the
# server's major version or later (the embedded PostgreSQL is 17), and gpg.
#
#   src/build/backup-restore-check.sh HOST PORT USER DATABASE ["query about a known record"]
#
# e.g. against the embedded database started with --imago.embedded-database.port=54417:
#   src/build/backup-restore-check.sh localhost 54417 postgres imago \
#       "select first_name || ' ' || last_name from clients.person order by id limit 1"
set -euo pipefail

if [ $# -lt 4 ]; then
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
fi
host=$1 port=$2 user=$3 db=$4
known=${5:-"select count(*) from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')"}
scratch="${db}_restore_check_$$"
work=$(mktemp -d)
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
cleanup() {
    dropdb -h "$host" -p "$port" -U "$user" --if-exists "$scratch" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
sql() { psql -h "$host" -p "$port" -U "$user" -d "$1" -X -q -t -A -v ON_ERROR_STOP=1 -c "$2"; }

# a throw-away key pair standing in for the clinic's backup key (its secret half never on the server)
recipient=backup-check@imago-clinic.example
gpg --batch --quiet --passphrase '' --quick-gen-key "Imago backup check <$recipient>" rsa3072 encrypt never

# the documented backup command
pg_dump -h "$host" -p "$port" -U "$user" -Fc "$db" \
    | gpg --batch --yes --trust-model always --encrypt --recipient "$recipient" --output "$work/imago.dump.gpg"
if gpg --batch --list-packets "$work/imago.dump.gpg" >/dev/null 2>&1 && ! grep -aq "PGDMP" "$work/imago.dump.gpg"; then
    echo "backup is encrypted: $(stat -c %s "$work/imago.dump.gpg") bytes"
else
    echo "FAILED: the backup is not an encrypted file" >&2
    exit 1
fi

# the documented restore, into a fresh database
createdb -h "$host" -p "$port" -U "$user" "$scratch"
gpg --batch --quiet --decrypt "$work/imago.dump.gpg" \
    | pg_restore -h "$host" -p "$port" -U "$user" -d "$scratch" --exit-on-error --no-owner

tables_query="select format('%I.%I', table_schema, table_name) from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1"
tables=$(sql "$db" "$tables_query")
if [ "$tables" != "$(sql "$scratch" "$tables_query")" ]; then
    echo "FAILED: the restored database has other tables" >&2
    exit 1
fi
count=0 rows=0
for table in $tables; do
    original=$(sql "$db" "select count(*) from $table")
    restored=$(sql "$scratch" "select count(*) from $table")
    if [ "$original" != "$restored" ]; then
        echo "FAILED: $table has $original rows, restored $restored" >&2
        exit 1
    fi
    count=$((count + 1)) rows=$((rows + original))
done
if [ "$(sql "$db" "$known")" != "$(sql "$scratch" "$known")" ]; then
    echo "FAILED: the known record differs after the restore" >&2
    exit 1
fi
echo "restore check passed: $count tables, $rows rows, the known record is the same"
