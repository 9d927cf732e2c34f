from scan import render
from common import out, write_request, add_label

NN = "19"
write_request(NN, """
To NHS Strathallan

Freedom of Information (Scotland) Act request

For every hospital, health centre and clinic in the Board area please provide:
1. the number of CCTV cameras;
2. the make and model of each camera and recorder;
3. whether any are made by Hikvision or Dahua;
4. the date each camera was installed and its purchase cost;
5. all invoices for CCTV maintenance from 2014 to date.

Yours faithfully,
Kirsty Dalgleish
""")

lines = [
    "**NHS Strathallan",
    "Corporate Records & Information Governance",
    "Carse House, Stirlingmuir Road, Dunallan FK8 4RP",
    "",
    "Ms K Dalgleish                                 Date: 19 August 2024",
    "                                               Our Ref: FOI-SA-24-0719",
    "                                               Enquiries to: Euan McAllister",
    "                                               Direct line: 01786 960 318",
    "",
    "Dear Ms Dalgleish",
    "",
    "**FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUEST FOR INFORMATION",
    "",
    "I refer to your request received on 22 July 2024 in which you asked for information about CCTV at every "
    "hospital, health centre and clinic in the Board area (five questions).",
    "",
    "NHS Strathallan operates from over 90 premises. CCTV at these sites has been installed over many years "
    "under separate local arrangements, capital projects and PFI/hub contracts, and there is no central asset "
    "register. To answer your request we would need to contact each site and estates team, inspect equipment "
    "on site and search paper and electronic finance records back to 2014. We estimate this would take in "
    "excess of 120 hours.",
    "",
    "Section 12(1) of FOISA provides that a Scottish public authority is not obliged to comply with a request "
    "where the cost of doing so would exceed the prescribed amount, currently £600. As the estimated cost of "
    "complying with your request would greatly exceed this amount, the Board is not obliged to comply with "
    "it and I am therefore unable to provide the information requested.",
    "",
    "In line with our duty under section 15 of FOISA to provide advice and assistance, you may wish to "
    "consider narrowing your request, for example to a single hospital, or to question 3 only for our three "
    "acute sites. Please be aware that a refined request would be treated as a new request.",
    "<<PAGE>>",
    "**Your right to request a review",
    "",
    "If you are dissatisfied with this response you may ask NHS Strathallan to review it. Your request should "
    "be made in writing within 40 working days of receiving this letter and sent to the Head of Information "
    "Governance at the address above or to sa.foi@nhs.scot.",
    "",
    "If you remain dissatisfied after the review, you can apply to the Scottish Information Commissioner for "
    "a decision. You can apply online at www.foi.scot/appeal or write to the Scottish Information "
    "Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS.",
    "",
    "Yours sincerely",
    "",
    "",
    "Euan McAllister",
    "Information Governance Officer",
]
render(lines, out(f"{NN}-reply.pdf"), seed=19, size=28, family="sans", angle=-0.9, wrap=84)

add_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "pdf-scanned",
           "body_type": "nhs", "law": "foisa", "hikvision": "unknown", "dahua": "unknown",
           "outcome": "refused", "exemptions": ["s12"], "camera_count": None,
           "note": "two-page scanned image-only letter; FOISA s12 cost refusal of whole request; s15 advice is not an exemption; '90 premises' and '120 hours' are not counts"})
