#!/usr/bin/env python3
"""A holder (wallet) for the § 43 IfSG certificate as an SD-JWT VC, written without the
service's code: it receives the credential over OpenID for Verifiable Credential Issuance
1.0 (pre-authorized code flow), checks it as a wallet would, reads its entry in the Token
Status List and builds presentations with a Key Binding JWT.

Built on the SD-JWT reference implementation (PyPI `sd-jwt`), jwcrypto (which it uses)
and pyca/cryptography; HTTP with urllib. Every command prints one JSON object on stdout
and exits 0, or prints {"error": ...} and exits 1.

  wallet_holder.py receive --offer URI --pin 123456 --key-file KEY.pem
      [--proof normal|wrong-nonce|wrong-aud|old-iat|other-key|no-proof] [--reuse-token]
  wallet_holder.py status --credential SDJWT
  wallet_holder.py present --credential SDJWT --key-file KEY.pem --aud AUD --nonce N
      [--drop claim,claim] [--tamper]

A --credential value starting with "@" names a file holding the SD-JWT.
"""
import argparse
import base64
import hashlib
import json
import os
import secrets
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from datetime import datetime, timezone

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from jwcrypto.jwk import JWK
from jwcrypto.jws import JWS
from sd_jwt.holder import SDJWTHolder
from sd_jwt.verifier import SDJWTVerifier

PRE_AUTH_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
CLOCK_SKEW = 300  # seconds of tolerance for timestamps made by the issuer


class Failure(Exception):
    def __init__(self, message, **details):
        super().__init__(message)
        self.details = details


def check(condition, message, **details):
    if not condition:
        raise Failure(message, **details)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# --- HTTP -------------------------------------------------------------------------------

def http(method, url, body=None, headers=None):
    """Sends one request; returns (status, parsed JSON or text, content type)."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, raw, ctype = response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        status, raw, ctype = error.code, error.read(), error.headers.get("Content-Type", "")
    text = raw.decode("utf-8", "replace")
    try:
        return status, json.loads(text), ctype
    except ValueError:
        return status, text, ctype


def get_json(url):
    status, body, _ = http("GET", url, headers={"Accept": "application/json"})
    check(status == 200 and isinstance(body, dict), f"GET {url} failed", http_status=status, body=body)
    return body


def well_known(identifier, suffix):
    """RFC 8615 path insertion: https://h/p -> https://h/.well-known/<suffix>/p."""
    url = urllib.parse.urlsplit(identifier)
    return f"{url.scheme}://{url.netloc}/.well-known/{suffix}{url.path.rstrip('/')}"


# --- Keys and the office's signatures ----------------------------------------------------

def load_or_create_key(path):
    """The holder's P-256 key as a jwcrypto JWK; a new PEM file is written when missing."""
    if not os.path.exists(path):
        pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption())
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
            out.write(pem)
    with open(path, "rb") as pem_file:
        key = serialization.load_pem_private_key(pem_file.read(), password=None)
    check(isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1",
          f"{path} holds no P-256 key")
    return JWK.from_pyca(key)


def service_base(issuer):
    """The service's base URL: the credential issuer without its /wallet/<tenant> path."""
    return issuer[: issuer.rindex("/wallet/")] if "/wallet/" in issuer else issuer


_jwks_cache = {}


def office_key(header, base):
    """The public key a JWT of the office was signed with: the first certificate of the
    header's x5c (valid now, P-256) whose key must also be in {base}/.well-known/jwks.json
    under the header's kid."""
    check(header.get("alg") == "ES256", f"unexpected alg {header.get('alg')!r}")
    chain = header.get("x5c")
    check(isinstance(chain, list) and chain, "the JWT header carries no x5c")
    cert = x509.load_der_x509_certificate(base64.b64decode(chain[0]))
    public = cert.public_key()
    check(isinstance(public, ec.EllipticCurvePublicKey) and public.curve.name == "secp256r1",
          "the x5c certificate holds no P-256 key")
    now = datetime.now(timezone.utc)
    check(cert.not_valid_before_utc <= now <= cert.not_valid_after_utc,
          "the x5c certificate is not valid now")
    key = JWK.from_pyca(public)
    if base not in _jwks_cache:
        _jwks_cache[base] = get_json(base + "/.well-known/jwks.json")
    entries = [k for k in _jwks_cache[base].get("keys", []) if k.get("kid") == header.get("kid")]
    check(len(entries) == 1, f"kid {header.get('kid')!r} is not in the issuer's JWKS")
    listed = JWK(**{name: entries[0].get(name) for name in ("kty", "crv", "x", "y")})
    check(listed.thumbprint() == key.thumbprint(), "the JWKS key differs from the x5c key")
    return key


