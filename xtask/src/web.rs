//! The wasm client and web assets: build, shrink, stamp and precompress.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::tools::{ensure_wasm_tools, have, output, sh};

/// Builds the wasm client and puts its JS bindings next to the web app.
pub fn build_web() -> Result<()> {
    ensure_wasm_tools()?;
    sh(
        "cargo",
        &[
            "build",
            "-p",
            "hubdesk-client",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            "wasm",
        ],
    )?;
    let target_dir = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    let wasm = PathBuf::from(format!(
        "{target_dir}/wasm32-unknown-unknown/wasm/hubdesk_client.wasm"
    ));
    // Optimise before wasm-bindgen: binaryen rewrites the externref table wasm-bindgen emits
    // into one the generated JS can no longer fill.
    let wasm = optimise_wasm(&wasm)?;
    // Start from an empty pkg/ so no file of an earlier build lingers (or gets cached).
    let pkg = Path::new("client-wasm/web/pkg");
    if pkg.exists() {
        std::fs::remove_dir_all(pkg)?;
    }
    sh(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--out-dir",
            "client-wasm/web/pkg",
            wasm.to_str().context("wasm path")?,
        ],
    )?;
    crate::locales::copy_locales(Path::new("locales"), Path::new("client-wasm/web"))?;
    vendor(
        Path::new("client-wasm/web-deps"),
        Path::new("client-wasm/web/vendor"),
    )?;
    stamp_shell(Path::new("client-wasm/web"))?;
    precompress(Path::new("client-wasm/web"))?;
    Ok(())
}

/// Copies the libraries the pages load as they are (`@fluent/bundle`'s ES modules) from
/// `web-deps` (installed with npm, at the versions its lock file pins) into `web/vendor/`.
fn vendor(deps: &Path, out: &Path) -> Result<()> {
    let fluent = deps.join("node_modules/@fluent/bundle/esm");
    if !fluent.exists() {
        let lock = deps.join("package-lock.json").exists();
        crate::tools::sh_in(
            "npm",
            &[
                if lock { "ci" } else { "install" },
                "--no-audit",
                "--no-fund",
            ],
            Some(deps),
        )?;
    }
    if out.exists() {
        std::fs::remove_dir_all(out)?;
    }
    let target = out.join("fluent");
    std::fs::create_dir_all(&target)?;
    for entry in std::fs::read_dir(&fluent)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "js") {
            std::fs::copy(&path, target.join(path.file_name().context("file name")?))?;
        }
    }
    Ok(())
}

/// Writes `pkg/shell-version.js`, naming the build by a hash of every shell file, so the
/// service worker caches each build under its own name and notices a new one.
fn stamp_shell(web: &Path) -> Result<()> {
    use sha2::Digest;
    let stamp = web.join("pkg/shell-version.js");
    let mut files = Vec::new();
    collect_files(web, &mut files)?;
    files.retain(|f| {
        let ext = f.extension().and_then(|e| e.to_str());
        f != &stamp && !matches!(ext, Some("br" | "gz"))
    });
    files.sort();
    let mut hash = sha2::Sha256::new();
    for file in &files {
        hash.update(file.to_string_lossy().as_bytes());
        hash.update(std::fs::read(file)?);
    }
    let version: String = hex::encode(hash.finalize()).chars().take(16).collect();
    std::fs::write(
        stamp,
        format!("self.HUBDESK_SHELL_VERSION = \"{version}\";\n"),
    )?;
    Ok(())
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_files(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// Shrinks the wasm with binaryen's wasm-opt (installed through apt-get when possible) and
/// returns the file to bind. Without wasm-opt the app still works, only larger, so its absence
/// is a warning, not a failure.
fn optimise_wasm(wasm: &Path) -> Result<PathBuf> {
    if !have("wasm-opt") {
        let root = output("id", &["-u"]).is_some_and(|uid| uid.trim() == "0");
        if root && have("apt-get") {
            sh("apt-get", &["install", "-y", "-qq", "binaryen"])?;
        }
    }
    if !have("wasm-opt") {
        eprintln!("*** wasm-opt (binaryen) is missing: the wasm is not size-optimised ***");
        return Ok(wasm.to_path_buf());
    }
    // Same file name in a directory of its own: wasm-bindgen names its output after the input.
    let dir = wasm.parent().context("wasm directory")?.join("optimised");
    std::fs::create_dir_all(&dir)?;
    let optimised = dir.join(wasm.file_name().context("wasm file name")?);
    let input = wasm.to_str().context("wasm path")?;
    let output = optimised.to_str().context("wasm path")?;
    sh(
        "wasm-opt",
        &[
            "-Oz",
            // The features rustc enables for wasm32-unknown-unknown by default.
            "--enable-bulk-memory",
            "--enable-reference-types",
            "--enable-multivalue",
            "--enable-sign-ext",
            "--enable-nontrapping-float-to-int",
            "--enable-mutable-globals",
            input,
            "-o",
            output,
        ],
    )?;
    Ok(optimised)
}

/// The kinds of asset worth serving compressed.
const COMPRESSIBLE: &[&str] = &[
    "wasm",
    "js",
    "css",
    "html",
    "svg",
    "json",
    "webmanifest",
    "ftl",
];

/// Writes `.br` and `.gz` beside every compressible asset, so the server sends them as they are
/// instead of compressing on every request (and at a higher ratio than on the fly).
fn precompress(dir: &Path) -> Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let compressible = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let data = std::fs::read(&path)?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut gz, &data)?;
        std::fs::write(with_suffix(&path, "gz"), gz.finish()?)?;
        let mut br = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 24,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut data.as_slice(), &mut br, &params)?;
        std::fs::write(with_suffix(&path, "br"), br)?;
    }
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(suffix);
    PathBuf::from(name)
}
