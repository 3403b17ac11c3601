#!/usr/bin/env python3
"""A test double of a payment platform speaking XBezahldienste 1.x (the FITKO REST standard
behind ePayBL, pmPayment, GiroCheckout, ...), for the test suite. Standard library only.

    xbezahldienste.py --port 0 --originator ORIG --endpoint EP [--endpoint EP2 ...]
                      --client-id ID --client-secret SECRET [--ready-file PATH]
                      [--timeout-seconds 900] [--token-ttl 3600]

Prints `listening on http://127.0.0.1:PORT` once it accepts connections (and writes the same
URL to --ready-file). Binds to loopback only. State lives in memory.

Protocol (https://docs.fitko.de/xbezahldienste/APIDoku/versionen/v1.0.0/...):
  POST /oauth/token                          OAuth2 client credentials (form or JSON body,
                                             client_id/client_secret in the body or HTTP Basic)
  POST /paymenttransaction/{orig}/{ep}       PaymentRequest -> 200 PaymentTransaction
  GET  /paymenttransaction/{orig}/{ep}/{id}  -> 200 PaymentTransaction with the current status
  GET  /status/{orig}/{ep}                   -> 200 if the pair is configured, else 403
  GET  /pay/{id}, POST /pay/{id}             the pay page (action=pay|cancel|fail, then 303 to
                                             the request's redirectUrl, unchanged)
The API calls need `Authorization: Bearer <token>`.

Decisions where the standard is silent:
- The standard names no auth scheme; platforms use OAuth2 client credentials with opaque Bearer
  tokens. A missing, unknown or expired token gets 401 problem+json, functionalCode FORBIDDEN.
- Errors are application/problem+json {type, status, title, detail, functionalCode}. Every
  functional error on create is HTTP 400. An unknown transaction (or one of another
  originator/endpoint) is 404.
- grosAmount and item amounts are JSON numbers in euros (not cents) with at most 2 decimals.
  grosAmount must equal the sum of (totalNetAmount + totalTaxAmount) over the items, and
  totalX must equal quantity * singleX when singleX is given. Otherwise CALCULATION_ERROR.
- A requestId is unique per originator/endpoint. A second create with it answers 400
  PAYMENT_EXISTS, and, so a client can recover the transaction, the problem carries the
  extension members `transactionId` and `transactionUrl` of the existing transaction plus a
  `Location` header with that URL.
- transactionRedirectUrl (the pay page) is present only while the status is INITIAL.
- A transaction INITIAL for longer than --timeout-seconds becomes FAILED (statusDetail
  TIMEOUT) the next time it is read. The standard has no TIMEOUT status.
- The end states PAYED, CANCELED and FAILED are final.

Test controls (no auth, loopback clients only, JSON):
  GET  /_control/health                 -> 200 {"status": "ok"}
  GET  /_control/transactions           -> [{transactionId, requestId, originatorId, endPointId,
                                            status, grosAmount, createCalls}, ...]
                                            createCalls counts every authenticated create POST with
                                            this requestId, including rejected and faulted ones.
  POST /_control/transactions/{id}      {"status": "PAYED"|"CANCELED"|"FAILED"}: finish an INITIAL
                                            payment without a return to redirectUrl (409 if finished)
  POST /_control/faults                 {"mode": M, "count": N} (optional "seconds" for slow,
                                            default 30; optional "variant": "syntax"|"fields" for
                                            malformed, by default they alternate). The next N calls
                                            to /paymenttransaction and /status (not the token
                                            endpoint, pay page or controls) misbehave by mode:
                                            none, http500, http503 (answered before processing, so
                                            nothing is created), slow (processed, then the answer
                                            waits), malformed (invalid JSON or missing fields),
                                            wrong_amount (paymentRequest.grosAmount + 1.00 in the
                                            answer only), other_transaction (another transaction in
                                            the answer). Authentication is checked first.
  GET  /_control/faults                 -> the current fault setting
  POST /_control/reset                  forget transactions, counts, tokens and faults
"""

