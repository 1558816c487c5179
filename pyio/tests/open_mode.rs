//! `OpenMode`'s capabilities and `Newline`'s Python value, as `io.open` has them
//! (`Lib/_pyio.py`): a mode can write when it has `w`, `a`, `x` or `+`; `newline=` gives back
//! the value it was given.

#![allow(clippy::unwrap_used)]

use pyio::{Newline, OpenMode};

#[test]
fn each_writing_letter_makes_a_mode_writable() {
    for (mode, readable, writable) in [
        ("rb", true, false),
        ("wb", false, true),
        ("ab", false, true),
        ("xb", false, true),
        ("rb+", true, true),
        ("ab+", true, true),
        ("xb+", true, true),
        ("r", true, false),
        ("a", false, true),
        ("x", false, true),
    ] {
        let m = OpenMode::parse(mode).unwrap();
        assert_eq!(m.readable(), readable, "{mode}");
        assert_eq!(m.writable(), writable, "{mode}");
    }
}

#[test]
fn newline_gives_back_its_python_value() {
    for value in [None, Some(""), Some("\n"), Some("\r"), Some("\r\n")] {
        assert_eq!(Newline::parse(value).unwrap().as_python(), value);
    }
}
