//! Original files (uploaded registers, later evidence), kept content-addressed by SHA-256 in
//! the database, so that they are written in the same transaction as what refers to them and
//! every replica sees them.

use crate::scope::Scope;
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use crate::db::DbConnection;
use crate::error::ModelError;
use crate::id::now;
use crate::schema::stored_files;

/// The SHA-256 of some bytes, lower-case hex.
pub fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Stores bytes under their SHA-256 unless already stored; returns the digest. New bytes are
/// refused when they would take the organisation over its storage quota.
pub fn put(
    connection: &mut DbConnection,
    scope: &Scope,
    bytes: &[u8],
) -> Result<String, ModelError> {
    let organisation_id = scope.organisation_id();
    let digest = sha256(bytes);
    let exists = stored_files::table
        .filter(stored_files::organisation_id.eq(organisation_id))
        .filter(stored_files::sha256.eq(&digest))
        .select(stored_files::sha256)
        .first::<String>(connection)
        .optional()?
        .is_some();
    if !exists {
        crate::limits::storage(connection, scope, bytes.len() as u64)?;
        diesel::insert_into(stored_files::table)
            .values((
                stored_files::organisation_id.eq(organisation_id),
                stored_files::sha256.eq(&digest),
                stored_files::size.eq(bytes.len() as i64),
                stored_files::content.eq(bytes),
                stored_files::created_at.eq(now()),
            ))
            .execute(connection)?;
    }
    Ok(digest)
}

/// Reads stored bytes back.
pub fn get(
    connection: &mut DbConnection,
    scope: &Scope,
    digest: &str,
) -> Result<Vec<u8>, ModelError> {
    let organisation_id = scope.organisation_id();
    stored_files::table
        .filter(stored_files::organisation_id.eq(organisation_id))
        .filter(stored_files::sha256.eq(digest))
        .select(stored_files::content)
        .first(connection)
        .optional()?
        .ok_or_else(|| ModelError::not_found("file", digest))
}

/// Keeps letters, digits, dot, dash and underscore of a client's file name's last segment: the
/// name is shown and offered for download, never used as a path. `fallback` when nothing is left.
pub fn clean_name(name: &str, fallback: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim_start_matches('.').to_owned();
    if cleaned.is_empty() {
        fallback.to_owned()
    } else {
        cleaned
    }
}

/// Tells a file's type from its first bytes.
pub fn sniff(bytes: &[u8]) -> &'static str {
    let text_like =
        || std::str::from_utf8(&bytes[..bytes.len().min(4096)]).is_ok_and(|t| !t.contains('\0'));
    if bytes.starts_with(b"%PDF-") {
        "application/pdf"
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        "image/gif"
    } else if bytes.starts_with(b"PK\x03\x04") {
        let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        if has(b"application/vnd.oasis.opendocument.spreadsheet") {
            "application/vnd.oasis.opendocument.spreadsheet"
        } else if has(b"xl/workbook.bin") {
            "application/vnd.ms-excel.sheet.binary.macroEnabled.12"
        } else if has(b"word/") {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        } else if has(b"xl/") {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        } else if has(b"ppt/") {
            "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        } else {
            "application/zip"
        }
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        "application/x-ole-storage"
    } else if !bytes.is_empty() && text_like() {
        "text/plain; charset=utf-8"
    } else {
        "application/octet-stream"
    }
}
