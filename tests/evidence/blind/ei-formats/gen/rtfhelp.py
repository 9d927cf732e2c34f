def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            out.append(ch)
    return "".join(out)

def para(text, bold=False, align=None, size=None, space_after=160, italic=False):
    fmt = "\\pard\\plain\\f0" + (f"\\fs{size}" if size else "\\fs22") + f"\\sa{space_after}"
    if align == "r": fmt += "\\qr"
    if align == "c": fmt += "\\qc"
    if align == "j": fmt += "\\qj"
    inner = esc(text)
    if bold: inner = "{\\b " + inner + "}"
    if italic: inner = "{\\i " + inner + "}"
    return fmt + " " + inner + "\\par\n"

def doc(paras, font="Arial", extra_fonts=(), title=None, author=None):
    fonts = "{\\fonttbl{\\f0\\fswiss\\fcharset0 " + font + ";}" + "".join(
        "{\\f%d\\fnil\\fcharset0 %s;}" % (i + 1, f) for i, f in enumerate(extra_fonts)) + "}"
    info = ""
    if title or author:
        info = "{\\info" + (f"{{\\title {esc(title)}}}" if title else "") + (f"{{\\author {esc(author)}}}" if author else "") + "}"
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2057" + fonts +
            "{\\colortbl;\\red0\\green0\\blue0;\\red31\\green56\\blue100;}" + info +
            "\\paperw11906\\paperh16838\\margl1440\\margr1440\\margt1134\\margb1134\n" + "".join(paras) + "}")

def row(cells, widths_twips, bold=False):
    s = "\\trowd\\trgaph108"
    x = 0
    for w in widths_twips:
        x += w
        s += "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10\\cellx%d" % x
    s += "\n"
    for c in cells:
        t = esc(str(c))
        s += "\\pard\\intbl\\f0\\fs20 " + ("{\\b " + t + "}" if bold else t) + "\\cell\n"
    return s + "\\row\n"
