//! Runs the remediation service alone (the `closeout` binary runs every service).

fn main() -> std::process::ExitCode {
    closeout_web::cli::main(&[closeout_remediation::service()])
}
