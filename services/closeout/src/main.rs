//! `closeout`: every service in one process on one port (`closeout serve`), or any of them
//! (`closeout serve --target intake`), plus the administrator's commands.

#[global_allocator]
static ALLOCATOR: closeout_allocator::MiMalloc = closeout_allocator::MiMalloc;

fn main() -> std::process::ExitCode {
    closeout_allocator::configure();
    closeout_web::cli::main(&[
        closeout_intake::service(),
        closeout_risk_assessment::service(),
        closeout_remediation::service(),
        closeout_notification::service(),
    ])
}
