"""03: police force, .docx letter, questions in bold with answers beneath; makes withheld s24/s31."""
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *

NN = "03"
write_request(NN, """
To: Freedom of Information Unit, Northmoor Police

Dear Sir/Madam,

Please treat this as a request under the Freedom of Information Act 2000.

Q1. How many CCTV cameras does the force operate at police stations, custody suites and other force premises?
Q2. How many of these cameras are manufactured by Hikvision?
Q3. How many are manufactured by Dahua?
Q4. Is facial recognition software used with any of these cameras?
Q5. How much did the force spend on CCTV maintenance in the 2023/24 financial year?

Regards,
Tom Haskins
""")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Mm(22)


def para(text="", bold=False, align=None, size=None, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


para("NORTHMOOR POLICE", bold=True, size=16)
para("Information Management Unit | Force Headquarters | Carr Lane | Northmoor | NM1 7QT", size=8.5)
para("OFFICIAL", bold=True, align="right", size=9)
para("Reference No: 2024/FOI/01877", align="right")
para("Date: 04/11/2024", align="right")
para("Dear Mr Haskins,")
para("I write in connection with your request for information received by Northmoor Police on 8 October 2024. "
     "I note you seek access to the following information:")
para("Q1. How many CCTV cameras does the force operate at police stations, custody suites and other force premises?", bold=True)
para("The force has approximately 450 CCTV cameras across its estate. This figure includes the cameras within our "
     "four custody suites.")
para("Q2. How many of these cameras are manufactured by Hikvision?", bold=True)
para("Q3. How many are manufactured by Dahua?", bold=True)
para("This information is exempt by virtue of Section 24(1) National Security and Section 31(1)(a)(b) Law "
     "Enforcement. Please see the explanation below.")
para("Q4. Is facial recognition software used with any of these cameras?", bold=True)
para("No.")
para("Q5. How much did the force spend on CCTV maintenance in the 2023/24 financial year?", bold=True)
para("£163,912.40 (excluding VAT). This covers the estate CCTV maintenance contract and reactive call-outs.")

para("Reasons for decision", bold=True)
para("Section 17 of the Freedom of Information Act 2000 requires Northmoor Police, when refusing to provide "
     "information by way of an exemption, to provide you with a notice which states the fact, specifies the "
     "exemption in question and states why the exemption applies.")
para("Section 24(1) and Section 31(1)(a)(b) are prejudice based, qualified exemptions and there is a requirement "
     "to articulate the harm and to consider the public interest.")
para("Harm", bold=True)
para("Disclosing the manufacturers of equipment installed within police buildings, and in particular within "
     "custody suites, would allow individuals intent on criminal activity or on compromising force systems to "
     "research known vulnerabilities of that equipment. When taken together with information already in the "
     "public domain (the mosaic effect) this could undermine the security of the police estate and the "
     "prevention and detection of crime.")
para("Public interest considerations", bold=True)
para("Factors favouring disclosure - Section 24: there is a public interest in knowing that public money is spent "
     "on equipment that is secure and that the force has taken note of Government guidance on surveillance "
     "equipment. Section 31: disclosure would promote transparency and accountability.")
para("Factors favouring non-disclosure - Section 24: the security of the force's networks is of paramount "
     "importance and the force will not disclose information that could assist a hostile actor. Section 31: "
     "disclosure would assist those wishing to evade detection or to interfere with evidence gathering.")
para("Balance test", bold=True)
para("Having weighed the arguments, the force has concluded that the public interest favours withholding the "
     "manufacturer details at this time.")
para("No inference can be taken from this refusal that the equipment referred to does or does not exist.",
     italic=True)
para("Complaint rights", bold=True)
para("Your attention is drawn to the attached sheet which details your right of complaint. If you are "
     "dissatisfied you may request an internal review within 40 working days. If you remain dissatisfied you "
     "may apply to the Information Commissioner's Office.")
para("Yours sincerely,")
para("")
para("S. Verity")
para("Disclosure Officer, Information Management Unit")
doc.save(ROOT / f"{NN}-reply.docx")

add_label(path=f"{NN}-reply.docx", request_file=f"{NN}-request.txt", format="docx",
          body_type="police", law="foia", hikvision="unknown", dahua="unknown",
          outcome="partially_answered", exemptions=["s24", "s31"], camera_count=450,
          note="Approximate count given but both maker questions withheld under s24/s31 with a 'no inference' line; Q4 'No' is about facial recognition, not makers.")
