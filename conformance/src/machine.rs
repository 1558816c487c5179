//! The reference state machine: which operations are generated, and the little state needed to
//! keep sequences valid (live handles and their kinds, and where the default directory
//! resolves).
//!
//! Argument values are drawn from small, deliberately nasty pools: str, bytes and path-like
//! arguments, prefixes and suffixes with separators, `..`, empty, non-UTF-8 bytes, NUL and
//! over-long names, directories that are missing, files, relative or absolute; a tiny forced
//! name pool, often cycling under a small `TMP_MAX`, so collisions, retries, exhaustion and
//! `StopIteration` are common.
//!
//! Excluded on purpose (each a documented divergence, docs/divergences.md):
//! - encodings pytempfile does not support (e.g. cp1252): a different `LookupError`;
//! - operations that can roll a *closed*, unrolled spool over (`fileno`, `rollover`,
//!   `truncate(size)`): CPython creates and leaks a new file there, pytempfile refuses;
//! - spools whose mode cannot write (`'r'`, `'rb'`): CPython is left half rolled over when the
//!   rollover fails, pytempfile keeps the data in memory;
//! - an `int` `dir` for NamedTemporaryFile, TemporaryFile and SpooledTemporaryFile: CPython hands
//!   it to `io.open`, which takes an int as an existing descriptor to wrap (EBADF, or another
//!   file's descriptor taken over); pytempfile raises `TypeError` as for any non-path `dir`;
//! - in 3.10-3.12 mode, a text read while writes may be pending: those versions' `read1`
//!   reads stale bytes and later writes the pending ones at the wrong offset (CPython
//!   gh-115059, fixed in 3.13); pytempfile behaves as 3.13 in every version mode;
//! - on a binary file, a seek after a possibly failed seek, until something drops the
//!   read-ahead: CPython's in-window seek then returns a number that is not the position
//!   (`tell()` disagrees); pytempfile returns the position (see `io::buffered`);
//! - creating anything in the default directory while it resolves outside the sandbox
//!   (`/tmp`): both sides would share that directory, so their forced names would collide with
//!   each other rather than with the scenario (a harness limit, not a divergence).

use std::collections::BTreeMap;

use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;
use proptest_state_machine::ReferenceStateMachine;
use pyref::model::{
    ArgKind, ArgSpec, B, CallArgs, Data, DirChange, EnvVar, FileArgs, NamePool, Op, PlantKind,
    SeekTo,
};

/// Handle kinds the model tracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// NamedTemporaryFile.
    Named,
    /// TemporaryFile.
    Unnamed,
    /// SpooledTemporaryFile.
    Spooled,
    /// TemporaryDirectory.
    Dir,
}

/// One live handle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HandleModel {
    /// What it is.
    pub kind: Kind,
    /// Text mode.
    pub text: bool,
    /// Closed (spools: no more rolling operations after this).
    pub closed: bool,
    /// Created with `dir=None` (a spool rolls into the default directory).
    pub default_dir: bool,
    /// Writes may be pending in the buffer (text handles).
    pub dirty: bool,
    /// A seek that may have failed happened since the read-ahead was last dropped.
    pub seek_tainted: bool,
}

/// Where `dir=None` resolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefaultDir {
    /// Not computed yet (follows the environment at the next use).
    Unresolved,
    /// In the sandbox.
    Inside,
    /// Outside (`/tmp`).
    Outside,
}

/// The values an environment variable can take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum EnvKind {
    /// Unset.
    Unset,
    /// Set to the empty string (skipped).
    Empty,
    /// A usable directory.
    Good,
    /// A missing directory or a file (the probe moves on).
    Bad,
}

/// The model.
#[derive(Clone, Debug)]
pub struct Model {
    /// Live handles.
    pub handles: BTreeMap<usize, HandleModel>,
    /// The next handle number.
    pub next: usize,
    /// `TMP_MAX` (small values make cycling pools exhaust quickly).
    pub tmp_max: u64,
    /// The environment.
    pub env: [EnvKind; 3],
    /// The CPython version both sides follow.
    pub version: pytempfile::PyVersion,
    /// What `tempdir` may be now: an operation that could resolve the default may also fail
    /// before it does (a mixing TypeError, a keyword a version lacks, a failed probe), so the
    /// model keeps every possibility.
    pub default: Vec<DefaultDir>,
}

