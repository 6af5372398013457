//! Feeds arbitrary bytes to the importer through the plugin ABI's entry point, as the host
//! would: any panic or crash is a finding.
#![no_main]

use closeout_nonconformity_report::NonconformityReport;
use closeout_plugin_abi::{ImportOptions, ImportResponse, run_import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = serde_json_options();
    let answer = run_import::<NonconformityReport>(data, &options);
    // The answer must always be a well-formed response, and never a caught panic.
    let parsed: ImportResponse = match closeout_plugin_abi::wire::decode(&answer) {
        Ok(parsed) => parsed,
        Err(error) => panic!("the importer's answer does not decode: {error}"),
    };
    if let ImportResponse::Failed(failure) = parsed {
        assert_ne!(failure.kind, "panic", "{}", failure.message);
    }
});

fn serde_json_options() -> Vec<u8> {
    serde_json::to_vec(&ImportOptions::default()).unwrap_or_default()
}
