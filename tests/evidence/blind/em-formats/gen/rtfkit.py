def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}": out.append("\\" + ch)
        elif ch == "\n": out.append("\\line ")
        elif o < 128: out.append(ch)
        elif o < 256: out.append("\\'%02x" % o)
        else: out.append("\\u%d?" % (o if o < 32768 else o - 65536))
    return "".join(out)
