//! The pytempfile side: runs each [`Op`] through the `pytempfile` crate and reports what
//! happened in the same shapes as the CPython side.
//!
//! The module state is one [`Tempfile`] per case, following the linked interpreter's version.
//! Environment variables go through a [`FaultyOs`] overlay (so the process environment, which
//! the embedded CPython owns, is never touched); the working directory is the real one (the
//! harness changes into each side's work directory before its operations, because relative
//! paths are resolved by the kernel).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use pyref::model::{
    ArgKind, ArgSpec, CallArgs, Data, ErrObs, EventObs, FileArgs, NamePool, Op, SeekTo, Value,
    expand_root,
};
use pytempfile::io::text::{Cookie, Newlines};
use pytempfile::names::FnNames;
use pytempfile::os::Whence;
use pytempfile::{
    Arg, DirOptions, Error, Event, FaultyOs, FileName, FileObject, FileOptions, ForcedNames,
    NameSource, NamedTemporaryFile, Params, PathKind, PyPath, PyStr, PyVersion,
    SpooledTemporaryFile, Tell, Tempfile, TemporaryDirectory,
};

use crate::sandbox::{close_fd, observe_fd};

enum Handle {
    Named(NamedTemporaryFile),
    Unnamed(FileObject),
    Spooled(Box<SpooledTemporaryFile>),
    Dir(TemporaryDirectory),
}

/// pytempfile, driven by harness operations.
pub struct RustSide {
    module: Tempfile,
    os: Arc<FaultyOs>,
    events: Arc<Mutex<Vec<Event>>>,
    handles: HashMap<usize, Handle>,
    told: HashMap<usize, Vec<Tell>>,
    root: Vec<u8>,
}

fn err(e: Error) -> ErrObs {
    ErrObs {
        class: e.class().name().to_string(),
        errno: e.errno(),
        message: e.to_string(),
    }
}

/// A `str` value from file-system bytes (`os.fsdecode`, surrogates kept).
fn fs_str(b: &[u8]) -> Value {
    let cps = pytempfile::pyrepr::fsdecode_chars(b);
    Value::Str(
        PyStr::from_code_points(cps)
            .map(PyStr::into_wtf8)
            .unwrap_or_default(),
    )
}

fn path_value(p: &PyPath) -> Value {
    match p.kind() {
        PathKind::Str => fs_str(p.as_bytes()),
        PathKind::Bytes => Value::Bytes(p.as_bytes().to_vec()),
    }
}

fn text(s: &PyStr) -> Value {
    Value::Str(s.as_wtf8().to_vec())
}

fn int(n: impl ToString) -> Value {
    Value::Int(n.to_string())
}

fn tell_value(t: &Tell) -> Value {
    match t {
        Tell::Offset(o) => int(o),
        Tell::Cookie(c) => Value::Int(c.to_decimal()),
    }
}

fn newlines_value(n: Newlines) -> Value {
    let kinds = n.kinds();
    match kinds.as_slice() {
        [] => Value::None,
        [one] => Value::Str(one.as_bytes().to_vec()),
        many => Value::List(
            many.iter()
                .map(|k| Value::Str(k.as_bytes().to_vec()))
                .collect(),
        ),
    }
}

fn attr(r: pytempfile::Result<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(e) => Value::Object(vec![
            (
                "error".into(),
                Value::Str(e.class().name().as_bytes().to_vec()),
            ),
            ("message".into(), Value::Str(e.to_string().into_bytes())),
        ]),
    }
}

fn name_value(n: &FileName) -> Value {
    match n {
        FileName::Path(p) => path_value(p),
        FileName::Fd(fd) => Value::Fd(observe_fd(*fd)),
    }
}

fn whence(w: u8) -> Whence {
    match w {
        1 => Whence::Cur,
        2 => Whence::End,
        _ => Whence::Set,
    }
}

fn bad_handle(h: usize) -> ErrObs {
    ErrObs {
        class: "NoSuchHandle".into(),
        errno: None,
        message: format!("no handle {h}"),
    }
}

