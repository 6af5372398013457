//! Arbitrary bytes to the `nist_csf` importer, as the host would send them.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    closeout_fuzz::check::<closeout_nist_csf::NistCsf>(data);
});
