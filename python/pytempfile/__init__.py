"""pytempfile: a drop-in replacement for the standard ``tempfile`` module.

The same functions, classes, arguments, return types, errors and warnings as the standard
module of the running CPython release (3.10.13 to 3.15.2 are checked; another release follows
the nearest older one checked, with a ``RuntimeWarning`` at import), with the work done in Rust by the
``pytempfile`` crate: candidate names, argument inference, the exclusive-creation retry
loops, the default-directory probe, O_TMPFILE, and a tree removal that never follows a
symbolic link.

What stays in Python is what Python's object model needs: the module globals that callers
and tests read and assign (``tempdir``, ``template``, ``TMP_MAX``, ``_get_candidate_names``,
``_O_TMPFILE_WORKS``), ``_RandomNameSequence``, the file-object wrapper and its closer, the
finalizer of ``TemporaryDirectory`` and ``SpooledTemporaryFile`` over CPython's own
``io.BytesIO``/``io.TextIOWrapper``: classes that code subclasses and reaches into.  Every
native call reads those globals when it runs.

The standard module's functions call each other through their globals (``mkstemp`` calls
``_sanitize_params`` and ``_mkstemp_inner``, which call ``_infer_return_type``,
``gettempdir``, ``_get_candidate_names``, ...) and reach the system through ``os``.  A native
call does all of that at once, so it *declines* (returns ``None``) whenever the difference
could show: one of those globals or ``os`` functions has been replaced, the candidate names
do not come from the module's own sequence, or a ``str`` argument cannot be encoded to the
file-system encoding (the standard module only fails at the system call that receives it, with
the whole path in the error).  The function then takes the standard module's steps in Python,
each through the module's globals (``_python_*`` below), and each of those steps is again a
native call where nothing stands in the way.
"""

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

import errno as _errno
import functools as _functools
import io as _io
import os as _os
import shutil as _shutil
import stat as _stat
import sys as _sys
import types as _types
import warnings as _warnings
import weakref as _weakref
from random import Random as _Random
import _thread

from . import _native

__version__ = _native.__version__

_allocate_lock = _thread.allocate_lock
_version = _sys.version_info[:2]
# Whether this CPython release has a named behaviour (pytempfile::Behaviour): the differences
# between releases, patch releases included, e.g. _has("TmpMax20") from 3.13.18.
_has = _native.has
_g = globals()

if _native.FOLLOWS != _native.VERSION:
    _warnings.warn("pytempfile has not been checked against CPython %s; it behaves as the "
                   "standard module of %s does" % (_native.VERSION, _native.FOLLOWS),
                   RuntimeWarning, stacklevel=2)

_text_openflags = _native.TEXT_OPENFLAGS
_bin_openflags = _native.BIN_OPENFLAGS
TMP_MAX = 20 if _has("TmpMax20") else getattr(_os, "TMP_MAX", 10000)
template = "tmp"
tempdir = None

_once_lock = _allocate_lock()
_name_sequence = None
_O_TMPFILE_WORKS = hasattr(_os, "O_TMPFILE")


def _exists(fn):
    """Whether ``fn`` exists, without following a final symlink."""
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


def _infer_return_type(*args):
    """``str`` or ``bytes``, as the non-None arguments (or ``tempdir``) imply."""
    return _native.infer_return_type(_g, args)


