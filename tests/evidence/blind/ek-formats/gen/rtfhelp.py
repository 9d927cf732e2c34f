def esc(s):
    o = []
    for ch in s:
        if ch in "\\{}": o.append("\\" + ch)
        elif ch == "\n": o.append("\\line ")
        elif ord(ch) < 128: o.append(ch)
        elif ord(ch) < 256: o.append("\\'%02x" % ord(ch))
        else: o.append("\\u%d?" % (ord(ch) if ord(ch) < 32768 else ord(ch) - 65536))
    return "".join(o)
def rtf_doc(paras, font="Arial", size=22):
    """paras: list of (kind, text) kind in p, b, h, i, raw"""
    head = ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang2057{\\fonttbl{\\f0\\fswiss\\fcharset0 %s;}{\\f1\\froman\\fcharset0 Times New Roman;}}\n"
            "{\\colortbl ;\\red0\\green51\\blue102;\\red90\\green90\\blue90;}\n"
            "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n\\paperw11906\\paperh16838\\margl1440\\margr1440\\margt1134\\margb1134\n" % font)
    body = []
    for kind, text in paras:
        if kind == "raw": body.append(text); continue
        t = esc(text)
        if kind == "h": body.append("\\pard\\sa200\\qc\\cf1\\b\\fs%d %s\\b0\\cf0\\fs%d\\par\n" % (size + 10, t, size))
        elif kind == "b": body.append("\\pard\\sa120\\b\\fs%d %s\\b0\\par\n" % (size, t))
        elif kind == "i": body.append("\\pard\\sa120\\li360\\i\\fs%d %s\\i0\\par\n" % (size, t))
        elif kind == "s": body.append("\\pard\\sa120\\cf2\\fs%d %s\\cf0\\fs%d\\par\n" % (size - 6, t, size))
        elif kind == "r": body.append("\\pard\\sa120\\qr\\fs%d %s\\par\n" % (size, t))
        else: body.append("\\pard\\sa160\\fs%d %s\\par\n" % (size, t))
    return head + "".join(body) + "}\n"
def rtf_table(rows, widths):
    out = []
    for i, r in enumerate(rows):
        x = 0; row = "\\trowd\\trgaph108"
        for w in widths:
            x += w; row += "\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx%d" % x
        row += "\n"
        for v in r:
            row += "\\pard\\intbl %s%s%s\\cell " % ("\\b " if i == 0 else "", esc(str(v)), "\\b0" if i == 0 else "")
        row += "\\row\n"
        out.append(row)
    return "".join(out) + "\\pard\\par\n"
