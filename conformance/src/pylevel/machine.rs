//! The scenario generator of the Python-level differential: a proptest reference state machine
//! whose state is what each of the four slots holds (so that each object gets the operations of
//! its kind), and whose transitions are [`PyOp`]s with arguments drawn from pools of Python
//! expressions: the usual values first (proptest shrinks towards them), then the bad ones:
//! wrong types, NUL, lone surrogates, path-likes (good and broken), bad modes, encodings, error
//! handlers and newlines, negative and huge sizes, closed objects, replaced globals and hooks.
//!
//! An `int` `dir` for the file classes is only ever `FD()`, a descriptor of `/dev/null` the
//! side opened: `io.open` wraps it, and a literal number would be a descriptor of the test
//! process. The driver skips, symmetrically, the known divergences a sequence would otherwise
//! meet (see `conformance/py/pydiff.py`).

use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, Union};
use proptest_state_machine::ReferenceStateMachine;

use super::case::{Arg, PyOp};

/// Number of object slots.
pub const SLOTS: u8 = 4;

/// What a slot holds (as far as the generator knows: a creation may fail at run time).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `NamedTemporaryFile` (text mode or not).
    Named(bool),
    /// `TemporaryFile`.
    Unnamed(bool),
    /// `SpooledTemporaryFile` (or the hooked subclass).
    Spooled(bool),
    /// `TemporaryDirectory` (or the hooked subclass).
    Dir,
    /// A `_RandomNameSequence` (plain or seeded).
    Seq,
}

/// The generator's state.
#[derive(Clone, Debug)]
pub struct PyModel {
    /// The forced names of the case.
    pub names: Vec<String>,
    /// What each slot holds.
    pub slots: [Option<Kind>; SLOTS as usize],
}

/// The names a case may force (8 characters of the standard alphabet, as real names are).
pub const NAME_POOL: [&str; 6] = [
    "aaaaaaaa", "bbbbbbbb", "cccccccc", "dddd_999", "eeeeeeee", "ffffffff",
];

fn pick(pool: &'static [&'static str]) -> BoxedStrategy<String> {
    proptest::sample::select(pool)
        .prop_map(str::to_string)
        .boxed()
}

