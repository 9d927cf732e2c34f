import os
from lib import Odt

REQUEST = """
Dear Headteacher / FOI lead,

Please could Ashgrove Park School answer the following under the Freedom of Information Act:

1. How many CCTV cameras are there on the school site (inside and outside)?
2. Are any of the cameras made by Hikvision or Dahua?
3. Who installed the system and when?
4. Is there a CCTV policy, and could you send a copy?

Many thanks,
Sinead Gallacher
"""

LABEL = dict(format="odt", body_type="school", law="foia", hikvision="yes", dahua="no",
             outcome="answered", exemptions=[], camera_count=24,
             note="school letter in ODT; Hikvision only appears as its HiLook brand, and 'all' cameras being HiLook rules out Dahua")


def build(out):
    o = Odt()
    o.p("Ashgrove Park School", big=True)
    o.p("Ashgrove Lane, Middle Compton, Wessington WS7 3BB\nHeadteacher: Mrs C. Arundel BA NPQH\nTelephone 01632 964 115  |  office@ashgrovepark.sch.uk")
    o.p("")
    o.p("11th November 2024", right=True)
    o.p("")
    o.p("Dear Ms Gallacher")
    o.p("")
    o.p("Re: Freedom of Information request - CCTV", bold=True)
    o.p("")
    o.p("Thank you for your email of 14th October. I'm sorry for the slight delay in replying, this was due to the half term break. The answers to your questions are as follows.")
    o.p("")
    o.p("We have 24 cameras in total. 9 of these are inside the building (entrances, main corridor, the library and the dining hall) and the rest cover the car park, the playground and the perimeter fences. There are no cameras in classrooms, toilets or changing rooms.")
    o.p("")
    o.p("All of our cameras are HiLook, which we understand is a brand of Hikvision. The recorder is also HiLook and is kept in a locked cupboard in the site manager's office.")
    o.p("")
    o.p("The system was put in by Tidewell Security Systems Ltd over the summer holidays in 2020, replacing the old analogue cameras. Tidewell also service it once a year.")
    o.p("")
    o.p("Yes we do have a CCTV policy, which was reviewed by governors in March 2024. A copy is attached to this letter.")
    o.p("")
    o.p("If you are unhappy with how we have dealt with your request please write to the Chair of Governors, c/o the school office, and ask for a review. If you are still not satisfied you can contact the Information Commissioner's Office at www.ico.org.uk.")
    o.p("")
    o.p("Yours sincerely")
    o.p("")
    o.p("Mrs L. Penhaligon\nSchool Business Manager")
    name = "08-reply.odt"
    o.save(os.path.join(out, name))
    return name
