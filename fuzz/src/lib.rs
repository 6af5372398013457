//! What every fuzz target checks: arbitrary bytes through an importer's exported entry point,
//! as the host calls it, always get a well-formed answer and never a caught panic.

use closeout_plugin_abi::{ImportOptions, ImportResponse, Importer, run_import};

/// Feeds `data` to the importer `I` and fails (aborts the fuzzer) on anything but an answer.
pub fn check<I: Importer>(data: &[u8]) {
    let options = serde_json::to_vec(&ImportOptions::default()).unwrap_or_default();
    let answer = run_import::<I>(data, &options);
    match closeout_plugin_abi::wire::decode(&answer) {
        Ok(ImportResponse::Ok(_)) => {}
        Ok(ImportResponse::Failed(failure)) => {
            assert_ne!(failure.kind, "panic", "{}", failure.message);
            assert!(!failure.message.is_empty(), "a failure without a message");
        }
        Err(error) => panic!("the importer's answer does not decode: {error}"),
    }
}
