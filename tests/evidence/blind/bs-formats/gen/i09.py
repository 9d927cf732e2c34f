from common import *
from reportlab.lib.units import mm
nn = "09"
request(nn, """
Dear Sherwood Forest Hospitals NHS Foundation Trust,

1. How many CCTV cameras do you have at each hospital site?
2. What is the make and model of each camera?
3. Do you have any cameras made by Hikvision or Dahua?
4. Who monitors the CCTV?
5. Where is the CCTV footage stored and for how long?

Thank you,
Luke Paterson
""")
blocks = [
 ("p", "Our ref: FOI 2324/0988<br/>Date: 2 February 2024"),
 ("p", "Dear Mr Paterson"),
 ("h", "Freedom of Information Act 2000 – Request for Information"),
 ("p", "We are writing in response to your request for information received on 5 January 2024. Please find the Trust's response below."),
 ("h", "1. How many CCTV cameras do you have at each hospital site?"),
 ("table", [["Site", "Internal", "External", "Total"],
            ["King's Mill Hospital", "141", "62", "203"],
            ["Newark Hospital", "38", "21", "59"],
            ["Mansfield Community Hospital", "19", "11", "30"],
            ["Total", "198", "94", "292"]], [80*mm, 28*mm, 28*mm, 28*mm], 1,
   [("FONTNAME", (0,4), (-1,4), "Helvetica-Bold")]),
 ("h", "2. What is the make and model of each camera?"),
 ("h", "3. Do you have any cameras made by Hikvision or Dahua?"),
 ("p", "The Trust holds this information but it is withheld under sections 31(1)(a) (prevention or detection of crime) and 38(1)(b) (health and safety) of the Act. Hospitals are open sites with vulnerable patients, controlled drugs and secure mental health areas. Releasing the make and model of cameras would allow an individual to research known weaknesses of specific equipment and target those weaknesses, prejudicing the prevention of crime and endangering the safety of patients and staff. The Trust has considered the public interest in openness about the procurement of surveillance equipment, including the current public debate about certain manufacturers, but considers that the public interest in maintaining the exemptions outweighs that in disclosure."),
 ("h", "4. Who monitors the CCTV?"),
 ("p", "CCTV is monitored by the Trust's in-house Security team from the security control room at King's Mill Hospital."),
 ("h", "5. Where is the CCTV footage stored and for how long?"),
 ("p", "Footage is stored on Trust servers on site and is retained for 31 days unless required for an investigation."),
 ("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Requests should be made within 40 working days to sfh-tr.foi@nhs.example.net. If you remain dissatisfied you may apply to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."),
 ("p", "Yours sincerely<br/><br/>Information Governance Team<br/>Sherwood Forest Hospitals NHS Foundation Trust"),
]
pdf_doc(outpath(nn, "pdf"), ("Sherwood Forest Hospitals NHS Foundation Trust",
        ["King's Mill Hospital", "Mansfield Road, Sutton in Ashfield", "Nottinghamshire NG17 4JL", "Tel: 01623 000 412"]), blocks,
        footer="Chair: R. Halsey   Chief Executive: D. Obi")
label(nn, "pdf", "nhs", "foia", "unknown", "unknown", "partially_answered", ["s31", "s38"], 292,
      "ruled per-site table with total row; Q2 and Q3 headings share a single withholding paragraph under s31/s38")
