#!/usr/bin/env bash
# `npm test`: formatting check (Prettier, `npm run format:check`), type check, then every uvu test
# (tests/**/*.test.ts). The whole suite runs under a far-off time zone (UTC+14) and the unit tests again under
# UTC-8, so nothing may depend on the machine's TZ. Closes with one "N passed, N failed" line (a formatting
# difference counts as one failed test) and fails when no test ran.
set -uo pipefail
cd "$(dirname "$0")/.."

echo "== prettier (npm run format:check)"
format_failed=0
if ! npm run --silent format:check; then
	echo "formatting differs from Prettier's; run: npm run format"
	format_failed=1
fi

echo "== tsc (type check)"
if ! npx --no-install tsc -p tsconfig.json; then
	echo "0 passed, 1 failed"
	exit 1
fi

passed=0; failed=0; skipped=0; total=0; status=0
run() {
	local label=$1; shift
	echo "== $label"
	local out rc
	out=$("$@" 2>&1); rc=$?
	printf '%s\n' "$out"
	local t p s
	t=$(printf '%s\n' "$out" | sed -n 's/^ *Total: *\([0-9]*\).*/\1/p' | tail -1)
	p=$(printf '%s\n' "$out" | sed -n 's/^ *Passed: *\([0-9]*\).*/\1/p' | tail -1)
	s=$(printf '%s\n' "$out" | sed -n 's/^ *Skipped: *\([0-9]*\).*/\1/p' | tail -1)
	t=${t:-0}; p=${p:-0}; s=${s:-0}
	total=$((total + t)); passed=$((passed + p)); skipped=$((skipped + s))
	local f=$((t - p - s))
	# A crash before uvu's summary counts as a failure too.
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	failed=$((failed + f))
	[ "$rc" -eq 0 ] || status=1
}

pattern=${WARTA_TEST_PATTERN:-'\.test\.ts$'}
run "all tests, TZ=Pacific/Kiritimati" env TZ=Pacific/Kiritimati node --import tsx node_modules/uvu/bin.js tests "$pattern" -c false
run "unit tests, TZ=America/Los_Angeles" env TZ=America/Los_Angeles node --import tsx node_modules/uvu/bin.js tests/unit '\.test\.ts$' -c false

if [ "$total" -eq 0 ]; then
	echo "no tests ran"
	echo "0 passed, 1 failed"
	exit 1
fi
[ "$skipped" -gt 0 ] && status=1  # a skipped test is a defect here
if [ "$format_failed" -ne 0 ]; then failed=$((failed + 1)); status=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
