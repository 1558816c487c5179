"""pytempfile: a drop-in replacement for the standard ``tempfile`` module.

The same functions, classes, arguments, return types, errors and warnings as the standard
module of the running CPython release (3.10.13 to 3.15.2 are checked; another release follows
the nearest older one checked, with a ``RuntimeWarning`` at import), with the work done in Rust by the
``pytempfile`` crate: candidate names, argument inference, the exclusive-creation retry
loops, the default-directory probe, O_TMPFILE, the spooled file, and a tree removal that
never follows a symbolic link.

What stays in Python is what Python's object model needs: the module globals that callers
and tests read and assign (``tempdir``, ``template``, ``TMP_MAX``, ``_get_candidate_names``,
``_O_TMPFILE_WORKS``), the file-object wrapper and its closer, the finalizer of
``TemporaryDirectory`` and the ``io.IOBase`` subclass of ``SpooledTemporaryFile``.  Every
native call reads those globals when it runs, and routes its system calls through the
``os`` module whenever one of its functions has been replaced (as a test's mock would).
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

import functools as _functools
import io as _io
import os as _os
import stat as _stat
import sys as _sys
import types as _types
import warnings as _warnings
import weakref as _weakref
import _thread

from . import _native

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
    return tuple(_native.sanitize_params(_g, prefix, suffix, dir))


_RandomNameSequence = _native._RandomNameSequence


def _candidate_tempdir_list():
    """TMPDIR, TEMP, TMP, the system directories, then the working directory."""
    return _native.candidate_tempdir_list()


if _has("TmpMax20"):
    def _get_default_tempdir(dirlist=None):
        """Probe ``dirlist`` (default: ``_candidate_tempdir_list()``) for a usable directory,
        ``TMP_MAX`` names in each."""
        return _native.get_default_tempdir(_g, dirlist)
else:
    def _get_default_tempdir():
        """Probe the candidates (see ``_candidate_tempdir_list``) for a usable directory."""
        return _native.get_default_tempdir(_g)


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


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Create a file exclusively in ``dir``; ``(fd, absolute path)``."""
    return tuple(_native.mkstemp_inner(_g, dir, pre, suf, flags, output_type))


if _version >= (3, 12):
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
    return tuple(_native.mkstemp(_g, suffix, prefix, dir, text))


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a directory only the caller can use and return its path."""
    return _native.mkdtemp(_g, suffix, prefix, dir)


def mktemp(suffix="", prefix=template, dir=None):
    """Return a name that did not exist when checked.  Unsafe: use ``mkstemp``."""
    return _native.mktemp(_g, suffix, prefix, dir)


_unlink = _os.unlink  # bound now, so that interpreter shutdown cannot take it away


class _TemporaryFileCloser:
    """Closes (and, as configured, removes) a named temporary file exactly once."""

    cleanup_called = False
    close_called = False

    if _has("WrapperReprWarns"):
        def __init__(self, file, name, delete=True, delete_on_close=True,
                     warn_message="Implicitly cleaning up unknown file"):
            self.file = file
            self.name = name
            self.delete = delete
            self.delete_on_close = delete_on_close
            self.warn_message = warn_message
    else:
        def __init__(self, file, name, delete=True, delete_on_close=True):
            self.file = file
            self.name = name
            self.delete = delete
            self.delete_on_close = delete_on_close

    if _version >= (3, 12):
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
    """A file object whose file is removed as ``NamedTemporaryFile`` promises."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        if _version < (3, 12):
            self.delete = delete
            self._closer = _TemporaryFileCloser(file, name, delete)
        elif _has("WrapperReprWarns"):
            self._closer = _TemporaryFileCloser(
                file, name, delete, delete_on_close,
                warn_message="Implicitly cleaning up {!r}".format(self))
        else:
            self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)

    if _has("WrapperReprWarns"):
        def __repr__(self):
            return "<{} file={!r}>".format(type(self).__name__, self.__dict__["file"])

    def __getattr__(self, name):
        # Missing attributes come from the file; non-int results are cached, and bound
        # methods keep the closer (hence the file) alive while they live.
        value = getattr(self.__dict__["file"], name)
        if hasattr(value, "__call__"):
            method = value

            @_functools.wraps(method)
            def bound(*args, **kwargs):
                return method(*args, **kwargs)

            bound._closer = self._closer
            value = bound
        if not isinstance(value, int):
            setattr(self, name, value)
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        if _version >= (3, 12):
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
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _bin_openflags
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    name = None

    def opener(*args):
        nonlocal name
        fd, name = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
        return fd

    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=opener)
        try:
            raw = getattr(file, "buffer", file)
            raw = getattr(raw, "raw", raw)
            raw.name = name
            if _version >= (3, 12):
                return _TemporaryFileWrapper(file, name, delete, delete_on_close)
            return _TemporaryFileWrapper(file, name, delete)
        except:  # noqa: E722 - everything, KeyboardInterrupt included
            file.close()
            raise
    except:  # noqa: E722
        if name is not None:
            _os.unlink(name)
        raise


if _version >= (3, 12):
    def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                           suffix=None, prefix=None, dir=None, delete=True, *,
                           errors=None, delete_on_close=True):
        """A temporary file with a name, removed according to ``delete`` and
        ``delete_on_close``; see the standard module's documentation."""
        return _named_impl(mode, buffering, encoding, newline, suffix, prefix, dir,
                           delete, errors, delete_on_close)