/// A keyword argument present with probability `p`.
fn kw(name: &'static str, pool: &'static [&'static str], p: f64) -> BoxedStrategy<Option<Arg>> {
    proptest::option::weighted(p, proptest::sample::select(pool))
        .prop_map(move |o| o.map(|v| (Some(name.to_string()), v.to_string())))
        .boxed()
}

fn args(parts: Vec<BoxedStrategy<Option<Arg>>>) -> BoxedStrategy<Vec<Arg>> {
    parts
        .prop_map(|v| v.into_iter().flatten().collect::<Vec<_>>())
        .boxed()
}

/// Sometimes an argument the function does not take.
fn extra() -> BoxedStrategy<Option<Arg>> {
    proptest::option::weighted(
        0.03,
        prop_oneof![
            Just((Some("bogus".to_string()), "1".to_string())),
            Just((None, "'extra'".to_string())),
        ],
    )
    .boxed()
}

const AFFIX: &[&str] = &[
    "'pre'",
    "''",
    "'.suf'",
    "'x.'",
    "None",
    "b'pre'",
    "b'.suf'",
    "P('pre')",
    "P(b'pre')",
    "StrSub('s')",
    "'sub/'",
    "'../'",
    "R+'/alt/abs-'",
    "'\\xe9t\\xe9'",
    "'a\\x00b'",
    "b'a\\x00b'",
    "'\\udcff'",
    "'\\ud800'",
    "b'\\xff'",
    "'p'*300",
    "1",
    "Obj()",
    "BadP()",
    "BadP(1)",
];

const DIR: &[&str] = &[
    "D",
    "None",
    "D+'/sub'",
    "DB",
    "DB+b'/sub'",
    "P(D)",
    "P(DB)",
    "'sub'",
    "b'sub'",
    "'.'",
    "''",
    "R+'/alt'",
    "D+'/../w//sub/.'",
    "D+'/missing'",
    "D+'/afile'",
    "StrSub(D)",
    "D+'\\x00'",
    "D+'/\\udcff'",
    "D+'/\\ud800'",
    "Obj()",
    "BadP()",
    "BadP(1)",
    "1",
];

/// `dir` for the file classes: an `int` only as `FD()`, a descriptor of `/dev/null` the side
/// opened (see the module docs).
const FILE_DIR: &[&str] = &[
    "D",
    "None",
    "D+'/sub'",
    "DB",
    "P(D)",
    "P(DB)",
    "'sub'",
    "b'sub'",
    "R+'/alt'",
    "D+'/missing'",
    "D+'/afile'",
    "StrSub(D)",
    "D+'\\x00'",
    "D+'/\\udcff'",
    "D+'/\\ud800'",
    "Obj()",
    "BadP()",
    "1.5",
    "FD()",
];

const MODE: &[&str] = &[
    "'w+b'", "'w+'", "'wb+'", "'r+'", "'rb+'", "'a+'", "'ab+'", "'x+'", "'wb'", "'w'", "'rb'",
    "'r'", "'ab'", "'a'", "'xb'", "'z'", "'rw'", "'w+bt'", "''", "'U'", "1", "None",
];

const SPOOL_MODE: &[&str] = &[
    "'w+b'", "'w+'", "'wb+'", "'r+'", "'wb'", "'w'", "'a+'", "'ab+'", "'x+'", "'rb'", "'r'", "'z'",
    "'w+bt'", "1",
];

const BUFFERING: &[&str] = &["-1", "0", "1", "2", "64", "None", "'x'", "1.5", "2**70"];

const ENCODING: &[&str] = &[
    "'utf-8'",
    "None",
    "'latin-1'",
    "'ascii'",
    "'utf-16'",
    "'utf-16-le'",
    "'utf-32'",
    "'utf-8-sig'",
    "'cp1252'",
    "'locale'",
    "'UTF8'",
    "'bogus'",
    "1",
];

const ERRORS: &[&str] = &[
    "'strict'",
    "None",
    "'replace'",
    "'ignore'",
    "'surrogateescape'",
    "'backslashreplace'",
    "'xmlcharrefreplace'",
    "'namereplace'",
    "'surrogatepass'",
    "'bogus'",
    "1",
];

const NEWLINE: &[&str] = &["None", "''", "'\\n'", "'\\r'", "'\\r\\n'", "'x'", "1"];

const BOOLISH: &[&str] = &["True", "False", "0", "1", "'yes'", "None"];

const MAX_SIZE: &[&str] = &[
    "5", "0", "1", "10", "100", "-1", "None", "'x'", "2.5", "2**70",
];

const BIN_DATA: &[&str] = &[
    "b'abc'",
    "b''",
    "b'\\x00\\xff'",
    "b'x'*20",
    "b'l1\\nl2\\r\\nl3\\r'",
    "b'y'*70",
    "bytearray(b'ba')",
    "memoryview(b'mv')",
    "'str'",
    "1",
    "None",
    "[b'a']",
];

const TEXT_DATA: &[&str] = &[
    "'abc'",
    "''",
    "'\\xe9\\u20ac'",
    "'a\\r\\nb\\rc\\n'",
    "'x'*20",
    "'y'*70",
    "'\\udc80'",
    "'\\ud800'",
    "'\\x00'",
    "'\\U0001f600'",
    "StrSub('sub')",
    "b'bytes'",
    "1",
    "None",
];

const BIN_LINES: &[&str] = &[
    "[b'a', b'b\\n']",
    "gen(b'a', b'bc')",
    "[b'x'*8, b'y'*8]",
    "[]",
    "gen(b'a', 'str', b'c')",
    "[b'a', 1]",
    "1",
    "[bytearray(b'q')]",
];

const TEXT_LINES: &[&str] = &[
    "['a', 'b\\n']",
    "gen('ab', 'cd'*5)",
    "['x'*8, 'y'*8]",
    "[]",
    "gen('a', b'b', 'c')",
    "['\\ud800']",
    "1",
    "[None]",
];

const SIZE: &[&str] = &["-1", "0", "1", "3", "100", "None", "'x'", "2.0", "-5"];

const SEEK: &[&[&str]] = &[
    &["0"],
    &["3"],
    &["0", "2"],
    &["0", "1"],
    &["-1"],
    &["100"],
    &["-2", "2"],
    &["1", "1"],
    &["0", "3"],
    &["'x'"],
    &["2**70"],
    &["0", "'x'"],
];

const TRUNC: &[&str] = &["0", "2", "7", "100", "None", "-1", "'x'"];

const READINTO: &[&str] = &["BA(3)", "BA(0)", "BA(50)", "MV(4)", "b'immutable'", "1"];

fn slot_args(
    pool: &'static [&'static str],
    n: std::ops::RangeInclusive<usize>,
) -> BoxedStrategy<Vec<Arg>> {
    proptest::collection::vec(proptest::sample::select(pool), n)
        .prop_map(|v| v.into_iter().map(|x| (None, x.to_string())).collect())
        .boxed()
}

