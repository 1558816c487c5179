//! The call and its decline rules: the module state one native call reads from the module's
//! globals ([`module_state`]), and whether the call may run natively at all.
//!
//! The standard module's functions reach each other through module globals ([`HOOKS`]:
//! `mkstemp` calls `_sanitize_params` and `_mkstemp_inner`, which call `_infer_return_type`,
//! `gettempdir`, `_get_candidate_names`, ...) and the system through `os`. A native function
//! does all of that in one call, so it *declines* (returns `None`) when that could show: a
//! global it stands for was replaced (compared by identity with the module's `_originals`,
//! recorded at import: [`replaced`]), an `os` function or the module's `_os` was replaced
//! ([`os_native`], [`crate::seam`]), the candidate names are not the module's own plain
//! sequence ([`crate::names`]), or a `str` argument cannot be encoded to the file-system
//! encoding (CPython raises that only at the system call, with the whole path:
//! [`or_decline`]). The Python module then takes the
//! standard module's steps in Python. Arguments are checked in CPython's order first
//! ([`infer`]), so the errors that precede any of this are raised here.
//!
//! Late binding, as CPython's test suite requires: each call reads the globals (`tempdir`,
//! `template`, `TMP_MAX`, `_get_candidate_names`, `_O_TMPFILE_WORKS`,
//! `_candidate_tempdir_list`) when it runs.
//!
//! Cheap, as the standard module's late binding is free: the answers of these rules are kept
//! in a [`Verdict`] until one of the dictionaries they read changes (the module's globals,
//! `os.__dict__`, `io.__dict__`, `functools.__dict__`, `builtins.__dict__`, watched or
//! version-tagged: [`crate::capi`]) or the candidate-name sequence does (its class by version
//! tag; its own `__dict__` and the entries of it the rules read, compared at each call), so an
//! unchanged module costs a few loads per call instead of a lookup per name. Writes count
//! whoever makes them, the module's own `global` statements included.
//!
//! Depends on [`crate::capi`], [`crate::interp`], [`crate::convert`], [`crate::error`],
//! [`crate::seam`] and [`crate::names`].

use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyModule, PyString, PyTuple, PyType};
use pytempfile::{Arg, AuditHook, PathKind, Tempfile};

use crate::capi::{Stamp, audit_path, instance_dict, type_version};
use crate::convert::{fsdecode, kind_of, to_affix, to_arg, to_arg_value};
use crate::error::run;
use crate::interp::{interp, io_types, py_version};
use crate::names::Names;
use crate::seam::{libc_seam, os_untouched, seam};

/// The module globals the standard module's functions call each other through, in the order
/// of the module's `_originals` tuple.
/// (`_get_candidate_names` and the sequence behind it are compared by [`crate::names`].)
pub(crate) const HOOKS: [&str; 12] = [
    "_sanitize_params",
    "_infer_return_type",
    "gettempdir",
    "gettempdirb",
    "_gettempdir",
    "_get_default_tempdir",
    "_candidate_tempdir_list",
    "_RandomNameSequence",
    "_mkstemp_inner",
    "_exists",
    "_bin_openflags",
    "_text_openflags",
];

/// [`HOOKS`], interned once.
static HOOK_NAMES: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();

fn hook_names(py: Python<'_>) -> PyResult<&Vec<Py<PyString>>> {
    HOOK_NAMES.get_or_try_init(py, || {
        Ok(HOOKS
            .iter()
            .map(|n| PyString::intern(py, n).unbind())
            .collect())
    })
}

/// Indices into [`HOOKS`].
#[derive(Clone, Copy)]
pub(crate) enum Hook {
    SanitizeParams = 0,
    InferReturnType = 1,
    Gettempdir = 2,
    Gettempdirb = 3,
    GettempdirInner = 4,
    GetDefaultTempdir = 5,
    CandidateTempdirList = 6,
    RandomNameSequence = 7,
    MkstempInner = 8,
    Exists = 9,
    BinOpenflags = 10,
    TextOpenflags = 11,
}

/// Whether any of `hooks` is no longer the module's own (`g[name] is _originals[i]`).
pub(crate) fn replaced(g: &Bound<'_, PyDict>, hooks: &[Hook]) -> PyResult<bool> {
    let py = g.py();
    let Some(orig) = g.get_item(intern!(py, "_originals"))? else {
        return Ok(false);
    };
    let orig = orig.cast_into::<PyTuple>()?;
    let names = hook_names(py)?;
    for &h in hooks {
        let i = h as usize;
        match g.get_item(names[i].bind(py))? {
            Some(now) if now.is(&orig.get_item(i)?) => {}
            _ => return Ok(true),
        }
    }
    Ok(false)
}

