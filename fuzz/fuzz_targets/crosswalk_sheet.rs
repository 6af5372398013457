//! Arbitrary bytes to the `crosswalk_sheet` importer, as the host would send them.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    closeout_fuzz::check::<closeout_crosswalk_sheet::CrosswalkSheet>(data);
});
