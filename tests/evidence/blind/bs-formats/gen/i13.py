from common import *
nn = "13"
request(nn, """
Dear Hywel Dda University Health Board

I would be grateful for the following information under the Freedom of Information Act 2000:

Question 1: How many CCTV cameras are in operation across the Health Board's hospitals?
Question 2: Are any of these cameras manufactured by Hikvision? If so how many?
Question 3: Are any of these cameras manufactured by Dahua? If so how many?
Question 4: Are there plans to replace Hikvision or Dahua equipment?

Yours faithfully
Rhodri Evans
""")
p1 = [
 ("t", "Bwrdd Iechyd Prifysgol Hywel Dda", 15, True),
 ("t", "Hywel Dda University Health Board", 15, True),
 ("t", "Swyddfa Rhyddid Gwybodaeth / Freedom of Information Office, Ystwyth Building, St David's Park, Carmarthen SA31 3BB", 8, False),
 ("rule",), ("gap", 0.25),
 ("t", "Ein cyf / Our ref: FOI-HDd-1187\nDyddiad / Date: 30 September 2024", 10, False), ("gap", 0.2),
 ("t", "Dear Mr Evans", 11, False), ("gap", 0.05),
 ("t", "Thank you for your request for information, received on 2 September 2024. I can confirm that the Health Board holds the information requested and this is provided below.", 11, False), ("gap", 0.1),
 ("t", "Question 1", 11, True),
 ("t", "There are approx. 140 CCTV cameras in operation across our acute hospital sites:", 11, False), ("gap", 0.05),
 ("table", [["Hospital", "Cameras (approx.)"], ["Glangwili General Hospital", "48"], ["Withybush General Hospital", "39"],
            ["Bronglais General Hospital", "27"], ["Prince Philip Hospital", "26"]], [3.6, 1.8]),
 ("t", "Question 2", 11, True),
 ("t", "Yes. 57 of the cameras at Withybush and Glangwili are Hikvision. These are being phased out as part of the estates security upgrade and will all be replaced by March 2027.", 11, False), ("gap", 0.1),
 ("t", "Question 3", 11, True),
 ("t", "No, the Health Board does not have any Dahua cameras.", 11, False), ("gap", 0.1),
 ("t", "Question 4", 11, True),
 ("t", "Please see our response to question 2.", 11, False), ("gap", 0.2),
 ("t", "If you are dissatisfied with the way in which your request has been handled, please write to the Freedom of Information Office at the above address within 40 working days. If you remain dissatisfied you have the right to complain to the Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.", 10, False), ("gap", 0.2),
 ("t", "Yn gywir / Yours sincerely", 11, False), ("gap", 0.3),
 ("t", "Ceri Morgan\nFreedom of Information Officer", 11, False),
]
scanned_pdf(outpath(nn, "pdf"), [p1], dpi=300, seed=13, skew=1.0)
label(nn, "pdf", "nhs", "foia", "yes", "no", "answered", [], 140,
      "scanned image at 300 dpi, bilingual letterhead; Hikvision in use but being phased out by a future date; 'approx. 140'")
