"""The open data's tables as described to their readers: each table's name, title, meaning and columns with
their types (Frictionless types) and meanings. The rows are made in ``camcensus.reports.opendata``."""

from __future__ import annotations

from dataclasses import dataclass

from camcensus.knowledge.vendors import ANY_CONCERN, concern_keys, concern_label


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Frictionless type: string, integer, number, boolean, date, datetime
    description: str


@dataclass(frozen=True)
class TableSpec:
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()


def _c(name: str, kind: str, description: str) -> Column:
    return Column(name, kind, description)


def _cell_columns() -> tuple[Column, ...]:
    """The group and vendor a figure is for."""
    return (
        _c("sector", "string", "Sector (all = every sector, pooled)"),
        _c("nation", "string", "Nation (all = UK)"),
        _c("vendor", "string", f"{', '.join(concern_keys())} or {ANY_CONCERN}"),
    )


def tables() -> tuple[TableSpec, ...]:
    """Every published table; the bodies table has a column per vendor of concern."""
    return (
        _campaigns_table(),
        _bodies_table(),
        _requests_table(),
        _facts_table(),
        _evidence_table(),
        _statistics_table(),
        _comparison_table(),
        _devices_table(),
    )


def _campaigns_table() -> TableSpec:
    return TableSpec(
        "campaigns",
        "Campaigns",
        "Each survey campaign published (none under embargo).",
        (
            _c("name", "string", "Campaign name"),
            _c("template", "string", "Request template used"),
            _c(
                "synthetic",
                "boolean",
                "True when built from generated demonstration data (SYNTHETIC DEMO DATA)",
            ),
            _c("requests", "integer", "Requests in the campaign"),
        ),
        ("name",),
    )


def _bodies_table() -> TableSpec:
    return TableSpec(
        "bodies",
        "Public bodies",
        "Every body asked in a published campaign, with its sector and place.",
        (
            _c("code", "string", "Stable body code (la:…, nhs:…, police:…, school:…)"),
            _c("name", "string", "Name"),
            _c(
                "body_type",
                "string",
                "council, nhs_trust, nhs_health_board, hsc_trust, police, school, other",
            ),
            _c("subtype", "string", "Council type, school phase or force kind"),
            _c("sector", "string", "Sector used in the statistics"),
            _c("nation", "string", "Nation"),
            _c("lat", "number", "Latitude (WGS84)"),
            _c("lon", "number", "Longitude (WGS84)"),
            _c("easting", "number", "British National Grid easting (m)"),
            _c("northing", "number", "British National Grid northing (m)"),
            _c("responded", "boolean", "A reply was received"),
            *(
                _c(key, "string", f"Uses {concern_label(key)} (with OEM/sub-brands): yes, no or unknown")
                for key in concern_keys()
            ),
            _c("outcome", "string", "answered, partially_answered, refused, not_held or unknown"),
            _c("camera_count", "integer", "Cameras the body reported, when it gave a number"),
            _c("dpia", "string", "Has a DPIA for its cameras, as its reply says: yes, no or unknown"),
            _c(
                "code_compliance",
                "string",
                "Complies with the Surveillance Camera Code, as its reply says: yes, no or unknown",
            ),
            _c(
                "code_self_assessment",
                "string",
                "Its declared self-assessment against the Code's principles, as JSON "
                "{principle: answer}; its declared DPIA status is under dpia_declared",
            ),
            _c("dpia_declared", "string", "DPIA status the body declared (empty when none)"),
            _c("register_source", "string", "Where the body's record came from"),
        ),
        ("code",),
    )


def _requests_table() -> TableSpec:
    return TableSpec(
        "requests",
        "FOI requests",
        "One row per request sent (the letter itself is not published).",
        (
            _c("reference", "string", "Request reference"),
            _c("campaign", "string", "Campaign name"),
            _c("body_code", "string", "Body asked"),
            _c("law", "string", "foia, foisa, eir or schools"),
            _c("state", "string", "Request state"),
            _c("sent_at", "datetime", "When it was sent (UTC)"),
            _c("received_on", "date", "Date of receipt for the statutory clock"),
            _c("due_on", "date", "Statutory due date"),
            _c("to_address", "string", "Address written to (redacted)"),
        ),
        ("reference",),
    )


def _facts_table() -> TableSpec:
    return TableSpec(
        "facts",
        "Body facts",
        "Body-level conclusions and the evidence ids behind each.",
        (
            _c("body_code", "string", "Body"),
            _c("key", "string", f"Fact key ({', '.join(concern_keys())}, outcome, …)"),
            _c("value", "string", "Value (lists as JSON)"),
            _c("source", "string", "machine or review"),
            _c("evidence_ids", "string", "JSON list of evidence ids (see the evidence table)"),
        ),
        ("body_code", "key"),
    )


def _evidence_table() -> TableSpec:
    return TableSpec(
        "evidence",
        "Evidence",
        "What each reply shows, with its quote and place (personal data redacted).",
        (
            _c("id", "integer", "Evidence id"),
            _c("body_code", "string", "Body"),
            _c("kind", "string", "manufacturer, model, camera_count, capability, outcome, exemption, …"),
            _c("value", "string", "What was found"),
            _c("quote", "string", "The words behind it, redacted"),
            _c("document", "string", "File it came from (name redacted)"),
            _c("location", "string", "Place in the file (page, sheet, row)"),
            _c("status", "string", "machine, accepted or corrected"),
            _c("confidence", "number", "0 to 1"),
        ),
        ("id",),
    )


