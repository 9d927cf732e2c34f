import csv, io
from common import *

rows = [["Asset No", "Make", "Model", "Type", "Power", "Status", "Date acquired"]]
for i in range(1, 9):
    rows.append([f"ENV-CAM-{i:02d}", "EZVIZ", "BC1C 4K", "Battery camera (4G via MiFi)", "Battery/solar", "In service", f"0{(i%9)+1}/2023"])
for i in range(9, 13):
    rows.append([f"ENV-CAM-{i:02d}", "Reconeyez", "RE-PX 4G", "PIR detector camera", "Battery", "In service", "11/2022"])
rows.append(["ENV-CAM-13", "EZVIZ", "BC1C 4K", "Battery camera (4G via MiFi)", "Battery/solar", "Stolen Aug-24 - written off", "03/2023"])
rows.append(["ENV-CAM-14", "EZVIZ", "BC1C 4K", "Battery camera (4G via MiFi)", "Battery/solar", "Damaged beyond repair - disposed", "03/2023"])
buf = io.StringIO(); w = csv.writer(buf, lineterminator="\r\n")
for r in rows: w.writerow(r)
active = sum(1 for r in rows[1:] if r[5] == "In service")

body = """Dear Ms Cho

Request for information - Ref: EIR/2025/0144

Thank you for your request received on 14 January 2025.

We have considered your request under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act, as the information relates to measures (enforcement against fly-tipping) affecting the state of the land and to waste, and is therefore environmental information.

Q1 and Q2: Please see the attached CSV file listing the Council's fly-tipping enforcement cameras, including their make, model and current status.

Q3: The Council holds this information but it is being withheld under regulation 12(5)(b) of the EIR (the course of justice and the ability of a public authority to conduct an inquiry of a criminal or disciplinary nature). Disclosing where the cameras have been deployed would reveal the Council's enforcement tactics and the areas it does and does not monitor, which would adversely affect its ability to detect and prosecute waste offences. We have applied the presumption in favour of disclosure in regulation 12(2) and considered the public interest; we have concluded that the public interest in maintaining the exception outweighs the public interest in disclosure.

Q4: In the 2024 calendar year camera footage led to 37 fixed penalty notices for fly-tipping and 5 prosecutions.

This response constitutes a refusal notice for Q3 under regulation 14 of the EIR.

If you are dissatisfied you may make representations under regulation 11 within 40 working days of the date of this response to the Information Governance Manager, Wrenfield District Council, Market Hall, Wrenfield WR12 6BQ. You may then complain to the Information Commissioner's Office.

Kind regards

Stuart Benbow
Information Governance Officer
Wrenfield District Council
"""
m = email("Wrenfield DC Information Requests <information.requests@wrenfield.example.gov.uk>",
          "Leanne Cho <leanne.cho.writes@mailbox.example.org>",
          "EIR/2025/0144 - Fly-tipping cameras", uk(2025, 2, 10, 12, 15), text=body,
          attachments=[("EIR-2025-0144 enforcement cameras.csv", buf.getvalue().encode("utf-8"), "text", "csv")])
save_eml("15-reply.eml", m)
print(active)
add_label(path="15-reply.eml", request_file="15-request.txt", format="eml", body_type="council",
          law="eir", hikvision="yes", dahua="no", outcome="partially_answered", exemptions=["EIR 12(5)(b)"],
          camera_count=active,
          note="EIR reply with the makes only in an attached CSV: Hikvision appears only as its sub-brand EZVIZ, two rows are stolen/disposed, locations withheld under 12(5)(b) while reg 11/12(2)/14 are not exceptions.")
