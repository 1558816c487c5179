//! The Python module works when embedded: every public API once.
#![allow(clippy::unwrap_used)]

use pyo3::prelude::*;

#[test]
fn every_public_api_works_from_python() {
    Python::initialize();
    Python::attach(|py| {
        pytempfile_python::install(py).unwrap();
        let code = std::ffi::CString::new(
            r#"
import os, pytempfile as t, tempfile as std
d = t.mkdtemp(prefix="smoke-")
assert os.path.isabs(d) and os.path.isdir(d) and (os.stat(d).st_mode & 0o777) == 0o700
fd, p = t.mkstemp(dir=d, suffix=".x")
assert p.startswith(d) and p.endswith(".x"); os.close(fd)
assert t.mkstemp(dir=d.encode())[1].startswith(d.encode())
with t.NamedTemporaryFile(dir=d) as f:
    f.write(b"abc"); f.seek(0); assert f.read() == b"abc"; name = f.name
assert not os.path.exists(name)
with t.TemporaryFile(dir=d, mode="w+", encoding="utf-8") as f:
    f.write("héllo"); f.seek(0); assert f.read() == "héllo"
# Without encoding=, the locale decides (ASCII in an embedded C locale), as for the standard module.
with t.TemporaryFile(dir=d, mode="w+") as f, std.TemporaryFile(dir=d, mode="w+") as g:
    assert f.encoding == g.encoding, (f.encoding, g.encoding)
s = t.SpooledTemporaryFile(max_size=4, dir=d)
s.write(b"abcd"); assert not s._rolled and s._file.getvalue() == b"abcd"
s.write(b"e"); assert s._rolled; s.seek(0); assert s.read() == b"abcde"; s.close()
with t.TemporaryDirectory(dir=d) as td:
    open(os.path.join(td, "f"), "w").close()
assert not os.path.exists(td)
assert t.gettempdir() == std.gettempdir() and t.gettempdir() is t.gettempdir()
assert t.gettempprefix() == "tmp" and t.gettempprefixb() == b"tmp"
assert len(next(t._get_candidate_names())) == 8
try:
    t.mkstemp(prefix="a", suffix=b"b")
except TypeError as e:
    assert str(e) == "Can't mix bytes and non-bytes in path components.", e
else:
    raise AssertionError("no TypeError")
t.TemporaryDirectory()._rmtree(d)
assert not os.path.exists(d)
"#,
        )
        .unwrap();
        if let Err(e) = py.run(&code, None, None) {
            e.print(py);
            panic!("smoke test failed: {e}");
        }
    });
}
