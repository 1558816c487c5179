//! Candidate names: CPython's `_RandomNameSequence` and `_get_candidate_names`.
//!
//! A name is 8 characters drawn uniformly from `abcdefghijklmnopqrstuvwxyz0123456789_`
//! ([`CHARACTERS`], the class attribute `characters` in CPython).
//!
//! Invariants:
//! - **Uniform**: one 64-bit draw is mapped to an integer uniform in `[0, 37^8)` by Lemire's
//!   multiply-and-reject method (exact: the rare biased draws are rejected), whose base-37 digits
//!   are the 8 characters. No modulo bias. The digits are extracted by multiply-shift (most
//!   significant first, one 64x64-bit multiplication each, no division), which is exact: the
//!   low half of each product is the exact fractional part.
//! - **Unpredictable**: the generator is ChaCha8, a cryptographic stream cipher, seeded from the
//!   kernel (`getrandom`) per thread. CPython uses a Mersenne Twister whose state can be
//!   recovered from its outputs; this is a documented improvement.
//! - **Fresh after fork**: each thread's generator remembers the fork generation
//!   ([`crate::os::fork_generation`]) it was seeded in and re-seeds in a forked child, the
//!   guarantee CPython gets by checking `os.getpid()` on every name, without its system call.
//! - **No system call per name**: after seeding, a name costs one buffered ChaCha word.
//!
//! The **name source** ([`NameSource`]) is the pluggable part, CPython's `_get_candidate_names`:
//! tests, fuzzers and the conformance harness force a sequence ([`ForcedNames`]) so that two
//! implementations produce the same paths. A source is installed process-wide on a
//! [`Tempfile`](crate::Tempfile) or per call through [`Params::names`](crate::Params::names).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fmt;
use std::sync::{Mutex, PoisonError};

use rand_chacha::ChaCha8Rng;
use rand_core::{Rng, SeedableRng};

use crate::error::{Error, ExcClass, Result};
use crate::os::fork_generation;

/// CPython's `_RandomNameSequence.characters`.
pub const CHARACTERS: &[u8; 37] = b"abcdefghijklmnopqrstuvwxyz0123456789_";

/// Length of a generated name.
pub const NAME_LEN: usize = 8;

/// 37^8, the number of distinct names.
const SPACE: u64 = 37u64.pow(8);

/// A source of candidate names (CPython: the iterator `_get_candidate_names()` returns).
///
/// `next_name` appends the next name's bytes (the file-system encoding of the `str` CPython
/// would produce) to `out`. When the sequence is exhausted it returns the error CPython lets
/// escape: a bare `StopIteration`.
///
/// # Errors
///
/// Whatever `next_name` returns ends the creating call with that error, as an exception from
/// CPython's iterator would (no retry).
///
/// # Security
///
/// The default, [`RandomNameSequence`], is unpredictable. A source of one's own decides how
/// guessable the names are: creation stays exclusive whatever it returns, but predictable
/// names let anyone who can write to the directory take them first.
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use std::sync::atomic::{AtomicU32, Ordering};
/// use pytempfile::{NameSource, Params, Tempfile};
///
/// /// Names "0", "1", "2", ...: reproducible paths for a test.
/// struct Counter(AtomicU32);
///
/// impl NameSource for Counter {
///     fn next_name(&self, out: &mut Vec<u8>) -> pytempfile::Result<()> {
///         out.extend_from_slice(self.0.fetch_add(1, Ordering::Relaxed).to_string().as_bytes());
///         Ok(())
///     }
/// }
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::TemporaryDirectory::new()?;
/// let t = Tempfile::builder().tempdir(dir.path()).names(Arc::new(Counter(AtomicU32::new(0)))).build();
/// assert!(t.mkdtemp(&Params::new())?.as_path().ends_with("tmp0"));
/// assert!(t.mkdtemp(&Params::new())?.as_path().ends_with("tmp1"));
/// # Ok(()) }
/// ```
pub trait NameSource: Send + Sync {
    /// Append the next candidate name to `out`.
    fn next_name(&self, out: &mut Vec<u8>) -> Result<()>;
}

