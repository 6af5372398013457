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

/// How many answers are kept at most, and how many bytes: past either, those of older
/// revisions go first, then all.
const MOST_ANSWERS: usize = 1_024;
const MOST_BYTES: usize = 64 * 1024 * 1024;

/// The answers kept in this process.
#[derive(Debug, Default)]
pub struct KeptAnswers {
    kept: Mutex<Kept>,
}

#[derive(Debug, Default)]
struct Kept {
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
        if kept.answers.len() >= MOST_ANSWERS || kept.bytes + body.len() > MOST_BYTES {
            kept.answers.retain(|_, answer| answer.revision == revision);
            if kept.answers.len() >= MOST_ANSWERS || kept.bytes + body.len() > MOST_BYTES {
                kept.answers.clear();
            }
            kept.bytes = kept.answers.values().map(|a| a.body.len()).sum();
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
        let body = match self.kept.find(&key, revision) {
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
    fn an_answer_is_found_under_its_revision_only_and_the_oldest_make_room() {
        let kept = KeptAnswers::default();
        kept.keep("risk".into(), 7, Bytes::from_static(b"{}"));
        assert_eq!(kept.find("risk", 7).as_deref(), Some(&b"{}"[..]));
        assert_eq!(kept.find("risk", 8), None);
        assert_eq!(kept.find("posture", 7), None);
        for n in 0..MOST_ANSWERS {
            kept.keep(format!("status {n}"), 9, Bytes::from_static(b"[]"));
        }
        // Room was made by dropping revision 7's answer first, then everything once full.
        assert_eq!(kept.find("risk", 7), None);
        assert!(kept.len() <= MOST_ANSWERS);
        assert_eq!(
            kept.find(&format!("status {}", MOST_ANSWERS - 1), 9)
                .as_deref(),
            Some(&b"[]"[..])
        );
    }
}
