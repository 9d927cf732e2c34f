from email.message import EmailMessage

m = EmailMessage()
m["From"] = "Information Rights Unit <information.rights@thameside.police.uk>"
m["To"] = "Samira Haddad <s.haddad@mailbox.org>"
m["Subject"] = "RE: Internal review request - FOI 2024/3381 (CCTV) - IR 2024/0297"
m["Date"] = "Mon, 21 Oct 2024 15:06:33 +0100"
m["Message-ID"] = "<IR20240297.5521@thameside.police.uk>"
m["X-Classification"] = "OFFICIAL"

m.set_content("""OFFICIAL

Dear Ms Haddad

Internal Review - Our reference IR 2024/0297 (original request FOI 2024/3381)

I write further to your email of 16 September 2024 requesting an internal review of the Force's response to your Freedom of Information request.

I have now completed the review. In doing so I have examined the original request, the response provided, the searches carried out and the rationale for the exemptions applied. I have also consulted the Force's Estates and Protective Security departments.

Question 1 - total number of CCTV cameras

On review, I am not satisfied that disclosure of a single force-wide figure would give rise to the harm described in the original response. The figure does not identify the level of coverage at any particular site. I have therefore decided to overturn the original decision in respect of this question.

Thameside Police has a total of 1,243 CCTV cameras installed across its buildings. This includes custody suites, police stations, the Force Control Room, vehicle workshops and training sites.

Question 2 - number of cameras at each police station

I uphold the original decision. A site-by-site breakdown would allow comparison between stations and would identify those premises with lower levels of coverage. The information remains exempt under section 31(1)(a) and (b) of the Act. The original public interest test has been reviewed and I agree that the balance favours maintaining the exemption. I do not consider section 24(1) to be necessary in relation to this question, and it is no longer relied upon.

Question 3 - Hikvision and Dahua

I uphold the Force's position to neither confirm nor deny whether it holds this information, under sections 24(2) and 31(3) of the Act. Confirming or denying the presence of equipment from specific manufacturers on the police estate would, by way of the mosaic effect when combined with responses from other forces, indicate which forces may be susceptible to known vulnerabilities in that equipment. This should not be taken as an indication that the information is or is not held.

Summary

Question 1 - original decision overturned, information provided above.
Question 2 - original decision upheld, section 31(1)(a)(b).
Question 3 - original decision upheld, NCND, sections 24(2) and 31(3).

If you remain dissatisfied you have the right to complain to the Information Commissioner, whose contact details are: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF. Tel: 0303 123 1113. www.ico.org.uk

Yours sincerely

Jonathan Pell
Information Rights Manager
Thameside Police
Headquarters, Oxford Road, Kidlingford OX5 2NX

OFFICIAL

*****
This email and any files transmitted with it are intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the Thameside Police IT Service Desk. All communications may be monitored and recorded.
*****
""")
open("24-reply.eml", "wb").write(bytes(m))
