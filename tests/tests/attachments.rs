//! Attachments through the tus endpoint and downloads: uploads resume from what the hub holds,
//! on one node or another, files are checked from their bytes, stored once and served safely,
//! and every bad input gets a clear refusal that leaves nothing behind. Who reaches a file and
//! where it may go are in `attachment_access.rs`.

use anyhow::{Context, Result};
use hubdesk_tests::tus::{Tus, photo};
use hubdesk_tests::{Backend, TestServer};
use sha2::{Digest, Sha256};

fn sha256(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

async fn resumes_and_is_attached_byte_for_byte(backend: Backend) -> Result<()> {
    let Some(server) = TestServer::start(backend).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let request = rahima.file_request("Drainage plan").await?;
    let request_id = request["id"].as_str().context("id")?.to_string();
    let tus = Tus::new(&server, &rahima);
    let bytes = photo(900, 700, 1);
    let attachment_id = uuid::Uuid::new_v4().to_string();
    let pairs = [
        ("request_id", request_id.as_str()),
        ("filename", "signed letter.jpg"),
        ("filetype", "image/jpeg"),
        ("attachment_id", attachment_id.as_str()),
    ];
    let sha = sha256(&bytes);
    let mut with_sha = pairs.to_vec();
    with_sha.push(("sha256", sha.as_str()));
    let created = tus.create(bytes.len() as u64, &with_sha).await?;
    assert_eq!(created.status, 201, "{:?}", created.body);
    let location = created.location.clone().context("Location")?;
    assert!(created.headers.contains_key("upload-expires"));
    assert_eq!(created.headers["tus-resumable"], "1.0.0");
    // A creation retried after a cut finds the same upload.
    let again = tus.create(bytes.len() as u64, &with_sha).await?;
    assert_eq!(again.location.as_deref(), Some(location.as_str()));

    let first = tus
        .patch(&location, 0, bytes[..100_000].to_vec(), None)
        .await?;
    assert_eq!((first.status, first.offset), (204, Some(100_000)));
    let head = tus.head(&location).await?;
    assert_eq!((head.status, head.offset), (200, Some(100_000)));
    assert_eq!(
        head.headers["upload-length"].to_str()?,
        bytes.len().to_string()
    );
    // Bytes sent from elsewhere than where the hub's copy ends are refused, naming the offset.
    let wrong = tus
        .patch(&location, 50_000, bytes[50_000..].to_vec(), None)
        .await?;
    assert_eq!(wrong.status, 409);
    assert_eq!(wrong.code(), "offset_mismatch");
    assert!(wrong.reason().contains("100000"), "{}", wrong.reason());
    // A checksum that does not match its bytes stores none of them.
    let bad_sum = tus
        .patch(
            &location,
            100_000,
            bytes[100_000..150_000].to_vec(),
            Some("sha1 AAAAAAAAAAAAAAAAAAAAAAAAAAA="),
        )
        .await?;
    assert_eq!(bad_sum.status, 460, "{:?}", bad_sum.body);
    assert_eq!(tus.head(&location).await?.offset, Some(100_000));
    // A checksum that matches is accepted.
    let piece = &bytes[100_000..150_000];
    let sum = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        sha1::Sha1::digest(piece),
    );
    let good_sum = tus
        .patch(
            &location,
            100_000,
            piece.to_vec(),
            Some(&format!("sha1 {sum}")),
        )
        .await?;
    assert_eq!((good_sum.status, good_sum.offset), (204, Some(150_000)));
    let rest = tus
        .patch(&location, 150_000, bytes[150_000..].to_vec(), None)
        .await?;
    assert_eq!(rest.status, 204, "{:?}", rest.body);
    assert_eq!(rest.offset, Some(bytes.len() as u64));

    let shown = rahima.get(&format!("/api/requests/{request_id}")).await?;
    let listed = &shown.body["attachments"];
    assert_eq!(listed.as_array().map(Vec::len), Some(1), "{}", shown.body);
    assert_eq!(listed[0]["id"], attachment_id.as_str());
    assert_eq!(listed[0]["sha256"], sha.as_str());
    assert_eq!(listed[0]["type"], "image/jpeg");
    assert_eq!(listed[0]["size"], bytes.len() as u64);
    assert_eq!(listed[0]["name"], "signed letter.jpg");
    assert_eq!(listed[0]["by"], rahima.user_id.as_str());

    let (status, headers, body) = tus
        .fetch(&format!("/api/attachments/{attachment_id}"), &[])
        .await?;
    assert_eq!(status, 200);
    assert!(body == bytes, "the hub holds the file byte for byte");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(
        headers["content-security-policy"]
            .to_str()?
            .contains("sandbox")
    );
    assert!(
        headers["content-disposition"]
            .to_str()?
            .starts_with("attachment;")
    );
    assert_eq!(headers["content-type"], "image/jpeg");
    // A download cut short resumes with a range.
    let (status, headers, part) = tus
        .fetch(
            &format!("/api/attachments/{attachment_id}"),
            &[("range", "bytes=1000-1999")],
        )
        .await?;
    assert_eq!(status, 206);
    assert_eq!(
        headers["content-range"].to_str()?,
        format!("bytes 1000-1999/{}", bytes.len())
    );
    assert!(part == bytes[1000..2000]);
    // A thumbnail is a small JPEG.
    let (status, _, thumb) = tus
        .fetch(&format!("/api/attachments/{attachment_id}/thumbnail"), &[])
        .await?;
    assert_eq!(status, 200);
    let small = image::load_from_memory(&thumb)?;
    assert!(small.width() <= 256 && small.height() <= 256);
    assert!(thumb.len() < bytes.len() / 4);

    // The same bytes attached again are one stored file; the upload's pieces are gone.
    let second = tus.upload(&request_id, "copy.jpg", &bytes, &[]).await?;
    assert_ne!(second, attachment_id);
    assert_eq!(server.stored_files("blobs").len(), 1);
    assert!(server.stored_files("uploads").is_empty());
    Ok(())
}

