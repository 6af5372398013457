//! Multipart uploads and file downloads, the same way for every service.

use std::collections::BTreeMap;

use actix_multipart::Multipart;
use actix_web::HttpResponse;
use actix_web::http::header;
use futures_util::StreamExt;

use crate::problem::ApiError;

/// The largest text part (options, titles) accepted next to a file.
const MAX_TEXT_PART: u64 = 64 * 1024;

/// An upload: one file part and some text parts.
#[derive(Debug)]
pub struct Upload {
    /// The client's name for the file (untrusted: display only).
    pub file_name: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// The other parts, as text.
    pub fields: BTreeMap<String, String>,
}

/// Reads a multipart body with one part named `file` (at most `max_bytes`) and the text parts
/// named in `fields`; anything else is refused, and nothing larger is ever buffered.
pub async fn read(
    multipart: Multipart,
    max_bytes: u64,
    fields: &[&str],
) -> Result<Upload, ApiError> {
    let (file, texts) = read_parts(multipart, max_bytes, fields).await?;
    let (file_name, bytes) = file
        .ok_or_else(|| ApiError::invalid("file", "send the file as the multipart part `file`"))?;
    if bytes.is_empty() {
        return Err(ApiError::invalid("file", "the file is empty"));
    }
    Ok(Upload {
        file_name,
        bytes,
        fields: texts,
    })
}

/// The file part, if one was sent (a browser form sends an empty one when no file was
/// chosen), and the text parts.
pub type Parts = (Option<(String, Vec<u8>)>, BTreeMap<String, String>);

/// Like [`read`], for forms where the file is optional.
pub async fn read_parts(
    mut multipart: Multipart,
    max_bytes: u64,
    fields: &[&str],
) -> Result<Parts, ApiError> {
    let unreadable = |e: &dyn std::fmt::Display| {
        ApiError::BadRequest(format!("the upload could not be read: {e}"))
    };
    let mut file = None;
    let mut texts = BTreeMap::new();
    while let Some(part) = multipart.next().await {
        let mut part = part.map_err(|e| unreadable(&e))?;
        let name = part.name().unwrap_or_default().to_owned();
        if name != "file" && !fields.contains(&name.as_str()) {
            return Err(ApiError::BadRequest(format!(
                "unexpected part `{name}`; send `file`{}",
                fields
                    .iter()
                    .map(|f| format!(", `{f}`"))
                    .collect::<String>()
            )));
        }
        // Each part at most once: the number of parts is bounded by what the form has, so
        // a request cannot stream parts without end.
        if (name == "file" && file.is_some()) || texts.contains_key(&name) {
            return Err(ApiError::BadRequest(format!(
                "the part `{name}` was sent more than once; each part may be sent once"
            )));
        }
        let file_name = part
            .content_disposition()
            .and_then(|d| d.get_filename().map(str::to_owned))
            .unwrap_or_else(|| "upload".to_owned());
        let limit = if name == "file" {
            max_bytes
        } else {
            MAX_TEXT_PART
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = part.next().await {
            let chunk = chunk.map_err(|e| unreadable(&e))?;
            if (bytes.len() + chunk.len()) as u64 > limit {
                return Err(ApiError::PayloadTooLarge(format!(
                    "the `{name}` part is larger than {limit} bytes"
                )));
            }
            bytes.extend_from_slice(&chunk);
        }
        if name == "file" {
            file = Some((file_name, bytes));
        } else {
            let text = String::from_utf8(bytes)
                .map_err(|_| ApiError::invalid(&name, "must be UTF-8 text"))?;
            texts.insert(name, text);
        }
    }
    Ok((file, texts))
}

/// A download: the bytes with their type, as an attachment with a cleaned name, never sniffed
/// by the browser.
pub fn attachment(bytes: Vec<u8>, content_type: &str, file_name: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type.to_owned())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{file_name}\""),
        ))
        .insert_header(("x-content-type-options", "nosniff"))
        .body(bytes)
}
