#!/usr/bin/env bash
# Usage: without-toolchain.sh PLAYBOOK SAMPLE_ROOT
# Proves an installed `playbook` needs no Swift toolchain: `ldd` lists no library of the
# toolchain (nor any it cannot find), and in a mount namespace where an empty folder covers
# /opt/swift, `playbook --version`, `playbook init` + `playbook build` (allocating with
# mimalloc), and a check and build of the sample playbook (both languages) succeed.
set -euo pipefail
playbook=$(readlink -f "$1")
sample=$(cd "$2" && pwd)
toolchain=${SWIFT_TOOLCHAIN:-/opt/swift}

echo "ldd $playbook:"
libraries=$(ldd "$playbook")
echo "$libraries" | sed 's/^/    /'
if grep -E "not found|$toolchain|libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|libicu" <<<"$libraries"; then
    echo "FAIL: the binary links a library of the Swift toolchain, or one that is missing" >&2
    exit 1
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/empty"
# The namespace's own mounts vanish with it; the script runs inside with the toolchain hidden.
unshare --mount --propagation private bash -euo pipefail -s "$playbook" "$sample" "$scratch" "$toolchain" <<'INSIDE'
playbook=$1 sample=$2 scratch=$3 toolchain=$4
mount --bind "$scratch/empty" "$toolchain"
[ -z "$(ls -A "$toolchain")" ] || { echo "FAIL: $toolchain is still visible" >&2; exit 1; }
echo "$toolchain hidden; running $playbook"
version=$("$playbook" --version)
[ -n "$version" ] || { echo "FAIL: playbook --version printed nothing" >&2; exit 1; }
echo "playbook --version: $version"
cd "$scratch"
"$playbook" init new-playbook
"$playbook" build --root new-playbook --timings 2> timings.txt
test -s new-playbook/site/index.html
# The static link must keep Debian's mimalloc ahead of glibc's malloc (Allocator.swift).
grep -q "^malloc  mimalloc" timings.txt || { echo "FAIL: the binary allocates with $(grep ^malloc timings.txt)" >&2; exit 1; }
"$playbook" check --root "$sample"
"$playbook" build --root "$sample" --output "$scratch/sample-site"
test -s "$scratch/sample-site/index.html"
test -s "$scratch/sample-site/zh/index.html"
test -s "$scratch/sample-site/search/manifest.js"
INSIDE
echo "PASS: $playbook runs and builds without $toolchain"