def verify_office_jwt(compact, typ, base):
    """Verifies a JWT signed by the office; returns (header, payload)."""
    jws = JWS()
    jws.deserialize(compact)
    header = jws.jose_header
    check(header.get("typ") == typ, f"typ is {header.get('typ')!r}, expected {typ!r}")
    jws.verify(office_key(header, base), alg="ES256")
    return header, json.loads(jws.payload)


# --- The credential and its status --------------------------------------------------------

def read_status(uri, idx, base):
    """Fetches and verifies the Token Status List at uri; returns the status of idx."""
    status, body, ctype = http("GET", uri, headers={"Accept": "application/statuslist+jwt"})
    check(status == 200 and isinstance(body, str), f"GET {uri} failed", http_status=status)
    check(ctype.split(";")[0].strip() == "application/statuslist+jwt", f"content type {ctype!r}")
    _, payload = verify_office_jwt(body.strip(), "statuslist+jwt", base)
    check(payload.get("sub") == uri, "the status list's sub is not its URI")
    check(payload.get("exp") is None or payload["exp"] > time.time(), "the status list expired")
    bits = payload["status_list"]["bits"]
    check(bits in (1, 2, 4, 8), f"bits {bits!r}")
    statuses = zlib.decompress(b64url_decode(payload["status_list"]["lst"]))
    per_byte = 8 // bits
    check(0 <= idx < len(statuses) * per_byte, f"index {idx} is outside the status list")
    return (statuses[idx // per_byte] >> (idx % per_byte * bits)) & ((1 << bits) - 1)


def referenced_digests(value):
    """All digests in _sd arrays and {"...": digest} array elements within value."""
    if isinstance(value, dict):
        found = set(value.get("_sd", []))
        if set(value) == {"..."}:
            found.add(value["..."])
        return found.union(*(referenced_digests(v) for k, v in value.items() if k != "_sd"))
    if isinstance(value, list):
        return set().union(*(referenced_digests(v) for v in value))
    return set()


def disclosed_names(disclosures):
    """The claim names of the object-property disclosures ([salt, name, value])."""
    decoded = [json.loads(b64url_decode(d)) for d in disclosures]
    return {d[1] for d in decoded if len(d) == 3}


def verify_credential(credential, expected_issuer=None, vct=None, holder_key=None):
    """Checks an issued SD-JWT VC (signature, disclosures, binding, status)."""
    check(credential.endswith("~"), "not an SD-JWT without KB-JWT")
    issuer_jwt, *disclosures, _ = credential.split("~")
    payload = json.loads(b64url_decode(issuer_jwt.split(".")[1]))  # verified just below
    issuer = payload.get("iss")
    check(expected_issuer is None or issuer == expected_issuer, f"iss is {issuer!r}")
    base = service_base(issuer)

    def issuer_key(iss, header):
        check(header.get("typ") == "dc+sd-jwt", f"typ is {header.get('typ')!r}")
        return office_key(header, base)

    # The library verifies the signature and unpacks the disclosed claims (sha-256 only).
    verifier = SDJWTVerifier(credential, issuer_key)
    claims = verifier.get_verified_payload()
    # It ignores disclosures that no digest refers to: a wallet must refuse them.
    digests = {b64url(hashlib.sha256(d.encode("ascii")).digest()): d for d in disclosures}
    reachable, grown = referenced_digests(payload), True
    while grown:
        more = set().union(*(referenced_digests(json.loads(b64url_decode(digests[h]))[-1])
                             for h in reachable & digests.keys()))
        grown, reachable = not more <= reachable, reachable | more
    check(digests.keys() <= reachable, "a disclosure's digest is not in the SD-JWT")
    disclosed = disclosed_names(disclosures)
    check(vct is None or payload.get("vct") == vct, f"vct is {payload.get('vct')!r}")
    check(payload.get("iat", 0) <= time.time() + CLOCK_SKEW, "iat lies in the future")
    check(payload.get("exp") is None or payload["exp"] > time.time(), "the credential expired")
    bound = JWK(**payload["cnf"]["jwk"]).thumbprint() if "jwk" in payload.get("cnf", {}) else None
    if holder_key is not None:
        check(bound == holder_key.thumbprint(), "cnf.jwk is not the holder's key")
    entry = payload["status"]["status_list"]
    return {"credential": credential, "claims": {k: v for k, v in claims.items() if k in disclosed},
            "vct": payload.get("vct"), "iss": issuer, "issuer_signature": "valid",
            "holder_binding": holder_key is not None, "status_uri": entry["uri"], "idx": entry["idx"],
            "status": read_status(entry["uri"], entry["idx"], base)}


# --- Commands ---------------------------------------------------------------------------

def parse_offer(uri):
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(uri).query)
    if "credential_offer" in query:
        return json.loads(query["credential_offer"][0])
    check("credential_offer_uri" in query, "the URI holds no credential offer")
    return get_json(query["credential_offer_uri"][0])


def proof_jwt(mode, holder_key, issuer, nonce):
    """The key proof; the negative modes break exactly one thing."""
    payload = {"aud": "https://evil.example" if mode == "wrong-aud" else issuer,
               "iat": int(time.time()) - (600 if mode == "old-iat" else 0),
               "nonce": "made-up-" + secrets.token_urlsafe(16) if mode == "wrong-nonce" else nonce}
    signer = JWK.generate(kty="EC", crv="P-256") if mode == "other-key" else holder_key
    public = holder_key.export_public(as_dict=True)  # without the kid jwcrypto adds
    header = {"typ": "openid4vci-proof+jwt", "alg": "ES256",
              "jwk": {name: public[name] for name in ("kty", "crv", "x", "y")}}
    jws = JWS(json.dumps(payload))
    jws.add_signature(signer, alg="ES256", protected=json.dumps(header))
    return jws.serialize(compact=True)


def receive(args):
    holder_key = load_or_create_key(args.key_file)
    offer = parse_offer(args.offer)
    issuer = offer["credential_issuer"]
    config_id = offer["credential_configuration_ids"][0]
    grant = offer["grants"][PRE_AUTH_GRANT]

    meta = get_json(well_known(issuer, "openid-credential-issuer"))
    check(meta.get("credential_issuer") == issuer, "the metadata names another issuer")
    config = meta["credential_configurations_supported"][config_id]
    check(config.get("format") == "dc+sd-jwt", f"format {config.get('format')!r}")
    check("jwk" in config.get("cryptographic_binding_methods_supported", []), "no jwk binding")
    check("ES256" in config["proof_types_supported"]["jwt"]["proof_signing_alg_values_supported"],
          "ES256 proofs are not supported")
    auth_server = (meta.get("authorization_servers") or [issuer])[0]
    as_meta = get_json(well_known(auth_server, "oauth-authorization-server"))
    check(as_meta.get("issuer") == auth_server, "the AS metadata names another issuer")
    check(as_meta.get("pre-authorized_grant_anonymous_access_supported") is True,
          "the token endpoint wants client authentication")

    form = {"grant_type": PRE_AUTH_GRANT, "pre-authorized_code": grant["pre-authorized_code"]}
    if args.pin is not None:
        form["tx_code"] = args.pin
    status, token, _ = http("POST", as_meta["token_endpoint"], urllib.parse.urlencode(form).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})
    if status != 200:  # e.g. a wrong PIN: reported, not a failure of this program
        return {"step": "token", "http_status": status, "body": token}
    check(str(token.get("token_type", "")).lower() == "bearer", "token_type is not Bearer")

    def request_credential(mode):
        nonce = None
        if meta.get("nonce_endpoint"):
            code, body, _ = http("POST", meta["nonce_endpoint"])
            check(code == 200 and isinstance(body, dict) and body.get("c_nonce"), "no nonce",
                  http_status=code, body=body)
            nonce = body["c_nonce"]
        request = {"credential_configuration_id": config_id}
        if mode != "no-proof":
            request["proofs"] = {"jwt": [proof_jwt(mode, holder_key, issuer, nonce)]}
        return http("POST", meta["credential_endpoint"], json.dumps(request).encode(),
                    {"Content-Type": "application/json",
                     "Authorization": "Bearer " + token["access_token"]})[:2]

    status, body = request_credential(args.proof)
    if args.proof != "normal":
        result = {"http_status": status, "body": body}
    else:
        check(status == 200, "the credential request failed", http_status=status, body=body)
        result = verify_credential(body["credentials"][0]["credential"], issuer,
                                   config.get("vct"), holder_key)
    if args.reuse_token:  # the same access token again, with a fresh nonce and a good proof
        second_status, second_body = request_credential("normal")
        result.update(http_statuses=[status, second_status], second_body=second_body)
    return result