fn method(slot: u8, name: &'static str, a: BoxedStrategy<Vec<Arg>>) -> BoxedStrategy<PyOp> {
    a.prop_map(move |args| PyOp::Method {
        slot,
        name: name.to_string(),
        args,
    })
    .boxed()
}

fn method0(slot: u8, name: &'static str) -> BoxedStrategy<PyOp> {
    Just(PyOp::Method {
        slot,
        name: name.to_string(),
        args: Vec::new(),
    })
    .boxed()
}

fn get(slot: u8, pool: &'static [&'static str]) -> BoxedStrategy<PyOp> {
    pick(pool)
        .prop_map(move |name| PyOp::Get { slot, name })
        .boxed()
}

fn set(slot: u8, name: &'static str, pool: &'static [&'static str]) -> BoxedStrategy<PyOp> {
    pick(pool)
        .prop_map(move |value| PyOp::Set {
            slot,
            name: name.to_string(),
            value,
        })
        .boxed()
}

/// Operations on a file object (binary or text): the I/O surface.
fn file_ops(slot: u8, kind: Kind) -> BoxedStrategy<PyOp> {
    let text = matches!(
        kind,
        Kind::Named(true) | Kind::Unnamed(true) | Kind::Spooled(true)
    );
    let (data, lines) = if text {
        (TEXT_DATA, TEXT_LINES)
    } else {
        (BIN_DATA, BIN_LINES)
    };
    let seek = prop_oneof![
        6 => proptest::sample::select(SEEK)
            .prop_map(|s| s.iter().map(|x| (None, x.to_string())).collect::<Vec<_>>()),
        // A position told earlier (a text file's cookie), from this object or another.
        1 => (0..SLOTS).prop_map(|k| vec![(None, format!("S[{k}].tell()"))]),
    ]
    .boxed();
    let mut v: Vec<(u32, BoxedStrategy<PyOp>)> = vec![
        (12, method(slot, "write", slot_args(data, 1..=1))),
        (3, method(slot, "writelines", slot_args(lines, 1..=1))),
        (6, method(slot, "read", slot_args(SIZE, 0..=1))),
        (3, method(slot, "readline", slot_args(SIZE, 0..=1))),
        (2, method(slot, "readlines", slot_args(SIZE, 0..=1))),
        (6, method(slot, "seek", seek)),
        (4, method0(slot, "tell")),
        (3, method(slot, "truncate", slot_args(TRUNC, 0..=1))),
        (2, method0(slot, "flush")),
        (3, method0(slot, "fileno")),
        (3, method0(slot, "close")),
        (1, method0(slot, "isatty")),
        (1, method0(slot, "readable")),
        (1, method0(slot, "writable")),
        (1, method0(slot, "seekable")),
        (1, method0(slot, "detach")),
        (2, Just(PyOp::Enter { slot }).boxed()),
        (
            2,
            any::<bool>()
                .prop_map(move |exc| PyOp::Exit { slot, exc })
                .boxed(),
        ),
        (
            2,
            (1u8..4).prop_map(move |n| PyOp::Next { slot, n }).boxed(),
        ),
        (
            2,
            get(
                slot,
                &[
                    "name",
                    "mode",
                    "closed",
                    "encoding",
                    "errors",
                    "newlines",
                    "buffer",
                    "raw",
                    "line_buffering",
                    "__class__",
                ],
            ),
        ),
    ];
    if text {
        // Raw bytes under the text layer: what a read then decodes (or fails to).
        const RAW: &[&str] = &[
            "b'\\xff\\xfe'",
            "b'a\\x00'",
            "b'\\xe2\\x82'",
            "b'\\x80abc'",
            "b'\\x00\\xd8'",
            "b'ok\\n'",
        ];
        let buffer = if matches!(kind, Kind::Spooled(_)) {
            "_file.buffer.write"
        } else {
            "buffer.write"
        };
        v.push((2, method(slot, buffer, slot_args(RAW, 1..=1))));
    }
    if !text {
        v.push((2, method(slot, "read1", slot_args(SIZE, 0..=1))));
        v.push((2, method(slot, "readinto", slot_args(READINTO, 1..=1))));
        v.push((1, method(slot, "readinto1", slot_args(READINTO, 1..=1))));
    }
    match kind {
        Kind::Spooled(_) => {
            v.push((4, method0(slot, "rollover")));
            v.push((
                3,
                get(
                    slot,
                    &["_rolled", "_max_size", "_file", "_TemporaryFileArgs"],
                ),
            ));
            v.push((3, set(slot, "_max_size", &["3", "0", "100", "-1", "None"])));
            v.push((1, set(slot, "_rolled", &["True", "False"])));
            v.push((1, set(slot, "_file", &["io.BytesIO(b'swapped')", "None"])));
            v.push((2, method(slot, "_file.write", slot_args(data, 1..=1))));
            v.push((1, method0(slot, "_file.tell")));
            v.push((
                1,
                method0(slot, "_file.seek")
                    .prop_map(|op| match op {
                        PyOp::Method { slot, name, .. } => PyOp::Method {
                            slot,
                            name,
                            args: vec![(None, "0".into())],
                        },
                        other => other,
                    })
                    .boxed(),
            ));
            v.push((
                1,
                proptest::sample::select(
                    &[
                        ("dir", "D+'/sub'"),
                        ("dir", "D+'/missing'"),
                        ("dir", "FD()"),
                        ("mode", "'w+b'"),
                        ("mode", "'w+'"),
                        ("suffix", "'.s'"),
                        ("buffering", "0"),
                        ("buffering", "-1"),
                    ][..],
                )
                .prop_map(move |(k, val)| PyOp::Method {
                    slot,
                    name: "_TemporaryFileArgs.__setitem__".into(),
                    args: vec![(None, format!("'{k}'")), (None, val.to_string())],
                })
                .boxed(),
            ));
            v.push((
                1,
                Just(PyOp::Method {
                    slot,
                    name: "_check".into(),
                    args: vec![(None, format!("S[{slot}]._file"))],
                })
                .boxed(),
            ));
            v.push((1, method0(slot, "__del__")));
            v.push((
                1,
                method0(
                    slot,
                    if text {
                        "_file.buffer.getvalue"
                    } else {
                        "_file.getvalue"
                    },
                ),
            ));
            v.push((
                1,
                Just(PyOp::Del {
                    slot,
                    name: "_TemporaryFileArgs".into(),
                })
                .boxed(),
            ));
            v.push((
                1,
                Just(PyOp::Call {
                    func: "SpooledTemporaryFile.__class_getitem__".into(),
                    args: vec![(None, "int".into())],
                })
                .boxed(),
            ));
        }
        Kind::Named(_) => {
            v.push((
                2,
                get(
                    slot,
                    &[
                        "file",
                        "delete",
                        "_closer",
                        "_closer.delete",
                        "_closer.close_called",
                    ],
                ),
            ));
            v.push((1, method0(slot, "_closer.close")));
            v.push((1, method0(slot, "file.close")));
            v.push((1, method(slot, "file.write", slot_args(data, 1..=1))));
            v.push((
                1,
                proptest::sample::select(&["_closer", "file", "name"][..])
                    .prop_map(move |n| PyOp::Del {
                        slot,
                        name: n.to_string(),
                    })
                    .boxed(),
            ));
            v.push((1, method0(slot, "_closer.cleanup")));
            v.push((1, set(slot, "_closer.delete", &["False", "True"])));
            v.push((1, set(slot, "name", &["D+'/renamed'", "1"])));
            v.push((
                1,
                Just(PyOp::Fs {
                    action: "remove".into(),
                    path: format!("S[{slot}].name"),
                    target: None,
                    mode: None,
                    top: false,
                })
                .boxed(),
            ));
        }
        Kind::Unnamed(_) | Kind::Dir | Kind::Seq => {}
    }
    Union::new_weighted(v).boxed()
}

fn dir_ops(slot: u8) -> BoxedStrategy<PyOp> {
    let name = format!("S[{slot}].name");
    let fs = {
        let name = name.clone();
        prop_oneof![
            Just(("file", "/f", None, false)),
            Just(("dir", "/d", None, false)),
            Just(("symlink", "/l", Some("R+'/victims/vfile'"), false)),
            Just(("symlink", "/ld", Some("R+'/victims/vdir'"), false)),
            Just(("fifo", "/p", None, false)),
            Just(("remove", "", None, false)),
            Just(("file", "", None, true)),
            Just(("symlink", "", Some("R+'/victims/vdir'"), true)),
            Just(("fifo", "", None, true)),
            Just(("chmod", "/d", None, false)),
        ]
        .prop_map(move |(action, sub, target, top)| PyOp::Fs {
            action: action.to_string(),
            path: format!("{name}+'{sub}'"),
            target: target.map(str::to_string),
            mode: (action == "chmod").then_some(0),
            top: top || action == "remove",
        })
        .boxed()
    };
    let n2 = name.clone();
    prop_oneof![
        6 => method0(slot, "cleanup"),
        3 => Just(PyOp::Enter { slot }),
        3 => any::<bool>().prop_map(move |exc| PyOp::Exit { slot, exc }),
        8 => fs,
        2 => get(slot, &["name", "_delete", "_ignore_cleanup_errors", "_finalizer", "_finalizer.alive"]),
        1 => method0(slot, "_finalizer.detach"),
        1 => set(slot, "name", &["D+'/sub'", "D+'/missing'", "None", "1", "D+'\\x00'", "'\\ud800'", "b'x\\x00'", "P(D+'/missing')"]),
        1 => proptest::sample::select(&["False", "True"][..]).prop_map(move |v| PyOp::Method {
            slot,
            name: "_rmtree".into(),
            args: vec![(None, n2.clone()), (Some("ignore_errors".into()), v.to_string())],
        }),
        1 => Just(PyOp::Method {
            slot,
            name: "_cleanup".into(),
            args: vec![(None, name.clone()), (None, "'bye'".into())],
        }),
        1 => Just(PyOp::Method { slot, name: "__repr__".into(), args: Vec::new() }),
        1 => proptest::sample::select(&["name", "_finalizer", "_ignore_cleanup_errors"][..])
            .prop_map(move |n| PyOp::Del { slot, name: n.to_string() }),
        1 => Just(PyOp::Call {
            func: "TemporaryDirectory.__class_getitem__".into(),
            args: vec![(None, "str".into())],
        }),
    ]
    .boxed()
}

fn seq_ops(slot: u8) -> BoxedStrategy<PyOp> {
    prop_oneof![
        4 => (1u8..4).prop_map(move |n| PyOp::Next { slot, n }),
        2 => get(slot, &["characters", "rng", "__class__"]),
        1 => set(slot, "characters", &["'ab'", "'z'", "''"]),
        1 => proptest::sample::select(&["0", "1", "'x'"][..]).prop_map(move |v| PyOp::Method {
            slot,
            name: "rng.seed".into(),
            args: vec![(None, v.to_string())],
        }),
        1 => method0(slot, "__iter__"),
    ]
    .boxed()
}

fn file_create_args(spool: bool) -> BoxedStrategy<Vec<Arg>> {
    let mode = if spool { SPOOL_MODE } else { MODE };
    let mut parts = vec![
        kw("mode", mode, 0.8),
        kw("buffering", BUFFERING, 0.15),
        kw("encoding", ENCODING, 0.35),
        kw("newline", NEWLINE, 0.25),
        kw("suffix", AFFIX, 0.25),
        kw("prefix", AFFIX, 0.25),
        kw("dir", FILE_DIR, 0.8),
        kw("errors", ERRORS, 0.25),
        extra(),
    ];
    if spool {
        parts.insert(0, kw("max_size", MAX_SIZE, 0.85));
    }
    args(parts)
}

fn create(slot: u8) -> BoxedStrategy<PyOp> {
    let c = move |func: &'static str, a: BoxedStrategy<Vec<Arg>>| {
        a.prop_map(move |args| PyOp::Create {
            slot,
            func: func.to_string(),
            args,
        })
        .boxed()
    };
    let named = args(vec![
        kw("mode", MODE, 0.8),
        kw("buffering", BUFFERING, 0.15),
        kw("encoding", ENCODING, 0.35),
        kw("newline", NEWLINE, 0.25),
        kw("suffix", AFFIX, 0.25),
        kw("prefix", AFFIX, 0.25),
        kw("dir", FILE_DIR, 0.8),
        kw("delete", BOOLISH, 0.3),
        kw("errors", ERRORS, 0.2),
        kw("delete_on_close", BOOLISH, 0.3),
        extra(),
    ]);
    let dir = args(vec![
        kw("suffix", AFFIX, 0.25),
        kw("prefix", AFFIX, 0.25),
        kw("dir", DIR, 0.8),
        kw("ignore_cleanup_errors", BOOLISH, 0.2),
        kw("delete", BOOLISH, 0.2),
        extra(),
    ]);
    prop_oneof![
        6 => c("NamedTemporaryFile", named),
        4 => c("TemporaryFile", file_create_args(false)),
        6 => c("SpooledTemporaryFile", file_create_args(true)),
        3 => c("H.Spool", file_create_args(true)),
        4 => c("TemporaryDirectory", dir.clone()),
        2 => c("H.Dir", dir),
        1 => c("_RandomNameSequence", Just(Vec::new()).boxed()),
        1 => c("H.Seq", slot_args(&["0", "1", "7"], 1..=1)),
        1 => c("H.SeqAb", slot_args(&["0", "3"], 1..=1)),
    ]
    .boxed()
}

