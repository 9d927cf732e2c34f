from common import *
NN = "08"
write_request(NN, """
Dear Cyngor Sir Gaerfyrddin / Carmarthenshire County Council FOI team,

Q1 How many public space CCTV cameras does the council operate?
Q2 How many are made by Hikvision?
Q3 How many are made by Dahua?
Q4 What is the annual maintenance cost?

Diolch,
Gethin Rowlands
""")

def build(d):
    p = d.add_paragraph("Cyngor Bro Tywi\nTywi Vale County Council"); p.runs[0].bold = True
    d.add_paragraph("Neuadd y Sir, Heol Spilman, Caerfyrddin SA31 1JP / County Hall, Spilman Street, Carmarthen SA31 1JP")
    d.add_paragraph("Gofynnwch am / Please ask for: Siân Pugh\nEin Cyf / Our Ref: FOI-7720\nDyddiad / Date: 03/10/2023")
    d.add_paragraph("Annwyl / Dear Mr Rowlands,")
    d.add_paragraph("Thank you for your request for information dated 7 September 2023, which has been dealt with "
                    "under the Freedom of Information Act 2000. I am able to respond as follows.")
    d.add_paragraph("The Council's public space CCTV scheme comprises one hundred and eight fixed cameras and "
                    "fourteen re-deployable cameras, all monitored from the control room in Llanelli. The annual "
                    "maintenance contract for 2023/24 is valued at £41,280 excluding VAT.")
    d.add_paragraph("In relation to questions 2 and 3, the Council considers that this information is exempt from "
                    "disclosure under section 31(1)(a) and (b) of the Act (prevention or detection of crime; "
                    "apprehension or prosecution of offenders). Identifying the make, and therefore the known "
                    "vulnerabilities, of equipment in a public space scheme would assist a person wishing to "
                    "disable or circumvent the cameras. We also considered whether section 24 (national security) "
                    "was engaged but have not relied upon it. Having weighed the public interest in transparency "
                    "about the procurement of surveillance equipment against the public interest in maintaining an "
                    "effective crime prevention scheme, we have concluded that the balance lies in withholding the "
                    "information.")
    d.add_paragraph("This letter is available in Welsh on request. Mae'r llythyr hwn ar gael yn Gymraeg.")
    d.add_paragraph("If you are dissatisfied with the way in which your request has been handled you may request "
                    "an internal review within 40 working days. Following that you may refer the matter to the "
                    "Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
    d.add_paragraph("Yn gywir / Yours sincerely,\n\nSiân Pugh\nSwyddog Rhyddid Gwybodaeth / Freedom of Information Officer")

open(path(f"{NN}-reply.docx"), "wb").write(docx_bytes(build))
add_label(NN, "docx", "welsh_council", "foia", "unknown", "unknown", "partially_answered", ["s31"], 122,
          "bilingual prose; count in words in two parts; makers withheld under s31 while s24 only considered")
