from common import *
from odt_util import new_doc, para, table

NN = "25"
write_request(NN, """
Dear Aberdeenshire Council,

Please provide, for every CCTV camera on council property (including schools, depots, leisure centres, offices and
sheltered housing):
(i) its location,
(ii) the make and model,
(iii) date of installation,
(iv) whether it is Hikvision or Dahua.

Regards,
Fraser Duguid
""")
doc, st = new_doc()
para(doc, st, "Aberdeenshire Council", style="head")
para(doc, st, "Legal and People, Woodhill House, Westburn Road, Aberdeen AB16 5GB\nfoi@aberdeenshire.example.gov.uk")
para(doc, st, "Our reference: EIR/FOI/2024/00932\nDate: 8 August 2024")
para(doc, st, "Dear Mr Duguid")
para(doc, st, "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION", bold_prefix="")
para(doc, st, "I refer to your request received on 15 July 2024. Unfortunately the Council is unable to comply with your request.")
para(doc, st, "CCTV systems on Council property are procured and managed locally by individual services and schools rather than "
     "centrally, and there is no single asset register recording the make, model or installation date of cameras. To "
     "identify this information the Council would need to contact each establishment and, in many cases, physically "
     "inspect equipment. An estimate of the work involved is set out below.")
table(doc, st, [
    ["Activity", "Establishments", "Time each", "Total hours"],
    ["Schools (contact head teacher / janitor, inspect)", "168", "30 mins", "84"],
    ["Offices, depots and leisure facilities", "126", "25 mins", "52.5"],
    ["Sheltered housing schemes", "41", "25 mins", "17"],
    ["Collation", "-", "-", "6"],
])
para(doc, st, "At £15 per hour, the cost of compliance would significantly exceed the £600 limit set by the Freedom of Information "
     "(Fees for Required Disclosure) (Scotland) Regulations 2004. Under section 12(1) of FOISA the Council is therefore not "
     "obliged to comply with your request.")
para(doc, st, "In line with our duty under section 15 to provide advice and assistance, you may wish to refine your request, for "
     "example by limiting it to a single service or to a small number of named buildings.")
para(doc, st, "Your right to request a review\nIf you are dissatisfied with the way in which the Council has dealt with your request, you "
     "are entitled to require the Council to review its decision. Please note that a request for review must be made in writing "
     "no later than 40 working days from the date of this letter. If you remain dissatisfied following the review you have the "
     "right to apply to the Scottish Information Commissioner for a decision.")
para(doc, st, "Yours sincerely\n\nLorna Gauld\nInformation Governance Officer")
doc.save(out(f"{NN}-reply.odt"))
label(NN, "odt", "council", "foisa", "unknown", "unknown", "refused", ["s12"], None,
      "whole request refused on excessive cost under FOISA s12; table of establishment counts and hours that are not camera counts; s15 advice is not an exemption")
