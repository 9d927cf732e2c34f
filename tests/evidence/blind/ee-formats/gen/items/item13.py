import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

N = 13
write_text(f"{N:02d}-request.txt", """
Dear Hallamvale Metropolitan Borough Council,

I'm asking about the cameras the council uses to catch fly-tippers (re-deployable / covert cameras), not the town centre CCTV.

1. How many re-deployable cameras does the council have for fly-tipping enforcement?
2. Who manufactures them? Are any made by Hikvision or Dahua?
3. Where have they been deployed in the last 12 months?
4. How many fixed penalty notices or prosecutions for fly-tipping have resulted from camera evidence in 2023/24?

Thanks,
Bronwen Achterberg
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.5)
hp = sec.header.paragraphs[0]
hp.text = "Hallamvale Metropolitan Borough Council\tLegal and Governance\tInformation Management"
sec.footer.paragraphs[0].text = "Hallamvale MBC, Town Hall, Church Street, Hallamvale HV1 1AA   www.hallamvale.gov.invalid"

def p(t="", b=False, i=False, al=None, indent=None):
    para = doc.add_paragraph()
    r = para.add_run(t); r.bold = b; r.italic = i
    if al: para.alignment = al
    if indent: para.paragraph_format.left_indent = Cm(indent)
    return para

p("Date: 30 October 2024\nRef: EIR-HV-24-3318\nEmail: information.requests@hallamvale.gov.invalid", al=WD_ALIGN_PARAGRAPH.RIGHT)
p("Dear Ms Achterberg")
p("Environmental Information Regulations 2004 – Request for Information", b=True)
p("Thank you for your request for information dated 3 October 2024. Your request has been considered under the Environmental "
  "Information Regulations 2004 (EIR) as the information relates to measures affecting the state of the land (waste and fly-tipping). "
  "Our response is set out below.")
p("1. How many re-deployable cameras does the council have for fly-tipping enforcement?", b=True)
p("The Council's Environmental Enforcement Team has fourteen re-deployable camera units.", indent=0.6)
p("2. Who manufactures them? Are any made by Hikvision or Dahua?", b=True)
p("The units were purchased in 2021 from Xtract Evidence Systems Ltd, who also provide the mobile data connection and remote "
  "viewing software. Each unit is built around a Hikvision PTZ camera (model DS-2DE4A425IWG-E) housed in a weatherproof "
  "enclosure with its own battery and 4G router.", indent=0.6)
p("3. Where have they been deployed in the last 12 months?", b=True)
p("The Council holds this information; however, it is being withheld under regulation 12(5)(b) of the EIR (the course of justice "
  "and the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature).", indent=0.6)
p("The cameras are deployed covertly, on an intelligence-led basis, at locations where fly-tipping is known to occur. Disclosing where "
  "cameras have been placed would allow offenders to identify which sites have been, or are likely to be, monitored and to "
  "displace their activities accordingly. It would also prejudice ongoing investigations and prosecutions where camera evidence "
  "has been obtained.", indent=0.6)
p("In considering the public interest, the Council has taken into account the presumption in favour of disclosure at regulation "
  "12(2) and the public interest in understanding how the Council tackles fly-tipping. However, the Council considers that the "
  "public interest in maintaining the exception outweighs the public interest in disclosure in all the circumstances of the case.",
  indent=0.6)
p("4. How many fixed penalty notices or prosecutions for fly-tipping have resulted from camera evidence in 2023/24?", b=True)
p("In 2023/24, 61 fixed penalty notices were issued and 7 prosecutions were brought where evidence from the re-deployable cameras "
  "was used.", indent=0.6)
p("This letter constitutes a refusal notice under regulation 14 of the EIR in respect of part 3 of your request.")
p("Right of review", b=True)
p("If you are unhappy with the way the Council has handled your request, you may ask for an internal review (reconsideration) "
  "under regulation 11 of the EIR. Please write to the Information Management Team at the address above within 40 working days. "
  "If you are still dissatisfied you may contact the Information Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire "
  "SK9 5AF (www.ico.org.uk).")
p("Yours sincerely")
p("\nGraham Sutcliffe-Obi\nInformation Management Officer")
doc.save(out(f"{N:02d}-reply.docx"))

label(N, "docx", "docx", "council", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(b)"], 14,
      "EIR letter; count in words ('fourteen'); named supplier is not the maker, the Hikvision camera inside each unit is; locations withheld 12(5)(b)")