/// The kind a creation makes (the text flag from the mode expression: default binary).
pub fn kind_of(op: &PyOp) -> Option<Kind> {
    let PyOp::Create { func, args, .. } = op else {
        return None;
    };
    let text = args
        .iter()
        .find(|(k, _)| k.as_deref() == Some("mode"))
        .is_some_and(|(_, m)| m.starts_with('\'') && !m.contains('b'));
    Some(match func.as_str() {
        "NamedTemporaryFile" => Kind::Named(text),
        "TemporaryFile" => Kind::Unnamed(text),
        "SpooledTemporaryFile" | "H.Spool" => Kind::Spooled(text),
        "TemporaryDirectory" | "H.Dir" => Kind::Dir,
        _ => Kind::Seq,
    })
}

fn module_call() -> BoxedStrategy<PyOp> {
    let c = |func: &'static str, a: BoxedStrategy<Vec<Arg>>| {
        a.prop_map(move |args| PyOp::Call {
            func: func.to_string(),
            args,
        })
        .boxed()
    };
    let affixes = || {
        vec![
            kw("suffix", AFFIX, 0.4),
            kw("prefix", AFFIX, 0.4),
            kw("dir", DIR, 0.8),
        ]
    };
    let mut mk = affixes();
    mk.push(kw("text", BOOLISH, 0.2));
    mk.push(extra());
    let mut md = affixes();
    md.push(extra());
    let mut mt = affixes();
    mt.push(extra());
    prop_oneof![
        8 => c("mkstemp", args(mk)),
        6 => c("mkdtemp", args(md)),
        3 => c("mktemp", args(mt)),
        2 => c("gettempdir", Just(Vec::new()).boxed()),
        1 => c("gettempdirb", Just(Vec::new()).boxed()),
        1 => c("gettempprefix", Just(Vec::new()).boxed()),
        1 => c("gettempprefixb", Just(Vec::new()).boxed()),
        2 => c("_infer_return_type", slot_args(AFFIX, 0..=3)),
        2 => c("_sanitize_params", slot_args(AFFIX, 3..=3)),
        1 => c("_candidate_tempdir_list", Just(Vec::new()).boxed()),
        1 => c("_get_default_tempdir", Just(Vec::new()).boxed()),
        1 => c(
            "_get_default_tempdir",
            slot_args(
                &["[D+'/missing', D]", "[R+'/alt']", "[]", "[DB]", "[D+'/afile']", "None"],
                1..=1
            )
        ),
        2 => c(
            "_mkstemp_inner",
            (
                proptest::sample::select(&["D", "DB", "'sub'", "D+'/missing'", "1"][..]),
                proptest::sample::select(&["'p'", "b'p'", "''"][..]),
                proptest::sample::select(&["'s'", "b's'", "''"][..]),
                proptest::sample::select(&["t._bin_openflags", "t._text_openflags", "0"][..]),
                proptest::sample::select(&["str", "bytes"][..]),
            )
                .prop_map(|(d, p, s, f, o)| {
                    [d, p, s, f, o]
                        .into_iter()
                        .map(|x| (None, x.to_string()))
                        .collect()
                })
                .boxed()
        ),
        1 => c("_get_candidate_names", Just(Vec::new()).boxed()),
    ]
    .boxed()
}

