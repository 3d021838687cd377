#!/usr/bin/env bash
# `npm test`: type check (tsc), then tests/run.ts: the Prettier check (`npm run format:check`) and every uvu
# test file (tests/**/*.test.ts), several at a time, the whole suite under a far-off time zone (UTC+14) and the
# unit tests again under UTC-8. Closes with one "N passed, N failed, N skipped" line (a formatting difference
# counts as one failed test); a crash, a file without tests, a skipped test or no test at all fails the run.
# Arguments select files by a part of their path: `npm test -- newsroom site`.
set -uo pipefail
cd "$(dirname "$0")/.."

echo "== tsc (type check)"
if ! npx --no-install tsc -p tsconfig.json; then
	echo "0 passed, 1 failed, 0 skipped"
	exit 1
fi

exec node --import tsx tests/run.ts "$@"
