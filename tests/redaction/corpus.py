"""The redaction corpus: personal data written the ways FOI officers and requesters write it, and the facts
that must come through untouched.

Every person, number, address and mailbox here is made up: phone numbers are from Ofcom's ranges for drama
(07700 900xxx, 01632 960xxx, 020 7946 0xxx, 0161 496 0xxx ...) and e-mail domains are ``.example`` or
council-shaped names. A case is a text and the secrets in it; ``leaked`` says which secret shows in a text.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from camcensus.redaction.words import fold

_NUMBER = re.compile(r"\d(?:[\d\s.\-()/+\uff10-\uff19]*\d)?|[\uff10-\uff19][\d\s\uff10-\uff19]*")


@dataclass(frozen=True)
class Secret:
    kind: str  # name, phone, email, postcode, street
    value: str

    def fragments(self) -> list[str]:
        """What must not show: each word of a name (three letters or more), the digits of a number, the
        mailbox, the postcode, the house number with its street."""
        if self.kind == "name":
            return [w for w in re.findall(r"[^\W\d_]+", self.value) if len(w) >= 3]
        if self.kind == "phone":
            number = re.split(r"(?i)\s*(?:ext|x)", self.value)[0]  # without its extension
            return [re.sub(r"\D", "", number)[-7:]]
        if self.kind == "email":
            return [self.value.split("@")[0] if "@" in self.value else self.value.split()[0]]
        return [self.value]

    def shows_in(self, text: str) -> bool:
        if self.kind == "phone":  # the digits of each number written in the text, separators aside
            numbers = [re.sub(r"\D", "", n) for n in _NUMBER.findall(text)]
            return any(f in n for f in self.fragments() for n in numbers)
        if self.kind == "postcode":
            return fold(self.value.replace(" ", "")) in fold(text.replace(" ", ""))
        words = fold(text)
        return any(re.search(rf"(?<!\w){re.escape(fold(f))}(?!\w)", words) for f in self.fragments())


@dataclass(frozen=True)
class Case:
    text: str
    secrets: tuple[Secret, ...]
    form: str

    def flattened(self) -> Case:
        """The case as an evidence quote carries it: on one line."""
        return Case(" ".join(self.text.split()), self.secrets, self.form + " (one line)")


def leaked(case: Case, output: str) -> list[Secret]:
    return [s for s in case.secrets if s.shows_in(output)]


@dataclass(frozen=True)
class Person:
    full: str
    first: str
    surname: str
    listed: bool  # the forename is in the ONS list


PEOPLE = (
    Person("Siân Ó Briain", "Siân", "Ó Briain", True),
    Person("Rhiannon ap Gwilym", "Rhiannon", "ap Gwilym", True),
    Person("Mary-Jane Smith-Jones", "Mary-Jane", "Smith-Jones", True),
    Person("Łukasz Kowalczyk", "Łukasz", "Kowalczyk", True),
    Person("Zoë Müller-Lüdenscheidt", "Zoë", "Müller-Lüdenscheidt", True),
    Person("Aoife Ní Bhriain", "Aoife", "Ní Bhriain", True),
    Person("Ciarán Ó Súilleabháin", "Ciarán", "Ó Súilleabháin", True),
    Person("Eilidh MacLeod", "Eilidh", "MacLeod", True),
    Person("Dafydd ap Iorwerth", "Dafydd", "ap Iorwerth", True),
    Person("Ngozi Okonkwo-Adeyemi", "Ngozi", "Okonkwo-Adeyemi", False),
    Person("Priya Raghunathan", "Priya", "Raghunathan", True),
    Person("Mohammed Al-Hashimi", "Mohammed", "Al-Hashimi", True),
    Person("Gwenllian Prydderch", "Gwenllian", "Prydderch", False),
    Person("François Lefèvre", "François", "Lefèvre", True),
    Person("Zeynep Yılmaztürk", "Zeynep", "Yılmaztürk", True),
    Person("Xanthe Quirkwell", "Xanthe", "Quirkwell", False),
    Person("Tamsin Vellacott", "Tamsin", "Vellacott", True),
    Person("Oluwaseun Adébáyọ̀", "Oluwaseun", "Adébáyọ̀", False),
    Person("Kirsty McAllister", "Kirsty", "McAllister", True),
    Person("Björn Ångström", "Björn", "Ångström", False),
    Person("D'Arcy O'Connell", "D'Arcy", "O'Connell", False),
    Person("Nguyễn Văn Anh", "Văn Anh", "Nguyễn", False),
    Person("Jane Doe", "Jane", "Doe", True),
    Person("Ruairidh MacDhòmhnaill", "Ruairidh", "MacDhòmhnaill", False),
    Person("Hamza Qureshi-Baig", "Hamza", "Qureshi-Baig", True),
)

# {name}, {first} and {surname} are the person's; a template with {first} alone needs a sign-off or a
# salutation around it. The last field says whether the template finds the name by the forename list only.
NAME_FORMS: tuple[tuple[str, str, bool], ...] = (
    ("salutation", "Dear {first},\n\nThank you for your request.", False),
    ("salutation with title", "Dear Ms {surname},\nThank you for your request.", False),
    ("informal greeting", "Hi {first}, thanks for your e-mail about the cameras.", False),
    ("colleague", "My colleague {name} has confirmed that the council operates 42 cameras.", False),
    ("contact", "Please contact {name} on the number below if you have questions.", False),
    ("handled by", "Your request was handled by {name} in the Information Governance team.", False),
    ("signed", "Signed: {name}\nDate: 4 April 2024", False),
    ("case officer", "Case officer: {name}", False),
    ("header", "From: {name}\nSent: 03 April 2024 10:14\nSubject: FOI 2024/118", False),
    ("councillor", "Cllr {name} asked for the figures in March.", False),
    ("detective", "DC {surname} reviewed the footage.", False),
    ("sign-off block", "Kind regards,\n\n{name}\nInformation Governance Officer\nAnytown Council", False),
    ("sign-off one line", "Kind regards {name} FOI Officer Anytown Council", False),
    ("sign-off first name", "Many thanks,\n{first}", False),
    ("yours sincerely", "Yours sincerely\n\n{name}\nData Protection Officer", False),
    ("welsh sign-off", "Yn gywir,\n{name}\nSwyddog Rhyddid Gwybodaeth", False),
    ("sign-off in two languages", "Yn gywir / Yours sincerely,\n\n{first[0]}. {surname}\nClerc", False),
    ("thanks", "Thanks,\n{first}", False),
    ("name over title", "{name}\nData Protection Officer\nAnytown Council", False),
    ("name under title", "Information Governance Manager\n{name}", False),
    ("name before title", "{name}, FOI Officer, confirmed the figures.", False),
    ("title before name", "The Data Protection Officer, {name}, has reviewed the DPIA.", False),
    ("title in brackets", "This was reviewed by the Information Governance Manager ({name}).", False),
    ("on behalf of", "Sent on behalf of {name}, Head of Facilities.", False),
    ("prepared by", "Prepared by {name} for the Corporate Governance Board.", False),
    ("bare name", "{name} confirmed that the cameras are made by Hikvision.", True),
    ("name and vendor", "The installer spoke to {name} about the Dahua recorders.", True),
)

PHONE_FORMS = (
    "0044 20 7946 0123",
    "0044 (0)161 496 0456",
    "07700.900.789",
    "Tel.07700900321",
    "Tel07700 900654",
    "+44 (0)20 7946 0987",
    "+44(0)7700 900 111",
    "+447700900222",
    "07700 900 333",
    "07700-900-444",
    "(01632) 960 555",
    "01632 960666 ext 45",
    "01632 960 777 x221",
    "0161 496 0888",
    "0113 496 0999",
    "028 9649 6123",
    "029 2018 0234",
    "0 7700 900 345",
    "+353 20 910 1234",
    "00353 20 910 5678",
    "+1 (202) 555-0143",
    "+44 1632 960 456",
    "０７７００ ９００５６７",
    "0 7 7 0 0 9 0 0 6 7 8",
)
# numbers cut short where a quote of limited length ends: the digits that are there must go
CUT_PHONES = ("07700 900 1…", "+44 (0)20 7946…", "0161 496 07…")
PHONE_CONTEXTS = (
    "If you have any questions please call {phone}.",
    "Direct line: {phone}",
    "Tel: {phone} | Mob: 07700 900 890",
    "You can reach the officer on {phone} between 9 and 5.",
)

EMAIL_FORMS = (
    ("jane.doe@anytown.gov.uk", "jane.doe"),
    ("foi.jane.doe@anytown.gov.uk", "foi.jane.doe"),
    ("information.governance.jsmith@trust.nhs.example", "information.governance.jsmith"),
    ("j.smith@police.example", "j.smith"),
    ("jöhn.dœ@anytown.example", "jöhn.dœ"),
    ("δοκιμή@παράδειγμα.δοκιμή", "δοκιμή"),
    ("用户名@例子.广告", "用户名"),
    ("siân.ó-briain@cyngor.example", "siân.ó-briain"),
    ("jane.doe [at] anytown [dot] gov [dot] uk", "jane.doe"),
    ("jane.doe(at)anytown.gov.uk", "jane.doe"),
    ("jane.doe at anytown.gov.uk", "jane.doe"),
    ("mkowalczyk at anytown dot gov dot uk", "mkowalczyk"),
    ("priya.r＠anytown.example", "priya.r"),
    ("J.P.McDonald@Anytown.Example", "J.P.McDonald"),
    ("foi-officer.tamsin@anytown.example", "foi-officer.tamsin"),
    ("jane.doe@anytown.go…", "jane.doe"),  # cut short at the end of a quote
    ("jane.doe@e", "jane.doe"),
)
EMAIL_CONTEXTS = (
    "Please reply to {email} quoting our reference.",
    "E-mail: {email}",
    "Any questions to {email}, or to foi@anytown.gov.uk.",
)

ADDRESS_FORMS = (
    ("Please write to 14 Acacia Avenue, Testville TE1 4AB.", ("14 Acacia Avenue", "TE1 4AB")),
    ("Flat 3, 45 High Street, Anytown AB1 2CD", ("45 High Street", "AB1 2CD")),
    ("The requester lives at 7b Mill Lane, Llanfair LL61 5UJ.", ("7b Mill Lane", "LL61 5UJ")),
    ("Address: 221 Baker St, London NW1 6XE", ("221 Baker St", "NW1 6XE")),
    ("Information Governance\nTown Hall\nMarket Street\nAnytown\nAB1 2CD", ("AB1 2CD", "Market Street")),
    ("Town Hall, Market Street, Anytown, AB12 3DE", ("AB12 3DE", "Market Street")),
    ("Post to PO Box 1234, Anytown, EH1 1YZ", ("PO Box 1234", "EH1 1YZ")),
    ("Unit 5, 12 Riverside Park Road, Cardiff CF10 1EP", ("12 Riverside Park Road", "CF10 1EP")),
    ("Delivered to 3-5 Station Road, Belfast BT1 5GS", ("3-5 Station Road", "BT1 5GS")),
    ("Our office: 1 Ffordd y Parc, Bangor LL57 2DG", ("LL57 2DG",)),
    ("home address 9 Rose Crescent glasgow g12 8qq", ("9 Rose Crescent", "g12 8qq")),
    ("Return the form to SW1A 1AA.", ("SW1A 1AA",)),
)


def _name_secrets(person: Person, template: str) -> tuple[Secret, ...]:
    used = []
    if "{name}" in template:
        used.append(person.full)
    if "{first}" in template:
        used.append(person.first)
    if "{surname}" in template:
        used.append(person.surname)
    return tuple(Secret("name", u) for u in used)


def name_cases() -> list[Case]:
    cases = []
    for (form, template, by_list), person in itertools.product(NAME_FORMS, PEOPLE):
        if by_list and not person.listed:
            continue  # a name with no context and a forename nobody registered: no rule can see it
        text = template.format(name=person.full, first=person.first, surname=person.surname)
        cases.append(Case(text, _name_secrets(person, template), form))
    return cases


def phone_cases() -> list[Case]:
    cases = []
    for n, phone in enumerate(PHONE_FORMS):
        for context in PHONE_CONTEXTS[n % 2 :: 2]:
            secrets = [Secret("phone", phone)]
            if "Mob:" in context:
                secrets.append(Secret("phone", "07700 900 890"))
            cases.append(Case(context.format(phone=phone), tuple(secrets), f"phone {phone}"))
    return cases


def cut_phone_cases() -> list[Case]:
    return [
        Case(f"For the recorders call {phone}", (Secret("phone", phone.rstrip("…")),), f"cut phone {phone}")
        for phone in CUT_PHONES
    ]


def email_cases() -> list[Case]:
    return [
        Case(context.format(email=email), (Secret("email", local),), f"email {email}")
        for (email, local), context in itertools.product(EMAIL_FORMS, EMAIL_CONTEXTS)
    ]


def address_cases() -> list[Case]:
    cases = []
    for text, parts in ADDRESS_FORMS:
        kinds = ["postcode" if re.fullmatch(r"\w{2,4} \w{3}", p) else "street" for p in parts]
        secrets = tuple(Secret(kind, p) for kind, p in zip(kinds, parts, strict=True))
        cases.append(Case(text, secrets, "address"))
    return cases


LETTERS = (
    Case(
        """Dear Mr Ó Briain,

