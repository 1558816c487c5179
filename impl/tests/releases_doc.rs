//! The README's "CPython releases" table names every [`Behaviour`] with its first release, so
//! that the documentation cannot drift from the version switch.
#![allow(clippy::unwrap_used)]

use pytempfile::{Behaviour, PyVersion, Since};

#[test]
fn readme_lists_every_behaviour_with_its_first_release() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
    let start = readme.find("## CPython releases").unwrap();
    let section = &readme[start..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    for b in Behaviour::ALL {
        let row = section
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", b.name())))
            .unwrap_or_else(|| panic!("README has no row for {b}"));
        let first = match b.since() {
            Since::Exact(firsts) => firsts
                .iter()
                .map(PyVersion::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            Since::Bracketed(absent, present) => format!("bracketed {absent} .. {present}"),
        };
        assert!(
            row.contains(&format!("| {first} |")),
            "{b}: want {first:?} in {row}"
        );
        assert!(
            row.contains(b.source()),
            "{b}: want {:?} in {row}",
            b.source()
        );
    }
    for v in PyVersion::KNOWN {
        assert!(section.contains(&v.to_string()), "{v} not named");
    }
}