fn world() -> BoxedStrategy<PyOp> {
    let plant = (
        proptest::sample::select(&NAME_POOL[..]),
        proptest::sample::select(&["file", "dir", "symlink", "fifo"][..]),
        proptest::sample::select(&["D+'/tmp", "D+'/sub/tmp", "D+'/pre"][..]),
    )
        .prop_map(|(name, action, at)| PyOp::Fs {
            action: action.to_string(),
            path: format!("{at}{name}'"),
            target: (action == "symlink").then(|| "R+'/victims/vfile'".to_string()),
            mode: None,
            top: false,
        });
    prop_oneof![
        4 => plant,
        2 => (
            proptest::sample::select(&["tempdir", "template", "TMP_MAX", "_O_TMPFILE_WORKS"][..]),
            0usize..8,
        )
            .prop_map(|(name, i)| {
                let pool: &[&str] = match name {
                    "tempdir" => &["None", "D+'/sub'", "DB", "P(D)", "R+'/alt'", "D+'/missing'", "'sub'", "1"],
                    "template" => &["'tmp'", "'x'", "''", "b'bt'", "'sub/'", "1", "'\\ud800'", "'t'"],
                    "TMP_MAX" => &["3", "1", "0", "50", "-1", "'x'", "2", "3"],
                    _ => &["False", "True", "False", "True", "False", "True", "False", "True"],
                };
                PyOp::Global { name: name.to_string(), value: pool[i % pool.len()].to_string() }
            }),
        2 => proptest::sample::select(&[
            "_TemporaryFileWrapper", "_TemporaryFileCloser", "_RandomNameSequence", "TemporaryFile",
            "_sanitize_params", "_mkstemp_inner", "_get_candidate_names", "gettempdir",
            "gettempdirb", "_gettempdir", "_get_default_tempdir", "_candidate_tempdir_list",
            "_infer_return_type", "mkdtemp", "_exists",
        ][..])
            .prop_map(|n| PyOp::Hook { name: n.to_string() }),
        2 => (
            proptest::sample::select(&["endless", "finite", "cycle", "iterator", "seeded_rng", "list",
                "bytes", "ints", "raises", "sequence", "sequence_ab", "sequence_next", "class"][..]),
            proptest::sample::subsequence(&NAME_POOL[..], 0..4),
            0u64..4,
        )
            .prop_map(|(kind, names, seed)| PyOp::Names {
                kind: kind.to_string(),
                names: names.into_iter().map(str::to_string).collect(),
                seed,
            }),
        2 => (
            proptest::sample::select(&["TMPDIR", "TEMP", "TMP"][..]),
            proptest::option::weighted(0.8, proptest::sample::select(&[
                "R+'/alt'", "D", "'sub'", "''", "D+'/missing'", "D+'/afile'",
            ][..])),
        )
            .prop_map(|(var, value)| PyOp::Env { var: var.to_string(), value: value.map(str::to_string) }),
        1 => Just(PyOp::Gc),
        1 => Just(PyOp::Surface),
    ]
    .boxed()
}