import argparse
import base64
import datetime
import html
import http
import json
import os
import re
import secrets
import sys
import threading
import time
import traceback
import urllib.parse
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# The standard's regexes are ECMAScript/Java ones: \w is ASCII there, hence re.ASCII.
ID_RE = re.compile(r"[\w-]+", re.ASCII)                           # ^[\w\d-]+$
PURPOSE_RE = re.compile(r"[\w\s-]+", re.ASCII)                    # ^[\w\d\s-]+$
TEXT_RE = re.compile(r"[\w\s,.\u00C0-\u017F-]+", re.ASCII)        # ^[\w\d\s-,\.\u00C0-\u017F]+$
CURRENCY_RE = re.compile(r"\w{3}", re.ASCII)
MAX_AMOUNT = Decimal(999999)
CENT = Decimal("0.01")
FINAL = ("PAYED", "CANCELED", "FAILED")
PAYMENT_METHODS = ("GIROPAY", "PAYDIRECT", "CREDITCARD", "PAYPAL", "OTHER")
FAULT_MODES = ("none", "http500", "http503", "slow", "malformed", "wrong_amount", "other_transaction")
STATUS_DE = {"INITIAL": "offen", "PAYED": "bezahlt", "CANCELED": "abgebrochen", "FAILED": "gescheitert"}


class Problem(Exception):
    """An answer in the standard's error format (application/problem+json)."""

    def __init__(self, status, code, detail, extra=None, headers=None):
        super().__init__(detail)
        self.status, self.code, self.detail = status, code, detail
        self.extra, self.headers = extra or {}, headers or {}


def invalid(detail):
    return Problem(400, "VALIDATION_ERROR", detail)


def now_iso():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def plain(value):
    """Marks the Decimals of a parsed request so that `send` writes them back as the very JSON
    numbers they came as (25.00 stays 25.00, as a platform keeping BigDecimals would answer)."""
    if isinstance(value, Decimal):
        return f"\0{value}\0"
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


# ---------------------------------------------------------------- validation of a PaymentRequest

def text(obj, name, where, max_len, pattern, required=True):
    value = obj.get(name)
    if value is None:
        if required:
            raise invalid(f"{where}{name} is missing")
        return None
    if not isinstance(value, str) or not value:
        raise invalid(f"{where}{name} must be a non-empty string")
    if len(value) > max_len:
        raise invalid(f"{where}{name} must not exceed {max_len} characters")
    if pattern is not None and not pattern.fullmatch(value):
        raise invalid(f"{where}{name} contains characters the standard does not allow")
    return value


def amount(obj, name, where, required=True, upper=MAX_AMOUNT):
    value = obj.get(name)
    if value is None:
        if required:
            raise invalid(f"{where}{name} is missing")
        return None
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise invalid(f"{where}{name} must be a JSON number")
    value = Decimal(value)
    if not value.is_finite() or value < 0 or value > upper:
        raise invalid(f"{where}{name} must be between 0 and {upper}")
    if value != value.quantize(CENT):
        raise invalid(f"{where}{name} must not have more than 2 decimal places")
    return value


