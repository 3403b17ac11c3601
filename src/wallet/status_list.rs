//! A Token Status List (IETF draft-ietf-oauth-status-list): one bit per credential of an
//! office, 1 where its certificate is revoked, compressed and signed as a JWT that
//! verifiers fetch and cache.

use std::io::Write;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use flate2::Compression;
use flate2::write::ZlibEncoder;
use serde_json::json;

use super::jwt::Signer;

/// At least this many entries, so that the list's size says nothing about how many
/// credentials the office issued (herd privacy; 16 KB of zero bytes compress to little).
const MIN_ENTRIES: usize = 131_072;

/// How long a verifier may keep the list before fetching it again.
pub const TTL_SECONDS: i64 = 60;

/// `lst`: the bits, least significant first within each byte (index 0 is bit 0 of
/// byte 0), zlib-compressed, base64url.
fn encoded(revoked: &[usize], entries: usize) -> String {
    let mut bytes = vec![0u8; entries.max(MIN_ENTRIES).div_ceil(8)];
    for &index in revoked {
        if let Some(byte) = bytes.get_mut(index / 8) {
            *byte |= 1 << (index % 8);
        }
    }
    let mut zlib = ZlibEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail.
    let _ = zlib.write_all(&bytes);
    URL_SAFE_NO_PAD.encode(zlib.finish().unwrap_or_default())
}

/// The signed list at `uri`: `entries` credentials, those at `revoked` invalid.
pub fn status_list_jwt(
    signer: &Signer<'_>,
    uri: &str,
    revoked: &[usize],
    entries: usize,
    now: DateTime<Utc>,
) -> String {
    let payload = json!({
        "sub": uri,
        "iat": now.timestamp(),
        "exp": now.timestamp() + 24 * 3600,
        "ttl": TTL_SECONDS,
        "status_list": {"bits": 1, "lst": encoded(revoked, entries)},
    });
    signer.sign("statuslist+jwt", &payload)
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn a_revoked_index_is_its_bit() {
        let lst = encoded(&[0, 9], 16);
        let compressed = URL_SAFE_NO_PAD.decode(lst).expect("b64");
        let mut bytes = Vec::new();
        flate2::read::ZlibDecoder::new(compressed.as_slice())
            .read_to_end(&mut bytes)
            .expect("zlib");
        assert_eq!(bytes.len(), MIN_ENTRIES / 8);
        assert_eq!(bytes[0], 0b0000_0001);
        assert_eq!(bytes[1], 0b0000_0010);
        assert!(bytes[2..].iter().all(|b| *b == 0));
    }
}
