//! The `race_cleanup` scenario against CPython's own `TemporaryDirectory` and against
//! pytempfile, side by side (docs/fuzzing.md explains it; --record writes the numbers to results/).
//!
//! ```sh
//! cargo run -p fuzzlib --example cpython_race_cleanup -- \
//!     [--python $(pyenv root)/versions/3.13.0/bin/python3] [--trials 200]
//! ```
//!
//! Scenarios: two built by hand for CPython gh-157579 (a read-only directory `n0/n1` holding
//! a file, so that removing it raises `PermissionError`; the attacker swaps `n0` for a symlink
//! to its mirror in the victim tree — once deterministically, before the first permission
//! reset; once with a free-running thread swapping back and forth), then every input of the
//! committed `race_cleanup` corpus. Both sides run without `CAP_DAC_OVERRIDE`. pytempfile runs
//! the fuzz target's own `run_scenario`, which panics if anything outside the tree changes.
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use fuzzlib::race_cleanup::{Action, HookAttack, NodeKind, Scenario, TreeNode, Trigger};
use pytempfile::PyVersion;

fn node(rel: &str, kind: NodeKind, mode: u32) -> TreeNode {
    TreeNode {
        rel: PathBuf::from(rel),
        kind,
        mode,
    }
}

fn gh157579(hook: bool) -> Scenario {
    let swap = Action::Swap {
        node: 0,
        to_root: false,
    };
    Scenario {
        version: PyVersion::V3_13,
        ignore: false,
        nodes: vec![
            node("n0", NodeKind::Dir, 0o755),
            node("n0/n1", NodeKind::Dir, 0o500),
            node("n0/n1/n2", NodeKind::File, 0o644),
            node("n0/n1/n3", NodeKind::File, 0o644),
        ],
        hooks: if hook {
            vec![HookAttack {
                trigger: Trigger::Chmod,
                nth: 0,
                action: swap,
            }]
        } else {
            Vec::new()
        },
        threads: if hook {
            Vec::new()
        } else {
            vec![vec![swap, Action::SwapBack { node: 0 }]]
        },
        reps: if hook { 1 } else { 3 },
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut python = String::from("python3");
    let mut trials = 100usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--python" => python = args.next().unwrap(),
            "--trials" => trials = args.next().unwrap().parse().unwrap(),
            other => panic!("unknown argument {other}"),
        }
    }
    let mut scenarios: Vec<(String, Scenario)> = vec![
        ("gh157579-hook".into(), gh157579(true)),
        ("gh157579-thread".into(), gh157579(false)),
    ];
    for p in fuzzlib::committed_inputs("race_cleanup") {
        let data = std::fs::read(&p).unwrap();
        if let Some(sc) = Scenario::decode(&data) {
            let name = p.file_name().unwrap().to_string_lossy();
            scenarios.push((format!("corpus:{}", &name[..name.len().min(12)]), sc));
        }
    }
    let corpus = scenarios.len() - 2;

    // pytempfile, in a child without CAP_DAC_OVERRIDE (as the fuzz target runs).
    let report = std::env::temp_dir().join(format!("cpython-race-{}", std::process::id()));
    let (sc2, report2) = (scenarios.clone(), report.clone());
    let code = pytempfile::os::fork_wait(move || {
        fuzzlib::race_cleanup::drop_privileges_once();
        let mut out = String::new();
        for (name, sc) in &sc2 {
            let (mut errors, mut left) = (0, 0);
            for _ in 0..trials {
                let o = fuzzlib::race_cleanup::run_scenario(sc);
                errors += usize::from(o.first_error);
                left += usize::from(o.tree_left);
            }
            out.push_str(&format!(
                "RESULT {name} trials={trials} victim_changed=0 first_error={errors} \
                 tree_left={left}\n"
            ));
        }
        std::fs::write(&report2, out).unwrap();
        0
    })
    .unwrap();
    let ours = std::fs::read_to_string(&report).unwrap_or_default();
    let _ = std::fs::remove_file(&report);
    assert_eq!(
        code, 0,
        "pytempfile broke an invariant (see the report above)"
    );

    // CPython.
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../fuzz/cpython/race_cleanup.py"
    );
    let mut child = Command::new(&python)
        .arg(script)
        .args(["--trials", &trials.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    {
        let mut stdin = child.stdin.take().unwrap();
        for (name, sc) in &scenarios {
            writeln!(stdin, "{name} {}", sc.to_json()).unwrap();
        }
    }
    let theirs: Vec<String> = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map(Result::unwrap)
        .collect();
    assert!(child.wait().unwrap().success(), "the CPython side failed");

    println!("race_cleanup, {trials} trials per scenario, {corpus} corpus scenarios");
    println!("--- pytempfile");
    print!("{ours}");
    println!("--- {}", theirs.first().map_or("CPython", String::as_str));
    let mut changed_scenarios = 0;
    let mut changed_trials = 0;
    for l in theirs.iter().skip(1) {
        let v: usize = l
            .split_whitespace()
            .find_map(|w| w.strip_prefix("victim_changed="))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        if v > 0 {
            changed_scenarios += 1;
            changed_trials += v;
        }
        if !l.starts_with("RESULT corpus:") || v > 0 {
            println!("{l}");
        }
    }
    println!(
        "CPython changed files outside its tree in {changed_scenarios} of {} scenarios \
         ({changed_trials} trials); pytempfile in none.",
        scenarios.len()
    );
}
