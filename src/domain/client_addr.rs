//! Who a request comes from, for every per-client limit: the client's address as the
//! trusted proxies report it, with IPv6 grouped by its /64 prefix.

use std::fmt;
use std::net::{IpAddr, Ipv6Addr};

use ipnet::IpNet;

/// The client a limit counts. IPv4 addresses are kept whole; an IPv6 address counts by
/// its /64 prefix, because one subscriber usually holds a whole /64 and could otherwise
/// take a fresh address for every request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ClientAddr(IpAddr);

impl ClientAddr {
    pub fn new(ip: IpAddr) -> Self {
        match ip.to_canonical() {
            IpAddr::V4(v4) => Self(IpAddr::V4(v4)),
            IpAddr::V6(v6) => {
                let prefix = u128::from(v6) & (u128::MAX << 64);
                Self(IpAddr::V6(Ipv6Addr::from(prefix)))
            }
        }
    }

    /// For a request without a peer address (only in-process test requests).
    pub fn unknown() -> Self {
        Self(IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
    }

    pub fn ip(self) -> IpAddr {
        self.0
    }
}

impl fmt::Display for ClientAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            IpAddr::V4(v4) => write!(f, "{v4}"),
            IpAddr::V6(v6) => write!(f, "{v6}/64"),
        }
    }
}

/// The proxies (CIDR ranges) whose `Forwarded` or `X-Forwarded-For` entries are
/// believed. Empty: no header is believed and the peer address is the client.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// A comma- or space-separated list such as `10.0.0.0/8, 2001:db8::/32, 192.0.2.7`
    /// (a bare address is a single host).
    pub fn parse(raw: &str) -> Result<Self, String> {
        raw.split([',', ' ', '\t', '\n'])
            .filter(|part| !part.is_empty())
            .map(|part| {
                part.parse::<IpNet>()
                    .or_else(|_| part.parse::<IpAddr>().map(IpNet::from))
                    .map(|net| net.trunc())
                    .map_err(|_| {
                        format!("{part:?} is not an address or CIDR range like 10.0.0.0/8")
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Self)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn trusts(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }
}

/// The header the trusted proxies write the client's address into. Only one is read: a
/// proxy that appends to one of them passes the other on unchanged, as the client sent
/// it, and reading it would let every client name its own address.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ForwardedHeader {
    /// `X-Forwarded-For: client, proxy1, proxy2` (nginx, HAProxy, Caddy, Traefik, most
    /// load balancers).
    #[default]
    XForwardedFor,
    /// `Forwarded: for=client, for=proxy1` (RFC 7239).
    Forwarded,
}

impl ForwardedHeader {
    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "x-forwarded-for" => Ok(Self::XForwardedFor),
            "forwarded" => Ok(Self::Forwarded),
            _ => Err(format!("{raw:?} is neither x-forwarded-for nor forwarded")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("address")
    }

    #[test]
    fn ipv6_counts_by_its_64_prefix() {
        let a = ClientAddr::new(ip("2001:db8:1:2::1"));
        let b = ClientAddr::new(ip("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        let other = ClientAddr::new(ip("2001:db8:1:3::1"));
        assert_eq!(a, b);
        assert_ne!(a, other);
        assert_eq!(a.to_string(), "2001:db8:1:2::/64");
    }

    #[test]
    fn ipv4_is_kept_whole_also_when_mapped_into_ipv6() {
        let a = ClientAddr::new(ip("203.0.113.7"));
        assert_ne!(a, ClientAddr::new(ip("203.0.113.8")));
        assert_eq!(a, ClientAddr::new(ip("::ffff:203.0.113.7")));
        assert_eq!(a.to_string(), "203.0.113.7");
    }

    #[test]
    fn trusted_proxies_parse_ranges_and_single_addresses() {
        let proxies = TrustedProxies::parse("10.0.0.0/8, 192.0.2.7 2001:db8::/32").expect("valid");
        assert!(proxies.trusts(ip("10.1.2.3")));
        assert!(proxies.trusts(ip("::ffff:10.1.2.3")));
        assert!(proxies.trusts(ip("192.0.2.7")));
        assert!(!proxies.trusts(ip("192.0.2.8")));
        assert!(proxies.trusts(ip("2001:db8:ffff::1")));
        assert!(!proxies.trusts(ip("2001:db9::1")));
        assert!(TrustedProxies::parse("").expect("empty").is_empty());
        for bad in ["10.0.0.0/33", "localhost", "10.0.0", "10.0.0.0/8;"] {
            assert!(TrustedProxies::parse(bad).is_err(), "{bad}");
        }
    }
}
