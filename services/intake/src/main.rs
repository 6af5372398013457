//! Runs the intake service alone (the `closeout` binary runs every service).

fn main() -> std::process::ExitCode {
    closeout_web::cli::main(&[closeout_intake::service()])
}
