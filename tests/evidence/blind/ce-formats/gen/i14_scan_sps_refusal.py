from common import *

NN = "14"
write_request(NN, """
Scottish Prison Service

Freedom of Information (Scotland) Act request

1. How many CCTV cameras are installed at each prison establishment?
2. What manufacturers supply these cameras?
3. Are any Hikvision or Dahua cameras in use within the SPS estate?

Regards
Iain Moffat
""")
paras = [
    "Mr I Moffat", "",
    "Our Ref: FOI-24-0213", "Date: 6 June 2024", "",
    "Dear Mr Moffat",
    "**REQUEST FOR INFORMATION - CCTV IN SCOTTISH PRISONS",
    "Thank you for your request received on 9 May 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA).",
    "The SPS has considered your request and has decided to withhold all of the information you asked for. Under "
    "section 16 of FOISA this letter serves as a refusal notice.",
    "Information about the number, type and make of security cameras at each establishment is exempt under section "
    "35(1)(a), (b) and (f) of FOISA (law enforcement: the prevention or detection of crime, the apprehension or "
    "prosecution of offenders, and the maintenance of security and good order in prisons). Disclosure would, or would "
    "be likely to, prejudice substantially the security of establishments by revealing the extent of surveillance "
    "coverage and the capabilities of the equipment.",
    "The information is also exempt under section 39(1) (health, safety and the environment), as disclosure would be "
    "likely to endanger the physical or mental health or safety of staff, those in our care and visitors.",
    "These exemptions are subject to the public interest test. While there is a public interest in transparency about "
    "public procurement, we have concluded that the public interest in maintaining the exemptions outweighs it.",
    "If you are unhappy with this response you may ask us to carry out a review by writing to the address above within "
    "40 working days. If you remain dissatisfied you have the right to apply to the Scottish Information Commissioner, "
    "Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.", "",
    "Yours sincerely", "", "",
    "Alasdair Rennie",
    "Freedom of Information Unit",
]
scan_pdf(out(f"{NN}-reply.pdf"), paras, seed=14, angle=0.45, font="serif", size=23,
         letterhead=["Scottish Prison Service", "Freedom of Information Unit, Room G7, Calton House,",
                     "5 Redheughs Rigg, Edinburgh EH12 9HW"])
label(NN, "pdf", "scottish_gov", "foisa", "unknown", "unknown", "refused", ["s35", "s39"], None,
      "scanned FOISA refusal notice withholding everything under s35 and s39; s16 mentioned is not an exemption")
