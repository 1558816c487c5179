//! The results files' header (`pytempfile/_results.py`): the commit read from `.git`'s files
//! where no git program is installed (a checkout, a worktree, a packed ref, a detached HEAD), and
//! the file-system type of a directory from the mount table.
#![allow(clippy::unwrap_used)]

use pyo3::prelude::*;

#[test]
fn the_commit_is_read_from_git_files_and_the_file_system_from_the_mounts() {
    Python::initialize();
    Python::attach(|py| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/pytempfile/_results.py");
        let code = std::ffi::CString::new(format!(
            r##"
import importlib.util, os, tempfile
spec = importlib.util.spec_from_file_location("results_under_test", {path:?})
r = importlib.util.module_from_spec(spec)
spec.loader.exec_module(r)

a, b = "1234567" + "0" * 33, "89abcde" + "f" * 33
with tempfile.TemporaryDirectory() as top:
    repo = os.path.join(top, "repo")
    git = os.path.join(repo, ".git")
    os.makedirs(os.path.join(git, "refs", "heads"))
    assert r._head_from_files(repo) is None  # no HEAD yet
    with open(os.path.join(git, "HEAD"), "w") as f:
        f.write("ref: refs/heads/main\n")
    with open(os.path.join(git, "packed-refs"), "w") as f:
        f.write("# pack-refs with: peeled\n%s refs/heads/main\n%s refs/heads/other\n" % (a, b))
    assert r._head_from_files(repo) == a[:7], r._head_from_files(repo)
    with open(os.path.join(git, "refs", "heads", "main"), "w") as f:
        f.write(b + "\n")
    assert r._head_from_files(repo) == b[:7]  # a loose ref wins over packed-refs
    # A worktree: .git is a file naming its git directory, which names the common one.
    wt_git = os.path.join(git, "worktrees", "wt")
    os.makedirs(wt_git)
    with open(os.path.join(wt_git, "HEAD"), "w") as f:
        f.write("ref: refs/heads/other\n")
    with open(os.path.join(wt_git, "commondir"), "w") as f:
        f.write("../..\n")
    wt = os.path.join(top, "wt")
    os.makedirs(wt)
    with open(os.path.join(wt, ".git"), "w") as f:
        f.write("gitdir: %s\n" % wt_git)
    assert r._head_from_files(wt) == b[:7], r._head_from_files(wt)
    # A detached HEAD.
    with open(os.path.join(git, "HEAD"), "w") as f:
        f.write(a + "\n")
    assert r._head_from_files(repo) == a[:7]

mounts = open("/proc/self/mounts").read().split("\n")
if any(len(m.split()) > 2 and m.split()[1] == "/dev/shm" for m in mounts):
    assert r.fs_type("/dev/shm") == "tmpfs", r.fs_type("/dev/shm")
    assert r.fs_type("/dev/shm/no/such/dir") == "tmpfs"
else:
    print("results_header: /dev/shm is not a mount here; its type is not checked")
assert r.fs_type("/") != "unknown", r.fs_type("/")
"##
        ))
        .unwrap();
        py.run(&code, None, None).unwrap();
    });
}
