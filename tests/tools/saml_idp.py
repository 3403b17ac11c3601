#!/usr/bin/env python3
"""A SAML 2.0 identity provider for tests and local trials, built on pysaml2 (signatures
and encryption by the xmlsec1 program): BundID-like attributes (urn:oid names), levels
of assurance as STORK QAA classes, two test people.

    saml_idp.py prepare --dir D --base http://127.0.0.1:8081
        makes the provider's keys and writes D/idp-metadata.xml (what the service
        provider is configured with)
    saml_idp.py serve --dir D --base http://127.0.0.1:8081 --sp-metadata URL_OR_FILE
        serves the login; with --forgeries, the login form also takes a `variant` that
        makes a response a real deployment must refuse (for the tests of the service)

People: "erika" logs in with the online ID card (STORK-QAA-Level-4), "amina" too (her
name in Arabic letters, the birth date written without dashes),
"max" with a certificate at level 3. The password of each is "test".
"""

import argparse
import base64
import copy
import datetime
import functools
import html
import http.server
import re
import secrets
import socketserver
import threading
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import saml2
import saml2.entity
import saml2.sigver
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.metadata import create_metadata_string
from saml2.saml import NAME_FORMAT_URI, NAMEID_FORMAT_TRANSIENT, NameID
from saml2.server import Server
from saml2.sigver import pre_encryption_part

GIVEN_NAME = "urn:oid:2.5.4.42"
FAMILY_NAME = "urn:oid:2.5.4.4"
BIRTH_DATE = "urn:oid:1.3.6.1.5.5.7.9.1"
TRUST_LEVEL = "urn:oid:1.3.6.1.4.1.25484.494450.3"

PEOPLE = {
    "erika": {
        "level": "STORK-QAA-Level-4",
        GIVEN_NAME: "Erika",
        FAMILY_NAME: "Mustermann",
        BIRTH_DATE: "1964-08-12",
    },
    "amina": {
        "level": "STORK-QAA-Level-4",
        GIVEN_NAME: "أمينة",
        FAMILY_NAME: "حداد",
        BIRTH_DATE: "19850203",
    },
    "max": {
        "level": "STORK-QAA-Level-3",
        GIVEN_NAME: "Max",
        FAMILY_NAME: "Mustermann",
        BIRTH_DATE: "1990-04-12",
    },
}
PASSWORD = "test"

# Assertions are encrypted with AES-128-GCM (key transport RSA-OAEP), as the service
# provider's metadata asks; pysaml2's default would be Triple DES.
saml2.entity.pre_encryption_part = functools.partial(
    pre_encryption_part, msg_enc="http://www.w3.org/2009/xmlenc11#aes128-gcm"
)
# The key info of the encrypted data declares its own namespace, as OpenSAML-based
# providers write it (the service's SAML library reads it only so).
_encrypt_assertion = saml2.sigver.SecurityContext.encrypt_assertion


def encrypt_assertion(self, statement, enc_key, template, key_type="aes-128", node_xpath=None):
    template = re.sub(
        r"<(\w+):KeyInfo>",
        r'<\1:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">',
        str(template),
        count=1,
    )
    return _encrypt_assertion(self, statement, enc_key, template, key_type="aes-128", node_xpath=node_xpath)


saml2.sigver.SecurityContext.encrypt_assertion = encrypt_assertion


def make_key(directory: Path, stem: str, common_name: str) -> None:
    """An RSA key and a self-signed certificate, with pyca/cryptography."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    (directory / f"{stem}.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    (directory / f"{stem}.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def config(directory: Path, base: str, stem: str, sp_metadata: Path | None) -> IdPConfig:
    conf = {
        "entityid": f"{base}/metadata",
        "service": {
            "idp": {
                "name": "Test-Identitätsanbieter",
                "endpoints": {
                    "single_sign_on_service": [(f"{base}/sso/redirect", BINDING_HTTP_REDIRECT)],
                },
                "want_authn_requests_signed": True,
                "name_id_format": [NAMEID_FORMAT_TRANSIENT],
                "policy": {
                    "default": {
                        "lifetime": {"minutes": 5},
                        "attribute_restrictions": None,
                        "name_form": NAME_FORMAT_URI,
                    }
                },
            }
        },
        "key_file": str(directory / f"{stem}.key"),
        "cert_file": str(directory / f"{stem}.crt"),
        "encryption_keypairs": [
            {"key_file": str(directory / f"{stem}.key"), "cert_file": str(directory / f"{stem}.crt")}
        ],
        "xmlsec_binary": "/usr/bin/xmlsec1",
        "metadata": {"local": [str(sp_metadata)]} if sp_metadata else {},
        "allow_unknown_attributes": True,
    }
    c = IdPConfig()
    c.load(conf)
    return c


def prepare(directory: Path, base: str) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for stem in ("idp", "other"):
        if not (directory / f"{stem}.key").exists():
            make_key(directory, stem, f"Test IdP ({stem})")
    metadata = create_metadata_string(None, config=config(directory, base, "idp", None), valid=24 * 365)
    (directory / "idp-metadata.xml").write_bytes(metadata)


def auto_post(action: str, response_b64: str, relay_state: str) -> str:
    return f"""<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Weiter</title></head>
