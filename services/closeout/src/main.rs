//! `closeout`: every service in one process on one port (`closeout serve`), or any of them
//! (`closeout serve --target intake`), plus the administrator's commands.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`: its place in `mi_option_t`, the same in mimalloc 2 and
/// 3 (the sys crate names no constant for it under mimalloc 3).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> std::process::ExitCode {
    // mimalloc 3 holds freed memory for a second before it gives it back to the system. An
    // import of 100,000 rows frees and allocates hundreds of megabytes within that second: the
    // service's peak was 578 MB with the delay and 393 MB without it (the import benchmark),
    // at no measurable cost in speed.
    // SAFETY: sets one of the allocator's global options, which it reads when it purges;
    // nothing else has started yet.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
    closeout_web::cli::main(&[
        closeout_intake::service(),
        closeout_risk_assessment::service(),
        closeout_remediation::service(),
        closeout_notification::service(),
    ])
}

#[cfg(test)]
mod tests {
    use super::MI_OPTION_PURGE_DELAY;

    /// The option set at start-up is the purge delay: it holds what `MIMALLOC_PURGE_DELAY`
    /// says or, unset, mimalloc's default for it (1,000 ms in mimalloc 3, 10 ms in mimalloc 2),
    /// which no neighbouring option has.
    #[test]
    fn the_option_set_at_start_up_is_the_purge_delay() {
        // SAFETY: reads one of the allocator's options.
        let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        match std::env::var("MIMALLOC_PURGE_DELAY") {
            Ok(set) => assert_eq!(set.parse::<std::ffi::c_long>().ok(), Some(delay)),
            Err(_) => assert!(delay == 1_000 || delay == 10, "option 15 is {delay}"),
        }
    }
}