impl Model {
    /// What resolving the default now would give.
    fn resolve_now(&self) -> DefaultDir {
        if self.env.contains(&EnvKind::Good) {
            // The first usable candidate wins; bad ones are skipped.
            DefaultDir::Inside
        } else {
            DefaultDir::Outside
        }
    }

    /// Whether `dir=None` lands in the sandbox whatever happened before.
    fn default_inside(&self) -> bool {
        self.default.iter().all(|d| match d {
            DefaultDir::Inside => true,
            DefaultDir::Outside => false,
            DefaultDir::Unresolved => self.resolve_now() == DefaultDir::Inside,
        })
    }

    /// An operation that may have resolved the default (or failed before doing so).
    fn maybe_resolved(&mut self) {
        let now = self.resolve_now();
        let mut next = self.default.clone();
        if self.default.contains(&DefaultDir::Unresolved) && !next.contains(&now) {
            next.push(now);
        }
        self.default = next;
    }

    fn small_tmp_max(&self) -> bool {
        self.tmp_max <= 50
    }
}

const MAX_HANDLES: usize = 4;

fn s(v: &str) -> ArgSpec {
    ArgSpec {
        kind: ArgKind::Str,
        value: B(v.as_bytes().to_vec()),
    }
}

fn raw_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        6 => Just(b"".to_vec()),
        6 => Just(b"pre".to_vec()),
        4 => Just(b".suf".to_vec()),
        2 => Just(b"x.".to_vec()),
        2 => Just(b"../".to_vec()),
        2 => Just(b"sub/".to_vec()),
        2 => Just(b"{ROOT}/alt/abs-".to_vec()),
        1 => Just(b"a\0b".to_vec()),
        2 => Just(b"\xff\xfe".to_vec()),
        2 => Just("\u{e9}t\u{e9}".as_bytes().to_vec()),
        1 => Just(vec![b'p'; 300]),
    ]
}

fn affix() -> impl Strategy<Value = Option<ArgSpec>> {
    prop_oneof![
        8 => Just(None),
        10 => raw_value().prop_map(|v| Some(ArgSpec { kind: ArgKind::Str, value: B(v) })),
        5 => raw_value().prop_map(|v| Some(ArgSpec { kind: ArgKind::Bytes, value: B(v) })),
        1 => raw_value().prop_map(|v| Some(ArgSpec { kind: ArgKind::PathStr, value: B(v) })),
        1 => raw_value().prop_map(|v| Some(ArgSpec { kind: ArgKind::PathBytes, value: B(v) })),
        1 => Just(Some(ArgSpec { kind: ArgKind::None, value: B::default() })),
        1 => Just(Some(ArgSpec { kind: ArgKind::Int, value: B::default() })),
    ]
}

fn dir_value() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        6 => Just(b"{ROOT}/w".to_vec()),
        3 => Just(b"{ROOT}/w/sub".to_vec()),
        2 => Just(b".".to_vec()),
        2 => Just(b"sub".to_vec()),
        2 => Just(b"{ROOT}/alt/".to_vec()),
        1 => Just(b"{ROOT}/missing".to_vec()),
        1 => Just(b"{ROOT}/w/afile".to_vec()),
        1 => Just(b"{ROOT}/w/../w//sub/.".to_vec()),
    ]
}

fn dir_arg(allow_default: bool, allow_int: bool) -> BoxedStrategy<Option<ArgSpec>> {
    let int_weight = u32::from(allow_int);
    let explicit = prop_oneof![
        10 => dir_value().prop_map(|v| Some(ArgSpec { kind: ArgKind::Str, value: B(v) })),
        5 => dir_value().prop_map(|v| Some(ArgSpec { kind: ArgKind::Bytes, value: B(v) })),
        2 => dir_value().prop_map(|v| Some(ArgSpec { kind: ArgKind::PathStr, value: B(v) })),
        1 => dir_value().prop_map(|v| Some(ArgSpec { kind: ArgKind::PathBytes, value: B(v) })),
        int_weight => Just(Some(ArgSpec { kind: ArgKind::Int, value: B::default() })),
    ];
    if allow_default {
        prop_oneof![3 => Just(None), 7 => explicit].boxed()
    } else {
        explicit.boxed()
    }
}

fn call_args(allow_default: bool) -> BoxedStrategy<CallArgs> {
    call_args_int(allow_default, true)
}

/// Arguments for the file objects: no `int` dir (see the module docs).
fn file_call_args(allow_default: bool) -> BoxedStrategy<CallArgs> {
    call_args_int(allow_default, false)
}

