//! One Web Push message: its payload encrypted for the subscription (RFC 8291, through
//! `web-push-native`), signed with the hub's VAPID key (RFC 8292, a JWT through `jwt-simple`),
//! with the headers of RFC 8030 (`TTL`, `Urgency`, `Topic`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use web_push_native::jwt_simple::prelude::{
    Claims, Duration as JwtDuration, ECDSAP256KeyPairLike, ES256KeyPair,
};
use web_push_native::p256::elliptic_curve::sec1::ToEncodedPoint;
use web_push_native::p256::{PublicKey, SecretKey};
use web_push_native::{Auth, encrypt};

/// How long a VAPID signature is valid (RFC 8292 allows at most 24 hours).
const SIGNATURE_HOURS: u64 = 12;

/// Why a subscription's keys were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyRefusal {
    /// `p256dh` is not a P-256 public key in base64url.
    P256dh,
    /// `auth` is not 16 bytes in base64url.
    Auth,
}

/// The hub's VAPID key pair.
pub struct Vapid {
    key: ES256KeyPair,
    public: String,
    contact: Option<String>,
}

impl Vapid {
    /// A new key pair: the private scalar and the uncompressed public point, base64url.
    pub fn generate() -> (String, String) {
        loop {
            let bytes: [u8; 32] = rand::random();
            // Fails only for zero or a value past the group order: try other bytes.
            if let Ok(secret) = SecretKey::from_slice(&bytes) {
                let public = secret.public_key().to_encoded_point(false);
                return (
                    URL_SAFE_NO_PAD.encode(secret.to_bytes()),
                    URL_SAFE_NO_PAD.encode(public.as_bytes()),
                );
            }
        }
    }

    /// The stored pair, and whom push services may contact about the hub (`mailto:` or an
    /// `https:` URL, sent as the signature's subject).
    pub fn from_stored(
        private: &str,
        public: String,
        contact: Option<String>,
    ) -> Result<Self, String> {
        let raw = decode(private).ok_or("the stored VAPID key is not base64url")?;
        let key =
            ES256KeyPair::from_bytes(&raw).map_err(|e| format!("the stored VAPID key: {e}"))?;
        Ok(Self {
            key,
            public,
            contact,
        })
    }

    /// The public key, base64url, as browsers take it (`applicationServerKey`).
    pub fn public_key(&self) -> &str {
        &self.public
    }

    /// The `Authorization` header for a push to `endpoint`: a JWT for the endpoint's origin.
    pub fn authorization(&self, endpoint: &reqwest::Url) -> Result<String, String> {
        let origin = endpoint.origin().ascii_serialization();
        let mut claims =
            Claims::create(JwtDuration::from_hours(SIGNATURE_HOURS)).with_audience(origin);
        if let Some(contact) = &self.contact {
            claims = claims.with_subject(contact);
        }
        let token = self.key.sign(claims).map_err(|e| e.to_string())?;
        Ok(format!("vapid t={token}, k={}", self.public))
    }
}

/// A subscription's keys, checked.
pub struct Keys {
    public: PublicKey,
    auth: Auth,
}

impl Keys {
    /// Reads `p256dh` and `auth` as a browser's `PushSubscription` gives them (base64url,
    /// padded or not).
    pub fn parse(p256dh: &str, auth: &str) -> Result<Self, KeyRefusal> {
        let public = decode(p256dh)
            .and_then(|raw| PublicKey::from_sec1_bytes(&raw).ok())
            .ok_or(KeyRefusal::P256dh)?;
        let auth = decode(auth)
            .filter(|raw| raw.len() == 16)
            .map(|raw| Auth::clone_from_slice(&raw))
            .ok_or(KeyRefusal::Auth)?;
        Ok(Self { public, auth })
    }

    /// `payload` encrypted for this subscription (`aes128gcm`).
    pub fn encrypt(&self, payload: &[u8]) -> Result<Vec<u8>, String> {
        encrypt(payload.to_vec(), &self.public, &self.auth).map_err(|e| format!("{e:?}"))
    }
}

fn decode(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')).ok()
}

/// The `Topic` of a notification's push: a later push with the same topic replaces one the
/// push service still holds, so a push tried again after a lost answer is shown once.
pub fn topic(notification_id: &str) -> String {
    let mut topic: String = notification_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    topic.truncate(32);
    topic
}

#[cfg(test)]
mod tests {
    use super::*;
    use web_push_native::decrypt;
    use web_push_native::jwt_simple::prelude::{ECDSAP256PublicKeyLike, ES256PublicKey};

    #[test]
    fn a_payload_is_encrypted_for_the_subscription_alone() {
        let browser = SecretKey::from_slice(&[7u8; 32]).expect("key");
        let p256dh =
            URL_SAFE_NO_PAD.encode(browser.public_key().to_encoded_point(false).as_bytes());
        let auth = URL_SAFE_NO_PAD.encode([9u8; 16]);
        let keys = Keys::parse(&p256dh, &auth).expect("keys");
        let sealed = keys.encrypt(b"{\"kind\":\"resolved\"}").expect("sealed");
        assert!(!sealed.windows(8).any(|w| w == b"resolved"));
        let opened = decrypt(
            sealed.clone(),
            &browser,
            &Auth::clone_from_slice(&[9u8; 16]),
        )
        .expect("opened");
        assert_eq!(opened, b"{\"kind\":\"resolved\"}");
        let other = SecretKey::from_slice(&[8u8; 32]).expect("key");
        assert!(decrypt(sealed, &other, &Auth::clone_from_slice(&[9u8; 16])).is_err());

        assert_eq!(
            Keys::parse("bm90IGEga2V5", &auth).err(),
            Some(KeyRefusal::P256dh)
        );
        assert_eq!(
            Keys::parse(&p256dh, &URL_SAFE_NO_PAD.encode([1u8; 8])).err(),
            Some(KeyRefusal::Auth)
        );
    }

    #[test]
    fn the_signature_names_the_endpoints_origin_and_verifies_with_the_public_key() {
        let (private, public) = Vapid::generate();
        let vapid =
            Vapid::from_stored(&private, public.clone(), Some("mailto:ops@hub.test".into()))
                .expect("vapid");
        let endpoint = reqwest::Url::parse("http://127.0.0.1:4100/push/abc").expect("url");
        let header = vapid.authorization(&endpoint).expect("header");
        let (token, key) = header
            .strip_prefix("vapid t=")
            .and_then(|rest| rest.split_once(", k="))
            .expect("vapid header");
        assert_eq!(key, public);
        let verifier =
            ES256PublicKey::from_bytes(&decode(&public).expect("public")).expect("public key");
        let claims = verifier
            .verify_token::<web_push_native::jwt_simple::prelude::NoCustomClaims>(token, None)
            .expect("verifies");
        let audiences = claims.audiences.expect("audience").into_set();
        assert!(audiences.contains("http://127.0.0.1:4100"));
        assert_eq!(claims.subject.as_deref(), Some("mailto:ops@hub.test"));
        let (_, other_public) = Vapid::generate();
        let other = ES256PublicKey::from_bytes(&decode(&other_public).expect("public"))
            .expect("public key");
        assert!(
            other
                .verify_token::<web_push_native::jwt_simple::prelude::NoCustomClaims>(token, None)
                .is_err(),
            "another key does not verify it"
        );
    }

    #[test]
    fn a_topic_is_at_most_32_url_safe_characters() {
        let t = topic("0190e0b5-1234-7000-8000-00000000abcd");
        assert_eq!(t.len(), 32);
        assert!(t.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    }
}