#[tokio::test]
async fn an_upload_resumes_and_is_attached_byte_for_byte_on_sqlite() -> Result<()> {
    resumes_and_is_attached_byte_for_byte(Backend::Sqlite).await
}

#[tokio::test]
async fn an_upload_resumes_and_is_attached_byte_for_byte_on_postgres() -> Result<()> {
    resumes_and_is_attached_byte_for_byte(Backend::Postgres).await
}

#[tokio::test]
async fn a_cut_upload_keeps_what_arrived_and_resumes_from_there() -> Result<()> {
    let Some(server) = TestServer::start(Backend::Sqlite).await? else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let request = rahima.file_request("Ward budget").await?;
    let request_id = request["id"].as_str().context("id")?;
    let tus = Tus::new(&server, &rahima);
    let bytes = "ward,line,amount\n".repeat(40_000).into_bytes();
    let created = tus
        .create(
            bytes.len() as u64,
            &[("request_id", request_id), ("filename", "budget.csv")],
        )
        .await?;
    let location = created.location.context("Location")?;
    // The body stops after 300 KB: the connection is cut.
    let sent = bytes[..300_000].to_vec();
    use futures_util::StreamExt;
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        vec![Ok(sent[..200_000].to_vec()), Ok(sent[200_000..].to_vec())];
    // The bytes go out; a moment later the link drops.
    let drop_later = futures_util::stream::once(async {
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        Err::<Vec<u8>, _>(std::io::Error::other("the link dropped"))
    });
    let body = reqwest::Body::wrap_stream(futures_util::stream::iter(chunks).chain(drop_later));
    let cut = reqwest::Client::new()
        .patch(format!("{}{location}", server.base_url))
        .bearer_auth(&rahima.token)
        .header("tus-resumable", "1.0.0")
        .header("content-type", "application/offset+octet-stream")
        .header("upload-offset", "0")
        .body(body)
        .send()
        .await;
    assert!(cut.is_err(), "the client saw its request fail");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let held = loop {
        let head = tus.head(&location).await?;
        if head.offset.unwrap_or(0) > 0 || std::time::Instant::now() > deadline {
            break head.offset.unwrap_or(0);
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    assert!(held > 0 && held <= 300_000, "the hub kept {held} bytes");
    let rest = tus
        .patch(&location, held, bytes[held as usize..].to_vec(), None)
        .await?;
    assert_eq!(rest.status, 204, "{:?}", rest.body);
    let shown = rahima.get(&format!("/api/requests/{request_id}")).await?;
    let id = shown.body["attachments"][0]["id"]
        .as_str()
        .context("attached")?;
    let (_, _, body) = tus.fetch(&format!("/api/attachments/{id}"), &[]).await?;
    assert!(body == bytes, "the resumed file is whole");
    Ok(())
}

#[tokio::test]
async fn bad_uploads_are_refused_with_a_reason_and_leave_nothing_behind() -> Result<()> {
    let Some(server) =
        TestServer::start_with(Backend::Sqlite, &["--user-quota-bytes", "3000000"]).await?
    else {
        return Ok(());
    };
    let rahima = server.login("rahima").await?;
    let request = rahima.file_request("Evidence").await?;
    let request_id = request["id"].as_str().context("id")?;
    let tus = Tus::new(&server, &rahima);
    let meta = |name: &'static str| [("request_id", request_id), ("filename", name)];

    // Over the per-file limit: refused from the declared length, before any byte.
    let huge = tus.create(26 * 1024 * 1024, &meta("scan.pdf")).await?;
    assert_eq!(huge.status, 413);
    assert_eq!(huge.code(), "too_large");
    assert!(huge.reason().contains("25"), "{}", huge.reason());
    // Over the person's quota.
    let big = tus.create(2_000_000, &meta("a.pdf")).await?;
    assert_eq!(big.status, 201);
    let over = tus.create(2_000_000, &meta("b.pdf")).await?;
    assert_eq!((over.status, over.code()), (413, "quota_exceeded"));
    assert_eq!(
        tus.delete(big.location.as_deref().context("Location")?)
            .await?
            .status,
        204
    );
    // A kind of file that is never accepted.
    let exe = tus.create(1000, &meta("setup.exe")).await?;
    assert_eq!((exe.status, exe.code()), (415, "type_not_allowed"));

    // A program named like a photo: refused at its first bytes, and the upload is gone.
    let mut program = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00".to_vec();
    program.resize(20_000, 0);
    let fake = tus
        .create(program.len() as u64, &meta("holiday.jpg"))
        .await?;
    let fake_at = fake.location.context("Location")?;
    let sent = tus.patch(&fake_at, 0, program, None).await?;
    assert_eq!((sent.status, sent.code()), (415, "type_mismatch"));
    assert!(sent.reason().contains("program"), "{}", sent.reason());
    assert_eq!(tus.head(&fake_at).await?.status, 404);

    // An image whose header claims 100,000 × 100,000 pixels is refused without decoding it.
    let bomb = huge_png_header();
    let bomb_up = tus.create(bomb.len() as u64, &meta("map.png")).await?;
    let bomb_at = bomb_up.location.context("Location")?;
    let sent = tus.patch(&bomb_at, 0, bomb, None).await?;
    assert_eq!(
        (sent.status, sent.code()),
        (422, "image_too_large"),
        "{:?}",
        sent.body
    );

    // A declared SHA-256 the bytes do not have.
    let text = b"minutes of the ward meeting\n".repeat(100);
    let wrong = "0".repeat(64);
    let sum = tus
        .create(
            text.len() as u64,
            &[
                ("request_id", request_id),
                ("filename", "minutes.txt"),
                ("sha256", &wrong),
            ],
        )
        .await?;
    let sum_at = sum.location.context("Location")?;
    let sent = tus.patch(&sum_at, 0, text.clone(), None).await?;
    assert_eq!(sent.status, 460, "{:?}", sent.body);

    // More bytes than the declared length.
    let short = tus.create(10, &meta("note.txt")).await?;
    let short_at = short.location.context("Location")?;
    let sent = tus.patch(&short_at, 0, text.clone(), None).await?;
    assert_eq!((sent.status, sent.code()), (413, "upload_too_long"));
    // A truncated upload stays unattached until it is whole; terminated, it is gone.
    let sent = tus.patch(&short_at, 0, b"half".to_vec(), None).await?;
    assert_eq!((sent.status, sent.offset), (204, Some(4)));
    assert_eq!(tus.delete(&short_at).await?.status, 204);
    assert_eq!(tus.head(&short_at).await?.status, 404);

    // Without the protocol version, or with another content type.
    let bare = reqwest::Client::new()
        .post(format!("{}/api/uploads", server.base_url))
        .bearer_auth(&rahima.token)
        .header("upload-length", "10")
        .send()
        .await?;
    assert_eq!(bare.status(), 412);
    assert_eq!(bare.headers()["tus-version"], "1.0.0");

    let shown = rahima.get(&format!("/api/requests/{request_id}")).await?;
    assert_eq!(shown.body["attachments"], serde_json::json!([]));
    assert!(
        server.stored_files("blobs").is_empty(),
        "no refused file is stored"
    );
    assert!(
        server.stored_files("uploads").is_empty(),
        "no piece is left behind"
    );
    Ok(())
}

/// A PNG whose header declares 100,000 × 100,000 pixels, with valid checksums, and a few
/// bytes of data: what a decompression bomb looks like before it is decoded.
fn huge_png_header() -> Vec<u8> {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        let mut out = (data.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(&body);
        out.extend_from_slice(&crc32(&body).to_be_bytes());
        out
    };
    let mut header = 100_000u32.to_be_bytes().to_vec();
    header.extend_from_slice(&100_000u32.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &header));
    png.extend(chunk(
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    ));
    png.extend(chunk(b"IEND", &[]));
    png
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[tokio::test]
async fn two_nodes_share_a_bucket_an_upload_started_on_one_resumes_on_the_other() -> Result<()> {
    let Some(s3) = hubdesk_tests::s3::S3Server::start().await? else {
        return Ok(());
    };
    let url = s3.url();
    let env = s3.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let Some(first) =
        TestServer::start_with_env(Backend::Postgres, &["--files-url", &url], &env).await?
    else {
        return Ok(());
    };
    let second = first.start_node_sharing().await?;
    let rahima = first.login("rahima").await?;
    let request = rahima.file_request("Bridge survey").await?;
    let request_id = request["id"].as_str().context("id")?;
    let bytes = photo(1200, 900, 3);
    let on_first = Tus::new(&first, &rahima);
    let created = on_first
        .create(
            bytes.len() as u64,
            &[("request_id", request_id), ("filename", "bridge.jpg")],
        )
        .await?;
    assert_eq!(created.status, 201, "{:?}", created.body);
    let location = created.location.context("Location")?;
    let half = bytes.len() / 2;
    let sent = on_first
        .patch(&location, 0, bytes[..half].to_vec(), None)
        .await?;
    assert_eq!(sent.status, 204, "{:?}", sent.body);
    assert!(
        !s3.stored("uploads").is_empty(),
        "the pieces are in the bucket"
    );

    // The link comes back through the other node: it knows the offset and takes the rest.
    let on_second = Tus::new(&second, &rahima);
    assert_eq!(on_second.head(&location).await?.offset, Some(half as u64));
    let rest = on_second
        .patch(&location, half as u64, bytes[half..].to_vec(), None)
        .await?;
    assert_eq!(rest.status, 204, "{:?}", rest.body);
    let shown = rahima.get(&format!("/api/requests/{request_id}")).await?;
    let id = shown.body["attachments"][0]["id"]
        .as_str()
        .context("attached")?
        .to_string();
    let (status, _, body) = on_first
        .fetch(&format!("/api/attachments/{id}"), &[])
        .await?;
    assert_eq!(status, 200);
    assert!(
        body == bytes,
        "either node serves the whole file from the bucket"
    );
    assert_eq!(s3.stored("blobs").len(), 1);
    assert!(s3.stored("uploads").is_empty(), "the pieces are gone");
    let (status, _, _) = on_second
        .fetch(&format!("/api/attachments/{id}/thumbnail"), &[])
        .await?;
    assert_eq!(status, 200);
    Ok(())
}
