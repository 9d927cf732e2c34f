from scan import render
from common import out, write_request, add_label

NN = "04"
write_request(NN, """
Dear Headteacher,

Please could you tell me under the Freedom of Information Act:

a) how many CCTV cameras the school has (inside and outside)
b) whether any of them are made by Hikvision
c) whether any of them are made by Dahua
d) whether there are cameras in toilets or changing rooms

Kind regards,
Tom Ferris
""")

lines = [
    "**ST ALDHELM'S CHURCH OF ENGLAND PRIMARY SCHOOL",
    "Mill Lane, Crewkerne Down, Somerset TA19 4RJ   Tel 01460 960 233",
    "Headteacher: Mrs R. Penberthy",
    "",
    "12th February 2024",
    "",
    "Dear Mr Ferris,",
    "",
    "Freedom of Information request - CCTV",
    "",
    "Thank you for your email which we received on 22nd January. I am sorry for the slight delay in "
    "replying, this was due to half term.",
    "",
    "a) The school has 11 cameras in total. 4 of these are inside the building (main entrance, reception "
    "lobby and the two corridors by the hall) and 7 are outside around the playground, car park and gates.",
    "",
    "b) Yes. The cameras are Hikvision and were fitted by Quantock Security Systems in 2019.",
    "",
    "c) No.",
    "",
    "d) No, there are no cameras in toilets or changing areas.",
    "",
    "If you are not happy with this response you can ask the Governing Body to review it by writing to the "
    "Clerk to Governors at the school address. You can also contact the Information Commissioner's Office "
    "(www.ico.org.uk).",
    "",
    "Yours sincerely,",
    "",
    "R. Penberthy",
    "Headteacher",
]
render(lines, out(f"{NN}-reply.pdf"), seed=4, size=30, angle=0.8)

add_label({"path": f"{NN}-reply.pdf", "request_file": f"{NN}-request.txt", "format": "pdf-scanned",
           "body_type": "school", "law": "foia", "hikvision": "yes", "dahua": "no",
           "outcome": "answered", "exemptions": [], "camera_count": 11,
           "note": "image-only scanned letter; Dahua answer is a bare 'No' to a question naming Dahua alone"})
