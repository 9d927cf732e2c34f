from lib import write_scan
EXT = "scan"
REQUEST = """
To Police Scotland,

Under the Freedom of Information (Scotland) Act I would like the following for every police station and custody centre in Scotland:

1. number of CCTV cameras;
2. make and model of each camera and recorder;
3. whether any of them are Hikvision or Dahua;
4. the date each camera was installed;
5. the cost of each camera.

Regards,
Aileen Forsyth
"""
LABEL = dict(body_type="police", law="foisa", hikvision="unknown", dahua="unknown", outcome="refused", exemptions=["s12"],
             camera_count=None,
             note="scanned two-page letter refusing the whole request under FOISA s12 (excessive cost), with advice on narrowing")

def build(path):
    b = [
        ("title", "POLICE SCOTLAND"),
        ("p", "Information Management - Disclosure\nClyde Gateway, 2 French Street, Dalmarnock, Glasgow G40 4EH"),
        ("p", "Our reference:  IM-FOI-2024-1873\nDate:  24 September 2024"),
        ("b", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (THE ACT)"),
        ("p", "Dear Ms Forsyth,"),
        ("p", "Thank you for your request for information dated 29 August 2024, in which you asked for the number, make and model, installation date and cost of every CCTV camera and recorder at each police station and custody centre in Scotland, and whether any are Hikvision or Dahua."),
        ("p", "Unfortunately, I estimate that it would cost well in excess of the current FOI cost threshold of £600 to process your request. I am therefore refusing to provide the information sought in terms of section 12(1) of the Act - Excessive Cost of Compliance."),
        ("p", "By way of explanation, Police Scotland operates from in excess of 300 police premises. CCTV at these premises has been installed over many years by the eight legacy forces and by Police Scotland, and there is no single corporate asset register which records the make, model, installation date or cost of individual cameras. To answer your request, Estates and ICT staff would be required to review the maintenance records held locally for each building and, in many cases, to carry out a physical survey. Even at a conservative estimate of 30 minutes per building, this would take in excess of 150 hours."),
        ("p", "To be of assistance, you may wish to consider narrowing your request, for example by limiting it to the custody centres in a single policing division. Please be aware, however, that any future request may still be subject to exemptions, such as those in sections 31(1) and 35(1) of the Act, given the security implications of information about the protection of police buildings."),
        ("p", "Should you require any further assistance please contact Information Management - Glasgow at foi@scotland.police.uk quoting the reference number given."),
        ("p", "If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are entitled to request a review of our actions and decisions. Your request must specify the matter which gives rise to your dissatisfaction and it must be made within 40 working days of receiving this response - either by email to foi@scotland.police.uk or by letter to Information Management - Glasgow, Clyde Gateway, 2 French Street, Dalmarnock, G40 4EH."),
        ("p", "If you remain dissatisfied following our review response, you can appeal to the Office of the Scottish Information Commissioner (OSIC) within six months - online, by email or by letter to OSIC, Kinburn Castle, Doubledykes Road, St Andrews, KY16 9DS."),
        ("p", "Following an OSIC appeal, you can appeal to the Court of Session on a point of law only."),
        ("p", "This response will be added to our Disclosure Log in seven days' time."),
        ("p", "Yours sincerely,"),
        ("gap",),
        ("p", "R. McKechnie\nDisclosure Officer"),
    ]
    write_scan(path, b, seed=16, angle=-0.9, fontfile="liberation/LiberationSans-Regular.ttf", boldfile="liberation/LiberationSans-Bold.ttf", size_pt=12.5,
               stamp=("OFFICIAL", "FOI DISCLOSURE"))