impl RustSide {
    /// A fresh pytempfile module following `version`, working in `root`.
    pub fn new(version: PyVersion, root: &[u8]) -> RustSide {
        let os = Arc::new(
            FaultyOs::new()
                .with_env("TMPDIR", None)
                .with_env("TEMP", None)
                .with_env("TMP", None),
        );
        let events = Arc::new(Mutex::new(Vec::new()));
        let sink = events.clone();
        let module = Tempfile::builder()
            .os(os.clone())
            .version(version)
            .events(Arc::new(move |e: &Event| {
                sink.lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .push(e.clone())
            }))
            .build();
        RustSide {
            module,
            os,
            events,
            handles: HashMap::new(),
            told: HashMap::new(),
            root: root.to_vec(),
        }
    }

    /// Switch a planted fault on (tests of the harness).
    pub fn plant(&self, fault: pytempfile::planted::PlantedFault) {
        self.module.plant_fault(fault);
    }

    /// The module state (for planted-fault switches and inspection).
    pub fn module(&self) -> &Tempfile {
        &self.module
    }

    fn arg(&self, spec: &ArgSpec) -> Arg {
        let v = expand_root(&spec.value, &self.root);
        match spec.kind {
            ArgKind::Str => Arg::Str(v),
            ArgKind::Bytes => Arg::Bytes(v),
            ArgKind::PathStr => Arg::path_like("StrPath", PathKind::Str, v),
            ArgKind::PathBytes => Arg::path_like("BytesPath", PathKind::Bytes, v),
            ArgKind::None => Arg::none(),
            ArgKind::Int => Arg::other("int"),
        }
    }

    fn params(&self, a: &CallArgs) -> Params {
        Params::new()
            .suffix_opt(a.suffix.as_ref().map(|s| self.arg(s)))
            .prefix_opt(a.prefix.as_ref().map(|s| self.arg(s)))
            .dir_opt(a.dir.as_ref().map(|s| self.arg(s)))
    }

    fn file_opts(f: &FileArgs) -> FileOptions {
        FileOptions {
            mode: f.mode.clone(),
            buffering: f.buffering,
            encoding: f.encoding.clone(),
            newline: f.newline.clone(),
            errors: f.errors.clone(),
            delete: true,
            delete_on_close: None,
        }
    }

    /// The path a directory handle names, if the handle is a directory or named file.
    pub fn handle_path(&self, h: usize) -> Option<std::path::PathBuf> {
        match self.handles.get(&h)? {
            Handle::Dir(d) => Some(d.path().to_path_buf()),
            Handle::Named(n) => Some(n.path().to_path_buf()),
            _ => None,
        }
    }

    /// Whether `path` is the directory of a live `TemporaryDirectory` handle.
    pub fn is_directory_handle_path(&self, path: &std::path::Path) -> bool {
        self.handles
            .values()
            .any(|h| matches!(h, Handle::Dir(d) if d.path() == path))
    }

    /// Run `op` with the forced `names`; the result and the events it raised.
    pub fn run(&mut self, op: &Op, names: &NamePool) -> (Result<Value, ErrObs>, Vec<EventObs>) {
        let source: Arc<dyn NameSource> = if names.cycle {
            let pool: Vec<Vec<u8>> = names.names.iter().map(|n| n.0.clone()).collect();
            let next = std::sync::atomic::AtomicUsize::new(0);
            Arc::new(FnNames(move |out: &mut Vec<u8>| {
                if pool.is_empty() {
                    return Err(Error::new(pytempfile::ExcClass::StopIteration, ""));
                }
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                out.extend_from_slice(&pool[i % pool.len()]);
                Ok(())
            }))
        } else {
            Arc::new(ForcedNames::new(names.names.iter().map(|n| n.0.clone())))
        };
        // CPython's driver replaces `_get_candidate_names` for the operation; every operation of
        // the vocabulary runs at most one retry loop, i.e. draws from one iterator.
        self.module
            .set_name_source(if names.random { None } else { Some(source) });
        self.events
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
        let result = self.dispatch(op);
        self.module.set_name_source(None);
        let events =
            std::mem::take(&mut *self.events.lock().unwrap_or_else(PoisonError::into_inner));
        let events = events.into_iter().filter_map(event_obs).collect();
        (result, events)
    }