<body><form method="post" action="{html.escape(action)}" id="answer">
<input type="hidden" name="SAMLResponse" value="{html.escape(response_b64)}">
<input type="hidden" name="RelayState" value="{html.escape(relay_state)}">
<button type="submit">Weiter zum Dienst</button></form>
<script>document.getElementById("answer").submit()</script></body></html>"""


class Shifted:
    """Runs pysaml2 as if the clock were `seconds` later (negative: earlier)."""

    def __init__(self, seconds: int):
        self.seconds = seconds

    def __enter__(self):
        self.real_time, self.real_gmtime = time.time, time.gmtime
        time.time = lambda: self.real_time() + self.seconds
        time.gmtime = lambda secs=None: self.real_gmtime(
            self.real_time() + self.seconds if secs is None else secs
        )
        self.real_datetime = saml2.time_util.datetime
        shift = datetime.timedelta(seconds=self.seconds)
        real = self.real_datetime

        class ShiftedDatetime(real):
            @classmethod
            def now(cls, tz=None):
                return real.now(tz) + shift

        saml2.time_util.datetime = ShiftedDatetime
        return self

    def __exit__(self, *exc):
        time.time, time.gmtime = self.real_time, self.real_gmtime
        saml2.time_util.datetime = self.real_datetime


def wrapped(response_xml: str) -> str:
    """Signature wrapping: a second, unsigned assertion with another name placed before
    the signed one, which stays intact."""
    match = re.search(r"<(\w+:)?Assertion[ >].*?</(\w+:)?Assertion>", response_xml, re.S)
    if not match:
        raise ValueError("no assertion to wrap")
    signed = match.group(0)
    forged = re.sub(r"<(\w+:)?Signature[ >].*?</(\w+:)?Signature>", "", signed, flags=re.S)
    forged = re.sub(r'ID="[^"]+"', 'ID="_forged"', forged, count=1)
    forged = forged.replace(">Erika<", ">Mallory<")
    return response_xml.replace(signed, forged + signed, 1)


class Provider:
    def __init__(self, directory: Path, base: str, sp_metadata: Path, forgeries: bool):
        self.idp = Server(config=config(directory, base, "idp", sp_metadata))
        self.other = Server(config=config(directory, base, "other", sp_metadata))
        self.forgeries = forgeries
        self.pending = {}

    def login_form(self, query: dict) -> tuple[int, str]:
        get = lambda k: query.get(k, [None])[0]
        try:
            parsed = self.idp.parse_authn_request(
                get("SAMLRequest"),
                BINDING_HTTP_REDIRECT,
                relay_state=get("RelayState"),
                sigalg=get("SigAlg"),
                signature=get("Signature"),
            )
        except Exception as error:  # a request pysaml2 refuses is answered with 400
            return 400, f"<p>Anfrage abgelehnt: {html.escape(type(error).__name__)}</p>"
        if parsed is None:
            return 400, "<p>Anfrage abgelehnt</p>"
        key = secrets.token_urlsafe(16)
        self.pending[key] = (parsed.message, get("RelayState") or "")
        variant = (
            '<label for="variant">Variante</label><input id="variant" name="variant" value="">'
            if self.forgeries
            else ""
        )
        return 200, f"""<!doctype html><html lang="de"><head><meta charset="utf-8">
