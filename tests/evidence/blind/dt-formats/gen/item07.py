from common import *

write_text("07-request.txt", """
Dear Hereford & Worcester Fire and Rescue Service,

Under the FOI Act could you please tell me:

1. How many CCTV cameras are installed at your fire stations, headquarters and other premises?
2. Where is each camera located (station and position)?
3. Who manufactures the cameras - in particular are any of them Hikvision or Dahua products?
4. What was the annual CCTV maintenance cost for the last three financial years?

Kind regards,
Tomasz Wieczorek
""")

blocks = [
    ("p", "Hereford & Worcester Fire and Rescue Service", {"bold": 1, "size": 13}),
    ("p", "Service Headquarters, Hindlip Park, Worcester WR3 8SP\nTel: 0121 496 0088   Email: foi@hwfire.org.uk", {"size": 9}),
    ("p", "FOI Ref: 2024-FOI-077\n8 October 2024"),
    ("p", "Dear Mr Wieczorek"),
    ("h", "Freedom of Information Act 2000 - Your request for information"),
    ("p", "Thank you for your request received on 10 September 2024. Please find our response to each part below."),
    ("p", "1.  The Service has 143 CCTV cameras across its 25 fire stations, Service Headquarters at Hindlip and the Training Centre at Droitwich."),
    ("p", "2. and 3.  The Service holds this information but is withholding it. We consider that the locations of cameras at individual premises, and the makes and models of the equipment in use, are exempt from disclosure under section 24(1) (National Security) and section 31(1)(a) (Law Enforcement - the prevention or detection of crime) of the Freedom of Information Act 2000."),
    ("p", "Fire and rescue premises are part of the UK's critical national infrastructure. Disclosing where cameras are, and are not, positioned, or the specific equipment used, would enable a motivated individual to identify gaps in coverage or known vulnerabilities in particular products, increasing the risk of criminal damage, theft of equipment and vehicles, or hostile reconnaissance. We have considered the public interest in transparency about the security of public buildings and in the procurement of equipment; however, we have concluded that the public interest in maintaining these exemptions outweighs the public interest in disclosure."),
    ("p", "4.  CCTV maintenance costs were as follows:"),
    ("table", [["Financial year", "Maintenance cost (ex VAT)"],
               ["2021/22", "£16,900"],
               ["2022/23", "£17,750"],
               ["2023/24", "£18,460"]], {"widths": [4, 6]}),
    ("p", "This letter constitutes a refusal notice under section 17 of the Act in respect of parts 2 and 3 of your request."),
    ("p", "If you are dissatisfied with this response you may request an internal review by writing to the Head of Legal Services at the address above within 40 working days. If you remain dissatisfied following the internal review, you can contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
    ("p", "Yours sincerely"),
    ("blank",),
    ("p", "Sian Arkwright\nInformation Governance and Data Protection Officer"),
]
write_rtf("07-reply.rtf", blocks)

add_label("07", "rtf", "rtf", "fire", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 143,
          "Rich Text letter: count and costs given, but locations and manufacturers withheld under s24(1) and s31(1)(a), so the Hikvision/Dahua question is unanswered; s17 mentioned only as the refusal-notice section.")
