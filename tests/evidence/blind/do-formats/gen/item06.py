from common import *

NN = "06"
write_request(NN, """
Dear Brightwater Learning Partnership,

I would like to make a Freedom of Information request.

Q1 How many CCTV cameras are installed across the trust's academies?
Q2 Are any of them manufactured by Hikvision?
Q3 Are any of them manufactured by Dahua?
Q4 Does the trust have a CCTV policy? If so please send me a copy.

Kind regards
Sophie Marchant
""")


def esc(s):
    out_ = []
    for ch in s:
        if ch in "\\{}":
            out_.append("\\" + ch)
        elif ord(ch) > 127:
            out_.append("\\u%d?" % ord(ch))
        else:
            out_.append(ch)
    return "".join(out_)


lines = [
    r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fswiss\fcharset0 Calibri;}{\f1\froman\fcharset0 Times New Roman;}}",
    r"{\colortbl ;\red0\green70\blue127;}",
    r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1",
    r"\pard\sa200\sl276\slmult1\qr\cf1\b\f0\fs28 Brightwater Learning Partnership\cf0\b0\fs20\par",
    r"\pard\sa0\qr Trust Central Office, Unit 4 Kestrel Court, Fenbridge, PE19 3WA\par",
    r"governance@brightwater-lp.org.uk\par",
    r"\pard\sa200\sl276\slmult1\fs22\par",
    r"Our ref: BLP-FOI-0322\par",
    r"6 June 2024\par",
    r"Dear Ms Marchant\par",
    r"\b Request for information\b0\par",
    esc("Thank you for your request received on 13 May 2024. The Trust\u2019s response is below:") + r"\par",
    r"\pard\li360\sa120 1.  64\par",
    r"2.  Yes\par",
    r"3.  No\par",
    esc("4.  Yes \u2013 a copy of the Trust\u2019s CCTV Policy (v3, approved by the Board of Trustees June 2023) is attached.") + r"\par",
    r"\pard\sa200\sl276\slmult1\par",
    esc("If you are not satisfied with this response you can ask for an internal review by writing to the Governance "
        "Lead at the address above within 40 working days. If you are still dissatisfied after the review you can "
        "complain to the Information Commissioner\u2019s Office (www.ico.org.uk).") + r"\par",
    r"Kind regards\par",
    r"\par",
    r"Lydia Okonjo\line Governance and Compliance Lead\line Brightwater Learning Partnership\par",
    r"\fs16 Brightwater Learning Partnership is a charitable company limited by guarantee registered in England and Wales (company no. 08817342).\par",
    r"}",
]
with open(out(f"{NN}-reply.rtf"), "w", encoding="ascii") as f:
    f.write("\n".join(lines) + "\n")

add_label(dict(path=f"{NN}-reply.rtf", request_file=f"{NN}-request.txt", format="rtf",
               body_type="academy", law="foia", hikvision="yes", dahua="no", outcome="answered",
               exemptions=[], camera_count=64,
               note="Bare numbered answers '1. 64 2. Yes 3. No' only make sense against the request's separate Hikvision and Dahua questions."))
