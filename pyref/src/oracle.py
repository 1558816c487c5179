"""The CPython side of pytempfile's differential harness.

Executes harness operations (JSON, see pyref/src/model.rs) through CPython's own tempfile
module and answers with what happened: the return value or the exception, plus the audit
events, warnings and unraisable exceptions raised meanwhile.  The harness itself (Rust)
snapshots the sandbox and inspects descriptors, the same way for both sides.

Forced names: for the duration of each operation, tempfile._get_candidate_names is replaced by
a function returning iter(pool) or itertools.cycle(pool), under a lock, and restored after.
"""

import gc
import io
import itertools
import json
import os
import sys
import tempfile
import threading
import warnings


class NoSuchHandle(Exception):
    """The operation names a handle whose creation failed (on both sides, or the harness
    already reported the difference)."""


class StrPath:
    """A path-like object whose __fspath__ returns a str."""

    def __init__(self, value):
        self._value = value

    def __fspath__(self):
        return self._value


class BytesPath:
    """A path-like object whose __fspath__ returns bytes."""

    def __init__(self, value):
        self._value = value

    def __fspath__(self):
        return self._value


_ORIGINAL = {
    "template": tempfile.template,
    "TMP_MAX": tempfile.TMP_MAX,
    "names": tempfile._get_candidate_names,
    "o_tmpfile": getattr(tempfile, "_O_TMPFILE_WORKS", None),
}
_lock = threading.Lock()
_handles = {}
_told = {}
_events = []
_recording = [False]
_root = [b""]


def _audit(name, args):
    if _recording[0] and name in ("tempfile.mkstemp", "tempfile.mkdtemp", "shutil.rmtree"):
        _events.append(["audit", name, list(os.fsencode(args[0]))])


def _show_warning(message, category, filename, lineno, file=None, line=None):
    _events.append(["warning", category.__name__, str(message)])


def _unraisable(u):
    exc = u.exc_value
    _events.append(["unraisable", type(exc).__name__, str(exc)])


sys.addaudithook(_audit)
sys.unraisablehook = _unraisable


def _expand(b):
    return bytes(b).replace(b"{ROOT}", _root[0])


def _arg(spec):
    if spec is None:
        return None
    kind, value = spec["kind"], _expand(spec["value"])
    if kind == "Str":
        return os.fsdecode(value)
    if kind == "Bytes":
        return value
    if kind == "PathStr":
        return StrPath(os.fsdecode(value))
    if kind == "PathBytes":
        return BytesPath(value)
    if kind == "None":
        return None
    if kind == "Int":
        return 42
    raise ValueError("bad arg kind %r" % kind)


def _call_kwargs(args):
    kw = {}
    for key in ("suffix", "prefix", "dir"):
        if args.get(key) is not None:
            kw[key] = _arg(args[key])
    return kw


def _file_kwargs(f):
    return {
        "mode": f["mode"],
        "buffering": f["buffering"],
        "encoding": f["encoding"],
        "newline": f["newline"],
        "errors": f["errors"],
    }


def _data(d):
    if "Bytes" in d:
        return bytes(d["Bytes"])
    return bytes(d["Text"]).decode("utf-8", "surrogatepass")


def _value(v):
    """Encode a Python value in the harness's Value shape (fds as RawFd)."""
    if v is None:
        return "None"
    if isinstance(v, bool):
        return {"Bool": v}
    if isinstance(v, int):
        return {"Int": str(v)}
    if isinstance(v, str):
        return {"Str": list(v.encode("utf-8", "surrogatepass"))}
    if isinstance(v, (bytes, bytearray)):
        return {"Bytes": list(v)}
    if isinstance(v, (list, tuple)):
        return {"List": [_value(x) for x in v]}
    raise TypeError("cannot encode %r" % (v,))


def _error(e):
    errno = e.errno if isinstance(e, OSError) else None
    return {"class": type(e).__name__, "errno": errno, "message": str(e)}


