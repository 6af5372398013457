//! Static assets, embedded in the binary: nothing is fetched at run time.

use actix_web::http::header;
use actix_web::{HttpResponse, web};

/// htmx 2.0.11 (0BSD licence, `assets/htmx-LICENSE.txt`), from the npm package `htmx.org`.
const HTMX: &[u8] = include_bytes!("../../assets/htmx.min.js");
/// The one stylesheet.
const STYLE: &[u8] = include_bytes!("../../assets/closeout.css");

fn asset(body: &'static [u8], content_type: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        // The files change only with the binary; a day's caching saves every page a request.
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(body)
}

/// Registers `/assets/...`.
pub fn routes(config: &mut web::ServiceConfig) {
    config
        .route(
            "/assets/htmx.min.js",
            web::get().to(|| async { asset(HTMX, "text/javascript; charset=utf-8") }),
        )
        .route(
            "/assets/closeout.css",
            web::get().to(|| async { asset(STYLE, "text/css; charset=utf-8") }),
        );
}

/// Bytes of script and style a browser downloads for the whole interface.
pub fn total_bytes() -> usize {
    HTMX.len() + STYLE.len()
}
