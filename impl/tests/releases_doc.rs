//! The release table (`docs/releases.md`) names every [`Behaviour`] with its first release, so
//! that the documentation cannot drift from the version switch.
#![allow(clippy::unwrap_used)]

use pytempfile::{Behaviour, PyVersion, Since};

#[test]
fn the_release_table_lists_every_behaviour_with_its_first_release() {
    let section =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/releases.md"))
            .unwrap();
    for b in Behaviour::ALL {
        let row = section
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", b.name())))
            .unwrap_or_else(|| panic!("docs/releases.md has no row for {b}"));
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