else:
    def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                           suffix=None, prefix=None, dir=None, delete=True, *,
                           errors=None):
        """A temporary file with a name, removed on close if ``delete``."""
        return _named_impl(mode, buffering, encoding, newline, suffix, prefix, dir,
                           delete, errors, True)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file without a name (O_TMPFILE where the system supports it)."""
    global _O_TMPFILE_WORKS
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _bin_openflags
    if _O_TMPFILE_WORKS:
        fd = None

        def tmpfile_opener(*args):
            nonlocal fd
            fd = _native.open_tmpfile(_g, dir, flags)
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
        return fd

    file = _io.open(dir, mode, buffering=buffering, newline=newline, encoding=encoding,
                    errors=errors, opener=fallback_opener)
    raw = getattr(file, "buffer", file)
    raw = getattr(raw, "raw", raw)
    raw.name = fd
    return file


class _SpoolMemory:
    """What ``SpooledTemporaryFile._file`` shows before the rollover: ``getvalue()``."""

    def __init__(self, spool):
        self._spool = spool

    def getvalue(self):
        return self._spool.getvalue()

    @property
    def closed(self):
        return self._spool.closed


_SpoolBase = _io.IOBase if _version >= (3, 11) else object


class SpooledTemporaryFile(_SpoolBase):
    """Data in memory until it grows past ``max_size`` (or a descriptor is needed), then a
    ``TemporaryFile``.  If moving to the file fails, nothing is lost: the data stays in
    memory and the error is raised."""

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" not in mode:
            encoding = _io.text_encoding(encoding)
        if encoding == "locale":
            import locale
            getencoding = getattr(locale, "getencoding", None)
            encoding = getencoding() if getencoding else locale.getpreferredencoding(False)
        self._spool = _native._Spool(_g, max_size, mode, buffering, encoding, newline,
                                     suffix, prefix, dir, errors)
        self._max_size = max_size

    __class_getitem__ = classmethod(_types.GenericAlias)

    @property
    def _rolled(self):
        return self._spool.rolled

    @property
    def _file(self):
        return self if self._spool.rolled else _SpoolMemory(self._spool)

    def rollover(self):
        self._spool.rollover()

    def __enter__(self):
        if self._spool.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._spool.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self._spool.readline()
        if not line:
            raise StopIteration
        return line

    if _version >= (3, 11):
        def __del__(self):
            spool = getattr(self, "_spool", None)
            if spool is None:
                # __init__ failed before the engine existed (CPython: AttributeError).
                raise AttributeError(
                    "'SpooledTemporaryFile' object has no attribute '_file'")
            if not spool.closed:
                _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                               stacklevel=2, source=self)
                self.close()

    def close(self):
        self._spool.close()

    @property
    def closed(self):
        return self._spool.closed

    @property
    def encoding(self):
        return self._spool.encoding

    @property
    def errors(self):
        return self._spool.errors

    def fileno(self):
        return self._spool.fileno()

    def flush(self):
        self._spool.flush()

    def isatty(self):
        return self._spool.isatty()

    @property
    def mode(self):
        return self._spool.mode

    @property
    def name(self):
        return self._spool.name

    @property
    def newlines(self):
        return self._spool.newlines

    def read(self, *args):
        return self._spool.read(*args)

    def readline(self, *args):
        return self._spool.readline(*args)

    def readlines(self, *args):
        lines = []
        for line in self:
            lines.append(line)
        return lines

    def seek(self, *args):
        return self._spool.seek(*args)

    def tell(self):
        return self._spool.tell()

    def truncate(self, size=None):
        return self._spool.truncate(size)

    def write(self, s):
        return self._spool.write(s)

    if _has("WritelinesRollsOver"):
        def writelines(self, iterable):
            # Line by line through write(), so that the rollover happens mid-iterable.
            if self._max_size == 0 or self._spool.rolled:
                return self._spool.writelines(iterable)
            it = iter(iterable)
            for line in it:
                self.write(line)
                if self._spool.rolled:
                    return self._spool.writelines(it)
    else:
        def writelines(self, iterable):
            return self._spool.writelines(iterable)

    if _version >= (3, 11):
        def readable(self):
            return self._spool.readable()

        def read1(self, *args):
            return self._spool.read1(*args)

        def readinto(self, b):
            return self._spool.readinto(b)

        def readinto1(self, b):
            return self._spool.readinto(b)

        def seekable(self):
            return self._spool.seekable()

        def writable(self):
            return self._spool.writable()

        def detach(self):
            raise _io.UnsupportedOperation("detach")


class TemporaryDirectory:
    """A directory removed, with everything in it, on ``cleanup()``, on leaving a ``with``
    block, or when the object is collected."""

    if _version >= (3, 12):
        def __init__(self, suffix=None, prefix=None, dir=None,
                     ignore_cleanup_errors=False, *, delete=True):
            self._setup(suffix, prefix, dir, ignore_cleanup_errors, delete)
    else:
        def __init__(self, suffix=None, prefix=None, dir=None,
                     ignore_cleanup_errors=False):
            self._setup(suffix, prefix, dir, ignore_cleanup_errors, True)

    def _setup(self, suffix, prefix, dir, ignore_cleanup_errors, delete):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors, delete=self._delete)

    if _has("CleanupDirFd"):
        @classmethod
        def _rmtree(cls, name, ignore_errors=False, repeated=False, dir_fd=None,
                    fullname=None):
            if dir_fd is not None:
                # ``name`` relative to the open directory: reached through the descriptor's
                # /proc entry, so that no path is resolved again from the top.
                name = _os.path.join("/proc/self/fd/%d" % dir_fd, _os.fsdecode(name))
            _native.rmtree(_g, name, ignore_errors)
    else:
        @classmethod
        def _rmtree(cls, name, ignore_errors=False, repeated=False):
            _native.rmtree(_g, name, ignore_errors)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False, delete=True):
        if delete:
            cls._rmtree(name, ignore_errors=ignore_errors)
            _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
