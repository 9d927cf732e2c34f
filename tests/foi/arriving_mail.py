"""Mail as it really arrives, written afresh for these tests in the shapes Alaveteli's fixtures collect:
exim and Exchange (RFC 3464, UTF-7) bounces, Lotus Notes and MessageLabs out-of-office replies, a referral,
a forwarded reply attached as message/rfc822, uuencoded and TNEF (winmail.dat) attachments, broken MIME,
and forgeries an attacker would try."""

from __future__ import annotations

import binascii
import struct

HEAD = "Date: Tue, 01 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n"


def exim_bounce(failed: str, original_id: str, subject: str, relay: str = "mx.camcensus.example") -> bytes:
    """exim's "Mail delivery failed", the original copied inline after its marker line."""
    return f"""Return-Path: <>
X-Failed-Recipients: {failed}
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@{relay}>
To: survey@camcensus.example
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1bounce-0001@{relay}>
{HEAD}Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {failed}
    host mail.example [192.0.2.25]
    SMTP error from remote mail server after RCPT TO:<{failed}>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <survey@camcensus.example>
From: survey@camcensus.example
To: {failed}
Subject: {subject}
Message-ID: {original_id}

Under the Freedom of Information Act 2000, please tell us whether you use Hikvision cameras.
""".replace("\n", "\r\n").encode()


def exchange_ndr(
    failed: str, original_id: str, sender: str, status: str = "5.1.1", action: str = "failed"
) -> bytes:
    """An Exchange delivery status notification: multipart/report in a multipart/mixed, a UTF-7 human
    part, the machine part, and the original's headers."""
    utf7 = "Delivery to the following recipients failed. – the address is unknown".encode("utf-7").decode()
    return f"""From: <{sender}>
To: <survey@camcensus.example>
Message-ID: <ndr-{status}-{action}@exchange.example>
Subject: Delivery Status Notification ({"Failure" if action == "failed" else "Delay"})
X-DSNContext: 7ac7e7f9 - 1161 - 00000002 - 00000000
{HEAD}Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/report; report-type=delivery-status; boundary="report"

--report
Content-Type: text/plain; charset="unicode-1-1-utf-7"

This is an automatically generated Delivery Status Notification.

{utf7}

       {failed}

--report
Content-Type: message/delivery-status

Reporting-MTA: dns;exchange.example
Received-From-MTA: dns;mx.camcensus.example
Arrival-Date: Tue, 1 Dec 2026 09:59:58 +0000

Final-Recipient: rfc822;{failed}
Action: {action}
Status: {status}

--report
Content-Type: text/rfc822-headers

From: survey@camcensus.example
To: {failed}
Subject: Freedom of Information request
Message-ID: {original_id}

--report--

--outer--
""".replace("\n", "\r\n").encode()


def lotus_bounce(failed: str, sender: str, reference: str) -> bytes:
    return f"""From: Postmaster <{sender}>
To: survey@camcensus.example
Subject: DELIVERY FAILURE: User foi ({failed}) not listed in Domino Directory
Message-ID: <OF0001.lotus@notes.example>
{HEAD}Content-Type: text/plain; charset=US-ASCII

Your document:  Freedom of Information request {reference}
was not delivered to:  {failed}
because:  User foi ({failed}) not listed in Domino Directory
""".encode()


def messagelabs_oof(sender: str, in_reply_to: str, subject: str) -> bytes:
    """An Exchange out-of-office reply relayed through MessageLabs: no automation header at all."""
    return f"""From: "Jones, Pat" <{sender}>
To: survey@camcensus.example
Subject: Out of Office: {subject}
Message-ID: <oof-1@messagelabs.example>
In-Reply-To: {in_reply_to}
X-Msg-Ref: server-4.tower-82.messagelabs.example!1315340670!59450288!1
X-StarScan-Version: 6.3.6; banners=-,-,-
{HEAD}Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I am currently out of the office until Monday 7 D=
ecember with no access to e-mail. Your request has been noted.

Pat Jones
""".encode()


def lotus_oof(sender: str, reference: str) -> bytes:
    return f"""Subject: Pat Jones/FOI/MIDSHIRE is out of the office
Auto-Submitted: auto-generated
From: {sender}
To: survey@camcensus.example
Message-ID: <OF0002.lotus-oof@notes.example>
{HEAD}Content-type: text/plain; charset=US-ASCII

I will be out of the office starting 01/12/2026 and will not return until 08/12/2026.
Re: Freedom of Information request {reference}. The cameras on the estate are made by Hikvision.
""".encode()


def referral(sender: str, in_reply_to: str) -> bytes:
    return f"""From: FOI Team <{sender}>
To: survey@camcensus.example
Subject: RE: Freedom of Information request
Message-ID: <referral-1@exampleton.gov.uk>
In-Reply-To: {in_reply_to}
{HEAD}Content-Type: text/plain; charset=utf-8

Dear Requester,

The council does not hold this information. We have passed your request to Midshire Police, who
operate the town centre cameras.

Kind regards
Information Team
""".encode()


