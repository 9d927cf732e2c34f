"""Tiny RTF writer (Word-ish output)."""


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o < 128:
            out.append(ch)
        elif o < 256:
            out.append("\\'%02x" % o)
        else:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)


class Rtf:
    def __init__(self, font="Arial"):
        self.parts = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057"
                      r"{\fonttbl{\f0\fswiss\fcharset0 " + font + r";}{\f1\froman\fcharset0 Times New Roman;}}"
                      r"{\colortbl ;\red0\green0\blue0;\red31\green78\blue121;}"
                      r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1" "\n"
                      r"\paperw11906\paperh16838\margl1440\margr1440\margt1134\margb1134" "\n"]

    def p(self, text, bold=False, size=20, align="l", after=120):
        b0, b1 = (r"\b ", r"\b0") if bold else ("", "")
        self.parts.append(r"\pard\q%s\sa%d\f0\fs%d %s%s%s\par" % (align, after, size, b0, esc(text), b1) + "\n")

    def raw(self, s):
        self.parts.append(s)

    def table(self, rows, widths_twips, header=True):
        for i, row in enumerate(rows):
            s = r"\trowd\trgaph108\trleft0"
            x = 0
            for w in widths_twips:
                x += w
                s += r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10\cellx%d" % x
            s += "\n"
            for c in row:
                paras = c if isinstance(c, list) else [c]
                body = r"\par ".join(esc(t) for t in paras)
                if header and i == 0:
                    body = r"\b " + body + r"\b0"
                s += r"\pard\intbl\f0\fs19 " + body + r"\cell" + "\n"
            s += r"\row" + "\n"
            self.parts.append(s)
        self.parts.append(r"\pard\par" + "\n")

    def save(self, path):
        with open(path, "w", encoding="ascii") as f:
            f.write("".join(self.parts) + "}\n")
