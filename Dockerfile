# One image for every Closeout service; Kubernetes selects the service with `--target`.
# Build: docker build -t closeout:latest .
FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
# SQLite and libpq are compiled from bundled sources: no system libraries needed at run time.
RUN cargo build --release --locked --workspace

FROM debian:bookworm-slim
RUN useradd --uid 10001 --user-group --no-create-home closeout \
    && mkdir -p /var/lib/closeout && chown closeout:closeout /var/lib/closeout
COPY --from=build /src/target/release/closeout /usr/local/bin/closeout
# Importer plugins are loaded from the binary's folder.
COPY --from=build /src/target/release/libcloseout_*.so /usr/local/bin/
USER 10001
ENV CLOSEOUT_DATA_DIR=/var/lib/closeout \
    CLOSEOUT_BIND=0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/closeout"]
CMD ["serve"]
