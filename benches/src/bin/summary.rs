//! `cargo run -p benches --bin summary [-- --dir DIR] [--out FILE]`: read criterion's
//! estimates (`<dir>/**/new/benchmark.json` + `estimates.json`) and print one table per group
//! (median, the spread of the median as criterion's 95% confidence interval, and the ratio to
//! the group's reference contender), then the project's targets, met or missed. The same text
//! is written as markdown to `<dir>/summary.md` (or `--out FILE`).
//!
//! `DIR` is found as criterion finds it: `--dir`, else `$CRITERION_HOME`, else
//! `$CARGO_TARGET_DIR/criterion`, else the workspace's `target/criterion`.
//!
//! Reference contender per group: `raw` (the syscall limit) where the group has one,
//! `cpu-limit` in `names`, the standard `tempfile` in `binding/*`. A ratio above 1 is slower
//! than the reference.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// One benchmark's result.
#[derive(Clone, Debug)]
struct Bench {
    group: String,
    function: String,
    value: Option<String>,
    /// Median, ns.
    median: f64,
    /// 95% confidence interval of the median, ns.
    lo: f64,
    hi: f64,
    /// Bytes per iteration, if criterion was told.
    bytes: Option<f64>,
}

fn fail(msg: impl std::fmt::Display) -> ! {
    eprintln!("summary: {msg}");
    std::process::exit(2)
}

fn criterion_dir(arg: Option<PathBuf>) -> PathBuf {
    if let Some(d) = arg {
        return d;
    }
    if let Some(d) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(d).join("criterion");
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion")
}

fn find(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "new") {
                if p.join("benchmark.json").is_file() && p.join("estimates.json").is_file() {
                    out.push(p);
                }
            } else {
                find(&p, out);
            }
        }
    }
}

fn read_json(p: &Path) -> Option<Value> {
    serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()
}

fn load(new_dir: &Path) -> Option<Bench> {
    let b = read_json(&new_dir.join("benchmark.json"))?;
    let e = read_json(&new_dir.join("estimates.json"))?;
    let median = &e["median"];
    let bytes = b["throughput"]["Bytes"]
        .as_f64()
        .or_else(|| b["throughput"]["BytesDecimal"].as_f64());
    Some(Bench {
        group: b["group_id"].as_str()?.to_string(),
        function: b["function_id"].as_str().unwrap_or("").to_string(),
        value: b["value_str"].as_str().map(str::to_string),
        median: median["point_estimate"].as_f64()?,
        lo: median["confidence_interval"]["lower_bound"].as_f64()?,
        hi: median["confidence_interval"]["upper_bound"].as_f64()?,
        bytes,
    })
}

fn time(ns: f64) -> String {
    if ns >= 1e6 {
        format!("{:.3} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.3} µs", ns / 1e3)
    } else {
        format!("{ns:.2} ns")
    }
}

fn size(v: &str) -> String {
    match v.parse::<u64>() {
        Ok(n) if n >= 1 << 20 && n % (1 << 20) == 0 => format!("{} MiB", n >> 20),
        Ok(n) if n >= 1 << 10 && n % (1 << 10) == 0 => format!("{} KiB", n >> 10),
        _ => v.to_string(),
    }
}

/// The reference contender of a group.
fn reference(group: &str, functions: &[&str]) -> Option<String> {
    let pick = if group.starts_with("binding/") {
        "tempfile"
    } else if group == "names" {
        "cpu-limit"
    } else {
        "raw"
    };
    functions
        .iter()
        .find(|f| **f == pick)
        .map(|f| (*f).to_string())
}

/// The order contenders are shown in: reference first, then pytempfile, then the rest as
/// criterion ran them.
fn rank(f: &str, reference: Option<&str>) -> u8 {
    if Some(f) == reference {
        0
    } else if reference.is_some_and(|r| f == format!("{r}-again")) {
        1
    } else if f.starts_with("pytempfile") {
        2
    } else {
        3
    }
}

/// The reference's median: the mean of `raw` and `raw-again` (run first and last in the
/// group, to cancel the drift of a shared machine) when both exist.
fn reference_median(rows: &[Bench], refname: Option<&str>) -> Option<f64> {
    let r = refname?;
    let first = rows.iter().find(|b| b.function == r)?.median;
    let again = format!("{r}-again");
    Some(match rows.iter().find(|b| b.function == again) {
        Some(b) => (first + b.median) / 2.0,
        None => first,
    })
}

struct Tables {
    md: String,
    /// (group, value) -> function -> bench
    by_group: BTreeMap<(String, Option<String>), Vec<Bench>>,
}

fn ratio(num: f64, den: f64) -> f64 {
    if den > 0.0 { num / den } else { f64::NAN }
}

