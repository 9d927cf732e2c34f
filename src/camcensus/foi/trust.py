"""Whether a reply can be believed to come from the body it claims to answer.

References are printed in every letter and follow a sequence, so anyone can put one in a subject. A reply is
placed on its request without a person only when

- it is in the thread: its In-Reply-To or References name a Message-ID we sent (or of a reply already
  placed), which only the body was sent; or
- its sender is trusted for that request: exactly one From mailbox, the request's own address or the body's
  FOI address, or an address at one of the body's own domains (``camcensus.registry.addresses``);

and its ``Authentication-Results`` record no failure (DMARC fail; without a DMARC result, DKIM fail with no
DKIM pass, or SPF fail or softfail). Anything else waits in the unmatched queue with the reason and, where
the reply named a request or a body, that request as a suggestion for the reviewer who places it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import getaddresses

from camcensus.registry.addresses import check_mailbox, domain_of, own_domain, valid_mailbox, within

_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"(?:^|[;\s])(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.IGNORECASE)
SPF_FAILURES = frozenset({"fail", "softfail"})


def authentication_failures(headers: str | None) -> list[str]:
    """The failed checks recorded in ``Authentication-Results`` headers (one header a line), e.g.
    ``["dmarc=fail"]``. A header with a DMARC result is judged by it alone (DMARC already weighs whether
    SPF or DKIM passed for the From domain); otherwise a DKIM fail with no DKIM pass and an SPF fail or
    softfail count. A failure in any header counts: a forger can add headers of their own, but adding a
    pass never outweighs the receiving server's fail."""
    failures: set[str] = set()
    for header in (headers or "").splitlines():
        text = header
        while _COMMENT.search(text):
            text = _COMMENT.sub(" ", text)
        results: dict[str, set[str]] = {}
        for method, result in _RESULT.findall(text):
            results.setdefault(method.lower(), set()).add(result.lower())
        if "dmarc" in results:
            failures |= {"dmarc=fail"} if "fail" in results["dmarc"] else set()
            continue
        if "fail" in results.get("dkim", set()) and "pass" not in results["dkim"]:
            failures.add("dkim=fail")
        failures |= {f"spf={r}" for r in results.get("spf", set()) & SPF_FAILURES}
    return sorted(failures)


def sender_mailbox(sender: str | None) -> str | None:
    """The one mailbox of a From header as stored (``Message.sender``), normalised; None when it holds none,
    several, or one that is not a valid address."""
    found = [addr for _name, addr in getaddresses([sender or ""]) if addr]
    if len(found) != 1:
        return None
    return valid_mailbox(found[0])


@dataclass(frozen=True)
class Trusted:
    """Who may write for one request: its addresses (the request's, the body's) and the body's domains."""

    addresses: frozenset[str]
    domains: tuple[str, ...]

    @classmethod
    def of(cls, addresses: Iterable[str | None], domains: Iterable[str]) -> Trusted:
        mailboxes = {_key(m) for m in (valid_mailbox(a) for a in addresses) if m}
        owned = set(domains) | {d for d in (own_domain(m.rsplit("@", 1)[1]) for m in mailboxes) if d}
        return cls(frozenset(mailboxes), tuple(sorted(owned)))

    def admits(self, mailbox: str | None) -> bool:
        """The sender's mailbox (``sender_mailbox``) is one of the addresses or at one of the domains."""
        if not mailbox:
            return False
        return _key(mailbox) in self.addresses or within(domain_of(mailbox), self.domains)


def _key(mailbox: str) -> str:
    return mailbox.casefold()


def describe_sender(sender: str | None) -> str:
    """How the unmatched queue names a sender it does not trust."""
    mailbox = sender_mailbox(sender)
    if mailbox is None:
        return f"a From header that is not one valid address ({(sender or 'none')[:120]!r})"
    return mailbox


__all__ = ["Trusted", "authentication_failures", "check_mailbox", "describe_sender", "sender_mailbox"]
