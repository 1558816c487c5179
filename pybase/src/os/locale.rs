//! The C library's locale data, read without touching the process's own locale: the character
//! set (`nl_langinfo(CODESET)`) a locale name selects for `LC_CTYPE`, as `setlocale(LC_CTYPE,
//! name)` followed by `nl_langinfo(CODESET)` would report it in CPython's start-up.
//!
//! CPython calls `setlocale(LC_CTYPE, "")` at start-up and reads the codeset of the result; a
//! library must not change the process's locale (it is global and not thread-safe), so this
//! uses a private locale object instead (`newlocale`, `nl_langinfo_l`, `freelocale`), which
//! reads the same locale files (`LOCPATH` included) and changes nothing.

use std::ffi::{CStr, CString};

/// The codeset of locale `name` for `LC_CTYPE` (`"UTF-8"`, `"ANSI_X3.4-1968"`,
/// `"ISO-8859-1"`, ...), or `None` when the C library cannot load that locale (then
/// `setlocale` fails too and the process stays in the `"C"` locale). `""` is not resolved
/// here: callers pass the name the environment selects.
pub fn ctype_codeset(name: &str) -> Option<String> {
    let cname = CString::new(name).ok()?;
    // SAFETY: `cname` is a valid NUL-terminated string; a null base asks for a new object.
    // newlocale returns null on failure, which is checked before use.
    let loc = unsafe { libc::newlocale(libc::LC_CTYPE_MASK, cname.as_ptr(), std::ptr::null_mut()) };
    if loc.is_null() {
        return None;
    }
    // SAFETY: `loc` is a valid locale object until freelocale below; the codeset pointer
    // points into it (or to a static string), and is copied before the object is freed.
    let codeset = unsafe {
        let p = codeset_of(loc);
        let s = if p.is_null() {
            String::new()
        } else {
            CStr::from_ptr(p).to_string_lossy().into_owned()
        };
        libc::freelocale(loc);
        s
    };
    Some(codeset)
}

/// `nl_langinfo_l(CODESET, loc)`.
///
/// # Safety
///
/// `loc` must be a valid locale object; the result points into it.
#[cfg(not(target_vendor = "apple"))]
unsafe fn codeset_of(loc: libc::locale_t) -> *const libc::c_char {
    // SAFETY: the caller passes a valid locale object.
    unsafe { libc::nl_langinfo_l(libc::CODESET, loc) }
}

/// `nl_langinfo(CODESET)` with `loc` as the calling thread's locale for the call (the `libc`
/// crate has no `nl_langinfo_l` for Apple targets): `uselocale` is per thread, so the
/// process's locale never changes.
///
/// # Safety
///
/// `loc` must be a valid locale object; the result points into it.
#[cfg(target_vendor = "apple")]
unsafe fn codeset_of(loc: libc::locale_t) -> *const libc::c_char {
    // SAFETY: the caller passes a valid locale object; the thread's previous locale is
    // restored before returning.
    unsafe {
        let previous = libc::uselocale(loc);
        let p = libc::nl_langinfo(libc::CODESET);
        libc::uselocale(previous);
        p
    }
}

// glibc's names ("ANSI_X3.4-1968"; macOS and FreeBSD say "US-ASCII").
#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn the_c_locale_is_ascii_and_unknown_locales_do_not_load() {
        assert_eq!(ctype_codeset("C").as_deref(), Some("ANSI_X3.4-1968"));
        assert_eq!(ctype_codeset("POSIX").as_deref(), Some("ANSI_X3.4-1968"));
        assert_eq!(ctype_codeset("xx_NO.SUCH-LOCALE"), None);
        assert_eq!(ctype_codeset("C\0x"), None);
    }
}
