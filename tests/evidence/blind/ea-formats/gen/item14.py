from common import *

NN = "14"
req = """Dear Mid and West Wales Fire and Rescue Service,

Please provide the following for each of your fire stations and other premises:

(1) the number of CCTV cameras;
(2) the make and model of each camera and recorder;
(3) the date each system was installed;
(4) whether any of the equipment is manufactured by Hikvision or Dahua; and
(5) the cost of each system.

Yours faithfully,
Gethin Parry-Moss
"""
write_request(NN, req)

blocks = [
 ("Mid and West Wales Fire and Rescue Service", "hc"),
 ("Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru", "ic"),
 ("Service Headquarters, Lime Grove Avenue, Carmarthen SA31 1SP", "cs"),
 "",
 ("Our Ref: FOI-MAWW-2024-0219", "r"),
 ("Date: 16 April 2024", "r"),
 "",
 "Dear Mr Parry-Moss",
 ("Freedom of Information Act 2000 - Request for Information", "b"),
 "I refer to your request for information received on 19 March 2024, in which you asked for details of the CCTV "
 "systems at each of the Service's fire stations and other premises.",
 "Section 1(1) of the Freedom of Information Act 2000 states that any person making a request for information is "
 "entitled to be informed in writing whether the information is held and, if so, to have it communicated to them. "
 "However, section 12(1) provides that a public authority is not obliged to comply with a request where it estimates "
 "that the cost of complying would exceed the appropriate limit. For the Service, the appropriate limit is £450, "
 "which equates to 18 hours of work at the rate of £25 per hour.",
 "The Service operates 58 fire stations together with Service Headquarters, two training centres and a "
 "fleet workshop. CCTV at these premises has been procured locally over a number of years and there is no central "
 "asset register of CCTV equipment. To establish the number, make, model and installation date of the equipment "
 "at each site would require the records held at each station to be located and, in many cases, a physical "
 "inspection by a member of the Estates team. We estimate that this would take a minimum of 45 minutes per site, "
 "or 46.5 hours for the 62 premises, before any work is done to identify the cost of each system.",
 "I am therefore refusing your request under section 12 of the Act. Where section 12 applies to part of a request "
 "it applies to the whole request, and the Service is not required to provide the information that could be "
 "found within the limit.",
 ("Advice and assistance", "b"),
 "In accordance with our duty under section 16 of the Act, you may wish to consider narrowing your request, for "
 "example by asking for the information for a small number of named stations, or by limiting your request to "
 "question (4) for Service Headquarters only. Any refined request will be treated as a new request.",
 ("Your right to complain", "b"),
 "If you are dissatisfied with this response, you may request an internal review by writing to the Information "
 "Governance Manager at the address above or foi@mawwfire.gov.uk within 40 working days. If you remain "
 "dissatisfied, you may apply to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, "
 "Cardiff CF10 2HH.",
 ("Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.", "is"),
 "Yours sincerely",
 "",
 "Nerys Llewellyn-Harries",
 "Information Governance Officer",
]
out = ROOT / f"{NN}-reply.rtf"
write_rtf(out, blocks)
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="rtf", body_type="fire", law="foia",
    hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s12"], camera_count=None,
    note="Whole request refused on cost (s12); many distractor numbers (58 stations, 62 premises, 18 hours, £450) but no camera count; s16 advice is not an exemption.")
