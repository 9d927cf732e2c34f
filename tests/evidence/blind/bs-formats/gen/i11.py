from common import *
from reportlab.lib.units import mm
nn = "11"
request(nn, """
Dear University of Leicester,

Please provide the following under FOI:
1) Total number of CCTV cameras on the university estate
2) The manufacturer and model of the cameras, with quantities
3) Are any cameras made by Hikvision or Dahua?
4) Which company installs and maintains the system?
5) Is ANPR used at any car park?

Best wishes,
Cerys Lloyd
""")
blocks = [
 ("p", "Our ref: FOI/2024/0213<br/>12 April 2024"),
 ("p", "Dear Ms Lloyd,"),
 ("p", "Thank you for your request for information, which we received on 15 March 2024 and have dealt with under the Freedom of Information Act 2000."),
 ("p", "<b>1)</b> The University operates approximately 420 CCTV cameras across the main campus, Brookfield and the student villages at Oadby."),
 ("p", "<b>2)</b> The table below is taken from our asset records. A small number of older cameras in halls of residence are not on the asset system and are not included."),
 ("table", [["Manufacturer", "Model", "Qty"],
            ["Axis", "P3265-LVE", "176"], ["Axis", "M3085-V", "91"], ["Hanwha", "XNV-6083R", "84"],
            ["Annke", "C800 (I91BN)", "47"], ["Avigilon", "H5A-BO", "12"]], [50*mm, 70*mm, 25*mm], 1),
 ("p", "<b>3)</b> No cameras are manufactured by Dahua. Other manufacturers are as listed at 2)."),
 ("p", "<b>4)</b> Installation and maintenance is carried out by Clearway Fire &amp; Security Ltd under a framework agreement."),
 ("p", "<b>5)</b> Yes, ANPR operates at the Freemen's Common and Brookfield car parks (4 cameras, Vysionics). These are not included in the figures above."),
 ("p", "If you are not satisfied with our response you may request an internal review by writing to foi@le.example.ac.uk within 40 working days. If you remain dissatisfied you have the right to apply to the Information Commissioner."),
 ("p", "Yours sincerely,<br/><br/>Dominic Farrow<br/>Information Assurance Services"),
]
pdf_doc(outpath(nn, "pdf"), ("UNIVERSITY OF LEICESTER", ["Information Assurance Services", "University Road", "Leicester LE1 7RH", "foi@le.example.ac.uk"]), blocks)
label(nn, "pdf", "university", "foia", "yes", "no", "answered", [], 420,
      "Hikvision only via sub-brand Annke in a model table; stated approx total (420) differs from table sum (410); ANPR cameras excluded")