/// Whether the `io` machinery the file objects' fast path (crate::fast_io) bypasses is still
/// the module's own: its `_io` and `_os` globals (`g["_fast_originals"]` records them at
/// import), the `io` module itself and `io.open`. The module's other globals and the `os`
/// functions are checked with every native call's rules ([`creating_call`]).
pub(crate) fn io_untouched(g: &Bound<'_, PyDict>) -> PyResult<bool> {
    let py = g.py();
    let Some(orig) = g.get_item(intern!(py, "_fast_originals"))? else {
        return Ok(false);
    };
    let orig = orig.cast_into::<PyTuple>()?;
    for (i, name) in [intern!(py, "_io"), intern!(py, "_os")].iter().enumerate() {
        match g.get_item(name)? {
            Some(v) if v.is(&orig.get_item(i)?) => {}
            _ => return Ok(false),
        }
    }
    let io = io_types(py)?;
    if !orig.get_item(0)?.is(io.io.bind(py)) || !orig.get_item(1)?.is(io.os.bind(py)) {
        return Ok(false);
    }
    Ok(matches!(
        io.io.bind(py).getattr(intern!(py, "open")),
        Ok(f) if f.is(io.open.bind(py))
    ))
}

/// [`io_untouched`], answered by the kept verdict where there is one.
pub(crate) fn io_untouched_kept(g: &Bound<'_, PyDict>) -> PyResult<bool> {
    match verdict(g)? {
        Some(v) => Ok(v.io_ok()),
        None => io_untouched(g),
    }
}

/// The builtins `_TemporaryFileWrapper.__getattr__` reads through the module's globals.
const WRAP_BUILTINS: [&str; 5] = ["getattr", "hasattr", "setattr", "isinstance", "int"];

/// The `functools` module `_TemporaryFileWrapper.__getattr__` was written against
/// (`g["_wrap_originals"][0]`), when it is one.
fn wrap_functools<'py>(g: &Bound<'py, PyDict>) -> PyResult<Option<Bound<'py, PyModule>>> {
    let py = g.py();
    let Some(orig) = g.get_item(intern!(py, "_wrap_originals"))? else {
        return Ok(None);
    };
    let Ok(orig) = orig.cast_into::<PyTuple>() else {
        return Ok(None);
    };
    if orig.is_empty() {
        return Ok(None);
    }
    Ok(orig.get_item(0)?.cast_into::<PyModule>().ok())
}

