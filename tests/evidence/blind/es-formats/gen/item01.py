from emlkit import base, when, save
m = base('Kelsborough Borough Council - Information Governance <foi@kelsborough.gov.uk>',
         'Ben Okafor <request-771203-9c1e44@whatdotheyknow.com>',
         'RE: Freedom of Information request - CCTV camera manufacturers [Ref: FOI-23-0918]',
         when(2023, 10, 27, 15, 42), 'kelsborough.gov.uk')
m.set_content("""Dear Mr Okafor

Ref: FOI-23-0918

Thank you for your request for information received on 3 October 2023. Please find the council's response below.

1) 211
2) Yes - 37
3) No
4) Axis, Hanwha (formerly Samsung), Bosch

If you are dissatisfied with the handling of your request, you have the right to ask for an internal review. Internal review requests should be submitted within 40 working days of the date of receipt of this response and should be addressed to: Information Governance Team, Kelsborough Borough Council, Civic Offices, Market Street, Kelsborough, KB1 2RT or foi@kelsborough.gov.uk.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF.

Kind regards

Information Governance Team
Kelsborough Borough Council
Tel: 01634 558 210

--
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender and delete it. Kelsborough Borough Council may monitor e-mail traffic.
""")
save(m, '01-reply.eml')