fn call_args_int(allow_default: bool, allow_int_dir: bool) -> BoxedStrategy<CallArgs> {
    (affix(), affix(), dir_arg(allow_default, allow_int_dir))
        .prop_map(|(suffix, prefix, dir)| CallArgs {
            suffix,
            prefix,
            dir,
        })
        .boxed()
}

/// Uses the default directory (dir not given or an explicit None).
fn uses_default(a: &CallArgs) -> bool {
    a.dir.as_ref().is_none_or(|d| d.kind == ArgKind::None)
}

fn names(small_tmp_max: bool) -> BoxedStrategy<NamePool> {
    let pools = prop_oneof![
        6 => Just(vec![b"aaa".to_vec()]),
        6 => Just(vec![b"aaa".to_vec(), b"bbb".to_vec()]),
        4 => Just(vec![b"aaa".to_vec(), b"aaa".to_vec(), b"bbb".to_vec()]),
        3 => Just(vec![b"bbb".to_vec(), b"ccc".to_vec()]),
        1 => Just(Vec::new()),
        1 => Just(vec![b"x/y".to_vec()]),
        1 => Just(vec!["\u{fc}n".as_bytes().to_vec()]),
        1 => Just(vec![vec![b'n'; 250]]),
    ];
    let cycle = if small_tmp_max {
        any::<bool>().boxed()
    } else {
        Just(false).boxed()
    };
    (pools, cycle)
        .prop_map(|(names, cycle)| NamePool {
            names: names.into_iter().map(B).collect(),
            cycle,
            random: false,
        })
        .boxed()
}

fn file_args(spool: bool) -> BoxedStrategy<FileArgs> {
    let modes: Vec<&'static str> = if spool {
        vec!["w+b", "w+b", "w+", "w+", "wb", "a+", "w"]
    } else {
        // 'U' (universal newlines, read only) is a mode before 3.11 and invalid from 3.11
        // (OpenModeNoU); "wU" is refused in every release, differently.
        vec![
            "w+b", "w+b", "w+", "w+", "wb", "r", "rb", "a", "ab+", "x+b", "r+", "wr", "b", "U",
            "rU", "Ub", "wU",
        ]
    };
    (
        proptest::sample::select(modes),
        prop_oneof![8 => Just(-1i64), 1 => Just(0), 1 => Just(1), 1 => Just(16)],
        proptest::option::weighted(
            0.4,
            proptest::sample::select(vec!["utf-8", "utf-16", "latin-1", "ascii", "UTF-8", "nope"]),
        ),
        proptest::option::weighted(
            0.3,
            proptest::sample::select(vec!["", "\n", "\r", "\r\n", "z"]),
        ),
        proptest::option::weighted(
            0.3,
            proptest::sample::select(vec!["strict", "replace", "surrogateescape", "ignore"]),
        ),
    )
        .prop_map(|(mode, buffering, encoding, newline, errors)| {
            // Binary modes with text arguments are tested, but rarely.
            let text = !mode.contains('b');
            let keep = |x: Option<&str>| x.filter(|_| text).map(str::to_string);
            FileArgs {
                mode: mode.to_string(),
                buffering,
                encoding: keep(encoding),
                newline: keep(newline),
                errors: keep(errors),
            }
        })
        .boxed()
}

fn data(text: bool) -> BoxedStrategy<Data> {
    if text {
        prop_oneof![
            5 => Just("hello".to_string()),
            3 => Just("a\r\nb\rc\nd".to_string()),
            3 => Just("h\u{e9}llo \u{39b}\u{39b}".to_string()),
            1 => Just("x".repeat(9000)),
            2 => Just(String::new()),
            1 => Just("\n".to_string()),
        ]
        .prop_map(|s| Data::Text(B(s.into_bytes())))
        .boxed()
    } else {
        prop_oneof![
            5 => Just(b"hello".to_vec()),
            3 => Just(b"0123456789".to_vec()),
            2 => Just(b"a\nb\n".to_vec()),
            1 => Just(vec![7u8; 5000]),
            2 => Just(Vec::new()),
            1 => Just(b"\xff\x00".to_vec()),
        ]
        .prop_map(|b| Data::Bytes(B(b)))
        .boxed()
    }
}

