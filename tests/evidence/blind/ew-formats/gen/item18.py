from common import write_request, add_label, out
from scan import Page, scanned

NN = "18"
write_request(NN, """
Dear Inverallan Council

Under the Freedom of Information (Scotland) Act 2002 I request:

1. The number of public space CCTV cameras operated by the Council.
2. The manufacturers of those cameras, and in particular whether any are made by Hikvision or Dahua.
3. The locations of the cameras.

Yours faithfully
Alasdair Ferrie
""")

p1 = Page("serif", 23)
p1.text("INVERALLAN COUNCIL", size=34, bold=True, gap=0)
p1.text("Corporate Governance - Information Management", size=21, gap=0)
p1.text("Council Headquarters, Seaforth Road, Invergowrie Bay IV18 2QJ", size=21, gap=14)
p1.rule()
p1.text("Our Ref: FOI/IC/2024/00733          Date: 21 August 2024", size=21, gap=20)
p1.text("Dear Mr Ferrie", gap=12)
p1.text("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 - REQUEST FOR INFORMATION", bold=True, gap=12)
p1.text("I refer to your request for information received on 25 July 2024. I can now respond as follows.")
p1.text("1. The Council currently operates 96 fixed public space CCTV cameras together with 8 re-deployable "
        "cameras which are moved between locations as required.")
p1.text("2. The Council considers that the information requested at question 2 is exempt from disclosure under "
        "section 35(1)(a) and (b) (law enforcement) and section 31(1) (national security) of FOISA. Disclosure of "
        "the manufacturers of the cameras would reveal information about the capability and potential "
        "vulnerabilities of a system which is used by Police Scotland for the prevention and detection of crime "
        "and the apprehension of offenders. These are qualified exemptions and the Council has considered the "
        "public interest. While there is a public interest in transparency about the Council's suppliers, this is "
        "outweighed by the public interest in maintaining the security and integrity of the system.")
p1.text("3. The locations of the fixed cameras are published on the Council's website at "
        "www.inverallan.gov.scot/cctv and the information is therefore exempt under section 25(1) of FOISA "
        "(information otherwise accessible). The locations of the re-deployable cameras change frequently and are "
        "not published; this information is also withheld under section 35(1)(a) and (b).")
p1.text("This letter constitutes a refusal notice under section 16 of FOISA in respect of the information "
        "withheld at questions 2 and 3.", gap=14)

p2 = Page("serif", 23)
p2.text("Your right to seek a review", bold=True, gap=10)
p2.text("If you are dissatisfied with the way the Council has dealt with your request you may ask us to review "
        "our decision. Your request for a review must be made in writing within 40 working days of receipt of "
        "this letter and should be addressed to: The Information Management Officer, Council Headquarters, "
        "Seaforth Road, Invergowrie Bay IV18 2QJ, or foi@inverallan.gov.scot.")
p2.text("If you are not satisfied with the outcome of the review you have the right to apply to the Scottish "
        "Information Commissioner for a decision. You can contact the Commissioner at: Scottish Information "
        "Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at "
        "www.foi.scot/appeal.")
p2.text("Should you then wish to appeal against the Commissioner's decision you have the right to appeal to the "
        "Court of Session on a point of law only.")
p2.gap(10)
p2.text("Yours sincerely", gap=0)
p2.signature(seed=18)
p2.text("Morag Duthie", gap=2)
p2.text("Information Management Officer", gap=2)

imgs = [scanned(p1, seed=181, angle=0.8), scanned(p2, seed=182, angle=0.4)]
imgs[0].save(out(f"{NN}-reply.pdf"), "PDF", resolution=150.0, save_all=True, append_images=imgs[1:])
add_label(NN, "pdf", "council", "foisa", "unknown", "unknown", "partially_answered", ["s35", "s31", "s25"], 104,
          "Scanned image-only FOISA letter: the count is 96 fixed plus 8 re-deployable cameras, makers withheld "
          "under s35/s31 and locations pointed to under s25, with the s16 refusal-notice sentence not an exemption.")
