from common import *

NN = "15"
write_request(NN, """
Hello

Freedom of Information request:

Question 1: Does the force use any CCTV cameras manufactured by Hikvision?
Question 2: Does the force use any CCTV cameras manufactured by Dahua?
Question 3: How many CCTV cameras does the force operate in total?
Question 4: At which buildings are any Hikvision or Dahua cameras installed?

Thank you
Alex Strand
""")


def esc(s):
    o = []
    for ch in s:
        if ch in "\\{}":
            o.append("\\" + ch)
        elif ord(ch) > 127:
            o.append("\\u%d?" % ord(ch))
        else:
            o.append(ch)
    return "".join(o)


paras = [
    ("b", "NORTH RIDINGSHIRE POLICE"),
    ("", "Freedom of Information Team, Newby Wiske Road, Thirlston, TH7 4QB"),
    ("", ""),
    ("", "Our Ref: 000914/25          Date: 14 March 2025"),
    ("", ""),
    ("", "Dear Requester,"),
    ("b", "Freedom of Information Request Reference No: 000914/25"),
    ("", "I write in connection with your request for information received by North Ridingshire Police on 13 "
         "February 2025 in which you sought access to the following information:"),
    ("i", "Question 1: Does the force use any CCTV cameras manufactured by Hikvision? Question 2: Does the force use "
          "any CCTV cameras manufactured by Dahua? Question 3: How many CCTV cameras does the force operate in "
          "total? Question 4: At which buildings are any Hikvision or Dahua cameras installed?"),
    ("b", "Response"),
    ("", "North Ridingshire Police can neither confirm nor deny that it holds the information requested in "
         "questions 1, 2 and 4 by virtue of s.24(2)/31(3) of the Freedom of Information Act 2000 (National "
         "Security; Law Enforcement)."),
    ("", "In respect of question 3, the information is held but is exempt by virtue of sections 24(1) and "
         "31(1)(a)(b)."),
    ("", "Section 17 of the Act provides: (1) A public authority which, in relation to any request for "
         "information, is to any extent relying on a claim that information is exempt information must, within "
         "the time for complying with section 1(1), give the applicant a notice which (a) states that fact, (b) "
         "specifies the exemption in question and (c) states (if that would not otherwise be apparent) why the "
         "exemption applies. This letter acts as the refusal notice."),
    ("b", "Overall Harm"),
    ("", "To confirm or deny the use of a specific manufacturer's equipment, or to disclose the size of the "
         "force's CCTV estate, would provide those intent on disrupting policing with information about the "
         "force's security infrastructure. Each disclosure, when combined with disclosures made by other "
         "forces, would allow a picture to be built up of the relative vulnerability of police premises across "
         "the country. The Police Service is reliant upon all manner of techniques during operations and the "
         "public release of details of physical security measures would undermine their effectiveness."),
    ("b", "Public Interest Test"),
    ("", "Factors favouring confirmation or denial: confirming or denying would provide reassurance that public "
         "money is spent appropriately and that the force has responded to Government guidance on "
         "surveillance equipment."),
    ("", "Factors against confirmation or denial: it would identify vulnerabilities in the police estate, would "
         "be of use to criminals and terrorists, and would undermine the partnership approach to national "
         "security."),
    ("b", "Balance Test"),
    ("", "After weighing up the competing interests I have determined that the public interest lies in "
         "neither confirming nor denying that the information is held for questions 1, 2 and 4, and in "
         "withholding the information for question 3. None of the above should be taken as an indication that "
         "the information you requested does or does not exist."),
    ("", "If you are not satisfied with this response you may request an internal review within 40 working days "
         "(foi@northridingshire.police.uk). You may then apply to the Information Commissioner's Office."),
    ("", "Yours faithfully,"),
    ("", ""),
    ("", "P. Varga"),
    ("", "Information Disclosure Officer"),
]
rtf = [r"{\rtf1\ansi\deff0{\fonttbl{\f0\fnil\fcharset0 Arial;}}",
       r"{\info{\title FOI 000914-25 response}{\author Varga, Petra}}",
       r"\paperw11906\paperh16838\margl1440\margr1440\margt1440\margb1440",
       r"\pard\f0\fs22"]
for st, text in paras:
    t = esc(text)
    if st == "b":
        t = r"{\b " + t + "}"
    elif st == "i":
        t = r"{\i " + t + "}"
    rtf.append(r"\pard\sb0\sa160 " + t + r"\par")
rtf.append("}")
with open(out(f"{NN}-reply.rtf"), "w", encoding="ascii") as f:
    f.write("\n".join(rtf) + "\n")

add_label(dict(path=f"{NN}-reply.rtf", request_file=f"{NN}-request.txt", format="rtf",
               body_type="police", law="foia", hikvision="unknown", dahua="unknown", outcome="refused",
               exemptions=["s24", "s31"], camera_count=None,
               note="Full NCND/withholding refusal citing 's.24(2)/31(3)'; s17 is quoted but is not an exemption."))