/// The default source: random names (CPython's `_RandomNameSequence`).
///
/// Zero-sized; every instance draws from the calling thread's generator, so instances are
/// independent in the sense that matters (no two calls can predict each other).
///
/// # Security
///
/// Names are uniform over the 37^8 (about 3.5 × 10^12) strings of [`CHARACTERS`], drawn from
/// ChaCha8 seeded per thread from the kernel (`getrandom`): seeing any number of names tells
/// nothing about the next ones. (CPython's `random.Random` is a Mersenne Twister, whose state
/// can be rebuilt from its outputs.) A forked child re-seeds before its first name
/// ([`fork_generation`]), so parent and child never draw the same
/// sequence. Unpredictable names are a second line of defence: creation is exclusive anyway.
///
/// # Examples
///
/// ```
/// use pytempfile::names::{CHARACTERS, NAME_LEN, RandomNameSequence};
///
/// let mut seq = RandomNameSequence::new();
/// let name = seq.next().unwrap(); // an Iterator of String, as CPython's is of str
/// assert_eq!(name.len(), NAME_LEN);
/// assert!(name.bytes().all(|c| CHARACTERS.contains(&c)));
///
/// # #[cfg(unix)]
/// # {
/// // A forked child does not repeat the parent's next name.
/// use pytempfile::os::fork_wait;
/// let out = std::env::temp_dir().join(format!("pytempfile-fork-doc-{}", std::process::id()));
/// let child_out = out.clone();
/// let status = fork_wait(move || {
///     let name = RandomNameSequence::new().next_array();
///     std::fs::write(&child_out, name).map_or(1, |()| 0)
/// }).unwrap();
/// assert_eq!(status, 0);
/// let child = std::fs::read(&out).unwrap();
/// std::fs::remove_file(&out).unwrap();
/// assert_ne!(child, seq.next_array()); // the same generator state, re-seeded in the child
/// # }
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct RandomNameSequence;

impl RandomNameSequence {
    /// A new sequence (CPython: `_RandomNameSequence()`).
    pub fn new() -> RandomNameSequence {
        RandomNameSequence
    }

    /// The next random name, on the stack.
    pub fn next_array(&self) -> [u8; NAME_LEN] {
        THREAD_RNG.with(|cell| {
            let mut state = cell.borrow_mut();
            let generation = fork_generation();
            let rng = match &mut *state {
                Some((seeded_in, rng)) if *seeded_in == generation => rng,
                slot => &mut slot.insert((generation, seeded_rng())).1,
            };
            name_from_rng(rng)
        })
    }
}

impl NameSource for RandomNameSequence {
    fn next_name(&self, out: &mut Vec<u8>) -> Result<()> {
        out.extend_from_slice(&self.next_array());
        Ok(())
    }
}

impl Iterator for RandomNameSequence {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        // The characters are ASCII.
        Some(self.next_array().iter().map(|&b| char::from(b)).collect())
    }
}

/// A random name sequence that owns its generator, as an instance of CPython's
/// `_RandomNameSequence` owns its `_rng`.
///
/// [`RandomNameSequence`] draws from the calling thread's generator, so every name pays a
/// thread-local access; this one keeps ChaCha8 in the value itself (seeded from the kernel on
/// first use), which makes a name about as cheap as the four multiplications that map a draw
/// to 8 characters. Same alphabet, same uniform mapping, same unpredictability; re-seeded in a
/// forked child (it checks [`crate::os::fork_generation`] per name, one atomic load), so a
/// parent and its child never draw the same names.
///
/// # Security
///
/// As [`RandomNameSequence`]'s; its `Debug` never shows the generator's state.
///
/// # Examples
///
/// ```
/// let mut seq = pytempfile::names::OwnedNameSequence::new();
/// let a = seq.next_array();
/// let b = seq.next_array();
/// assert_ne!(a, b);
/// assert!(a.iter().all(|c| pytempfile::names::CHARACTERS.contains(c)));
/// ```
#[derive(Default)]
pub struct OwnedNameSequence {
    state: Option<(u64, ChaCha8Rng)>,
}

impl fmt::Debug for OwnedNameSequence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never show the generator's state.
        f.debug_struct("OwnedNameSequence").finish_non_exhaustive()
    }
}

impl OwnedNameSequence {
    /// A new sequence; its generator is seeded on the first name.
    pub fn new() -> OwnedNameSequence {
        OwnedNameSequence { state: None }
    }

