"""Minimal hand-rolled RTF writer."""
def esc(s):
    o = []
    for ch in s:
        if ch in "\\{}": o.append("\\" + ch)
        elif ch == "\n": o.append("\\line ")
        elif ord(ch) > 127: o.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
        else: o.append(ch)
    return "".join(o)

class RTF:
    def __init__(self, font="Arial", size=22):
        self.parts = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fswiss\\fcharset0 %s;}{\\f1\\froman\\fcharset0 Times New Roman;}}" % font,
                      "{\\colortbl ;\\red0\\green51\\blue102;}",
                      "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1 ",
                      "\\pard\\sa160\\sl259\\slmult1\\f0\\fs%d\\lang2057 " % size]
        self.size = size
    def p(self, text="", bold=False, align=None, size=None, color=False):
        a = {"r": "\\qr", "c": "\\qc", None: "\\ql"}[align]
        pre = "\\pard\\sa160%s" % a
        if size: pre += "\\fs%d" % size
        if color: pre += "\\cf1"
        pre += "\\b " if bold else " "
        post = ("\\b0" if bold else "") + ("\\cf0" if color else "") + ("\\fs%d" % self.size if size else "")
        self.parts.append(pre + esc(text) + post + "\\par\n")
    def table(self, rows, widths, boldfirst=True, boldlast=False):
        for i, r in enumerate(rows):
            s = "\\trowd\\trgaph108\\trleft0"
            x = 0
            for w in widths:
                x += w
                s += "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10\\cellx%d" % x
            s += "\n"
            b = (i == 0 and boldfirst) or (i == len(rows) - 1 and boldlast)
            for c in r:
                s += "\\pard\\intbl%s %s%s\\cell " % ("\\b" if b else "", esc(str(c)), "\\b0" if b else "")
            s += "\\row\n"
            self.parts.append(s)
        self.parts.append("\\pard\\sa160\\par\n")
    def save(self, path):
        with open(path, "w", encoding="ascii") as f:
            f.write("".join(self.parts) + "}\n")