fn env_value() -> impl Strategy<Value = (EnvKind, Option<B>)> {
    prop_oneof![
        Just((EnvKind::Unset, None)),
        Just((EnvKind::Empty, Some(B::default()))),
        Just((EnvKind::Good, Some(B(b"{ROOT}/alt".to_vec())))),
        Just((EnvKind::Good, Some(B(b"{ROOT}/w".to_vec())))),
        Just((EnvKind::Good, Some(B(b"sub".to_vec())))),
        Just((EnvKind::Bad, Some(B(b"{ROOT}/missing".to_vec())))),
        Just((EnvKind::Bad, Some(B(b"{ROOT}/w/afile".to_vec())))),
    ]
}

/// A transition: the operation and the names forced for it.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Step {
    /// The operation.
    pub op: Op,
    /// `_get_candidate_names()` for it.
    pub names: NamePool,
    /// For `SetEnv`: what kind of value (the model's view).
    pub env_kind: Option<EnvKind>,
}

/// The reference machine.
pub struct Machine;

/// The pool of an operation that draws no name.
fn no_names() -> NamePool {
    NamePool {
        names: Vec::new(),
        cycle: false,
        random: false,
    }
}

fn step(op: Op, names: NamePool) -> Step {
    Step {
        op,
        names,
        env_kind: None,
    }
}

impl ReferenceStateMachine for Machine {
    type State = Model;
    type Transition = Step;

    fn init_state() -> BoxedStrategy<Model> {
        // Start with TMPDIR pointing into the sandbox, like a well-configured CI machine.
        Just(Model {
            handles: BTreeMap::new(),
            next: 0,
            tmp_max: pytempfile::TMP_MAX,
            env: [EnvKind::Good, EnvKind::Unset, EnvKind::Unset],
            version: crate::harness::linked_version().unwrap_or_default(),
            default: vec![DefaultDir::Unresolved],
        })
        .boxed()
    }

