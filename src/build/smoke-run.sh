#!/usr/bin/env bash
# Does the README's run command still start the application? Runs `./mvnw -Pproduction spring-boot:run` on a
# fresh data folder and a spare port, waits for the sign-in page, signs in over the API as the demo
# front desk and trades the password for a token, then stops everything. Used by .ci/run after the tests.
set -euo pipefail
cd "$(dirname "$0")/../.."

port="${SMOKE_PORT:-18080}"
data="target/smoke-run-db"
log="target/smoke-run.log"
rm -rf "$data"
mkdir -p target

setsid ./mvnw -q -B -Pproduction spring-boot:run \
    -Dspring-boot.run.arguments="--server.port=$port --imago.embedded-database.data-dir=$data --imago.demo.clinic.enabled=false" \
    >"$log" 2>&1 &
group=$!
stop() {
    kill -TERM -- "-$group" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 -- "-$group" 2>/dev/null || return 0; sleep 1; done
    kill -KILL -- "-$group" 2>/dev/null || true
}
trap stop EXIT

started=$SECONDS
until curl -fs -o /dev/null "http://localhost:$port/login" 2>/dev/null; do
    if ! kill -0 "$group" 2>/dev/null || (( SECONDS - started > 300 )); then
        echo "The run command did not bring up the sign-in page; the last lines of $log:" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    sleep 1
done
echo "Run command: the sign-in page answered after $(( SECONDS - started )) s"
# production mode: the optimised bundle, no development tools
if grep -q "Vaadin is running in DEVELOPMENT mode" "$log"; then
    echo "The run command started in Vaadin's development mode, not as users see the product" >&2
    exit 1
fi

# the demo sign-ins are added just after start-up
until curl -fs -u frontdesk:imago-demo-2026 "http://localhost:$port/api/me" 2>/dev/null | grep -q '"username":"frontdesk"'; do
    if (( SECONDS - started > 360 )); then
        echo "The demo front desk could not sign in; the last lines of $log:" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    sleep 1
done
curl -fsS -u frontdesk:imago-demo-2026 -X POST "http://localhost:$port/api/tokens" | grep -q '"tokenType":"Bearer"'
echo "Run command: the demo front desk signs in and gets an API token"