/// Creation operations that may run with an `os` function replaced (explicit `dir`, so that
/// no default-directory probe with random names runs meanwhile; results not kept in a slot, so
/// that no object is replaced, and maybe cleaned up, meanwhile: pytempfile's tree removal
/// makes other system calls than `shutil.rmtree`, a row of docs/divergences.md).
fn with_os() -> BoxedStrategy<PyOp> {
    let inner = prop_oneof![
        proptest::sample::select(&["D", "DB", "D+'/sub'"][..]).prop_map(|d| PyOp::Call {
            func: "mkstemp".into(),
            args: vec![(Some("dir".into()), d.to_string())],
        }),
        proptest::sample::select(&["D", "DB"][..]).prop_map(|d| PyOp::Call {
            func: "mkdtemp".into(),
            args: vec![(Some("dir".into()), d.to_string())],
        }),
        Just(PyOp::Call {
            func: "mktemp".into(),
            args: vec![(Some("dir".into()), "D".into())],
        }),
        proptest::sample::select(&["D", "DB"][..]).prop_map(|d| PyOp::Call {
            func: "NamedTemporaryFile".into(),
            args: vec![(Some("dir".into()), d.to_string())],
        }),
        proptest::sample::select(&["D", "DB"][..]).prop_map(|d| PyOp::Call {
            func: "TemporaryFile".into(),
            args: vec![(Some("dir".into()), d.to_string())],
        }),
    ];
    (
        proptest::sample::select(&["open", "mkdir", "lstat", "unlink", "close"][..]),
        proptest::option::weighted(
            0.5,
            (
                1u32..3,
                proptest::sample::select(&[28, 13, 5, 17, 2, 4][..]),
            ),
        ),
        inner,
    )
        .prop_map(|(name, fail, inner)| PyOp::WithOs {
            name: name.to_string(),
            fail,
            inner: Box::new(inner),
        })
        .boxed()
}

