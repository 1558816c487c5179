//! The file objects' `io` layer: the [`pyio`] crate (CPython's `io` stack), re-exported at the
//! paths it had inside this crate (`pytempfile::io::text::Cookie`,
//! `pytempfile::io::file::FileObject`, ...), plus [`file::FileOptions`], the arguments of
//! `NamedTemporaryFile`, `TemporaryFile` and `SpooledTemporaryFile` that go to `io.open`.

pub use pyio::*;

/// `io.open` over a temporary file's descriptor ([`pyio::file`]), and the options of the three
/// file objects ([`FileOptions`](file::FileOptions)).
pub mod file {
    pub use pyio::file::*;

    /// The `io.open` arguments of `NamedTemporaryFile`, `TemporaryFile` and
    /// `SpooledTemporaryFile`, plus `NamedTemporaryFile`'s `delete` and `delete_on_close`.
    ///
    /// Nothing is checked here: each function checks the options as CPython does, at the
    /// moment CPython does (a bad mode before the file exists, an unknown encoding after).
    ///
    /// # Examples
    ///
    /// ```
    /// use pytempfile::{FileOptions, NamedTemporaryFile, Params, PyStr};
    ///
    /// # fn main() -> Result<(), pytempfile::Error> {
    /// // NamedTemporaryFile(mode="w+", encoding="utf-8", newline="", errors="surrogateescape")
    /// let opts = FileOptions::new().mode("w+").encoding("utf-8").newline("").errors("surrogateescape");
    /// assert!(opts.is_text());
    /// let mut f = NamedTemporaryFile::with(&Params::new(), &opts)?;
    /// assert_eq!(f.file().encoding()?, "utf-8");
    /// f.file_mut().write_text(&PyStr::from("a\r\n"))?; // newline="": written as given
    /// f.file_mut().flush()?;
    /// assert_eq!(std::fs::read(f.path()).unwrap(), b"a\r\n");
    ///
    /// let bad = FileOptions::new().mode("wb").encoding("utf-8"); // binary takes no encoding
    /// assert!(NamedTemporaryFile::with(&Params::new(), &bad).is_err());
    /// # Ok(()) }
    /// ```
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct FileOptions {
        /// `mode=` (default `"w+b"`).
        pub mode: String,
        /// `buffering=` (default -1: a default-sized buffer; 0: unbuffered, binary only; 1: line
        /// buffering, text only).
        pub buffering: i64,
        /// `encoding=` (text modes; default: the locale's, see [`Tempfile::locale_encoding`](crate::Tempfile::locale_encoding)).
        pub encoding: Option<String>,
        /// `newline=` (text modes; default `None`: universal newlines).
        pub newline: Option<String>,
        /// `errors=` (text modes; default `None`: `"strict"`).
        pub errors: Option<String>,
        /// `delete=` (NamedTemporaryFile; default `true`).
        pub delete: bool,
        /// `delete_on_close=` (NamedTemporaryFile, 3.12+; `None`: not passed, i.e. `true`).
        pub delete_on_close: Option<bool>,
    }

    impl Default for FileOptions {
        fn default() -> Self {
            FileOptions {
                mode: "w+b".to_string(),
                buffering: -1,
                encoding: None,
                newline: None,
                errors: None,
                delete: true,
                delete_on_close: None,
            }
        }
    }

    impl FileOptions {
        /// The defaults (`mode="w+b"`, `buffering=-1`, ...).
        pub fn new() -> FileOptions {
            FileOptions::default()
        }

        /// `mode=`.
        #[must_use]
        pub fn mode(mut self, mode: impl Into<String>) -> FileOptions {
            self.mode = mode.into();
            self
        }

        /// `buffering=`.
        #[must_use]
        pub fn buffering(mut self, buffering: i64) -> FileOptions {
            self.buffering = buffering;
            self
        }

        /// `encoding=`.
        #[must_use]
        pub fn encoding(mut self, encoding: impl Into<String>) -> FileOptions {
            self.encoding = Some(encoding.into());
            self
        }

        /// `newline=`.
        #[must_use]
        pub fn newline(mut self, newline: impl Into<String>) -> FileOptions {
            self.newline = Some(newline.into());
            self
        }

        /// `errors=`.
        #[must_use]
        pub fn errors(mut self, errors: impl Into<String>) -> FileOptions {
            self.errors = Some(errors.into());
            self
        }

        /// `delete=` (NamedTemporaryFile).
        #[must_use]
        pub fn delete(mut self, delete: bool) -> FileOptions {
            self.delete = delete;
            self
        }

        /// `delete_on_close=` (NamedTemporaryFile, 3.12+).
        #[must_use]
        pub fn delete_on_close(mut self, delete_on_close: bool) -> FileOptions {
            self.delete_on_close = Some(delete_on_close);
            self
        }

        /// Whether the mode is a text mode (`'b'` not in it), the test CPython's functions make
        /// before anything else.
        pub fn is_text(&self) -> bool {
            !self.mode.contains('b')
        }

        /// The `io.open` arguments among these options.
        pub fn open_args(&self) -> OpenArgs<'_> {
            OpenArgs {
                mode: &self.mode,
                buffering: self.buffering,
                encoding: self.encoding.as_deref(),
                errors: self.errors.as_deref(),
                newline: self.newline.as_deref(),
            }
        }
    }
}
