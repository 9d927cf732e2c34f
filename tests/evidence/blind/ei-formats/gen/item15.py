from common import *
from odfhelp import Odt

req = """
FOI request – CCTV

1) How many CCTV cameras are installed at your fire stations, headquarters and other buildings?
2) Are any of them made by Hikvision?
3) Are any made by Dahua?
4) Please list the manufacturers and how many cameras of each.
5) Do you have any plans to remove Hikvision or Dahua equipment?

Dr Imran Qadir
"""
write_request("15", req)

o = Odt(font="Liberation Serif", size="11.5pt")
o.p("Tamar and Moor Fire and Rescue Service", o.right)
o.p("Service Headquarters, Clyst Heath, Exeter EX2 7RQ", o.right)
o.p("Data Protection & Information Requests", o.right)
o.p()
o.p("Your ref: none given\nOur ref: TMFRS/IR/24/0412\nDate: 3 December 2024")
o.p()
o.p("Dear Dr Qadir")
o.p("**Freedom of Information Act 2000 – CCTV**")
o.p("I write further to your request dated 7 November 2024. Please find our answers below, numbered to match your questions.")
o.p("1)  c.260")
o.p("2)  Yes")
o.p("3)  No")
o.p("4)")
o.table([["**Manufacturer**", "**Qty**"], ["Hikvision", "171"], ["Hanwha (Wisenet)", "64"], ["Axis", "25"]], widths=["6cm", "2.5cm"])
o.p()
o.p("5)  Yes. The cameras at Service Headquarters and the Joint Fire Control room are being replaced during 2025 as part of the "
    "HQ security upgrade. Cameras at fire stations will be considered as part of the station investment programme; no "
    "date has been set for this.")
o.p()
o.p("If you are unhappy with how we have dealt with your request you can ask for an internal review within 40 working "
    "days by contacting informationrequests@tmfrs.gov.uk. If you are still unhappy after the review you can complain to "
    "the Information Commissioner's Office (www.ico.org.uk, 0303 123 1113).")
o.p("Regards")
o.p()
o.p("Nicola Trethewey\nInformation Governance Officer\n01392 872 405")
o.save(p("15-reply.odt"))

add_label(path="15-reply.odt", request_file="15-request.txt", format="odt", body_type="fire",
          law="foia", hikvision="yes", dahua="no", outcome="answered", exemptions=[], camera_count=260,
          note="Terse numbered answers needing the request ('2) Yes', '3) No'); 'c.260' approximate total; Hikvision 171 is a subset in a table, not the count.")
