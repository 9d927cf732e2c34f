from common import *

N = 12
write_request(N, """
Dear Cleveland Police,

Please provide the following under FOIA 2000:

1. The total number of CCTV cameras owned or operated by the force, including at stations, custody, vehicles
   and any town centre systems the force monitors.
2. For every camera, the manufacturer and model.
3. For every camera, the date of purchase and the supplier.
4. Copies of all DPIAs relating to CCTV from 2018 onwards.

Regards,
Idris Kane
""")

paras = [
    "Freedom of Information Unit, Cleveland Police, Ash House, III Acres, Princeton Drive, Thornaby, Stockton-on-Tees TS17 6AJ",
    "", "Your Ref: n/a        Our Ref: 2023/1187", "Date: 12 January 2024", "",
    "Dear Mr Kane,", "",
    "FREEDOM OF INFORMATION ACT 2000 – SECTION 17 REFUSAL NOTICE",
    "",
    "I write in connection with your request for information which was received by Cleveland Police on 11 December 2023. "
    "Your request asked for the number, manufacturer, model, date of purchase and supplier of every CCTV camera owned or "
    "operated by the Force, together with copies of Data Protection Impact Assessments.",
    "Section 1 of the Freedom of Information Act 2000 (FOIA) places two duties on public authorities. Unless exemptions "
    "apply, the first duty at s1(1)(a) is to confirm or deny whether the information specified in a request is held. The "
    "second duty at s1(1)(b) is to disclose information that has been confirmed as being held.",
    "Section 12(1) of the Act allows a public authority to refuse a request where it estimates that the cost of "
    "complying would exceed the appropriate limit, which for police forces is £450, equivalent to 18 hours of work.",
    "CCTV within the Force is not held on a single asset register. Cameras at stations and custody suites are recorded "
    "by Estates, vehicle cameras by Fleet, and town centre systems are owned by the local authorities. To establish the "
    "make, model, purchase date and supplier of each camera would require a manual examination of purchase records "
    "across four departments going back over fifteen years. A sampling exercise of one station took approximately "
    "2 hours 40 minutes; with 23 police premises alone the time required would far exceed 18 hours.",
    "In accordance with section 12(4) and the Fees Regulations, where a request contains several parts relating to the "
    "same overarching theme they may be aggregated. I am therefore refusing the request in its entirety.",
    "Advice and assistance: you may wish to consider refining your request, for example by limiting it to custody "
    "suites only, or to the number of cameras at a single site. Please note that a refined request may still attract "
    "exemptions.",
    "Complaint rights: if you are dissatisfied you may request an internal review within 40 working days of the date "
    "of this letter by writing to the address above. If you remain dissatisfied following the review you may apply to "
    "the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.",
    "", "Yours sincerely,", "", "Gareth Lumley", "Freedom of Information Officer",
]
render_scan(paras, out(N, "pdf"), seed=12, dpi=200, angle=-1.1, noise=18, font="sans", size_pt=10.5,
            header=("CLEVELAND POLICE", ["Information Management Department"]))
add_label(N, "pdf", "police", "foia", "unknown", "unknown", "refused", ["s12"], None,
          "scanned refusal notice; whole request refused on cost (s12) with aggregation")
