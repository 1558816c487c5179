//! The project's rule: the modules of a crate form no cycle, and a module names another by its
//! module path, never through the crate root's re-exports (ARCHITECTURE.md).
//!
//! For every workspace crate, each file of `src/` is a module (`lib.rs`/`main.rs` the root,
//! `a.rs` or `a/mod.rs` the module `a`, `a/b.rs` the module `a::b`; `src/bin/` is left out). Its
//! dependencies are read from the text before its first `#[cfg(test)]` (unit tests may reach
//! anywhere), comments removed: every `crate::x::y` resolves to the longest module prefix it
//! names, `super::x` to the parent's module `x` or the parent, and a private `use x::...` of a
//! child module to that child. A `pub use` of a child's item is a re-export (the child's API
//! shown at its parent's path), not a dependency. A `crate::Item` of an item the root
//! re-exports from one of its modules is forbidden outright; one the root defines is an edge to
//! the root. Names the root takes from another crate (`use pybase::{error, os}`) are that
//! crate's, not an edge. Crates
//! themselves cannot form a cycle: cargo refuses one.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const CRATES: [&str; 8] = [
    "pybase",
    "pyio",
    "impl",
    "python",
    "pyref",
    "conformance",
    "fuzzlib",
    "benches",
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// `src/a/b.rs` -> `a::b`; `lib.rs`, `main.rs`, `mod.rs` name their directory's module.
fn module_name(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "bin") {
        return None;
    }
    if parts
        .last()
        .is_some_and(|l| l == "lib" || l == "main" || l == "mod")
    {
        parts.pop();
    }
    Some(parts.join("::"))
}

/// The text a module depends through: before its unit tests, without comments.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or("");
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Every `prefix` path in `text` (`crate::a::b` for prefix `crate`), as its segments after the
/// prefix; a `prefix::{a, b::c}` group gives each member.
fn paths_after(text: &str, prefix: &str) -> Vec<Vec<String>> {
    let pat = format!("{prefix}::");
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(&pat) {
        let before = rest[..i].chars().last();
        rest = &rest[i + pat.len()..];
        if before.is_some_and(is_ident) {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let segs: Vec<String> = item
                    .trim()
                    .split("::")
                    .map(|s| s.chars().take_while(|c| is_ident(*c)).collect())
                    .filter(|s: &String| !s.is_empty())
                    .collect();
                if !segs.is_empty() {
                    out.push(segs);
                }
            }
            continue;
        }
        let mut segs = Vec::new();
        let mut r = rest;
        loop {
            let seg: String = r.chars().take_while(|c| is_ident(*c)).collect();
            if seg.is_empty() {
                break;
            }
            r = &r[seg.len()..];
            segs.push(seg);
            match r.strip_prefix("::") {
                Some(next) => r = next,
                None => break,
            }
        }
        if !segs.is_empty() {
            out.push(segs);
        }
    }
    out
}

/// The first segment of every private `use` item at the start of a line (`use a::b;`,
/// `use {a, b};`); a `pub use` re-exports and is left out.
fn use_heads(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut l = line.trim_start();
        if l.starts_with("pub ") || l.starts_with("pub(") {
            continue;
        }
        if let Some(r) = l.strip_prefix("pub") {
            l = r.trim_start();
            if let Some(r) = l.strip_prefix('(') {
                l = r.split_once(')').map_or("", |(_, r)| r).trim_start();
            }
        }
        let Some(r) = l.strip_prefix("use ") else {
            continue;
        };
        let r = r.trim_start();
        let items: Vec<&str> = match r.strip_prefix('{') {
            Some(g) => g.split('}').next().unwrap_or("").split(',').collect(),
            None => vec![r],
        };
        for item in items {
            let head: String = item.trim().chars().take_while(|c| is_ident(*c)).collect();
            if !head.is_empty() {
                out.push(head);
            }
        }
    }
    out
}

/// What the root's `use` lines bring in: the names taken from other crates (`use pybase::{error,
/// os}`), and the names re-exported from its own modules (`pub use args::{Arg, PyPath}`).
fn root_imports(root: &str, modules: &BTreeSet<String>) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut external, mut reexported) = (BTreeSet::new(), BTreeSet::new());
    for line in root.lines() {
        let l = line.trim();
        let (public, r) = match l.strip_prefix("pub use ") {
            Some(r) => (true, r),
            None => match l.strip_prefix("use ") {
                Some(r) => (false, r),
                None => continue,
            },
        };
        let Some((krate, rest)) = r.split_once("::") else {
            continue;
        };
        let rest = rest.trim_end_matches(';');
        let rest = rest.trim_start_matches('{').trim_end_matches('}');
        let names = rest
            .split(',')
            .map(|item| item.split(" as ").last().unwrap_or("").trim())
            .map(|n| n.rsplit("::").next().unwrap_or("").to_string())
            .filter(|n| !n.is_empty());
        if ["crate", "self", "super"].contains(&krate) {
            continue;
        }
        if modules.contains(krate) {
            if public {
                reexported.extend(names);
            }
        } else {
            external.extend(names);
        }
    }
    (external, reexported)
}

