import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from common import *

NN = "11"
REQ = """
To the Scottish Government FOI Unit

Under FOISA please tell me:
1. How many CCTV cameras are operated in the Scottish Government's core estate (St Andrew's House, Victoria Quay, Saughton House, Atlantic Quay and other core buildings)?
2. Are any of the cameras or recording equipment manufactured by Hikvision or Dahua?
3. Is facial recognition used on any of these cameras?
4. Who is the maintenance contractor?

Thank you
Iain Mowat
"""

def esc(s):
    out_ = []
    for ch in s:
        if ch in "\\{}":
            out_.append("\\" + ch)
        elif ord(ch) > 127:
            out_.append("\\'%02x" % ord(ch) if ord(ch) < 256 else "\\u%d?" % ord(ch))
        else:
            out_.append(ch)
    return "".join(out_)

paras = [
    ("b", "Directorate for Central Services"),
    ("", "Estates Operations"),
    ("", "Victoria Quay, Edinburgh EH6 6QQ"),
    ("", ""),
    ("", "Mr Iain Mowat"),
    ("", "Our ref: FOI/202400418876"),
    ("", "17 September 2024"),
    ("", ""),
    ("", "Dear Mr Mowat"),
    ("b", "REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)"),
    ("", "Thank you for your request dated 20 August 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA)."),
    ("b", "Your request"),
    ("i", "1. How many CCTV cameras are operated in the Scottish Government's core estate?"),
    ("", "There are 388 CCTV cameras across the core estate buildings."),
    ("i", "2. Are any of the cameras or recording equipment manufactured by Hikvision or Dahua?"),
    ("", "No."),
    ("i", "3. Is facial recognition used on any of these cameras?"),
    ("", "No."),
    ("i", "4. Who is the maintenance contractor?"),
    ("", "CCTV maintenance is delivered under the Scottish Government's integrated facilities management contract with Mitie Security Ltd."),
    ("b", "Your right to request a review"),
    ("", "If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to Director of Central Services, Victoria Quay, Edinburgh EH6 6QQ. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request."),
    ("", "If you are not satisfied with the result of the review, you then have the right to make a formal complaint to the Scottish Information Commissioner. More detailed information on your appeal rights is available on the Commissioner's website at: https://www.foi.scot/appeal."),
    ("", "Yours sincerely"),
    ("", ""),
    ("", "Alasdair Burnett"),
    ("", "Head of Security Operations"),
    ("", ""),
    ("s", "All Scottish Government FOI responses are published in our disclosure log. Your personal information is not published."),
]
rtf = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}",
       r"{\colortbl;\red0\green0\blue0;}",
       r"\viewkind4\uc1\pard\sa120\f0\fs22 "]
for kind, t in paras:
    t = esc(t)
    if kind == "b":
        rtf.append(r"{\b " + t + r"}\par")
    elif kind == "i":
        rtf.append(r"{\i " + t + r"}\par")
    elif kind == "s":
        rtf.append(r"{\fs16 " + t + r"}\par")
    else:
        rtf.append(t + r"\par")
rtf.append("}")
write_request(NN, REQ)
write_text(f"{NN}-reply.rtf", "\r\n".join(rtf) + "\r\n", encoding="ascii")
write_label(path=f"{NN}-reply.rtf", request_file=f"{NN}-request.txt", format="rtf", body_type="scottish_gov",
            law="foisa", hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=388,
            note="RTF letter; bare 'No.' to a question naming both makers together (no for both).")