def _sanitize_params(prefix, suffix, dir):
    """Defaults filled in and the output type inferred: ``(prefix, suffix, dir, type)``."""
    done = _native.sanitize_params(_g, prefix, suffix, dir)
    if done is not None:
        return done
    # The standard module's steps (see the module docstring).
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of unpredictable 8-character names, safe to share between
    threads.  Subclass it, assign ``characters``, or reach its ``rng`` (one ``random.Random``
    per process, which a caller may seed) and the names are drawn as the standard module draws
    them (``rng.choices(characters, k=8)``); until then they come from pytempfile's generator,
    re-seeded after fork."""

    characters = _native.CHARACTERS

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, "_rng_pid", None):
            self._rng = _Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        name = _native.next_name(_g, self)
        if name is None:
            name = "".join(self.rng.choices(self.characters, k=8))
        return name


# What the native code compares a sequence with to know whether it is plain.
_plain_names = (_RandomNameSequence, _RandomNameSequence.__dict__["characters"],
                _RandomNameSequence.__dict__["rng"], _RandomNameSequence.__dict__["__next__"])


def _candidate_tempdir_list():
    """TMPDIR, TEMP, TMP, the system directories, then the working directory."""
    return _native.candidate_tempdir_list()


def _python_probe(found, dirlist, names_per_dir):
    """The default-directory probe, step by step through the module's globals: the first
    directory where a fresh file can be created, written and removed.  ``found`` is what the
    native probe answered: ``None``, or a 1-tuple with the candidate list it already fetched."""
    namer = _RandomNameSequence()
    if found is not None:
        dirlist = found[0]
    elif dirlist is None:
        dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for _ in range(names_per_dir()):
            path = _os.path.join(dir, next(namer))
            try:
                fd = _os.open(path, _bin_openflags, 0o600)
                try:
                    try:
                        _os.write(fd, b"blat")
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(path)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break  # PermissionError included: this directory will not do
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % dirlist)


if _has("TmpMax20"):
    def _get_default_tempdir(dirlist=None):
        """Probe ``dirlist`` (default: ``_candidate_tempdir_list()``) for a usable directory,
        ``TMP_MAX`` names in each."""
        found = _native.get_default_tempdir(_g, dirlist)
        if found is not None and not isinstance(found, tuple):
            return found
        return _python_probe(found, dirlist, lambda: TMP_MAX)
else:
    def _get_default_tempdir():
        """Probe the candidates (see ``_candidate_tempdir_list``) for a usable directory."""
        found = _native.get_default_tempdir(_g)
        if found is not None and not isinstance(found, tuple):
            return found
        return _python_probe(found, None, lambda: 100)


def _get_candidate_names():
    """The module's shared name sequence (created once)."""
    global _name_sequence
    if _name_sequence is None:
        with _once_lock:
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()
    return _name_sequence


# The native code compares the global with this to know whether it was replaced.
_original_get_candidate_names = _get_candidate_names


def _candidates(output_type):
    """The module's candidate names, as the output type needs them."""
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    return names


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Create a file exclusively in ``dir``; ``(fd, absolute path)``."""
    done = _native.mkstemp_inner(_g, dir, pre, suf, flags, output_type)
    if done is not None:
        return done
    dir = _os.path.abspath(dir)
    names = _candidates(output_type)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, pre + next(names) + suf)
        _sys.audit("tempfile.mkstemp", path)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, path
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


if _has("CleanupNoFollow"):
    def _dont_follow_symlinks(func, path, *args):
        if func in _os.supports_follow_symlinks:
            func(path, *args, follow_symlinks=False)
        elif not _os.path.islink(path):
            func(path, *args)

    def _resetflags(path):
        chflags = getattr(_os, "chflags", None)
        if chflags is not None:
            _dont_follow_symlinks(chflags, path, 0)

    def _resetperms(path):
        _resetflags(path)
        _dont_follow_symlinks(_os.chmod, path, 0o700)

    if not _has("CleanupDirFd"):
        del _resetflags

if _has("CleanupDirFd") and not _has("RmtreeFromShutil"):
    # The 3.13 branch's module (3.13.18 here; 3.14 and later use shutil.rmtree's own dir_fd)
    # names shutil.rmtree (or its own copy where shutil cannot be imported) `_rmtree`; the tree
    # removal here is native.
    _rmtree = _shutil.rmtree

if _has("CleanupDirFd"):
    # Cleanup that works relative to the directory descriptors shutil.rmtree walks with
    # (the native tree removal always does; these helpers are the module's surface).
    _rmtree_use_dir_fd = (
        {_os.chmod, _os.unlink, _os.lstat} <= _os.supports_dir_fd
        and _os.chmod in _os.supports_fd
    )

    def _resetperms_fd(dir_fd, path):
        """``_resetperms`` for the directory open on ``dir_fd`` (``path`` names it)."""
        if dir_fd is None:
            _resetperms(path)
            return
        _resetflags(path)
        _os.chmod(dir_fd, 0o700)

    _nofollow_mode = getattr(_os, "O_NOFOLLOW", None)
    if _nofollow_mode is not None:
        _nofollow_mode |= _os.O_RDONLY | _os.O_NONBLOCK

    def _resetperms_at(name, dir_fd, path):
        """``_resetperms`` for ``name`` in the directory open on ``dir_fd``, never through a
        symbolic link (``path`` is the full path, for ``chflags``)."""
        if dir_fd is None:
            _resetperms(path)
            return
        _resetflags(path)
        if _os.chmod in _os.supports_follow_symlinks:
            _os.chmod(name, 0o700, dir_fd=dir_fd, follow_symlinks=False)
            return
        if _nofollow_mode is not None:
            try:
                fd = _os.open(name, _nofollow_mode, dir_fd=dir_fd)
            except OSError:
                pass
            else:
                try:
                    _os.chmod(fd, 0o700)
                finally:
                    _os.close(fd)
                return
        if not _stat.S_ISLNK(_os.lstat(name, dir_fd=dir_fd).st_mode):
            _os.chmod(name, 0o700, dir_fd=dir_fd)


def gettempprefix():
    """The default prefix, as ``str``."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix, as ``bytes``."""
    return _os.fsencode(template)


