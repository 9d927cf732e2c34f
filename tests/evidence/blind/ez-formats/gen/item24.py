"""24: national park authority (other, EIR), text PDF letter; EZVIZ sub-brand; trail cameras not CCTV; names withheld reg 13."""
from common import *

NN = "24"
write_request(NN, """
Dear Wealdmoor National Park Authority,

Please could you provide:

1. The number of CCTV cameras at your visitor centres and car parks.
2. The make of the cameras - specifically, are any Hikvision or Dahua products?
3. Whether you use any other cameras (e.g. wildlife / trail cameras) and how many.
4. The names of the staff who can access recorded footage.

Thank you,
Imogen Hart
""")

flow = [
    P("Wealdmoor National Park Authority", "head"),
    P("Lowther House, Market Square, Hayburn, North Yorkshire YO62 5PQ &nbsp;|&nbsp; 01439 555 120 &nbsp;|&nbsp; info@wealdmoor-npa.gov.uk", "small"),
    Spacer(1, 8 * mm),
    P("Ms I Hart<br/>By email", "body"),
    P("Our ref: EIR 24/061<br/>8 July 2024", "right"),
    Spacer(1, 3 * mm),
    P("Dear Ms Hart", "body"),
    P("<b>Request for information - cameras</b>", "body"),
    P("Thank you for your request received on 10 June 2024. The Authority has handled your request under the "
      "Environmental Information Regulations 2004 (EIR), as much of the information relates to the monitoring of "
      "land and wildlife within the National Park and to measures affecting the environment.", "body"),
    P("<b>1.</b> There are 23 CCTV cameras: 11 at our four visitor centres and 12 at six Authority car parks.", "body"),
    P("<b>2.</b> The visitor centre cameras are Axis. The car park cameras are EZVIZ (model C3TN), which are "
      "solar/4G units installed in 2022.", "body"),
    P("<b>3.</b> Yes. Our ecology and ranger teams use around 40 trail cameras (Browning and Bushnell) for "
      "wildlife surveys and to monitor fly-tipping hotspots. These are moved between sites regularly and are "
      "not part of our CCTV system.", "body"),
    P("<b>4.</b> Footage can be accessed by the Visitor Services Manager, the four Visitor Centre Supervisors and "
      "the Estates Officer. The names of these members of staff are personal data and are withheld under "
      "regulation 13 of the EIR, because disclosure would breach the first data protection principle. The "
      "Authority does not publish the names of staff below Head of Service level.", "body"),
    P("If you are not satisfied with this response you may ask the Authority to reconsider it under regulation 11 "
      "of the EIR. Please write to the Authority's Data Protection Officer within 40 working days of the date of "
      "this letter. If you remain dissatisfied you can complain to the Information Commissioner's Office, Wycliffe "
      "House, Water Lane, Wilmslow, Cheshire SK9 5AF.", "body"),
    P("The information supplied is subject to copyright and may be re-used under the Open Government Licence.", "small"),
    Spacer(1, 3 * mm),
    P("Yours sincerely", "body"),
    Spacer(1, 6 * mm),
    P("Tom Ainsworth<br/>Corporate Services Officer (Information Governance)", "body"),
]
pdf_build(ROOT / f"{NN}-reply.pdf", flow, footer="Wealdmoor National Park Authority - EIR 24/061")

add_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf",
          body_type="other", law="eir", hikvision="yes", dahua="no", outcome="partially_answered",
          exemptions=["EIR 13"], camera_count=23,
          note="Hikvision appears only as its sub-brand EZVIZ and the joint Hik/Dahua question is never answered in words; ~40 trail cameras are not CCTV; staff names withheld EIR 13 (reg 11 is not an exception).")
