//! The standard traits on pytempfile's objects: `Send` and `Sync` (at compile time, and a file
//! moved to another thread), `AsRawFd` and `AsRef<Path>`, and a spool's `Read`, `Write` and
//! `Seek`.

use super::*;

fn assert_send<T: Send>() {}
fn assert_sync<T: Sync>() {}

#[test]
fn file_objects_are_send_and_sync() {
    assert_send::<FileObject>();
    assert_sync::<FileObject>();
    assert_send::<NamedTemporaryFile>();
    assert_sync::<NamedTemporaryFile>();
    assert_send::<SpooledTemporaryFile>();
    assert_sync::<SpooledTemporaryFile>();
    assert_send::<TemporaryDirectory>();
    assert_sync::<TemporaryDirectory>();
    assert_send::<TempPath>();
    assert_sync::<TempPath>();
    assert_send::<PersistError>();
    assert_sync::<PersistError>();
    assert_send::<PathPersistError>();
    assert_sync::<PathPersistError>();
    assert_send::<Tempfile>();
    assert_sync::<Tempfile>();
    // `?` in a function returning `Box<dyn Error + Send + Sync>` needs both.
    fn boxed(e: PersistError) -> Box<dyn std::error::Error + Send + Sync> {
        Box::new(e)
    }
    let _ = boxed;
}

#[test]
fn a_file_moves_to_another_thread_and_back() {
    let sb = Sandbox::new("parity-thread");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = named(&t);
    f.write_all(b"main ").unwrap();
    let mut f = std::thread::spawn(move || {
        f.write_all(b"worker").unwrap();
        f
    })
    .join()
    .unwrap();
    f.rewind().unwrap();
    let mut s = String::new();
    f.read_to_string(&mut s).unwrap();
    assert_eq!(s, "main worker");
    // Shared between threads by reference (Sync): the read-only side.
    let path = f.path().to_path_buf();
    std::thread::scope(|s| {
        s.spawn(|| assert_eq!(f.path(), path));
        s.spawn(|| assert!(f.file().fileno().unwrap() >= 0));
    });
    f.close().unwrap();
    assert!(!path.exists());
}

// ---------------------------------------------------------------------------------------------
// Descriptors and paths

// Unix only: AsRawFd/AsFd are Unix traits (Windows' C runtime descriptors have no std trait).
#[cfg(unix)]
#[test]
fn as_raw_fd_is_the_descriptor_while_open_and_minus_one_after() {
    let sb = Sandbox::new("parity-rawfd");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut f = named(&t);
    let fd = f.as_raw_fd();
    assert_eq!(fd, f.file().fileno().unwrap());
    assert_eq!(f.as_fd().unwrap().as_raw_fd(), fd);
    f.close().unwrap();
    assert_eq!(f.as_raw_fd(), -1);
    assert_eq!(f.file().as_raw_fd(), -1);
    assert!(f.as_fd().is_err(), "no BorrowedFd for a closed file");
    // TemporaryFile is a FileObject.
    let mut tf = t
        .temporary_file(&Params::new(), &FileOptions::new())
        .unwrap();
    assert_eq!(tf.as_raw_fd(), tf.fileno().unwrap());
    // The checked conversions implement AsFd.
    fn takes_as_fd(fd: impl std::os::fd::AsFd) -> i32 {
        fd.as_fd().as_raw_fd()
    }
    assert_eq!(takes_as_fd(tf.as_fd().unwrap()), tf.fileno().unwrap());
    let raw = tf.fileno().unwrap();
    assert_eq!(takes_as_fd(tf.as_file().unwrap()), raw);
    tf.close().unwrap();
    assert_eq!(tf.as_raw_fd(), -1);
}