def _gettempdir():
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The default directory for temporary files, as ``str``."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default directory for temporary files, as ``bytes``."""
    return _os.fsencode(_gettempdir())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a file only the caller can use and return ``(fd, absolute path)``.

    The caller closes the descriptor and removes the file.
    """
    done = _native.mkstemp(_g, suffix, prefix, dir, text)
    if done is not None:
        return done
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _text_openflags if text else _bin_openflags,
                          output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only the caller can use and return its path."""
    done = _native.mkdtemp(_g, suffix, prefix, dir)
    if done is not None:
        return done
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _candidates(output_type)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        _sys.audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path) if _has("MkdtempAbspath") else path
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a name that did not exist when checked.  Unsafe: use ``mkstemp``."""
    done = _native.mktemp(_g, suffix, prefix, dir)
    if done is not None:
        return done
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _exists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


_unlink = _os.unlink  # bound now, so that interpreter shutdown cannot take it away


class _TemporaryFileCloser:
    """Closes (and, as configured, removes) a named temporary file exactly once."""

    if _has("DeleteOnClose"):
        cleanup_called = False
    else:
        file = None  # read by close() (and so by __del__ of a half-made object)
    close_called = False

    if _has("WrapperReprWarns"):
        def __init__(self, file, name, delete=True, delete_on_close=True,
                     warn_message="Implicitly cleaning up unknown file"):
            self.file = file
            self.name = name
            self.delete = delete
            self.delete_on_close = delete_on_close
            self.warn_message = warn_message
    elif _has("DeleteOnClose"):
        def __init__(self, file, name, delete=True, delete_on_close=True):
            self.file = file
            self.name = name
            self.delete = delete
            self.delete_on_close = delete_on_close
    else:
        def __init__(self, file, name, delete=True):
            self.file = file
            self.name = name
            self.delete = delete

    if _has("DeleteOnClose"):
        def cleanup(self, windows=(_os.name == "nt"), unlink=_unlink):
            if self.cleanup_called:
                return
            self.cleanup_called = True
            try:
                if not self.close_called:
                    self.close_called = True
                    self.file.close()
            finally:
                if self.delete and not (windows and self.delete_on_close):
                    try:
                        unlink(self.name)
                    except FileNotFoundError:
                        pass

        def close(self):
            if self.close_called:
                return
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete and self.delete_on_close:
                    self.cleanup()

        if _has("WrapperReprWarns"):
            def __del__(self):
                was_closed = self.close_called
                self.cleanup()
                if not was_closed:
                    _warnings.warn(self.warn_message, ResourceWarning)
        else:
            def __del__(self):
                self.cleanup()
    else:
        def close(self, unlink=_unlink):
            if self.close_called or self.file is None:
                return
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    unlink(self.name)

        def __del__(self):
            self.close()


class _TemporaryFileWrapper:
    # Not the class: it only gives the method wrapper's function the standard module's
    # names (``__name__``, ``__qualname__``, ``__code__.co_qualname``), as it is made in a
    # method ``__getattr__`` of a class ``_TemporaryFileWrapper``.
    def __getattr__(func):
        def func_wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return func_wrapper


_func_wrapper = _TemporaryFileWrapper.__getattr__


def _python_getattr(self, name):
    # _TemporaryFileWrapper.__getattr__ step by step, through the module's globals.
    value = getattr(self.__dict__["file"], name)
    if hasattr(value, "__call__"):
        value = _functools.wraps(value)(_func_wrapper(value))
        value._closer = self._closer
    if not isinstance(value, int):
        setattr(self, name, value)
    return value


class _TemporaryFileWrapper:
    """A file object whose file is removed as ``NamedTemporaryFile`` promises."""

    if _has("WrapperReprWarns"):
        def __init__(self, file, name, delete=True, delete_on_close=True):
            self.file = file
            self.name = name
            self._closer = _TemporaryFileCloser(
                file, name, delete, delete_on_close,
                warn_message="Implicitly cleaning up {!r}".format(self))
    elif _has("DeleteOnClose"):
        def __init__(self, file, name, delete=True, delete_on_close=True):
            self.file = file
            self.name = name
            self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)
    else:
        def __init__(self, file, name, delete=True):
            self.file = file
            self.name = name
            self.delete = delete
            self._closer = _TemporaryFileCloser(file, name, delete)

    if _has("WrapperReprWarns"):
        def __repr__(self):
            return "<{} file={!r}>".format(type(self).__name__, self.__dict__["file"])

    def __getattr__(self, name):
        # Missing attributes come from the file; non-int results are cached, and methods are
        # wrapped in a function that keeps the closer (hence the file) alive while it lives
        # (natively; _python_getattr when functools or a builtin it reads was replaced).
        return _native.wrapper_getattr(_g, self, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        if _has("DeleteOnClose"):
            self._closer.cleanup()
        else:
            self.close()
        return result

    def close(self):
        """Close the file, removing it if so configured."""
        self._closer.close()

    def __iter__(self):
        # A generator, so that the file stays open while it is iterated.
        for line in self.file:
            yield line


def _named_impl(mode, buffering, encoding, newline, suffix, prefix, dir, delete, errors,
                delete_on_close):
    # The standard module's code path (the fast path declined: an unusual argument, or
    # something it relies on was replaced).
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _bin_openflags
    if "b" not in mode:
        # stacklevel 3: the warning names NamedTemporaryFile's caller, as the standard
        # module's does (this function is one frame deeper).
        encoding = _io.text_encoding(encoding, 3)
    name = None

    def opener(*args):
        nonlocal name
        fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
        return fd

    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=opener)
        return _wrap_named(file, name, delete, delete_on_close)
    except:  # noqa: E722
        if name is not None:
            _os.unlink(name)
        raise


def _wrap_named(file, name, delete, delete_on_close):
    try:
        raw = getattr(file, "buffer", file)
        raw = getattr(raw, "raw", raw)
        raw.name = name
        if _has("DeleteOnClose"):
            return _TemporaryFileWrapper(file, name, delete, delete_on_close)
        return _TemporaryFileWrapper(file, name, delete)
    except:  # noqa: E722 - everything, KeyboardInterrupt included
        file.close()
        raise


def _wrap_fast(file, name, delete, delete_on_close):
    # The file came from the fast path: wrap it, or close and remove it.
    try:
        if _has("DeleteOnClose"):
            return _TemporaryFileWrapper(file, name, delete, delete_on_close)
        return _TemporaryFileWrapper(file, name, delete)
    except:  # noqa: E722
        try:
            file.close()
        finally:
            _os.unlink(name)
        raise


if _has("DeleteOnClose"):
    def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                           suffix=None, prefix=None, dir=None, delete=True, *,
                           errors=None, delete_on_close=True):
        """A temporary file with a name, removed according to ``delete`` and
        ``delete_on_close``; see the standard module's documentation."""
        made = _native.named_file(_g, mode, buffering, encoding, newline, suffix, prefix,
                                  dir, errors)
        if made is None:
            return _named_impl(mode, buffering, encoding, newline, suffix, prefix, dir,
                               delete, errors, delete_on_close)
        return _wrap_fast(made[0], made[1], delete, delete_on_close)
