from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta
import pathlib
here = pathlib.Path(__file__).resolve().parent.parent
body = """Good afternoon Ms Morgan-Hughes,

RE: FOI 24/118 - CCTV

Thanks for your email of 4 November. Our answers are below.

1) Seventeen of our 47 stations have CCTV, totalling 74 cameras. There are a further 22 cameras at Service Headquarters in Llandarcy Vale.

2) Yes - the station systems, which were installed between 2016 and 2019, are Hikvision. HQ has a Uniview system installed during the 2021 refurbishment.

3) Station CCTV is maintained by Dyfed Alarm & Security Services Ltd. The HQ system is maintained by our own ICT department.

4) All 64 front-line appliances are fitted with a Brigade Electronics Backeye 360 camera system. These are a driver aid and do not record. Twelve appliances also have a forward-facing Brigade MDR recorder. We don't class these as CCTV.

We are entering our station CCTV into a South Wales collaborative procurement next year, but there is no date yet for replacing the existing equipment.

If you're not happy with this response you can ask for an internal review by replying to this email within 40 working days, and then complain to the ICO (0330 414 6421, www.ico.org.uk) if you are still unhappy.

Regards,

Huw Bevan
Corporate Governance Officer | Swyddog Llywodraethu Corfforaethol
Cambrian Fire and Rescue Service | Gwasanaeth Tân ac Achub Cambria
Ffôn / Tel: 01792 605 227

Mae'r Gwasanaeth yn croesawu gohebiaeth yn Gymraeg. The Service welcomes correspondence in Welsh.
"""
m = EmailMessage()
m["From"] = "Huw Bevan <h.bevan@cambrianfire.gov.wales>"
m["To"] = "elin.mh@btinternet.com"
m["Subject"] = "RE: Freedom of Information - CCTV at fire stations [FOI 24/118]"
m["Date"] = format_datetime(datetime(2024, 11, 26, 14, 8, tzinfo=timezone.utc))
m["Message-ID"] = "<CWXP123MB4471E0D2A8@CWXP123MB4471.GBRP123.PROD.OUTLOOK.COM>"
m.set_content(body, cte="8bit")
(here / "22-reply.eml").write_bytes(bytes(m))