Freedom of Information request FOI-2024-0412

The council operates 1,234 cameras: 37 are Hikvision DS-2CD2143G0-I and 12 are Dahua IPC-HFW2431S.
My colleague Siân Ó Briain in Facilities holds the asset register.

Kind regards,

Rhiannon ap Gwilym
Information Governance Officer
Anytown Council, Town Hall, Market Street, Anytown AB1 2CD
Tel: 0044 1632 960 912 | Mobile 07700.900.913
rhiannon.apgwilym@anytown.gov.uk
""",
        (
            Secret("name", "Ó Briain"),
            Secret("name", "Siân Ó Briain"),
            Secret("name", "Rhiannon ap Gwilym"),
            Secret("postcode", "AB1 2CD"),
            Secret("phone", "0044 1632 960 912"),
            Secret("phone", "07700.900.913"),
            Secret("email", "rhiannon.apgwilym@"),
        ),
        "letter: council",
    ),
    Case(
        """From: Ngozi Okonkwo-Adeyemi <ngozi.okonkwo-adeyemi@trust.nhs.example>
To: requester-7781@whatdotheyknow.example
Subject: RE: Freedom of Information request - CCTV (Ref: FOI 24-118)

Hello Xanthe,

Please find attached our response. The Trust does not use facial recognition; ANPR is used in 2 car parks.

