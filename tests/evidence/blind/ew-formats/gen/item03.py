from common import write_request, add_label, out
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NN = "03"
write_request(NN, """
Dear Mercia Downs Constabulary,

I am making a request under the Freedom of Information Act.

Question 1: How many CCTV cameras are installed at police premises in your force area (stations, custody suites, offices, vehicle yards)?
Question 2: How many of these cameras are manufactured by Hikvision or Dahua?
Question 3: Please list the police premises where these cameras are located.
Question 4: Does the force have a policy or plan to remove surveillance equipment made by Chinese state-linked companies? If so please provide a copy.

Yours faithfully,

Owen Tregarthen
""")

d = Document()
st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
for s in d.sections:
    s.left_margin = s.right_margin = Cm(2.2)
h = d.sections[0].header.paragraphs[0]
h.text = "OFFICIAL"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = d.add_paragraph(); r = p.add_run("MERCIA DOWNS CONSTABULARY"); r.bold = True; r.font.size = Pt(14)
d.add_paragraph("Information Rights Unit\nForce Headquarters, Ridgeway\nCaldbury  CB7 0NN")
d.add_paragraph("Freedom of Information Request Reference No: 004417/24\nDate: 19 June 2024")
d.add_paragraph("Dear Mr Tregarthen,")
d.add_paragraph("I write in connection with your request for information which was received by Mercia Downs "
                "Constabulary on 21 May 2024. I note you seek access to the following information, which is "
                "reproduced in the table below together with the force's response.")
d.add_paragraph("Following receipt of your request, searches were conducted within the Estates and Facilities "
                "Department and the Information Management Department of Mercia Downs Constabulary.")

t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
t.rows[0].cells[0].text = "Request"; t.rows[0].cells[1].text = "Response"
for c in t.rows[0].cells:
    c.paragraphs[0].runs[0].bold = True

qa = [
    ("1. How many CCTV cameras are installed at police premises in your force area (stations, custody "
     "suites, offices, vehicle yards)?",
     ["Estates and Facilities maintain an asset list of fixed CCTV equipment for the police estate.",
      "As at 1 May 2024 there were approximately 1,360 fixed CCTV cameras installed across the force "
      "estate. This includes custody suites, front enquiry offices, vehicle yards, car parks and perimeter "
      "cameras.",
      "Please note this figure does not include body worn video, ANPR cameras or in-vehicle cameras, which "
      "are managed as separate systems and fall outside the scope of your request.",
      "The figure changes regularly as premises are opened, closed or refurbished."]),
    ("2. How many of these cameras are manufactured by Hikvision or Dahua?",
     ["Mercia Downs Constabulary neither confirms nor denies that it holds any further information relevant "
      "to this part of your request by virtue of the following exemptions:",
      "Section 24(2) National Security\nSection 31(3) Law Enforcement",
      "Please see the reasons for this decision set out after this table.",
      "This should not be taken as an indication that information relevant to this question is, or is not, "
      "held by the force."]),
    ("3. Please list the police premises where these cameras are located.",
     ["The force does hold information relevant to this part of your request, however it is exempt by virtue "
      "of section 24(1) (National Security) and section 31(1)(a)(b) (Law Enforcement).",
      "A list of police stations with front counter opening hours is published on the force website. This "
      "does not indicate the presence, number or position of CCTV cameras at those premises."]),
    ("4. Does the force have a policy or plan to remove surveillance equipment made by Chinese state-linked "
     "companies? If so please provide a copy.",
     ["There is no standalone force policy on this subject.",
      "The force has regard to the Cabinet Office statement of 24 November 2022 concerning surveillance "
      "equipment on sensitive government sites, and to guidance issued by the Home Office and the National "
      "Police Chiefs' Council. Security requirements are included in all new procurements for CCTV "
      "equipment.",
      "No information is held in the form of a removal plan."]),
]
for q, paras in qa:
    row = t.add_row().cells
    row[0].text = q
    row[1].text = paras[0]
    for para in paras[1:]:
        row[1].add_paragraph(para)
for row in t.rows:
    row.cells[0].width = Cm(6.5); row.cells[1].width = Cm(10.5)

d.add_paragraph()
p = d.add_paragraph(); p.add_run("Reasons for decision").bold = True
d.add_paragraph("Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to "
                "evidence the harm in confirming or denying that information is held, and in disclosure, and to "
                "consider the public interest.")
d.add_paragraph("Harm: Confirming or denying whether the force uses equipment from particular manufacturers "
                "would, when combined with responses from other forces, allow a picture to be built of the "
                "security infrastructure of police premises across the country. Individuals intent on "
                "committing crime or on hostile reconnaissance could use this to identify vulnerabilities in "
                "particular systems. Disclosure of the location of cameras would show which areas of police "
                "premises are, or are not, covered.")
d.add_paragraph("Factors favouring confirmation or denial and disclosure: There is a public interest in "
                "transparency and in knowing that public money is spent appropriately and that police premises "
                "are secure. There has been public debate about the use of equipment from certain suppliers.")
d.add_paragraph("Factors against: The security of the police estate is of paramount importance and the force "
                "will not disclose information which would undermine it. Any information which assists those "
                "intent on disrupting policing would put the public and officers at risk.")
d.add_paragraph("Balance test: After weighing up the competing interests I have determined that, at this time, "
                "the balance lies in favour of neither confirming nor denying whether any further information is "
                "held in relation to question 2 and in withholding the information requested at question 3.")
d.add_paragraph("This letter therefore serves as a Refusal Notice under section 17 of the Freedom of "
                "Information Act 2000 in respect of questions 2 and 3.")
p = d.add_paragraph(); p.add_run("Complaint Rights").bold = True
d.add_paragraph("Your attention is drawn to the attached sheet which details your right of complaint. If you "
                "are not satisfied you may, within 40 working days, request an internal review by writing to the "
                "Information Rights Unit at the address above or at foi@merciadowns.police.uk. If you remain "
                "dissatisfied you may apply to the Information Commissioner.")
d.add_paragraph("Yours sincerely,\n\n\nKaren Mulholland\nDisclosure Officer\nInformation Rights Unit")
d.save(out(f"{NN}-reply.docx"))
add_label(NN, "docx", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 1360,
          "Word Q&A table whose answer cells hold several paragraphs: 'approximately 1,360' cameras disclosed, "
          "makers NCND under s24(2)/s31(3) and locations withheld under s24(1)/s31(1); refusal notice wording "
          "may look like a full refusal.")
