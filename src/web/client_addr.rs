//! The client of a request, as every per-client limit counts it (lookups, enrolments,
//! staff logins): the peer address, or, when the peer is a trusted proxy, the first
//! untrusted address in the proxies' header read from the right.

use std::future::{Ready, ready};
use std::net::{IpAddr, SocketAddr};

use actix_web::dev::Payload;
use actix_web::http::header::{self, HeaderMap};
use actix_web::{FromRequest, HttpRequest, web};

use super::AppState;
use crate::domain::{ClientAddr, ForwardedHeader, TrustedProxies};

/// How this deployment learns its clients' addresses (from the settings).
#[derive(Debug, Clone, Default)]
pub struct ClientAddressing {
    pub trusted: TrustedProxies,
    pub header: ForwardedHeader,
}

/// Right-most entries looked at; a longer chain of trusted proxies does not exist.
const MAX_HOPS: usize = 32;

impl ClientAddressing {
    /// The client behind `peer`. Entries left of the first untrusted address were
    /// written by the client or by proxies nobody vouches for, so they are never read.
    pub fn client(&self, peer: Option<IpAddr>, headers: &HeaderMap) -> ClientAddr {
        let Some(mut client) = peer else {
            return ClientAddr::unknown();
        };
        if self.trusted.is_empty() || !self.trusted.trusts(client) {
            return ClientAddr::new(client);
        }
        for hop in self.hops(headers).into_iter().rev().take(MAX_HOPS) {
            // An entry that is not an address ("unknown", an obfuscated name, garbage):
            // the last trusted hop is the best that is known.
            let Some(ip) = hop else { break };
            client = ip;
            if !self.trusted.trusts(ip) {
                break;
            }
        }
        ClientAddr::new(client)
    }

    /// The header's entries from left to right, across all of its lines.
    fn hops(&self, headers: &HeaderMap) -> Vec<Option<IpAddr>> {
        let name = match self.header {
            ForwardedHeader::XForwardedFor => header::X_FORWARDED_FOR,
            ForwardedHeader::Forwarded => header::FORWARDED,
        };
        let mut hops = Vec::new();
        for value in headers.get_all(name) {
            let Ok(line) = value.to_str() else {
                hops.push(None);
                continue;
            };
            match self.header {
                ForwardedHeader::XForwardedFor => {
                    hops.extend(line.split(',').map(node));
                }
                ForwardedHeader::Forwarded => {
                    hops.extend(split_outside_quotes(line, ',').map(forwarded_for));
                }
            }
        }
        hops
    }
}

/// The `for=` node of one `Forwarded` element (`for=192.0.2.60;proto=http`).
fn forwarded_for(element: &str) -> Option<IpAddr> {
    split_outside_quotes(element, ';').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("for")
            .then(|| node(&unquote(value.trim())))?
    })
}

/// `"[2001:db8::1]:4711"` → `[2001:db8::1]:4711` (RFC 7230 quoted-string).
fn unquote(value: &str) -> String {
    let Some(inner) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) else {
        return value.to_string();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.extend(chars.next());
        } else {
            out.push(c);
        }
    }
    out
}

/// `text` split at `separator`, except inside a quoted string.
fn split_outside_quotes(text: &str, separator: char) -> impl Iterator<Item = &str> {
    let mut parts = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            c if c == separator && !quoted => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts.into_iter()
}

/// One node: `192.0.2.60`, `192.0.2.60:4711`, `2001:db8::1`, `[2001:db8::1]`,
/// `[2001:db8::1]:4711`; `None` for `unknown`, obfuscated names and anything else.
fn node(raw: &str) -> Option<IpAddr> {
    let raw = raw.trim();
    if let Ok(ip) = raw.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(socket) = raw.parse::<SocketAddr>() {
        return Some(socket.ip());
    }
    let inner = raw.strip_prefix('[')?.split(']').next()?;
    inner.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6)
}

impl ClientAddr {
    /// The client of `req`, with the deployment's trusted proxies.
    pub fn of(req: &HttpRequest) -> Self {
        let peer = req.peer_addr().map(|a| a.ip());
        match req.app_data::<web::Data<AppState>>() {
            Some(state) => state.client_addressing.client(peer, req.headers()),
            None => peer.map_or_else(ClientAddr::unknown, ClientAddr::new),
        }
    }
}

