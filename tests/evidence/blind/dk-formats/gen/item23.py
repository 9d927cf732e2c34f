from common import out, add_label

def esc(t):
    out_ = []
    for ch in t:
        if ch in "\\{}": out_.append("\\" + ch)
        elif ord(ch) > 127: out_.append("\\u%d?" % ord(ch))
        else: out_.append(ch)
    return "".join(out_)

paras = [
    ("b", "Scottish Land and Property Agency"),
    ("", "Information Rights Unit | Meadowbank House, 153 London Road, Edinburgh EH8 7ZZ | foi@slpa.scot"),
    ("", ""),
    ("", "Mr D Urquhart"),
    ("", "Our reference: SLPA-FOI-2023-0199"),
    ("", "9 October 2023"),
    ("", ""),
    ("", "Dear Mr Urquhart"),
    ("b", "Request under the Freedom of Information (Scotland) Act 2002 (FOISA)"),
    ("", "Thank you for your request dated 12 September 2023. Our response to each of your questions is set out below."),
    ("b", "Q1. How many CCTV cameras are installed at the Agency\u2019s offices?"),
    ("", "There are 37 CCTV cameras in total: 21 at Meadowbank House, Edinburgh; 10 at our Hope Street office, Glasgow; and 6 at our Inverness office."),
    ("b", "Q2. What manufacturers are they?"),
    ("", "Bosch (Edinburgh and Glasgow) and Axis (Inverness)."),
    ("b", "Q3. Are any of them made by Hikvision or Dahua?"),
    ("", "No."),
    ("b", "Q4. Has the Agency received any guidance from the Scottish Government on the use of Chinese-made surveillance equipment?"),
    ("", "The Agency has received the Scottish Government\u2019s Security Notice of January 2023 on visual surveillance systems, which applies to all Scottish public sector organisations. No other guidance has been received."),
    ("b", "Your right to request a review"),
    ("", "If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to the Head of Information Governance at the address above. Your review request must explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter."),
    ("", "If our internal review response does not satisfy you, you may then apply to the Scottish Information Commissioner for a decision. You must normally apply to the Commissioner within 6 months of receiving our review response. The Commissioner can be contacted at: The Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS. www.itspublicknowledge.info/Appeal"),
    ("", "Yours sincerely"),
    ("", ""),
    ("", "Ailsa Kerr"),
    ("", "Information Rights Officer"),
]
rtf = ["{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}",
       "{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1",
       "\\pard\\sa160\\sl252\\slmult1\\f0\\fs22\\lang2057"]
for st, t in paras:
    if st == "b":
        rtf.append("\\b %s\\b0\\par" % esc(t))
    else:
        rtf.append("%s\\par" % esc(t))
rtf.append("}")
with open(out("23-reply.rtf"), "w", encoding="ascii") as fh:
    fh.write("\n".join(rtf) + "\n")
add_label(path="23-reply.rtf", request_file="23-request.txt", format="rtf", body_type="scottish_gov", law="foisa",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=37,
          note="Ordinary FOISA letter from a Scottish Government agency as RTF; total 37 with per-office breakdown and a bare 'No.' to the joint maker question.")
