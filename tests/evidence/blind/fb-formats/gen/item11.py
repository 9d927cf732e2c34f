from common import *
write_rtf(out("11-reply.rtf"), [
    ("p", "[[b]]WEALDSHIRE POLICE[[/b]]\nFreedom of Information Unit\nPolice Headquarters, Sutton Road, Maidley, ME99 3TQ\nfoi@wealdshire.police.uk"),
    ("table", [["Our reference", "FOI 1207/2024"], ["Date", "02 April 2024"], ["Subject", "CCTV cameras - estate"]], [2600, 5400]),
    ("p", """Dear Mr Frost

I write in connection with your request for information dated 5 March 2024 concerning CCTV cameras on the Wealdshire Police estate.

Following receipt of your request, searches were conducted within Wealdshire Police. I am required by the Freedom of Information Act 2000 (the Act) to handle all requests in a manner that is blind to the identity of the requester. Any information released is regarded as being published and therefore in the public domain without caveat.

[[b]]Decision[[/b]]

In relation to question 1, Wealdshire Police holds the information but it is exempt from disclosure by virtue of Section 24(1) (National Security) and Section 31(1)(a)(b) (Law Enforcement).

In relation to questions 2, 3 and 4, Wealdshire Police can neither confirm nor deny that it holds the information you have requested, by virtue of the following exemptions:

Section 24(2) National Security
Section 31(3) Law Enforcement

Sections 24 and 31 are prejudice based qualified exemptions and there is a requirement to evidence the harm in confirming or denying that information is held and to consider the public interest.

[[b]]Overall harm[[/b]]

To confirm the number of cameras, or whether or not cameras of a particular manufacturer are in use on the police estate, would allow individuals intent on criminal activity or terrorism to target known vulnerabilities in specific products. Across the country forces receive similar requests; confirming the position force by force would allow a picture to be built of where particular equipment is, or is not, in use.

[[b]]Public interest test[[/b]]

[[i]]Factors favouring confirmation or denial[[/i]]: Confirming or denying would inform the public debate about the security of surveillance equipment and the spending of public money.

[[i]]Factors against confirmation or denial[[/i]]: Doing so would undermine the security of police premises and the force's ability to prevent and detect crime, and would assist offenders.

[[b]]Balance test[[/b]]

After weighing up the competing interests I have determined that the public interest lies in maintaining the exemptions. This should not be taken as necessarily indicating that any information that would meet your request exists or does not exist.

Should you have any further enquiries concerning this matter, please write or contact the Freedom of Information Unit quoting the reference number above.

Yours sincerely

Helen Marchant
Freedom of Information Officer

[[b]]COMPLAINT RIGHTS[[/b]]

Are you unhappy with how your request has been handled or do you think the decision is incorrect? You have the right to require Wealdshire Police to review their decision. Ask to have the decision looked at again: the quickest and easiest way to have the decision looked at again is to contact the Freedom of Information Unit within 40 working days. If you are still dissatisfied you may make application to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF."""),
])
label("11", "rtf", "police", "foia", "unknown", "unknown", "refused", ["s24", "s31"], None,
      "RTF refusal: count withheld under s24(1)/s31(1) and NCND under s24(2)/s31(3) for each maker; nothing disclosed; the NCND wording 'cameras of a particular manufacturer' discloses nothing.",
      "Police RTF: full refusal, s24/s31 exempt + NCND; reference table in RTF.")