fn tables(benches: &[Bench]) -> Tables {
    let mut groups: Vec<String> = Vec::new();
    let mut by_group: BTreeMap<(String, Option<String>), Vec<Bench>> = BTreeMap::new();
    for b in benches {
        if !groups.contains(&b.group) {
            groups.push(b.group.clone());
        }
        by_group
            .entry((b.group.clone(), b.value.clone()))
            .or_default()
            .push(b.clone());
    }
    groups.sort();
    let mut md = String::new();
    for g in &groups {
        let values: Vec<Option<String>> = by_group
            .keys()
            .filter(|(gg, _)| gg == g)
            .map(|(_, v)| v.clone())
            .collect();
        let has_values = values.iter().any(Option::is_some);
        let mut values = values;
        values.sort_by_key(|v| v.as_deref().and_then(|s| s.parse::<u64>().ok()));
        let _ = writeln!(md, "### {g}\n");
        if has_values {
            let _ = writeln!(
                md,
                "| N | contender | median | ± (95% CI) | throughput | ratio |\n|---|---|---|---|---|---|"
            );
        } else {
            let _ = writeln!(
                md,
                "| contender | median | ± (95% CI) | ratio |\n|---|---|---|---|"
            );
        }
        for v in &values {
            let Some(rows) = by_group.get_mut(&(g.clone(), v.clone())) else {
                continue;
            };
            let names: Vec<&str> = rows.iter().map(|b| b.function.as_str()).collect();
            let refname = reference(g, &names);
            rows.sort_by_key(|b| rank(&b.function, refname.as_deref()));
            let refmed = reference_median(rows, refname.as_deref());
            for b in rows.iter() {
                let spread = (b.hi - b.lo) / 2.0 / b.median * 100.0;
                let r = match refmed {
                    Some(m) => format!("{:.2}", ratio(b.median, m)),
                    None => "-".to_string(),
                };
                let name = if Some(&b.function) == refname.as_ref() {
                    format!("{} (ref)", b.function)
                } else {
                    b.function.clone()
                };
                if has_values {
                    let tp = b
                        .bytes
                        .map(|bytes| format!("{:.0} MiB/s", bytes / b.median * 1e9 / 1048576.0))
                        .unwrap_or_default();
                    let _ = writeln!(
                        md,
                        "| {} | {name} | {} | {spread:.1}% | {tp} | {r} |",
                        v.as_deref().map(size).unwrap_or_default(),
                        time(b.median)
                    );
                } else {
                    let _ = writeln!(md, "| {name} | {} | {spread:.1}% | {r} |", time(b.median));
                }
            }
        }
        md.push('\n');
    }
    Tables { md, by_group }
}