/// Whether `_TemporaryFileWrapper.__getattr__` may run natively (crate::wrapper): the
/// module's `_functools` and that module's `wraps`, `partial` and `update_wrapper` are still the
/// ones recorded at import (`g["_wrap_originals"]`), and the builtins the standard step reads
/// are neither shadowed by a module global nor replaced in `builtins`.
pub(crate) fn wraps_untouched(g: &Bound<'_, PyDict>) -> PyResult<bool> {
    let py = g.py();
    let Some(functools) = wrap_functools(g)? else {
        return Ok(false);
    };
    let Some(orig) = g.get_item(intern!(py, "_wrap_originals"))? else {
        return Ok(false);
    };
    let orig = orig.cast_into::<PyTuple>()?;
    if orig.len() < 4 {
        return Ok(false);
    }
    match g.get_item(intern!(py, "_functools"))? {
        Some(f) if f.is(&functools) => {}
        _ => return Ok(false),
    }
    let fdict = functools.dict();
    for (i, name) in [
        (1, intern!(py, "wraps")),
        (2, intern!(py, "partial")),
        (3, intern!(py, "update_wrapper")),
    ] {
        match fdict.get_item(name)? {
            Some(v) if v.is(&orig.get_item(i)?) => {}
            _ => return Ok(false),
        }
    }
    // The builtins: not shadowed in the module, and still the ones recorded at import
    // (`g["_wrap_builtins"]`, in [`WRAP_BUILTINS`] order).
    let Some(recorded) = g.get_item(intern!(py, "_wrap_builtins"))? else {
        return Ok(false);
    };
    let recorded = recorded.cast_into::<PyTuple>()?;
    let builtins = wrap_builtins_dict(py)?;
    for (i, name) in WRAP_BUILTINS.iter().enumerate() {
        let name = PyString::intern(py, name);
        if g.contains(&name)? {
            return Ok(false);
        }
        match builtins.get_item(&name)? {
            Some(v) if v.is(&recorded.get_item(i)?) => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// The `builtins` module's dictionary, where the standard step finds `getattr` & co.
fn wrap_builtins_dict(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    Ok(py.import(intern!(py, "builtins"))?.dict())
}

/// [`wraps_untouched`], answered by the kept verdict where there is one.
pub(crate) fn wraps_untouched_kept(g: &Bound<'_, PyDict>) -> PyResult<bool> {
    match verdict(g)? {
        Some(v) => Ok(v.wraps_ok),
        None => wraps_untouched(g),
    }
}

/// Whether the system calls of a native call are the standard module's: its `_os` global is
/// still the `os` module (`mock.patch.object(tempfile, "_os")` replaces it), and no `os`
/// function pytempfile calls was replaced ([`os_untouched`]).
pub(crate) fn os_native(g: &Bound<'_, PyDict>) -> PyResult<bool> {
    let py = g.py();
    match g.get_item(intern!(py, "_os"))? {
        Some(m) if m.is(io_types(py)?.os.bind(py)) => os_untouched(py),
        _ => Ok(false),
    }
}

/// Whether resolving `dir=None` natively is what the standard module's `gettempdir()` /
/// `gettempdirb()` would do (none of the functions on that path replaced, and, when the
/// probe will run, its names and system calls are the module's own).
pub(crate) fn default_dir_native(g: &Bound<'_, PyDict>, kind: PathKind) -> PyResult<bool> {
    let py = g.py();
    let outer = match kind {
        PathKind::Str => Hook::Gettempdir,
        PathKind::Bytes => Hook::Gettempdirb,
    };
    if replaced(g, &[outer, Hook::GettempdirInner])? {
        return Ok(false);
    }
    let unset = g
        .get_item(intern!(py, "tempdir"))?
        .is_none_or(|t| t.is_none());
    if unset
        && (replaced(
            g,
            &[
                Hook::GetDefaultTempdir,
                Hook::CandidateTempdirList,
                Hook::RandomNameSequence,
                Hook::BinOpenflags,
            ],
        )? || !os_native(g)?)
    {
        return Ok(false);
    }
    Ok(true)
}

/// `Ok(None)` for an error only the Python path reproduces exactly: a `str` the file-system
/// encoding cannot encode (CPython raises it at the system call, for the whole path).
pub(crate) fn or_decline<T>(py: Python<'_>, r: PyResult<T>) -> PyResult<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance_of::<pyo3::exceptions::PyUnicodeEncodeError>(py) => Ok(None),
        Err(e) => Err(e),
    }
}

/// CPython's `_infer_return_type(*args)`, step by step: argument after argument, a path-like's
/// `__fspath__` called in its turn, the first mix of bytes and non-bytes raising; all `None`:
/// `str` unless `tempdir` holds something else. Nothing is encoded.
pub(crate) fn infer(g: &Bound<'_, PyDict>, args: &[&Bound<'_, PyAny>]) -> PyResult<PathKind> {
    let py = g.py();
    let c = interp(py)?;
    let mut kind = None;
    for a in args {
        if a.is_none() {
            continue;
        }
        let k = if a.is_instance(c.os_pathlike.bind(py))? {
            if c.os_fspath
                .bind(py)
                .call1((*a,))?
                .is_instance_of::<PyBytes>()
            {
                PathKind::Bytes
            } else {
                PathKind::Str
            }
        } else if a.is_instance_of::<PyBytes>() {
            PathKind::Bytes
        } else {
            PathKind::Str
        };
        match kind {
            Some(prev) if prev != k => {
                return Err(PyTypeError::new_err(pytempfile::args::MIX_MESSAGE));
            }
            _ => kind = Some(k),
        }
    }
    if let Some(k) = kind {
        return Ok(k);
    }
    Ok(match g.get_item(intern!(py, "tempdir"))? {
        Some(t) if !t.is_none() && !t.is_instance_of::<PyString>() => PathKind::Bytes,
        _ => PathKind::Str,
    })
}

static AUDIT_HOOK: std::sync::OnceLock<AuditHook> = std::sync::OnceLock::new();

/// The hook every call's module state raises its audit events through (one per process: no
/// allocation per call). The module reports nothing else to Python through the crate: its
/// warnings are raised by the Python side.
fn audit_hook() -> AuditHook {
    Arc::clone(AUDIT_HOOK.get_or_init(new_audit_hook))
}

/// Raises audit events as `sys.audit` does (`PySys_Audit`), the path object built only when
/// a hook will see it.
fn new_audit_hook() -> AuditHook {
    Arc::new(|name: &'static str, kind: PathKind, path: &[u8]| {
        Python::attach(|py| {
            let event = match name {
                "tempfile.mkstemp" => std::borrow::Cow::Borrowed(c"tempfile.mkstemp"),
                "tempfile.mkdtemp" => std::borrow::Cow::Borrowed(c"tempfile.mkdtemp"),
                other => match std::ffi::CString::new(other) {
                    Ok(c) => std::borrow::Cow::Owned(c),
                    Err(_) => return,
                },
            };
            // A hook's exception is not raised (docs/divergences.md: events are reported from
            // inside the Rust loop).
            let _ = audit_path(py, &event, &mut || match kind {
                PathKind::Str => fsdecode(py, path),
                PathKind::Bytes => Ok(PyBytes::new(py, path).into_any()),
            });
        });
    })
}

