//! A case of the Python-level differential: forced names and a sequence of operations, each
//! naming a module function, a slot's object or a change to the world, with every argument a
//! Python expression (evaluated by `conformance/py/pydiff.py` in a namespace that differs
//! between the sides only in the sandbox it names). Regression files hold a case as JSON.

use serde::{Deserialize, Serialize};

/// One argument: a keyword (or `None` for a positional one) and a Python expression.
pub type Arg = (Option<String>, String);

/// One operation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum PyOp {
    /// `S[slot] = func(*args)`: a class or function of the module (`H.Spool`, `H.Dir`,
    /// `H.Seq`, ... are the side's hooked subclasses).
    Create {
        /// Slot 0..4.
        slot: u8,
        /// The module attribute (or `H.<name>`).
        func: String,
        /// Arguments.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        args: Vec<Arg>,
    },
    /// `func(*args)`, the result observed (descriptors from `mkstemp` are closed at the end).
    Call {
        /// The module attribute.
        func: String,
        /// Arguments.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        args: Vec<Arg>,
    },
    /// `S[slot].<name>(*args)`; `name` may be dotted (`_file.write`, `_closer.cleanup`).
    Method {
        /// Slot.
        slot: u8,
        /// Method name.
        name: String,
        /// Arguments.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        args: Vec<Arg>,
    },
    /// `S[slot].<name>` (dotted allowed).
    Get {
        /// Slot.
        slot: u8,
        /// Attribute.
        name: String,
    },
    /// `S[slot].<name> = value`.
    Set {
        /// Slot.
        slot: u8,
        /// Attribute.
        name: String,
        /// Expression.
        value: String,
    },
    /// `del S[slot].<name>`.
    Del {
        /// Slot.
        slot: u8,
        /// Attribute.
        name: String,
    },
    /// `S[slot].__enter__()`.
    Enter {
        /// Slot.
        slot: u8,
    },
    /// `S[slot].__exit__(...)`, with a `ValueError` in flight when `exc`.
    Exit {
        /// Slot.
        slot: u8,
        /// Whether an exception is passed.
        exc: bool,
    },
    /// `next()` `n` times on `iter(S[slot])` (one iterator per slot).
    Next {
        /// Slot.
        slot: u8,
        /// How many.
        n: u8,
    },
    /// `S[slot] = None` (the object dies if nothing else holds it).
    Drop {
        /// Slot.
        slot: u8,
    },
    /// `gc.collect()` (automatic collection is off during a case).
    Gc,
    /// `t.<name> = value`: a module global.
    Global {
        /// Global name.
        name: String,
        /// Expression.
        value: String,
    },
    /// Replace a module global by a hook: a logging wrapper around a function, or a hooked
    /// subclass for `_TemporaryFileWrapper`, `_TemporaryFileCloser`, `_RandomNameSequence`.
    Hook {
        /// Global name.
        name: String,
    },
    /// Run `inner` with `os.<name>` replaced by a logging wrapper that fails its `fail.0`-th
    /// call with `OSError(fail.1)` when `fail` is set.
    WithOs {
        /// The `os` function.
        name: String,
        /// (call number, errno).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        fail: Option<(u32, i32)>,
        /// The operation run meanwhile.
        inner: Box<PyOp>,
    },
    /// Where the candidate names come from. `endless`, `finite`, `cycle`: the module's own
    /// function and a plain sequence handing out `names` (then `n0000000`, ...; then
    /// `StopIteration`; then again from the start); `seeded_rng`: a plain sequence whose `rng`
    /// was seeded with `seed`. Replacing `_get_candidate_names`: `iterator` (an endless
    /// iterator), `list` (a list, not an iterator), `bytes`, `ints` (iterators of bytes or
    /// ints), `raises`. Replacing the sequence: `sequence`, `sequence_ab`, `sequence_next`
    /// (subclasses with a seeded `rng`, other `characters`, their own `__next__`), `class`
    /// (the `_RandomNameSequence` global).
    Names {
        /// The provider.
        kind: String,
        /// Its names (where it has a list).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        names: Vec<String>,
        /// Its seed (where it draws from a seeded `random.Random`).
        #[serde(default)]
        seed: u64,
    },
    /// Set (or, with no value, unset) `TMPDIR`, `TEMP` or `TMP`.
    Env {
        /// Variable.
        var: String,
        /// Expression, or `None` to unset.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<String>,
    },
    /// A change to the sandbox: `file`, `dir`, `symlink` (to `target`), `fifo`, `remove`,
    /// `chmod` (to `mode`) at `path` (an expression).
    Fs {
        /// What to do.
        action: String,
        /// Where (expression).
        path: String,
        /// The symlink's target (expression).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        target: Option<String>,
        /// The mode for `chmod`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        mode: Option<u32>,
        /// The entry is a TemporaryDirectory's top (a fifo there hangs CPython before 3.13).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        top: bool,
    },
    /// The module's surface: names, signatures, classes' attributes.
    Surface,
}

impl PyOp {
    /// The slot the operation works on, if any.
    pub fn slot(&self) -> Option<u8> {
        match self {
            PyOp::Method { slot, .. }
            | PyOp::Get { slot, .. }
            | PyOp::Set { slot, .. }
            | PyOp::Del { slot, .. }
            | PyOp::Enter { slot }
            | PyOp::Exit { slot, .. }
            | PyOp::Next { slot, .. }
            | PyOp::Drop { slot } => Some(*slot),
            PyOp::WithOs { inner, .. } => inner.slot(),
            _ => None,
        }
    }
}

/// A case: the forced names and the operations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    /// The names `_get_candidate_names()` hands out first (then `n0000000`, `n0000001`, ...).
    pub names: Vec<String>,
    /// The operations.
    pub ops: Vec<PyOp>,
}
