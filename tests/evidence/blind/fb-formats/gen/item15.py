from common import *
import io
d = docx_doc("Arial", 11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "Scottish Fire and Rescue Service  |  Seirbheis Smàlaidh agus Teasairginn na h-Alba"
sec.footer.paragraphs[0].text = "Working together for a safer Scotland        OFFICIAL"
docx_paras(d, """Information Governance
Scottish Fire and Rescue Service Headquarters
Westburn Drive, Cambuslang G72 7NA

Our Ref: FOI-0742-24
Your Ref: n/a
Date: 09 August 2024

Dear Ms Munro

[[b]]FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION[[/b]]

Thank you for your request for information, which we received on 12 July 2024. We have considered your request under the Freedom of Information (Scotland) Act 2002 (FOISA) and our response is set out below.

[[b]](i) The number of CCTV cameras at each SFRS fire station in the North Service Delivery Area.[[/b]]

We are able to provide the number of CCTV cameras at SFRS-owned premises in the North Service Delivery Area by Local Senior Officer (LSO) area, as shown below. The breakdown by individual fire station has been withheld under section 35(1)(a) and (b) of FOISA (law enforcement) – please see the explanation at the end of this letter.""")
docx_table(d, [
    ["LSO area", "Number of stations with CCTV", "Number of CCTV cameras"],
    ["Highland", "19", "96"],
    ["Moray", "7", "31"],
    ["Aberdeenshire", "13", "58"],
    ["Aberdeen City", "5", "44"],
    ["Na h-Eileanan Siar, Orkney and Shetland", "9", "27"],
], widths_cm=[7, 4.5, 4.5])
docx_paras(d, """
[[b]](ii) The manufacturer(s) of those cameras.[[/b]]
[[b]](iii) Whether any are manufactured by Hikvision or Dahua.[[/b]]

CCTV at SFRS-owned premises in the North SDA uses Axis and Bosch cameras. None are manufactured by Hikvision or Dahua.

At three premises which SFRS shares with another body (Portree, Stornoway and Kirkwall), the CCTV system is owned and managed by the landlord. SFRS does not hold information about those systems. In terms of section 17 of FOISA, this letter serves as notice that SFRS does not hold the information in respect of those premises.

[[b]](iv) The cost of CCTV maintenance in 2022/23 and 2023/24.[[/b]]

2022/23: £41,318.60
2023/24: £38,902.15
These figures relate to the whole of the North SDA and are exclusive of VAT.

[[b]]Section 35(1)(a) and (b) – Law enforcement[[/b]]

Releasing the number of cameras at each individual station would, in our view, substantially prejudice the prevention or detection of crime and the apprehension or prosecution of offenders, as it would show which stations, many of which are unstaffed for long periods, have little or no camera coverage. This exemption is subject to the public interest test. While we recognise the public interest in transparency about the use of surveillance equipment, we consider this is met by the information provided above and that the public interest in maintaining the exemption outweighs that in disclosure.

[[b]]Your right to request a review[[/b]]

If you are unhappy with our response to your request, you can ask us to review it by writing to SFRS.FOI@firescotland.gov.uk within 40 working days. If you remain dissatisfied following our review, you have the right to apply to the Scottish Information Commissioner for a decision within six months: Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS, or online at www.foi.scot/appeal.

Yours sincerely

Graeme Sutherland
Information Governance Officer""")
buf = io.BytesIO(); d.save(buf)
text = """Dear Ms Munro

Please find attached our response to your recent request for information.

Regards

Information Governance
Scottish Fire and Rescue Service

********************************************************************************
This e-mail and any attachments are intended only for the addressee(s) and may contain confidential information. If you are not the intended recipient please notify the sender immediately and delete it.
Scottish Fire and Rescue Service, Westburn Drive, Cambuslang, Glasgow, G72 7NA
********************************************************************************
"""
write_eml(out("15-reply.eml"), "SFRS FOI <SFRS.FOI@firescotland.gov.uk>", "Eilidh Munro <eilidh.munro@post.example>",
          "FOI-0742-24 - Response", "Fri, 09 Aug 2024 15:03:12 +0100", text, None,
          [("FOI-0742-24 Response Letter.docx", buf.getvalue(), "application",
            "vnd.openxmlformats-officedocument.wordprocessingml.document")])
label("15", "eml", "fire", "foisa", "no", "no", "partially_answered", ["s35", "s17"], 256,
      "E-mail with Word letter attached; count only as an area table without total (96+31+58+44+27=256) beside a 'number of stations' column; station breakdown withheld s35(1)(a)(b); FOISA s17 not-held notice for 3 landlord-run systems; makers 'None' for SFRS-owned CCTV.",
      "Scottish fire (FOISA) e-mail + docx attachment; two numeric columns (stations vs cameras), no total; s35 + s17 notice.")