/// A module instance for calls that read no global (CPython's TemporaryFile opener and
/// `_rmtree` only call `os`): the seam, the version and the audit sink.
pub(crate) fn light_state(py: Python<'_>) -> PyResult<Tempfile> {
    Ok(Tempfile::builder()
        .os(seam(py)?)
        .version(py_version(py))
        .audit_hook(audit_hook())
        .build())
}

/// The module's state for one call, read from its globals.
pub(crate) struct Call {
    pub(crate) t: Tempfile,
}

/// Read the module globals into a [`Tempfile`] for one call; `None` when one of them is a
/// value only the Python path handles as CPython does (a `tempdir` or `template` the
/// file-system encoding cannot encode, a `TMP_MAX` that is not an integer).
pub(crate) fn module_state(py: Python<'_>, g: &Bound<'_, PyDict>) -> PyResult<Option<Call>> {
    let t = Tempfile::builder()
        .os(libc_seam())
        .version(py_version(py))
        .audit_hook(audit_hook())
        .build();
    if let Some(v) = g.get_item(intern!(py, "TMP_MAX"))? {
        // range(TMP_MAX): an integer (negative: no attempt), anything else raises there.
        match v.extract::<i128>() {
            Ok(n) => t.set_tmp_max(u64::try_from(n.max(0)).unwrap_or(u64::MAX)),
            Err(_) => return Ok(None),
        }
    }
    if let Some(v) = g.get_item(intern!(py, "tempdir"))? {
        let Some(a) = or_decline(py, to_arg(&v))? else {
            return Ok(None);
        };
        t.set_tempdir(a);
    }
    if let Some(v) = g.get_item(intern!(py, "template"))? {
        let Some(a) = or_decline(py, to_arg_value(&v))? else {
            return Ok(None);
        };
        t.set_template(a);
    }
    // `_O_TMPFILE_WORKS` is read by `TemporaryFile` alone, when it gets there, as the standard
    // module reads it (`fast_io`): asking its truth here too would run a `__bool__` twice.
    Ok(Some(Call { t }))
}

/// The names a call that draws candidate names and makes system calls uses natively, or
/// `None` when it cannot: the names are not the module's own plain sequence, or an `os`
/// function was replaced.
pub(crate) fn names_and_os_native(g: &Bound<'_, PyDict>) -> PyResult<Option<Names>> {
    if !os_native(g)? {
        return Ok(None);
    }
    crate::names::native_names(g)
}

/// Install the names of a call on its module state.
pub(crate) fn use_names(call: &Call, names: Names) {
    if let Names::Forced(src) = names {
        call.t.set_name_source(Some(src));
    }
}

/// `_sanitize_params`'s arguments as the crate's [`pytempfile::Params`].
pub(crate) fn params(
    suffix: &Bound<'_, PyAny>,
    prefix: &Bound<'_, PyAny>,
    dir: &Bound<'_, PyAny>,
) -> PyResult<pytempfile::Params> {
    Ok(pytempfile::Params::new()
        .suffix_opt(to_arg(suffix)?)
        .prefix_opt(to_arg(prefix)?)
        .dir_opt(to_arg(dir)?))
}

/// What `_sanitize_params` does natively, or `None` when the Python path must run it (see the
/// module docs): the inferred kind, then the module state and the converted arguments.
pub(crate) fn sanitize_natively(
    g: &Bound<'_, PyDict>,
    prefix: &Bound<'_, PyAny>,
    suffix: &Bound<'_, PyAny>,
    dir: &Bound<'_, PyAny>,
) -> PyResult<Option<(Call, pytempfile::Params)>> {
    let py = g.py();
    if let Some(v) = verdict(g)? {
        return sanitize_kept(&v, g, prefix, suffix, dir);
    }
    if replaced(g, &[Hook::InferReturnType])? {
        return Ok(None);
    }
    let kind = infer(g, &[prefix, suffix, dir])?;
    if dir.is_none() && !default_dir_native(g, kind)? {
        return Ok(None);
    }
    let Some(call) = module_state(py, g)? else {
        return Ok(None);
    };
    let Some(p) = or_decline(py, params(suffix, prefix, dir))? else {
        return Ok(None);
    };
    Ok(Some((call, p)))
}

