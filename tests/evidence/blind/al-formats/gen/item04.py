from common import *

REQ = """Freedom of Information request - CCTV

Please could you tell me:

1. How many CCTV cameras are operated by the force across its estate (stations, custody suites, offices, etc.)? Please exclude body worn video and ANPR.
2. Which companies manufactured these cameras?
3. Are any of the cameras made by Hikvision?
4. Are any of the cameras made by Dahua?
5. Has the force carried out any risk assessment of the security of Chinese-made surveillance equipment? If so please supply a copy.

Thank you
J. Lindqvist"""
write_request("04", REQ)

pdf = make_pdf("West Marcia Police - Freedom of Information Unit", "Reference: FOI 004918/24",
               "OFFICIAL  |  FOI 004918/24  |  Response dated 09/08/2024", title="FOI 004918/24")
pdf.para("Freedom of Information Unit\nWest Marcia Police\nPO Box 1147\nHereward\nHR1 9ZZ", size=9.5)
pdf.para("Mr J Lindqvist\nvia email", size=10)
pdf.para("9 August 2024")
pdf.para("Dear Mr Lindqvist,")
pdf.heading("FREEDOM OF INFORMATION REQUEST REFERENCE NUMBER: 004918/24")
pdf.para("I write in connection with your request for information which was received by West Marcia Police on 12/07/2024. I note you seek access to the following information:")
pdf.para("""1. How many CCTV cameras are operated by the force across its estate (stations, custody suites, offices, etc.)? Please exclude body worn video and ANPR.
2. Which companies manufactured these cameras?
3. Are any of the cameras made by Hikvision?
4. Are any of the cameras made by Dahua?
5. Has the force carried out any risk assessment of the security of Chinese-made surveillance equipment? If so please supply a copy.""", size=10)
pdf.heading("Response")
pdf.para("Following receipt of your request, searches were conducted within West Marcia Police to locate information relevant to your request. I am required by the Freedom of Information Act 2000 (the Act) to handle all requests in a manner that is neither designed to encourage nor discourage.")
pdf.para("Question 1: West Marcia Police currently operates 1,214 CCTV cameras across the police estate. This figure includes custody suites, front counters, vehicle compounds and external perimeters, and excludes body worn video and ANPR as requested.")
pdf.para("Questions 2 to 5: West Marcia Police can neither confirm nor deny that it holds any other information relevant to your request by virtue of the following exemptions:")
pdf.para("Section 24(2) National Security\nSection 31(3) Law Enforcement", style="B")
pdf.para("Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to articulate the harm that would be caused in confirming or denying that information is held, as well as carrying out a public interest test.")
pdf.heading("Harm in confirming or denying")
pdf.para("Modern policing is intelligence led and the force relies on the integrity of its physical and technical security. To confirm or deny whether particular manufacturers' equipment is, or is not, installed within the police estate, or whether any assessment of that equipment has been undertaken, would disclose information about the vulnerabilities (or otherwise) of police premises, including custody suites where detained persons are held. Whilst a disclosure under the Act is to the world at large, the information could be combined with other information already in the public domain - for example responses given by other forces - to build a picture of the technical security of forces across the country.")
pdf.para("Individuals intent on committing crime, or those hostile to the United Kingdom, would be able to identify forces which may be more susceptible to a particular technical attack. This would undermine the force's ability to prevent and detect crime and would compromise the security of national infrastructure.")
pdf.heading("Public interest considerations")
pdf.para("Factors favouring confirmation or denial - Section 24\nConfirming or denying would enable the public to be better informed about the steps taken by the force to protect its estate and would provide reassurance about the use of public funds.", size=10)
pdf.para("Factors against confirmation or denial - Section 24\nSecurity arrangements and their vulnerabilities are not disclosed, as to do so would be advantageous to those intent on compromising the security of the UK. The cumulative effect of similar requests made to other forces would allow a mosaic of information to be assembled.", size=10)
pdf.para("Factors favouring confirmation or denial - Section 31\nConfirmation or denial would assist the public debate on the security of surveillance equipment manufactured overseas, which has been the subject of government guidance to departments.", size=10)
pdf.para("Factors against confirmation or denial - Section 31\nTo confirm or deny would hinder the prevention and detection of crime and the apprehension or prosecution of offenders, and would place the security of police premises and detained persons at risk. The force's future law enforcement capabilities would be affected.", size=10)
pdf.heading("Balance test")
pdf.para("The points above highlight the merits of confirming or denying whether the information requested is held. The Police Service will not divulge whether information is or is not held if to do so would place the safety of individuals at risk, undermine national security or compromise law enforcement. Whilst there is a public interest in the transparency of policing operations and in this case providing assurance that the police service is appropriately and effectively managing its physical and technical security, there is a very strong public interest in safeguarding both national security and the integrity of police operations. As much as there is public interest in knowing that policing activity is appropriate and balanced, this will only be overridden in exceptional circumstances.")
pdf.para("Therefore, at this moment in time, it is our opinion that for these issues the balance test favours neither confirming nor denying that any further information is held.")
pdf.para("No inference can be taken from this refusal that information does or does not exist.")
pdf.heading("Complaint rights")
pdf.para("Your attention is drawn to the attached sheet which details your right of complaint. If you are dissatisfied with this response you may request an internal review within 40 working days by writing to the Freedom of Information Unit at the address above or foi@westmarcia.police.uk. If you remain dissatisfied following the internal review you may apply to the Information Commissioner's Office.")
pdf.para("Yours sincerely,")
pdf.para("Gareth Tolley\nDisclosure Officer\nFreedom of Information Unit")
pdf.add_page()
pdf.heading("COMPLAINT RIGHTS")
pdf.para("Internal Review: If you are dissatisfied with the response you have been provided with, in compliance with the Freedom of Information legislation, you can lodge a complaint with West Marcia Police to have the decision reviewed within 20 working days of the date of this response. The handling of your request will be looked at by someone independent of the original decision, and a fresh decision will be made.")
pdf.para("Information Commissioner: If, after lodging a complaint with West Marcia Police, you are still unhappy with the outcome, you may make an application to the Information Commissioner at Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.")
pdf.para("Copyright: The copyright in the material supplied is owned by West Marcia Police. You may re-use it for non-commercial research, private study or news reporting. Any other re-use requires the permission of the copyright holder.")
pdf.output(p("04-reply.pdf"))
add_label("04", "pdf", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 1214,
          "Three-page police letter that discloses the camera total but gives a neither-confirm-nor-deny on all maker questions, with a long public-interest test to read through.")
