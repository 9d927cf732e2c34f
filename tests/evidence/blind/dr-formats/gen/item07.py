from common import out

def esc(s):
    return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("£", "\\'a3").replace("–", "\\endash ").replace("’", "\\rquote ")

def par(t, b=False, size=22, after=120):
    return "{\\pard\\sa%d\\fs%d%s %s\\par}\n" % (after, size, "\\b" if b else "", esc(t))

def row(cells, widths, bold=False):
    s = "\\trowd\\trgaph108\\trleft0"
    x = 0
    for w in widths:
        x += w
        s += "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10\\cellx%d" % x
    s += "\n"
    for c in cells:
        s += "\\pard\\intbl\\fs20%s %s\\cell\n" % ("\\b" if bold else "", esc(c))
    s += "\\row\n"
    return s

doc = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Calibri;}{\\f1\\froman Times New Roman;}}\n"
doc += "\\paperw11906\\paperh16838\\margl1300\\margr1300\\margt1200\\margb1200\n"
doc += "{\\header\\pard\\qc\\fs18\\b Kestrel Learning Trust\\b0  \\endash  Registered in England No. 08114562 \\endash  Kestrel House, Mill Lane, Rotherford S61 2PW\\par}\n"
doc += "{\\footer\\pard\\qc\\fs16 Kestrel Learning Trust is an exempt charity and a company limited by guarantee. Page \\chpgn\\par}\n"
doc += par("Our reference: KLT-FOI-2024-017", after=0)
doc += par("Date: 4 October 2024")
doc += par("Dear Ms Ruddock,")
doc += par("Re: Freedom of Information Request \u2013 CCTV", b=True)
doc += par("Thank you for your request which we received on 9 September 2024. Please accept our apologies that this reply is a little later than we would have liked; the request arrived at the start of the new school year.")
doc += par("1) How many CCTV cameras are there at each of the Trust\u2019s academies?", b=True)
widths = [3600, 1500, 2400, 1900]
doc += row(["Academy", "Cameras", "Make", "Installed"], widths, bold=True)
for r in [("Ashdown Primary Academy", "14", "HiLook", "2020"),
          ("Brookfield Academy", "68", "Hanwha (Wisenet)", "2017, extended 2022"),
          ("Castle Vale Primary Academy", "11", "HiLook", "2021"),
          ("Denholme Academy", "72", "Axis & Hanwha", "2019"),
          ("Elmsbridge Junior Academy", "9", "Vista", "2015")]:
    doc += row(list(r), widths)
doc += "\\pard\\sa120\\par\n"
doc += par("2) Are any of the cameras made by Hikvision?", b=True)
doc += par("Please see the table above.")
doc += par("3) Are any of the cameras made by Dahua?", b=True)
doc += par("No, the Trust does not have any Dahua cameras.")
doc += par("4) Who installed and who maintains the systems?", b=True)
doc += par("The systems at Brookfield and Denholme were installed by, and are maintained by, Sentinel Fire & Security Ltd under the Trust\u2019s central security contract. The primary academy systems were installed by local contractors engaged by the schools before they joined the Trust and are looked after by the schools\u2019 site staff, with ad hoc call-outs as required.")
doc += par("If you are unhappy with the way your request has been handled, you can ask for a review by writing to the Trust\u2019s Data Protection Officer at dpo@kestrel-lt.org.uk. If you are still not satisfied, you can complain to the Information Commissioner\u2019s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
doc += par("Yours sincerely,", after=400)
doc += par("Mark Eversley", after=0)
doc += par("Chief Operating Officer, Kestrel Learning Trust")
doc += "}"
# convert any remaining non-ascii to \uN?
outs = ""
for ch in doc:
    if ord(ch) > 127:
        outs += "\\u%d?" % ord(ch)
    else:
        outs += ch
open(out("07-reply.rtf"), "w", encoding="ascii").write(outs)
