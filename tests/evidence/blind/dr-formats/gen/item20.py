from common import out

def esc(s):
    s = s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    o = ""
    for ch in s:
        o += ch if ord(ch) < 128 else "\\u%d?" % ord(ch)
    return o

def par(t, b=False, i=False, after=160, fs=23):
    return "{\\pard\\sa%d\\f0\\fs%d%s%s %s\\par}\n" % (after, fs, "\\b" if b else "", "\\i" if i else "", esc(t))

def row(cells, widths, bold=False, shade=False):
    s = "\\trowd\\trgaph100"
    x = 0
    for w in widths:
        x += w
        if shade: s += "\\clcbpat2"
        s += "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % x
    s += "\n"
    for c in cells:
        s += "\\pard\\intbl\\f0\\fs21%s %s\\cell\n" % ("\\b" if bold else "", esc(c))
    return s + "\\row\n"

d = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}{\\colortbl;\\red0\\green0\\blue0;\\red230\\green230\\blue230;}\n"
d += "\\paperw11906\\paperh16838\\margl1418\\margr1418\\margt1134\\margb1134\n"
d += "{\\header\\pard\\qr\\f0\\fs18 Humberwold Fire and Rescue Service \\endash  Service Headquarters, Summergangs Road, Hull HU8 8QN\\par}\n"
d += "{\\footer\\pard\\qc\\f0\\fs16 Making our communities safer \\bullet  www.humberwold-fire.gov.uk \\bullet  Page \\chpgn\\par}\n"
d += par("Please ask for: Corporate Information Team", after=0)
d += par("Tel: 01482 567 401", after=0)
d += par("Email: foi@humberwold-fire.gov.uk", after=0)
d += par("Our Ref: HFRS/FOI/24/206")
d += par("8 August 2024")
d += par("Dear Mr Dwyer")
d += par("FREEDOM OF INFORMATION ACT 2000 \u2013 REQUEST REF HFRS/FOI/24/206", b=True)
d += par("I refer to your request for information dated 11 July 2024 regarding drones. Please find our response below.")
d += par("Q1 and Q2", b=True)
d += par("The Service has five drones in total, operated by the Service\u2019s Drone Team based at Clough Road fire station:")
w = [4200, 1400, 3400]
d += row(["Make / model", "Number", "Use"], w, bold=True, shade=True)
d += row(["DJI Matrice 30T", "3", "Operational incidents, search and rescue"], w)
d += row(["DJI Mavic 3 Thermal (M3T)", "1", "Operational incidents, fire investigation"], w)
d += row(["DJI Mini 3", "1", "Pilot training only"], w)
d += "\\pard\\sa160\\par\n"
d += par("Q3", b=True)
d += par("No.")
d += par("Q4", b=True)
d += par("Yes, the Matrice 30T and Mavic 3 Thermal units have integrated thermal imaging cameras. The Mini 3 does not.")
d += par("Q5", b=True)
d += par("The drones were deployed to 142 incidents in calendar year 2023. This figure does not include training flights or flights on behalf of other agencies under mutual aid arrangements.")
d += par("If you are unhappy with this response you have the right to request an internal review. Requests should be made in writing within 40 working days to the Head of Corporate Assurance at the address above. If you remain dissatisfied following the internal review you may refer the matter to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
d += par("The information supplied is subject to copyright and may not be reproduced for commercial purposes without the permission of Humberwold Fire and Rescue Service.", i=True, fs=19)
d += par("Yours sincerely", after=500)
d += par("Karen Oduya", after=0)
d += par("Corporate Information Officer")
d += "}"
open(out("20-reply.rtf"), "w", encoding="ascii").write(d)