/// The targets, checked against the medians.
fn targets(t: &Tables) -> String {
    let get = |g: &str, v: Option<&str>, f: &str| -> Option<f64> {
        let rows = t.by_group.get(&(g.to_string(), v.map(str::to_string)))?;
        if f == "raw" {
            return reference_median(rows, Some("raw"));
        }
        rows.iter().find(|b| b.function == f).map(|b| b.median)
    };
    let with_prefix = |g: &str, v: Option<&str>, prefix: &str| -> Option<f64> {
        t.by_group
            .get(&(g.to_string(), v.map(str::to_string)))?
            .iter()
            .find(|b| {
                b.function.starts_with(prefix)
                    && !b.function.contains("-empty-loop")
                    && !b.function.contains("-pyo3-")
            })
            .map(|b| b.median)
    };
    let mut rows: Vec<(String, String, bool)> = Vec::new();
    let mut check = |what: String, measured: Option<(String, bool)>| {
        if let Some((m, ok)) = measured {
            rows.push((what, m, ok));
        }
    };
    // names
    let ours = get("names", None, "pytempfile");
    check(
        "names: pytempfile (sequence-owned generator) <= 10 ns per name".into(),
        get("names", None, "pytempfile-owned").map(|n| (time(n), n <= 10.0)),
    );
    check(
        "names: pytempfile (the thread's generator) <= 10 ns per name".into(),
        ours.map(|n| (time(n), n <= 10.0)),
    );
    if let (Some(o), Some(c)) = (ours, with_prefix("names", None, "cpython")) {
        let x = c / o;
        check(
            "names: >= 100x faster than CPython".into(),
            Some((format!("{x:.0}x"), x >= 100.0)),
        );
    }
    if let (Some(o), Some(c)) = (ours, get("names", None, "tempfile-crate")) {
        check(
            "names: faster than the tempfile crate's name path".into(),
            Some((format!("{:.2}x", c / o), o < c)),
        );
    }
    let fs_labels: Vec<String> = {
        let mut v: Vec<String> = t
            .by_group
            .keys()
            .filter_map(|(g, _)| g.strip_prefix("create/mkstemp/").map(str::to_string))
            .collect();
        v.dedup();
        v
    };
    for fs in &fs_labels {
        for (op, limit) in [
            ("create/mkstemp", 1.05),
            ("create/named", 1.05),
            ("create/tempfile", 1.05),
            ("directories/tempdir", 1.10),
            ("directories/tree1000", 1.05),
        ] {
            let g = format!("{op}/{fs}");
            if let (Some(o), Some(r)) = (get(&g, None, "pytempfile"), get(&g, None, "raw")) {
                let x = ratio(o, r);
                check(
                    format!("{g}: pytempfile <= {limit:.2}x raw"),
                    Some((format!("{x:.3}x"), x <= limit)),
                );
            }
        }
        let g = format!("spool/{fs}");
        let mut sizes: Vec<String> = t
            .by_group
            .keys()
            .filter(|(gg, v)| *gg == g && v.is_some())
            .filter_map(|(_, v)| v.clone())
            .collect();
        sizes.sort_by_key(|s| s.parse::<u64>().unwrap_or(0));
        for n in &sizes {
            let v = Some(n.as_str());
            let (Some(o), Some(r)) = (get(&g, v, "pytempfile"), get(&g, v, "raw")) else {
                continue;
            };
            let x = ratio(o, r);
            check(
                format!("{g} {}: pytempfile <= 1.10x raw", size(n)),
                Some((format!("{x:.3}x"), x <= 1.10)),
            );
            let crate_ = get(&g, v, "tempfile-crate");
            let cpy = with_prefix(&g, v, "cpython");
            if let (Some(c), Some(p)) = (crate_, cpy) {
                check(
                    format!(
                        "{g} {}: faster than the tempfile crate and CPython",
                        size(n)
                    ),
                    Some((
                        format!("{:.2}x / {:.2}x of them", ratio(o, c), ratio(o, p)),
                        o < c && o < p,
                    )),
                );
            }
        }
        // Issue 13's target: every operation of the Python module at least 1.5x faster than
        // the standard module, from Python.
        for op in [
            "mkstemp",
            "mkdtemp",
            "named",
            "named-text",
            "tempfile",
            "tempfile-text",
            "tempdir",
            "spool-memory",
            "spool-text",
            "spool-rollover-4KiB",
            "spool-rollover-64KiB",
            "spool-rollover-1MiB",
            "spool-rollover-16MiB",
        ] {
            let g = format!("binding/{op}/{fs}");
            if let (Some(o), Some(s)) = (get(&g, None, "pytempfile"), get(&g, None, "tempfile")) {
                let x = ratio(s, o);
                check(
                    format!("{g}: pytempfile module >= 1.5x faster than tempfile"),
                    Some((format!("{x:.2}x"), x >= 1.5)),
                );
            }
        }
    }
    let mut md = String::from("| target | measured | met |\n|---|---|---|\n");
    for (what, m, ok) in &rows {
        let _ = writeln!(
            md,
            "| {what} | {m} | {} |",
            if *ok { "yes" } else { "**no**" }
        );
    }
    let met = rows.iter().filter(|r| r.2).count();
    let _ = writeln!(md, "\n{met} of {} targets met.", rows.len());
    md
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let mut out = None;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--dir" => {
                dir = Some(PathBuf::from(
                    args.next().unwrap_or_else(|| fail("--dir DIR")),
                ))
            }
            "--out" => {
                out = Some(PathBuf::from(
                    args.next().unwrap_or_else(|| fail("--out FILE")),
                ))
            }
            "-h" | "--help" => {
                println!("usage: summary [--dir CRITERION_DIR] [--out FILE.md]");
                return;
            }
            other => fail(format!("unknown argument {other} (try --help)")),
        }
    }
    let dir = criterion_dir(dir);
    let mut found = Vec::new();
    find(&dir, &mut found);
    let mut benches: Vec<Bench> = found.iter().filter_map(|p| load(p)).collect();
    if benches.is_empty() {
        fail(format!(
            "no criterion results under {} (run `cargo bench -p benches` first)",
            dir.display()
        ));
    }
    benches.sort_by(|a, b| (&a.group, &a.function).cmp(&(&b.group, &b.function)));
    let t = tables(&benches);
    let mut md = String::from("## Benchmark summary\n\n");
    let _ = writeln!(
        md,
        "Medians from criterion (`{}`), {} benchmarks. `±` is half the width of the 95% \
         confidence interval of the median, relative to it (criterion's spread). `ratio` is \
         the median over the reference's (`ref`: the raw syscalls, the CPU-limit name \
         generator, or the standard `tempfile` module for `binding/*`); below 1 is faster. \
         Where `raw-again` exists (the raw sequence run again at the end of the group), the \
         reference is the mean of the two raw medians; their difference shows the drift of \
         the machine during the group.\n",
        dir.display(),
        benches.len()
    );
    md.push_str(&t.md);
    md.push_str("### Targets\n\n");
    md.push_str(&targets(&t));
    print!("{md}");
    let out = out.unwrap_or_else(|| dir.join("summary.md"));
    if let Err(e) = std::fs::write(&out, &md) {
        fail(format!("cannot write {}: {e}", out.display()));
    }
    eprintln!("summary: written to {}", out.display());
}
