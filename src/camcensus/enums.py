"""Closed vocabularies shared by every layer.

Values are lower-case strings so they read well in the database, JSON and URLs.
"""

from __future__ import annotations

from enum import StrEnum


class BodyType(StrEnum):
    COUNCIL = "council"
    NHS_TRUST = "nhs_trust"
    NHS_HEALTH_BOARD = "nhs_health_board"
    HSC_TRUST = "hsc_trust"
    POLICE = "police"
    SCHOOL = "school"
    OTHER = "other"


class Nation(StrEnum):
    ENGLAND = "england"
    SCOTLAND = "scotland"
    WALES = "wales"
    NORTHERN_IRELAND = "northern_ireland"
    UK = "uk"  # UK-wide bodies (e.g. British Transport Police)

    @classmethod
    def parse(cls, text: str) -> Nation:
        """Accept 'Northern Ireland', 'northern-ireland', 'NI', 'Scotland', ... ."""
        key = text.strip().lower().replace("-", " ").replace("_", " ")
        aliases = {
            "england": cls.ENGLAND,
            "eng": cls.ENGLAND,
            "e": cls.ENGLAND,
            "scotland": cls.SCOTLAND,
            "sco": cls.SCOTLAND,
            "s": cls.SCOTLAND,
            "wales": cls.WALES,
            "cymru": cls.WALES,
            "wls": cls.WALES,
            "w": cls.WALES,
            "northern ireland": cls.NORTHERN_IRELAND,
            "ni": cls.NORTHERN_IRELAND,
            "nir": cls.NORTHERN_IRELAND,
            "n": cls.NORTHERN_IRELAND,
            "uk": cls.UK,
            "united kingdom": cls.UK,
            "great britain": cls.UK,
        }
        if key not in aliases:
            raise ValueError(
                f"unknown nation {text!r} (expected England, Scotland, Wales, Northern Ireland or UK)"
            )
        return aliases[key]


class RequestState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    AWAITING = "awaiting"
    CLARIFICATION_NEEDED = "clarification_needed"
    OVERDUE = "overdue"
    LONG_OVERDUE = "long_overdue"
    ANSWERED = "answered"
    PARTIALLY_ANSWERED = "partially_answered"
    REFUSED = "refused"
    NOT_HELD = "not_held"
    INTERNAL_REVIEW = "internal_review"
    REGULATOR_COMPLAINT = "regulator_complaint"
    WITHDRAWN = "withdrawn"
    DELIVERY_FAILED = "delivery_failed"  # the request bounced: the body never received it


class MessageKind(StrEnum):
    """What an incoming e-mail is (camcensus.foi.mailkind): a reply, a robot's, or a referral elsewhere."""

    REPLY = "reply"
    AUTO_REPLY = "auto_reply"  # acknowledgements, out-of-office replies, delay notices
    BOUNCE = "bounce"  # a delivery failure report
    REFERRAL = "referral"  # the body passed the request to another


class DeviceSource(StrEnum):
    """Where a device was seen: a scan of our own, nmap output, or an estate owner's asset inventory."""

    DISCOVERY = "discovery"
    NMAP = "nmap"
    INVENTORY = "inventory"


class Outcome(StrEnum):
    ANSWERED = "answered"
    PARTIALLY_ANSWERED = "partially_answered"
    REFUSED = "refused"
    NOT_HELD = "not_held"
    UNKNOWN = "unknown"


class TriState(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class EvidenceKind(StrEnum):
    MANUFACTURER = "manufacturer"
    MODEL = "model"
    CAMERA_COUNT = "camera_count"
    CAPABILITY = "capability"
    CAPABILITY_ABSENT = "capability_absent"
    OUTCOME = "outcome"
    EXEMPTION = "exemption"
    VENDOR_STATUS = "vendor_status"  # hikvision/dahua yes/no/unknown for one document
    DEVICE = "device"
    DPIA = "dpia"
    CODE_COMPLIANCE = "code_compliance"


class DocumentStatus(StrEnum):
    OK = "ok"
    FAILED = "failed"
    ENCRYPTED = "encrypted"


class ReviewAction(StrEnum):
    ACCEPT = "accept"
    CORRECT = "correct"
    REJECT = "reject"
    ASSIGN = "assign"
    SET_FACT = "set_fact"


class Role(StrEnum):
    ADMIN = "admin"
    REVIEWER = "reviewer"
