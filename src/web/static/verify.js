// Checks the JWS from the QR code (the URL fragment, which never reaches a server)
// against the published keys: that it belongs to the certificate shown, and that the
// key that signed it is one of the office the certificate names (a genuine signature
// by another office's key proves nothing). A development key's signature is genuine
// but never valid. For a certificate deleted after its retention period it shows the
// signed name and birth date, the one word on the person that is left.
"use strict";
(function () {
  var section = document.getElementById("signature");
  var out = document.getElementById("signature-result");
  var result = document.querySelector("[data-code]");
  if (!section || !out || !result) return;
  var jws = decodeURIComponent(location.hash.replace(/^#/, ""));
  if (!jws) { out.textContent = section.dataset.none; return; }
  out.textContent = section.dataset.checking;
  function show(kind) { out.textContent = section.dataset[kind]; out.className = kind; }
  function fail() { show("invalid"); }
  function bytes(part) {
    var b64 = part.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) b64 += "=";
    var raw = atob(b64), arr = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) arr[i] = raw.charCodeAt(i);
    return arr;
  }
  var parts = jws.split(".");
  if (parts.length !== 3 || !window.crypto || !crypto.subtle) { fail(); return; }
  var header, claims;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes(parts[0])));
    claims = JSON.parse(new TextDecoder().decode(bytes(parts[1])));
  } catch (e) { fail(); return; }
  if (header.alg !== "ES256" || claims.code !== result.dataset.code ||
      claims.iss !== result.dataset.tenant) { fail(); return; }
  var jwk;
  fetch("/.well-known/jwks.json").then(function (r) { return r.json(); }).then(function (set) {
    // Only a key published for the named office counts.
    jwk = (set.keys || []).filter(function (k) {
      return k.kid === header.kid && k.tenant === claims.iss;
    })[0];
    if (!jwk) throw new Error("no key of this office");
    return crypto.subtle.importKey("jwk", { kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y, ext: true },
      { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
  }).then(function (key) {
    return crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, bytes(parts[2]),
      new TextEncoder().encode(parts[0] + "." + parts[1]));
  }).then(function (ok) {
    if (!ok) { fail(); return; }
    // A key that does not say it is an office's real key proves nothing.
    show(jwk.development === false ? "valid" : "development");
    // A deleted record leaves the signed data as the only word on the person.
    var person = document.getElementById("signed-person");
    if (person && typeof claims.gn === "string" && typeof claims.fn === "string") {
      person.querySelector(".name").textContent = claims.gn + " " + claims.fn;
      var day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(claims.bd || "");
      person.querySelector(".birth-date").textContent = day ? day[3] + "." + day[2] + "." + day[1] : "";
      // How identity was checked, as signed; anything else reads as not checked.
      var identity = person.querySelector(".identity");
      if (identity) {
        var check = claims.id || {};
        var on = /^(\d{4})-(\d{2})-(\d{2})$/.exec(check.checked_on || "");
        if (check.method === "staff" && on) {
          identity.textContent = identity.dataset.staff.replace("{date}", on[3] + "." + on[2] + "." + on[1]);
        } else if (check.method === "bundid" && on && check.level === "high") {
          identity.textContent = identity.dataset.bundidHigh;
        } else if (check.method === "bundid" && on && check.level === "substantial") {
          identity.textContent = identity.dataset.bundidSubstantial;
        } else {
          identity.textContent = identity.dataset.none;
        }
      }
      person.hidden = false;
    }
  }).catch(fail);
})();
