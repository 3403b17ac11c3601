#!/usr/bin/env python3
"""Checks a compact ES256 JWS against a JWKS file with an independent library
(pyca/cryptography). Prints the payload and exits 0 when the signature holds, exits 1
when it does not."""
import base64
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature


def b64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def main() -> int:
    jws, jwks_path = sys.argv[1], sys.argv[2]
    header_b64, payload_b64, signature_b64 = jws.split(".")
    header = json.loads(b64(header_b64))
    if header.get("alg") != "ES256":
        print("not ES256", file=sys.stderr)
        return 1
    with open(jwks_path, encoding="utf-8") as f:
        keys = json.load(f)["keys"]
    jwk = next((k for k in keys if k["kid"] == header["kid"]), None)
    if jwk is None:
        print("unknown kid", file=sys.stderr)
        return 1
    public_key = ec.EllipticCurvePublicNumbers(
        int.from_bytes(b64(jwk["x"]), "big"), int.from_bytes(b64(jwk["y"]), "big"), ec.SECP256R1()
    ).public_key()
    signature = b64(signature_b64)
    der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
    try:
        public_key.verify(der, f"{header_b64}.{payload_b64}".encode(), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        print("signature invalid", file=sys.stderr)
        return 1
    sys.stdout.buffer.write(b64(payload_b64))
    return 0


if __name__ == "__main__":
    sys.exit(main())
