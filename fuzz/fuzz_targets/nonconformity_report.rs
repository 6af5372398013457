//! Arbitrary bytes to the `nonconformity_report` importer, as the host would send them.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    closeout_fuzz::check::<closeout_nonconformity_report::NonconformityReport>(data);
});