    /// The next random name, on the stack.
    #[inline]
    pub fn next_array(&mut self) -> [u8; NAME_LEN] {
        let generation = fork_generation();
        let rng = match &mut self.state {
            Some((seeded_in, rng)) if *seeded_in == generation => rng,
            slot => &mut slot.insert((generation, seeded_rng())).1,
        };
        name_from_rng(rng)
    }
}

impl Iterator for OwnedNameSequence {
    type Item = String;

    fn next(&mut self) -> Option<String> {
        Some(self.next_array().iter().map(|&b| char::from(b)).collect())
    }
}

thread_local! {
    static THREAD_RNG: RefCell<Option<(u64, ChaCha8Rng)>> = const { RefCell::new(None) };
}

fn seeded_rng() -> ChaCha8Rng {
    let mut seed = [0u8; 32];
    if getrandom::fill(&mut seed).is_err() {
        // getrandom() cannot fail on Linux >= 3.17 once the pool is initialised; should it
        // fail, mix what the process has (time, address-space layout, thread id) rather than
        // fall back to a fixed seed. Names stay unique through O_EXCL either way.
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let addr = &seed as *const _ as usize as u128;
        let tid = format!("{:?}", std::thread::current().id());
        let mix = t
            ^ (addr << 64)
            ^ tid
                .bytes()
                .fold(0u128, |a, b| a.rotate_left(8) ^ u128::from(b));
        seed[..16].copy_from_slice(&mix.to_le_bytes());
    }
    ChaCha8Rng::from_seed(seed)
}

/// Map one uniform 64-bit draw (rejecting the rare biased ones) to a uniform name.
#[inline]
fn name_from_rng(rng: &mut impl Rng) -> [u8; NAME_LEN] {
    loop {
        let x = rng.next_u64();
        // Lemire: `floor(x * SPACE / 2^64)` is uniform in [0, SPACE) once the draws whose low
        // product half is below `2^64 mod SPACE` are rejected (probability < 2^-22; the cheap
        // test comes first).
        let low = x.wrapping_mul(SPACE);
        if low < SPACE && low < SPACE.wrapping_neg() % SPACE {
            continue;
        }
        return digits_of_draw(x);
    }
}

/// Every pair of characters, indexed by its two-digit base-37 value (`37 * first + second`).
static PAIRS: [[u8; 2]; 37 * 37] = {
    let mut t = [[0u8; 2]; 37 * 37];
    let mut i = 0;
    while i < 37 * 37 {
        t[i] = [CHARACTERS[i / 37], CHARACTERS[i % 37]];
        i += 1;
    }
    t
};

/// The 8 base-37 digits of `floor(x * 37^8 / 2^64)`, most significant first, as characters.
///
/// Multiply-shift, two digits per step: with `f = x / 2^64`, the first two digits are
/// `floor(37^2 f)` (the high half of `37^2 x`) and the rest are the digits of the fractional
/// part `frac(37^2 f)`, which the low half of `37^2 x` holds exactly. So no precision is lost,
/// and the result equals the base-37 expansion of Lemire's value (the tests check it against
/// division). Four multiplications, no division.
#[inline]
fn digits_of_draw(mut x: u64) -> [u8; NAME_LEN] {
    let mut out = [0u8; NAME_LEN];
    for pair in out.chunks_exact_mut(2) {
        let m = u128::from(x) * (37 * 37);
        // The high half is < 37^2 (a never-taken bounds check).
        pair.copy_from_slice(&PAIRS[(m >> 64) as usize]);
        x = m as u64;
    }
    out
}

/// A forced, finite sequence of names (CPython tests: `lambda: iter(['aaa', 'aaa', 'bbb'])`).
///
/// Thread-safe; every call to `next_name` consumes one name. When the names run out it raises
/// `StopIteration`, as CPython's retry loops let it escape.
///
/// # Errors
///
/// `StopIteration` (an empty message) once every name was drawn.
///
/// # Security
///
/// For tests: the names are known in advance (see [`Tempfile::set_name_source`](crate::Tempfile::set_name_source)).
///
/// # Examples
///
/// ```
/// use std::sync::Arc;
/// use pytempfile::{ExcClass, ForcedNames, Params, Tempfile};
///
/// # fn main() -> Result<(), pytempfile::Error> {
/// let dir = pytempfile::TemporaryDirectory::new()?;
/// let t = Tempfile::builder().tempdir(dir.path()).build();
/// let names = Arc::new(ForcedNames::new(["same", "same"]));
/// let (fd, path) = t.mkstemp(&Params::new().names(names.clone()), false)?;
/// assert!(path.as_path().ends_with("tmpsame"));
/// assert_eq!(names.remaining(), 1);
/// // The next call finds "same" taken and has no other name: StopIteration.
/// let err = t.mkstemp(&Params::new().names(names), false).unwrap_err();
/// assert_eq!(err.class(), ExcClass::StopIteration);
/// # drop(fd);
/// # Ok(()) }
/// ```
pub struct ForcedNames {
    names: Mutex<VecDeque<Vec<u8>>>,
}

