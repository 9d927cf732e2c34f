from common import write_request, add_label, out
from rtf import Rtf

NN = "21"
write_request(NN, """
Dear Severnmoor Fire and Rescue Service,

Please could you provide the following information about drones (unmanned aerial vehicles / UAS) used by the Service:

1. Does the Service operate any drones?
2. If so, how many?
3. What make and model are they?
4. Are any of them manufactured by Hikvision or Dahua?
5. What was the total purchase cost?

Many thanks
Dominic Farrant
""")

r = Rtf()
r.p("SEVERNMOOR FIRE AND RESCUE SERVICE", bold=True, size=28, after=0)
r.p("Service Headquarters, Kingsway Place, Hadley Cross, Severnmoor SM3 9FR", size=18, after=0)
r.p("Information Governance | foi@severnmoorfire.gov.uk | 01632 961 500", size=18, after=240)
r.p("Your ref: email of 06/01/2025        Our ref: FOI/25/0014", after=0)
r.p("Date: 27 January 2025", after=240)
r.p("Dear Mr Farrant")
r.p("FREEDOM OF INFORMATION ACT 2000 \u2013 DRONES", bold=True)
r.p("Thank you for your request for information which was received on 6 January 2025. I can confirm that the "
    "Service holds the information you have requested and this is provided below.")
r.table([
    ["Question", "Response"],
    ["1. Does the Service operate any drones?", "Yes."],
    ["2. If so, how many?", "Three (3). The drones are based at Hadley Cross and Tern Bridge fire stations and are "
                            "deployed to incidents across the Service area."],
    ["3. What make and model are they?", ["DJI Matrice 30T \u2013 2", "DJI Mavic 3 Thermal \u2013 1"]],
    ["4. Are any of them manufactured by Hikvision or Dahua?", "No."],
    ["5. What was the total purchase cost?",
     "\u00a336,487.00 including cameras/payloads, batteries and ground station equipment (excl. VAT)."],
], [3800, 5200])
r.p("For information, the Service also uses thermal imaging cameras carried on fire appliances; these are "
    "hand-held units and are not drones.")
r.p("If you are not satisfied with this response you may request an internal review within 40 working days of "
    "the date of this letter by writing to the Information Governance Manager at the above address. If you remain "
    "dissatisfied following the internal review you may apply to the Information Commissioner's Office, Wycliffe "
    "House, Water Lane, Wilmslow, Cheshire SK9 5AF (www.ico.org.uk).")
r.p("Information released under the Freedom of Information Act is subject to copyright and may be re-used only "
    "in accordance with the Re-use of Public Sector Information Regulations 2015.")
r.p("Yours sincerely", after=480)
r.p("Lorna Bickerstaff", after=0)
r.p("Information Governance Officer", after=0)
r.save(out(f"{NN}-reply.rtf"))
add_label(NN, "rtf", "fire", "foia", "no", "no", "answered", [], 3,
          "RTF table reply about drones only: the count is 'Three (3)' drones (all DJI), and hand-held thermal "
          "imaging cameras are mentioned but are outside the request.")
