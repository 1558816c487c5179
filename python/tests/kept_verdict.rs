//! The decline rules' kept answers (crate::call's `Verdict`, crate::capi's stamps) never
//! outlive what they were decided on: after a native call has run and its verdict is kept,
//! every kind of replacement that must send the next call down the standard module's steps
//! does so at once, and the native path comes back when the replacement is undone. Run on every
//! release: 3.10 and 3.11 keep verdicts by dictionary version tags, 3.12 and later by dictionary
//! watchers (`PYO3_PYTHON=... CARGO_TARGET_DIR=... cargo test -p pytempfile-python`, the sid
//! releases through scripts/cpython-root.sh). Under the stable ABI (`--features
//! pytempfile-python/abi3`) nothing is kept, and the same replacements must still be seen.
#![allow(clippy::unwrap_used)]

use pyo3::prelude::*;

const SCRIPT: &str = r#"
import io, os, random, sys, tempfile as std
import pytempfile as t
from pytempfile import _native

d = t.mkdtemp(prefix="kept-")
events = []
sys.addaudithook(lambda name, args: events.append(name) if name.startswith("tempfile.") else None)

def kept(call):
    # `call` runs natively on a kept verdict: a second call decides nothing new. A build for
    # the stable ABI keeps none, and never decides one (it runs the rules on every call).
    call()
    before = _native.verdicts_decided()
    call()
    if _native.KEEPS_VERDICTS:
        assert _native.verdicts_decided() == before, "the verdict was not kept"
    else:
        assert _native.verdicts_decided() == 0, "a stable-ABI build decided a verdict"

def mk():
    fd, p = t.mkstemp(dir=d)
    os.close(fd)
    os.unlink(p)
    return p

# os functions, replaced after a kept verdict: the replacement sees the standard calls.
kept(mk)
seen = []
real_open = os.open
def logging_open(*a, **k):
    seen.append(a[0])
    return real_open(*a, **k)
os.open = logging_open
try:
    p = mk()
    assert seen == [p], seen
finally:
    os.open = real_open
kept(mk)
del seen[:]
mk()
assert seen == [], "os.open restored, yet the standard steps ran"

# The module's `_os` replaced (mock.patch.object(tempfile, "_os")): the standard steps call it.
import types
class FakeOs(types.ModuleType):
    def __getattr__(self, n):
        v = getattr(os, n)
        if n in ("open", "mkdir"):
            def w(*a, **k):
                seen.append(n)
                return v(*a, **k)
            return w
        return v
kept(mk)
del seen[:]
t._os = FakeOs("os")
try:
    mk()
    os.rmdir(t.mkdtemp(dir=d))
    assert seen == ["open", "mkdir"], seen
finally:
    t._os = os
kept(mk)
del seen[:]
mk()
assert seen == [], seen

def called_once(owner, name, call):
    # `owner.name` replaced by a counting wrapper after a kept verdict: `call` must reach it
    # exactly once (the standard steps ran); then restored.
    real = getattr(owner, name)
    calls = []
    def counting(*a, **k):
        calls.append(a)
        return real(*a, **k)
    setattr(owner, name, counting)
    try:
        call()
        assert len(calls) == 1, (name, calls)
    finally:
        setattr(owner, name, real)

# A module global the standard mkstemp calls, replaced.
kept(mk)
called_once(t, "_mkstemp_inner", mk)
kept(mk)

# _sanitize_params for mkdtemp.
kept(lambda: os.rmdir(t.mkdtemp(dir=d)))
called_once(t, "_sanitize_params", lambda: os.rmdir(t.mkdtemp(dir=d)))

# io.open for the file classes.
def named():
    with t.NamedTemporaryFile(dir=d) as f:
        f.write(b"x")
kept(named)
called_once(io, "open", named)
kept(named)

# The candidate names: the class's alphabet, the instance's alphabet, its rng, its class.
seq = t._get_candidate_names()
kept(mk)
t._RandomNameSequence.characters = "a"
try:
    assert os.path.basename(mk()) == "tmpaaaaaaaa"
finally:
    t._RandomNameSequence.characters = _native.CHARACTERS
kept(mk)
assert os.path.basename(mk()) != "tmpaaaaaaaa"
seq.characters = "b"
try:
    assert os.path.basename(mk()) == "tmpbbbbbbbb"
finally:
    del seq.characters
kept(mk)
class Other(t._RandomNameSequence):
    def __next__(self):
        return "cccccccc"
seq.__class__ = Other
try:
    assert os.path.basename(mk()) == "tmpcccccccc"
finally:
    seq.__class__ = t._RandomNameSequence
kept(mk)
# The instance's dictionary replaced while the old one lives on: a new alphabet in the new one.
old_dict = seq.__dict__
kept(mk)
seq.__dict__ = {"characters": "e"}
try:
    assert os.path.basename(mk()) == "tmpeeeeeeee"
finally:
    seq.__dict__ = old_dict
kept(mk)
assert os.path.basename(mk()) != "tmpeeeeeeee"
# A base class of the sequence's class changed: the class's tag goes with it.
class Sub(t._RandomNameSequence):
    pass
t._name_sequence = Sub()
mk()  # the standard steps, which make the sequence's rng
kept(mk)  # a subclass: the standard steps, kept as such
t._name_sequence = None
kept(mk)
# An attribute stored on a sequence whose __dict__ shares the instance's inline values (3.13
# tells no dictionary watcher about those stores).
fresh = t._name_sequence = t._RandomNameSequence()
kept(mk)
fresh.characters = "g"
try:
    assert os.path.basename(mk()) == "tmpgggggggg"