    fn dispatch(&mut self, op: &Op) -> Result<Value, ErrObs> {
        let m = self.module.clone();
        match op {
            Op::SetEnv { var, value } => {
                let v = value.as_ref().map(|v| expand_root(&v.0, &self.root));
                self.os.set_env(var.name(), v.as_deref());
                Ok(Value::None)
            }
            Op::SetTempdir { value } => {
                m.set_tempdir(value.as_ref().map(|v| self.arg(v)));
                Ok(Value::None)
            }
            Op::SetTemplate { value } => {
                m.set_template(self.arg(value));
                Ok(Value::None)
            }
            Op::SetTmpMax { n } => {
                m.set_tmp_max(*n);
                Ok(Value::None)
            }
            Op::Plant { .. } | Op::ChangeDir { .. } | Op::UnlinkName { .. } => Ok(Value::None),
            Op::Gettempdir => m.gettempdir().map(|b| fs_str(&b)).map_err(err),
            Op::Gettempdirb => m.gettempdirb().map(Value::Bytes).map_err(err),
            Op::Gettempprefix => m.gettempprefix().map(|b| fs_str(&b)).map_err(err),
            Op::Gettempprefixb => m.gettempprefixb().map(Value::Bytes).map_err(err),
            Op::Mkstemp { args, text } => {
                let (fd, path) = m.mkstemp(&self.params(args), *text).map_err(err)?;
                use std::os::fd::IntoRawFd;
                let raw = fd.into_raw_fd();
                let obs = observe_fd(raw);
                close_fd(raw);
                Ok(Value::List(vec![Value::Fd(obs), path_value(&path)]))
            }
            Op::Mkdtemp { args } => m
                .mkdtemp(&self.params(args))
                .map(|p| path_value(&p))
                .map_err(err),
            Op::Mktemp { args } => m
                .mktemp(&self.params(args))
                .map(|p| path_value(&p))
                .map_err(err),
            Op::Named {
                h,
                args,
                file,
                delete,
                delete_on_close,
            } => {
                let mut opts = Self::file_opts(file);
                opts.delete = *delete;
                opts.delete_on_close = *delete_on_close;
                let f = m
                    .named_temporary_file(&self.params(args), &opts)
                    .map_err(err)?;
                self.handles.insert(*h, Handle::Named(f));
                Ok(self.props(*h))
            }
            Op::Unnamed { h, args, file } => {
                let f = m
                    .temporary_file(&self.params(args), &Self::file_opts(file))
                    .map_err(err)?;
                self.handles.insert(*h, Handle::Unnamed(f));
                Ok(self.props(*h))
            }
            Op::Spooled {
                h,
                args,
                file,
                max_size,
            } => {
                let f = m
                    .spooled_temporary_file(*max_size, &self.params(args), &Self::file_opts(file))
                    .map_err(err)?;
                self.handles.insert(*h, Handle::Spooled(Box::new(f)));
                Ok(self.props(*h))
            }
            Op::Directory {
                h,
                args,
                ignore_cleanup_errors,
                delete,
            } => {
                let opts = DirOptions {
                    ignore_cleanup_errors: *ignore_cleanup_errors,
                    delete: *delete,
                    ..DirOptions::default()
                };
                let d = m
                    .temporary_directory(&self.params(args), opts)
                    .map_err(err)?;
                self.handles.insert(*h, Handle::Dir(d));
                Ok(self.props(*h))
            }
            Op::Props { h } => {
                if !self.handles.contains_key(h) {
                    return Err(bad_handle(*h));
                }
                Ok(self.props(*h))
            }
            Op::Exit { h } => {
                let handle = self.handles.remove(h).ok_or_else(|| bad_handle(*h))?;
                self.told.remove(h);
                let r = match handle {
                    Handle::Named(f) => f.exit(),
                    Handle::Unnamed(mut f) => f.close(),
                    Handle::Spooled(f) => (*f).exit(),
                    Handle::Dir(d) => d.exit(),
                };
                r.map(|()| Value::None).map_err(err)
            }
            Op::Drop { h } => {
                let handle = self.handles.remove(h).ok_or_else(|| bad_handle(*h))?;
                self.told.remove(h);
                drop(handle);
                Ok(Value::None)
            }
            _ => self.handle_op(op),
        }
    }