/// The module graph of `krate`, and the modules that use the root's re-exports.
fn graph(krate: &str) -> (BTreeMap<String, BTreeSet<String>>, Vec<String>) {
    let src = workspace().join(krate).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut texts = BTreeMap::new();
    for f in &files {
        if let Some(m) = module_name(&src, f) {
            texts.insert(m, code(&std::fs::read_to_string(f).unwrap()));
        }
    }
    let modules: BTreeSet<String> = texts.keys().cloned().collect();
    let (external, reexported) = root_imports(texts.get("").map_or("", String::as_str), &modules);
    let longest = |segs: &[String]| -> String {
        (1..=segs.len())
            .rev()
            .map(|k| segs[..k].join("::"))
            .find(|c| modules.contains(c))
            .unwrap_or_default()
    };
    let mut edges = BTreeMap::new();
    let mut through_root = Vec::new();
    for (m, text) in &texts {
        let mut deps = BTreeSet::new();
        for segs in paths_after(text, "crate") {
            if external.contains(&segs[0]) {
                continue;
            }
            let target = longest(&segs);
            if target.is_empty() && !m.is_empty() && reexported.contains(&segs[0]) {
                through_root.push(format!("{m} uses crate::{}", segs.join("::")));
            }
            deps.insert(target);
        }
        let parent = m.rsplit_once("::").map_or("", |(p, _)| p).to_string();
        for segs in paths_after(text, "super") {
            let mut full: Vec<String> = parent.split("::").map(str::to_string).collect();
            full.retain(|s| !s.is_empty());
            full.extend(segs);
            let found = longest(&full);
            deps.insert(if found.is_empty() {
                parent.clone()
            } else {
                found
            });
        }
        for head in use_heads(text) {
            let child = if m.is_empty() {
                head.clone()
            } else {
                format!("{m}::{head}")
            };
            if modules.contains(&child) {
                deps.insert(child);
            }
        }
        deps.remove(m);
        edges.insert(m.clone(), deps);
    }
    (edges, through_root)
}

/// A cycle of `edges`, if there is one.
fn cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        u: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(u.to_string(), 1);
        stack.push(u.to_string());
        for v in edges.get(u).into_iter().flatten() {
            match state.get(v.as_str()) {
                Some(1) => {
                    let i = stack.iter().position(|s| s == v).unwrap_or(0);
                    let mut c = stack[i..].to_vec();
                    c.push(v.clone());
                    return Some(c);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(v, edges, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(u.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for u in edges.keys() {
        if !state.contains_key(u.as_str()) {
            if let Some(c) = visit(u, edges, &mut state, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn no_crate_has_a_module_cycle() {
    let mut found = Vec::new();
    for krate in CRATES {
        let (g, through_root) = graph(krate);
        found.extend(through_root.iter().map(|u| format!("{krate}: {u}")));
        assert!(
            g.len() > 1 || krate == "benches",
            "{krate}: no modules read"
        );
        if let Some(c) = cycle(&g) {
            let shown: Vec<&str> = c
                .iter()
                .map(|m| if m.is_empty() { "<crate root>" } else { m })
                .collect();
            found.push(format!("{krate}: {}", shown.join(" -> ")));
        }
    }
    assert!(
        found.is_empty(),
        "module cycles, or uses of the root's re-exports:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checker_sees_a_cycle_through_use_and_super() {
    let mut g = BTreeMap::new();
    let texts = [
        ("a", "use crate::b::x;"),
        ("b", "fn f() { super::c::g() }"),
        ("c", "use crate::{a::y, d};"),
    ];
    let modules: BTreeSet<String> = ["", "a", "b", "c", "d"].map(String::from).into();
    for (m, t) in texts {
        let mut deps = BTreeSet::new();
        for segs in paths_after(t, "crate")
            .into_iter()
            .chain(paths_after(t, "super"))
        {
            let k = (1..=segs.len())
                .rev()
                .map(|k| segs[..k].join("::"))
                .find(|c| modules.contains(c))
                .unwrap_or_default();
            deps.insert(k);
        }
        g.insert(m.to_string(), deps);
    }
    let c = cycle(&g).unwrap();
    assert_eq!(c.first(), c.last());
    assert!(c.len() == 4, "{c:?}");
    assert_eq!(
        use_heads("use {x::y, z};\npub use q::r;\nuse w::v;"),
        ["x", "z", "w"]
    );
}
