//! [`SeamFd`]: a descriptor opened and closed through the seam.
//!
//! The platform files make the two views that need `unsafe` (`file_view`, and the owned
//! descriptor handed to `std`); this file holds none.

use std::ffi::CStr;
use std::mem::ManuallyDrop;
use std::sync::Arc;

#[cfg(unix)]
use super::libc_os as platform;
#[cfg(windows)]
use super::windows_os as platform;
use super::{BorrowedDescriptor, Os, OwnedDescriptor, RawFd, SysResult};

/// A descriptor opened and closed through the seam (never closed by `std`).
///
/// It lends itself as `&std::fs::File` and as a `BorrowedFd` (Unix) or `BorrowedHandle`
/// (Windows) so Rust callers can use the standard APIs, while the close (and its fault
/// injection and counting) stays in the seam.
///
/// # Examples
///
/// ```
/// use std::io::Write;
/// use std::sync::Arc;
/// use pybase::os::{flags, Call, FaultyOs, Os, SeamFd};
///
/// let faulty = Arc::new(FaultyOs::new());
/// let os: Arc<dyn Os> = faulty.clone();
/// let path = std::env::temp_dir().join(format!("pybase-seamfd-doc-{}", std::process::id()));
/// let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
/// let mut fd = SeamFd::open(&os, &c, flags::O_RDWR | flags::O_CREAT | flags::O_EXCL, 0o600).unwrap();
/// fd.as_file().unwrap().write_all(b"via std").unwrap();
/// fd.close().unwrap();
/// fd.close().unwrap(); // once only
/// assert_eq!(faulty.count(Call::Close), 1);
/// assert!(fd.as_file().is_none()); // never lent once closed
/// assert_eq!(std::fs::read(&path).unwrap(), b"via std");
/// std::fs::remove_file(&path).unwrap();
/// ```
pub struct SeamFd {
    /// A view of the descriptor; never dropped, because the seam closes it.
    file: ManuallyDrop<std::fs::File>,
    fd: RawFd,
    os: Arc<dyn Os>,
    closed: bool,
}

impl SeamFd {
    /// `open(path, flags | O_CLOEXEC, mode)` (`O_NOINHERIT` on Windows) through `os` (one
    /// attempt: wrap it in [`retry_eintr`](super::retry_eintr) where CPython retries), owning
    /// the new descriptor.
    pub fn open(os: &Arc<dyn Os>, path: &CStr, flags: i32, mode: u32) -> SysResult<SeamFd> {
        let fd = os.open(path, flags, mode)?;
        Ok(SeamFd::new(Arc::clone(os), fd))
    }

    /// Take ownership of `fd`, which a successful open through `os` just returned.
    fn new(os: Arc<dyn Os>, fd: RawFd) -> SeamFd {
        SeamFd {
            file: platform::file_view(fd),
            fd,
            os,
            closed: false,
        }
    }

    /// The descriptor number (`fileno()`), valid while open.
    pub fn raw(&self) -> RawFd {
        self.fd
    }

    /// The seam the descriptor is closed through.
    pub fn os(&self) -> &dyn Os {
        &*self.os
    }

    /// The seam, shared.
    pub fn os_arc(&self) -> Arc<dyn Os> {
        Arc::clone(&self.os)
    }

    /// A `&File` view of the descriptor; `None` once closed (a closed descriptor's number may
    /// already belong to another file, so it is never lent out).
    pub fn as_file(&self) -> Option<&std::fs::File> {
        (!self.closed).then_some(&*self.file)
    }

    /// The descriptor, borrowed; `None` once closed.
    #[cfg(unix)]
    pub fn as_fd(&self) -> Option<BorrowedDescriptor<'_>> {
        use std::os::fd::AsFd;
        (!self.closed).then(|| self.file.as_fd())
    }

    /// The descriptor's handle, borrowed; `None` once closed.
    #[cfg(windows)]
    pub fn as_handle(&self) -> Option<BorrowedDescriptor<'_>> {
        use std::os::windows::io::AsHandle;
        (!self.closed).then(|| self.file.as_handle())
    }

    /// Whether `close` was called.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// Close through the seam, once; later calls do nothing. The descriptor is released even
    /// when an error is returned.
    pub fn close(&mut self) -> SysResult<()> {
        if std::mem::replace(&mut self.closed, true) {
            return Ok(());
        }
        self.os.close(self.fd)
    }

    /// Hand the descriptor to `std`: from now on it is closed by the returned owner (not
    /// through the seam). `None` if it was closed.
    ///
    /// On Windows the owner is a duplicate of the descriptor's handle, and the C runtime
    /// descriptor is closed through the seam; `None` also if the handle cannot be duplicated
    /// (the descriptor is closed then too).
    #[cfg(unix)]
    pub fn into_owned_fd(mut self) -> Option<OwnedDescriptor> {
        (!std::mem::replace(&mut self.closed, true)).then(|| platform::owned_fd(self.fd))
    }

    /// See the Unix documentation of this method.
    #[cfg(windows)]
    pub fn into_owned_fd(mut self) -> Option<OwnedDescriptor> {
        if self.closed {
            return None;
        }
        let owned = platform::duplicate_handle(&self.file);
        let _ = self.close();
        owned
    }

    /// Give up ownership: the caller closes the descriptor (through the seam). `None` if it
    /// was closed.
    pub fn into_raw_fd(mut self) -> Option<RawFd> {
        (!std::mem::replace(&mut self.closed, true)).then_some(self.fd)
    }
}

