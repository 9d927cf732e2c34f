from common import *
from odshelp import Ods

req = """
Dear Severn Marches Police

FOI request - Automatic Number Plate Recognition (ANPR)

(a) How many ANPR cameras does the force operate?
(b) Who manufactures the force's ANPR cameras?
(c) Are any of the force's ANPR cameras made by Hikvision or Dahua?
(d) How long is ANPR data retained?
(e) Please list the locations of the force's ANPR cameras.

Regards
Lewis Carrick
"""
write_request("18", req)

o = Ods()
B, H, X, W = "bold", "head", "box", "wrap"
rows = [
 [("SEVERN MARCHES POLICE", B)],
 [("Freedom of Information – Disclosure", B)],
 ["Request number", "SMP-FOI-2024-2291"],
 ["Response date", "16/12/2024"],
 [],
 [("Part", H), ("Question", H), ("Response", H), ("Exemption(s) applied", H)],
 [("(a)", X), ("How many ANPR cameras does the force operate?", X),
  ("212 fixed ANPR cameras. This does not include cameras operated by other forces, local authorities or National Highways, whose reads are shared via the National ANPR Service.", X), ("", X)],
 [("(b)", X), ("Who manufactures the force's ANPR cameras?", X),
  ("Withheld.", X), ("s.24(1) / s.31(1)(a)(b)", X)],
 [("(c)", X), ("Are any of the force's ANPR cameras made by Hikvision or Dahua?", X),
  ("The force will neither confirm nor deny.", X), ("s.24(2) / s.31(3)", X)],
 [("(d)", X), ("How long is ANPR data retained?", X),
  ("12 months, in line with the National ANPR Standards for Policing and Law Enforcement (NASPLE). Data linked to an investigation is retained in line with MoPI.", X), ("", X)],
 [("(e)", X), ("Please list the locations of the force's ANPR cameras.", X),
  ("Withheld. ANPR is used to deny criminals the use of the road network; publishing locations would enable offenders to avoid detection.", X), ("s.24(1) / s.31(1)(a)(b)", X)],
 [],
 [("Public interest test and harm: the full reasoning for the exemptions above is given in the covering letter sent with this spreadsheet.", W)],
 [("Internal review: if you are dissatisfied, write to the Information Access Manager, Severn Marches Police, Hindlip Lane, Worcester WR3 8TQ within 40 working days. ICO: www.ico.org.uk", W)],
]
o.sheet("FOI 2291", rows, widths=["1.4cm", "7cm", "10cm", "4.5cm"])
o.save(p("18-reply.ods"))

add_label(path="18-reply.ods", request_file="18-request.txt", format="ods", body_type="police",
          law="foia", hikvision="unknown", dahua="unknown", outcome="partially_answered", exemptions=["s24", "s31"], camera_count=212,
          note="ANPR-only request, so 212 fixed ANPR cameras is the count; makers NCND; exemptions only in a separate column as 's.24(1) / s.31(1)(a)(b)'.")
