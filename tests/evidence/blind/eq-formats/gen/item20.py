"""20: academy reply as an RTF letter (hand-written RTF markup), terse Q-numbered answers."""
from common import out, write_request, write_label

write_request("20", """
Dear Principal,

Freedom of Information request.

Q1 How many CCTV cameras does the Academy have?
Q2 Who manufactured them?
Q3 Is any of your CCTV equipment made by Dahua?
Q4 Please provide a copy of your CCTV policy.

Regards,
Harriet Vosper
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

paras = [
    (r"\qr ", "Ref: FOI-2425-07"),
    (r"\qr ", "4 December 2024"),
    ("", ""),
    ("", "Dear Ms Vosper,"),
    ("", ""),
    (r"\b ", "Freedom of Information Request"),
    ("", "Thank you for your request received on 6 November 2024. Please see our answers below."),
    ("", ""),
    ("", "Q1: 38 internal and 9 external."),
    ("", "Q2: Hik Vision"),
    ("", "Q3: None."),
    ("", "Q4: Our CCTV Policy is published on the Academy\u2019s website at www.northgate-academy.org.uk/policies. As this "
         "information is already reasonably accessible to you, it is exempt under section 21 of the Freedom of Information Act "
         "2000 and we have not attached a copy."),
    ("", ""),
    ("", "If you are not satisfied with this response you may request an internal review by writing to the Clerk to the "
         "Trustees at the Academy address within 40 working days. If you are still dissatisfied following the review you may "
         "contact the Information Commissioner\u2019s Office at ico.org.uk."),
    ("", ""),
    ("", "Yours sincerely,"),
    ("", ""),
    (r"\i ", "Mrs P. Okafor"),
    ("", "Operations & Compliance Manager"),
    ("", "Northgate Academy, part of the Saltmarsh Learning Partnership"),
]
rtf = [r"{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fswiss\fcharset0 Calibri;}{\f1\froman\fcharset0 Times New Roman;}}",
       r"{\colortbl ;\red31\green56\blue100;}",
       r"{\*\generator Riched20 10.0.19041}\viewkind4\uc1",
       r"\pard\sa120\sl276\slmult1\qc\cf1\b\f0\fs32 NORTHGATE ACADEMY\cf0\b0\fs22\par",
       r"\pard\sa120\sl276\slmult1\qc\fs18 Northgate Road, King\rquote s Lynn PE30 5PF \bullet  01553 610 220\fs22\par"]
for pre, txt in paras:
    if pre:
        closer = {r"\b ": r"\b0", r"\i ": r"\i0", r"\qr ": ""}[pre]
        rtf.append(r"\pard\sa120\sl276\slmult1" + pre + esc(txt) + closer + r"\par")
    else:
        rtf.append(r"\pard\sa120\sl276\slmult1 " + esc(txt) + r"\par")
rtf.append("}")
with open(out("20-reply.rtf"), "w", encoding="ascii") as f:
    f.write("\n".join(rtf) + "\n")
write_label(path="20-reply.rtf", request_file="20-request.txt", format="rtf", body_type="academy", law="foia",
            hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["s21"], camera_count=47,
            note="RTF markup with terse answers that need the request: count is 38 internal + 9 external = 47 with no total; maker spelt 'Hik Vision'; bare 'None.' to the Dahua-only Q3; policy withheld under s21 as already published, so partial.")