impl std::fmt::Debug for SeamFd {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SeamFd")
            .field("fd", &self.fd)
            .field("closed", &self.closed)
            .finish()
    }
}

impl Drop for SeamFd {
    fn drop(&mut self) {
        let _ = self.close();
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::CString;
    use std::path::PathBuf;

    use super::*;
    use crate::os::{Call, FaultyOs, flags};

    /// A counting seam, and a new file's path in the temporary directory (removed on drop).
    struct Setup {
        faulty: Arc<FaultyOs>,
        os: Arc<dyn Os>,
        path: PathBuf,
        c: CString,
    }

    impl Drop for Setup {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.path);
        }
    }

    fn setup(name: &str) -> Setup {
        let faulty = Arc::new(FaultyOs::new());
        let os: Arc<dyn Os> = faulty.clone();
        let path =
            std::env::temp_dir().join(format!("pybase-seamfd-{name}-{}", std::process::id()));
        let c = CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        Setup {
            faulty,
            os,
            path,
            c,
        }
    }

    fn create(s: &Setup) -> SeamFd {
        let fl = flags::O_RDWR | flags::O_CREAT | flags::O_EXCL;
        SeamFd::open(&s.os, &s.c, fl, 0o600).unwrap()
    }

    /// The descriptor the seam's `open` returned, as its log shows it.
    fn opened(s: &Setup) -> RawFd {
        let log = s.faulty.log();
        let open = log.iter().rev().find(|l| l.call == Call::Open).unwrap();
        open.fd.unwrap()
    }

    #[test]
    fn raw_is_the_descriptor_the_seam_opened() {
        let s = setup("raw");
        s.faulty.start_log();
        let mut fd = create(&s);
        assert_eq!(fd.raw(), opened(&s));
        assert!(fd.raw() > 2, "a new descriptor, not a standard stream");
        assert!(!fd.is_closed());
        assert_eq!(
            format!("{fd:?}"),
            format!("SeamFd {{ fd: {}, closed: false }}", fd.raw())
        );
        fd.close().unwrap();
        assert!(fd.is_closed());
        assert_eq!(
            format!("{fd:?}"),
            format!("SeamFd {{ fd: {}, closed: true }}", fd.raw())
        );
        assert_eq!(s.faulty.count(Call::Close), 1);
    }

    #[test]
    fn dropping_an_open_descriptor_closes_it_through_the_seam() {
        let s = setup("drop");
        drop(create(&s));
        assert_eq!(s.faulty.count(Call::Close), 1);
        let mut fd = create_again(&s);
        fd.close().unwrap();
        drop(fd);
        assert_eq!(s.faulty.count(Call::Close), 2, "closed once only");
    }

    fn create_again(s: &Setup) -> SeamFd {
        SeamFd::open(&s.os, &s.c, flags::O_RDWR, 0).unwrap()
    }

    #[test]
    fn into_raw_fd_gives_the_descriptor_up() {
        let s = setup("intoraw");
        let fd = create(&s);
        let raw = fd.raw();
        assert_eq!(fd.into_raw_fd(), Some(raw));
        assert_eq!(s.faulty.count(Call::Close), 0, "the caller's to close");
        s.os.close(raw).unwrap();
        let mut fd = create_again(&s);
        fd.close().unwrap();
        assert_eq!(fd.into_raw_fd(), None);
        assert_eq!(s.faulty.count(Call::Close), 2);
    }

    #[cfg(unix)]
    #[test]
    fn the_descriptor_is_lent_and_handed_to_std_only_while_open() {
        use std::os::fd::AsRawFd;
        let s = setup("owned");
        let mut fd = create(&s);
        assert_eq!(fd.as_fd().map(|b| b.as_raw_fd()), Some(fd.raw()));
        fd.close().unwrap();
        assert!(fd.as_fd().is_none());
        assert!(fd.into_owned_fd().is_none());

        let fd = create_again(&s);
        let raw = fd.raw();
        let owned = fd.into_owned_fd().unwrap();
        assert_eq!(owned.as_raw_fd(), raw);
        drop(owned); // std closes it
        assert_eq!(
            s.faulty.count(Call::Close),
            1,
            "the seam closed only the first"
        );
    }

    #[cfg(windows)]
    #[test]
    fn the_handle_is_lent_only_while_open_and_a_duplicate_handed_to_std() {
        let s = setup("handle");
        let mut fd = create(&s);
        assert!(fd.as_handle().is_some());
        fd.close().unwrap();
        assert!(fd.as_handle().is_none());
        assert!(fd.into_owned_fd().is_none());

        let fd = create_again(&s);
        let owned = fd.into_owned_fd();
        assert!(owned.is_some());
        // The C runtime descriptor is closed through the seam; std owns the duplicate.
        assert_eq!(s.faulty.count(Call::Close), 2);
        drop(owned);
    }
}
