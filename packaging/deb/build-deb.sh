#!/usr/bin/env bash
# Usage: build-deb.sh ROOT OUTDIR
# Turns the tree of `make install DESTDIR=ROOT PREFIX=/usr` into OUTDIR/playbook_<version>_<arch>.deb.
# The version is what the staged binary's `--version` prints (Sources/PlaybookCLI/Version.swift);
# Depends is dpkg-shlibdeps' answer for the libraries the binary links. Set DEB_MAINTAINER to
# sign the package as your team.
set -euo pipefail
root=$(cd "$1" && pwd)
outdir=$2
here=$(cd "$(dirname "$0")" && pwd)
maintainer=${DEB_MAINTAINER:-Playbook maintainers <playbook@example.org>}
# The changelog's date: the last commit's, so the same commit packs the same files.
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$here" log -1 --format=%ct 2>/dev/null || date +%s)}

version=$("$root/usr/bin/playbook" --version)
arch=$(dpkg --print-architecture)
doc="$root/usr/share/doc/playbook"

gzip -9nf "$root/usr/share/man/man1/playbook.1"
install -d -m 755 "$doc" "$root/DEBIAN"
install -m 644 "$here/copyright" "$doc/copyright"
install -D -m 644 "$here/lintian-overrides" "$root/usr/share/lintian/overrides/playbook"
printf 'playbook (%s) unstable; urgency=medium\n\n  * Playbook %s.\n\n -- %s  %s\n' \
    "$version" "$version" "$maintainer" "$(date -R -u -d "@$epoch")" | gzip -9n > "$doc/changelog.gz"
chmod 644 "$doc/changelog.gz"

# dpkg-shlibdeps reads debian/control from the folder it runs in; it gets a minimal one.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/debian"
printf 'Source: playbook\n\nPackage: playbook\nArchitecture: any\n' > "$work/debian/control"
depends=$(cd "$work" && dpkg-shlibdeps -O -e "$root/usr/bin/playbook" | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "error: dpkg-shlibdeps found no dependencies for $root/usr/bin/playbook" >&2; exit 1; }

(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" -e "s|@MAINTAINER@|$maintainer|" \
    -e "s|@INSTALLED_SIZE@|$size|" -e "s|@DEPENDS@|$depends|" "$here/control" > "$root/DEBIAN/control"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

deb="$outdir/playbook_${version}_${arch}.deb"
SOURCE_DATE_EPOCH=$epoch dpkg-deb --root-owner-group -Zxz --build "$root" "$deb"
