from common import *
from reportlab.lib.units import cm
NN = "06"
write_request(NN, """
Dear Fire Authority,

Please answer the following under the Freedom of Information Act.

1 - Total number of CCTV cameras at fire stations and HQ
2 - Manufacturer(s)
3 - Is any equipment from Hikvision?
4 - Is any equipment from Dahua?
5 - Any plans to remove Chinese-made equipment?

Regards
Owen Pritchard
""")

def story():
    s = [P("<b>Cleveland &amp; Tees Fire and Rescue Service</b>", "Title"),
         P("Service Headquarters, Endeavour House, Queens Square, Middlesbrough TS2 1AA"),
         P("Our Ref: CTFRS/FOI/24-117 &nbsp;&nbsp;&nbsp; Date: 30 September 2024"),
         P("Dear Mr Pritchard,"),
         P("<b>Freedom of Information Act 2000 – Request for Information</b>"),
         P("I refer to your request for information received on 4 September 2024. I can confirm that the "
           "Service holds the information requested and this is set out below."),
         ptable([["No.", "Your question", "Our response"],
                 ["1", "Total number of CCTV cameras at fire stations and HQ",
                  "186 cameras in total (HQ 28; 20 wholetime and on-call stations 158)."],
                 ["2", "Manufacturer(s)", "Dahua and Hanwha (Wisenet)."],
                 ["3", "Is any equipment from Hikvision?", "No."],
                 ["4", "Is any equipment from Dahua?",
                  "Yes. 71 Dahua cameras and 9 Dahua NVRs remain at stations that have not yet been through "
                  "the station refurbishment programme."],
                 ["5", "Any plans to remove Chinese-made equipment?",
                  "The remaining Dahua equipment will be replaced with Hanwha as each station is refurbished, "
                  "with completion expected by 31 March 2026."]],
                col_widths=[1.2 * cm, 5.5 * cm, 10.3 * cm]),
         P(""),
         P("If you are not satisfied with this response you may ask for an internal review by writing to the "
           "Information Governance Manager at the above address within 40 working days. If you remain "
           "dissatisfied you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
           "Wilmslow, Cheshire SK9 5AF."),
         P("The supply of documents under the FOI Act does not give the person who receives the information an "
           "automatic right to re-use it in any way that would infringe copyright."),
         P("Yours sincerely"),
         P("Helen Mawson<br/>Information Governance Manager")]
    return s

data = pdf_bytes(story, header_left="Cleveland & Tees Fire and Rescue Service", header_right="CTFRS/FOI/24-117",
                 footer_left="OFFICIAL")
body = """Dear Mr Pritchard

Please find attached our response to your recent FOI request.

Regards

Information Governance
Cleveland & Tees Fire and Rescue Service
"""
eml(NN, "Information Governance <ig@ctfrs.gov.uk>", "owen.pritchard@gmail.com",
    "CTFRS/FOI/24-117 - Response", dt(2024, 9, 30, 16, 2), text=body,
    attachments=[("CTFRS FOI 24-117 response.pdf", data)])
add_label(NN, "eml", "fire", "foia", "no", "yes", "answered", [], 186,
          "answer in attached PDF; Dahua equipment in use now though due to go by March 2026")
