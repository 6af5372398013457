//! The migrations are embedded at compile time (`embed_migrations!`); without this a new
//! migration folder, which changes no Rust file, would not be built in.
fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
