from common import out, add_label, render_page

lines = [("B", "Gwasanaeth Tân ac Achub Dyffryn a Mynydd"),
         ("B", "Vale and Mountain Fire and Rescue Service"),
         "Pencadlys / Headquarters, Heol Llanwern, Pontyderi CF38 4XE",
         "",
         "Eich cyf / Your ref:  –          Ein cyf / Our ref: FOI-23-208",
         "Dyddiad / Date: 16 August 2023",
         "",
         "Dear Mr Pritchard",
         "",
         ("B", "Request for Information – Freedom of Information Act 2000"),
         "",
         "I refer to your request for information dated 19 July 2023. The Service's response to each part of your request is given below.",
         "",
         "1.  There are approx. 140 CCTV cameras across the Service's 31 fire stations, Headquarters and the Joint Control Centre.",
         "",
         "2.  The Service holds this information but it is withheld. Section 24(1) (national security) and section 31(1)(a) "
         "(prevention or detection of crime) of the Act apply. Disclosing the location and field of view of each camera would "
         "reveal which parts of our premises, including the Joint Control Centre, are not covered, and would assist anyone "
         "seeking to gain unauthorised access to premises, vehicles or equipment. Having considered the public interest, we "
         "consider the balance lies in favour of withholding this information.",
         "",
         "3.  Yes. Some of our older station systems use HIKVISION cameras and recorders.",
         "",
         "4.  £18,400 per annum (2022/23), under a contract with Celtic Fire & Security Ltd.",
         "",
         "This letter constitutes a refusal notice under section 17 of the Freedom of Information Act 2000 in respect of part 2 of your request.",
         "",
         "If you are unhappy with this response you may ask for an internal review by contacting foi@vmfrs.gov.wales within 40 "
         "working days. If you remain dissatisfied you may complain to the Information Commissioner's Office, 2nd Floor, "
         "Churchill House, Churchill Way, Cardiff CF10 2HH.",
         "",
         "Mae croeso i chi ohebu â ni yn Gymraeg. You are welcome to correspond with us in Welsh.",
         "",
         "Yn gywir / Yours sincerely",
         "",
         "",
         "Nia Gwilym",
         "Swyddog Llywodraethu Gwybodaeth / Information Governance Officer"]
img = render_page(lines, seed=13, angle=-1.2, size_pt=10, noise=2500)
img.save(out("13-reply.png"))
add_label(path="13-reply.png", request_file="13-request.txt", format="scan", body_type="fire", law="foia",
          hikvision="yes", dahua="unknown", outcome="partially_answered", exemptions=["s24", "s31"], camera_count=140,
          note="Scanned bilingual letter: 'approx. 140' count, locations withheld under s24(1)/s31(1)(a), and 'Yes' to a joint Hikvision-or-Dahua question naming only HIKVISION.")
