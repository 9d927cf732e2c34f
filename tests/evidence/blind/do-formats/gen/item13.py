from common import *

NN = "13"
write_request(NN, """
FOI request to Pennine Moors Partnership NHS Foundation Trust

Please can you tell me:
1. How many CCTV cameras does the Trust have across its inpatient and community sites?
2. Who makes them?
3. Do any of the cameras record audio?
4. Are cameras or other video monitoring systems used in patient bedrooms? If so how many rooms?

Thank you
Beth Alderman
""")

p1 = [
    "^^**Pennine Moors Partnership NHS Foundation Trust",
    "^^Information Governance Department",
    "^^Fieldhead House, Broad Lane, Haworth Moor, HX7 3PL",
    "^^Tel: 01422 960 554",
    "",
    "**PRIVATE & CONFIDENTIAL",
    "Ms B Alderman",
    "Sent by email",
    "",
    ">>Our Ref: FOI 1193/23",
    ">>Date: 17/10/2023",
    "",
    "Dear Ms Alderman",
    "",
    "**Re: Freedom of Information Act 2000 Request",
    "",
    "I write in response to your request for information which we received on",
    "20/09/2023. The Trust's response to each of your questions is set out below.",
    "",
    "**Question 1: How many CCTV cameras does the Trust have across its",
    "**inpatient and community sites?",
    "The Trust has one hundred and twelve CCTV cameras in total across all sites.",
    "",
    "**Question 2: Who makes them?",
    "The Trust's cameras are manufactured by Dahau and Samsung (now Hanwha).",
    "",
    "**Question 3: Do any of the cameras record audio?",
    "No. None of the Trust's CCTV cameras record audio.",
    "",
    "**Question 4: Are cameras or other video monitoring systems used in patient",
    "**bedrooms? If so how many rooms?",
    "CCTV is not used in patient bedrooms. The Trust uses a contact-free vision-based",
    "patient monitoring system (Oxevision) in 38 bedrooms across Moorside and",
    "Calder Ward. This is a clinical system and is not part of the Trust's CCTV. It",
    "does not record continuously and is used in line with the Trust's Vision-Based",
    "Patient Monitoring Standard Operating Procedure.",
    ">>/continued",
]
p2 = [
    "",
    "If you are dissatisfied with the response to your request, you have the right",
    "to request an internal review. Please write to the Head of Information",
    "Governance at the address above, or email foi.pmp@nhs.net, within 40 working",
    "days of the date of this letter.",
    "",
    "If, after the internal review, you remain dissatisfied, you have the right to",
    "apply to the Information Commissioner, Wycliffe House, Water Lane,",
    "Wilmslow, Cheshire SK9 5AF. Telephone 0303 123 1113.",
    "",
    "The information we have supplied to you is likely to contain intellectual",
    "property rights of ours, for example copyright. You may use this information",
    "for your own purposes, including for non-commercial research and for the",
    "purposes of news reporting. Any other re-use would require our permission.",
    "",
    "Yours sincerely",
    "",
    "",
    "",
    "Mrs J Whitworth",
    "Information Governance Officer",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "^^Chair: Alan Greenhalgh    Chief Executive: Dr Nadia Patel",
]
scan_pdf([p1, p2], out(f"{NN}-reply.pdf"), seed=13, size=29, font="LiberationSans-Regular",
         bold="LiberationSans-Bold", angle_range=(-1.4, -0.5), noise=0.03)

add_label(dict(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="scan",
               body_type="nhs", law="foia", hikvision="no", dahua="yes", outcome="answered",
               exemptions=[], camera_count=112,
               note="Two-page image-only scan; count in words, 'Dahau' misspelling, complete two-maker list; bedroom monitoring system is not CCTV."))
