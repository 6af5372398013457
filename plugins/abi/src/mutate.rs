//! Reproducible damage to files, for every plugin's hostile-input test (feature `testing`):
//! truncations, overwritten bytes, inserted junk or syntax, cut spans, and noise, from a
//! seeded generator, so a failure names a case that can be run again.

use crate::{ImportOptions, ImportResponse, Importer, run_import};

/// A small deterministic generator (xorshift).
#[derive(Debug, Clone)]
pub struct Mutator(u64);

impl Mutator {
    /// A generator from a non-zero seed.
    pub fn new(seed: u64) -> Mutator {
        Mutator(seed.max(1))
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// One damaged copy of `original`: one to four edits, each a truncation, overwritten
    /// bytes, inserted junk, an inserted `token` (syntax of the file's format), or a cut
    /// span; now and then plain noise instead.
    pub fn damage(&mut self, original: &[u8], tokens: &[&[u8]]) -> Vec<u8> {
        if self.below(16) == 0 {
            let len = self.below(4096);
            return (0..len).map(|_| self.next_u64() as u8).collect();
        }
        let mut bytes = original.to_vec();
        for _ in 0..1 + self.below(4) {
            let at = self.below(bytes.len());
            match self.below(5) {
                0 => bytes.truncate(at.max(1)),
                1 => {
                    for _ in 0..1 + self.below(16) {
                        let at = self.below(bytes.len());
                        if let Some(byte) = bytes.get_mut(at) {
                            *byte = self.next_u64() as u8;
                        }
                    }
                }
                2 => {
                    let junk: Vec<u8> =
                        (0..self.below(64)).map(|_| self.next_u64() as u8).collect();
                    bytes.splice(at..at, junk);
                }
                3 if !tokens.is_empty() => {
                    let token = tokens[self.below(tokens.len())];
                    bytes.splice(at..at, token.iter().copied());
                }
                _ => {
                    let end = (at + self.below(40)).min(bytes.len());
                    bytes.drain(at..end);
                }
            }
        }
        bytes
    }
}

/// How the damaged files of a run were answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Answered {
    /// Read (perhaps with issues).
    pub read: usize,
    /// Refused with a located failure.
    pub refused: usize,
}

/// Imports `cases` damaged copies of `originals` through the importer's exported entry point
/// (the one the host calls) and checks that each gets an answer: records or a failure with a
/// message, never a panic. Panics naming the case otherwise.
pub fn damaged_files_are_answered<I: Importer>(
    originals: &[Vec<u8>],
    tokens: &[&[u8]],
    options: &ImportOptions,
    cases: usize,
) -> Answered {
    let options = serde_json::to_vec(options).unwrap_or_default();
    let mut mutator = Mutator::new(0x9E37_79B9_7F4A_7C15);
    let mut answered = Answered::default();
    for case in 0..cases {
        let bytes = mutator.damage(&originals[case % originals.len().max(1)], tokens);
        let answer = run_import::<I>(&bytes, &options);
        match crate::wire::decode(&answer) {
            Ok(ImportResponse::Ok(_)) => answered.read += 1,
            Ok(ImportResponse::Failed(failure)) => {
                assert_ne!(
                    failure.kind, "panic",
                    "case {case}: the importer panicked: {}",
                    failure.message
                );
                assert!(
                    !failure.message.is_empty(),
                    "case {case}: a failure without a message"
                );
                answered.refused += 1;
            }
            Err(error) => panic!("case {case}: not an answer: {error}"),
        }
    }
    answered
}