def _attr(obj, name):
    try:
        return _value(getattr(obj, name))
    except Exception as e:  # noqa: BLE001 - any attribute error is an observation
        return {"Object": [["error", {"Str": list(type(e).__name__.encode())}],
                           ["message", {"Str": list(str(e).encode())}]]}


def _props(h):
    obj = _handles[h]
    kind = _kind(obj)
    out = [["kind", {"Str": list(kind.encode())}]]
    if kind == "Directory":
        out.append(["name", _value(obj.name)])
        out.append(["repr", _value(repr(obj))])
        return {"Object": out}
    f = obj.file if kind == "Named" else (obj._file if kind == "Spooled" else obj)
    out.append(["class", _value(type(f).__name__)])
    if kind == "Spooled":
        out.append(["rolled", _value(obj._rolled)])
        out.append(["mode", _attr(obj, "mode")])
        name = obj.name
        out.append(["name", {"RawFd": name} if isinstance(name, int) else _value(name)])
        for a in ("closed", "encoding", "errors", "newlines"):
            out.append([a, _attr(obj, a)])
        return {"Object": out}
    out.append(["mode", _attr(f, "mode")])
    name = obj.name
    out.append(["name", {"RawFd": name} if isinstance(name, int) else _value(name)])
    out.append(["closed", _attr(f, "closed")])
    if isinstance(f, io.TextIOWrapper):
        for a in ("encoding", "errors", "newlines"):
            out.append([a, _attr(f, a)])
    return {"Object": out}


def _kind(obj):
    if isinstance(obj, tempfile.TemporaryDirectory):
        return "Directory"
    if isinstance(obj, tempfile.SpooledTemporaryFile):
        return "Spooled"
    if isinstance(obj, tempfile._TemporaryFileWrapper):
        return "Named"
    return "Unnamed"


def _names(pool):
    names = [os.fsdecode(bytes(n)) for n in pool["names"]]
    if pool["cycle"]:
        return lambda: itertools.cycle(names)
    return lambda: iter(names)


def reset(root):
    """Start a new case: restore the module's globals, drop every handle, set the root."""
    for h in list(_handles):
        obj = _handles.pop(h)
        try:
            obj.close() if not isinstance(obj, tempfile.TemporaryDirectory) else obj.cleanup()
        except Exception:  # noqa: BLE001 - best effort between cases
            pass
    _told.clear()
    gc.collect()
    tempfile.tempdir = None
    tempfile.template = _ORIGINAL["template"]
    tempfile.TMP_MAX = _ORIGINAL["TMP_MAX"]
    tempfile._get_candidate_names = _ORIGINAL["names"]
    if _ORIGINAL["o_tmpfile"] is not None:
        tempfile._O_TMPFILE_WORKS = _ORIGINAL["o_tmpfile"]
    for var in ("TMPDIR", "TEMP", "TMP"):
        os.environ.pop(var, None)
    _root[0] = os.fsencode(root)
    _events.clear()


