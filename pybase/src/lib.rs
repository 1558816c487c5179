//! # pybase
//!
//! What CPython's pure-Python libraries stand on, modelled in Rust for the crates that
//! reproduce them exactly (`pyio`, CPython's `io`; `pytempfile`, CPython's `tempfile`):
//!
//! - [`os`]: the **OS boundary**. Every system call goes through the [`Os`](os::Os) trait (the
//!   calls CPython makes through its `os` module), implemented over `libc` by
//!   [`LibcOs`](os::LibcOs), wrapped for fault injection and call logging by
//!   [`FaultyOs`](os::FaultyOs), or by a caller (the Python binding routes calls through
//!   Python's own `os`). The only module of the workspace with `unsafe` code.
//! - [`error`]: [`Error`](error::Error), what CPython would raise: the exception class
//!   ([`ExcClass`](error::ExcClass), PEP 3151's mapping from `errno`), `errno`, message and
//!   `filename`, rendered as `str(exc)` is.
//! - [`version`]: the CPython release followed ([`PyVersion`](version::PyVersion),
//!   `major.minor.micro`) and the named behaviours that differ between releases
//!   ([`Behaviour`](version::Behaviour)), each with the first release that has it.
//! - [`pyrepr`]: Python's `repr()` of `str` and `bytes`, for messages that read like CPython's.
//! - [`path`]: a path value as CPython returns it, `str` or `bytes`
//!   ([`PyPath`](path::PyPath)).
//! - [`platform`]: `os.name` ([`Platform`](platform::Platform)), for the logic that differs
//!   between POSIX and Windows.
//!
//! ```
//! use pybase::error::{Error, ExcClass, Filename};
//! use pybase::os::{Errno, LibcOs, Os};
//! use pybase::version::{Behaviour, PyVersion};
//!
//! // A failed system call becomes the exception CPython raises for it.
//! let path = c"/nonexistent/pybase-doc";
//! let errno = LibcOs.mkdir(path, 0o700).unwrap_err();
//! let err = Error::from_errno(errno, Some(Filename::Str(path.to_bytes().to_vec())));
//! assert_eq!(err.class(), ExcClass::FileNotFoundError);
//! assert_eq!(err.to_string(), "[Errno 2] No such file or directory: '/nonexistent/pybase-doc'");
//! assert_eq!(errno, Errno(libc::ENOENT));
//!
//! // The release switch reads as CPython's changelog.
//! let v: PyVersion = "3.14.10".parse().unwrap();
//! assert!(v.has(Behaviour::BufferSize128K));
//! assert!(!PyVersion::V3_13.has(Behaviour::BufferSize128K));
//! ```

#![warn(missing_docs)]
#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod error;
pub mod os;
pub mod path;
pub mod platform;
pub mod pyrepr;
pub mod version;