/// Store a `tempdir` the call computed back into the module globals (as the `str` CPython
/// would store), keeping an already stored object (identity matters: `gettempdir() is
/// gettempdir()`).
pub(crate) fn sync_tempdir(py: Python<'_>, g: &Bound<'_, PyDict>, t: &Tempfile) -> PyResult<()> {
    let current = g.get_item(intern!(py, "tempdir"))?;
    if current.as_ref().is_some_and(|c| !c.is_none()) {
        return Ok(());
    }
    if let Some(Arg::Str(b)) = t.tempdir() {
        g.set_item("tempdir", fsdecode(py, &b)?)?;
    }
    Ok(())
}

/// The module state and the arguments of `_mkstemp_inner(dir, pre, suf, flags, output_type)`
/// for its native callers, with the call's `names` installed; `None` (decline) when a global
/// or an argument is one only the Python path handles as CPython does.
pub(crate) fn inner_args(
    g: &Bound<'_, PyDict>,
    names: Names,
    dir: &Bound<'_, PyAny>,
    pre: &Bound<'_, PyAny>,
    suf: &Bound<'_, PyAny>,
    output_type: &Bound<'_, PyAny>,
) -> PyResult<Option<(Call, pytempfile::Sanitized)>> {
    let py = g.py();
    let kind = kind_of(py, output_type);
    let Some(call) = module_state(py, g)? else {
        return Ok(None);
    };
    use_names(&call, names);
    let conv = || -> PyResult<(Arg, Arg, Arg)> {
        Ok((to_arg_value(dir)?, to_affix(pre)?, to_affix(suf)?))
    };
    let Some((dir, prefix, suffix)) = or_decline(py, conv())? else {
        return Ok(None);
    };
    Ok(Some((
        call,
        pytempfile::Sanitized {
            dir,
            prefix,
            suffix,
            kind,
        },
    )))
}

/// The native start of a call that creates something (`mkstemp`, `mkdtemp`, the file
/// classes), or `None` (decline): none of `hooks` (the functions the standard module calls on
/// its way) replaced, the candidate names the module's own plain sequence, `os` untouched, and
/// [`sanitize_natively`]'s rules met. The call's names are installed on its module state.
pub(crate) fn creating_call(
    g: &Bound<'_, PyDict>,
    hooks: &[Hook],
    prefix: &Bound<'_, PyAny>,
    suffix: &Bound<'_, PyAny>,
    dir: &Bound<'_, PyAny>,
) -> PyResult<Option<(Call, pytempfile::Params)>> {
    if let Some(v) = verdict(g)? {
        // The same rules, in the same order, answered by the kept verdict.
        if v.replaced(hooks) || v.names_and_os().is_none() {
            return Ok(None);
        }
        return sanitize_kept(&v, g, prefix, suffix, dir);
    }
    if replaced(g, hooks)? {
        return Ok(None);
    }
    let Some(names) = names_and_os_native(g)? else {
        return Ok(None);
    };
    let Some((call, p)) = sanitize_natively(g, prefix, suffix, dir)? else {
        return Ok(None);
    };
    use_names(&call, names);
    Ok(Some((call, p)))
}

/// [`sanitize_natively`] with the kept verdict's answers (its names already installed).
fn sanitize_kept(
    v: &Verdict,
    g: &Bound<'_, PyDict>,
    prefix: &Bound<'_, PyAny>,
    suffix: &Bound<'_, PyAny>,
    dir: &Bound<'_, PyAny>,
) -> PyResult<Option<(Call, pytempfile::Params)>> {
    let py = g.py();
    if v.replaced(&[Hook::InferReturnType]) {
        return Ok(None);
    }
    let kind = infer_kept(v, g, &[prefix, suffix, dir])?;
    if dir.is_none() && !v.default_dir_ok(kind) {
        return Ok(None);
    }
    let Some(call) = v.state() else {
        return Ok(None);
    };
    let Some(p) = or_decline(py, params(suffix, prefix, dir))? else {
        return Ok(None);
    };
    Ok(Some((call, p)))
}

/// `_sanitize_params` run natively on the call's state, taking the converted arguments. The
/// default directory it resolved (`dir` was `None`) is stored back into `tempdir` even when
/// sanitizing then fails, as the standard module's `gettempdir()` stores it: the outer error
/// is that store's, the inner one sanitizing's. A given `dir` resolves nothing (CPython calls
/// `gettempdir()` only for `None`), so there is nothing to store.
pub(crate) fn sanitize(
    g: &Bound<'_, PyDict>,
    call: &Call,
    p: pytempfile::Params,
    dir: &Bound<'_, PyAny>,
) -> PyResult<PyResult<pytempfile::Sanitized>> {
    let py = g.py();
    let s = run(py, || call.t.sanitize_params_into(p));
    if dir.is_none() {
        sync_tempdir(py, g, &call.t)?;
    }
    Ok(s)
}

