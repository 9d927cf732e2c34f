from common import *
import csv

NN = "23"
write_request(NN, """
To NHS Fife,

Under FOISA please provide:
Q1 How many CCTV cameras are in use at Victoria Hospital, Kirkcaldy and Queen Margaret Hospital, Dunfermline, and across the Board as a whole?
Q2 Which manufacturers' cameras are used?
Q3 Does the Board use Hikvision or Dahua cameras?
Q4 Please provide site plans showing camera positions.

Thanks
Callum Rennie
""")
rows = [
 ["FOI-24-0612", "1", "How many CCTV cameras are in use at Victoria Hospital, Kirkcaldy and Queen Margaret Hospital, Dunfermline, and across the Board as a whole?",
  "Victoria Hospital: 162. Queen Margaret Hospital: 118. NHS Fife does not hold a single record of CCTV cameras across all of its community premises, many of which are leased or shared with other bodies, and so cannot give a Board-wide figure. Under section 17 of FOISA we are notifying you that this information is not held.",
  "s17"],
 ["FOI-24-0612", "2", "Which manufacturers' cameras are used?",
  "The acute sites use predominantly Hikvision and Hanwha cameras.", ""],
 ["FOI-24-0612", "3", "Does the Board use Hikvision or Dahua cameras?", "See response to question 2.", ""],
 ["FOI-24-0612", "4", "Please provide site plans showing camera positions.",
  "Withheld. Section 35(1)(a) - disclosure would, or would be likely to, prejudice substantially the prevention or detection of crime. The public interest favours withholding.",
  "s35(1)(a)"],
 ["FOI-24-0612", "", "Review rights",
  "If you are dissatisfied you may request a review within 40 working days (fife.foi@nhs.scot). You may then apply to the Scottish Information Commissioner.", ""],
]
with open(out(f"{NN}-reply.csv"), "w", newline="", encoding="utf-8-sig") as f:
    w = csv.writer(f, quoting=csv.QUOTE_ALL)
    w.writerow(["Case ref", "Q no", "Question", "Response", "Exemption applied"])
    w.writerows(rows)
add_label(NN, "csv", "nhs", "foisa", "yes", "unknown", "partially_answered", ["s17", "s35"], None,
          "CSV export of a Q/A log; only two named sites counted (162, 118) while the Board-wide total is declared not held (s17), so no total; 'predominantly' maker list is not complete so Dahua unknown; s35.")