Best wishes
Ngozi

Ngozi Okonkwo-Adeyemi | FOI Lead | Corporate Affairs
T: 0161 496 0914  M: +44 (0) 7700 900915
""",
        (
            Secret("name", "Ngozi Okonkwo-Adeyemi"),
            Secret("name", "Xanthe"),
            Secret("email", "requester-7781"),
            Secret("phone", "0161 496 0914"),
            Secret("phone", "7700 900915"),
        ),
        "letter: NHS trust e-mail",
    ),
    Case(
        """Annwyl Gwenllian,

Diolch am eich cais. Nid yw'r Cyngor yn defnyddio camerâu Hikvision.

Yn gywir,
Dafydd ap Iorwerth
Swyddog Llywodraethu Gwybodaeth | Information Governance Officer
Ffôn: 029 2018 0916
""",
        (Secret("name", "Gwenllian"), Secret("name", "Dafydd ap Iorwerth"), Secret("phone", "029 2018 0916")),
        "letter: Welsh council",
    ),
    Case(
        """Good afternoon Tamsin

Further to our call, Insp. Kirsty McAllister has confirmed the force holds 18 body-worn cameras made by
Axis Communications. Please contact her on Tel.07700900917 or k.mcallister [at] police [dot] example.

Thanks
Eilidh MacLeod
Disclosure Unit
""",
        (
            Secret("name", "Tamsin"),
            Secret("name", "Kirsty McAllister"),
            Secret("phone", "07700900917"),
            Secret("email", "k.mcallister"),
            Secret("name", "Eilidh MacLeod"),
        ),
        "letter: police",
    ),
    Case(
        """Dear Requester,

