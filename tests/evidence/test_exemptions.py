"""Exemptions cited in a sentence: the forms FOI officers write them in, and the sections that are not
exemptions or were only considered."""

from __future__ import annotations

import pytest

from camcensus.evidence.outcome import find_exemptions


@pytest.mark.parametrize(
    ("sentence", "law", "codes"),
    [
        ("It is withheld under sections 24(2) and 31(3) of the Act.", "foia", ["s24", "s31"]),
        ("It is exempt under s.24(2)/31(3).", "foia", ["s24", "s31"]),
        ("We rely on sections 38, 40 and 43.", "foia", ["s38", "s40", "s43"]),
        (
            "It is withheld under sections 24(1) (national security) and 31(1)(a) and (b) (law enforcement)"
            " of the Act.",
            "foia",
            ["s24", "s31"],
        ),
        (
            "The Council therefore relies on sections 31(1)(a) and 38(1)(a)-(b) of the Act.",
            "foia",
            ["s31", "s38"],
        ),
        ("- section 38(1)(b) - health and safety.", "foia", ["s38"]),
        ("Adran 24(2) - Diogelwch Gwladol", "foia", ["s24"]),
        ("Section 23(5) Information supplied by, or concerning, certain Security Bodies", "foia", ["s23"]),
        (
            "We are refusing your request under regulation 12(4)(b), as it is manifestly unreasonable.",
            "eir",
            ["EIR 12(4)(b)"],
        ),
        ("The information is withheld under section 35(1)(a) of FOISA.", "foisa", ["s35"]),
        (
            "We considered whether section 43(2) applies and concluded that it does, for the unit prices.",
            "foia",
            ["s43"],
        ),
        ("The review upholds the use of section 31(1)(a), which was correctly applied.", "foia", ["s31"]),
        ("The sites are exempt under section 31 of the Freedom of Information Act 2000.", "foia", ["s31"]),
        ("The locations are exempt under section 31(1)(a) of the Act.", "foia", ["s31"]),
        ("Section 31(1)(a) of the FOI Act (prevention or detection of crime) applies.", "foia", ["s31"]),
    ],
)
def test_exemptions_as_officers_cite_them(sentence: str, law: str, codes: list[str]) -> None:
    assert sorted(e.code for e in find_exemptions(sentence, law)) == sorted(codes)


@pytest.mark.parametrize(
    ("sentence", "law"),
    [
        ("Section 1 of the Act gives you a right of access to recorded information.", "foia"),
        ("This letter is a refusal notice under section 17 of the Act.", "foia"),
        ("This letter serves as a refusal notice under section 16 of FOISA.", "foisa"),
        (
            "We have not needed to consider whether regulation 12(5)(e) (commercial confidentiality) or"
            " regulation 13 (personal data) might apply.",
            "eir",
        ),
        ("The Service has also considered section 38 but does not consider that it applies here.", "foia"),
        ("The cameras were installed on 24 June 2021.", "foia"),
        ("We have considered the public interest test as required by regulation 12(1)(b).", "eir"),
        ("We recognise the presumption in favour of disclosure in regulation 12(2).", "eir"),
        ("The Force also considered whether section 43(2) was relevant, but has not relied upon it.", "foia"),
        ("It is not necessary to rely on section 38, as the information is already withheld.", "foia"),
        ("The Council also considered whether section 38 (health and safety) was engaged.", "foia"),
        ("The panel found that the notice given under section 17(1) was incorrect.", "foisa"),
        ("We no longer rely on section 31(1)(a) for the number of cameras.", "foia"),
        (
            "Disclosure would prejudice the Council's ability to prosecute offences under section 33 of the"
            " Environmental Protection Act 1990.",
            "eir",
        ),
        ("The cameras are surveillance systems under section 29 of the Protection of Freedoms Act.", "foia"),
    ],
)
def test_no_exemption_applied(sentence: str, law: str) -> None:
    assert find_exemptions(sentence, law) == ()
