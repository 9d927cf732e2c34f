from lib import *
from pdflib import Letter
NN = "04"
write_request(NN, """Dear Lancashire Constabulary,

I would be grateful if you could answer the following under the FOI Act.

1) How many CCTV cameras does the force operate at its police stations and custody suites?
2) Are any of the force's CCTV cameras, or the recorders they connect to, manufactured by Hikvision or Dahua?
3) If yes, how many, and at which sites?
4) Does the force have any plans to remove Hikvision or Dahua equipment following the Government's November 2022 announcement?

Regards,
Gareth Lomas
""")
L = Letter(head="OFFICIAL", foot="Lancashire Constabulary - Information Access Team - FOI 001734/24")
L.letterhead("Lancashire Constabulary", ["Information Access Team", "Police Headquarters, Saunders Lane", "Hutton, Preston PR4 5SB", "foi@lancashire.police.uk"])
L.p("Mr G Lomas\n(by email)", gap=4)
L.p("Request No: 001734/24\nDate: 19 December 2024", gap=4)
L.p("Dear Mr Lomas,")
L.p("FREEDOM OF INFORMATION ACT 2000 - REQUEST FOR INFORMATION", style="B")
L.p("I write in connection with your request for information received by Lancashire Constabulary on 22/11/2024 in which you sought access to information regarding CCTV at police premises. Your request has now been considered and I am not obliged to supply the information you have requested. Section 17 of the Freedom of Information Act 2000 requires a public authority to provide the applicant with a notice which: (a) states that fact, (b) specifies the exemption in question and (c) states (if that would not otherwise be apparent) why the exemption applies.")
L.p("Questions 1 to 4", style="B")
L.p("Lancashire Constabulary can neither confirm nor deny that it holds the information you have requested as the duty in s1(1)(a) of the Freedom of Information Act 2000 does not apply, by virtue of the following exemptions:")
L.p("Section 24(2) National Security\nSection 31(3) Law Enforcement")
L.p("Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to evidence the harm in confirming or denying that the information is held and to consider the public interest.")
L.p("Harm", style="B")
L.p("To confirm or deny the number of cameras at any police premises, or the manufacturer of the equipment installed there, would allow an individual to build a picture of the coverage and vulnerabilities of the force's physical security. Modern CCTV systems are networked devices. Any disclosure under FOI is a disclosure to the world at large, and confirming whether equipment of a particular manufacturer is or is not installed, when compared with responses from other forces (a so-called 'mosaic' effect), would identify which forces may be more or less susceptible to a cyber attack exploiting known vulnerabilities of that equipment. This would undermine the security of police premises, custody facilities and the force network, and the wider national infrastructure of which it forms part.")
L.p("Factors favouring confirmation or denial - Section 24", style="B")
L.p("Confirming or denying would inform the public debate on the security of surveillance equipment and would promote openness in the use of public funds.")
L.p("Factors against confirmation or denial - Section 24", style="B")
L.p("Security measures are put in place to protect the community we serve. Confirming or denying would allow those intent on causing harm to identify weaknesses and to target their activity accordingly, which would render national security measures less effective.")
L.p("Factors favouring confirmation or denial - Section 31", style="B")
L.p("Better awareness may reduce speculation about the force's procurement decisions and reassure the public that equipment is appropriately sourced.")
L.p("Factors against confirmation or denial - Section 31", style="B")
L.p("By confirming or denying, the force's law enforcement capabilities could be affected and the force would be compromised in its ability to keep detained persons, officers and staff safe. Criminals could use the information to plan attacks on police premises or escapes from custody.")
L.p("Balance Test", style="B")
L.p("The security of the country is of paramount importance and the Police Service will not divulge information if to do so would place the safety of an individual at risk or undermine national security. Whilst there is a public interest in the transparency of policing operations and in this case providing assurance that the police service is appropriately and effectively safeguarding its estate, there is a very strong public interest in safeguarding both national security and the integrity of police investigations and operations in this area. As much as there is public interest in knowing that policing activity is appropriate and balanced this will only be overridden in exceptional circumstances. It is therefore our opinion that for these issues the balance test favours neither confirming nor denying that the information is held.")
L.p("For completeness, the force also considered whether section 43(2) (commercial interests) would apply to any costs or supplier information. As no such information has been requested, that exemption has not been relied on.")
L.p("No inference can be taken from this refusal that information does or does not exist.")
L.p("Complaint Rights", style="B")
L.p("Your attention is drawn to the attached sheet, which details your right of complaint. If you are dissatisfied you may request an internal review within 40 working days of this response, by writing to the Information Access Team at the address above. If you remain dissatisfied after the internal review you may apply to the Information Commissioner.")
L.p("Yours sincerely,", gap=8)
L.p("Sharon Whitfield\nDisclosure Officer\nInformation Access Team")
L.output(path(f"{NN}-reply.pdf"))
append_label(NN, "pdf", "police", "foia", "unknown", "unknown", "refused", ["s24", "s31"],  None,
             "Full NCND refusal across two pages of harm and public-interest text, with s43 mentioned as considered but not relied on, so it must not be listed.")
