//! Answers written while they are read: a blocking writer on a pooled database connection
//! feeds the response a chunk at a time, so a report of any size is sent in bounded memory.
//!
//! Once the first byte has gone the status is sent: an error after that cannot become a
//! problem document. It is logged, and the response is cut off rather than ended cleanly, so
//! the client sees a failed transfer, never a short document that looks whole.

use std::io::{self, BufWriter, Write};

use actix_web::HttpResponse;
use actix_web::web::Bytes;
use closeout_model::{Database, DbConnection};

/// Bytes per chunk sent to the client.
const CHUNK: usize = 64 * 1024;
/// Chunks written ahead of the client: the most memory a slow client holds.
const AHEAD: usize = 8;

/// A `Write` that hands its bytes to the response.
struct Sender(tokio::sync::mpsc::Sender<Result<Bytes, io::Error>>);

impl Write for Sender {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .blocking_send(Ok(Bytes::copy_from_slice(buf)))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A 200 answer of `content_type` whose body `write` produces on a blocking thread, with a
/// database connection of `db` held while it writes.
pub fn response<E: std::fmt::Display + Send + 'static>(
    db: Database,
    content_type: &str,
    write: impl FnOnce(&mut DbConnection, &mut dyn Write) -> Result<(), E> + Send + 'static,
) -> HttpResponse {
    let (sender, mut receiver) = tokio::sync::mpsc::channel(AHEAD);
    let failed = sender.clone();
    tokio::task::spawn_blocking(move || {
        let result = db.read(|connection| {
            let mut out = BufWriter::with_capacity(CHUNK, Sender(sender));
            Ok(write(connection, &mut out)
                .map_err(|e| e.to_string())
                .and_then(|()| out.flush().map_err(|e| e.to_string())))
        });
        let error = match result {
            Ok(Ok(())) => return,
            Ok(Err(error)) => error,
            Err(error) => error.to_string(),
        };
        tracing::error!(%error, "a streamed answer stopped midway");
        let _ = failed.blocking_send(Err(io::Error::other(error)));
    });
    let body = futures_util::stream::poll_fn(move |context| receiver.poll_recv(context));
    HttpResponse::Ok()
        .content_type(content_type)
        .streaming(body)
}