def _run(op, pool):
    name, body = (op, None) if isinstance(op, str) else next(iter(op.items()))
    if name == "Gettempdir":
        return _value(tempfile.gettempdir())
    if name == "Gettempdirb":
        return _value(tempfile.gettempdirb())
    if name == "Gettempprefix":
        return _value(tempfile.gettempprefix())
    if name == "Gettempprefixb":
        return _value(tempfile.gettempprefixb())
    if name == "SetEnv":
        var = {"Tmpdir": "TMPDIR", "Temp": "TEMP", "Tmp": "TMP"}[body["var"]]
        if body["value"] is None:
            os.environ.pop(var, None)
        else:
            os.environ[var] = os.fsdecode(_expand(body["value"]))
        return "None"
    if name == "SetTempdir":
        tempfile.tempdir = _arg(body["value"])
        return "None"
    if name == "SetTemplate":
        tempfile.template = _arg(body["value"])
        return "None"
    if name == "SetTmpMax":
        tempfile.TMP_MAX = body["n"]
        return "None"
    if name == "Mkstemp":
        fd, path = tempfile.mkstemp(text=body["text"], **_call_kwargs(body["args"]))
        return {"List": [{"RawFdClose": fd}, _value(path)]}
    if name == "Mkdtemp":
        return _value(tempfile.mkdtemp(**_call_kwargs(body["args"])))
    if name == "Mktemp":
        return _value(tempfile.mktemp(**_call_kwargs(body["args"])))
    if name == "Named":
        kw = _call_kwargs(body["args"])
        kw.update(_file_kwargs(body["file"]))
        kw["delete"] = body["delete"]
        if body["delete_on_close"] is not None:
            kw["delete_on_close"] = body["delete_on_close"]
        _handles[body["h"]] = tempfile.NamedTemporaryFile(**kw)
        return _props(body["h"])
    if name == "Unnamed":
        kw = _call_kwargs(body["args"])
        kw.update(_file_kwargs(body["file"]))
        _handles[body["h"]] = tempfile.TemporaryFile(**kw)
        return _props(body["h"])
    if name == "Spooled":
        kw = _call_kwargs(body["args"])
        kw.update(_file_kwargs(body["file"]))
        _handles[body["h"]] = tempfile.SpooledTemporaryFile(body["max_size"], **kw)
        return _props(body["h"])
    if name == "Directory":
        kw = _call_kwargs(body["args"])
        kw["ignore_cleanup_errors"] = body["ignore_cleanup_errors"]
        if body["delete"] is not None:
            kw["delete"] = body["delete"]
        _handles[body["h"]] = tempfile.TemporaryDirectory(**kw)
        return _props(body["h"])
    if name in ("Plant", "ChangeDir", "UnlinkName"):
        return "None"  # done by the harness on the file system, for both sides
    h = body["h"]
    if h not in _handles:
        raise NoSuchHandle("no handle %d" % h)
    obj = _handles[h]
    if name == "Props":
        return _props(h)
    if name == "Write":
        return _value(obj.write(_data(body["data"])))
    if name == "Writelines":
        return _value(obj.writelines([_data(d) for d in body["lines"]]))
    if name == "Read":
        n = body["n"]
        return _value(obj.read() if n is None else obj.read(n))
    if name == "Readline":
        n = body["n"]
        return _value(obj.readline() if n is None else obj.readline(n))
    if name == "Seek":
        to = body["to"]
        if "Told" in to:
            told = _told.get(h, [])
            offset = told[to["Told"]] if to["Told"] < len(told) else 0
        else:
            offset = to["Offset"]
        return _value(obj.seek(offset, body["whence"]))
    if name == "Tell":
        pos = obj.tell()
        _told.setdefault(h, []).append(pos)
        return _value(pos)
    if name == "Truncate":
        size = body["size"]
        return _value(obj.truncate() if size is None else obj.truncate(size))
    if name == "Flush":
        return _value(obj.flush())
    if name == "Close":
        return _value(obj.close())
    if name == "Fileno":
        return {"RawFd": obj.fileno()}
    if name == "Rollover":
        return _value(obj.rollover())
    if name == "Cleanup":
        return _value(obj.cleanup())
    if name == "Exit":
        obj.__exit__(None, None, None)
        del _handles[h]
        del obj
        return "None"
    if name == "Drop":
        del _handles[h]
        del obj
        return "None"
    raise ValueError("unknown op %r" % name)


def run(request):
    """Run one operation. `request` is {"op": Op, "names": NamePool}; returns JSON."""
    req = json.loads(request)
    with _lock:
        if not req["names"].get("random"):
            tempfile._get_candidate_names = _names(req["names"])
        _events.clear()
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            # Record warnings in the same list as the audit events, in the order they happen.
            warnings.showwarning = _show_warning
            _recording[0] = True
            try:
                result = {"Ok": _run(req["op"], req["names"])}
            except BaseException as e:  # noqa: BLE001 - every exception is an observation
                result = {"Err": _error(e)}
            finally:
                _recording[0] = False
                tempfile._get_candidate_names = _ORIGINAL["names"]
        events = list(_events)
    return json.dumps({"result": result, "events": events})