finally:
    del fresh.characters
kept(mk)
assert os.path.basename(mk()) != "tmpgggggggg"
t._name_sequence = None
# _get_candidate_names replaced.
real_gcn = t._get_candidate_names
t._get_candidate_names = lambda: iter(["ffffffff"] * 100)
try:
    assert os.path.basename(mk()) == "tmpffffffff"
finally:
    t._get_candidate_names = real_gcn
kept(mk)
seq = t._get_candidate_names()
seq.rng.seed(7)
expected = "".join(random.Random(7).choices(seq.characters, k=8))
assert os.path.basename(mk()) == "tmp" + expected
t._name_sequence = None  # a fresh, plain sequence
kept(mk)

# The module's own globals: template, TMP_MAX, tempdir.
t.template = "zz"
try:
    assert os.path.basename(mk()).startswith("zz")
finally:
    t.template = "tmp"
kept(mk)
t.TMP_MAX = 0
try:
    mk()
except FileExistsError as e:
    assert e.args == (17, "No usable temporary file name found"), e.args
else:
    raise AssertionError("TMP_MAX = 0 was not read")
finally:
    t.TMP_MAX = std.TMP_MAX
def mk_default():
    # A file in the default directory, made and removed; the path it had.
    fd, p = t.mkstemp()
    os.close(fd)
    os.unlink(p)
    return p
kept(mk_default)
old = t.tempdir
t.tempdir = d
try:
    p = mk_default()
    assert os.path.dirname(p) == d, p
finally:
    t.tempdir = old

# The module's own `global` statement (STORE_GLOBAL), not an attribute assignment.
kept(mk_default)
d2 = t.mkdtemp(dir=d)
exec("global tempdir\ntempdir = " + repr(d2), vars(t))
try:
    p = mk_default()
    assert os.path.dirname(p) == d2, p
finally:
    t.tempdir = old
    os.rmdir(d2)
# gettempdir's probe, the os function it calls replaced: the standard probe runs.
kept(mk_default)
t.tempdir = None
real_lstat = os.lstat
probed = []
os.lstat = lambda *a, **k: (probed.append(a), real_lstat(*a, **k))[1]
real_stat = os.stat
os.stat = lambda *a, **k: (probed.append(a), real_stat(*a, **k))[1]
real_write = os.write
os.write = lambda *a, **k: (probed.append(a), real_write(*a, **k))[1]
try:
    assert t.gettempdir() == std.gettempdir()
    assert probed, "the probe did not use the replaced os functions"
finally:
    os.lstat, os.stat, os.write = real_lstat, real_stat, real_write
    t.tempdir = old
kept(mk_default)
# _infer_return_type replaced: mkdtemp's standard steps call it.
real_infer = t._infer_return_type
calls = []
t._infer_return_type = lambda *a: (calls.append(a), real_infer(*a))[1]
try:
    os.rmdir(t.mkdtemp(dir=d))
    assert calls, "the replaced _infer_return_type was not called"
finally:
    t._infer_return_type = real_infer
kept(mk)

# A global whose reading runs Python code is read at every call, as many times as the standard
# module reads it.
class Dir:
    n = 0
    def __fspath__(self):
        Dir.n += 1
        return d
class Works:
    n = 0
    def __bool__(self):
        Works.n += 1
        return True
counts = {}
for m in (std, t):
    Dir.n = Works.n = 0
    old = m.tempdir
    m.tempdir = Dir()
    try:
        for _ in range(3):
            with m.TemporaryFile() as f:
                pass
    finally:
        m.tempdir = old
    old_works = m._O_TMPFILE_WORKS
    m._O_TMPFILE_WORKS = Works()
    try:
        for _ in range(3):
            with m.TemporaryFile(dir=d) as f:
                pass
    finally:
        m._O_TMPFILE_WORKS = old_works
    counts[m.__name__] = (Dir.n, Works.n)
assert counts["pytempfile"] == counts["tempfile"], counts
assert counts["tempfile"][0] >= 3 and counts["tempfile"][1] >= 3, counts

# _O_TMPFILE_WORKS, as TemporaryFile's own failure path assigns it: the fallback creates a
# named file (an audit event) where O_TMPFILE creates none.
def tf():
    with t.TemporaryFile(dir=d) as f:
        f.write(b"x")
if hasattr(os, "O_TMPFILE"):
    kept(tf)
    del events[:]
    tf()
    assert "tempfile.mkstemp" not in events, events
    t._O_TMPFILE_WORKS = False
    try:
        tf()
        assert events.count("tempfile.mkstemp") == 1, events
    finally:
        t._O_TMPFILE_WORKS = True

# Audit events still reach the hooks, with the path.
del events[:]
p = mk()
assert events == ["tempfile.mkstemp"], events
os.rmdir(d)
"#;

#[test]
fn kept_answers_follow_every_replacement() {
    Python::initialize();
    Python::attach(|py| {
        pytempfile_python::install(py).unwrap();
        let code = std::ffi::CString::new(SCRIPT).unwrap();
        if let Err(e) = py.run(&code, None, None) {
            e.print(py);
            panic!("a kept verdict outlived a replacement: {e}");
        }
    });
}