/// What the decline rules answer for the module as it is now, decided once and kept until
/// something they read changes (the module's globals, `os`'s, `io`'s, `functools`'s and
/// `builtins`'s dictionaries: [`crate::capi`]; the candidate-name sequence: [`SeqGuard`]). The
/// answers are those of [`replaced`], [`os_native`], [`io_untouched`], [`wraps_untouched`],
/// [`crate::names::native_names`], [`default_dir_native`] and [`module_state`], computed by
/// those very functions.
///
/// Only a module whose globals are plain values is kept ([`Verdict::keepable`]): `TMP_MAX` an
/// `int`, `tempdir` and `template` `None`, `str` or `bytes`, `_O_TMPFILE_WORKS` a `bool`. Reading
/// any other value may run Python code (`__index__`, `__fspath__`, `__bool__`) that CPython runs
/// at every call, so then every call decides again, step by step, as before.
pub(crate) struct Verdict {
    /// The globals decided on (another module object decides for itself).
    g: Py<PyDict>,
    stamp: Stamp,
    /// The candidate-name sequence when decided: the object, its class, the class's version
    /// tag and the object's own `__dict__` (one assigned in its place need not change the old
    /// one, which another reference may keep alive).
    seq: Option<SeqGuard>,
    /// Bit `i`: [`HOOKS`]`[i]` was replaced.
    replaced: u16,
    os_ok: bool,
    io_ok: bool,
    /// [`wraps_untouched`]'s answer.
    wraps_ok: bool,
    names: Option<Names>,
    /// [`default_dir_native`] for `str`, then `bytes`.
    default_dir_ok: [bool; 2],
    /// The module state (with the names installed), or `None` where the call declines.
    state: Option<Tempfile>,
    /// `_infer_return_type()` with every argument `None`.
    all_none: PathKind,
    /// `_bin_openflags` when it is an `int` that fits (read then: a global's change ends the
    /// verdict).
    bin_openflags: Option<i32>,
    /// `_O_TMPFILE_WORKS` (a `bool`: [`Verdict::keepable`]), `None` when the module has none.
    o_tmpfile_works: Option<bool>,
}

/// What a [`Verdict`] decided on about the candidate-name sequence: the object, its class,
/// the class's version tag, the object's own `__dict__` and in it the entries the rules read
/// ([`seq_entries`]). The entries are compared at every call rather than watched: CPython 3.13
/// stores an attribute of an instance whose dictionary shares its inline values without telling
/// the dictionary's watchers. The dictionary itself is compared too: one assigned in its place
/// need not change the old one, which another reference may keep alive.
struct SeqGuard {
    obj: Py<PyAny>,
    ty: Py<PyType>,
    tag: u32,
    dict: Option<Py<PyDict>>,
    entries: [Option<Py<PyAny>>; 3],
}

/// The entries of a sequence's `__dict__` that [`crate::names`] reads, as they are now: an
/// alphabet or a generator of its own (`characters`, `_rng`), names forced on it
/// (`_forced_names`).
fn seq_entries(dict: Option<&Bound<'_, PyDict>>) -> PyResult<[Option<Py<PyAny>>; 3]> {
    let Some(d) = dict else {
        return Ok([None, None, None]);
    };
    let py = d.py();
    let get = |k: &Bound<'_, PyString>| -> PyResult<Option<Py<PyAny>>> {
        Ok(d.get_item(k)?.map(Bound::unbind))
    };
    Ok([
        get(intern!(py, "characters"))?,
        get(intern!(py, "_rng"))?,
        get(intern!(py, "_forced_names"))?,
    ])
}

impl SeqGuard {
    /// Whether the sequence is still what the verdict decided on.
    fn holds(&self, py: Python<'_>) -> bool {
        let (obj, ty) = (self.obj.bind(py), self.ty.bind(py));
        if !obj.get_type().is(ty) || type_version(ty) != Some(self.tag) {
            return false;
        }
        let now = instance_dict(obj);
        let same_dict = match (&now, &self.dict) {
            (Some(now), Some(then)) => now.is(then.bind(py)),
            (None, None) => true,
            _ => false,
        };
        same_dict
            && match seq_entries(now.as_ref()) {
                Ok(entries) => entries
                    .iter()
                    .zip(&self.entries)
                    .all(|(a, b)| match (a, b) {
                        (Some(a), Some(b)) => a.is(b),
                        (None, None) => true,
                        _ => false,
                    }),
                Err(_) => false,
            }
    }
}

