from common import out, add_label, make_eml

rows = [("Riverside Campus", "Main Building", 24, "Axis"), ("Riverside Campus", "Library", 18, "Hikvison"),
        ("Riverside Campus", "Students' Association", 15, "Axis"), ("Riverside Campus", "Sports Centre", 12, "Dahau"),
        ("Riverside Campus", "Residences - Seagate", 31, "Hikvison"), ("Kingsway Campus", "Nursing & Health", 9, "Axis"),
        ("Kingsway Campus", "Engineering Labs", 14, "Dahau"), ("Kingsway Campus", "Car Park", 8, "Axis"),
        ("Ardler Campus", "Residences Blocks A-F", 27, "Hikvison")]
csv = "Campus,Building,Number of cameras,Camera make\r\n" + "".join(
    '%s,"%s",%d,%s\r\n' % r for r in rows)
data = ("\ufeff" + csv).encode("utf-8")

body = """Dear Ms Ferguson

Freedom of Information (Scotland) Act 2002 - request ref. TU-FOI-2023-276

Thank you for your request received on 6 November 2023. Please find our response below.

(a), (b) and (d): Please see the attached file, which lists the cameras by campus and building with the make.

(c): The University does not hold this information. The CCTV system has been installed and extended in phases since
2009 and the University does not hold a record of the overall installation cost. In terms of section 17(1) of FOISA,
this letter serves as notice that the information is not held.

If you are unhappy with our response you may ask us to carry out an internal review, by writing to the University
Secretary, Tayforth University, Nethergate, Dundon DD1 9ZZ, or foi@tayforth.ac.uk, within 40 working days. If you are
then dissatisfied with the outcome of the review you may apply to the Scottish Information Commissioner
(www.itspublicknowledge.info) within six months.

Yours sincerely

Morag Henderson
Records and Information Compliance Officer
Tayforth University
The University is a registered Scottish charity, No SC099999
"""
make_eml("18-reply.eml", "Information Compliance <foi@tayforth.ac.uk>", "Kirsty Ferguson <kferguson.research@example.org>",
         "Your FOI request TU-FOI-2023-276", "Tue, 28 Nov 2023 09:44:17 +0000", body,
         [("TU-FOI-2023-276 cameras.csv", data, "text", "csv")], msgid="<20231128094417.7731@tayforth.ac.uk>")
tot = sum(r[2] for r in rows)
assert tot == 158
add_label(path="18-reply.eml", request_file="18-request.txt", format="eml", body_type="university", law="foisa",
          hikvision="yes", dahua="yes", outcome="partially_answered", exemptions=["s17"], camera_count=158,
          note="Counts and makes only in a base64 CSV attachment with per-building rows and no total (sum 158), makes misspelt 'Hikvison' and 'Dahau'; cost not held under FOISA s17.")