def read_credential(value):
    if value.startswith("@"):
        with open(value[1:], encoding="ascii") as source:
            return source.read().strip()
    return value.strip()


def status_command(args):
    result = verify_credential(read_credential(args.credential))
    return {key: result[key] for key in ("status", "status_uri", "idx")}


def present(args):
    credential = read_credential(args.credential)
    holder_key = load_or_create_key(args.key_file)
    names = disclosed_names(credential.split("~")[1:-1])
    drop = set(filter(None, (args.drop or "").split(",")))
    check(drop <= names, f"not disclosable: {sorted(drop - names)}")
    holder = SDJWTHolder(credential)
    holder.create_presentation({name: True for name in names - drop}, nonce=args.nonce,
                               aud=args.aud, holder_key=holder_key, sign_alg="ES256")
    presentation = holder.sd_jwt_presentation
    if args.tamper:  # change one disclosed value after the KB-JWT was signed
        parts = presentation.split("~")
        check(len(parts) > 2, "no disclosure left to tamper with")
        salt, name, value = json.loads(b64url_decode(parts[1]))
        value = value + "x" if isinstance(value, str) else "x"
        parts[1] = b64url(json.dumps([salt, name, value], ensure_ascii=False).encode("utf-8"))
        presentation = "~".join(parts)
    return {"presentation": presentation, "disclosed": sorted(names - drop)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    receive_parser = commands.add_parser("receive")
    status_parser = commands.add_parser("status")
    present_parser = commands.add_parser("present")
    for sub, options in ((receive_parser, ("--offer", "--pin", "--key-file")),
                         (status_parser, ("--credential",)),
                         (present_parser, ("--credential", "--key-file", "--aud", "--nonce"))):
        for option in options:
            sub.add_argument(option, required=option != "--pin")
    receive_parser.add_argument("--proof", default="normal", choices=[
        "normal", "wrong-nonce", "wrong-aud", "old-iat", "other-key", "no-proof"])
    receive_parser.add_argument("--reuse-token", action="store_true")
    present_parser.add_argument("--drop", help="claims to leave out, comma-separated")
    present_parser.add_argument("--tamper", action="store_true")
    args = parser.parse_args()
    run = {"receive": receive, "status": status_command, "present": present}[args.command]
    try:
        print(json.dumps(run(args), ensure_ascii=False))
        return 0
    except Exception as error:  # every failure becomes {"error": ...} on stdout
        details = getattr(error, "details", {})
        print(json.dumps({"error": f"{type(error).__name__}: {error}", **details},
                         ensure_ascii=False))
        return 1


if __name__ == "__main__":
    sys.exit(main())
