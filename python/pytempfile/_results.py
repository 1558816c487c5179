"""Results files: the markdown a measuring command writes under the repository's ``results/``.

Every dated figure the project quotes lives in a file there, written by the command that
measured it (``--record``), with a header saying when, where and how.  Standard library only.
"""

import datetime
import os
import platform
import subprocess
import sys


def results_dir(start=None):
    """The repository's ``results/`` directory, looked for from ``start`` (default: the working
    directory) upwards; ``None`` outside a checkout."""
    d = os.path.abspath(start or os.getcwd())
    while True:
        cand = os.path.join(d, "results", "README.md")
        if os.path.exists(cand) and os.path.exists(os.path.join(d, "Cargo.toml")):
            return os.path.dirname(cand)
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _head_from_files(repo):
    # HEAD's commit read from the repository's files, where no git program is installed (the
    # Debian sid root of scripts/cpython-root.sh): .git/HEAD, then the loose ref or packed-refs.
    try:
        git = os.path.join(repo, ".git")
        if os.path.isfile(git):  # a worktree: "gitdir: <path>"
            with open(git, encoding="utf-8") as f:
                git = f.read().split(":", 1)[1].strip()
        with open(os.path.join(git, "HEAD"), encoding="utf-8") as f:
            head = f.read().strip()
        if not head.startswith("ref: "):
            return head[:7]
        ref = head[5:]
        common = git
        if os.path.exists(os.path.join(git, "commondir")):
            with open(os.path.join(git, "commondir"), encoding="utf-8") as f:
                common = os.path.normpath(os.path.join(git, f.read().strip()))
        for base in (git, common):
            loose = os.path.join(base, ref)
            if os.path.exists(loose):
                with open(loose, encoding="utf-8") as f:
                    return f.read().strip()[:7]
        with open(os.path.join(common, "packed-refs"), encoding="utf-8") as f:
            for line in f:
                parts = line.split()
                if len(parts) == 2 and parts[1] == ref:
                    return parts[0][:7]
    except (OSError, IndexError):
        pass
    return None


def _commit(repo):
    try:
        out = subprocess.run(["git", "-C", repo, "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=10)
        dirty = subprocess.run(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        head = _head_from_files(repo)
        return head + " (read from .git; no git program to see uncommitted changes)" if head \
            else "unknown"
    if out.returncode != 0:
        return "unknown"
    return out.stdout.strip() + (" (with uncommitted changes)" if dirty.stdout.strip() else "")


def header(title, command, repo):
    """The lines every results file starts with: what, when, on what, by which command."""
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    u = os.uname()
    return [
        "# " + title,
        "",
        "Written by `%s` on %s; commit %s; %s %s, %d cores; %s %s at `%s`." % (
            command, now, _commit(repo), u.sysname, u.release, os.cpu_count() or 0,
            platform.python_implementation(), platform.python_version(), sys.executable),
        "",
    ]


def write(name, title, command, body_lines, start=None):
    """Write ``results/<name>.md``; returns its path (raises ``OSError`` outside a checkout)."""
    d = results_dir(start)
    if d is None:
        raise OSError("no results/ directory found from %s upwards: run from the repository"
                      % os.path.abspath(start or os.getcwd()))
    path = os.path.join(d, name + ".md")
    text = "\n".join(header(title, command, os.path.dirname(d)) + list(body_lines)).rstrip() + "\n"
    tmp = path + ".%d" % os.getpid()
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)
    return path


def fs_type(path):
    """The file-system type of the mount holding ``path`` (``/proc/self/mounts``), e.g.
    ``tmpfs``; ``"unknown"`` where it cannot be read.  In a chroot whose own root is not in the
    mount table (scripts/cpython-root.sh's sid root), a listed mount on the same device
    (``st_dev``) answers."""
    best, kind = "", "unknown"
    real = os.path.realpath(path)
    mounts = []
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 3:
                    continue
                mnt = parts[1].replace("\\040", " ")
                mounts.append((mnt, parts[2]))
                if (real == mnt or real.startswith(mnt.rstrip("/") + "/")) and len(mnt) >= len(best):
                    best, kind = mnt, parts[2]
    except OSError:
        pass
    if not best:
        try:
            dev = os.stat(real).st_dev
            for mnt, k in mounts:
                try:
                    if os.stat(mnt).st_dev == dev:
                        return k
                except OSError:
                    continue
        except OSError:
            pass
    return kind