def _statistics_table() -> TableSpec:
    return TableSpec(
        "statistics",
        "Statistics",
        "Share using each vendor by sector and nation, with intervals and bounds; rows that pool several "
        "sectors also give the estimate weighted to the register's bodies per sector. The same rows as "
        "`camcensus stats --json`.",
        (
            *_cell_columns(),
            _c("asked", "integer", "Bodies asked"),
            _c("responded", "integer", "Bodies that replied"),
            _c("disclosed", "integer", "Bodies that said whether they use the vendor (n)"),
            _c("k", "integer", "Bodies using the vendor"),
            _c("n", "integer", "Bodies that disclosed"),
            _c("share", "number", "k / n (empty when n is 0)"),
            _c("ci95_low", "number", "Wilson 95% interval, low"),
            _c("ci95_high", "number", "Wilson 95% interval, high"),
            _c("bounds_low", "number", "Share of asked if every non-discloser were a no"),
            _c("bounds_high", "number", "Share of asked if every non-discloser were a yes"),
            _c(
                "weighted_share",
                "number",
                "Rows pooling several sectors: each sector's k/n weighted by its bodies in the register",
            ),
            _c("weighted_ci95_low", "number", "95% interval of the weighted share, low"),
            _c("weighted_ci95_high", "number", "95% interval of the weighted share, high"),
            _c("weighted_covered", "integer", "Register bodies in the sectors the weighted share covers"),
            _c("weighted_frame", "integer", "Register bodies in the row's sectors"),
            _c("synthetic", "boolean", "True when built from generated demonstration data"),
        ),
        ("sector", "nation", "vendor"),
    )


def _comparison_table() -> TableSpec:
    """The two latest published rounds compared (``camcensus.analysis.compare``)."""
    return TableSpec(
        "comparison",
        "Rounds compared",
        "The two published rounds sent most recently, each read from its own replies (empty with one).",
        (
            *_cell_columns(),
            *(
                _c(f"{key}_{side}", kind, f"{label}, {when} round")
                for side, when in (("a", "earlier"), ("b", "later"))
                for key, kind, label in (
                    ("k", "integer", "Bodies using the vendor"),
                    ("n", "integer", "Bodies that disclosed"),
                    ("share", "number", "k / n"),
                )
            ),
            _c("campaign_a", "string", "The earlier round"),
            _c("campaign_b", "string", "The later round"),
            _c("difference", "number", "share_b - share_a"),
            _c(
                "difference_ci95_low",
                "number",
                "95% interval of the difference (Newcombe hybrid score), low",
            ),
            _c("difference_ci95_high", "number", "95% interval of the difference, high"),
        ),
        ("sector", "nation", "vendor"),
    )


def _devices_table() -> TableSpec:
    """Devices found on surveyed bodies' own networks (``camcensus.network.estates``)."""
    withheld = "; empty unless the body agreed to publish its devices' addresses"
    return TableSpec(
        "devices",
        "Devices",
        "Each device found on a surveyed body's own network by a scan (camcensus discover), in nmap output "
        "or in its asset inventory; each camera once, whether it answered a scan or was named only by the "
        "channel list of the recorder that records it. A scan sees only the devices that answered on the "
        "addresses and ports it covered, on the day it ran. Serial numbers, locations, user names and "
        "credentials are never published; IP and MAC addresses only where the body agreed.",
        (
            _c("id", "integer", "Device id (recorder_id refers to it)"),
            _c("body_code", "string", "Body whose estate it is"),
            _c("source", "string", "discovery (a camcensus scan), nmap (nmap output) or inventory"),
            _c("kind", "string", "camera, recorder, intercom or other (empty when not known)"),
            _c("vendor", "string", "Parent vendor, OEM and sub-brands resolved (empty: not identified)"),
            _c("brand", "string", "Name on the device (an OEM or sub-brand)"),
            _c("model", "string", "Model, as the device or the list gave it"),
            _c("firmware", "string", "Firmware version, as the device gave it"),
            _c("advisories", "string", "JSON list of the vendor's published vulnerabilities (CVE numbers)"),
            _c(
                "likely_affected",
                "string",
                "JSON list of those its firmware build predates the fix of (others: check the advisory)",
            ),
            _c("recorder_id", "integer", "For a camera a recorder records: that recorder's id"),
            _c("channel", "integer", "Its channel or input number on that recorder"),
            _c("input", "string", "ip (a network camera) or analogue (wired to a recorder's input)"),
            _c("behind_only", "boolean", "Known only from its recorder's channel list (no scan reached it)"),
            _c("channels", "integer", "For a recorder: the enabled channels it lists (each a camera's row)"),
            _c("channels_listed", "boolean", "For a recorder: its channel list was read whole"),
            _c("channel_limit", "integer", "For a recorder: the most channels it says it takes"),
            _c("first_seen", "datetime", "When it was first stored (UTC)"),
            _c("last_seen", "datetime", "When a scan or import last found it (UTC)"),
            _c("address", "string", f"IP address{withheld}"),
            _c("port", "integer", f"Port it answered on{withheld}"),
            _c("mac", "string", f"MAC address{withheld}"),
        ),
        ("id",),
    )
