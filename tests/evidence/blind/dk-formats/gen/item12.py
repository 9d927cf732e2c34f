from common import out, add_label, render_page

p1 = [("B", "MARCHESHIRE CONSTABULARY"),
      "Freedom of Information Unit, Force Headquarters, Hindlip Lane, Wexley MR4 2PQ",
      "",
      "Rebecca Shaw",
      "Via email",
      "",
      "FOI Reference: MC/FOI/1965/23",
      "Date: 9 January 2024",
      "",
      "Dear Ms Shaw,",
      "",
      ("B", "Freedom of Information Act 2000 – Body Worn Video"),
      "",
      "I write in connection with your request for information received by Marcheshire Constabulary on 8 December 2023. "
      "Your request has now been considered and I am able to provide the information below.",
      "",
      ("B", "Q1. How many body worn video cameras does the force currently have in use?"),
      "The force currently has 1,240 body worn video cameras in use. These are issued to response, neighbourhood, roads "
      "policing and custody officers and to PCSOs.",
      "",
      ("B", "Q2. Who is the manufacturer, and what model?"),
      "Axon Enterprise Inc. The model in use is the Axon Body 3.",
      "",
      ("B", "Q3. Are any of your body worn cameras or docking equipment made by Hikvision or Dahua?"),
      "No. All body worn cameras and docking stations are supplied by Axon.",
      "",
      ("B", "Q4. How much did the force spend on BWV in 2022/23?"),
      "£412,560 (including licences for the digital evidence management system).",
      ]
p2 = ["Marcheshire Constabulary – MC/FOI/1965/23 – page 2",
      "",
      "Please note that the figures above are correct as at the date of this letter and are subject to change.",
      "",
      ("B", "Complaint Rights"),
      "",
      "If you are dissatisfied with the response you have been provided with, in compliance with the Freedom of Information "
      "legislation, you can lodge a complaint with Marcheshire Constabulary to have the decision reviewed within 40 working days "
      "of the date of this response. The handling of your request will be looked at by someone independent of the original "
      "decision, and a fresh decision will be reached.",
      "",
      "If, after lodging a complaint with Marcheshire Constabulary, you are still unhappy with the outcome, you may make an "
      "application to the Information Commissioner at the Information Commissioner's Office, Wycliffe House, Water Lane, "
      "Wilmslow, Cheshire, SK9 5AF.",
      "",
      "Yours sincerely,",
      "",
      "",
      "S. Okonjo",
      "Information Compliance Officer"]
a = render_page(p1, seed=121, angle=-0.7, size_pt=10.5, noise=1500).convert("RGB")
b = render_page(p2, seed=122, angle=1.1, size_pt=10.5, noise=1500).convert("RGB")
a.save(out("12-reply.pdf"), save_all=True, append_images=[b], resolution=200)
add_label(path="12-reply.pdf", request_file="12-request.txt", format="scan", body_type="police", law="foia",
          hikvision="no", dahua="no", outcome="answered", exemptions=[], camera_count=1240,
          note="Two-page image-only PDF (no text layer); request is only about body-worn video, so the 1,240 BWV cameras are the count.")
