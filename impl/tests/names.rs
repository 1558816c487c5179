//! Candidate names: alphabet, length, uniform use of all 37 characters, fresh state after fork.
#![allow(clippy::unwrap_used)]

use std::collections::HashSet;
#[cfg(unix)]
use std::io::{Read, Write};

use pytempfile::names::{CHARACTERS, NAME_LEN};
use pytempfile::{NameSource, RandomNameSequence};

#[test]
fn hundred_thousand_names_use_all_37_characters_and_only_them() {
    let seq = RandomNameSequence::new();
    let mut seen = HashSet::new();
    for _ in 0..100_000 {
        let name = seq.next_array();
        assert_eq!(name.len(), NAME_LEN);
        for c in name {
            assert!(
                CHARACTERS.contains(&c),
                "unexpected character {:?}",
                c as char
            );
            seen.insert(c);
        }
    }
    assert_eq!(seen.len(), 37, "characters never drawn: {:?}", {
        let missing: Vec<char> = CHARACTERS
            .iter()
            .filter(|c| !seen.contains(c))
            .map(|&c| c as char)
            .collect();
        missing
    });
    // CPython's alphabet has no '-' and no upper case, although its test regex allows '-'.
    assert!(!seen.contains(&b'-'));
}

#[test]
fn iterator_and_name_source_agree_on_format() {
    let mut seq = RandomNameSequence::new();
    let s = seq.next().unwrap();
    assert_eq!(s.len(), 8);
    let mut buf = b"pre".to_vec();
    seq.next_name(&mut buf).unwrap();
    assert_eq!(buf.len(), 11);
    assert!(buf[3..].iter().all(|c| CHARACTERS.contains(c)));
}

#[test]
fn names_do_not_repeat_within_ten_thousand_draws() {
    // A birthday collision among 10^4 names out of 37^8 has probability ~1.4e-5.
    let seq = RandomNameSequence::new();
    let set: HashSet<[u8; 8]> = (0..10_000).map(|_| seq.next_array()).collect();
    assert_eq!(set.len(), 10_000);
}

