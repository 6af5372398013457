//! Kept answers: the JSON of the reads computed from every finding of an organisation (risk,
//! posture, status, the certification cycle, the notification preview), kept by the database's
//! revision and served again while nothing has been written.
//!
//! Those reads are asked for far more often than an organisation's data changes (every
//! dashboard refresh, every client polling), and each costs a scan of the findings: with
//! sixteen clients on two cores the scans queued behind each other. A kept answer costs one
//! query (the revision) instead.
//!
//! Why it stays right: every committed write raises the revision ([`Database::write`]), in
//! every process sharing the database; an answer is kept under the revision read *before* it
//! was computed, so it reflects at least every write up to that revision, and is dropped as
//! soon as the revision moves. The key holds the caller (what a contributor sees is not what a
//! manager sees), the moment the answer is for (deadlines pass at midnight, reminders at
//! their minute), and the request's path and query.
//!
//! [`Database::write`]: closeout_model::Database::write

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;

use actix_web::HttpResponse;
use actix_web::web::Bytes;
use serde::Serialize;

use crate::auth::Caller;
use crate::problem::ApiError;
use crate::state::AppState;

/// How many answers are kept at most, and how many bytes: past either, all are dropped.
/// Only answers of the newest revision are kept, so with writes coming in the cache stays
/// small without ever reaching these.
const MOST_ANSWERS: usize = 1_024;
const MOST_BYTES: usize = 16 * 1024 * 1024;

/// The answers kept in this process.
#[derive(Debug, Default)]
pub struct KeptAnswers {
    kept: Mutex<Kept>,
}

#[derive(Debug, Default)]
struct Kept {
    /// The newest revision seen: every answer kept is of it.
    revision: i64,
    answers: HashMap<String, Answer>,
    bytes: usize,
}

#[derive(Debug)]
struct Answer {
    revision: i64,
    body: Bytes,
}

impl KeptAnswers {
    fn find(&self, key: &str, revision: i64) -> Option<Bytes> {
        let kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        kept.answers
            .get(key)
            .filter(|answer| answer.revision == revision)
            .map(|answer| answer.body.clone())
    }

    fn keep(&self, key: String, revision: i64, body: Bytes) {
        let mut kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        // The revision only moves up: an older answer would never be served, and a newer one
        // makes every answer kept so far useless.
        if revision < kept.revision {
            return;
        }
        if revision > kept.revision
            || kept.answers.len() >= MOST_ANSWERS
            || kept.bytes + body.len() > MOST_BYTES
        {
            kept.answers.clear();
            kept.bytes = 0;
            kept.revision = revision;
        }
        kept.bytes += body.len();
        if let Some(replaced) = kept.answers.insert(key, Answer { revision, body }) {
            kept.bytes -= replaced.body.len();
        }
    }

    /// How many answers are kept now.
    pub fn len(&self) -> usize {
        self.kept
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .answers
            .len()
    }

    /// Whether no answer is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl AppState {
    /// Answers `request` with `compute`'s value as JSON, or with the answer kept from the same
    /// request by the same caller at the same `moment` when nothing has been written since.
    /// `moment` is the time the answer depends on, as finely as it does: the day for answers
    /// by date, the minute for those from the clock. The future is only run when no kept
    /// answer will do.
    pub async fn kept_json<T: Serialize>(
        &self,
        caller: &Caller,
        request: &actix_web::HttpRequest,
        moment: impl std::fmt::Display,
        compute: impl Future<Output = Result<T, ApiError>>,
    ) -> Result<HttpResponse, ApiError> {
        let db = self.db.clone();
        let revision = actix_web::web::block(move || db.revision())
            .await
            .map_err(|e| ApiError::Internal(anyhow::anyhow!("blocking task failed: {e}")))??;
        let key = format!(
            "{}\n{}\n{moment}\n{}",
            caller.scope().organisation_id(),
            caller.user_id(),
            request.uri()
        );
        let found = self.kept.find(&key, revision);
        crate::metrics::kept_answer(found.is_some());
        let body = match found {
            Some(body) => body,
            None => {
                let body = Bytes::from(
                    serde_json::to_vec(&compute.await?)
                        .map_err(|e| ApiError::Internal(anyhow::anyhow!("answer as JSON: {e}")))?,
                );
                self.kept.keep(key, revision, body.clone());
                body
            }
        };
        Ok(HttpResponse::Ok()
            .content_type("application/json")
            .body(body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_found_under_its_revision_only_and_older_ones_are_dropped() {
        let kept = KeptAnswers::default();
        kept.keep("risk".into(), 7, Bytes::from_static(b"{}"));
        kept.keep("posture".into(), 7, Bytes::from_static(b"{}"));
        assert_eq!(kept.find("risk", 7).as_deref(), Some(&b"{}"[..]));
        assert_eq!(kept.find("risk", 8), None);
        assert_eq!(kept.find("status", 7), None);
        assert_eq!(kept.len(), 2);
        // A newer revision's answer drops the older ones; a late older one is not kept.
        kept.keep("status".into(), 8, Bytes::from_static(b"[]"));
        kept.keep("risk".into(), 7, Bytes::from_static(b"{}"));
        assert_eq!(kept.len(), 1);
        assert_eq!(kept.find("status", 8).as_deref(), Some(&b"[]"[..]));
    }

    #[test]
    fn past_the_most_answers_the_cache_starts_again() {
        let kept = KeptAnswers::default();
        for n in 0..=MOST_ANSWERS {
            kept.keep(format!("status {n}"), 9, Bytes::from_static(b"[]"));
        }
        assert_eq!(kept.len(), 1);
        assert!(kept.find(&format!("status {MOST_ANSWERS}"), 9).is_some());
        kept.keep("big".into(), 9, Bytes::from(vec![b' '; MOST_BYTES]));
        kept.keep("small".into(), 9, Bytes::from_static(b"{}"));
        assert_eq!(kept.len(), 1, "the big answer made room for the small one");
    }
}