/// How many verdicts were decided (a test seam: `_native.verdicts_decided()`; an unchanged
/// module decides no new one).
pub(crate) static DECIDED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// `_native.verdicts_decided()`: see [`DECIDED`].
#[pyfunction]
pub(crate) fn verdicts_decided() -> u64 {
    DECIDED.load(std::sync::atomic::Ordering::Relaxed)
}

/// The verdict kept for the last module that asked.
static VERDICT: std::sync::Mutex<Option<Arc<Verdict>>> = std::sync::Mutex::new(None);

impl Verdict {
    /// Whether the globals that [`module_state`] reads can be read without running Python code.
    fn keepable(g: &Bound<'_, PyDict>) -> PyResult<bool> {
        let py = g.py();
        let plain_path = |v: Option<Bound<'_, PyAny>>| {
            v.is_none_or(|v| {
                v.is_none()
                    || v.is_exact_instance_of::<PyString>()
                    || v.is_exact_instance_of::<PyBytes>()
            })
        };
        Ok(g.get_item(intern!(py, "TMP_MAX"))?
            .is_none_or(|v| v.is_exact_instance_of::<pyo3::types::PyInt>())
            && plain_path(g.get_item(intern!(py, "tempdir"))?)
            && plain_path(g.get_item(intern!(py, "template"))?)
            && g.get_item(intern!(py, "_O_TMPFILE_WORKS"))?
                .is_none_or(|v| v.is_exact_instance_of::<pyo3::types::PyBool>()))
    }

    /// Decide everything for `g`, or `None` when the answers cannot be kept.
    fn decide(g: &Bound<'_, PyDict>) -> PyResult<Option<Verdict>> {
        let py = g.py();
        if !Self::keepable(g)? {
            return Ok(None);
        }
        // The very dictionaries the rules read: `os` as [`os_untouched`] compares it, `io` as
        // [`io_untouched`] does.
        let os_dict = crate::seam::os_dict(py)?;
        let io_dict = io_types(py)?
            .io
            .bind(py)
            .cast::<pyo3::types::PyModule>()?
            .dict();
        let seq = g
            .get_item(intern!(py, "_name_sequence"))?
            .filter(|s| !s.is_none());
        // And `functools`'s and `builtins`'s, for [`wraps_untouched`].
        let mut dicts = vec![g.clone(), os_dict, io_dict, wrap_builtins_dict(py)?];
        if let Some(f) = wrap_functools(g)? {
            dicts.push(f.dict());
        }
        let mut seq_guard = None;
        if let Some(seq) = &seq {
            let ty = seq.get_type();
            // A lookup gives the class a version tag if it has none; the tag is read before
            // anything is decided, so a change from then on shows.
            let _ = ty.getattr(intern!(py, "__next__"));
            let Some(tag) = type_version(&ty) else {
                return Ok(None);
            };
            let dict = instance_dict(seq);
            let entries = seq_entries(dict.as_ref())?;
            seq_guard = Some(SeqGuard {
                obj: seq.clone().unbind(),
                ty: ty.unbind(),
                tag,
                dict: dict.map(Bound::unbind),
                entries,
            });
        }
        let refs: Vec<&Bound<'_, PyDict>> = dicts.iter().collect();
        let Some(stamp) = Stamp::take(&refs) else {
            return Ok(None);
        };
        DECIDED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut mask = 0u16;
        for (i, h) in ALL_HOOKS.iter().enumerate() {
            if replaced(g, &[*h])? {
                mask |= 1 << i;
            }
        }
        let names = crate::names::native_names(g)?;
        let state = module_state(py, g)?;
        if let (Some(call), Some(Names::Forced(src))) = (&state, &names) {
            call.t.set_name_source(Some(Arc::clone(src)));
        }
        let tempdir = g.get_item(intern!(py, "tempdir"))?;
        let bin_openflags = match g.get_item(intern!(py, "_bin_openflags"))? {
            Some(f) if f.is_exact_instance_of::<pyo3::types::PyInt>() => f.extract::<i32>().ok(),
            _ => None,
        };
        let o_tmpfile_works = match g.get_item(intern!(py, "_O_TMPFILE_WORKS"))? {
            Some(w) => Some(w.is_truthy()?),
            None => None,
        };
        Ok(Some(Verdict {
            g: g.clone().unbind(),
            stamp,
            seq: seq_guard,
            replaced: mask,
            os_ok: os_native(g)?,
            io_ok: io_untouched(g)?,
            wraps_ok: wraps_untouched(g)?,
            names,
            default_dir_ok: [
                default_dir_native(g, PathKind::Str)?,
                default_dir_native(g, PathKind::Bytes)?,
            ],
            state: state.map(|c| c.t),
            all_none: match tempdir {
                Some(t) if !t.is_none() && !t.is_instance_of::<PyString>() => PathKind::Bytes,
                _ => PathKind::Str,
            },
            bin_openflags,
            o_tmpfile_works,
        }))
    }

    /// Whether this verdict still answers for `g`.
    fn holds(&self, g: &Bound<'_, PyDict>) -> bool {
        let py = g.py();
        self.g.as_ptr() == g.as_ptr()
            && self.stamp.unchanged(py)
            && self.seq.as_ref().is_none_or(|s| s.holds(py))
    }

    /// Whether any of `hooks` was replaced.
    pub(crate) fn replaced(&self, hooks: &[Hook]) -> bool {
        hooks
            .iter()
            .any(|h| self.replaced & (1 << (*h as u16)) != 0)
    }

    /// [`names_and_os_native`]'s answer.
    pub(crate) fn names_and_os(&self) -> Option<Names> {
        if !self.os_ok {
            return None;
        }
        self.names.clone()
    }

    /// [`io_untouched`]'s answer.
    pub(crate) fn io_ok(&self) -> bool {
        self.io_ok
    }

    /// `_bin_openflags`, when it is an `int` that fits an `i32`.
    pub(crate) fn bin_openflags(&self) -> Option<i32> {
        self.bin_openflags
    }

    /// `bool(_O_TMPFILE_WORKS)`, when the module has one.
    pub(crate) fn o_tmpfile_works(&self) -> Option<bool> {
        self.o_tmpfile_works
    }

    /// [`default_dir_native`]'s answer.
    pub(crate) fn default_dir_ok(&self, kind: PathKind) -> bool {
        self.default_dir_ok[usize::from(kind == PathKind::Bytes)]
    }

    /// [`module_state`]'s answer, with the call's names installed.
    pub(crate) fn state(&self) -> Option<Call> {
        self.state.as_ref().map(|t| Call { t: t.clone() })
    }
}

