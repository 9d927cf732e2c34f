from lib import write_odt
EXT = "odt"
REQUEST = """
Dear Ceredigion County Council,

I am writing to make a request under the Freedom of Information Act.

1) How many public space CCTV cameras does the Council operate?
2) Are any of your cameras manufactured by Hikvision or Dahua?
3) Please list the manufacturers of the cameras in use.
4) Has the Council carried out any assessment of the security risk of cameras made by Chinese state-linked companies, following the government's announcement in November 2022?

Yours faithfully,

Gwen Pritchard
"""
LABEL = dict(body_type="welsh_council", law="foia", hikvision="unknown", dahua="unknown", outcome="partially_answered",
             exemptions=["s24", "s31"], camera_count=112,
             note="bare 'Yes' to a question naming both makers together while the manufacturer list is withheld under s24/s31, so neither maker is known")

def build(path):
    b = [
        ("title", "Cyngor Sir Ceredigion / Ceredigion County Council"),
        ("p", "Canolfan Rheidol, Rhodfa Padarn, Llanbadarn Fawr, Aberystwyth SY23 3UE"),
        ("gap",),
        ("p", "Cais Rhyddid Gwybodaeth / Freedom of Information Request\nCyf / Ref: CCC-RhG-2024-0419\nDyddiad / Date: 21/06/2024"),
        ("p", "Dear Ms Pritchard,"),
        ("p", "Thank you for your request for information, received on 24 May 2024, which has been dealt with under the Freedom of Information Act 2000. The Council's response is set out below. Mae'r ymateb hwn ar gael yn Gymraeg ar gais / This response is available in Welsh on request."),
        ("table", [["Your question", "Council response"],
                   ["1) How many public space CCTV cameras does the Council operate?",
                    "The Council operates 112 public space CCTV cameras across Aberystwyth, Aberteifi/Cardigan, Llanbedr Pont Steffan/Lampeter and Aberaeron."],
                   ["2) Are any of your cameras manufactured by Hikvision or Dahua?", "Yes."],
                   ["3) Please list the manufacturers of the cameras in use.",
                    "This information is withheld under section 24(1) (national security) and section 31(1)(a) (prevention or detection of crime) of the Act. Please see the explanation below."],
                   ["4) Has the Council carried out any assessment of the security risk...?",
                    "The Council's ICT Security team reviewed the CCTV network arrangements in 2023. The public space CCTV system operates on a network that is segregated from the Council's corporate network and has no direct internet connection."]]),
        ("h", "Section 24(1) and section 31(1)(a)"),
        ("p", "Disclosing the make of the equipment at specific locations, when combined with other information already in the public domain, would allow individuals intent on criminal activity to identify the capability of the system and any known vulnerabilities of particular products. This would be likely to prejudice the prevention and detection of crime, and the information is also required to be withheld for the purpose of safeguarding national security."),
        ("p", "Both exemptions are qualified and subject to the public interest test. The Council recognises the public interest in transparency about the procurement of surveillance equipment and about the matters raised by the Government's 2022 statement. However, the Council considers that this is met by the confirmation given at question 2 and by the information given at question 4. The public interest in maintaining the effectiveness of a system used by Dyfed-Powys Police to detect and prevent crime outweighs the public interest in disclosure of a product list."),
        ("p", "This letter therefore acts as a refusal notice under section 17 of the Act in respect of question 3."),
        ("h", "Your right to complain"),
        ("p", "If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Corporate Lead Officer – Legal and Governance at the address above or to rhyddidgwybodaeth@ceredigion.gov.uk. If you remain dissatisfied following the internal review you may apply to the Information Commissioner, Information Commissioner's Office – Wales, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH. Tel: 0330 414 6421."),
        ("p", "Yn gywir / Yours sincerely,"),
        ("p", "Rhodri Llewelyn\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer"),
    ]
    write_odt(path, b)
