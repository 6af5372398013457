//! Arbitrary bytes to the `statement_of_applicability` importer, as the host would send them.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    closeout_fuzz::check::<closeout_statement_of_applicability::StatementOfApplicability>(data);
});
