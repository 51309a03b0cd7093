#!/usr/bin/env python3
"""`make bench`: playbook against the cmark-gfm floor and Hugo, on generated corpora.

    run.py [--disk] [CORPUS ...]        (default: 1000 10000 zh400; see corpora.py)

Builds playbook in release mode, installs hyperfine, cmark-gfm, hugo and GNU time from
Debian when missing, generates each corpus (Benchmarks/corpus/NAME, cached until its
generator changes), then measures with hyperfine and prints one Markdown table per corpus.
Results go to Benchmarks/out/ (git-ignored). The built sites (playbook's and Hugo's) go to a
memory file system (/dev/shm) when it has room, else beside the results; `--disk` keeps them
on disk. Benchmarks/README.md explains the columns and why.
"""
import json
import os
import platform
import shutil
import subprocess
import sys

import corpora

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLAYBOOK = os.path.join(ROOT, ".build-release", "release", "playbook")
OUT = os.path.join(HERE, "out")
CMARK = "cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist -e footnotes"
PACKAGES = {"hyperfine": "hyperfine", "cmark-gfm": "cmark-gfm", "hugo": "hugo", "/usr/bin/time": "time"}
RUNS = 5
SHM = "/dev/shm"


def sites_folder(disk):
    """Where the built sites go. On a memory file system the table measures the generators,
    not the disk: on ext4 the kernel's time to create files grows after every `rm -rf` of the
    last output (see Benchmarks/README.md), for Hugo and playbook alike."""
    if not disk and os.path.isdir(SHM) and shutil.disk_usage(SHM).free > 4 << 30:
        return os.path.join(SHM, "playbook-bench")
    return OUT


def sh(command, **kwargs):
    return subprocess.run(command, shell=True, check=True, text=True, **kwargs)


def output(command):
    return subprocess.run(command, shell=True, text=True, capture_output=True).stdout.strip()


def install_tools():
    missing = [package for tool, package in PACKAGES.items() if not shutil.which(tool)]
    if missing:
        sh("apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "
           + " ".join(missing))


def build_playbook():
    sh(f"cd {ROOT} && swift build -c release --scratch-path .build-release --product playbook")


def hyperfine(name, command, runs=RUNS, prepare=None, warmup=0):
    """Runs hyperfine; returns (median wall s, mean user+system CPU s)."""
    result = os.path.join(OUT, f"{name}.json")
    options = f"--runs {runs} --warmup {warmup} --style basic --export-json {result}"
    if prepare:
        options += f" --prepare '{prepare}'"
    sh(f"hyperfine {options} '{command}'", stdout=sys.stderr)
    with open(result) as file:
        run = json.load(file)["results"][0]
    return run["median"], run["user"] + run["system"]


def peak_rss_mib(command):
    """Peak resident memory of one run, from GNU time."""
    sh(f"/usr/bin/time -o {OUT}/rss.txt -f '%M' sh -c '{command} >/dev/null 2>&1'")
    with open(f"{OUT}/rss.txt") as file:
        return int(file.read().split()[-1]) / 1024


def measure(name, sites):
    directory = corpora.path(name)
    site = os.path.join(sites, f"playbook-{name}")
    hugo_out = os.path.join(sites, f"hugo-{name}")
    cache = os.path.join(sites, f".playbook-{name}.cache")
    build = f"{PLAYBOOK} build --root {directory} --output {site}"
    # Clean builds neither read nor write the build cache; "first build" writes it.
    clean = build + " --no-cache"
    rows = {}

    built = output(f"{clean}")
    page_count = int(built.split()[1])
    rows["playbook build (clean)"] = hyperfine(f"playbook-{name}", clean, prepare=f"rm -rf {site}")
    rows["playbook rss"] = peak_rss_mib(f"rm -rf {site}; {clean}")
    # A clean build: an unchanged one stops after checking its stamp and has no stages.
    stages = output(f"rm -rf {site}; {clean} --timings 2>&1 >/dev/null")
    print(stages, file=sys.stderr)
    fields = {line.split()[0]: line.split() for line in stages.splitlines() if line.strip()}
    total_cpu = float(fields["total"][4])
    rows["stages"] = " · ".join(f"{stage} {float(fields[stage][4]):.2f} ({float(fields[stage][4]) / total_cpu:.0%}, "
                                f"{fields[stage][7]} MiB peak)"
                                for stage in ("load", "parse", "resolve", "search", "render", "write") if stage in fields)
    rows["floor"] = hyperfine(f"floor-{name}", f"{CMARK} {directory}/bodies.md >/dev/null")
    rows["first build, writing the cache"] = hyperfine(f"first-{name}", build, prepare=f"rm -rf {site} {cache}")
    rows["no-change rebuild"] = hyperfine(f"nochange-{name}", build, warmup=1)

    edited = sorted(os.listdir(os.path.join(directory, "content", "articles")))[0]
    edited = os.path.join(directory, "content", "articles", edited)
    original = open(edited, "rb").read()
    try:
        edit = f"echo Edited at $(date +%N). >> {edited}"
        rows["one-page edit"] = hyperfine(f"edit-{name}", build, prepare=edit)
        rows["one-page edit, --no-cache"] = hyperfine(f"edit-nocache-{name}", clean, prepare=edit)
        rows["edit rss"] = peak_rss_mib(f"{edit}; {build}")
        rows["edit stages"] = output(f"{edit}; {build} --timings 2>&1 >/dev/null")
        print(rows["edit stages"], file=sys.stderr)
        rows["cache MiB"], rows["site MiB"] = (int(output(f"du -sb {folder}").split()[0]) / 2**20 for folder in (cache, site))
    finally:
        with open(edited, "wb") as file:
            file.write(original)

    hugo = f"hugo --quiet --source {directory} --destination {hugo_out}"
    rows["hugo"] = hyperfine(f"hugo-{name}", hugo, runs=3 if page_count > 2000 else RUNS, prepare=f"rm -rf {hugo_out}")
    rows["hugo rss"] = peak_rss_mib(f"rm -rf {hugo_out}; {hugo}")
    return page_count, rows


