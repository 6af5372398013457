//! Runs the risk-assessment service alone (the `closeout` binary runs every service).

fn main() -> std::process::ExitCode {
    closeout_web::cli::main(&[closeout_risk_assessment::service()])
}
