import os
from lib import *

REQUEST = """
Hello,

I'd like to make a freedom of information request to Kettlewick Academy.
What make are the school's CCTV cameras, and how many are there? Do you record sound?

Thanks
Owen Thackray
"""

LABEL = dict(format="scan", body_type="academy", law="foia", hikvision="no", dahua="yes",
             outcome="answered", exemptions=[], camera_count=16,
             note="short scanned academy letter at 300 dpi; total given alongside an external/internal split; single-maker statement rules out Hikvision")


def build(out):
    p = [
        "##Kettlewick Academy",
        "##part of the Moorland Crest Learning Trust",
        "",
        ">>Scar Lane, Kettlewick, North Yorkshire BD23 9QX",
        ">>01632 965 040",
        "",
        "3 December 2024",
        "",
        "Dear Mr Thackray,",
        "",
        "**Your request for information (our ref MCLT/KA/FOI 24-19)",
        "",
        "Thank you for your email of 8 November. In answer to your questions:",
        "",
        "The academy has 16 CCTV cameras - 12 covering the outside of the buildings,",
        "the gates and the car park, and 4 inside (main reception and the two",
        "entrance lobbies). The cameras and the recorder are all Dahua; they were",
        "fitted by Dalesway Alarms in 2021.",
        "",
        "None of the cameras record sound.",
        "",
        "If you are not satisfied with this reply you may ask the Trust to review it",
        "by writing to the Data Protection Officer, Moorland Crest Learning Trust,",
        "at the address above. You also have the right to complain to the",
        "Information Commissioner's Office.",
        "",
        "Yours sincerely,",
        "",
        "",
        "Mr P. Ormondroyd",
        "Business Manager",
    ]
    name = "14-reply.pdf"
    scan_pages(os.path.join(out, name), [p], dpi=300, seed=14, skew=(-0.9, 0.9), size_pt=12,
               font="liberation/LiberationSans-Regular.ttf", bold_font="liberation/LiberationSans-Bold.ttf")
    return name
