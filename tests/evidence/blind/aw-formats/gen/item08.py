from lib import *
from docx import Document
from docx.shared import Pt
write_request("08", """
Dear Scottish Government,

Under the Freedom of Information (Scotland) Act 2002 I would like to request:

1. The number of CCTV cameras at Scottish Government core estate buildings.
2. Whether any of these cameras, or the recorders they connect to, are manufactured by Hikvision or Dahua.
3. The number of CCTV cameras in buildings occupied by Scottish Government executive agencies (e.g. Accountant in Bankruptcy, Disclosure Scotland, Scottish Prison Service HQ).
4. Whether the Scottish Government has removed any Hikvision or Dahua equipment since November 2022, and at what cost.

Regards,
Fergus McAlinden
""")
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(12)
h = doc.sections[0].header.paragraphs[0]
h.text = "Scottish Government\nRiaghaltas na h-Alba\ngov.scot"
P = doc.add_paragraph
P("Directorate for Internal Corporate Services\nFacilities and Estates Division\n\nT: 0300 244 4000\nE: ceu@gov.scot")
P("Mr Fergus McAlinden\n\nOur ref: FOI/202400417722\n3 October 2024")
P("Dear Mr McAlinden")
P("REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)").runs[0].bold = True
P("Thank you for your request dated 5 September 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA). You asked for the information set out in the annex to this letter.")
P("Response to your request").runs[0].bold = True
P("1. The Scottish Government core estate (St Andrew's House, Victoria Quay, Atlantic Quay, Saughton House and Marine Laboratory Aberdeen) currently has 418 CCTV cameras.")
P("2. Following the written ministerial statement made by the Chancellor of the Duchy of Lancaster on 24 November 2022, the Scottish Government carried out a review of visual surveillance systems on its core estate. I can confirm that no cameras or recording equipment manufactured by Hikvision or Dahua are now connected to Scottish Government core networks or in use on the core estate.")
P("3. The Scottish Government does not have the information you have requested. Under section 17 of FOISA we are required to tell you this. The buildings you refer to are managed by the agencies themselves, or by third-party landlords, and CCTV at those premises is not recorded by the Facilities and Estates Division. You may wish to contact the agencies directly; contact details are available on their websites.")
P("4. Yes. Replacement of equipment at Victoria Quay and Atlantic Quay was completed in March 2024. The cost of this work was £96,350 (excluding VAT).")
P("While our aim is to provide information whenever possible, in this instance the Scottish Government does not have the information requested at part 3.")
P("Your right to request a review").runs[0].bold = True
P("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the response, by writing to Director of Internal Corporate Services, Victoria Quay, Edinburgh EH6 6QQ or foireviews@gov.scot. Your review request should explain why you are dissatisfied with this response, and should be made within 40 working days from the date when you received this letter. We will complete the review and tell you the result, within 20 working days from the date when we receive your review request.")
P("If you are not satisfied with the result of the review, you then have the right to make an appeal to the Scottish Information Commissioner. More detailed information on your appeal rights is available on the Commissioner's website at: www.itspublicknowledge.info/Appeal.")
P("Yours sincerely\n\nEilidh Corstorphine\nHead of Physical Security")
doc.save(path("08-reply.docx"))
label(path="08-reply.docx", request_file="08-request.txt", format="docx", body_type="scottish_gov", law="foisa",
      hikvision="no", dahua="no", outcome="partially_answered", exemptions=["s17"], camera_count=418,
      note="FOISA prose letter: joint makers answered in a long sentence ('no cameras ... manufactured by Hikvision or Dahua are now ... in use') next to a removal cost, with a section 17 not-held notice for agency buildings.")
