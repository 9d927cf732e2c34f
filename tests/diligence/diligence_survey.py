"""The crafted estates (A to E, see diligence_estates.py) as a published survey, with the rights data bodies
enter and their replies give, supplier questionnaires, and one body (F) asked only in an embargoed campaign.

Expected figures, worked out by hand (bodies A to E):

- restricted-vendor use known for 5, used by 4 (A, B, C, E); sensitive bodies B (NHS) and C (police) both use;
- restricted cameras 16 to 56 over 4 counted bodies (A and D exact, B and E ranges); C not counted;
- replacement £5,760 to £79,300 for 3 of the 4 using bodies;
- capabilities stated by 1 of 5 (C: facial recognition, ANPR); 1 of 4 using bodies with facial recognition or
  audio;
- DPIA: A declared yes, B reply no, C reply yes -> 2 of 3; replies 2, declarations 1;
- Code in replies: B yes, C no, D yes -> 2 of 3; relevant authorities (A, C, D) 1 of 2;
- self-assessment: A (all 12: 1-10 yes, 11 partly, 12 not applicable) and C (principle 2 no) -> 2 of 5;
- questionnaires: 3 sent, 1 answered (A), 1 flagged (B), 1 not yet due (E).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from diligence_estates import EstateBuilder, build_estates
from sqlalchemy.orm import Session

from camcensus.diligence import questionnaires as dq
from camcensus.diligence.rights import set_declaration
from camcensus.enums import BodyType, RequestState
from camcensus.store.models import Campaign, Request

HOSTILE_NOTE = '<script>alert("x")</script> reviewed by Jane Smith, 01632 960123'
SECRET_COUNT = 987


@dataclass
class Survey:
    ids: dict[str, int]
    flagged_reference: str


def _ask(session: Session, campaign: Campaign, body_id: int, reference: str) -> None:
    session.add(
        Request(
            campaign=campaign,
            body_id=body_id,
            reference=reference,
            law="foia",
            state=RequestState.ANSWERED,
            subject=f"FOI {reference}",
            text="CCTV",
        )
    )


def build_survey(session: Session, today: dt.date) -> Survey:
    bodies = build_estates(session)
    b = EstateBuilder(session)
    f = b.body("test:F", "Council F", BodyType.COUNCIL)
    b.fact(f, "hikvision", "yes")
    b.fact(f, "camera_count", SECRET_COUNT)
    b.fact(f, "dpia", "yes")
    published = Campaign(name="dd-2026", template="cctv")
    embargoed = Campaign(name="dd-embargo", template="cctv", embargo_until=today + dt.timedelta(days=90))
    session.add_all([published, embargoed])
    session.flush()
    for key, body in bodies.items():
        _ask(session, published, body.id, f"DD-{key}")
    _ask(session, embargoed, f.id, "DE-F")

    a, nhs, police, d = bodies["A"], bodies["B"], bodies["C"], bodies["D"]
    for n in range(1, 11):
        set_declaration(session, a, f"principle_{n}", "yes", source="a-self-assessment.csv")
    set_declaration(session, a, "principle_11", "partly", HOSTILE_NOTE, source="a-self-assessment.csv")
    set_declaration(session, a, "principle_12", "n/a", source="a-self-assessment.csv")
    set_declaration(session, a, "dpia", "yes", HOSTILE_NOTE, source="a-self-assessment.csv")
    set_declaration(session, police, "principle_2", "no", source="entered")
    set_declaration(session, f, "principle_1", "yes", source="entered")
    b.fact(nhs, "dpia", "no")
    b.fact(nhs, "code_compliance", "yes")
    b.fact(police, "dpia", "yes", [41])
    b.fact(police, "code_compliance", "no")
    b.fact(d, "code_compliance", "yes")

    answered, _ = dq.send_questionnaire(session, a, "Acme CCTV Ltd", "Hikvision", dt.date(2026, 3, 2))
    dq.record_answer(session, answered.reference, dt.date(2026, 3, 20), "We answer every question.")
    flagged, _ = dq.send_questionnaire(session, nhs, "Beta Security", "Hikvision", dt.date(2026, 3, 2))
    dq.send_questionnaire(session, bodies["E"], "Gamma Installs", "Dahua", today)
    dq.send_questionnaire(session, f, "Secret Supplier", "Hikvision", dt.date(2026, 3, 2))
    session.flush()
    return Survey({**{k: v.id for k, v in bodies.items()}, "F": f.id}, flagged.reference)