def validate_request(req):
    if not isinstance(req, dict):
        raise invalid("the body must be a JSON object")
    text(req, "requestId", "", 36, ID_RE)
    stamp = text(req, "requestTimestamp", "", 64, None)
    try:
        datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        raise invalid("requestTimestamp must be an ISO 8601 date-time") from None
    currency = text(req, "currency", "", 3, CURRENCY_RE)
    if len(currency) != 3 or currency != "EUR":
        raise invalid("currency is not supported, only EUR")
    gros = amount(req, "grosAmount", "")
    text(req, "purpose", "", 27, PURPOSE_RE)
    text(req, "description", "", 250, TEXT_RE, required=False)
    url = text(req, "redirectUrl", "", 2082, None)
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise invalid("redirectUrl must be an absolute http or https URL")
    items = req.get("items")
    if not isinstance(items, list) or not 1 <= len(items) <= 99:
        raise invalid("items must be a list of 1 to 99 positions")
    total = Decimal(0)
    for i, item in enumerate(items):
        where = f"items.{i}."
        if not isinstance(item, dict):
            raise invalid(f"{where} must be an object")
        text(item, "id", where, 36, ID_RE)
        text(item, "reference", where, 36, ID_RE, required=False)
        text(item, "description", where, 250, TEXT_RE)
        amount(item, "taxRate", where, upper=Decimal(100))
        quantity = item.get("quantity")
        if isinstance(quantity, bool) or not isinstance(quantity, int) or not 1 <= quantity <= 999999:
            raise invalid(f"{where}quantity must be an integer between 1 and 999999")
        for kind in ("Net", "Tax"):
            line = amount(item, f"total{kind}Amount", where)
            single = amount(item, f"single{kind}Amount", where, required=False)
            if single is not None and single * quantity != line:
                raise Problem(400, "CALCULATION_ERROR", f"{where}total{kind}Amount is not quantity times single{kind}Amount")
            total += line
        booking = item.get("bookingData")
        if booking is not None and not (isinstance(booking, dict)
                                        and all(isinstance(k, str) and isinstance(v, str) for k, v in booking.items())):
            raise invalid(f"{where}bookingData must map strings to strings")
    if req.get("requestor") is not None and not isinstance(req["requestor"], dict):
        raise invalid("requestor must be an object")
    if gros != total:
        raise Problem(400, "CALCULATION_ERROR", f"grosAmount {gros} differs from the sum of the items {total}")


# ---------------------------------------------------------------- state

class State:
    def __init__(self, args):
        self.lock = threading.Lock()
        self.originator, self.endpoints = args.originator, set(args.endpoint)
        self.client_id, self.client_secret = args.client_id, args.client_secret
        self.timeout, self.token_ttl = args.timeout_seconds, args.token_ttl
        self.base = ""
        self.reset()

    def reset(self):
        self.transactions = {}      # transactionId -> dict
        self.by_request = {}        # (originator, endpoint, requestId) -> transactionId
        self.create_calls = {}      # requestId -> number of create POSTs
        self.tokens = {}            # token -> expiry (monotonic)
        self.fault = {"mode": "none", "count": 0, "seconds": 30, "variant": None}
        self.malformed_calls = 0

    def configured(self, originator, endpoint):
        return originator == self.originator and endpoint in self.endpoints

    def expire(self, tx):
        """The platform sets FAILED after a timeout (Statusmodell). Call with the lock held."""
        if tx["status"] == "INITIAL" and time.monotonic() - tx["created"] > self.timeout:
            tx["status"], tx["statusDetail"] = "FAILED", "TIMEOUT"

    def finish(self, tx, status, method="CREDITCARD"):
        """INITIAL -> PAYED|CANCELED|FAILED. Call with the lock held. False if already final."""
        self.expire(tx)
        if tx["status"] != "INITIAL":
            return False
        tx["status"] = status
        if status == "PAYED":
            tx["paymentMethod"] = method
            tx["transactionReference"] = "KZ-" + secrets.token_hex(6).upper()
            tx["transactionTimestamp"] = now_iso()
        return True

    def render(self, tx):
        """A PaymentTransaction as the API answers it."""
        url = f"{self.base}/paymenttransaction/{tx['originatorId']}/{tx['endPointId']}/{tx['transactionId']}"
        info = {"transactionId": tx["transactionId"], "transactionUrl": url, "status": tx["status"]}
        if tx["status"] == "INITIAL":
            info["transactionRedirectUrl"] = f"{self.base}/pay/{tx['transactionId']}"
        for key in ("transactionReference", "transactionTimestamp", "paymentMethod", "statusDetail"):
            if tx.get(key):
                info[key] = tx[key]
        return {"paymentInformation": info, "paymentRequest": plain(tx["request"])}

    def take_fault(self):
        with self.lock:
            fault = dict(self.fault)
            if fault["mode"] == "none" or fault["count"] <= 0:
                return None
            self.fault["count"] -= 1
            if self.fault["count"] == 0:
                self.fault["mode"] = "none"
            if fault["mode"] == "malformed" and not fault["variant"]:
                fault["variant"] = ("syntax", "fields")[self.malformed_calls % 2]
                self.malformed_calls += 1
            return fault