<title>Test-Identitätsanbieter: Anmeldung</title></head><body>
<h1>Test-Identitätsanbieter</h1><p>Anmeldung für {html.escape(parsed.message.issuer.text)}</p>
<form method="post" action="/login"><input type="hidden" name="key" value="{key}">
<label for="user">Person</label><select id="user" name="user">
<option value="erika">Erika Mustermann (Online-Ausweis, Niveau hoch)</option>
<option value="amina">أمينة حداد (eID, Niveau hoch)</option>
<option value="max">Max Mustermann (Zertifikat, Niveau substanziell)</option></select>
<label for="password">Passwort</label><input id="password" name="password" type="password">
{variant}<button type="submit" id="login">Anmelden</button></form></body></html>"""

    def answer(self, form: dict) -> tuple[int, str]:
        get = lambda k: form.get(k, [""])[0]
        pending = self.pending.pop(get("key"), None)
        if pending is None or get("user") not in PEOPLE or get("password") != PASSWORD:
            return 403, "<p>Anmeldung fehlgeschlagen</p>"
        request, relay_state = pending
        person = PEOPLE[get("user")]
        variant = get("variant") if self.forgeries else ""
        identity = {
            GIVEN_NAME: [person[GIVEN_NAME]],
            FAMILY_NAME: [person[FAMILY_NAME]],
            BIRTH_DATE: [person[BIRTH_DATE]],
            TRUST_LEVEL: [person["level"]],
        }
        server = self.other if variant == "other-key" else self.idp
        sp_entity = request.issuer.text
        kwargs = dict(
            identity=identity,
            in_response_to="_unknown" if variant == "unknown-request" else request.id,
            destination=request.assertion_consumer_service_url,
            sp_entity_id=sp_entity,
            name_id=NameID(format=NAMEID_FORMAT_TRANSIENT, text=secrets.token_hex(16)),
            authn={"class_ref": person["level"], "authn_auth": server.config.entityid},
            sign_response=variant != "unsigned",
            sign_assertion=variant != "unsigned",
            encrypt_assertion=variant not in ("wrapping", "wrong-audience"),
            sign_alg="http://www.w3.org/2000/09/xmldsig#rsa-sha1"
            if variant == "sha1"
            else "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
            digest_alg="http://www.w3.org/2000/09/xmldsig#sha1"
            if variant == "sha1"
            else "http://www.w3.org/2001/04/xmlenc#sha256",
        )
        if variant == "wrong-audience":
            kwargs["sp_entity_id"] = "https://elsewhere.example/saml/metadata"
            kwargs["sign_response"] = False
        if variant == "wrapping":
            kwargs["sign_response"] = False
        if variant == "expired":
            with Shifted(-3600):
                response = server.create_authn_response(**kwargs)
        else:
            response = server.create_authn_response(**kwargs)
        xml = str(response)
        if variant == "wrapping":
            xml = wrapped(xml)
        encoded = base64.b64encode(xml.encode()).decode()
        return 200, auto_post(request.assertion_consumer_service_url, encoded, relay_state)


def serve(directory: Path, base: str, listen: str, port: int, sp_metadata: str, forgeries: bool) -> None:
    """Serves logins. The service provider's metadata is read now from a file, or from
    an address when the first request comes (the service may start after this)."""
    local = directory / "sp-metadata.xml"
    lock = threading.Lock()
    provider = None

    def get_provider() -> Provider:
        nonlocal provider
        with lock:
            if provider is None:
                if sp_metadata.startswith("http"):
                    local.write_bytes(urllib.request.urlopen(sp_metadata, timeout=10).read())
                else:
                    local.write_bytes(Path(sp_metadata).read_bytes())
                provider = Provider(directory, base, local, forgeries)
            return provider

    if not sp_metadata.startswith("http"):
        get_provider()
    metadata = (directory / "idp-metadata.xml").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def send(self, status: int, body: bytes, content_type="text/html; charset=utf-8"):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            url = urllib.parse.urlsplit(self.path)
            if url.path == "/metadata":
                self.send(200, metadata, "application/samlmetadata+xml")
            elif url.path == "/sso/redirect":
                status, page = get_provider().login_form(urllib.parse.parse_qs(url.query))
                self.send(status, page.encode())
            else:
                self.send(404, b"not found")

        def do_POST(self):
            if urllib.parse.urlsplit(self.path).path != "/login":
                self.send(404, b"not found")
                return
            length = int(self.headers.get("Content-Length", "0"))
            form = urllib.parse.parse_qs(self.rfile.read(length).decode())
            status, page = get_provider().answer(form)
            self.send(status, page.encode())

        def log_message(self, *args):
            pass

    class Threaded(socketserver.ThreadingMixIn, http.server.HTTPServer):
        daemon_threads = True
        allow_reuse_address = True

    with Threaded((listen, port), Handler) as httpd:
        print("ready", flush=True)
        httpd.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["prepare", "serve"])
    parser.add_argument("--dir", required=True, type=Path)
    parser.add_argument("--base", required=True, help="this provider's address, e.g. http://127.0.0.1:8081")
    parser.add_argument("--port", type=int)
    parser.add_argument("--listen", default="127.0.0.1", help="the address to listen on (0.0.0.0 in a container)")
    parser.add_argument("--sp-metadata", help="the service provider's metadata: an address or a file")
    parser.add_argument("--forgeries", action="store_true")
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.dir, args.base)
    else:
        port = args.port or urllib.parse.urlsplit(args.base).port
        prepare(args.dir, args.base)
        serve(args.dir, args.base, args.listen, port, args.sp_metadata, args.forgeries)


if __name__ == "__main__":
    sys.exit(main())
