from common import *

NN = "10"
write_request(NN, """
Dear NHS Greater Glasgow and Clyde,

Under FOISA please tell me:
- how many CCTV cameras are in use at the Queen Elizabeth University Hospital campus
- the manufacturers of those cameras and how many of each
- whether any Hikvision cameras are used
- whether any Dahua cameras are used

Thanks,
Ross Galbraith
""")
blocks = [
    ("b", "NHS Greater Glasgow and Clyde"),
    ("l", "Freedom of Information Team\nJB Russell House, Gartnavel Royal Hospital Campus\n1055 Great Western Road, Glasgow G12 0XH"),
    ("gap", None),
    ("right", "Date: 17 January 2025"),
    ("right", "Our Ref: FOI/GGC/24-2291"),
    ("right", "Enquiries to: FOI Team"),
    ("gap", None),
    ("l", "Dear Mr Galbraith"),
    ("gap", None),
    ("b", "Freedom of Information (Scotland) Act 2002"),
    ("p", "I refer to your request received on 9 December 2024. I am pleased to confirm that NHS Greater "
          "Glasgow and Clyde holds the information you have requested, which is set out below."),
    ("p", "The Queen Elizabeth University Hospital campus (including the Royal Hospital for Children) "
          "currently has the following CCTV cameras in operation:"),
    ("table", [["Manufacturer", "No. of cameras"],
               ["Avigilon", "212"],
               ["Axis Communications", "96"],
               ["Da Hua", "14"],
               ["Total", "322"]]),
    ("p", "The 14 Da Hua units are older cameras in the Laboratory Medicine building. They remain in use and "
          "are due to be replaced during the 2025/26 estates capital programme, by 31 March 2026."),
    ("p", "There are no Hikvision cameras on the campus."),
    ("gap", None),
    ("p", "If you are unhappy with our response to your request, you do have the right to request us to "
          "review it. Your request should be made within 40 working days of receipt of this letter, and we "
          "will reply within 20 working days of receipt. If our decision is unchanged following a review and "
          "you remain dissatisfied, you then have the right to make a formal complaint to the Scottish "
          "Information Commissioner within 6 months of receipt of our review response."),
    ("gap", None),
    ("l", "Yours sincerely"),
    ("gap", 1.5),
    ("l", "Alasdair Munro\nFreedom of Information Officer"),
]
render_scan(blocks, OUT / f"{NN}-reply.pdf", angle=-1.3, seed=10, font="LiberationSans-Regular.ttf",
            bold="LiberationSans-Bold.ttf", size=23, noise=28, speckle=2500)
add_label(NN, "pdf", "nhs", "foisa", "no", "yes", "answered", [], 322,
          "Scanned image PDF, rotated; Dahua spelt 'Da Hua' and due for replacement by a future date but still in use.")
