//! The allocator of the `closeout` binary, of the benchmarks that run its services in their own
//! process (so that their figures are the binary's), and of the register importer plugin.
//!
//! mimalloc. glibc's malloc keeps per-thread arenas of freed memory that a server with many
//! blocking-pool threads never gives back (resident memory crept up under load), and a tenth of
//! the time of the large answers was spent in it; in the register importer, which allocates a
//! string per cell, a third of a 100,000-row import was glibc's malloc and free.
//!
//! It is built without transparent huge pages (`no_thp`: mimalloc does not ask the kernel for
//! them). Memory given back at once and taken again was faulted in as 2 MiB pages, each zeroed
//! whole: a fifth of the CPU time of a 100,000-row import's preview went to zeroing pages, and
//! its peak was about 50 MB higher (388 against 336 MB). (Where the kernel's THP setting is
//! `always` rather than Debian's `madvise`, `MIMALLOC_ALLOW_THP=0` turns them off too.)
//!
//! It is mimalloc 2, not 3. mimalloc 3.3 (the one the sys crate bundles) now and then crashes
//! setting itself up on a new thread when, as here, it is linked into a library loaded with
//! `dlopen` and threads come and go (microsoft/mimalloc#1287 and #1356, fixed in 3.4.1). The
//! browser test died once of signal 11 with the register importer plugin loaded: the likeliest
//! cause, though never reproduced here.
//!
//! Each declares it (`#[global_allocator] static ALLOCATOR: closeout_allocator::MiMalloc =
//! closeout_allocator::MiMalloc;`) and calls [`configure`] before it allocates much. A plugin is
//! a shared library with its own copy of mimalloc: its thread-local state uses the
//! local-dynamic TLS model, which a library loaded with `dlopen` may use.

pub use mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`: its place in `mi_option_t`, the same in mimalloc 2 and
/// 3 (the sys crate names no constant for it under mimalloc 3, which it may bundle again).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Sets mimalloc's options: call it first thing in `main` (a plugin, on each call).
///
/// mimalloc holds freed memory for a while before it gives it back to the system (10 ms in
/// mimalloc 2, a second in mimalloc 3). An import of 100,000 rows frees and allocates hundreds
/// of megabytes within that time: under mimalloc 3 the service's peak was 578 MB with the delay
/// and 388-396 MB without it (the import benchmark), at no measurable cost in speed.
///
/// An operator's `MIMALLOC_PURGE_DELAY` (milliseconds) is left to stand.
pub fn configure() {
    if operator_set_delay() {
        return;
    }
    // SAFETY: sets one of the allocator's global options, which it reads each time it purges.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

/// Whether the environment sets mimalloc's purge delay: under its name or its former one
/// (`MIMALLOC_RESET_DELAY`), in any case, as mimalloc reads them.
fn operator_set_delay() -> bool {
    std::env::vars_os().any(|(name, _)| {
        name.to_str().is_some_and(|name| {
            name.eq_ignore_ascii_case("MIMALLOC_PURGE_DELAY")
                || name.eq_ignore_ascii_case("MIMALLOC_RESET_DELAY")
        })
    })
}

#[cfg(test)]
mod tests {
    use super::MI_OPTION_PURGE_DELAY;

    /// The option [`super::configure`] sets is the purge delay: unset by the operator, it holds
    /// mimalloc's default for it (1,000 ms in mimalloc 3, 10 ms in mimalloc 2), which no
    /// neighbouring option has; set, it is left as mimalloc read it.
    #[test]
    fn the_option_set_is_the_purge_delay() {
        // SAFETY: reads one of the allocator's options.
        let delay = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        let operator = super::operator_set_delay();
        if !operator {
            assert!(delay == 1_000 || delay == 10, "option 15 is {delay}");
        }
        super::configure();
        // SAFETY: as above.
        let configured = unsafe { libmimalloc_sys::mi_option_get(MI_OPTION_PURGE_DELAY) };
        if operator {
            assert_eq!(configured, delay, "an operator's setting stands");
        } else {
            assert_eq!(configured, 0);
        }
    }
}
