//! Which push endpoints the hub posts to. A subscription is a URL a browser hands over; posted
//! to blindly, it would let anyone with an account make the server reach inside its network.
//! So by default only HTTPS endpoints of the known push services are taken, on their standard
//! port; an operator may add hosts (`HUBDESK_PUSH_ALLOW`), and only for those is plain `http://`
//! or a private address accepted. Names are resolved by the hub's own resolver, which drops
//! private addresses, so a public name pointing inside the network is refused too.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

/// The push services browsers subscribe with (Chrome and Edge on Android and desktop, Firefox,
/// Safari, Windows): a host is one of these or a subdomain of one starting with `*.`.
pub const KNOWN_PUSH_SERVICES: [&str; 5] = [
    "fcm.googleapis.com",
    "updates.push.services.mozilla.com",
    "web.push.apple.com",
    "*.push.apple.com",
    "*.notify.windows.com",
];

/// Why an endpoint was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not an absolute URL.
    NotUrl,
    /// Not `https://` (plain `http://` only for hosts the operator added).
    NotHttps,
    /// Not a known push service, nor a host the operator added.
    UnknownHost,
    /// An address inside a private, loopback or link-local network.
    PrivateAddress,
    /// A user name or password in the URL, or a port other than HTTPS's on a known service.
    Unusual,
}

impl Refusal {
    /// The catalogue message (`locales/*/server.ftl`) saying why.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::NotUrl => "push-endpoint-not-url",
            Refusal::NotHttps => "push-endpoint-not-https",
            Refusal::UnknownHost => "push-endpoint-unknown-host",
            Refusal::PrivateAddress => "push-endpoint-private",
            Refusal::Unusual => "push-endpoint-unusual",
        }
    }
}

/// The endpoints the hub accepts.
#[derive(Debug, Clone, Default)]
pub struct Policy {
    /// Hosts (with `:port` where given) the operator added.
    added: Vec<String>,
}

impl Policy {
    /// The default policy plus `added` (`host` or `host:port` each).
    pub fn new(added: &[String]) -> Self {
        Self {
            added: added
                .iter()
                .map(|h| h.trim().to_ascii_lowercase())
                .filter(|h| !h.is_empty())
                .collect(),
        }
    }

    /// Checks `endpoint`; returns it parsed.
    pub fn check(&self, endpoint: &str) -> Result<reqwest::Url, Refusal> {
        let url = reqwest::Url::parse(endpoint).map_err(|_| Refusal::NotUrl)?;
        let host = url.host_str().ok_or(Refusal::NotUrl)?.to_ascii_lowercase();
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Refusal::Unusual);
        }
        let with_port = match url.port() {
            Some(port) => format!("{host}:{port}"),
            None => host.clone(),
        };
        if self.added.iter().any(|a| *a == host || *a == with_port) {
            return match url.scheme() {
                "https" | "http" => Ok(url),
                _ => Err(Refusal::NotHttps),
            };
        }
        if url.scheme() != "https" {
            return Err(Refusal::NotHttps);
        }
        if let Some(ip) = ip_of(&url) {
            return Err(if is_private(ip) {
                Refusal::PrivateAddress
            } else {
                Refusal::UnknownHost
            });
        }
        if !KNOWN_PUSH_SERVICES
            .iter()
            .any(|known| matches_host(known, &host))
        {
            return Err(Refusal::UnknownHost);
        }
        if url.port().is_some_and(|p| p != 443) {
            return Err(Refusal::Unusual);
        }
        Ok(url)
    }

    /// Whether a resolved address may be connected to for `host`: a private one only for a
    /// host the operator added.
    fn may_connect(&self, host: &str, ip: IpAddr) -> bool {
        !is_private(ip)
            || self
                .added
                .iter()
                .any(|a| a == host || a.split(':').next() == Some(host))
    }

    /// A resolver for the HTTP client that keeps only addresses this policy allows.
    pub fn resolver(&self) -> Arc<Resolver> {
        Arc::new(Resolver {
            policy: self.clone(),
        })
    }
}

fn ip_of(url: &reqwest::Url) -> Option<IpAddr> {
    match url.host()? {
        url::Host::Ipv4(ip) => Some(IpAddr::V4(ip)),
        url::Host::Ipv6(ip) => Some(IpAddr::V6(ip)),
        url::Host::Domain(_) => None,
    }
}

fn matches_host(pattern: &str, host: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(domain) => host
            .strip_suffix(domain)
            .is_some_and(|sub| sub.ends_with('.') && sub.len() > 1),
        None => pattern == host,
    }
}

