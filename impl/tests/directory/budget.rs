//! The system calls cleanup costs.

use super::*;

#[test]
fn an_empty_directory_costs_two_syscalls() {
    let sb = Sandbox::new("budget");
    for version in PyVersion::ALL {
        let os = Arc::new(FaultyOs::new());
        let t = Tempfile::builder().version(version).os(os.clone()).build();
        let params = Params::new().dir(sb.path());
        let mut d = t.temporary_directory(&params, DirOptions::new()).unwrap();
        let top = d.path().to_path_buf();
        assert!(top.is_dir());
        d.cleanup().unwrap();
        assert!(!exists_nofollow(&top));
        assert_eq!(
            os.counts(),
            vec![(Call::Mkdir, 1), (Call::Rmdir, 1)],
            "{version}"
        );
        assert_eq!(os.syscalls(), 2, "{version}");
        // Through exit too.
        os.reset_counts();
        let d = t.temporary_directory(&params, DirOptions::new()).unwrap();
        d.exit().unwrap();
        assert_eq!(os.syscalls(), 2, "{version}");
    }
}
