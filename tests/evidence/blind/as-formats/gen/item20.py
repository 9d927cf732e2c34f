from common import *
NN = "20"
write_request(NN, """
FOI request

1. Does the museum group use any surveillance cameras made by Hikvision, Dahua or Uniview?
2. How many CCTV cameras are there in total across your museums?
3. When was your CCTV data protection impact assessment last reviewed?
4. Who installed the system?

Best wishes,
Hannah Stroud
""")

def build(d):
    d.add_paragraph("National Museums North East").runs[0].bold = True
    d.add_paragraph("Discovery House, Blandford Square, Newcastle upon Tyne NE1 4JA")
    d.add_paragraph("FOI 2025/019")
    d.add_paragraph("Dear Ms Stroud,")
    d.add_paragraph("Thank you for your request of 6 January. Our answers:")
    for line in ["1. The brands mentioned in part 1 are not used.",
                 "2. 134",
                 "3. We do not hold a DPIA specifically for CCTV. CCTV is covered by the Visitor Data Privacy Notice.",
                 "4. Securitas Technology"]:
        d.add_paragraph(line)
    d.add_paragraph("If you are dissatisfied you can request a review by replying to this email. You can also "
                    "contact the ICO at ico.org.uk.")
    d.add_paragraph("Regards,\nTom Ilderton\nGovernance Officer")

open(path(f"{NN}-reply.docx"), "wb").write(docx_bytes(build))
add_label(NN, "docx", "other", "foia", "no", "no", "answered", [], 134,
          "terse numbered answers readable only with the request; 'brands mentioned in part 1' denies both makers; bare count '134'; says no CCTV-specific DPIA exists")
