from common import write_request, add_label, out
from pdfletter import *

NN = "02"
write_request(NN, """
To: Freedom of Information Office, Ashcombe and Weald University Hospitals NHS Foundation Trust

Please provide under FOIA:

Q1 The number of CCTV cameras installed at each of the Trust's hospital and community sites.
Q2 The manufacturer(s) of the cameras at each site.
Q3 Is any of the Trust's CCTV equipment (cameras or recorders) supplied by Hikvision or Dahua?
Q4 The name of the company that maintains the CCTV system.

Regards
Priya Ramsden
""")

sites = [
    # site, internal, external, manufacturer, recorder
    ("Ashcombe General Hospital &ndash; Main Block incl. Emergency Department", 96, 38,
     "Axis, Hanwha (Wisenet)", "Milestone XProtect servers"),
    ("Ashcombe General Hospital &ndash; Maternity and Neonatal Unit", 22, 6, "Axis", "Milestone XProtect servers"),
    ("Ashcombe General Hospital &ndash; multi-storey car park", 0, 31, "Hanwha (Wisenet)", "Milestone XProtect servers"),
    ("Weald Royal Infirmary &ndash; Tower Block", 71, 19, "Axis, Hikvision (6 units in goods yard)", "Milestone XProtect servers"),
    ("Weald Royal Infirmary &ndash; Outpatients &amp; Pathology", 18, 4, "Axis", "Milestone XProtect servers"),
    ("Weald Royal Infirmary &ndash; Estates compound and energy centre", 3, 9, "Hikvision", "Hikvision DS-7616NI-K2 NVR"),
    ("Kingsmead Community Hospital", 14, 7, "Hanwha (Wisenet)", "Hanwha Wisenet WRN-1632S"),
    ("Orchard House Mental Health Inpatient Unit", 29, 11, "Axis", "Milestone XProtect servers"),
    ("Saxby Lane Health Centre", 4, 2, "Hikvision", "Hikvision DS-7104NI-Q1"),
    ("Millbrook Renal Satellite Unit (leased premises)", 6, 2, "Axis", "Dahua DHI-NVR4108HS-4KS2"),
    ("Penhale Sexual Health Clinic", 3, 1, "Axis", "Axis Companion Recorder"),
    ("Weald Community Dental Service, Gatcombe Road", 2, 1, "Hanwha (Wisenet)", "Hanwha Wisenet QRN-410S"),
    ("Trust Headquarters, Lambert House", 12, 5, "Axis", "Milestone XProtect servers"),
    ("Central Stores and Distribution, Unit 4 Fennick Business Park", 8, 10, "Axis, Hanwha (Wisenet)", "Milestone XProtect servers"),
    ("Ashcombe Education Centre", 5, 2, "Axis", "Milestone XProtect servers"),
    ("Staff Residences, Hanbury Close", 0, 8, "Hanwha (Wisenet)", "Hanwha Wisenet XRN-820S"),
]
total = sum(s[1] + s[2] for s in sites)

story = [
    P("<b>Ashcombe and Weald University Hospitals</b><br/>NHS Foundation Trust", HEAD),
    P("Freedom of Information Office<br/>Lambert House, 2 Priory Road<br/>Ashcombe AC1 4QT<br/>foi.awuh@nhs.net"),
    P("Date: 3 October 2024<br/>Ref: FOI-24-0932"),
    P("Dear Ms Ramsden"),
    P("<b>Re: Freedom of Information request &ndash; CCTV</b>"),
    P("I am writing in response to your request for information under the Freedom of Information Act 2000, "
      "received by the Trust on 6 September 2024. Please accept our apologies for the delay in responding; "
      "the information had to be collated from a number of separate departments and site teams."),
    P("The Trust is required under Section 1(1) of the Act to confirm whether it holds the information you "
      "have requested and, if so, to communicate that information to you. I can confirm that the Trust holds "
      "the information and it is provided below."),
    P("<b>Q1 and Q2</b> &ndash; The number of cameras, the manufacturers and the recording equipment at each "
      "site are shown in the table below. Cameras are shown as internal or external. The figures are taken "
      "from the Security Team's asset list as at 30 September 2024."),
    P("<b>Q3</b> &ndash; Yes, please refer to the table."),
    P("<b>Q4</b> &ndash; The Trust's CCTV system is maintained under contract by Kestrel Fire &amp; Security "
      "Ltd. The system at the Millbrook Renal Satellite Unit was installed by the landlord before the Trust "
      "took the lease in 2021 and was transferred to the Trust; it has been maintained by Kestrel since April 2023."),
    P("Please note that community premises shared with other NHS organisations where CCTV is operated by "
      "NHS Property Services have not been included, as that information is not held by the Trust. You may "
      "wish to contact NHS Property Services directly."),
    Spacer(1, 6),
]
rows = [["Site", "Internal cameras", "External cameras", "Camera manufacturer(s)", "Recording equipment"]]
for s in sites:
    rows.append([s[0], str(s[1]), str(s[2]), s[3], s[4]])
story.append(grid_table(rows, [58, 18, 18, 38, 38], zebra=True))
story += [
    Spacer(1, 4),
    P("Brookfield Clinic (2 cameras) closed in March 2024 and is not shown.", SMALL),
    Spacer(1, 10),
    P("If you are dissatisfied with the response to your request you can ask for an internal review. Please "
      "write to the Head of Information Governance at the address above within 40 working days. If you remain "
      "dissatisfied following the review you may apply to the Information Commissioner's Office, Wycliffe "
      "House, Water Lane, Wilmslow, Cheshire SK9 5AF, www.ico.org.uk."),
    P("Most of the information that we provide in response to Freedom of Information Act 2000 requests will "
      "be subject to copyright protection. Any reuse must be in line with the Re-use of Public Sector "
      "Information Regulations 2015."),
    P("Yours sincerely"),
    Spacer(1, 10),
    P("Freedom of Information Office<br/>On behalf of Tomasz Wierzbicki, Head of Information Governance"),
]
build(out(f"{NN}-reply.pdf"), story, footer_text="Ashcombe and Weald University Hospitals NHS Foundation Trust | FOI-24-0932")
print("total", total)
add_label(NN, "pdf", "nhs", "foia", "yes", "yes", "answered", [], total,
          "Per-site table with internal/external columns runs over onto page 2 with no total row, so the count "
          "is the sum of both columns; Dahua appears only as a recorder at a leased site and Q3 is a bare "
          "'Yes, please refer to the table'.")