    fn handle_op(&mut self, op: &Op) -> Result<Value, ErrObs> {
        let h = match op {
            Op::Write { h, .. }
            | Op::Writelines { h, .. }
            | Op::Read { h, .. }
            | Op::Readline { h, .. }
            | Op::Seek { h, .. }
            | Op::Tell { h }
            | Op::Truncate { h, .. }
            | Op::Flush { h }
            | Op::Close { h }
            | Op::Fileno { h }
            | Op::Rollover { h }
            | Op::Cleanup { h } => *h,
            _ => return Err(bad_handle(usize::MAX)),
        };
        let told = self.told.entry(h).or_default();
        let handle = self.handles.get_mut(&h).ok_or_else(|| bad_handle(h))?;
        match handle {
            Handle::Dir(d) => match op {
                Op::Cleanup { .. } => d.cleanup().map(|()| Value::None).map_err(err),
                _ => Err(bad_handle(h)),
            },
            Handle::Spooled(s) => file_op(&mut **s, op, told).map_err(err),
            Handle::Named(n) => match op {
                Op::Close { .. } => n.close().map(|()| Value::None).map_err(err),
                _ => file_op(n.file_mut(), op, told).map_err(err),
            },
            Handle::Unnamed(f) => file_op(f, op, told).map_err(err),
        }
    }

    fn props(&self, h: usize) -> Value {
        let mut out: Vec<(String, Value)> = Vec::new();
        let Some(handle) = self.handles.get(&h) else {
            return Value::None;
        };
        let kind = match handle {
            Handle::Named(_) => "Named",
            Handle::Unnamed(_) => "Unnamed",
            Handle::Spooled(_) => "Spooled",
            Handle::Dir(_) => "Directory",
        };
        out.push(("kind".into(), Value::Str(kind.as_bytes().to_vec())));
        match handle {
            Handle::Dir(d) => {
                out.push(("name".into(), path_value(d.name())));
                out.push(("repr".into(), Value::Str(d.repr().into_bytes())));
            }
            Handle::Spooled(s) => {
                out.push((
                    "class".into(),
                    Value::Str(s.file_class().as_bytes().to_vec()),
                ));
                out.push(("rolled".into(), Value::Bool(s.rolled())));
                out.push(("mode".into(), Value::Str(s.mode().into_bytes())));
                out.push((
                    "name".into(),
                    s.name().as_ref().map_or(Value::None, name_value),
                ));
                out.push(("closed".into(), Value::Bool(s.closed())));
                out.push((
                    "encoding".into(),
                    attr(s.encoding().map(|e| Value::Str(e.into_bytes()))),
                ));
                out.push((
                    "errors".into(),
                    attr(s.errors().map(|e| Value::Str(e.into_bytes()))),
                ));
                out.push(("newlines".into(), attr(s.newlines().map(newlines_value))));
            }
            Handle::Named(n) => file_props(&mut out, n.file(), path_value(n.name())),
            Handle::Unnamed(f) => file_props(&mut out, f, name_value(f.name())),
        }
        Value::Object(out)
    }
}

fn file_props(out: &mut Vec<(String, Value)>, f: &FileObject, name: Value) {
    out.push((
        "class".into(),
        Value::Str(f.class_name().as_bytes().to_vec()),
    ));
    out.push(("mode".into(), Value::Str(f.mode().as_bytes().to_vec())));
    out.push(("name".into(), name));
    out.push(("closed".into(), Value::Bool(f.closed())));
    if f.is_text() {
        out.push((
            "encoding".into(),
            attr(f.encoding().map(|e| Value::Str(e.into_bytes()))),
        ));
        out.push((
            "errors".into(),
            attr(f.errors().map(|e| Value::Str(e.into_bytes()))),
        ));
        out.push(("newlines".into(), attr(f.newlines().map(newlines_value))));
    }
}

fn data_bytes(d: &Data) -> Vec<u8> {
    match d {
        Data::Bytes(b) | Data::Text(b) => b.0.clone(),
    }
}

fn data_text(d: &Data) -> PyStr {
    match d {
        Data::Bytes(b) | Data::Text(b) => PyStr::from_wtf8(b.0.clone()).unwrap_or_default(),
    }
}

fn cookie_of(t: &Tell) -> Cookie {
    match t {
        Tell::Offset(o) => Cookie::from_position(*o),
        Tell::Cookie(c) => *c,
    }
}

