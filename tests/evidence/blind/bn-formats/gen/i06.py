from common import *
from docx import Document
from docx.shared import Pt

NN = "06"
write_request(NN, """
Question 1: How many CCTV cameras does Conwy County Borough Council operate (public space and council buildings)?
Question 2: Are any of them made by Hikvision? If so how many?
Question 3: Please list all other manufacturers.
Question 4: Are any made by Dahua?
Question 5: Please provide the location of each camera.
""")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
p = doc.add_paragraph(); r = p.add_run("Cyngor Bwrdeistref Sirol Conwy\nConwy County Borough Council"); r.bold = True
doc.add_paragraph("Swyddfa Rhyddid Gwybodaeth / Freedom of Information Office\nBlwch Post / PO Box 1, Conwy LL30 9GN\n"
                  "rhg.foi@conwy.gov.uk")
doc.add_paragraph("Cyf / Ref: FOI 8817\nDyddiad / Date: 27/11/2023")
doc.add_paragraph("Annwyl / Dear Sir or Madam,")
doc.add_paragraph("Thank you for your request for information which was received on 31/10/2023. Your request has been "
                  "considered under the Freedom of Information Act 2000. We welcome correspondence in Welsh and English.")
doc.add_paragraph("Your questions are set out below in bold, followed by our response.")

qa = [
 ("Question 1: How many CCTV cameras does Conwy County Borough Council operate (public space and council buildings)?",
  "The Council's public space CCTV system has 43 cameras covering Llandudno, Colwyn Bay, Abergele and Conwy town. "
  "There are a further 27 cameras located at Council buildings and depots."),
 ("Question 2: Are any of them made by Hikvision? If so how many?",
  "Yes – 12. These are all at Council buildings (Coed Pella offices and the Mochdre depot)."),
 ("Question 3: Please list all other manufacturers.",
  "Public space cameras: Vicon. Remaining building cameras: Vicon and Hanwha."),
 ("Question 4: Are any made by Dahua?",
  "No, please see answers to questions 2 and 3."),
 ("Question 5: Please provide the location of each camera.",
  "The locations of the public space cameras are published on the Council's website and this information is therefore "
  "exempt under section 21 of the Freedom of Information Act 2000 (information reasonably accessible by other means): "
  "www.conwy.gov.uk/cctv. The locations of cameras at Council buildings are withheld under section 31(1)(a) (law "
  "enforcement), as disclosure would reveal gaps in coverage at sites where cash, vehicles and equipment are held. We "
  "consider the public interest in maintaining the exemption outweighs the public interest in disclosure."),
]
for q, a in qa:
    p = doc.add_paragraph(); p.add_run(q).bold = True
    doc.add_paragraph(a)
doc.add_paragraph("Mae gennych hawl i ofyn am adolygiad mewnol. / You have the right to request an internal review of this "
                  "decision. Please write to the FOI Office within 40 working days. If you remain dissatisfied you may "
                  "complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff "
                  "CF10 2HH.")
doc.add_paragraph("Yn gywir / Yours faithfully\n\nSioned Pritchard\nSwyddog Rhyddid Gwybodaeth / Freedom of Information Officer")
doc.save(out(f"{NN}-reply.docx"))
add_label(NN, "docx", "welsh_council", "foia", "yes", "no", "partially_answered", ["s21", "s31"], 70,
          "Bilingual letter with questions in bold and answers below; count split 43 + 27 with no total; Dahua 'No, see answers 2 and 3'; s21 for published locations plus s31.")
