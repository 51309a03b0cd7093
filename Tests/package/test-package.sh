#!/usr/bin/env bash
# `make test-package`, after `make deb`: the package as a user gets it. Checks the .deb's files
# and control fields, runs lintian, installs it with apt-get on this machine (and leaves it
# installed), checks the man page and completions it put in place, runs the installed binary
# with the Swift toolchain hidden (without-toolchain.sh), checks `make install`'s layout under
# PREFIX=/usr/local in a DESTDIR, and runs docs/ci.md's recipes (ci-recipe.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
fail() { echo "FAIL: $*" >&2; exit 1; }

version=$(.build/release/playbook --version)
grep -q "\"$version\"" Sources/PlaybookCLI/Version.swift || fail "playbook --version printed '$version', not Version.swift's"
deb="playbook_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "$deb is missing; run make deb"

echo "== $deb: files and control"
files=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
for path in ./usr/bin/playbook ./usr/share/man/man1/playbook.1.gz ./usr/share/bash-completion/completions/playbook \
        ./usr/share/zsh/vendor-completions/_playbook ./usr/share/fish/vendor_completions.d/playbook.fish \
        ./usr/share/doc/playbook/copyright ./usr/share/doc/playbook/changelog.gz; do
    grep -qx -- "$path" <<<"$files" || fail "$deb lacks $path"
done
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "the package's Version is not $version"
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for package in libc6 libcmark-gfm0 libcmark-gfm-extensions0 libmimalloc2.0; do
    grep -q "$package" <<<"$depends" || fail "Depends lacks $package"
done
[ "$(dpkg-deb --field "$deb" Suggests)" = "weasyprint, fonts-noto-cjk" ] || fail "Suggests is not weasyprint, fonts-noto-cjk"

echo "== lintian"
command -v lintian >/dev/null || apt-get install -y -q lintian >/dev/null
lintian --fail-on error,warning --display-info --info "$deb"

echo "== apt-get install ./$deb"
apt-get install -y -q --reinstall "./$deb"
[ "$(playbook --version)" = "$version" ] || fail "the installed playbook --version is not $version"
[ "$(man -w playbook)" = /usr/share/man/man1/playbook.1.gz ] || fail "man -w playbook does not find the package's page"
MANWIDTH=80 man playbook 2>/dev/null | grep -q -- "--base-url" || fail "man playbook does not describe playbook build --base-url"
bash -c 'source /usr/share/bash-completion/completions/playbook && complete -p playbook' | grep -q playbook \
    || fail "the bash completion does not register for playbook"

echo "== the installed binary without the toolchain"
bash Tests/package/without-toolchain.sh /usr/bin/playbook .

echo "== make install DESTDIR=… (PREFIX=/usr/local)"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
make --no-print-directory install DESTDIR="$stage" >/dev/null
for path in bin/playbook share/man/man1/playbook.1 share/bash-completion/completions/playbook \
        share/zsh/site-functions/_playbook share/fish/vendor_completions.d/playbook.fish; do
    [ -s "$stage/usr/local/$path" ] || fail "make install did not install /usr/local/$path"
done
make --no-print-directory uninstall DESTDIR="$stage" >/dev/null
[ -z "$(find "$stage" -type f)" ] || fail "make uninstall left $(find "$stage" -type f)"

echo "== docs/ci.md's recipes (which install the package again themselves)"
apt-get remove -y -q playbook >/dev/null
python3 -c 'import yaml' 2>/dev/null || python3 -m pip install -q pyyaml
python3 Tests/package/ci-recipe.py "$deb" .
echo "PASS: make test-package"
