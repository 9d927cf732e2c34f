import csv
EXT = "csv"
REQUEST = """
To: Beacon Hill Academy
Subject: FOI - CCTV

Dear Sir/Madam,

Under the Freedom of Information Act 2000 please provide:

Q1 How many CCTV cameras does the academy have?
Q2 Are any of the cameras made by Hikvision or Dahua?
Q3 If yes to Q2, how many?
Q4 Who installed the cameras?
Q5 Are there cameras in any toilets or changing rooms?
Q6 Do any cameras record audio?

Thanks
R. Okonjo
"""
LABEL = dict(body_type="academy", law="foia", hikvision="unknown", dahua="unknown", outcome="answered", exemptions=[],
             camera_count=38,
             note="bare CSV Q&A export: count in words with parts; 'Yes' and 'All of them' to questions naming both makers together never say which maker")

ROWS = [
    ["Ref", "Question", "Response", "Responder", "Date"],
    ["BHA-FOI-24-07 Q1", "How many CCTV cameras does the academy have?", "Thirty-eight (32 external, 6 internal)", "Site Manager", "21/03/2024"],
    ["BHA-FOI-24-07 Q2", "Are any of the cameras made by Hikvision or Dahua?", "Yes", "Site Manager", "21/03/2024"],
    ["BHA-FOI-24-07 Q3", "If yes to Q2, how many?", "All of them", "Site Manager", "21/03/2024"],
    ["BHA-FOI-24-07 Q4", "Who installed the cameras?", "Secure IT Solutions Ltd, Stoke-on-Trent (2019, extended 2022)", "Business Manager", "21/03/2024"],
    ["BHA-FOI-24-07 Q5", "Are there cameras in any toilets or changing rooms?", "No. There are no cameras in toilets or changing areas. One camera covers the corridor outside the sports hall changing rooms.", "Business Manager", "21/03/2024"],
    ["BHA-FOI-24-07 Q6", "Do any cameras record audio?", "No", "Site Manager", "21/03/2024"],
    ["", "", "", "", ""],
    ["", "Internal review", "If you are not happy with this response please write to the Clerk to the Trustees, Beacon Hill Academy, within 40 working days. You can also complain to the ICO: ico.org.uk/make-a-complaint", "", ""],
]

def build(path):
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerows(ROWS)