    fn transitions(state: &Model) -> BoxedStrategy<Step> {
        let small = state.small_tmp_max();
        let allow_default = state.default_inside();
        let names_s = names(small);
        let h = state.next;
        let mut choices: Vec<(u32, BoxedStrategy<Step>)> = Vec::new();
        // Module globals and the environment.
        choices.push((
            2,
            (
                proptest::sample::select(vec![EnvVar::Tmpdir, EnvVar::Temp, EnvVar::Tmp]),
                env_value(),
            )
                .prop_map(|(var, (kind, value))| Step {
                    op: Op::SetEnv { var, value },
                    names: no_names(),
                    env_kind: Some(kind),
                })
                .boxed(),
        ));
        choices.push((
            2,
            proptest::option::weighted(
                0.7,
                prop_oneof![
                    Just(s("{ROOT}/alt")),
                    Just(ArgSpec {
                        kind: ArgKind::Bytes,
                        value: B(b"{ROOT}/w".to_vec())
                    }),
                    Just(ArgSpec {
                        kind: ArgKind::PathStr,
                        value: B(b"{ROOT}/w/sub".to_vec())
                    }),
                    Just(s("sub")),
                    Just(s("{ROOT}/missing")),
                ],
            )
            .prop_map(|value| step(Op::SetTempdir { value }, no_names()))
            .boxed(),
        ));
        choices.push((
            1,
            prop_oneof![
                Just(s("tmp")),
                Just(s("zz")),
                Just(ArgSpec {
                    kind: ArgKind::Bytes,
                    value: B(b"bt".to_vec())
                })
            ]
            .prop_map(|value| step(Op::SetTemplate { value }, no_names()))
            .boxed(),
        ));
        choices.push((
            1,
            prop_oneof![Just(1u64), Just(2), Just(3), Just(10)]
                .prop_map(|n| step(Op::SetTmpMax { n }, no_names()))
                .boxed(),
        ));
        choices.push((
            2,
            (
                // `tmpaaa` most often: the first candidate of a call with default affixes
                // and the pool `aaa` (see the aimed creations below).
                prop_oneof![
                    4 => Just("tmpaaa"),
                    1 => Just("tmpbbb"),
                    1 => Just("zzaaa"),
                    1 => Just("tmpaaa.suf"),
                    1 => Just("preaaa"),
                ],
                proptest::sample::select(vec![
                    PlantKind::File,
                    PlantKind::Dir,
                    PlantKind::LinkToFile,
                    PlantKind::LinkToDir,
                    PlantKind::Dangling,
                    PlantKind::Fifo,
                ]),
            )
                .prop_map(|(name, kind)| {
                    step(
                        Op::Plant {
                            name: B(name.as_bytes().to_vec()),
                            kind,
                        },
                        no_names(),
                    )
                })
                .boxed(),
        ));
        choices.push((
            2,
            proptest::sample::select(vec![
                Op::Gettempdir,
                Op::Gettempdirb,
                Op::Gettempprefix,
                Op::Gettempprefixb,
            ])
            .prop_map(|op| step(op, no_names()))
            .boxed(),
        ));
        // Creating functions.
        // The implementations' own random names (observed by shape, see NamePool::random).
        choices.push((
            2,
            (any::<bool>(), any::<bool>())
                .prop_map(|(bytes, dir)| {
                    let kind = if bytes { ArgKind::Bytes } else { ArgKind::Str };
                    let arg = |v: &[u8]| {
                        Some(ArgSpec {
                            kind,
                            value: B(v.to_vec()),
                        })
                    };
                    let args = CallArgs {
                        prefix: arg(pyref::model::RANDOM_PREFIX),
                        suffix: arg(pyref::model::RANDOM_SUFFIX),
                        dir: arg(b"{ROOT}/w"),
                    };
                    let op = if dir {
                        Op::Mkdtemp { args }
                    } else {
                        Op::Mkstemp { args, text: false }
                    };
                    step(
                        op,
                        NamePool {
                            names: Vec::new(),
                            cycle: false,
                            random: true,
                        },
                    )
                })
                .boxed(),
        ));
        // Creations aimed at whatever is planted at `tmpaaa`: default affixes, the planted
        // directory and the pool `aaa` first, so that every kind of planted entry (a dangling
        // symlink above all, which only an lstat-style check sees) meets every creating function
        // often, not only when the random arguments happen to line up.
        choices.push((
            2,
            (0..3u8, names_s.clone())
                .prop_map(|(which, mut names)| {
                    names.names.retain(|n| n.0 != b"aaa");
                    names.names.insert(0, B(b"aaa".to_vec()));
                    let args = CallArgs {
                        suffix: None,
                        prefix: None,
                        dir: Some(s("{ROOT}/w")),
                    };
                    let op = match which {
                        0 => Op::Mktemp { args },
                        1 => Op::Mkdtemp { args },
                        _ => Op::Mkstemp { args, text: false },
                    };
                    step(op, names)
                })
                .boxed(),
        ));
        choices.push((
            4,
            (call_args(allow_default), any::<bool>(), names_s.clone())
                .prop_map(|(args, text, names)| step(Op::Mkstemp { args, text }, names))
                .boxed(),
        ));
        choices.push((
            3,
            (call_args(allow_default), names_s.clone())
                .prop_map(|(args, names)| step(Op::Mkdtemp { args }, names))
                .boxed(),
        ));
        choices.push((
            2,
            (call_args(allow_default), names_s.clone())
                .prop_map(|(args, names)| step(Op::Mktemp { args }, names))
                .boxed(),
        ));
        if state.handles.len() < MAX_HANDLES {
            choices.push((
                4,
                (
                    file_call_args(allow_default),
                    file_args(false),
                    any::<bool>(),
                    proptest::option::of(any::<bool>()),
                    names_s.clone(),
                )
                    .prop_map(move |(args, file, delete, delete_on_close, names)| {
                        step(
                            Op::Named {
                                h,
                                args,
                                file,
                                delete,
                                delete_on_close,
                            },
                            names,
                        )
                    })
                    .boxed(),
            ));
            choices.push((
                3,
                (
                    file_call_args(allow_default),
                    file_args(false),
                    names_s.clone(),
                )
                    .prop_map(move |(args, file, names)| step(Op::Unnamed { h, args, file }, names))
                    .boxed(),
            ));
            choices.push((
                4,
                (
                    file_call_args(allow_default),
                    file_args(true),
                    prop_oneof![
                        Just(0i64),
                        Just(1),
                        Just(4),
                        Just(5),
                        Just(9),
                        Just(10),
                        Just(100),
                        Just(-1)
                    ],
                    names_s.clone(),
                )
                    .prop_map(move |(args, file, max_size, names)| {
                        step(
                            Op::Spooled {
                                h,
                                args,
                                file,
                                max_size,
                            },
                            names,
                        )
                    })
                    .boxed(),
            ));
            choices.push((
                3,
                (
                    call_args(allow_default),
                    any::<bool>(),
                    proptest::option::of(any::<bool>()),
                    names_s.clone(),
                )
                    .prop_map(move |(args, ignore_cleanup_errors, delete, names)| {
                        step(
                            Op::Directory {
                                h,
                                args,
                                ignore_cleanup_errors,
                                delete,
                            },
                            names,
                        )
                    })
                    .boxed(),
            ));
        }
        // Operations on live handles.
        for (&h, m) in &state.handles {
            choices.push((6, handle_ops(h, m, state.version, names_s.clone())));
        }
        let total: Vec<(u32, BoxedStrategy<Step>)> = choices;
        proptest::strategy::Union::new_weighted(total).boxed()
    }