STATE = None


# ---------------------------------------------------------------- HTTP

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "XBezahldiensteDouble/1.0"

    def log_message(self, *args):  # one line per request is written in handle_any
        pass

    def do_GET(self):
        self.handle_any("GET")

    def do_POST(self):
        self.handle_any("POST")

    def handle_any(self, method):
        started, self.answered = time.monotonic(), 0
        path = urllib.parse.urlsplit(self.path).path
        parts = [urllib.parse.unquote(p) for p in path.strip("/").split("/")]
        try:
            # Read the whole body first: on a kept-alive connection an unread body would be
            # taken for the next request when an answer comes early (401, faults).
            length = int(self.headers.get("Content-Length") or 0)
            if length > 1_000_000:
                self.close_connection = True
                raise invalid("the body is too large")
            self.raw = self.rfile.read(length) if length else b""
            self.route(method, parts)
        except Problem as problem:
            self.send_problem(problem)
        except (BrokenPipeError, ConnectionResetError):
            pass
        except Exception:
            traceback.print_exc(file=sys.stderr)
            self.send_problem(Problem(500, "UNSPECIFIED", "internal error of the test double"))
        finally:
            ms = int((time.monotonic() - started) * 1000)
            sys.stderr.write(f"{now_iso()} {method} {path} {self.answered} {ms}ms\n")
            sys.stderr.flush()

    # -- plumbing

    def send(self, status, body=b"", content_type="application/json", headers=None):
        if isinstance(body, (dict, list)):
            body = re.sub(r'"\\u0000(-?\d+(?:\.\d+)?(?:E[+-]?\d+)?)\\u0000"', r"\1", json.dumps(body, ensure_ascii=False)).encode()
        elif isinstance(body, str):
            body = body.encode()
        self.answered = status
        try:
            self.send_response(status)
            if body:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def send_problem(self, p):
        doc = {"type": f"{STATE.base}/errors/{p.code.lower()}", "status": p.status,
               "title": http.HTTPStatus(p.status).phrase, "detail": p.detail, "functionalCode": p.code}
        doc.update(p.extra)
        self.send(p.status, doc, "application/problem+json", p.headers)

    def page(self, status, title, content, headers=None):
        doc = ('<!DOCTYPE html>\n<html lang="de"><head><meta charset="utf-8">'
               '<meta name="viewport" content="width=device-width, initial-scale=1">'
               f'<title>{html.escape(title)} – Test-Bezahldienst</title></head>'
               f'<body><main><h1>{html.escape(title)}</h1>{content}</main></body></html>')
        self.send(status, doc, "text/html; charset=utf-8", headers)

    # -- routing

    def route(self, method, parts):
        head = parts[0]
        if head == "_control":
            return self.control(method, parts[1:])
        if head == "pay" and len(parts) == 2:
            return self.pay_page(parts[1]) if method == "GET" else self.pay_action(parts[1])
        if method == "POST" and parts == ["oauth", "token"]:
            return self.token()
        api = ((head == "paymenttransaction" and method == "POST" and len(parts) == 3)
               or (head == "paymenttransaction" and method == "GET" and len(parts) == 4)
               or (head == "status" and method == "GET" and len(parts) == 3))
        if not api:
            raise Problem(404, "UNSPECIFIED", "no such resource")
        self.authenticate()
        if method == "POST":
            self.count_create_call()
        fault = STATE.take_fault()
        if fault and fault["mode"] in ("http500", "http503"):
            status = 500 if fault["mode"] == "http500" else 503
            raise Problem(status, "UNSPECIFIED", "the payment service is not available")
        try:
            if head == "status":
                answer = self.service_status(parts[1], parts[2])
            elif method == "POST":
                answer = self.create(parts[1], parts[2])
            else:
                answer = self.read(parts[1], parts[2], parts[3])
        except Problem as problem:
            answer = problem
        if fault:
            answer = self.apply_fault(fault, answer)
        if isinstance(answer, Problem):
            self.send_problem(answer)
        else:
            self.send(200, answer)

    def apply_fault(self, fault, answer):
        """Misbehaves as the fault control says; answer is a PaymentTransaction or a Problem."""
        mode = fault["mode"]
        if mode == "slow":
            time.sleep(fault["seconds"])
        elif mode == "malformed":
            return '{"paymentInformation": {"transactionId": ' if fault["variant"] == "syntax" else {"paymentInformation": {}}
        elif isinstance(answer, dict) and "paymentRequest" in answer:
            if mode == "wrong_amount":
                gros = Decimal(str(answer["paymentRequest"]["grosAmount"]).strip("\0"))
                answer["paymentRequest"]["grosAmount"] = plain(gros + 1)
            elif mode == "other_transaction":
                own = answer["paymentInformation"]["transactionId"]
                with STATE.lock:
                    others = [t for t in STATE.transactions.values() if t["transactionId"] != own]
                    if others:
                        STATE.expire(others[0])
                        return STATE.render(others[0])
                answer["paymentInformation"]["transactionId"] = "tx-" + secrets.token_hex(16)
                answer["paymentRequest"]["requestId"] = "other-" + secrets.token_hex(8)
        return answer

    # -- OAuth2 client credentials (RFC 6749 §4.4)

    def token(self):
        raw = self.raw.decode("utf-8", "replace")
        if (self.headers.get("Content-Type") or "").startswith("application/json"):
            try:
                form = json.loads(raw or "{}")
            except ValueError:
                form = None
            if not isinstance(form, dict):
                return self.send(400, {"error": "invalid_request"})
        else:
            form = dict(urllib.parse.parse_qsl(raw))
        client_id, secret = form.get("client_id"), form.get("client_secret")
        auth = self.headers.get("Authorization") or ""
        if auth.startswith("Basic "):
            try:
                user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
                client_id, secret = urllib.parse.unquote(user), urllib.parse.unquote(password)
            except ValueError:
                return self.send(400, {"error": "invalid_request"})
        if form.get("grant_type") != "client_credentials":
            return self.send(400, {"error": "unsupported_grant_type"})
        if not (secrets.compare_digest(str(client_id or "").encode(), STATE.client_id.encode())
                and secrets.compare_digest(str(secret or "").encode(), STATE.client_secret.encode())):
            return self.send(401, {"error": "invalid_client"}, headers={"WWW-Authenticate": 'Basic realm="xbezahldienste"'})
        token = secrets.token_urlsafe(32)
        with STATE.lock:
            STATE.tokens[token] = time.monotonic() + STATE.token_ttl
        self.send(200, {"access_token": token, "token_type": "Bearer", "expires_in": STATE.token_ttl, "scope": "post get"})

    def authenticate(self):
        auth = self.headers.get("Authorization") or ""
        token = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
        with STATE.lock:
            expiry = STATE.tokens.get(token)
        if expiry is None or expiry < time.monotonic():
            raise Problem(401, "FORBIDDEN", "missing, unknown or expired access token",
                          headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})

    # -- the API

    def check_pair(self, originator, endpoint, status=400):
        for value in (originator, endpoint):
            if len(value) > 36 or not ID_RE.fullmatch(value):
                raise invalid("originatorId and endPointId must be 1 to 36 characters of letters, digits, _ and -")
        if not STATE.configured(originator, endpoint):
            raise Problem(status, "NO_VALID_ORIGINATOR_OR_ENDPOINT", "no client is configured for this originatorId and endPointId")

    def service_status(self, originator, endpoint):
        self.check_pair(originator, endpoint, status=403)
        return {"status": "OK", "originatorId": originator, "endPointId": endpoint}

    def count_create_call(self):
        try:
            rid = json.loads(self.raw).get("requestId")
        except (ValueError, AttributeError):
            return
        if isinstance(rid, str):
            with STATE.lock:
                STATE.create_calls[rid] = STATE.create_calls.get(rid, 0) + 1

    def create(self, originator, endpoint):
        try:
            req = json.loads(self.raw, parse_float=Decimal)
        except ValueError:
            req = None
        self.check_pair(originator, endpoint)
        if req is None:
            raise invalid("the body is not valid JSON")
        validate_request(req)
        key = (originator, endpoint, req["requestId"])
        with STATE.lock:
            existing = STATE.by_request.get(key)
            if existing:
                url = STATE.render(STATE.transactions[existing])["paymentInformation"]["transactionUrl"]
                raise Problem(400, "PAYMENT_EXISTS", "a payment request with this requestId exists already",
                              extra={"transactionId": existing, "transactionUrl": url}, headers={"Location": url})
            tid = "tx-" + secrets.token_hex(16)
            STATE.transactions[tid] = {"transactionId": tid, "originatorId": originator, "endPointId": endpoint,
                                       "request": req, "status": "INITIAL", "created": time.monotonic()}
            STATE.by_request[key] = tid
            return STATE.render(STATE.transactions[tid])

    def read(self, originator, endpoint, tid):
        self.check_pair(originator, endpoint, status=404)
        with STATE.lock:
            tx = STATE.transactions.get(tid)
            if not tx or (tx["originatorId"], tx["endPointId"]) != (originator, endpoint):
                raise Problem(404, "UNSPECIFIED", "no payment transaction with this transactionId")
            STATE.expire(tx)
            return STATE.render(tx)

    # -- the pay page

    def pay_page(self, tid):
        with STATE.lock:
            tx = STATE.transactions.get(tid)
            if tx:
                STATE.expire(tx)
        if not tx:
            return self.page(404, "Zahlung nicht gefunden", "<p>Diese Zahlung gibt es nicht.</p>")
        req = tx["request"]
        back = html.escape(req["redirectUrl"])
        if tx["status"] != "INITIAL":
            return self.page(200, "Zahlung abgeschlossen",
                             f'<p>Diese Zahlung ist bereits {STATUS_DE[tx["status"]]}.</p><p><a href="{back}">Zurück zum Dienst</a></p>')
        euros = f'{req["grosAmount"]:,.2f}'.replace(",", " ").replace(".", ",").replace(" ", ".")
        options = "".join(f'<option value="{m}">{m}</option>' for m in PAYMENT_METHODS[2:] + PAYMENT_METHODS[:2])
        content = (
            '<dl>'
            f'<dt>Verwendungszweck</dt><dd id="purpose">{html.escape(req["purpose"])}</dd>'
            f'<dt>Beschreibung</dt><dd id="description">{html.escape(req.get("description") or "–")}</dd>'
            f'<dt>Betrag</dt><dd id="amount">{euros} €</dd>'
            '</dl>'
            f'<form method="post" action="/pay/{html.escape(tid)}">'
            '<p><label for="paymentMethod">Zahlart</label> '
            f'<select id="paymentMethod" name="paymentMethod">{options}</select></p>'
            '<p><button type="submit" id="pay" name="action" value="pay">Bezahlen</button> '
            '<button type="submit" id="cancel" name="action" value="cancel">Abbrechen</button> '
            '<button type="submit" id="fail" name="action" value="fail">Zahlung scheitern lassen</button></p>'
            '</form>')
        self.page(200, "Bezahlung", content)

    def pay_action(self, tid):
        form = dict(urllib.parse.parse_qsl(self.raw.decode("utf-8", "replace")))
        target = {"pay": "PAYED", "cancel": "CANCELED", "fail": "FAILED"}.get(form.get("action"))
        method = form.get("paymentMethod") or "CREDITCARD"
        if not target or method not in PAYMENT_METHODS:
            return self.page(400, "Ungültige Anfrage", "<p>Unbekannte Aktion oder Zahlart.</p>")
        with STATE.lock:
            tx = STATE.transactions.get(tid)
            if not tx:
                return self.page(404, "Zahlung nicht gefunden", "<p>Diese Zahlung gibt es nicht.</p>")
            changed = STATE.finish(tx, target, method)
            status, back = tx["status"], tx["request"]["redirectUrl"]
        if not changed:
            return self.page(409, "Zahlung bereits abgeschlossen",
                             f'<p>Diese Zahlung ist bereits {STATUS_DE[status]}.</p><p><a href="{html.escape(back)}">Zurück zum Dienst</a></p>')
        self.send(303, headers={"Location": back})

    # -- test controls

    def control(self, method, parts):
        if self.client_address[0] not in ("127.0.0.1", "::1"):
            return self.send(403, {"error": "loopback only"})
        if method == "GET" and parts == ["health"]:
            return self.send(200, {"status": "ok"})
        if method == "POST" and parts == ["reset"]:
            with STATE.lock:
                STATE.reset()
            return self.send(200, {"status": "ok"})
        if parts == ["faults"]:
            if method == "POST":
                return self.set_fault()
            with STATE.lock:
                return self.send(200, dict(STATE.fault))
        if method == "GET" and parts == ["transactions"]:
            with STATE.lock:
                listing = []
                for tx in STATE.transactions.values():
                    STATE.expire(tx)
                    rid = tx["request"]["requestId"]
                    listing.append({"transactionId": tx["transactionId"], "requestId": rid,
                                    "originatorId": tx["originatorId"], "endPointId": tx["endPointId"],
                                    "status": tx["status"], "grosAmount": plain(tx["request"]["grosAmount"]),
                                    "createCalls": STATE.create_calls.get(rid, 0)})
            return self.send(200, listing)
        if method == "POST" and len(parts) == 2 and parts[0] == "transactions":
            doc = self.control_json()
            if doc.get("status") not in FINAL:
                return self.send(400, {"error": "status must be PAYED, CANCELED or FAILED"})
            with STATE.lock:
                tx = STATE.transactions.get(parts[1])
                if not tx:
                    return self.send(404, {"error": "no such transaction"})
                if not STATE.finish(tx, doc["status"]):
                    return self.send(409, {"error": "transaction already final", "status": tx["status"]})
                return self.send(200, STATE.render(tx))
        self.send(404, {"error": "no such control"})

    def control_json(self):
        try:
            doc = json.loads(self.raw or b"{}")
        except ValueError:
            doc = None
        return doc if isinstance(doc, dict) else {}

    def set_fault(self):
        doc = self.control_json()
        mode, count = doc.get("mode"), doc.get("count", 1)
        seconds, variant = doc.get("seconds", 30), doc.get("variant")
        if (mode not in FAULT_MODES or not isinstance(count, int) or count < 0
                or not isinstance(seconds, (int, float)) or variant not in (None, "syntax", "fields")):
            return self.send(400, {"error": f"mode must be one of {', '.join(FAULT_MODES)}, count an integer >= 0"})
        with STATE.lock:
            STATE.fault = {"mode": mode if count else "none", "count": count if mode != "none" else 0,
                           "seconds": seconds, "variant": variant}
            STATE.malformed_calls = 0
            return self.send(200, dict(STATE.fault))


def main():
    parser = argparse.ArgumentParser(description="XBezahldienste payment platform test double")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--originator", required=True)
    parser.add_argument("--endpoint", action="append", required=True)
    parser.add_argument("--client-id", required=True)
    parser.add_argument("--client-secret", required=True)
    parser.add_argument("--ready-file")
    parser.add_argument("--timeout-seconds", type=float, default=900)
    parser.add_argument("--token-ttl", type=int, default=3600)
    args = parser.parse_args()

    global STATE
    STATE = State(args)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    STATE.base = f"http://127.0.0.1:{server.server_address[1]}"
    if args.ready_file:
        partial = args.ready_file + ".partial"
        with open(partial, "w") as f:
            f.write(STATE.base + "\n")
        os.replace(partial, args.ready_file)
    print(f"listening on {STATE.base}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
