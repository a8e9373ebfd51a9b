//! The file storage: where attachments' bytes live, through the `object_store` crate, so the
//! same code writes to a folder under the data directory (the default) or to any S3-compatible
//! bucket (`--files-url s3://bucket`, configured by the usual `AWS_*` variables), which several
//! nodes share.
//!
//! Layout (keys, not paths):
//! - `uploads/<upload id>/<offset>-<token>`: the pieces of an upload in progress; SQL says which
//!   are committed (`store::attachments`), so a piece from a failed request is never read.
//! - `blobs/<sha256>`: a whole file, content-addressed: the same bytes sent twice are kept once.
//! - `thumbs/<sha256>-<edge>.jpg`: the thumbnail of a photo, made on first demand.
//!
//! Bytes are streamed: an upload is held in memory one piece at a time ([`PIECE_BYTES`]), a
//! whole file is assembled and served as a stream, and only so many pieces are written and files
//! assembled or thumbnailed at once, so what uploads hold in memory stays bounded.

use std::ops::Range;
use std::path::Path as FsPath;
use std::sync::Arc;

use bytes::Bytes;
use futures_util::{StreamExt, TryStreamExt, stream::BoxStream};
use object_store::local::LocalFileSystem;
use object_store::path::Path as Key;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt, WriteMultipart};
use sha2::{Digest, Sha256};
use tokio::sync::Semaphore;

/// The most bytes of one upload held in memory before they are stored as a piece.
pub const PIECE_BYTES: usize = 128 * 1024;
/// The size of the parts a whole file is written in: S3 asks at least 5 MiB but for the last; a
/// folder takes any.
const S3_PART_BYTES: usize = 5 * 1024 * 1024;
const FOLDER_PART_BYTES: usize = 1024 * 1024;
/// Files assembled at once, and thumbnails made at once: each holds a chunk (or an image) in
/// memory.
const ASSEMBLING_AT_ONCE: usize = 2;
const THUMBNAILING_AT_ONCE: usize = 1;
const STORING_AT_ONCE: usize = 8;

#[derive(Debug, thiserror::Error)]
pub enum FilesError {
    #[error("file storage: {0}")]
    Store(#[from] object_store::Error),
    #[error("file storage URL: {0}")]
    Url(String),
    #[error("could not create the file storage folder: {0}")]
    Folder(std::io::Error),
}

/// The file storage and its bounds on concurrent work.
#[derive(Clone)]
pub struct Files {
    store: Arc<dyn ObjectStore>,
    assembling: Arc<Semaphore>,
    thumbnailing: Arc<Semaphore>,
    /// Pieces being written at once: an upload waiting for its turn reads no more of its body,
    /// so the bytes in memory stay bounded however many uploads run.
    storing: Arc<Semaphore>,
    /// The parts a whole file is written in (see [`S3_PART_BYTES`]).
    part_bytes: usize,
    /// Where it is, for the log (never with credentials).
    pub describe: String,
}

impl std::fmt::Debug for Files {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe)
    }
}

impl Files {
    /// Opens the storage at `url` (`s3://bucket` or `file:///folder`), or the `files` folder of
    /// `data_dir` when there is none.
    pub fn open(url: Option<&str>, data_dir: &FsPath) -> Result<Self, FilesError> {
        let part_bytes = if url.is_some_and(|u| u.starts_with("s3://")) {
            S3_PART_BYTES
        } else {
            FOLDER_PART_BYTES
        };
        let (store, describe): (Arc<dyn ObjectStore>, String) = match url {
            None | Some("") => {
                let folder = data_dir.join("files");
                std::fs::create_dir_all(&folder).map_err(FilesError::Folder)?;
                (
                    Arc::new(LocalFileSystem::new_with_prefix(&folder)?),
                    "files in the data directory".into(),
                )
            }
            Some(url) if url.starts_with("s3://") => {
                let store = object_store::aws::AmazonS3Builder::from_env()
                    .with_url(url)
                    .build()?;
                (Arc::new(store), "an S3-compatible bucket".into())
            }
            Some(url) if url.starts_with("file://") => {
                let folder = FsPath::new(url.trim_start_matches("file://"));
                std::fs::create_dir_all(folder).map_err(FilesError::Folder)?;
                (
                    Arc::new(LocalFileSystem::new_with_prefix(folder)?),
                    "files in a folder".into(),
                )
            }
            Some(_) => {
                return Err(FilesError::Url(
                    "expected s3://bucket or file:///folder".into(),
                ));
            }
        };
        Ok(Self {
            store,
            assembling: Arc::new(Semaphore::new(ASSEMBLING_AT_ONCE)),
            thumbnailing: Arc::new(Semaphore::new(THUMBNAILING_AT_ONCE)),
            storing: Arc::new(Semaphore::new(STORING_AT_ONCE)),
            part_bytes,
            describe,
        })
    }

    /// The key of a new piece of upload `upload` starting at `offset`.
    pub fn piece_key(upload: &str, offset: u64) -> String {
        format!(
            "uploads/{upload}/{offset:016x}-{:016x}",
            rand::random::<u64>()
        )
    }

    fn blob_key(sha256: &str) -> Key {
        Key::from(format!("blobs/{sha256}"))
    }

    fn thumb_key(sha256: &str, edge: u32) -> Key {
        Key::from(format!("thumbs/{sha256}-{edge}.jpg"))
    }

