"""The named corpora every benchmark script shares, generated into Benchmarks/corpus/NAME
(git-ignored) and regenerated only when their generator changes.

    1000, 10000   generate.py: all five kinds, ~10 % also in Chinese, bodies 1–40 KB
    zh400         generate_zh.py: 400 long Chinese pages (~22 KB), like a technical weekly
"""
import hashlib
import os
import shutil
import subprocess

import hugo_site

HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = ["1000", "10000", "zh400"]


def generator(name):
    """The generator script and its size argument for a corpus name."""
    if name.startswith("zh"):
        return "generate_zh.py", int(name[2:])
    return "generate.py", int(name)


def path(name):
    """The corpus folder for `name`, (re)generated when its generator changed, with the
    minimal Hugo site written beside the content."""
    script, size = generator(name)
    directory = os.path.join(HERE, "corpus", name)
    with open(os.path.join(HERE, script), "rb") as file:
        stamp = hashlib.sha256(file.read()).hexdigest()
    stamp_file = os.path.join(directory, ".generator")
    if not os.path.exists(stamp_file) or open(stamp_file).read() != stamp:
        shutil.rmtree(directory, ignore_errors=True)
        os.makedirs(directory)
        subprocess.run(["python3", os.path.join(HERE, script), str(size), directory], check=True)
        with open(stamp_file, "w") as file:
            file.write(stamp)
    hugo_site.write(directory, languages(directory))
    return directory


def languages(directory):
    """The languages of a corpus's playbook.yml, default first."""
    with open(os.path.join(directory, "playbook.yml"), encoding="utf-8") as file:
        for line in file:
            if line.startswith("languages:"):
                return [code.strip() for code in line.split("[", 1)[1].split("]")[0].split(",")]
    return ["en"]