impl FromRequest for ClientAddr {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Self::of(req)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};

    fn addressing(trusted: &str, header: ForwardedHeader) -> ClientAddressing {
        ClientAddressing {
            trusted: TrustedProxies::parse(trusted).expect("valid"),
            header,
        }
    }

    fn client(addressing: &ClientAddressing, peer: &str, lines: &[(&str, &str)]) -> String {
        let mut headers = HeaderMap::new();
        for (name, value) in lines {
            headers.append(
                HeaderName::from_bytes(name.as_bytes()).expect("name"),
                HeaderValue::from_str(value).expect("value"),
            );
        }
        addressing
            .client(Some(peer.parse().expect("peer")), &headers)
            .to_string()
    }

    const XFF: &str = "x-forwarded-for";

    #[test]
    fn without_trusted_proxies_headers_are_ignored() {
        let none = addressing("", ForwardedHeader::XForwardedFor);
        assert_eq!(
            client(&none, "10.0.0.1", &[(XFF, "198.51.100.9")]),
            "10.0.0.1"
        );
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_it_claims() {
        let proxies = addressing("10.0.0.0/8", ForwardedHeader::XForwardedFor);
        assert_eq!(
            client(&proxies, "203.0.113.5", &[(XFF, "198.51.100.9, 10.0.0.2")]),
            "203.0.113.5"
        );
    }

    #[test]
    fn the_first_untrusted_address_from_the_right_is_the_client() {
        let proxies = addressing("10.0.0.0/8", ForwardedHeader::XForwardedFor);
        // The client forged the two left entries; the proxies appended the rest.
        let chain = "1.1.1.1, 2.2.2.2, 203.0.113.5, 10.0.0.3";
        assert_eq!(client(&proxies, "10.0.0.1", &[(XFF, chain)]), "203.0.113.5");
        // Several header lines form one list, in order.
        assert_eq!(
            client(
                &proxies,
                "10.0.0.1",
                &[(XFF, "1.1.1.1"), (XFF, "203.0.113.5 , 10.0.0.3")]
            ),
            "203.0.113.5"
        );
        // Ports and brackets some balancers add.
        assert_eq!(
            client(&proxies, "10.0.0.1", &[(XFF, "203.0.113.5:4711")]),
            "203.0.113.5"
        );
        assert_eq!(
            client(&proxies, "10.0.0.1", &[(XFF, "[2001:db8:1:2::7]:443")]),
            "2001:db8:1:2::/64"
        );
    }

    #[test]
    fn when_every_hop_is_trusted_or_unreadable_the_last_trusted_one_counts() {
        let proxies = addressing("10.0.0.0/8", ForwardedHeader::XForwardedFor);
        assert_eq!(client(&proxies, "10.0.0.1", &[]), "10.0.0.1");
        assert_eq!(
            client(&proxies, "10.0.0.1", &[(XFF, "10.0.0.9")]),
            "10.0.0.9"
        );
        assert_eq!(
            client(
                &proxies,
                "10.0.0.1",
                &[(XFF, "203.0.113.5, garbage, 10.0.0.9")]
            ),
            "10.0.0.9"
        );
    }

    #[test]
    fn forwarded_is_read_with_quotes_ports_and_brackets() {
        let proxies = addressing("10.0.0.0/8, 2001:db8:ffff::/48", ForwardedHeader::Forwarded);
        let fwd = "forwarded";
        assert_eq!(
            client(
                &proxies,
                "10.0.0.1",
                &[(fwd, "for=192.0.2.60;proto=http;by=10.0.0.1")]
            ),
            "192.0.2.60"
        );
        assert_eq!(
            client(
                &proxies,
                "10.0.0.1",
                &[(fwd, r#"for="[2001:db8:cafe::17]:4711""#)]
            ),
            "2001:db8:cafe::/64"
        );
        assert_eq!(
            client(
                &proxies,
                "10.0.0.1",
                &[(fwd, r#"For="192.0.2.43:47011", for=10.0.0.4"#)]
            ),
            "192.0.2.43"
        );
        // A quoted value may hold the separators; they do not split it.
        assert_eq!(
            client(
                &proxies,
                "10.0.0.1",
                &[(
                    fwd,
                    r#"for=198.51.100.1, for=203.0.113.9;ext="a,b;c", for="[2001:db8:ffff::1]""#
                )]
            ),
            "203.0.113.9"
        );
        // "unknown" and obfuscated nodes end the walk at the last trusted hop.
        assert_eq!(
            client(
                &proxies,
                "10.0.0.1",
                &[(fwd, "for=203.0.113.9, for=unknown")]
            ),
            "10.0.0.1"
        );
        assert_eq!(
            client(&proxies, "10.0.0.1", &[(fwd, "for=_hidden;by=_x")]),
            "10.0.0.1"
        );
        // X-Forwarded-For is not read when the proxies write Forwarded.
        assert_eq!(
            client(&proxies, "10.0.0.1", &[(XFF, "203.0.113.9")]),
            "10.0.0.1"
        );
    }

    #[test]
    fn nodes_parse_in_every_written_form() {
        assert_eq!(node(" 192.0.2.1 "), Some("192.0.2.1".parse().expect("ip")));
        assert_eq!(node("192.0.2.1:80"), Some("192.0.2.1".parse().expect("ip")));
        assert_eq!(
            node("2001:db8::1"),
            Some("2001:db8::1".parse().expect("ip"))
        );
        assert_eq!(
            node("[2001:db8::1]"),
            Some("2001:db8::1".parse().expect("ip"))
        );
        assert_eq!(
            node("[2001:db8::1]:8080"),
            Some("2001:db8::1".parse().expect("ip"))
        );
        for junk in [
            "unknown",
            "_gazonk",
            "",
            "[192.0.2.1]",
            "300.1.1.1",
            "example.org",
        ] {
            assert_eq!(node(junk), None, "{junk}");
        }
        assert_eq!(unquote(r#""a\"b""#), "a\"b");
    }
}
