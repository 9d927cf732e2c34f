from common import *
from rtfkit import esc

write_request("21", """
FOI request – Castleford Moor Metropolitan Borough Council

Q1 How many public space CCTV cameras does the council operate?
Q2 Are any of them made by Hikvision?
Q3 Are any made by Dahua?
Q4 If the answer to Q2 or Q3 is yes, how many and at which locations?
Q5 Does the council use live facial recognition with any of its cameras?

Sent by: Naveed Iqbal
""")

def P(s, extra=""):
    return "\\pard\\sa100" + extra + " " + esc(s) + "\\par\n"
rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\n\\viewkind4\\uc1\\f0\\fs22\n"
rtf += P("CASTLEFORD MOOR MBC \u2013 INFORMATION REQUEST", "\\b")
rtf += "\\b0"
rtf += P("Ref: 11872   Officer: CM/DJ   Date sent: 06/02/2025")
rtf += P("")
rtf += P("Response")
rtf += P("")
rtf += P("1.   146 fixed. There are also 22 redeployable units which are moved around the borough to ASB and fly-tipping hotspots.")
rtf += P("2/3. The brands mentioned are not used in the Council\u2019s public space CCTV system.")
rtf += P("4.   N/A")
rtf += P("5.   No")
rtf += P("")
rtf += P("If you are unhappy with this response you can request an internal review within 40 working days - email infogov@castlefordmoor.example quoting the reference above. You can also contact the ICO at ico.org.uk/make-a-complaint.")
rtf += P("")
rtf += P("Information Governance Unit | Castleford Moor MBC | Civic Hall, Moor Lane, Castleford Moor CM1 1JQ", "\\fs16")
rtf += "}\n"
open(out("21-reply.rtf"), "w", encoding="ascii").write(rtf)
label("21", "rtf", "rtf", "council", "foia", "no", "no", "answered", [], 168,
      "terse RTF: count is 146 fixed plus 22 redeployable with no total; 'the brands mentioned are not used' only makes sense with the request beside it")