/// What the operations need from a file object; implemented by the plain file objects and by
/// the spool, so one function runs an operation on either.
trait FileLike {
    fn f_is_text(&self) -> bool;
    fn f_write(&mut self, b: &[u8]) -> pytempfile::Result<usize>;
    fn f_write_text(&mut self, s: &PyStr) -> pytempfile::Result<usize>;
    fn f_writelines(&mut self, lines: &[&[u8]]) -> pytempfile::Result<()>;
    fn f_writelines_text(&mut self, lines: &[PyStr]) -> pytempfile::Result<()>;
    fn f_read(&mut self, n: Option<usize>) -> pytempfile::Result<Vec<u8>>;
    fn f_read_text(&mut self, n: Option<usize>) -> pytempfile::Result<PyStr>;
    fn f_readline(&mut self, n: Option<usize>) -> pytempfile::Result<Vec<u8>>;
    fn f_readline_text(&mut self, n: Option<usize>) -> pytempfile::Result<PyStr>;
    fn f_seek(&mut self, o: i64, w: Whence) -> pytempfile::Result<u64>;
    fn f_seek_text(&mut self, c: &Cookie, w: Whence) -> pytempfile::Result<Cookie>;
    fn f_seek_text_int(&mut self, o: i64, w: Whence) -> pytempfile::Result<Cookie>;
    fn f_tell(&mut self) -> pytempfile::Result<Tell>;
    /// `truncate(size)`'s return value (`None` where CPython returns `None`).
    fn f_truncate(&mut self, size: Option<i64>) -> pytempfile::Result<Value>;
    fn f_flush(&mut self) -> pytempfile::Result<()>;
    fn f_close(&mut self) -> pytempfile::Result<()>;
    fn f_fileno(&mut self) -> pytempfile::Result<i32>;
    /// `rollover()` (spools only).
    fn f_rollover(&mut self) -> pytempfile::Result<()>;
}

macro_rules! delegate_file_like {
    ($t:ty, $truncate:expr, $rollover:expr, $fileno:expr) => {
        impl FileLike for $t {
            fn f_is_text(&self) -> bool {
                <$t>::is_text(self)
            }
            fn f_write(&mut self, b: &[u8]) -> pytempfile::Result<usize> {
                <$t>::write(self, b)
            }
            fn f_write_text(&mut self, s: &PyStr) -> pytempfile::Result<usize> {
                <$t>::write_text(self, s)
            }
            fn f_writelines(&mut self, lines: &[&[u8]]) -> pytempfile::Result<()> {
                <$t>::writelines(self, lines)
            }
            fn f_writelines_text(&mut self, lines: &[PyStr]) -> pytempfile::Result<()> {
                <$t>::writelines_text(self, lines)
            }
            fn f_read(&mut self, n: Option<usize>) -> pytempfile::Result<Vec<u8>> {
                <$t>::read(self, n)
            }
            fn f_read_text(&mut self, n: Option<usize>) -> pytempfile::Result<PyStr> {
                <$t>::read_text(self, n)
            }
            fn f_readline(&mut self, n: Option<usize>) -> pytempfile::Result<Vec<u8>> {
                <$t>::readline(self, n)
            }
            fn f_readline_text(&mut self, n: Option<usize>) -> pytempfile::Result<PyStr> {
                <$t>::readline_text(self, n)
            }
            fn f_seek(&mut self, o: i64, w: Whence) -> pytempfile::Result<u64> {
                <$t>::seek(self, o, w)
            }
            fn f_seek_text(&mut self, c: &Cookie, w: Whence) -> pytempfile::Result<Cookie> {
                <$t>::seek_text(self, c, w)
            }
            fn f_seek_text_int(&mut self, o: i64, w: Whence) -> pytempfile::Result<Cookie> {
                <$t>::seek_text_int(self, o, w)
            }
            fn f_tell(&mut self) -> pytempfile::Result<Tell> {
                <$t>::tell(self)
            }
            fn f_truncate(&mut self, size: Option<i64>) -> pytempfile::Result<Value> {
                ($truncate)(self, size)
            }
            fn f_flush(&mut self) -> pytempfile::Result<()> {
                <$t>::flush(self)
            }
            fn f_close(&mut self) -> pytempfile::Result<()> {
                <$t>::close(self)
            }
            fn f_fileno(&mut self) -> pytempfile::Result<i32> {
                ($fileno)(self)
            }
            fn f_rollover(&mut self) -> pytempfile::Result<()> {
                ($rollover)(self)
            }
        }
    };
}

