from common import *
NN = "18"
write_request(NN, """
Dear Scottish Prison Service,

Under FOISA please tell me:
1. How many CCTV cameras are installed across the prison estate?
2. How many cameras are installed at HMP Barlinnie?
3. Are any made by Hikvision or Dahua?
4. Does SPS use facial recognition on CCTV footage?

Regards
Callum Baird
""")
hdr = ["**Scottish Prison Service", "Seirbheis Phrìosain na h-Alba", "Communications Branch, Calton House,",
       "5 Redheughs Rigg, Edinburgh EH12 9HW", "", "@@Our Ref: FOI-24-0412", "@@19 July 2024", ""]
p1 = hdr + wrap("""
Dear Mr Baird

REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)

Thank you for your request dated 24 June 2024.

I am unable to provide the information you have requested because the exemptions at sections 35(1)(a), (b) and (f) (law enforcement - prevention or detection of crime, apprehension or prosecution of offenders, and maintenance of security and good order in prisons) and section 39(1) (health, safety and the environment) of FOISA apply to all parts of your request.

Information about the number, distribution, capability and manufacture of security equipment within prisons would, if disclosed, allow a picture to be built up of the level of surveillance coverage in establishments and of any vulnerabilities in that equipment. This would, or would be likely to, prejudice substantially the maintenance of security and good order in prisons and endanger the physical health and safety of staff, prisoners and visitors.

These exemptions are subject to the public interest test. We recognise the public interest in openness and accountability in the use of public funds on surveillance technology. However, this is outweighed by the public interest in maintaining the security of the prison estate and the safety of those within it.

This response is not to be taken as confirming or denying the use of any particular make of equipment.
""")
p2 = ["@@FOI-24-0412   2", ""] + wrap("""
YOUR RIGHT TO REQUEST A REVIEW

If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Head of Communications, Scottish Prison Service, Calton House, 5 Redheughs Rigg, Edinburgh EH12 9HW. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter.

If our internal review response does not satisfy you, you may then ask the Scottish Information Commissioner to review our decision. You must normally complete the review process before making an appeal to the Commissioner. You can apply online at www.itspublicknowledge.info/appeal.

Yours sincerely

Morag Drummond
Freedom of Information Officer
""")
scanned_pdf(NN, [p1, p2], seed=18)
add_label(NN, "pdf", "scottish_gov", "foisa", "unknown", "unknown", "refused", ["s35", "s39"], None,
          "scanned FOISA refusal of all parts under s35 and s39; the number of the prison estate is never given")