/// Every hook, in [`HOOKS`] order.
const ALL_HOOKS: [Hook; 12] = [
    Hook::SanitizeParams,
    Hook::InferReturnType,
    Hook::Gettempdir,
    Hook::Gettempdirb,
    Hook::GettempdirInner,
    Hook::GetDefaultTempdir,
    Hook::CandidateTempdirList,
    Hook::RandomNameSequence,
    Hook::MkstempInner,
    Hook::Exists,
    Hook::BinOpenflags,
    Hook::TextOpenflags,
];

/// The kept verdict for `g` (decided again when something it read changed), or `None` when
/// the module's globals cannot be decided on once (see [`Verdict`]): the caller then runs the
/// rules step by step.
pub(crate) fn verdict(g: &Bound<'_, PyDict>) -> PyResult<Option<Arc<Verdict>>> {
    if !crate::capi::CAN_STAMP {
        return Ok(None);
    }
    // Checked with the lock released: the check may allocate (an instance dictionary), and
    // an allocation may run a collection, finalizers, and a native call from one of them.
    let kept = VERDICT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone();
    if let Some(v) = kept {
        if v.holds(g) {
            return Ok(Some(v));
        }
    }
    // The old verdict goes first, with the lock released: dropping it may run Python code (a
    // finalizer), and may free a watched dictionary, which would make the new one stale.
    let old = VERDICT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take();
    drop(old);
    let decided = Verdict::decide(g)?.map(Arc::new);
    let _other = std::mem::replace(
        &mut *VERDICT
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner),
        decided.clone(),
    );
    Ok(decided)
}

/// `_infer_return_type(*args)` as [`infer`] computes it, without a Python call for the common
/// arguments: `None`, `str` and `bytes` objects of exactly those types (`os.fspath` would return
/// them unchanged, so whether their class is a registered `os.PathLike` does not matter).
pub(crate) fn infer_kept(
    v: &Verdict,
    g: &Bound<'_, PyDict>,
    args: &[&Bound<'_, PyAny>],
) -> PyResult<PathKind> {
    let mut kind = None;
    for a in args {
        let k = if a.is_none() {
            continue;
        } else if a.is_exact_instance_of::<PyString>() {
            PathKind::Str
        } else if a.is_exact_instance_of::<PyBytes>() {
            PathKind::Bytes
        } else {
            return infer(g, args);
        };
        match kind {
            Some(prev) if prev != k => {
                return Err(PyTypeError::new_err(pytempfile::args::MIX_MESSAGE));
            }
            _ => kind = Some(k),
        }
    }
    Ok(kind.unwrap_or(v.all_none))
}
