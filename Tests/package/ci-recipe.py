#!/usr/bin/env python3
"""Runs the GitLab CI and GitHub Actions recipes of docs/ci.md on this machine, as their runners
would, so that the recipe is tested and not only written.

Usage: ci-recipe.py PLAYBOOK_DEB REPO

Each `script` line and `run` step runs as written, in bash, as root (as in the recipe's
`debian:12` container, which is not started: this machine is Debian 12 too). What only the CI
service provides is played locally: the checkout is a fresh copy of REPO's playbook
(playbook.yml, content/, templates/), PLAYBOOK_DEB_URL is the .deb's file:// address,
DEPLOY_TARGET a local folder standing for the web server (rsync copies to it without SSH),
secrets are dummies, every branch rule sees a push to the default branch, and caches and
artifacts are kept in folders between jobs and runs, modification times included.

Each pipeline runs three times. The first must publish the site under its base URL and keep
both languages' handbook PDFs as artifacts. The second, from a new checkout with the cache of
the first, must leave every file on the web server whose bytes did not change untouched (same
modification time), which is what keeping the cache is for. The third, without the cache, shows
that this check can fail: then the unchanged files are copied again. The last two leave out the
handbook job.
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

BRANCH = "main"


def recipes(doc_path):
    """The YAML blocks of docs/ci.md, by the file name on their first line."""
    text = open(doc_path, encoding="utf-8").read()
    blocks = {}
    for block in re.findall(r"```yaml\n(.*?)```", text, re.S):
        first = block.splitlines()[0]
        blocks[first.lstrip("# ").strip()] = yaml.safe_load(block)
    return blocks[".gitlab-ci.yml"], blocks[".github/workflows/playbook.yml"]


def copy_tree(source, target):
    """Copies a file or folder, keeping modification times, as a CI cache or artifact does."""
    os.makedirs(os.path.dirname(target) or ".", exist_ok=True)
    if os.path.isdir(source):
        shutil.copytree(source, target, symlinks=True, dirs_exist_ok=True)
    else:
        shutil.copy2(source, target)


class Machine:
    """One local stand-in for a CI service: checkouts, the web server, caches and artifacts."""

    def __init__(self, scratch, deb, repo):
        self.scratch, self.deb, self.repo = scratch, os.path.abspath(deb), repo
        self.www = os.path.join(scratch, "www", "playbook") + "/"
        os.makedirs(os.path.dirname(self.www.rstrip("/")))  # the server's document root
        self.key = os.path.join(scratch, "deploy_key")
        open(self.key, "w").close()
        self.runs = 0

    def checkout(self, name):
        """A fresh copy of the playbook, new files as a clone makes them."""
        self.runs += 1
        workspace = os.path.join(self.scratch, f"run{self.runs}-{name}")
        os.makedirs(workspace)
        for entry in ("playbook.yml", "content", "templates"):
            source = os.path.join(self.repo, entry)
            if os.path.isdir(source):
                shutil.copytree(source, os.path.join(workspace, entry), copy_function=shutil.copy)
            elif os.path.exists(source):
                shutil.copy(source, workspace)
        return workspace

    def environment(self, workspace, variables):
        env = {k: v for k, v in os.environ.items() if not k.startswith("SWIFT")}
        env["PATH"] = ":".join(p for p in env["PATH"].split(":") if not p.startswith("/opt/swift"))
        env["HOME"] = os.path.join(self.scratch, "home")
        os.makedirs(env["HOME"], exist_ok=True)
        env.update(variables)
        env.update(PLAYBOOK_DEB_URL="file://" + self.deb, DEPLOY_TARGET=self.www)
        return env

    def shell(self, lines, workspace, env, label):
        script = "".join(f"echo {shlex_quote('$ ' + line)}\n{line}\n" for line in lines)
        print(f"--- {label}", flush=True)
        result = subprocess.run(["bash", "-eo", "pipefail", "-c", script], cwd=workspace, env=env)
        if result.returncode != 0:
            sys.exit(f"FAIL: {label} exited with {result.returncode}")


def shlex_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def expand(value, env):
    """`$VAR` and `${VAR}` in a rule, as GitLab expands them."""
    return re.sub(r"\$\{?(\w+)\}?", lambda m: env.get(m.group(1), ""), value)


def gitlab_rule_passes(rules, env):
    """Only the `if: A == B` rules the recipe uses."""
    for rule in rules or [{"if": None}]:
        if rule["if"] is None:
            return True
        left, right = rule["if"].split(" == ")
        if expand(left.strip(), env) == expand(right.strip(), env):
            return True
    return False


def run_gitlab(machine, pipeline, cache_folder, skipped):
    variables = {k: str(v) for k, v in pipeline.get("variables", {}).items()}
    variables.update(CI_COMMIT_BRANCH=BRANCH, CI_DEFAULT_BRANCH=BRANCH, DEPLOY_SSH_KEY=machine.key)
    default = pipeline.get("default", {})
    jobs = {name: job for name, job in pipeline.items() if isinstance(job, dict) and "script" in job}
    artifacts = {}  # job name: (its workspace, the paths it kept)
    for stage in pipeline["stages"]:
        for name, job in jobs.items():
            if job["stage"] != stage or name in skipped:
                continue
            workspace = machine.checkout("gitlab-" + name)
            env = machine.environment(workspace, dict(variables, CI_PROJECT_DIR=workspace))
            if not gitlab_rule_passes(job.get("rules"), env):
                continue
            for needed in job.get("needs", list(artifacts)):
                root, paths = artifacts[needed]
                for path in paths:
                    copy_tree(path, os.path.join(workspace, os.path.relpath(path, root)))
            cache = job.get("cache")
            if cache and cache_folder:
                stored = os.path.join(cache_folder, "gitlab", cache["key"])
                if os.path.isdir(stored):
                    copy_tree(stored, workspace)
            lines = job.get("before_script", default.get("before_script", [])) + job["script"]
            machine.shell(lines, workspace, env, f"GitLab job {name}")
            if cache and cache_folder:
                stored = os.path.join(cache_folder, "gitlab", cache["key"])
                shutil.rmtree(stored, ignore_errors=True)
                for path in cache["paths"]:
                    copy_tree(os.path.join(workspace, path), os.path.join(stored, path))
            patterns = job.get("artifacts", {}).get("paths", [])
            artifacts[name] = (workspace, [p for pattern in patterns for p in glob.glob(os.path.join(workspace, pattern), recursive=True)])
    return artifacts


GITHUB_VALUES = {
    "vars.BASE_URL": "https://intranet.example.com/playbook/",
    "vars.PLAYBOOK_DEB_URL": "(set by the machine)",
    "vars.DEPLOY_TARGET": "(set by the machine)",
    "secrets.DEPLOY_SSH_KEY": "not a real key",
    "github.ref_name": BRANCH,
    "github.event.repository.default_branch": BRANCH,
}


def github_value(expression, run):
    expression = expression.strip()
    if expression == "github.run_id":
        return str(run)
    if expression not in GITHUB_VALUES:
        sys.exit(f"FAIL: ci-recipe.py does not know the expression '{expression}' of the workflow")
    return GITHUB_VALUES[expression]


def github_expand(value, run):
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: github_value(m.group(1), run), str(value))


def github_condition(condition, run):
    """Only the `A == B` conditions the workflow uses."""
    left, right = condition.split(" == ")
    return github_value(left, run) == github_value(right, run)


def run_github(machine, workflow, cache_folder, run, skipped):
    artifacts = {}
    workflow_env = {k: github_expand(v, run) for k, v in workflow.get("env", {}).items()}
    for name, job in workflow["jobs"].items():
        if name in skipped:
            continue
        workspace = machine.checkout("github-" + name)
        runner_temp = os.path.join(workspace + ".temp")
        os.makedirs(runner_temp)
        saves = []
        for number, step in enumerate(job["steps"], 1):
            label = f"GitHub job {name}, step {number} ({step.get('name') or step.get('uses') or step['run'].splitlines()[0]})"
            if "if" in step and not github_condition(step["if"], run):
                continue
            uses = step.get("uses", "")
            inputs = {k: github_expand(v, run) for k, v in step.get("with", {}).items()}
            if uses.startswith("actions/checkout@"):
                continue  # the workspace is the checkout
            elif uses.startswith("actions/cache@"):
                if cache_folder:
                    stored = os.path.join(cache_folder, "github")
                    keys = sorted(os.listdir(stored)) if os.path.isdir(stored) else []
                    hit = inputs["key"] if inputs["key"] in keys else next(
                        (k for k in sorted(keys, key=lambda k: os.path.getmtime(os.path.join(stored, k)), reverse=True)
                         if k.startswith(inputs.get("restore-keys", "\0"))), None)
                    if hit:
                        copy_tree(os.path.join(stored, hit), workspace)
                    if hit != inputs["key"]:
                        saves.append((inputs["path"], os.path.join(stored, inputs["key"])))
            elif uses.startswith("actions/upload-artifact@"):
                artifacts[inputs["name"]] = (workspace, glob.glob(os.path.join(workspace, inputs["path"]), recursive=True))
            elif uses:
                sys.exit(f"FAIL: ci-recipe.py does not know the action {uses}")
            else:
                env = machine.environment(workspace, dict(workflow_env, GITHUB_WORKSPACE=workspace, RUNNER_TEMP=runner_temp))
                env.update({k: github_expand(v, run) for k, v in step.get("env", {}).items()})
                machine.shell([step["run"]], workspace, env, label)
        for path, stored in saves:  # actions/cache saves when the job has succeeded
            copy_tree(os.path.join(workspace, path), os.path.join(stored, path))
    return artifacts


def published(machine):
    """Every file on the stand-in web server: its bytes and modification time."""
    files = {}
    for folder, _, names in os.walk(machine.www):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as file:
                files[os.path.relpath(path, machine.www)] = (file.read(), os.stat(path).st_mtime_ns)
    return files


def check_first_run(machine, handbook, recipe):
    site = published(machine)
    for page in ("index.html", "zh/index.html", "404.html", "search/manifest.js"):
        if page not in site:
            sys.exit(f"FAIL ({recipe}): {page} was not published to {machine.www}")
    if b"https://intranet.example.com/playbook/" not in site["feed.xml"][0]:
        sys.exit(f"FAIL ({recipe}): feed.xml was not built with the base URL")
    root, paths = handbook
    pdfs = sorted(os.path.relpath(path, root) for path in paths)
    for path in paths:
        with open(path, "rb") as file:
            if file.read(5) != b"%PDF-":
                sys.exit(f"FAIL ({recipe}): the handbook artifact {path} is not a PDF")
    if pdfs != ["site/handbook.pdf", "site/zh/handbook.pdf"]:
        sys.exit(f"FAIL ({recipe}): expected the English and Chinese handbooks as artifacts, got {pdfs}")
    print(f"ok ({recipe}): {len(site)} files published, handbooks {pdfs} kept as artifacts")
    return site


def unchanged_files(before, after):
    """Files with the same bytes on the server before and after a run, and how many kept their time."""
    same = [path for path in after if path in before and before[path][0] == after[path][0]]
    kept = [path for path in same if before[path][1] == after[path][1]]
    return same, kept


def main():
    deb, repo = sys.argv[1], os.path.abspath(sys.argv[2])
    gitlab, github = recipes(os.path.join(repo, "docs", "ci.md"))
    for recipe in ("GitLab CI", "GitHub Actions"):
        with tempfile.TemporaryDirectory(prefix="playbook-ci-recipe-") as scratch:
            machine = Machine(scratch, deb, repo)
            cache = os.path.join(scratch, "cache")

            def pipeline(run, cache_folder, skipped=()):
                """The artifacts of one run of the recipe's pipeline, by name."""
                if recipe == "GitLab CI":
                    return run_gitlab(machine, gitlab, cache_folder, skipped)
                return run_github(machine, github, cache_folder, run, skipped)

            first = check_first_run(machine, pipeline(1, cache)["handbook"], recipe)
            # The handbook job (minutes of WeasyPrint) is left out of the runs that check the cache.
            pipeline(2, cache, {"handbook"})
            same, kept = unchanged_files(first, published(machine))
            if len(same) < len(first) // 2 or kept != same:
                sys.exit(f"FAIL ({recipe}): with the cache, {len(same) - len(kept)} of {len(same)} unchanged files were copied to the server again")
            print(f"ok ({recipe}): with the cache, all {len(same)} unchanged files kept their time on the server")
            second = published(machine)
            pipeline(3, None, {"handbook"})
            same, kept = unchanged_files(second, published(machine))
            if kept:
                sys.exit(f"FAIL ({recipe}): without the cache, {len(kept)} of {len(same)} files still kept their time; the check above proves nothing")
            print(f"ok ({recipe}): without the cache, all {len(same)} unchanged files were copied again")
    print("PASS: docs/ci.md's recipes build, check, publish and keep the handbook")


if __name__ == "__main__":
    main()
