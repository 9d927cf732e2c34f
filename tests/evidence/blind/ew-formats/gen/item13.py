from common import write_request, add_label, out
from docx import Document
from docx.shared import Pt
from email.message import EmailMessage
import io

NN = "13"
write_request(NN, """
To Carrow Valley University,

Under the FOIA I request the following information for every CCTV camera the university operates (including halls of residence, sports facilities and any leased buildings):

a) make and model
b) location (building and room/external position)
c) date of installation and purchase price
d) whether it is connected to any analytics or facial recognition software

I also request copies of all Data Protection Impact Assessments relating to CCTV, and all correspondence between the university and its CCTV suppliers or installers since 1 January 2015 that mentions Hikvision or Dahua.

Regards,
Ben Ashworth
""")

d = Document()
d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
p = d.add_paragraph(); r = p.add_run("CARROW VALLEY UNIVERSITY"); r.bold = True; r.font.size = Pt(15)
d.add_paragraph("Legal and Governance Services – Information Compliance\nThe Registry, Carrow Hill, Norbridge NB3 7UA")
d.add_paragraph("Our reference: IC/FOI/24-0677\nDate: 9 September 2024")
d.add_paragraph("Dear Mr Ashworth")
d.add_paragraph().add_run("Freedom of Information Act 2000 – Request for information about CCTV").bold = True
d.add_paragraph("Thank you for your request for information, received on 12 August 2024.")
d.add_paragraph("I am writing to inform you that the University is refusing your request under section 12(1) "
                "of the Freedom of Information Act 2000 (the Act), because we estimate that the cost of "
                "complying with it would exceed the appropriate limit. For public authorities other than central "
                "government this is £450, which equates to 18 hours of staff time at the rate of £25 per hour "
                "set by the Freedom of Information and Data Protection (Appropriate Limit and Fees) Regulations 2004.")
d.add_paragraph("The University does not hold a single central register of CCTV equipment. Cameras have been "
                "installed over many years by Estates, by individual faculties, by Residential Services and by "
                "Sport and Wellbeing, under separate contracts, and there are several hundred cameras across the "
                "estate. To establish the make, model, position, installation date and price of each camera would "
                "require a physical survey of each building together with a search of purchase ledger records "
                "going back more than ten years. In addition, locating and reviewing correspondence with suppliers "
                "and installers since 2015 would require searches of the mailboxes of at least 14 current and "
                "former members of staff. We estimate that the physical survey alone would take in excess of 60 hours.")
d.add_paragraph("Where section 12 applies to part of a request, the University is not obliged to comply with "
                "any other part of that request. We have therefore not gone on to consider whether any "
                "information would be exempt, for example under section 31 (law enforcement) or section 43 "
                "(commercial interests).")
d.add_paragraph().add_run("Advice and assistance").bold = True
d.add_paragraph("In accordance with our duty under section 16 of the Act, you may wish to consider submitting a "
                "narrower request. For example, a request limited to the cameras at our Residential Services "
                "sites, or for the CCTV DPIAs only, may be possible within the cost limit. Please note that we "
                "cannot guarantee that a refined request will fall within the limit, or that no exemption will apply.")
d.add_paragraph().add_run("Your rights").bold = True
d.add_paragraph("If you are dissatisfied with the handling of your request, you may ask for an internal review "
                "within 40 working days by writing to foi@carrowvalley.ac.uk. If you remain dissatisfied you can "
                "complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
d.add_paragraph("Yours sincerely\n\nRuth Amponsah\nInformation Compliance Manager")
buf = io.BytesIO(); d.save(buf)

m = EmailMessage()
m["From"] = "Information Compliance <foi@carrowvalley.ac.uk>"
m["To"] = "ben.ashworth.requests@example.org"
m["Date"] = "Mon, 09 Sep 2024 12:05:44 +0100"
m["Subject"] = "Your FOI request IC/FOI/24-0677"
m["Message-ID"] = "<LO4P265MB3317C0FFEE@carrowvalley.ac.uk>"
m.set_content("Dear Mr Ashworth\n\nPlease find attached the University's response to your Freedom of Information "
              "request.\n\nKind regards\n\nInformation Compliance Team\nCarrow Valley University\n")
m.add_alternative("<html><body><p>Dear Mr Ashworth</p><p>Please find attached the University's response to your "
                  "Freedom of Information request.</p><p>Kind regards</p><p><b>Information Compliance Team</b><br>"
                  "Carrow Valley University</p></body></html>", subtype="html")
m.add_attachment(buf.getvalue(), maintype="application",
                 subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                 filename="IC-FOI-24-0677 response.docx")
with open(out(f"{NN}-reply.eml"), "wb") as f:
    f.write(bytes(m))
add_label(NN, "eml", "university", "foia", "unknown", "unknown", "refused", ["s12"], None,
          "Body only says 'please find attached' (plain and HTML parts); the .docx attachment refuses the whole "
          "request under s12, with s31/s43 named only as not considered and 'several hundred cameras' given no figure.")