/// Whether `ip` is inside a network the hub must not reach on a subscriber's say-so:
/// loopback, private, shared (carrier-grade NAT), link-local, unspecified, multicast,
/// broadcast, documentation and unique-local ranges, and IPv4 addresses mapped into IPv6.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_private_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_private_v4(v4),
            None => is_private_v6(v6),
        },
    }
}

fn is_private_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_multicast()
        || ip.is_broadcast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b))
        || (a == 198 && (b == 18 || b == 19))
        || a >= 240
}

fn is_private_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || (first == 0x2001 && ip.segments()[1] == 0x0db8)
}

/// Resolves names for the push client, dropping addresses the policy does not allow: a name
/// whose every address is private fails to resolve.
#[derive(Debug)]
pub struct Resolver {
    policy: Policy,
}

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let policy = self.policy.clone();
        let host = name.as_str().to_ascii_lowercase();
        Box::pin(async move {
            let found = tokio::net::lookup_host((host.as_str(), 0)).await?;
            let allowed: Vec<SocketAddr> = found
                .filter(|addr| policy.may_connect(&host, addr.ip()))
                .collect();
            if allowed.is_empty() {
                return Err(format!("{host}: no address the hub may reach").into());
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_push_services_over_https_are_accepted() {
        let policy = Policy::new(&[]);
        for ok in [
            "https://fcm.googleapis.com/fcm/send/abc",
            "https://updates.push.services.mozilla.com/wpush/v2/x",
            "https://web.push.apple.com/QGuQ",
            "https://api.push.apple.com/3/device/x",
            "https://wns2-par02p.notify.windows.com/w/?token=x",
        ] {
            assert!(policy.check(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn http_private_addresses_and_unknown_hosts_are_refused() {
        let policy = Policy::new(&[]);
        let refused = |url: &str| policy.check(url).err();
        assert_eq!(
            refused("http://fcm.googleapis.com/x"),
            Some(Refusal::NotHttps)
        );
        assert_eq!(
            refused("https://example.org/push"),
            Some(Refusal::UnknownHost)
        );
        assert_eq!(
            refused("https://evil.fcm.googleapis.com.example.org/x"),
            Some(Refusal::UnknownHost)
        );
        assert_eq!(
            refused("https://push.apple.com/x"),
            Some(Refusal::UnknownHost)
        );
        assert_eq!(
            refused("https://127.0.0.1/x"),
            Some(Refusal::PrivateAddress)
        );
        assert_eq!(refused("https://10.1.2.3/x"), Some(Refusal::PrivateAddress));
        assert_eq!(
            refused("https://169.254.169.254/x"),
            Some(Refusal::PrivateAddress)
        );
        assert_eq!(refused("https://[::1]/x"), Some(Refusal::PrivateAddress));
        assert_eq!(
            refused("https://[fd00::1]/x"),
            Some(Refusal::PrivateAddress)
        );
        assert_eq!(
            refused("https://[::ffff:192.168.1.1]/x"),
            Some(Refusal::PrivateAddress)
        );
        assert_eq!(refused("https://8.8.8.8/x"), Some(Refusal::UnknownHost));
        assert_eq!(
            refused("https://user:pw@fcm.googleapis.com/x"),
            Some(Refusal::Unusual)
        );
        assert_eq!(
            refused("https://fcm.googleapis.com:8443/x"),
            Some(Refusal::Unusual)
        );
        assert_eq!(refused("not a url"), Some(Refusal::NotUrl));
        assert_eq!(
            refused("ftp://fcm.googleapis.com/x"),
            Some(Refusal::NotHttps)
        );
    }

    #[test]
    fn hosts_the_operator_adds_may_be_plain_http_and_private() {
        let policy = Policy::new(&["127.0.0.1:4100".into(), "push.internal".into()]);
        assert!(policy.check("http://127.0.0.1:4100/push/1").is_ok());
        assert_eq!(
            policy.check("http://127.0.0.1:4101/push/1").err(),
            Some(Refusal::NotHttps)
        );
        assert!(policy.check("https://push.internal/x").is_ok());
        assert!(policy.may_connect("push.internal", "10.0.0.5".parse().expect("ip")));
        assert!(!policy.may_connect("fcm.googleapis.com", "10.0.0.5".parse().expect("ip")));
        assert!(policy.may_connect("fcm.googleapis.com", "142.250.0.1".parse().expect("ip")));
    }
}
