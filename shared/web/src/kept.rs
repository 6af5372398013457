//! Kept answers: the JSON of the reads computed from every finding of an organisation (risk,
//! posture, status, the certification cycle, the notification preview), kept by the database's
//! revision and served again while nothing has been written.
//!
//! Those reads are asked for far more often than an organisation's data changes (every
//! dashboard refresh, every client polling), and each costs a scan of the findings: with
//! sixteen clients on two cores the scans queued behind each other. A kept answer costs one
//! query (the revision) instead.
//!
//! Why it stays right: every committed write raises a revision, in every process sharing the
//! database: the organisation's when the write names it ([`Database::write_for`],
//! [`AppState::write_in`]), the database's otherwise ([`Database::write`]). An answer is kept
//! under the organisation's [`Revision`] (both numbers) read *before* it was computed, so it
//! reflects at least every write up to that revision, and is dropped as soon as either moves.
//! Each answer says which it was in a `Cache-Status` header (RFC 9211): `closeout; hit` or
//! `closeout; fwd=miss`. The key holds the caller (what a contributor sees is not what a
//! manager sees), the moment the answer is for (deadlines pass at midnight, reminders at
//! their minute), and the request's path and query.
//!
//! [`Database::write`]: closeout_model::Database::write
//! [`Database::write_for`]: closeout_model::Database::write_for

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;

use actix_web::HttpResponse;
use actix_web::web::Bytes;
use closeout_model::Revision;
use serde::Serialize;

use crate::auth::Caller;
use crate::problem::ApiError;
use crate::state::AppState;

/// How many answers are kept at most, and how many bytes: past either, all are dropped.
/// Only answers of each organisation's newest revision are kept, so with writes coming in the
/// cache stays small without ever reaching these.
const MOST_ANSWERS: usize = 1_024;
const MOST_BYTES: usize = 16 * 1024 * 1024;

/// The answers kept in this process.
#[derive(Debug, Default)]
pub struct KeptAnswers {
    kept: Mutex<Kept>,
}

#[derive(Debug, Default)]
struct Kept {
    /// The newest database revision seen: every answer kept is of it.
    database: i64,
    answers: HashMap<String, Answer>,
    bytes: usize,
}

#[derive(Debug)]
struct Answer {
    organisation_id: String,
    revision: Revision,
    body: Bytes,
}

impl KeptAnswers {
    fn find(&self, key: &str, revision: Revision) -> Option<Bytes> {
        let kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        kept.answers
            .get(key)
            .filter(|answer| answer.revision == revision)
            .map(|answer| answer.body.clone())
    }

    fn keep(&self, key: String, organisation_id: &str, revision: Revision, body: Bytes) {
        let mut kept = self.kept.lock().unwrap_or_else(|p| p.into_inner());
        // Revisions only move up: an older answer would never be served, and a newer one
        // makes the answers kept under the older one useless: all of them for the database's,
        // the organisation's for its own.
        if revision.database < kept.database {
            return;
        }
        if revision.database > kept.database
            || kept.answers.len() >= MOST_ANSWERS
            || kept.bytes + body.len() > MOST_BYTES
        {
            kept.answers.clear();
            kept.bytes = 0;
            kept.database = revision.database;
        }
        let mut dropped = 0;
        kept.answers.retain(|_, answer| {
            let stale = answer.organisation_id == organisation_id
                && answer.revision.organisation != revision.organisation;
            if stale {
                dropped += answer.body.len();
            }
            !stale
        });
        kept.bytes -= dropped;
        kept.bytes += body.len();
        let answer = Answer {
            organisation_id: organisation_id.to_owned(),
            revision,
            body,
        };
        if let Some(replaced) = kept.answers.insert(key, answer) {
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
        let organisation_id = caller.scope().organisation_id().to_owned();
        let revision = {
            let organisation_id = organisation_id.clone();
            self.with_db(move |db| db.revision(&organisation_id))
                .await?
        };
        let key = format!(
            "{organisation_id}\n{}\n{moment}\n{}",
            caller.user_id(),
            request.uri()
        );
        let found = self.kept.find(&key, revision);
        crate::metrics::kept_answer(found.is_some());
        let status = if found.is_some() {
            "closeout; hit"
        } else {
            "closeout; fwd=miss"
        };
        let body = match found {
            Some(body) => body,
            None => {
                let body = Bytes::from(
                    serde_json::to_vec(&compute.await?)
                        .map_err(|e| ApiError::Internal(anyhow::anyhow!("answer as JSON: {e}")))?,
                );
                self.kept
                    .keep(key, &organisation_id, revision, body.clone());
                body
            }
        };
        Ok(HttpResponse::Ok()
            .content_type("application/json")
            .insert_header(("Cache-Status", status))
            .body(body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(database: i64, organisation: i64) -> Revision {
        Revision {
            database,
            organisation,
        }
    }

    /// Keeps an answer of `organisation`'s under the key `"{organisation} {what}"`.
    fn put(kept: &KeptAnswers, organisation: &str, what: &str, revision: Revision) {
        let key = format!("{organisation} {what}");
        kept.keep(key, organisation, revision, Bytes::from_static(b"{}"));
    }

    #[test]
    fn an_answer_is_found_under_its_revision_only_and_older_ones_are_dropped() {
        let kept = KeptAnswers::default();
        put(&kept, "acme", "risk", at(7, 1));
        put(&kept, "globex", "risk", at(7, 4));
        assert_eq!(
            kept.find("acme risk", at(7, 1)).as_deref(),
            Some(&b"{}"[..])
        );
        assert_eq!(kept.find("acme risk", at(7, 2)), None);
        assert_eq!(kept.find("acme risk", at(8, 1)), None);
        assert_eq!(kept.find("acme status", at(7, 1)), None);
        // Acme's newer answer drops Acme's older ones, not Globex's.
        put(&kept, "acme", "status", at(7, 2));
        assert_eq!(kept.len(), 2);
        assert!(kept.find("globex risk", at(7, 4)).is_some());
        // The database's newer revision drops everything; a late older answer is not kept.
        put(&kept, "acme", "status", at(8, 2));
        put(&kept, "globex", "risk", at(7, 4));
        assert_eq!(kept.len(), 1);
        assert!(kept.find("acme status", at(8, 2)).is_some());
    }

    #[test]
    fn past_the_most_answers_the_cache_starts_again() {
        let kept = KeptAnswers::default();
        for n in 0..=MOST_ANSWERS {
            kept.keep(
                format!("status {n}"),
                "acme",
                at(9, 0),
                Bytes::from_static(b"[]"),
            );
        }
        assert_eq!(kept.len(), 1);
        assert!(
            kept.find(&format!("status {MOST_ANSWERS}"), at(9, 0))
                .is_some()
        );
        let big = Bytes::from(vec![b' '; MOST_BYTES]);
        kept.keep("big".into(), "acme", at(9, 0), big);
        kept.keep("small".into(), "acme", at(9, 0), Bytes::from_static(b"{}"));
        assert_eq!(kept.len(), 1, "the big answer made room for the small one");
    }
}
