# Type stub of pytempfile: the standard module's own types.
#
# pytempfile is a drop-in replacement for `tempfile`, with the same names, signatures,
# overloads (str or bytes results, text or binary file objects by mode) and version
# differences. Rather than restating them, this stub re-exports the standard module's stub
# (typeshed's `tempfile`, bundled with every type checker), so that a type checker sees
# exactly what it sees for `tempfile`, for whichever Python version it checks against.
#
# One consequence: a type checker treats pytempfile's classes as the standard module's.
# At run time they are distinct classes (`isinstance(pytempfile.SpooledTemporaryFile(),
# tempfile.SpooledTemporaryFile)` is False); code that mixes both modules should not rely on
# isinstance narrowing between them.
from tempfile import (
    TMP_MAX as TMP_MAX,
    NamedTemporaryFile as NamedTemporaryFile,
    SpooledTemporaryFile as SpooledTemporaryFile,
    TemporaryDirectory as TemporaryDirectory,
    TemporaryFile as TemporaryFile,
    _TemporaryFileWrapper as _TemporaryFileWrapper,
    gettempdir as gettempdir,
    gettempdirb as gettempdirb,
    gettempprefix as gettempprefix,
    gettempprefixb as gettempprefixb,
    mkdtemp as mkdtemp,
    mkstemp as mkstemp,
    mktemp as mktemp,
)

__version__: str

__all__ = [
    "NamedTemporaryFile",
    "TemporaryFile",
    "SpooledTemporaryFile",
    "TemporaryDirectory",
    "mkstemp",
    "mkdtemp",
    "mktemp",
    "TMP_MAX",
    "gettempprefix",
    "tempdir",
    "gettempdir",
    "gettempprefixb",
    "gettempdirb",
]

# Module globals the caller may assign (re-exported names would be read-only aliases).
tempdir: str | None
template: str