else:
    def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                           suffix=None, prefix=None, dir=None, delete=True, *,
                           errors=None):
        """A temporary file with a name, removed on close if ``delete``."""
        made = _native.named_file(_g, mode, buffering, encoding, newline, suffix, prefix,
                                  dir, errors)
        if made is None:
            return _named_impl(mode, buffering, encoding, newline, suffix, prefix, dir,
                               delete, errors, True)
        return _wrap_fast(made[0], made[1], delete, True)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name (O_TMPFILE where the system supports it)."""
    global _O_TMPFILE_WORKS
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fast = _native.temporary_file(_g, mode, buffering, encoding, newline, suffix, prefix,
                                  dir, errors)
    if fast is not None:
        return fast
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _bin_openflags
    if _O_TMPFILE_WORKS:
        fd = None

        def tmpfile_opener(*args):
            nonlocal fd
            fd = _native.open_tmpfile(_g, dir, flags)
            if fd is None:
                tmp_flags = (flags | _os.O_TMPFILE) & ~_os.O_CREAT
                if _has("TmpfileWithoutExcl"):
                    tmp_flags &= ~_os.O_EXCL
                fd = _os.open(dir, tmp_flags, 0o600)
            return fd

        try:
            file = _io.open(dir, mode, buffering=buffering, newline=newline,
                            encoding=encoding, errors=errors, opener=tmpfile_opener)
            raw = getattr(file, "buffer", file)
            raw = getattr(raw, "raw", raw)
            raw.name = fd
            return file
        except IsADirectoryError:
            # A kernel that reads O_TMPFILE as O_DIRECTORY: do not try again.
            _O_TMPFILE_WORKS = False
        except OSError:
            pass
    fd = None

    def fallback_opener(*args):
        nonlocal fd
        fd = _native.mkstemp_unlinked(_g, dir, prefix, suffix, flags, output_type)
        if fd is None:
            fd, path = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
            try:
                _os.unlink(path)
            except BaseException:
                _os.close(fd)
                raise
        return fd

    file = _io.open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors, opener=fallback_opener)
    raw = getattr(file, "buffer", file)
    raw = getattr(raw, "raw", raw)
    raw.name = fd
    return file


_SpoolBase = _io.IOBase if _has("SpooledIsIoBase") else object


class SpooledTemporaryFile(_SpoolBase):
    """Data in memory (``_file`` is an ``io.BytesIO``, or an ``io.TextIOWrapper`` over one)
    until a write takes it past ``_max_size`` or a descriptor is needed; then ``_file`` is
    the ``TemporaryFile`` object holding the same data at the same position.

    The object model is the standard module's: subclasses may override ``_check``,
    ``rollover``, ``write``, ``close`` ... and are called where the standard module calls
    them; ``_file``, ``_max_size``, ``_rolled`` and ``_TemporaryFileArgs`` are the same
    attributes, read when the standard module reads them.  One difference: if moving the
    data to the file fails, nothing is lost (the data stays in memory and the error is
    raised; the standard module has already replaced ``_file`` by then).
    """

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = dict(mode=mode, buffering=buffering, suffix=suffix,
                                       prefix=prefix, encoding=encoding, newline=newline,
                                       dir=dir, errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        # After a write to ``file``: roll over once it holds more than ``_max_size``.
        if self._rolled:
            return
        limit = self._max_size
        if limit and file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Move the data to a ``TemporaryFile`` (made with this spool's arguments)."""
        if self._rolled:
            return
        memory = self._file
        target = TemporaryFile(**self._TemporaryFileArgs)  # the global: tests replace it
        try:
            pos = memory.tell()  # for text, this also flushes the encoder into the buffer
            text = hasattr(target, "buffer")  # asked once, as the standard module asks
            if text:
                target.buffer.write(memory.buffer.getvalue())
            else:
                target.write(memory.getvalue())
            target.seek(pos, 0)
        except BaseException:
            target.close()
            raise
        self._file = target
        del self._TemporaryFileArgs
        if text:
            memory.detach()  # as the standard module leaves the old text layer
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    if _has("SpooledIsIoBase"):
        def __del__(self):
            if not self.closed:
                _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                               stacklevel=2, source=self)
                self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    if _has("SpooledIsIoBase"):
        def truncate(self, size=None):
            if size is None:
                return self._file.truncate()
            if size > self._max_size:
                self.rollover()
            return self._file.truncate(size)
    else:
        def truncate(self, size=None):
            if size is None:
                self._file.truncate()
            else:
                if size > self._max_size:
                    self.rollover()
                self._file.truncate(size)

    def write(self, s):
        file = self._file
        written = file.write(s)
        self._check(file)
        return written

    if _has("WritelinesRollsOver"):
        def writelines(self, iterable):
            # Line by line through write(), so that the rollover happens mid-iterable.
            if self._max_size == 0 or self._rolled:
                return self._file.writelines(iterable)
            it = iter(iterable)
            for line in it:
                self.write(line)
                if self._rolled:
                    return self._file.writelines(it)
    else:
        def writelines(self, iterable):
            file = self._file
            result = file.writelines(iterable)
            self._check(file)
            return result

    if _has("SpooledIsIoBase"):
        def readable(self):
            return self._file.readable()

        def read1(self, *args):
            return self._file.read1(*args)

        def readinto(self, b):
            return self._file.readinto(b)

        def readinto1(self, b):
            return self._file.readinto1(b)

        def seekable(self):
            return self._file.seekable()

        def writable(self):
            return self._file.writable()

        def detach(self):
            return self._file.detach()


