//! The call and its decline rules: the module state one native call reads from the module's
//! globals ([`module_state`]), and whether the call may run natively at all.
//!
//! The standard module's functions reach each other through module globals ([`HOOKS`]:
//! `mkstemp` calls `_sanitize_params` and `_mkstemp_inner`, which call `_infer_return_type`,
//! `gettempdir`, `_get_candidate_names`, ...) and the system through `os`. A native function
//! does all of that in one call, so it *declines* (returns `None`) when that could show: a
//! global it stands for was replaced (compared by identity with the module's `_originals`,
//! recorded at import: [`replaced`]), an `os` function was replaced ([`crate::seam`]), the
//! candidate names are not the module's own plain sequence ([`crate::names`]), or a `str`
//! argument cannot be encoded to the file-system encoding (CPython raises that only at the
//! system call, with the whole path: [`or_decline`]). The Python module then takes the
//! standard module's steps in Python. Arguments are checked in CPython's order first
//! ([`infer`]), so the errors that precede any of this are raised here.
//!
//! Late binding, as CPython's test suite requires: each call reads the globals (`tempdir`,
//! `template`, `TMP_MAX`, `_get_candidate_names`, `_O_TMPFILE_WORKS`,
//! `_candidate_tempdir_list`) when it runs.
//!
//! Depends on [`crate::interp`], [`crate::convert`], [`crate::error`], [`crate::seam`] and
//! [`crate::names`].

use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyString, PyTuple};
use pytempfile::{Arg, Event, EventSink, PathKind, Tempfile};

use crate::convert::{fsdecode, kind_of, path_obj, to_affix, to_arg, to_arg_value};
use crate::error::run;
use crate::interp::{interp, py_version};
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
        )? || !os_untouched(py)?)
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

static EVENT_SINK: std::sync::OnceLock<EventSink> = std::sync::OnceLock::new();

/// The sink every call's module state reports to (one per process: no allocation per call).
fn event_sink() -> EventSink {
    Arc::clone(EVENT_SINK.get_or_init(new_event_sink))
}

/// Delivers audit events to `sys.audit` (the other events are the Python side's business).
fn new_event_sink() -> EventSink {
    Arc::new(|e: &Event| {
        if let Event::Audit { name, path } = e {
            Python::attach(|py| {
                if let (Ok(p), Ok(c)) = (path_obj(py, path), interp(py)) {
                    let _ = c.sys_audit.bind(py).call1((*name, p));
                }
            });
        }
    })
}

/// A module instance for calls that read no global (CPython's TemporaryFile opener and
/// `_rmtree` only call `os`): the seam, the version and the audit sink.
pub(crate) fn light_state(py: Python<'_>) -> PyResult<Tempfile> {
    Ok(Tempfile::builder()
        .os(seam(py)?)
        .version(py_version(py))
        .events(event_sink())
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
        .events(event_sink())
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
    if let Some(v) = g.get_item(intern!(py, "_O_TMPFILE_WORKS"))? {
        t.set_o_tmpfile_works(v.is_truthy()?);
    }
    Ok(Some(Call { t }))
}

/// The names a call that draws candidate names and makes system calls uses natively, or
/// `None` when it cannot: the names are not the module's own plain sequence, or an `os`
/// function was replaced.
pub(crate) fn names_and_os_native(g: &Bound<'_, PyDict>) -> PyResult<Option<Names>> {
    if !os_untouched(g.py())? {
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

/// `_sanitize_params` run natively on the call's state. The default directory it resolved is
/// stored back into `tempdir` even when sanitizing then fails, as the standard module's
/// `gettempdir()` stores it: the outer error is that store's, the inner one sanitizing's.
pub(crate) fn sanitize(
    g: &Bound<'_, PyDict>,
    call: &Call,
    p: &pytempfile::Params,
) -> PyResult<PyResult<pytempfile::Sanitized>> {
    let py = g.py();
    let s = run(py, || call.t.sanitize_params(p));
    sync_tempdir(py, g, &call.t)?;
    Ok(s)
}