def table(name, page_count, rows):
    wall, cpu = rows["playbook build (clean)"]
    floor_wall, floor_cpu = rows["floor"]
    hugo_wall, hugo_cpu = rows["hugo"]
    languages = ", ".join(corpora.languages(corpora.path(name)))
    lines = [f"### Corpus {name} ({page_count:,} pages built; languages {languages})", "",
             "| run | median wall | CPU (user+sys) | peak RSS | note |", "|---|---:|---:|---:|---|"]
    lines.append(f"| playbook build, clean output | {wall:.2f} s | {cpu:.2f} s | {rows['playbook rss']:.0f} MiB "
                 f"| {page_count / wall:,.0f} pages/s |")
    lines.append(f"| cmark-gfm floor, all bodies in one process | {floor_wall:.2f} s | {floor_cpu:.2f} s | | |")
    lines.append(f"| Hugo, minimal theme, clean output | {hugo_wall:.2f} s | {hugo_cpu:.2f} s | {rows['hugo rss']:.0f} MiB | |")
    for name in ("first build, writing the cache", "no-change rebuild", "one-page edit", "one-page edit, --no-cache"):
        rss = f"{rows['edit rss']:.0f} MiB" if name == "one-page edit" else ""
        lines.append(f"| playbook {name} | {rows[name][0]:.2f} s | {rows[name][1]:.2f} s | {rss} | |")
    lines += ["", f"playbook stages, CPU seconds and share of the build's CPU (`--timings`): {rows['stages']}", ""]
    edit_stages = " · ".join(f"{line.split()[0]} {float(line.split()[4]):.2f}" for line in rows["edit stages"].splitlines()
                             if line.split() and line.split()[0] in ("load", "parse", "resolve", "keep", "search", "render", "write"))
    lines += [f"One-page edit from the build cache, CPU seconds per stage: {edit_stages}; build cache "
              f"{rows['cache MiB']:.0f} MiB on disk for a {rows['site MiB']:.0f} MiB site.", ""]
    lines += [f"playbook ÷ floor: **{wall / floor_wall:.2f}×** wall, {cpu / floor_cpu:.2f}× CPU · "
                  f"Hugo ÷ playbook: **{hugo_wall / wall:.2f}×** wall, {hugo_cpu / cpu:.2f}× CPU", ""]
    return "\n".join(lines)


def machine(sites):
    cpu = output("lscpu | sed -n 's/^Model name: *//p'")
    memory = output("free -g | awk '/^Mem:/ {print $2}'")
    swift = output("swift --version 2>&1 | head -1")
    commit = output(f"git -C {ROOT} rev-parse --short HEAD")
    return (f"Machine: {cpu}, {os.cpu_count()} cores, {memory} GiB, {platform.system()} {platform.release()}; "
            f"load average at start {os.getloadavg()[0]:.1f}; sites written to {sites} "
            f"({output(f'stat -f -c %T {sites}')}).  \n"
            f"Versions: playbook {commit}, {swift}, {output('cmark-gfm --version | head -1')}, "
            f"{output('hugo version').split(' BuildDate')[0]}, {output('hyperfine --version')}.")


def main():
    disk = "--disk" in sys.argv[1:]
    names = [arg for arg in sys.argv[1:] if arg != "--disk"] or corpora.NAMES
    install_tools()
    build_playbook()
    sites = sites_folder(disk)
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(sites, exist_ok=True)
    header = machine(sites)
    try:
        tables = [table(name, *measure(name, sites)) for name in names]
    finally:
        if sites != OUT:
            shutil.rmtree(sites, ignore_errors=True)  # give the memory back
    print("\n" + header + "\n\n" + "\n".join(tables) + f"\nLoad average at the end: {os.getloadavg()[0]:.1f}.")


if __name__ == "__main__":
    main()
