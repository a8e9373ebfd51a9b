//! Embeds the catalogues of `locales/` (every language folder and its `.ftl` files) so the
//! server words its messages in each person's language with no files beside the binary.
//! Adding a language folder is all it takes: this lists them.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    // `sqlx::migrate!` embeds the migrations: a new file must rebuild the server.
    let migrations = Path::new(env!("CARGO_MANIFEST_DIR")).join("../migrations");
    println!("cargo:rerun-if-changed={}", migrations.display());
    let mut out = String::from("/// Every language folder of `locales/`: its tag and its files.\n");
    out.push_str("pub static CATALOGUES: &[(&str, &[(&str, &str)])] = &[\n");
    let mut tags: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/ is readable")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    tags.sort_by_key(|e| e.file_name());
    for tag in tags {
        let name = tag.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", tag.path().display());
        let _ = writeln!(out, "    ({name:?}, &[");
        let mut files: Vec<_> = std::fs::read_dir(tag.path())
            .expect("a locale folder is readable")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for file in files {
            println!("cargo:rerun-if-changed={}", file.path().display());
            let path = file.path().canonicalize().expect("a catalogue file path");
            let _ = writeln!(
                out,
                "        ({:?}, include_str!({:?})),",
                file.file_name().to_string_lossy(),
                path.display().to_string()
            );
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("catalogues.rs");
    std::fs::write(dest, out).expect("writing catalogues.rs");
}