#[test]
fn as_ref_path_on_named_files_directories_and_guards() {
    let sb = Sandbox::new("parity-asref");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    fn path_of(p: impl AsRef<Path>) -> PathBuf {
        p.as_ref().to_path_buf()
    }
    let f = movable(&t);
    assert_eq!(path_of(&f), f.path());
    let d = t
        .temporary_directory(&Params::new(), pytempfile::DirOptions::new())
        .unwrap();
    assert_eq!(path_of(&d), d.path());
    assert!(std::fs::metadata(&d).unwrap().is_dir());
    let guard = f.into_temp_path().unwrap();
    assert_eq!(path_of(&guard), guard.path());
    d.exit().unwrap();
}

// ---------------------------------------------------------------------------------------------
// SpooledTemporaryFile: Read, Write, Seek

#[test]
fn spool_read_write_seek_in_every_release() {
    for v in PyVersion::KNOWN {
        let sb = Sandbox::new("parity-spool");
        let (t, _os, _ev) = module_v(&sb, v);
        let mut sp = t
            .spooled_temporary_file(8, &Params::new(), &FileOptions::new())
            .unwrap();
        sp.write_all(b"12345678").unwrap();
        assert!(!sp.rolled(), "{v}");
        Seek::seek(&mut sp, SeekFrom::Start(2)).unwrap();
        let mut buf = [0u8; 3];
        sp.read_exact(&mut buf).unwrap(); // Read works on 3.10 too (no readinto there)
        assert_eq!(&buf, b"345", "{v}");
        Seek::seek(&mut sp, SeekFrom::End(0)).unwrap();
        sp.write_all(b"9").unwrap();
        assert!(sp.rolled(), "{v}: position 9 > 8");
        assert_eq!(sp.stream_position().unwrap(), 9);
        sp.rewind().unwrap();
        let mut all = Vec::new();
        sp.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"123456789", "{v}");
        std::io::Write::flush(&mut sp).unwrap();
        sp.close().unwrap();
    }
}

#[test]
fn spool_write_trait_rolls_over_before_writing_so_an_error_writes_nothing() {
    let sb = Sandbox::new("parity-spool-fail");
    let (t, os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut sp = t
        .spooled_temporary_file(4, &Params::new(), &FileOptions::new())
        .unwrap();
    sp.write_all(b"1234").unwrap();
    os.add_fault(Fault::every(Call::Open, libc::ENOSPC));
    let err = sp.write_all(b"56").unwrap_err();
    assert_eq!(err.raw_os_error(), None);
    assert_eq!(pytempfile::Error::from_io(err).errno(), Some(libc::ENOSPC));
    assert!(!sp.rolled());
    assert_eq!(
        sp.memory_value().unwrap().unwrap(),
        b"1234",
        "nothing written: Write's contract"
    );
    // The inherent, CPython-shaped write appends, then fails to roll over (as CPython's
    // `write` then `_check`), and the bytes stay in memory.
    let err = SpooledTemporaryFile::write(&mut sp, b"56").unwrap_err();
    assert_eq!(err.errno(), Some(libc::ENOSPC));
    assert_eq!(sp.memory_value().unwrap().unwrap(), b"123456");
    os.clear_faults();
    sp.write_all(b"7").unwrap();
    assert!(sp.rolled());
    sp.rewind().unwrap();
    let mut all = Vec::new();
    sp.read_to_end(&mut all).unwrap();
    assert_eq!(all, b"1234567");
}

#[test]
fn spool_traits_on_a_text_spool_are_type_errors() {
    let sb = Sandbox::new("parity-spool-text");
    let (t, _os, _ev) = module_v(&sb, PyVersion::NEWEST);
    let mut sp = t
        .spooled_temporary_file(0, &Params::new(), &FileOptions::new().mode("w+"))
        .unwrap();
    let err = Write::write(&mut sp, b"x").unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    let mut buf = [0u8; 1];
    let err = std::io::Read::read(&mut sp, &mut buf).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    let err = std::io::Seek::seek(&mut sp, SeekFrom::Start(0)).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    sp.rollover().unwrap();
    let err = std::io::Read::read(&mut sp, &mut buf).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    sp.close().unwrap();
}