/// The reference state machine.
pub struct PyMachine;

impl ReferenceStateMachine for PyMachine {
    type State = PyModel;
    type Transition = PyOp;

    fn init_state() -> BoxedStrategy<PyModel> {
        proptest::sample::subsequence(&NAME_POOL[..], 1..=5)
            .prop_map(|names| PyModel {
                names: names.into_iter().map(str::to_string).collect(),
                slots: [None; SLOTS as usize],
            })
            .boxed()
    }

    fn transitions(state: &PyModel) -> BoxedStrategy<PyOp> {
        let mut v: Vec<(u32, BoxedStrategy<PyOp>)> = vec![
            (6, module_call()),
            (4, world()),
            (1, with_os()),
            (6, (0..SLOTS).prop_flat_map(create).boxed()),
        ];
        for (i, k) in state.slots.iter().enumerate() {
            let Some(k) = *k else { continue };
            let slot = i as u8;
            let ops = match k {
                Kind::Dir => dir_ops(slot),
                Kind::Seq => seq_ops(slot),
                _ => file_ops(slot, k),
            };
            v.push((14, ops));
            v.push((1, Just(PyOp::Drop { slot }).boxed()));
        }
        Union::new_weighted(v).boxed()
    }

    fn apply(mut state: PyModel, op: &PyOp) -> PyModel {
        match op {
            PyOp::Create { slot, .. } => {
                state.slots[usize::from(*slot)] = kind_of(op);
            }
            PyOp::WithOs { inner, .. } => return Self::apply(state, inner),
            PyOp::Drop { slot } => state.slots[usize::from(*slot)] = None,
            _ => {}
        }
        state
    }

    fn preconditions(state: &PyModel, op: &PyOp) -> bool {
        match op.slot() {
            Some(s) => state.slots.get(usize::from(s)).is_some_and(Option::is_some),
            None => true,
        }
    }
}