    fn apply(mut state: Model, t: &Step) -> Model {
        let resolves = |a: &CallArgs| uses_default(a);
        match &t.op {
            Op::SetEnv { var, .. } => {
                let i = match var {
                    EnvVar::Tmpdir => 0,
                    EnvVar::Temp => 1,
                    EnvVar::Tmp => 2,
                };
                if let Some(k) = t.env_kind {
                    state.env[i] = k;
                }
            }
            Op::SetTempdir { value } => {
                state.default = vec![if value.is_some() {
                    DefaultDir::Inside
                } else {
                    DefaultDir::Unresolved
                }];
            }
            Op::SetTmpMax { n } => state.tmp_max = *n,
            Op::Gettempdir | Op::Gettempdirb => state.maybe_resolved(),
            Op::Mkstemp { args, .. } | Op::Mkdtemp { args } | Op::Mktemp { args }
                if resolves(args) =>
            {
                state.maybe_resolved();
            }
            Op::Named { h, args, file, .. } | Op::Unnamed { h, args, file } => {
                if resolves(args) {
                    state.maybe_resolved();
                }
                state.handles.insert(
                    *h,
                    HandleModel {
                        kind: kind_of(&t.op),
                        text: !file.mode.contains('b'),
                        closed: false,
                        default_dir: resolves(args),
                        dirty: false,
                        seek_tainted: false,
                    },
                );
                state.next = h + 1;
            }
            Op::Spooled { h, args, file, .. } => {
                state.handles.insert(
                    *h,
                    HandleModel {
                        kind: Kind::Spooled,
                        text: !file.mode.contains('b'),
                        closed: false,
                        default_dir: resolves(args),
                        dirty: false,
                        seek_tainted: false,
                    },
                );
                state.next = h + 1;
            }
            Op::Directory { h, args, .. } => {
                if resolves(args) {
                    state.maybe_resolved();
                }
                state.handles.insert(
                    *h,
                    HandleModel {
                        kind: Kind::Dir,
                        text: false,
                        closed: false,
                        default_dir: resolves(args),
                        dirty: false,
                        seek_tainted: false,
                    },
                );
                state.next = h + 1;
            }
            Op::Close { h } => {
                if let Some(m) = state.handles.get_mut(h) {
                    m.closed = true;
                }
            }
            // Buffer state the preconditions need (see the module docs).
            Op::Write { h, .. } | Op::Writelines { h, .. } if state.handles.contains_key(h) => {
                if let Some(m) = state.handles.get_mut(h) {
                    m.dirty = true;
                    m.seek_tainted = false;
                }
                if state
                    .handles
                    .get(h)
                    .is_some_and(|m| m.kind == Kind::Spooled && m.default_dir)
                {
                    state.maybe_resolved();
                }
            }
            Op::Flush { h } | Op::Tell { h } => {
                if let Some(m) = state.handles.get_mut(h) {
                    m.dirty = false;
                    if matches!(t.op, Op::Flush { .. }) {
                        m.seek_tainted = false;
                    }
                }
            }
            Op::Seek { h, to, .. } => {
                if let Some(m) = state.handles.get_mut(h) {
                    m.dirty = false;
                    if matches!(to, SeekTo::Offset(o) if *o < 0) {
                        m.seek_tainted = true;
                    }
                }
            }
            Op::Exit { h } | Op::Drop { h } => {
                state.handles.remove(h);
            }
            Op::Truncate { h, .. } | Op::Fileno { h } | Op::Rollover { h }
                if state
                    .handles
                    .get(h)
                    .is_some_and(|m| m.kind == Kind::Spooled && m.default_dir) =>
            {
                state.maybe_resolved();
            }
            _ => {}
        }
        state
    }