impl ForcedNames {
    /// The names, in order (as the file-system bytes of each name).
    pub fn new<I, N>(names: I) -> ForcedNames
    where
        I: IntoIterator<Item = N>,
        N: AsRef<[u8]>,
    {
        ForcedNames {
            names: Mutex::new(names.into_iter().map(|n| n.as_ref().to_vec()).collect()),
        }
    }

    /// How many names are left.
    pub fn remaining(&self) -> usize {
        self.names
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

impl fmt::Debug for ForcedNames {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ForcedNames")
            .field("remaining", &self.remaining())
            .finish()
    }
}

impl NameSource for ForcedNames {
    fn next_name(&self, out: &mut Vec<u8>) -> Result<()> {
        let next = self
            .names
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop_front();
        match next {
            Some(n) => {
                out.extend_from_slice(&n);
                Ok(())
            }
            None => Err(Error::new(ExcClass::StopIteration, "")),
        }
    }
}

/// A name source that calls a closure (e.g. a cycling pool in a fuzzer).
pub struct FnNames<F>(pub F);

impl<F> NameSource for FnNames<F>
where
    F: Fn(&mut Vec<u8>) -> Result<()> + Send + Sync,
{
    fn next_name(&self, out: &mut Vec<u8>) -> Result<()> {
        (self.0)(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand_core::SeedableRng;

    /// The base-37 digits of `v < 37^8`, most significant first, by division (the
    /// definition the multiply-shift extraction must match).
    fn digits_by_division(mut v: u64) -> [u8; NAME_LEN] {
        let mut out = [0u8; NAME_LEN];
        for slot in out.iter_mut().rev() {
            *slot = CHARACTERS[(v % 37) as usize];
            v /= 37;
        }
        out
    }

    fn lemire_value(x: u64) -> u64 {
        ((u128::from(x) * u128::from(SPACE)) >> 64) as u64
    }

    /// A generator that returns the draws it is given, in order.
    struct Scripted(std::vec::IntoIter<u64>);

    impl rand_core::TryRng for Scripted {
        type Error = std::convert::Infallible;
        fn try_next_u32(&mut self) -> std::result::Result<u32, Self::Error> {
            self.try_next_u64().map(|x| x as u32)
        }
        fn try_next_u64(&mut self) -> std::result::Result<u64, Self::Error> {
            match self.0.next() {
                Some(x) => Ok(x),
                None => panic!("the name took more draws than the test scripted"),
            }
        }
        fn try_fill_bytes(&mut self, dst: &mut [u8]) -> std::result::Result<(), Self::Error> {
            dst.fill(0);
            Ok(())
        }
    }

    /// The draw whose low product half (`x * SPACE mod 2^64`) is `low`: SPACE is odd, so it
    /// has an inverse modulo 2^64 (Newton's iteration doubles the correct bits each step).
    fn draw_with_low(low: u64) -> u64 {
        let mut inv = SPACE;
        for _ in 0..6 {
            inv = inv.wrapping_mul(2u64.wrapping_sub(SPACE.wrapping_mul(inv)));
        }
        assert_eq!(SPACE.wrapping_mul(inv), 1);
        low.wrapping_mul(inv)
    }

    /// Lemire's rejection, at its edges: a draw whose low half is below `2^64 mod SPACE` is
    /// biased and is drawn again; from that threshold on, below SPACE included, it is kept.
    #[test]
    fn biased_draws_are_rejected_exactly_below_the_threshold() {
        let threshold = SPACE.wrapping_neg() % SPACE;
        assert!(threshold > 1 && threshold < SPACE);
        let kept = draw_with_low(SPACE * 1000);
        let name = |first: u64| name_from_rng(&mut Scripted(vec![first, kept].into_iter()));
        for low in [0, threshold - 1] {
            assert_eq!(
                name(draw_with_low(low)),
                digits_of_draw(kept),
                "low {low}: rejected"
            );
        }
        for low in [threshold, SPACE - 1, SPACE] {
            let x = draw_with_low(low);
            assert_eq!(name(x), digits_of_draw(x), "low {low}: kept");
        }
    }

    #[test]
    fn digits_cover_the_space_edges() {
        assert_eq!(&digits_of_draw(0), b"aaaaaaaa");
        assert_eq!(&digits_of_draw(u64::MAX), b"________");
        assert_eq!(lemire_value(u64::MAX), SPACE - 1);
        assert_eq!(&digits_by_division(1), b"aaaaaaab");
    }

    #[test]
    fn multiply_shift_digits_equal_the_division_digits() {
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        let edges = [0, 1, u64::MAX, u64::MAX - 1, 1 << 63, (1 << 63) - 1];
        let draws = edges
            .into_iter()
            .chain((0..200_000).map(|_| rng.next_u64()));
        for x in draws {
            assert_eq!(
                digits_of_draw(x),
                digits_by_division(lemire_value(x)),
                "draw {x:#x}"
            );
        }
        // Every boundary between two consecutive values maps to consecutive names.
        for v in [0u64, 1, 36, 37, 1368, SPACE / 2, SPACE - 2] {
            // The smallest draw whose Lemire value is v + 1.
            let x = ((u128::from(v + 1) << 64).div_ceil(u128::from(SPACE))) as u64;
            assert_eq!(lemire_value(x), v + 1);
            assert_eq!(digits_of_draw(x), digits_by_division(v + 1));
            assert_eq!(digits_of_draw(x - 1), digits_by_division(v));
        }
    }

    #[test]
    fn names_have_eight_allowed_characters() {
        let seq = RandomNameSequence::new();
        for _ in 0..1000 {
            let n = seq.next_array();
            assert!(n.iter().all(|c| CHARACTERS.contains(c)), "{n:?}");
        }
    }

    #[test]
    fn deterministic_rng_maps_uniformly() {
        // Pearson's chi-square per position over 37 characters (36 degrees of freedom): the
        // 99.999th percentile is about 78; a biased mapping (e.g. `x % 37` per byte) exceeds it.
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut counts = [[0u32; 37]; NAME_LEN];
        let draws = 74_000;
        for _ in 0..draws {
            let n = name_from_rng(&mut rng);
            for (pos, &c) in n.iter().enumerate() {
                let idx = CHARACTERS.iter().position(|&x| x == c).unwrap();
                counts[pos][idx] += 1;
            }
        }
        let expected = f64::from(draws) / 37.0;
        for (pos, row) in counts.iter().enumerate() {
            let chi2: f64 = row
                .iter()
                .map(|&n| (f64::from(n) - expected).powi(2) / expected)
                .sum();
            assert!(
                chi2 < 78.0,
                "position {pos}: chi-square {chi2:.1} over 36 dof"
            );
        }
    }

    #[test]
    fn chi_square_detects_a_biased_mapping() {
        // The same statistic on a deliberately biased generator must fail, or the test above
        // proves nothing.
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut row = [0u32; 37];
        for _ in 0..74_000 {
            let b = (rng.next_u64() & 0xff) as usize;
            row[b % 37] += 1;
        }
        let expected = 74_000.0 / 37.0;
        let chi2: f64 = row
            .iter()
            .map(|&n| (f64::from(n) - expected).powi(2) / expected)
            .sum();
        assert!(chi2 > 78.0, "biased mapping went unnoticed: {chi2:.1}");
    }

    #[test]
    fn forced_names_run_out_with_stop_iteration() {
        let f = ForcedNames::new(["aaa", "bbb"]);
        assert_eq!(f.remaining(), 2);
        let mut out = Vec::new();
        f.next_name(&mut out).unwrap();
        assert_eq!(format!("{f:?}"), "ForcedNames { remaining: 1 }");
        f.next_name(&mut out).unwrap();
        assert_eq!(out, b"aaabbb");
        assert_eq!(f.remaining(), 0);
        assert_eq!(
            f.next_name(&mut out).unwrap_err().class(),
            ExcClass::StopIteration
        );
    }
}
