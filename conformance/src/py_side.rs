//! The CPython side: the embedded interpreter's own `tempfile`, through [`pyref::Oracle`].
//! Descriptors the driver returns are observed here with the same code as the pytempfile
//! side's (both live in this process).

use pyref::Oracle;
use pyref::model::{ErrObs, EventObs, NamePool, Op, Value};
use serde_json::Value as Json;

use crate::sandbox::{close_fd, observe_fd};

/// CPython, driven by harness operations.
pub struct PySide {
    oracle: &'static Oracle,
}

fn harness_error(msg: impl Into<String>) -> ErrObs {
    ErrObs {
        class: "HarnessError".into(),
        errno: None,
        message: msg.into(),
    }
}

fn bytes(j: &Json) -> Vec<u8> {
    j.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_u64())
                .map(|x| x as u8)
                .collect()
        })
        .unwrap_or_default()
}

/// Convert the driver's JSON value, observing (and, for mkstemp, closing) descriptors.
fn value(j: &Json) -> Value {
    if let Some(s) = j.as_str() {
        return if s == "None" {
            Value::None
        } else {
            Value::Str(s.as_bytes().to_vec())
        };
    }
    let Some(obj) = j.as_object() else {
        return Value::None;
    };
    let Some((k, v)) = obj.iter().next() else {
        return Value::None;
    };
    match k.as_str() {
        "Bool" => Value::Bool(v.as_bool().unwrap_or(false)),
        "Int" => Value::Int(v.as_str().unwrap_or_default().to_string()),
        "Str" => Value::Str(bytes(v)),
        "Bytes" => Value::Bytes(bytes(v)),
        "List" => Value::List(
            v.as_array()
                .map(|a| a.iter().map(value).collect())
                .unwrap_or_default(),
        ),
        "Object" => Value::Object(
            v.as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|kv| {
                            let pair = kv.as_array()?;
                            Some((pair.first()?.as_str()?.to_string(), value(pair.get(1)?)))
                        })
                        .collect()
                })
                .unwrap_or_default(),
        ),
        "RawFd" => Value::Fd(observe_fd(v.as_i64().unwrap_or(-1) as i32)),
        "RawFdClose" => {
            let fd = v.as_i64().unwrap_or(-1) as i32;
            let obs = observe_fd(fd);
            close_fd(fd);
            Value::Fd(obs)
        }
        other => Value::Str(format!("<unknown value kind {other}>").into_bytes()),
    }
}

impl PySide {
    /// The process's CPython.
    pub fn new() -> Result<PySide, String> {
        Ok(PySide {
            oracle: Oracle::get()?,
        })
    }

    /// The default text encoding of the oracle (see `pyref::Oracle::text_encoding`).
    pub fn text_encoding(&self) -> &str {
        self.oracle.text_encoding()
    }

    /// The file-system encoding and error handler of the oracle (see
    /// `pyref::Oracle::filesystem_encoding`).
    pub fn filesystem_encoding(&self) -> (&str, &str) {
        self.oracle.filesystem_encoding()
    }

    /// The linked interpreter's version.
    pub fn version(&self) -> (u32, u32, u32) {
        self.oracle.version()
    }

    /// Start a case in `root`.
    pub fn reset(&self, root: &[u8]) -> Result<(), String> {
        self.oracle.reset(root)
    }

    /// Run `op` with the forced `names`.
    pub fn run(&self, op: &Op, names: &NamePool) -> (Result<Value, ErrObs>, Vec<EventObs>) {
        let req = serde_json::json!({ "op": op, "names": names }).to_string();
        let answer = match self.oracle.run_json(&req) {
            Ok(a) => a,
            Err(e) => return (Err(harness_error(e)), Vec::new()),
        };
        let j: Json = match serde_json::from_str(&answer) {
            Ok(j) => j,
            Err(e) => return (Err(harness_error(e.to_string())), Vec::new()),
        };
        let result = match (j["result"].get("Ok"), j["result"].get("Err")) {
            (Some(v), _) => Ok(value(v)),
            (_, Some(e)) => Err(ErrObs {
                class: e["class"].as_str().unwrap_or_default().to_string(),
                errno: e["errno"].as_i64().map(|n| n as i32),
                message: e["message"].as_str().unwrap_or_default().to_string(),
            }),
            _ => Err(harness_error(format!("bad answer {answer}"))),
        };
        let events = j["events"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|e| {
                        let e = e.as_array()?;
                        let kind = e.first()?.as_str()?;
                        let a1 = e.get(1)?.as_str()?.to_string();
                        Some(match kind {
                            "audit" => EventObs::Audit(a1, pyref::model::B(bytes(e.get(2)?))),
                            "warning" => EventObs::Warning(a1, e.get(2)?.as_str()?.to_string()),
                            _ => EventObs::Unraisable(a1, e.get(2)?.as_str()?.to_string()),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        (result, events)
    }
}
