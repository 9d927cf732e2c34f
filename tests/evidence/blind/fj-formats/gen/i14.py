from lib import *
import random
rnd = random.Random(14)
write_request("14", """
Dear Thamesmead Vale Borough Council,

I would like the following information about the cameras the Council uses to catch fly-tippers:

1. How many deployable or covert cameras does the Council have for fly-tipping enforcement?
2. What make and model is each camera?
3. Where were the cameras deployed during 2024?
4. How many fixed penalty notices were issued in 2024 as a result of camera footage?

Regards,
Sunil Mehta
""")
models = [("EZVIZ", "C3TN 2K", "Wi-Fi bullet"), ("EZVIZ", "BC1C", "Battery camera"), ("Reolink", "Go PT Ultra", "4G battery PTZ"),
          ("Reolink", "Argus 4 Pro", "Battery camera"), ("Enforcement Cameras Ltd", "SmartCam 4G", "Covert 4G unit")]
rows = [["Unit ID", "Make", "Model", "Type", "Purchased", "Status"]]
live = 0
for i in range(1, 39):
    mk, md, ty = rnd.choice(models)
    yr = rnd.choice(["2021", "2022", "2022", "2023", "2024"])
    st = "In use"
    if i in (7, 19, 30):
        st = "Stolen - written off"
    elif i == 25:
        st = "Damaged - written off"
    else:
        live += 1
    rows.append([f"FT-{i:03d}", mk, md, ty, yr, st])
blocks = [
    ("b", "Thamesmead Vale Borough Council"),
    ("p", "Information Requests Team, Town Hall, Crossways, Thamesmead Vale DA19 4NW"),
    ("p", "Request reference: EIR-2025-00218<br/>Date: 24 February 2025"),
    ("p", "Dear Mr Mehta,"),
    ("b", "Environmental Information Regulations 2004"),
    ("p", "Thank you for your request of 27 January 2025. As your request concerns measures taken to enforce against the unlawful deposit of waste, it has been handled under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act."),
    ("p", "<b>1 and 2.</b> The cameras held by the Environmental Enforcement team are listed in the attached schedule (Annex 1), which shows the status of each unit."),
    ("p", "<b>3.</b> The Council holds this information. However, it is withheld under regulation 12(5)(b) of the EIR, as disclosure of deployment locations would adversely affect the course of justice and the Council's ability to conduct investigations of a criminal nature. Cameras are redeployed regularly and the locations of past deployments indicate the Council's approach to current surveillance. We have considered the public interest and, while recognising the interest in transparency, we consider that the public interest in maintaining the exception outweighs the public interest in disclosure. The Council applies a presumption in favour of disclosure under regulation 12(2), but in this case that presumption is outweighed."),
    ("p", "<b>4.</b> 143 fixed penalty notices were issued in calendar year 2024 where camera footage formed part of the evidence."),
    ("p", "If you are dissatisfied you may ask for an internal review (reconsideration under regulation 11) within 40 working days. You may then complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."),
    ("p", "Yours sincerely,<br/>Andrea Quist<br/>Information Requests Officer"),
    ("sp", 12),
    ("b", "Annex 1 - Environmental Enforcement camera schedule"),
    ("table", rows, [20, 42, 30, 30, 20, 36], "ruled", {"bold_rows": [0]}),
    ("small", "Written off units are shown for completeness and have not been replaced. Battery cameras are deployed with a separate 4G router."),
]
pdf("14-reply.pdf", blocks, footer="EIR-2025-00218")
print(live)
label("14", "pdf", "council", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(b)"], live,
      "EIR reply on fly-tipping cameras; ruled annex table over pages with one row per unit, written-off units to be excluded; Hikvision only via its EZVIZ brand; locations withheld under 12(5)(b).")
