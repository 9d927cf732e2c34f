import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

N = 19
write_text(f"{N:02d}-request.txt", """
To Thamesmead Valley Police

Freedom of Information Act request - body worn video

1. How many body worn video cameras does the force currently have?
2. Who is the manufacturer of the body worn video cameras?
3. Are any of the body worn cameras, docking stations or associated software made by Hikvision or Dahua?
4. How many body worn cameras are allocated to each police station?

Regards,
Tobias Wren
""")

def para(t, bold=False, size=22, align="ql", space=120):
    t = rtf_escape(t)
    b0, b1 = (r"\b ", r"\b0") if bold else ("", "")
    return rf"\pard\{align}\sa{space}\fs{size} {b0}{t}{b1}\par" + "\n"

def row(cells, widths, bold=False, shade=False):
    s = r"\trowd\trgaph108\trleft0"
    x = 0
    for w in widths:
        x += w
        if shade:
            s += r"\clcbpat2"
        s += r"\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10" + rf"\cellx{x}"
    s += "\n"
    for c in cells:
        c = rtf_escape(c)
        s += r"\pard\intbl\sa60\fs20 " + (r"\b " if bold else "") + c + (r"\b0" if bold else "") + r"\cell" + "\n"
    s += r"\row" + "\n"
    return s

doc = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fprq2\fcharset0 Arial;}}",
       r"{\colortbl;\red0\green0\blue0;\red217\green226\blue243;}",
       r"{\info{\title FOI Response 3105/24}{\author Information Compliance Unit}}",
       r"\paperw11906\paperh16838\margl1247\margr1247\margt1134\margb1134\f0" + "\n"]
doc.append(para("THAMESMEAD VALLEY POLICE", bold=True, size=28, align="qc"))
doc.append(para("Information Compliance Unit | Police Headquarters | Kingsmead Road | Readwell | RV1 9TP", size=16, align="qc"))
doc.append(para("Freedom of Information Request Reference Number: 3105/24", bold=True))
doc.append(para("Date of response: 29/11/2024"))
doc.append(para("Thank you for your request for information regarding body worn video which has now been considered. "
                "Please see the force response below."))
W = [4200, 5200]
doc.append(row(["Question", "Response"], W, bold=True, shade=True))
doc.append(row(["1. How many body worn video cameras does the force currently have?",
                "1,640 devices are currently in service."], W))
doc.append(row(["2. Who is the manufacturer of the body worn video cameras?",
                "Motorola Solutions (model VB400). The devices are managed through Motorola's VideoManager software."], W))
doc.append(row(["3. Are any of the body worn cameras, docking stations or associated software made by Hikvision or Dahua?",
                "No."], W))
doc.append(row(["4. How many body worn cameras are allocated to each police station?",
                "Exempt - section 31(1)(a)(b). See below."], W))
doc.append(para(""))
doc.append(para("Section 31 Law Enforcement", bold=True))
doc.append(para("Section 31 is a prejudice-based qualified exemption. Disclosure of the number of devices allocated to "
                "individual stations would indicate the relative resourcing of local policing teams and, when combined with "
                "other publicly available information, could be used to identify areas where officers are less likely to "
                "be equipped with body worn video. This would prejudice the prevention and detection of crime and the "
                "apprehension or prosecution of offenders. Although there is a public interest in how devices are deployed, "
                "the force considers the public interest in maintaining the exemption outweighs that in disclosure on this "
                "occasion."))
doc.append(para("Please note that all front-line officers and PCSOs are issued with a device when on duty; devices are pooled "
                "and are not personally issued."))
doc.append(para("Complaint Rights", bold=True))
doc.append(para("If you are dissatisfied with the response you have been provided with you may ask for an internal review "
                "within 40 working days of the date of this letter. Should you remain dissatisfied you can apply to the "
                "Information Commissioner for a decision. ICO, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."))
doc.append(para("Yours sincerely"))
doc.append(para("Information Compliance Unit"))
doc.append("}\n")
write_text(f"{N:02d}-reply.rtf", "".join(doc))

label(N, "rtf", "rtf", "police", "foia", "no", "no", "partially_answered", ["s31"], 1640,
      "request is only about body-worn video so the BWV device count is the count; RTF table rows; bare 'No' to combined question; per-station split withheld s31")