    /// Stores one piece of an upload.
    pub async fn put_piece(&self, key: &str, bytes: Bytes) -> Result<(), FilesError> {
        let _turn = self.storing.acquire().await;
        self.store.put(&Key::from(key), bytes.into()).await?;
        Ok(())
    }

    /// Deletes objects by key; one already gone is fine.
    pub async fn delete_keys(&self, keys: &[String]) {
        for key in keys {
            self.delete(&Key::from(key.as_str())).await;
        }
    }

    async fn delete(&self, key: &Key) {
        match self.store.delete(key).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
            Err(e) => tracing::warn!(error = %e, "deleting a stored file failed"),
        }
    }

    /// The bytes of the pieces `keys`, in order, as one stream.
    pub fn read_pieces(&self, keys: Vec<String>) -> BoxStream<'static, Result<Bytes, FilesError>> {
        let store = self.store.clone();
        futures_util::stream::iter(keys)
            .then(move |key| {
                let store = store.clone();
                async move {
                    let got = store.get(&Key::from(key.as_str())).await?;
                    Ok::<_, FilesError>(got.into_stream().map_err(FilesError::from))
                }
            })
            .try_flatten()
            .boxed()
    }

    /// Reads the pieces `keys` once: their SHA-256 and their first `head_bytes` bytes.
    pub async fn digest(
        &self,
        keys: Vec<String>,
        head_bytes: usize,
    ) -> Result<(String, Vec<u8>), FilesError> {
        let mut hasher = Sha256::new();
        let mut head = Vec::new();
        let mut pieces = self.read_pieces(keys);
        while let Some(bytes) = pieces.try_next().await? {
            if head.len() < head_bytes {
                let take = (head_bytes - head.len()).min(bytes.len());
                head.extend_from_slice(&bytes[..take]);
            }
            hasher.update(&bytes);
        }
        Ok((hex::encode(hasher.finalize()), head))
    }

    /// [`Files::digest`], in turn with the other files being assembled.
    pub async fn digest_in_turn(
        &self,
        keys: Vec<String>,
        head_bytes: usize,
    ) -> Result<(String, Vec<u8>), FilesError> {
        let _turn = self.assembling.acquire().await;
        self.digest(keys, head_bytes).await
    }

    /// Whether the file with this SHA-256 is stored.
    pub async fn has_blob(&self, sha256: &str) -> Result<bool, FilesError> {
        match self.store.head(&Self::blob_key(sha256)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// Stores the pieces `keys` as the whole file `sha256`, unless it is already there.
    pub async fn assemble(&self, keys: Vec<String>, sha256: &str) -> Result<(), FilesError> {
        if self.has_blob(sha256).await? {
            return Ok(());
        }
        let _turn = self.assembling.acquire().await;
        let upload = self.store.put_multipart(&Self::blob_key(sha256)).await?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, self.part_bytes);
        let mut pieces = self.read_pieces(keys);
        while let Some(bytes) = pieces.try_next().await? {
            writer.wait_for_capacity(1).await?;
            writer.put(bytes);
        }
        writer.finish().await?;
        Ok(())
    }

    /// The stored file `sha256`, or the bytes `range` of it, as a stream.
    pub async fn read_blob(
        &self,
        sha256: &str,
        range: Option<Range<u64>>,
    ) -> Result<BoxStream<'static, Result<Bytes, FilesError>>, FilesError> {
        let options = GetOptions {
            range: range.map(GetRange::Bounded),
            ..GetOptions::default()
        };
        let got = self
            .store
            .get_opts(&Self::blob_key(sha256), options)
            .await?;
        Ok(got.into_stream().map_err(FilesError::from).boxed())
    }

    /// Deletes the stored file `sha256` and its thumbnail.
    pub async fn delete_blob(&self, sha256: &str) {
        self.delete(&Self::blob_key(sha256)).await;
        self.delete(&Self::thumb_key(
            sha256,
            hubdesk_shared::attachments::THUMBNAIL_EDGE,
        ))
        .await;
    }

    /// The thumbnail of photo `sha256` (a JPEG at most [`THUMBNAIL_EDGE`] pixels on its long
    /// edge), made on first demand with bounded decoding and kept; `None` if the file cannot be
    /// decoded within the bounds.
    ///
    /// [`THUMBNAIL_EDGE`]: hubdesk_shared::attachments::THUMBNAIL_EDGE
    pub async fn thumbnail(&self, sha256: &str, size: u64) -> Result<Option<Bytes>, FilesError> {
        let edge = hubdesk_shared::attachments::THUMBNAIL_EDGE;
        let key = Self::thumb_key(sha256, edge);
        match self.store.get(&key).await {
            Ok(got) => return Ok(Some(got.bytes().await?)),
            Err(object_store::Error::NotFound { .. }) => {}
            Err(e) => return Err(e.into()),
        }
        let _turn = self.thumbnailing.acquire().await;
        if size > hubdesk_shared::attachments::FILE_MAX_BYTES {
            return Ok(None);
        }
        let bytes = self
            .store
            .get(&Self::blob_key(sha256))
            .await?
            .bytes()
            .await?;
        let made = tokio::task::spawn_blocking(move || crate::thumbnails::make(&bytes, edge))
            .await
            .ok()
            .flatten();
        let Some(jpeg) = made else {
            return Ok(None);
        };
        let jpeg = Bytes::from(jpeg);
        self.store.put(&key, jpeg.clone().into()).await?;
        Ok(Some(jpeg))
    }
}