    fn preconditions(state: &Model, t: &Step) -> bool {
        let handle_ok = |h: &usize| state.handles.contains_key(h);
        match &t.op {
            // Operations that only exist on one kind of handle (shrinking can change the
            // creation a later operation was generated for).
            Op::Cleanup { h } | Op::ChangeDir { h, .. }
                if state.handles.get(h).is_some_and(|m| m.kind != Kind::Dir) =>
            {
                false
            }
            Op::Rollover { h }
                if state
                    .handles
                    .get(h)
                    .is_some_and(|m| m.kind != Kind::Spooled) =>
            {
                false
            }
            Op::UnlinkName { h } if state.handles.get(h).is_some_and(|m| m.kind != Kind::Named) => {
                false
            }
            Op::Write { h, .. }
            | Op::Writelines { h, .. }
            | Op::Read { h, .. }
            | Op::Readline { h, .. }
            | Op::Seek { h, .. }
            | Op::Tell { h }
            | Op::Truncate { h, .. }
            | Op::Flush { h }
            | Op::Fileno { h }
                if state.handles.get(h).is_some_and(|m| m.kind == Kind::Dir) =>
            {
                false
            }
            // 3.10-3.12: no text read while writes may be pending (stale read1, gh-115059).
            Op::Read { h, .. } | Op::Readline { h, .. }
                if !state.version.at_least(pytempfile::PyVersion::V3_13)
                    && state.handles.get(h).is_some_and(|m| m.text && m.dirty) =>
            {
                false
            }
            // No seek on a binary file after a possibly failed one (in-window seek result).
            Op::Seek { h, .. }
                if state
                    .handles
                    .get(h)
                    .is_some_and(|m| !m.text && m.seek_tainted) =>
            {
                false
            }
            // Data must match the handle's mode (shrinking can simplify a creation's mode
            // from text to binary under a write generated for text).
            Op::Write { h, data } if !data_fits(state, *h, std::slice::from_ref(data)) => false,
            Op::Writelines { h, lines } if !data_fits(state, *h, lines) => false,
            Op::Mkstemp { args, .. }
            | Op::Mkdtemp { args }
            | Op::Mktemp { args }
            | Op::Unnamed { args, .. }
            | Op::Named { args, .. }
            | Op::Directory { args, .. }
            | Op::Spooled { args, .. } => {
                let fresh = match &t.op {
                    Op::Named { h, .. }
                    | Op::Unnamed { h, .. }
                    | Op::Spooled { h, .. }
                    | Op::Directory { h, .. } => {
                        !state.handles.contains_key(h) && state.handles.len() < MAX_HANDLES
                    }
                    _ => true,
                };
                fresh
                    && (!uses_default(args) || state.default_inside())
                    && (!t.names.cycle || state.small_tmp_max())
            }
            Op::Write { h, .. }
            | Op::Writelines { h, .. }
            | Op::Truncate { h, .. }
            | Op::Fileno { h }
            | Op::Rollover { h } => {
                let Some(m) = state.handles.get(h) else {
                    return false;
                };
                if m.kind == Kind::Spooled {
                    // Rolling operations: never on a closed spool; into the default directory
                    // only while it is inside the sandbox.
                    let rolls = matches!(
                        t.op,
                        Op::Fileno { .. } | Op::Rollover { .. } | Op::Truncate { .. }
                    );
                    !(rolls && m.closed)
                        && (!m.default_dir || state.default_inside())
                        && (!t.names.cycle || state.small_tmp_max())
                } else {
                    true
                }
            }
            Op::Read { h, .. }
            | Op::Readline { h, .. }
            | Op::Seek { h, .. }
            | Op::Tell { h }
            | Op::Flush { h }
            | Op::Close { h }
            | Op::Cleanup { h }
            | Op::Exit { h }
            | Op::Drop { h }
            | Op::Props { h }
            | Op::ChangeDir { h, .. }
            | Op::UnlinkName { h } => handle_ok(h),
            _ => true,
        }
    }
}

fn data_fits(state: &Model, h: usize, data: &[Data]) -> bool {
    let Some(m) = state.handles.get(&h) else {
        return true;
    };
    data.iter().all(|d| matches!(d, Data::Text(_)) == m.text)
}

fn kind_of(op: &Op) -> Kind {
    match op {
        Op::Named { .. } => Kind::Named,
        Op::Unnamed { .. } => Kind::Unnamed,
        Op::Spooled { .. } => Kind::Spooled,
        _ => Kind::Dir,
    }
}