delegate_file_like!(
    FileObject,
    |f: &mut FileObject, size| f.truncate(size).map(int),
    |_: &mut FileObject| Err(Error::new(
        pytempfile::ExcClass::AttributeError,
        "not a spool"
    )),
    |f: &mut FileObject| f.fileno()
);
delegate_file_like!(
    SpooledTemporaryFile,
    |s: &mut SpooledTemporaryFile, size| Ok(s.truncate(size)?.map_or(Value::None, int)),
    |s: &mut SpooledTemporaryFile| s.rollover(),
    |s: &mut SpooledTemporaryFile| s.fileno()
);

/// Run a file operation on either kind of file object.
fn file_op(f: &mut impl FileLike, op: &Op, told: &mut Vec<Tell>) -> pytempfile::Result<Value> {
    let text = f.f_is_text();
    Ok(match op {
        Op::Write { data, .. } => {
            if text {
                int(f.f_write_text(&data_text(data))?)
            } else {
                int(f.f_write(&data_bytes(data))?)
            }
        }
        Op::Writelines { lines, .. } => {
            if text {
                let v: Vec<PyStr> = lines.iter().map(data_text).collect();
                f.f_writelines_text(&v)?;
            } else {
                let v: Vec<Vec<u8>> = lines.iter().map(data_bytes).collect();
                let refs: Vec<&[u8]> = v.iter().map(Vec::as_slice).collect();
                f.f_writelines(&refs)?;
            }
            Value::None
        }
        Op::Read { n, .. } => {
            if text {
                self::text(&f.f_read_text(*n)?)
            } else {
                Value::Bytes(f.f_read(*n)?)
            }
        }
        Op::Readline { n, .. } => {
            if text {
                self::text(&f.f_readline_text(*n)?)
            } else {
                Value::Bytes(f.f_readline(*n)?)
            }
        }
        Op::Seek { to, whence: w, .. } => {
            if text {
                let c = match to {
                    SeekTo::Told(i) => match told.get(*i).map(cookie_of) {
                        Some(c) => f.f_seek_text(&c, whence(*w))?,
                        None => f.f_seek_text_int(0, whence(*w))?,
                    },
                    SeekTo::Offset(o) => f.f_seek_text_int(*o, whence(*w))?,
                };
                Value::Int(c.to_decimal())
            } else {
                let o = match to {
                    SeekTo::Told(i) => told.get(*i).map_or(0, |t| match t {
                        Tell::Offset(o) => i64::try_from(*o).unwrap_or(i64::MAX),
                        Tell::Cookie(c) => c.start_pos,
                    }),
                    SeekTo::Offset(o) => *o,
                };
                int(f.f_seek(o, whence(*w))?)
            }
        }
        Op::Tell { .. } => {
            let t = f.f_tell()?;
            let v = tell_value(&t);
            told.push(t);
            v
        }
        Op::Truncate { size, .. } => f.f_truncate(*size)?,
        Op::Flush { .. } => {
            f.f_flush()?;
            Value::None
        }
        Op::Close { .. } => {
            f.f_close()?;
            Value::None
        }
        Op::Fileno { .. } => Value::Fd(observe_fd(f.f_fileno()?)),
        Op::Rollover { .. } => {
            f.f_rollover()?;
            Value::None
        }
        _ => {
            return Err(Error::new(
                pytempfile::ExcClass::AttributeError,
                "not a file operation",
            ));
        }
    })
}

fn event_obs(e: Event) -> Option<EventObs> {
    Some(match e {
        Event::Audit { name, path } => {
            let b = match path.kind() {
                PathKind::Str | PathKind::Bytes => path.as_bytes().to_vec(),
            };
            EventObs::Audit(name.to_string(), pyref::model::B(b))
        }
        Event::ResourceWarning { message } => EventObs::Warning("ResourceWarning".into(), message),
        Event::RuntimeWarning { message } => EventObs::Warning("RuntimeWarning".into(), message),
        Event::DeprecationWarning { message } => {
            EventObs::Warning("DeprecationWarning".into(), message)
        }
        Event::Unraisable { error, .. } => {
            EventObs::Unraisable(error.class().name().to_string(), error.to_string())
        }
        // The crate's own notice that it follows another release (CPython has no such event;
        // the harness runs known releases).
        Event::UnknownRelease { .. } => return None,
        // An event this harness does not know yet is shown, never dropped: it then differs
        // from CPython's observation until it is mapped here.
        other => EventObs::Warning("(unmapped crate event)".into(), format!("{other:?}")),
    })
}