def forwarded_reply(sender: str, in_reply_to: str, inner_sender: str) -> bytes:
    """A reply that forwards another department's answer as an attached e-mail (message/rfc822)."""
    return f"""From: FOI Team <{sender}>
To: survey@camcensus.example
Subject: RE: Freedom of Information request
Message-ID: <forward-1@loughside-hsc.example.org>
In-Reply-To: {in_reply_to}
{HEAD}Content-Type: multipart/mixed; boundary="fwd"

--fwd
Content-Type: text/plain; charset=utf-8

Dear Requester, please see our Estates team's answer attached.

--fwd
Content-Type: message/rfc822
Content-Disposition: attachment; filename="Estates answer.eml"

From: Estates <{inner_sender}>
To: foi@loughside-hsc.example.org
Subject: CCTV answer
Message-ID: <estates-1@loughside-hsc.example.org>
Date: Mon, 30 Nov 2026 16:00:00 +0000
Content-Type: text/plain; charset=utf-8

The trust operates 40 CCTV cameras made by Axis Communications. We do not use Hikvision or Dahua.

--fwd--
""".encode()


def uuencoded_reply(sender: str, in_reply_to: str, name: str, payload: bytes) -> bytes:
    lines = "".join(binascii.b2a_uu(payload[i : i + 45]).decode() for i in range(0, len(payload), 45))
    return f"""From: {sender}
To: survey@camcensus.example
Subject: RE: Freedom of Information request
Message-ID: <uu-1@glenmore.gov.scot>
In-Reply-To: {in_reply_to}
{HEAD}Content-Type: text/plain; charset=us-ascii

Please find our answer attached.

begin 644 {name}
{lines}`
end

Regards
""".encode()


def _tnef_attr(level: int, kind: int, attr: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, attr, kind, len(data)) + data + struct.pack("<H", checksum)


def winmail_dat(body: str, files: list[tuple[str, bytes]]) -> bytes:
    """A TNEF stream as Outlook writes one: version, code page, body, then per file its rendering,
    title and data."""
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += _tnef_attr(1, 0x0008, 0x9006, struct.pack("<I", 0x00010000))
    out += _tnef_attr(1, 0x0006, 0x9007, struct.pack("<II", 1252, 0))
    out += _tnef_attr(1, 0x0002, 0x800C, body.encode("cp1252"))
    for name, data in files:
        out += _tnef_attr(2, 0x0006, 0x9002, b"\x01\x00\xff\xff\xff\xff" + b"\x00" * 8)
        out += _tnef_attr(2, 0x0001, 0x8010, name.encode("cp1252") + b"\x00")
        out += _tnef_attr(2, 0x0006, 0x800F, data)
    return out


def tnef_reply(sender: str, in_reply_to: str, winmail: bytes) -> bytes:
    encoded = binascii.b2a_base64(winmail).decode()
    return f"""From: {sender}
To: survey@camcensus.example
Subject: RE: Freedom of Information request
Message-ID: <tnef-1@ysgolbryn.example.sch.uk>
In-Reply-To: {in_reply_to}
{HEAD}Content-Type: multipart/mixed; boundary="tnef"

--tnef
Content-Type: text/plain; charset=us-ascii

Please see attached.

--tnef
Content-Type: application/ms-tnef; name="winmail.dat"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="winmail.dat"

{encoded}
--tnef--
""".encode()


def broken_mime(sender: str, in_reply_to: str) -> bytes:
    """A multipart message whose final boundary never comes, with a part that names no charset."""
    return f"""From: {sender}
To: survey@camcensus.example
Subject: RE: Freedom of Information request
Message-ID: <broken-1@midshire.police.example>
In-Reply-To: {in_reply_to}
{HEAD}Content-Type: multipart/mixed; boundary="never-closed"

--never-closed
Content-Type: text/plain

The force operates 12 CCTV cameras. The cameras are made by Axis Communications. We do not use
Hikvision or Dahua equipment.
""".encode()


def msg_forwarded_reply(sender: str, in_reply_to: str, msg: bytes) -> bytes:
    """A reply with another department's answer attached as an Outlook .msg file, as Outlook users forward."""
    encoded = binascii.b2a_base64(msg).decode()
    return f"""From: FOI Team <{sender}>
To: survey@camcensus.example
Subject: RE: Freedom of Information request
Message-ID: <msgfwd-1@exampleton.gov.uk>
In-Reply-To: {in_reply_to}
{HEAD}Content-Type: multipart/mixed; boundary="msgfwd"

--msgfwd
Content-Type: text/plain; charset=utf-8

Dear Requester, our facilities manager's answer is attached.

--msgfwd
Content-Type: application/vnd.ms-outlook; name="CCTV answer.msg"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="CCTV answer.msg"

{encoded}
--msgfwd--
""".encode()
