//! Arbitrary bytes to the `ciso_assistant` importer, as the host would send them.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    closeout_fuzz::check::<closeout_ciso_assistant::CisoAssistant>(data);
});
