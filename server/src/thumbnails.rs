//! Reading photos safely: their size from the header alone, and small thumbnails made with
//! bounded decoding (the `image` crate's limits), so a file crafted to decode to billions of
//! pixels costs a refusal, not the server's memory.

use std::io::Cursor;

use hubdesk_shared::attachments::IMAGE_MAX_PIXELS;
use image::{ImageReader, Limits};

/// The most memory one decoding may take: a photo at [`IMAGE_MAX_PIXELS`] in RGBA, and some.
const DECODE_MAX_BYTES: u64 = IMAGE_MAX_PIXELS * 4 + 64 * 1024 * 1024;
/// The longest side accepted, whatever the other.
const SIDE_MAX: u32 = 20_000;

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(SIDE_MAX);
    limits.max_image_height = Some(SIDE_MAX);
    limits.max_alloc = Some(DECODE_MAX_BYTES);
    limits
}

/// The width and height a photo's header declares, read from its first bytes without decoding
/// it (so without limits: nothing is allocated for pixels); `None` when the header cannot be
/// read from `head`.
pub fn dimensions(head: &[u8]) -> Option<(u32, u32)> {
    let mut reader = ImageReader::new(Cursor::new(head))
        .with_guessed_format()
        .ok()?;
    reader.no_limits();
    reader.into_dimensions().ok()
}

/// A JPEG thumbnail of `bytes` at most `edge` pixels on its long side; `None` when the image
/// cannot be decoded within the limits.
pub fn make(bytes: &[u8], edge: u32) -> Option<Vec<u8>> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    reader.limits(limits());
    let image = reader.decode().ok()?;
    let small = image.thumbnail(edge, edge).into_rgb8();
    let mut out = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 70);
    small.write_with_encoder(encoder).ok()?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_pixel(width, height, image::Rgb([200, 30, 30]));
        let mut out = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
            .expect("png");
        out
    }

    #[test]
    fn a_photo_becomes_a_small_jpeg() {
        let thumb = make(&png(1200, 600), 256).expect("thumbnail");
        assert_eq!(&thumb[..3], &[0xFF, 0xD8, 0xFF]);
        assert_eq!(dimensions(&thumb), Some((256, 128)));
    }

    #[test]
    fn a_header_claiming_a_huge_image_is_not_decoded() {
        // A PNG header that declares 100,000 × 100,000 pixels, and nothing behind it (the
        // end-to-end tests check that its size is read and refused before any decoding).
        let mut bomb = png(1, 1);
        bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        assert!(make(&bomb, 256).is_none());
    }
}
