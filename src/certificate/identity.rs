/// The key a health office signs with, and its X.509 certificate: the JWS in the QR code
/// and the PAdES signature in the PDF are made with the same key.
pub struct SigningIdentity {
    /// Key id: the RFC 7638 thumbprint of the public key, as published in the JWKS.
    pub kid: String,
    pub tenant: String,
    pub signing_key: p256::ecdsa::SigningKey,
    /// DER of the X.509 certificate for `signing_key`.
    pub certificate_der: Vec<u8>,
    /// A self-signed key made for development: what it signs is marked "not valid".
    pub development: bool,
}

impl std::fmt::Debug for SigningIdentity {
    // Never print the private key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningIdentity")
            .field("kid", &self.kid)
            .field("tenant", &self.tenant)
            .field("development", &self.development)
            .finish_non_exhaustive()
    }
}
