from odthelp import Ods
from common import *
NN = "18"
write_request(NN, """
Dear North Carrick District Council

Please could you tell me:

Q1 How many CCTV cameras are installed at each of the council's household waste recycling centres / transfer stations?
Q2 How many re-deployable or covert cameras does the council use to tackle fly-tipping, and where are they currently deployed?
Q3 What make are these cameras?
Q4 Are any of them Hikvision or Dahua?

Regards
Owen Pilkington
""")
o = Ods()
o.sheet("Response", [
 ["NORTH CARRICK DISTRICT COUNCIL – ENVIRONMENTAL INFORMATION REGULATIONS 2004"],
 ["Our ref", "EIR/24/0214", "Date", "21 Oct 2024"],
 [],
 ["Your request concerns measures (CCTV) affecting the management of waste and has therefore been dealt with under the Environmental Information Regulations 2004 (EIR)."],
 [],
 ["Q", "Answer"],
 ["Q1", "See tab 'HWRC & transfer stns'."],
 ["Q2", "The council currently has 6 re-deployable cameras used by the Environmental Enforcement team. Current deployment locations are withheld - see below."],
 ["Q3", "HWRC/transfer station cameras: see tab. Re-deployable cameras: withheld - see below."],
 ["Q4", "As Q3."],
 [],
 ["Exception applied: regulation 12(5)(b) – the course of justice and the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature."],
 ["Disclosure of where the re-deployable cameras are sited, or of their make and model (which would help identify them in the field), would enable offenders to avoid or disable them and would adversely affect the council's ability to investigate and prosecute fly-tipping offences."],
 ["Public interest: the council recognises the public interest in transparency about surveillance and the presumption in favour of disclosure under regulation 12(2). However, the public interest in the effective enforcement of waste offences outweighs it in this case."],
 [],
 ["Internal review (regulation 11): write to the Information Governance Officer, Carrick House, Station Road, Kirkmaiden KA26 3QB within 40 working days. You may then complain to the Information Commissioner's Office."],
], bold_rows=(0, 5))
o.sheet("HWRC & transfer stns", [
 ["Site", "Cameras", "Make"],
 ["Bramley Lane HWRC", 9, "HiLook"],
 ["Quarry Road HWRC", 7, "Axis"],
 ["Eastgate Waste Transfer Station", 5, "HiLook"],
], bold_rows=(0,))
o.save(out(f"{NN}-reply.ods"))
label(NN, "ods", "ods", "council", "eir", "yes", "unknown", "partially_answered", ["EIR 12(5)(b)"], 27,
      "EIR reply: Hikvision only as HiLook on the site tab, makes of the 6 deployable cameras withheld under 12(5)(b) so Dahua stays open; 21 site cameras + 6 deployables, no total; Q4 'As Q3'.")
note("18: camera_count 27 = 9+7+5 site cameras plus the 6 re-deployable cameras the request also asks about; the council's wider CCTV is outside the request.")