Section 24(2) and section 31(3) apply; we neither confirm nor deny. If you are unhappy write to the
Information Governance Manager (Zoë Müller-Lüdenscheidt), 7 Church Lane, Testville TE1 4AB, or e-mail
foi.zoe.muller@testville.example.

Yours faithfully
Information Governance Team
Testville Borough Council
Prepared by Hamza Qureshi-Baig
""",
        (
            Secret("name", "Zoë Müller-Lüdenscheidt"),
            Secret("street", "7 Church Lane"),
            Secret("postcode", "TE1 4AB"),
            Secret("email", "foi.zoe.muller"),
            Secret("name", "Hamza Qureshi-Baig"),
        ),
        "letter: refusal",
    ),
    Case(
        """Hi jane,
Quick one from the school office - we have 6 cameras (Hikvision, via our installer).
Cheers,
Mohammed
Mohammed Al-Hashimi, School Business Manager
""",
        (Secret("name", "jane"), Secret("name", "Mohammed Al-Hashimi")),
        "letter: school",
    ),
    Case(
        """Dear François Lefèvre,

The information you requested is set out below.
Q1. How many cameras? A1. 212 (of which 31 are redeployable).
Q2. Manufacturer? A2. Hanwha Vision and Bosch Security Systems.

Respectfully,
Björn Ångström
Records Manager
""",
        (Secret("name", "François Lefèvre"), Secret("name", "Björn Ångström")),
        "letter: answered",
    ),
    Case(
        """Dear Sir/Madam,