class TemporaryDirectory:
    """A directory removed, with everything in it, on ``cleanup()``, on leaving a ``with``
    block, or when the object is collected."""

    # __init__, cleanup and __exit__ take the standard steps through _native (tempdir.rs),
    # natively where the objects they stand for are the module's own (_tempdir_originals).
    if _has("DirectoryDelete"):
        def __init__(self, suffix=None, prefix=None, dir=None,
                     ignore_cleanup_errors=False, *, delete=True):
            _native.tempdir_init(_g, self, suffix, prefix, dir, ignore_cleanup_errors, delete)
    else:
        def __init__(self, suffix=None, prefix=None, dir=None,
                     ignore_cleanup_errors=False):
            _native.tempdir_init(_g, self, suffix, prefix, dir, ignore_cleanup_errors, None)

    if _has("CleanupDirFd"):
        @classmethod
        def _rmtree(cls, name, ignore_errors=False, repeated=False, dir_fd=None,
                    fullname=None):
            if dir_fd is not None:
                # ``name`` relative to the open directory: reached through the descriptor's
                # /proc entry, so that no path is resolved again from the top.
                name = _os.path.join("/proc/self/fd/%d" % dir_fd, _os.fsdecode(name))
            _native.rmtree(_g, name, ignore_errors)
    elif _has("CleanupNoFollow"):
        @classmethod
        def _rmtree(cls, name, ignore_errors=False, repeated=False):
            _native.rmtree(_g, name, ignore_errors)
    else:
        @classmethod
        def _rmtree(cls, name, ignore_errors=False):
            _native.rmtree(_g, name, ignore_errors)

    if _has("DirectoryDelete"):
        @classmethod
        def _cleanup(cls, name, warn_message, ignore_errors=False, delete=True):
            if delete:
                cls._rmtree(name, ignore_errors=ignore_errors)
                _warnings.warn(warn_message, ResourceWarning)
    else:
        @classmethod
        def _cleanup(cls, name, warn_message, ignore_errors=False):
            cls._rmtree(name, ignore_errors=ignore_errors)
            _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        _native.tempdir_exit(_g, self)

    def cleanup(self):
        _native.tempdir_cleanup(_g, self)

    __class_getitem__ = classmethod(_types.GenericAlias)


# What the native functions compare the module's globals with (see the module docstring).
_originals = tuple(_g[_n] for _n in _native.HOOKS)

# What TemporaryDirectory's native steps compare with (tempdir.rs; in its order).
_tempdir_originals = (mkdtemp, TemporaryDirectory, TemporaryDirectory.__repr__,
                      TemporaryDirectory._rmtree.__func__, TemporaryDirectory.cleanup,
                      _weakref, _weakref.finalize, _weakref.finalize.__new__,
                      _weakref.finalize.__init__, _weakref.finalize.detach, _weakref.ref,
                      _weakref.finalize._Info)

# What the wrapper's native __getattr__ compares with: functools (its wraps, partial and
# update_wrapper), and the method wrapper's factory; the builtins it reads.
_wrap_originals = (_functools, _functools.wraps, _functools.partial, _functools.update_wrapper,
                   _func_wrapper)
_wrap_builtins = (getattr, hasattr, setattr, isinstance, int)

# What the native fast paths of TemporaryFile and NamedTemporaryFile also compare with (the
# module's other globals they stand for are in _originals): when one of these was replaced
# (a test's mock), the standard module's code path runs instead.
_fast_originals = (_io, _os)
