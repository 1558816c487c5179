//! The module's own state, as `TempfileBuilder` sets it and `Tempfile` reports it: the release
//! followed (and the report of one the crate does not know), the locale encoding of text mode.
#![allow(clippy::unwrap_used)]

use std::sync::{Arc, Mutex};

use pytempfile::{Event, EventSink, PyVersion, Tempfile};

fn collecting() -> (EventSink, Arc<Mutex<Vec<Event>>>) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let into = Arc::clone(&events);
    let sink: EventSink = Arc::new(move |e: &Event| into.lock().unwrap().push(e.clone()));
    (sink, events)
}

fn unknown_releases(events: &Mutex<Vec<Event>>) -> Vec<(PyVersion, PyVersion)> {
    events
        .lock()
        .unwrap()
        .iter()
        .filter_map(|e| match e {
            Event::UnknownRelease { release, follows } => Some((*release, *follows)),
            _ => None,
        })
        .collect()
}

/// A release the crate does not know gets the nearest known older release's behaviour, and
/// that is reported once per release set: at the first call, not again; again after
/// `set_version` to another unknown one; never for a known one.
#[test]
fn an_unknown_release_is_reported_once_per_release_set() {
    let (sink, events) = collecting();
    let future = PyVersion::new(3, 16, 0);
    let t = Tempfile::builder().version(future).events(sink).build();
    assert!(
        unknown_releases(&events).is_empty(),
        "not before the first call"
    );
    assert_eq!(t.version(), future);
    assert_eq!(t.version(), future);
    t.gettempprefix().unwrap();
    assert_eq!(
        unknown_releases(&events),
        [(future, PyVersion::V3_15)],
        "once, following 3.15.2"
    );

    let old = PyVersion::new(3, 9, 7);
    t.set_version(old);
    assert_eq!(t.version(), old);
    t.set_version(PyVersion::V3_13);
    assert_eq!(t.version(), PyVersion::V3_13);
    assert_eq!(
        unknown_releases(&events),
        [(future, PyVersion::V3_15), (old, PyVersion::V3_10)],
        "the older one follows the oldest known; a known one is not reported"
    );
}

/// The builder's locale encoding is what text mode uses when none is given.
#[test]
fn the_builders_locale_encoding_is_the_modules() {
    let t = Tempfile::builder().locale_encoding("ISO-8859-1").build();
    assert_eq!(t.locale_encoding(), "ISO-8859-1");
    t.set_locale_encoding("ANSI_X3.4-1968");
    assert_eq!(t.locale_encoding(), "ANSI_X3.4-1968");
}

/// `{:?}` shows the release followed, `TMP_MAX` and `tempdir`.
#[test]
fn debug_shows_the_release_tmp_max_and_tempdir() {
    let t = Tempfile::builder()
        .version(PyVersion::V3_12)
        .tmp_max(7)
        .tempdir("/nonexistent/pytempfile-debug")
        .build();
    let shown = format!("{t:?}");
    assert!(shown.starts_with("Tempfile {"), "{shown}");
    for part in [
        "major: 3, minor: 12, micro: 1",
        "tmp_max: 7",
        "tempdir: Some(",
    ] {
        assert!(shown.contains(part), "{part} not in {shown}");
    }
}

/// Whether an event sink is installed, for callers that would build an event for nobody; and
/// `Params`' `{:?}`.
#[test]
fn wants_events_says_whether_a_sink_is_installed() {
    assert!(!Tempfile::builder().build().wants_events());
    let (sink, _) = collecting();
    let t = Tempfile::builder().events(sink).build();
    assert!(t.wants_events());
    t.set_event_sink(None);
    assert!(!t.wants_events());
    let shown = format!("{:?}", pytempfile::Params::new().prefix("pre").suffix(".s"));
    assert!(shown.starts_with("Params {"), "{shown}");
    assert!(
        shown.contains("prefix: Some(") && shown.contains("suffix: Some("),
        "{shown}"
    );
}