This request has been passed to D'Arcy O'Connell (Data Protection Officer) and Zeynep Yılmaztürk.
Regards,
Nguyễn Văn Anh
Head of CCTV Operations
""",
        (
            Secret("name", "D'Arcy O'Connell"),
            Secret("name", "Zeynep Yılmaztürk"),
            Secret("name", "Nguyễn"),
        ),
        "letter: referral",
    ),
)


def all_cases() -> list[Case]:
    cases = name_cases() + phone_cases() + cut_phone_cases() + email_cases() + address_cases() + list(LETTERS)
    return cases + [case.flattened() for case in cases]


# The facts: vendors, models, counts, dates, sections, organisations, places, role addresses and job
# titles come through redaction word for word.
KEPT = (
    "We have 0 Hikvision cameras and 14 Axis cameras.",
    "Axis Communications supplied 14 cameras in 2021.",
    "The council uses Hikvision DS-2CD2143G0-I and Dahua IPC-HFW2431S-S-S2 cameras.",
    "NVR DS-7608NI-K2/8P and DHI-NVR4208-8P-4KS2 recorders, firmware V5.7.3 build 220112.",
    "Model DS-2CD2T47G2-L, firmware V5.7.3 build 220112, serial 0123456789ABC.",
    "Section 24(2) and s.31(3)(a) apply; s.40(2) covers the officers' names.",
    "Reference FOI-2023-0412 dated 03/04/2023 (our ref 2023/0412).",
    "The council operates 1,234 cameras across 37 sites; 12 use ANPR.",
    "Installed 2019 2020 2021; replaced between 2022-2024.",
    "The total cost was £12,345.67 (invoice 100234567).",
    "Cameras at Victoria Street and Lewis Road car parks.",
    "Hope Street, Grace Road and King Street car parks have 3 cameras each.",
    "Milton Keynes Council holds 212 cameras.",
    "Thomas Telford School uses 14 Axis cameras.",
    "Greater Manchester Police and Police Scotland use Hanwha Vision cameras.",
    "Bosch Security Systems and Milestone XProtect are used; Genetec Security Center is not.",
    "Facial recognition is not used. ANPR is used at 3 sites.",
    "FACIAL RECOGNITION: NO. BODY WORN: YES (Axon Body 3, 45 units).",
    "Contact foi@council.gov.uk or cctv@council.gov.uk.",
    "Write to information.governance@example.gov.uk or dataprotection@example.gov.uk.",
    "Requests go to freedomofinformation@trust.nhs.example or foi-requests@police.example.",
    "Dear Sir/Madam,",
    "Dear Requester,",
    "Dear FOI Team,",
    "Thank you for your request.\nNorth Yorkshire Council holds the information.",
    "Thank you for your request dated 3 April 2023.",
    "Best value was considered when buying Hanwha cameras.",
    "Information Governance Officer",
    "The Surveillance Camera Commissioner asked; the Information Commissioner's Office agreed.",
    "The Data Protection Act 2018 and Article 8 ECHR apply.",
    "Transport for London and the Home Office were consulted.",
    "Kind regards,\nInformation Governance Team\nAnytown Council",
    "Yours sincerely,\nFOI Team",
    "We have 2 PTZ cameras, 1 thermal camera and 16 fixed dome cameras (Uniview IPC3614SR3).",
    "The contract with Reolink ended in March 2022; Ezviz and Annke are not used.",
    "Hikvision (via its HiLook and Ezviz brands) supplied 21 of the 57 cameras.",
    "Total: 57. Of which Hikvision: 21. Dahua: 0. Other: 36.",
    "The CCTV control room at St Helens Town Hall monitors 140 cameras 24/7.",
    "Stoke-on-Trent City Council, Telford and Wrekin Council and Kingston upon Thames replied.",
    "Between 1 April 2023 and 31 March 2024 the system recorded 4,512 ANPR reads per day.",
    "Schedule 2, Part 1, paragraph 2 of the Data Protection Act 2018.",
    "Cameras: 120. Recorders: 8. Monitors: 12. Version 2.1.0.",
    "IP addresses 192.168.1.64 to 192.168.1.80 are used by the cameras.",
    "Q1. How many cameras? A1. 212 (of which 31 are redeployable).",
    "The Council's CCTV Code of Practice (version 3, May 2023) applies.",
    "Please see https://www.anytown.gov.uk/cctv for the map of 48 cameras.",
    "We spent 12,000 pounds on 24 Avigilon H5A cameras in 2022/23.",
    "Sony and Panasonic cameras were replaced by Axis in 2020.",
    "Hanwha Techwin (formerly Samsung Techwin) supplied the XNV-6080R domes.",
)


#: repeated text an attacker may send, as (unit, times, tail): tests run each once, benchmarks/redaction.py
#: measures how the time grows with the number of times
HOSTILE = [
    ("Regards\n", 2000, ""),
    ("Officer ", 3000, ""),
    ("Information Governance Officer ", 1000, ""),
    ("a@", 5000, ""),
    ("0 ", 5000, ""),
    ("a.", 5000, "@x"),
    ("x at y dot ", 2000, ""),
    ("ap ", 5000, "Jones"),
    ("Dear Ms ", 2000, ""),
    ("12 High Street ", 2000, ""),
]