#[test]
fn threads_draw_independent_names() {
    let handles: Vec<_> = (0..4)
        .map(|_| {
            std::thread::spawn(|| {
                (0..100)
                    .map(|_| RandomNameSequence.next_array())
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut all = HashSet::new();
    for h in handles {
        for n in h.join().unwrap() {
            assert!(all.insert(n), "two threads drew the same name");
        }
    }
}

// POSIX: fork (Windows never forks, and never needs a re-seed).
#[cfg(unix)]
#[test]
fn a_forked_child_draws_different_names_from_its_parent() {
    // Seed this thread's generator, then fork. Without re-seeding, the child's next names
    // would be exactly the parent's next names (same ChaCha state).
    let seq = RandomNameSequence::new();
    let _ = seq.next_array();
    let (mut rx, mut tx) = std::io::pipe().unwrap();
    let status = pytempfile::os::fork_wait(move || {
        let names: Vec<u8> = (0..4)
            .flat_map(|_| RandomNameSequence.next_array())
            .collect();
        if tx.write_all(&names).is_err() {
            return 2;
        }
        0
    })
    .unwrap();
    assert_eq!(status, 0);
    let mut child = Vec::new();
    rx.read_to_end(&mut child).unwrap();
    assert_eq!(child.len(), 32);
    let parent: Vec<u8> = (0..4).flat_map(|_| seq.next_array()).collect();
    assert_ne!(
        child, parent,
        "the child repeated the parent's name sequence"
    );
    // And the parent's state moved on normally: its names are still well-formed.
    assert!(parent.iter().all(|c| CHARACTERS.contains(c)));
}

// POSIX: fork.
#[cfg(unix)]
#[test]
fn fork_generation_changes_in_the_child_only() {
    let before = pytempfile::os::fork_generation();
    let (mut rx, mut tx) = std::io::pipe().unwrap();
    let status = pytempfile::os::fork_wait(move || {
        let g = pytempfile::os::fork_generation();
        i32::from(tx.write_all(&g.to_le_bytes()).is_err())
    })
    .unwrap();
    assert_eq!(status, 0);
    let mut buf = [0u8; 8];
    rx.read_exact(&mut buf).unwrap();
    assert_ne!(u64::from_le_bytes(buf), before);
    assert_eq!(pytempfile::os::fork_generation(), before);
}

/// Uniformity: every position of 100,000 names, chi-square over the 37 characters (36 degrees
/// of freedom). A fair generator exceeds 100 with probability below 1e-7; a biased mapping
/// (e.g. `draw % 37` per character from a byte, or a character dropped) lands in the
/// hundreds or thousands.
#[test]
fn every_position_is_uniform_over_the_alphabet() {
    const N: usize = 100_000;
    let seq = RandomNameSequence::new();
    let mut counts = [[0u32; 37]; NAME_LEN];
    for _ in 0..N {
        for (pos, c) in seq.next_array().iter().enumerate() {
            let i = CHARACTERS.iter().position(|x| x == c).unwrap();
            counts[pos][i] += 1;
        }
    }
    let expected = N as f64 / 37.0;
    for (pos, row) in counts.iter().enumerate() {
        let chi2: f64 = row
            .iter()
            .map(|&o| (f64::from(o) - expected).powi(2) / expected)
            .sum();
        assert!(
            chi2 < 100.0,
            "position {pos}: chi-square {chi2:.1} over 36 degrees of freedom"
        );
    }
}

/// The sequence-owned generator: the same alphabet and uniformity, distinct instances and a
/// forked child draw different names.
#[test]
fn owned_sequences_are_uniform_and_independent() {
    const N: usize = 100_000;
    let mut seq = pytempfile::OwnedNameSequence::new();
    let mut counts = [[0u32; 37]; NAME_LEN];
    let mut seen = HashSet::new();
    for _ in 0..N {
        let n = seq.next_array();
        seen.insert(n);
        for (pos, c) in n.iter().enumerate() {
            let i = CHARACTERS.iter().position(|x| x == c).unwrap();
            counts[pos][i] += 1;
        }
    }
    // A birthday collision among 10^5 of 37^8 names has probability ~1.4e-3.
    assert!(seen.len() >= N - 2, "{} distinct of {N}", seen.len());
    let expected = N as f64 / 37.0;
    for (pos, row) in counts.iter().enumerate() {
        let chi2: f64 = row
            .iter()
            .map(|&o| (f64::from(o) - expected).powi(2) / expected)
            .sum();
        assert!(chi2 < 100.0, "position {pos}: chi-square {chi2:.1}");
    }
    // Two instances are seeded independently.
    let mut a = pytempfile::OwnedNameSequence::new();
    let mut b = pytempfile::OwnedNameSequence::new();
    let xa: Vec<_> = (0..4).map(|_| a.next_array()).collect();
    let xb: Vec<_> = (0..4).map(|_| b.next_array()).collect();
    assert_ne!(xa, xb);
}

// POSIX: fork.
#[cfg(unix)]
#[test]
fn an_owned_sequence_is_reseeded_in_a_forked_child() {
    let mut seq = pytempfile::OwnedNameSequence::new();
    let _ = seq.next_array(); // seeded in the parent; the child starts from a copy of it
    let (mut rx, mut tx) = std::io::pipe().unwrap();
    let status = pytempfile::os::fork_wait(|| {
        // The child's copy of `seq`: without the re-seed it would draw exactly the names the
        // parent draws next.
        let names: Vec<u8> = (0..4).flat_map(|_| seq.next_array()).collect();
        i32::from(tx.write_all(&names).is_err())
    });
    assert_eq!(status.unwrap(), 0);
    drop(tx);
    let mut child = Vec::new();
    rx.read_to_end(&mut child).unwrap();
    assert_eq!(child.len(), 32);
    let parent: Vec<u8> = (0..4).flat_map(|_| seq.next_array()).collect();
    assert_ne!(child, parent, "the child repeated the parent's names");
    assert!(child.iter().all(|c| CHARACTERS.contains(c)));
}

// POSIX: fork.
#[cfg(unix)]
#[test]
fn two_children_of_one_parent_draw_different_names() {
    // Each child re-seeds its copy of the parent's generator from the kernel: without that,
    // two children forked from the same state would draw the same names, whatever the parent
    // does meanwhile.
    // The names of a child forked now: 4 names, 32 bytes.
    let child_names = |draw: &mut dyn FnMut() -> [u8; 8]| -> Vec<u8> {
        let (mut rx, mut tx) = std::io::pipe().unwrap();
        let status = pytempfile::os::fork_wait(|| {
            let names: Vec<u8> = (0..4).flat_map(|_| draw()).collect();
            i32::from(tx.write_all(&names).is_err())
        });
        assert_eq!(status.unwrap(), 0);
        drop(tx);
        let mut names = Vec::new();
        rx.read_to_end(&mut names).unwrap();
        assert_eq!(names.len(), 32);
        names
    };
    let _ = RandomNameSequence.next_array();
    let a = child_names(&mut || RandomNameSequence.next_array());
    let b = child_names(&mut || RandomNameSequence.next_array());
    assert_ne!(a, b, "two children drew the same names (thread generator)");

    let mut seq = pytempfile::OwnedNameSequence::new();
    let _ = seq.next_array();
    let mut copy_a = || seq.next_array();
    let a = child_names(&mut copy_a);
    let mut copy_b = || seq.next_array();
    let b = child_names(&mut copy_b);
    assert_ne!(a, b, "two children drew the same names (owned sequence)");
}

/// An owned sequence is an iterator of 8-character names, and its `Debug` shows none of its
/// generator's state.
#[test]
fn an_owned_sequence_iterates_names_and_hides_its_state() {
    let mut seq = pytempfile::OwnedNameSequence::new();
    let names: Vec<String> = seq.by_ref().take(3).collect();
    assert_eq!(names.len(), 3);
    for n in &names {
        assert_eq!(n.len(), 8, "{n}");
        assert!(n.bytes().all(|c| CHARACTERS.contains(&c)), "{n}");
    }
    assert_ne!(names[0], names[1]);
    assert_eq!(format!("{seq:?}"), "OwnedNameSequence { .. }");
}
