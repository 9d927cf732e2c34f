"""12: police, text PDF letter; full refusal, NCND on makers (s24(2)/s31(3)) and count withheld."""
from common import *

NN = "12"
write_request(NN, """
Hello

Could Severnvale Constabulary please tell me:

1) how many CCTV cameras are installed at each of its custody suites
2) whether any of those cameras, or the recorders they connect to, are produced by Hikvision or Dahua
3) whether the force has a plan to replace such equipment

Thanks
Owen Critchley
""")

flow = [
    P("SEVERNVALE CONSTABULARY", "head"),
    P("Freedom of Information Office, Police Headquarters, Hindlip Way, Severnvale SV6 0QE", "small"),
    Spacer(1, 6 * mm),
    P("Freedom of Information Request Reference No: 004412/24", "bold"),
    P("Date: 19 June 2024", "body"),
    Spacer(1, 3 * mm),
    P("Dear Mr Critchley", "body"),
    P("I write in connection with your request for information dated 22 May 2024 concerning CCTV within "
      "Severnvale Constabulary custody suites. Following receipt of this request, searches were conducted within "
      "the force. I can confirm that the information you have requested is held, in part, by Severnvale "
      "Constabulary. However, I am unable to provide it for the reasons set out below.", "body"),
    P("Severnvale Constabulary can neither confirm nor deny that it holds any information relevant to question 2 and "
      "question 3 of your request, by virtue of the following exemptions:", "body"),
    P("Section 24(2) National Security<br/>Section 31(3) Law Enforcement", "body"),
    P("In respect of question 1, the information is exempt from disclosure under s.24(1)/31(1)(a)(b) of the Act.", "body"),
    P("Sections 24 and 31 are qualified, prejudice-based exemptions. Accordingly the force is required to evidence "
      "the harm that would arise and to conduct a public interest test.", "body"),
    P("Overall harm", "bold"),
    P("Custody suites are among the most sensitive areas of the police estate. To disclose the number of cameras in "
      "each suite would reveal the level of coverage available and, by inference, areas which may not be covered. "
      "To confirm or deny whether equipment of a particular manufacturer is installed would indicate to those with "
      "the capability and intent to exploit technical vulnerabilities which systems are in place within the police "
      "network. Modern-day policing is intelligence led and the threat from hostile state actors is real. Any "
      "disclosure under FOI is a disclosure to the world at large.", "body"),
    P("Public interest test", "bold"),
    P("<u>Factors favouring confirmation or denial / disclosure</u> - confirming or denying would provide reassurance "
      "to the public that the force takes the security of its estate seriously and would inform public debate about "
      "the procurement of surveillance equipment.", "body"),
    P("<u>Factors against</u> - confirming or denying would enable a picture to be built up, when combined with "
      "responses from other forces, of where vulnerabilities may lie across the police service nationally. This would "
      "undermine the security of the police estate and compromise law enforcement.", "body"),
    P("Balancing test", "bold"),
    P("The security of the country and the effective delivery of operational law enforcement are of paramount "
      "importance. While there is a public interest in transparency, it does not outweigh the need to protect the "
      "integrity of police systems. The balance therefore lies in favour of neither confirming nor denying that "
      "information is held in relation to questions 2 and 3, and in withholding the information at question 1.", "body"),
    P("No inference can be taken from this refusal that information does or does not exist.", "body"),
    P("If you are dissatisfied with this response please refer to the attached Complaint Rights. Should you have any "
      "further enquiries concerning this matter, please write or contact the Freedom of Information Office on "
      "01905 555 372 quoting the reference number above.", "body"),
    P("Yours sincerely", "body"),
    Spacer(1, 5 * mm),
    P("Deborah Ashworth<br/>Freedom of Information Decision Maker", "body"),
    Spacer(1, 6 * mm),
    P("COMPLAINT RIGHTS", "bold"),
    P("Are you unhappy with how your request has been handled or do you think the decision is incorrect? You have the "
      "right to require Severnvale Constabulary to review their decision. Ask us to look at the decision again within "
      "40 working days. If, after the review, you are still unhappy you can contact the Information Commissioner's "
      "Office. You should contact the Information Commissioner within two months of receipt of the review decision.", "small"),
]
pdf_build(ROOT / f"{NN}-reply.pdf", flow, footer="OFFICIAL")

add_label(path=f"{NN}-reply.pdf", request_file=f"{NN}-request.txt", format="pdf",
          body_type="police", law="foia", hikvision="unknown", dahua="unknown", outcome="refused",
          exemptions=["s24", "s31"], camera_count=None,
          note="Whole request refused: NCND for makers under s24(2)/s31(3) and count withheld under s.24(1)/31(1) in slash form.")