fn handle_ops(
    h: usize,
    m: &HandleModel,
    version: pytempfile::PyVersion,
    names_s: BoxedStrategy<NamePool>,
) -> BoxedStrategy<Step> {
    let none = || no_names();
    let common: Vec<(u32, BoxedStrategy<Step>)> = vec![
        (1, Just(step(Op::Props { h }, none())).boxed()),
        (1, Just(step(Op::Drop { h }, none())).boxed()),
        (1, Just(step(Op::Exit { h }, none())).boxed()),
    ];
    let mut v = common;
    match m.kind {
        Kind::Dir => {
            v.push((3, Just(step(Op::Cleanup { h }, none())).boxed()));
            v.push((
                3,
                proptest::sample::select(vec![
                    DirChange::Populate,
                    DirChange::Populate,
                    DirChange::RemoveTop,
                    DirChange::TopToFile,
                    DirChange::TopToSymlink,
                    DirChange::ReadOnlyInside,
                ])
                .prop_map(move |change| step(Op::ChangeDir { h, change }, no_names()))
                .boxed(),
            ));
        }
        _ => {
            let text = m.text;
            let spool = m.kind == Kind::Spooled;
            if m.closed && spool {
                // Only non-rolling operations on a closed spool (see the module docs).
                v.push((2, Just(step(Op::Close { h }, none())).boxed()));
                v.push((
                    1,
                    (proptest::option::of(0usize..5))
                        .prop_map(move |n| step(Op::Read { h, n }, no_names()))
                        .boxed(),
                ));
                return proptest::strategy::Union::new_weighted(v).boxed();
            }
            v.push((
                6,
                (data(text), names_s.clone())
                    .prop_map(move |(data, names)| step(Op::Write { h, data }, names))
                    .boxed(),
            ));
            v.push((
                1,
                (proptest::collection::vec(data(text), 0..3), names_s.clone())
                    .prop_map(move |(lines, names)| step(Op::Writelines { h, lines }, names))
                    .boxed(),
            ));
            // The preconditions' exclusions, applied when generating (see the module docs).
            let may_read = !(text && m.dirty && !version.at_least(pytempfile::PyVersion::V3_13));
            let may_seek = text || !m.seek_tainted;
            v.push((
                if may_read { 3 } else { 0 },
                proptest::option::of(prop_oneof![Just(0usize), Just(1), Just(3), Just(100)])
                    .prop_map(move |n| step(Op::Read { h, n }, no_names()))
                    .boxed(),
            ));
            v.push((
                u32::from(may_read),
                proptest::option::of(prop_oneof![Just(1usize), Just(5)])
                    .prop_map(move |n| step(Op::Readline { h, n }, no_names()))
                    .boxed(),
            ));
            let seek = if text {
                prop_oneof![
                    3 => (0usize..3).prop_map(|i| (SeekTo::Told(i), 0u8)),
                    2 => Just((SeekTo::Offset(0), 0u8)),
                    1 => Just((SeekTo::Offset(0), 2u8)),
                    1 => Just((SeekTo::Offset(0), 1u8)),
                    1 => Just((SeekTo::Offset(-1), 0u8)),
                    1 => Just((SeekTo::Offset(3), 1u8)),
                ]
                .boxed()
            } else {
                (
                    prop_oneof![Just(0i64), Just(1), Just(5), Just(100), Just(-1), Just(-3)],
                    0u8..3,
                )
                    .prop_map(|(o, w)| (SeekTo::Offset(o), w))
                    .boxed()
            };
            v.push((
                if may_seek { 3 } else { 0 },
                seek.prop_map(move |(to, whence)| step(Op::Seek { h, to, whence }, no_names()))
                    .boxed(),
            ));
            v.push((2, Just(step(Op::Tell { h }, none())).boxed()));
            v.push((
                1,
                (
                    proptest::option::of(prop_oneof![Just(0i64), Just(3), Just(50), Just(-1)]),
                    names_s.clone(),
                )
                    .prop_map(move |(size, names)| step(Op::Truncate { h, size }, names))
                    .boxed(),
            ));
            v.push((1, Just(step(Op::Flush { h }, none())).boxed()));
            v.push((2, Just(step(Op::Close { h }, none())).boxed()));
            v.push((
                1,
                names_s
                    .clone()
                    .prop_map(move |names| step(Op::Fileno { h }, names))
                    .boxed(),
            ));
            if spool {
                v.push((
                    2,
                    names_s
                        .prop_map(move |names| step(Op::Rollover { h }, names))
                        .boxed(),
                ));
            }
            if m.kind == Kind::Named {
                v.push((1, Just(step(Op::UnlinkName { h }, none())).boxed()));
            }
        }
    }
    v.retain(|(w, _)| *w > 0);
    proptest::strategy::Union::new_weighted(v).boxed()
}
