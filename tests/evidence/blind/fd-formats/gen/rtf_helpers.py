"""Tiny RTF writer."""


def esc(s):
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif ord(ch) > 127:
            out.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
        else:
            out.append(ch)
    return "".join(out)


class Rtf:
    def __init__(self, font="Arial", size=20):
        self.parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss %s;}{\f1\froman Times New Roman;}}" % font,
                      r"{\colortbl;\red0\green0\blue0;\red0\green70\blue40;}",
                      r"{\info{\title FOI response}{\author Information Officer}}",
                      r"\paperw11906\paperh16838\margl1300\margr1300\margt1200\margb1200",
                      r"\f0\fs%d" % size]
        self.size = size

    def p(self, text, bold=False, size=None, align="l", space=120, italic=False):
        fmt = ""
        if bold:
            fmt += r"\b "
        if italic:
            fmt += r"\i "
        if size:
            fmt += r"\fs%d " % size
        self.parts.append(r"\pard\q%s\sa%d %s%s\b0\i0\fs%d\par" % (align, space, fmt, esc(text), self.size))

    def table(self, rows, widths_twips, header=True):
        for r, row in enumerate(rows):
            s = [r"\trowd\trgaph80\trleft0"]
            x = 0
            for w in widths_twips:
                x += w
                s.append(r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10")
                if header and r == 0:
                    s.append(r"\clcbpat2")
                s.append(r"\cellx%d" % x)
            for c in row:
                txt = esc(c)
                if header and r == 0:
                    txt = r"\b " + txt + r"\b0"
                s.append(r"\pard\intbl %s\cell" % txt)
            s.append(r"\row")
            self.parts.append("".join(s))
        self.parts.append(r"\pard\sa120\par")

    def save(self, path):
        with open(path, "w", encoding="ascii") as fh:
            fh.write("\n".join(self.parts) + "\n}")
