from common import *
from odf.opendocument import OpenDocumentSpreadsheet

NN = "08"
req = """Dear Falkirk Council,

I am requesting the following information under the Freedom of Information (Scotland) Act 2002:

1. How many public space CCTV cameras does the Council operate?
2. Please break this down by town or area.
3. The manufacturer of each camera.
4. The exact location (street) of each camera.
5. The annual maintenance cost of the public space CCTV system for 2023/24.

Yours faithfully,
Callum Dreghorn
"""
write_request(NN, req)

doc = OpenDocumentSpreadsheet()
resp = [
 ["Falkirk Council - Freedom of Information (Scotland) Act 2002"],
 ["Request ID", "FOI-24-03317"],
 ["Received", "04/06/2024"],
 ["Response issued", "28/06/2024"],
 [],
 ["Question", "Response"],
 ["1", "See sheet 'Public Space CCTV'."],
 ["2", "See sheet 'Public Space CCTV'."],
 ["3", "See sheet 'Public Space CCTV'."],
 ["4", "The Council is withholding the street-level locations of individual cameras under section 35(1)(a) and (b) "
       "of FOISA (prevention or detection of crime; apprehension or prosecution of offenders). The exemption is "
       "subject to the public interest test. While there is a public interest in knowing where public space cameras "
       "are sited, Police Scotland has advised that a full list would allow offenders to identify locations not "
       "covered by the system. We have concluded that the public interest in maintaining the exemption outweighs "
       "that in disclosure. Signage is displayed in all areas covered by public space CCTV."],
 ["5", "£38,412 (2023/24), paid to the Council's maintenance contractor."],
 [],
 ["Your right to seek a review"],
 ["If you are dissatisfied with the way the Council has dealt with your request, you may ask us to review our decision "
  "within 40 working days. Write to: FOI Review, Falkirk Council, Municipal Buildings, West Bridge Street, Falkirk FK1 5RS "
  "or foi@falkirk.gov.uk. If you remain dissatisfied following the review, you have the right to apply to the Scottish "
  "Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews KY16 9DS, www.itspublicknowledge.info/appeal."],
 [],
 ["Information Management Team, Corporate & Housing Services"],
]
ods_sheet(doc, "Response", resp, bold_rows=(0, 5, 12), colwidths=["3cm", "18cm"])
cams = [
 ("Falkirk Town Centre", 18, "Axis"),
 ("Falkirk Town Centre", 10, "Dahua"),
 ("Grangemouth", 9, "Dahua"),
 ("Stenhousemuir", 5, "Vicon"),
 ("Bo'ness", 6, "Axis"),
 ("Denny", 4, "Dahua"),
 ("Larbert", 3, "Vicon"),
]
ods_sheet(doc, "Public Space CCTV", [["Area", "Number of cameras", "Manufacturer"]] + [list(c) for c in cams],
          bold_rows=(0,), colwidths=["6cm", "4cm", "4cm"])
out = ROOT / f"{NN}-reply.ods"; doc.save(str(out))
total = sum(c[1] for c in cams)
upsert_label(path=out.name, request_file=f"{NN}-request.txt", format="ods", body_type="council", law="foisa",
    hikvision="no", dahua="yes", outcome="partially_answered", exemptions=["s35"], camera_count=total,
    note=f"Counts only in a second sheet without a total (sum {total}, Falkirk split over two rows by maker); Hikvision 'no' only from the complete maker column; FOISA s35 for street locations.")
