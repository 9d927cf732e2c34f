"""20: OpenDocument text (.odt) from a Scottish council under FOISA: count in words, 'Dahau'/'Da Hua' misspellings,
replacement only planned."""
import os
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties
from odf.text import P, Span, H
OUT = os.path.join(os.path.dirname(__file__), '..')
doc = OpenDocumentText()
bold = Style(name='B', family='text'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)
head = Style(name='Head', family='paragraph'); head.addElement(TextProperties(fontsize='15pt', fontweight='bold', color='#3b1f66'))
head.addElement(ParagraphProperties(textalign='center')); doc.automaticstyles.addElement(head)
small = Style(name='Small', family='paragraph'); small.addElement(TextProperties(fontsize='8.5pt'))
small.addElement(ParagraphProperties(textalign='center')); doc.automaticstyles.addElement(small)
def p(text='', style=None):
    el = P(stylename=style) if style else P(); el.addText(text); doc.text.addElement(el)
def qa(q, a):
    el = P(); s = Span(stylename=bold); s.addText(q); el.addElement(s); doc.text.addElement(el); p(a)
p('KILBRANNAN COUNCIL', head)
p('Comhairle Chill Bhreannain', small)
p('Legal and Democratic Services, Council Headquarters, Shore Street, Kilbrannan PA29 6RT  \u2022  foi@kilbrannan.example.gov.scot', small)
p()
p('Our Ref: FOI/24/00472')
p('Date: 27 March 2024')
p()
p('Dear Mr Reid')
p('FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 \u2013 REQUEST FOR INFORMATION')
p('I refer to your request for information received on 6 March 2024. Kilbrannan Council has now considered your request '
  'and our response to each part is given below.')
qa('a) How many public space CCTV cameras does the Council operate?',
   'The Council operates eighty-seven public space CCTV cameras across Kilbrannan town centre, Port Ardrie and Dunmore.')
qa('b) Are any Hikvision or Dahua cameras in use? If so, how many of each?',
   'Hikvision \u2013 none. Dahau \u2013 19 cameras, all in Port Ardrie, which were installed in 2018 when the Port Ardrie '
   'scheme was extended.')
qa('c) Are there any plans to replace them?',
   'A bid has been made to replace the Da Hua cameras at Port Ardrie through the 2025/26 capital programme. This is subject '
   'to approval by the Council in February 2025.')
qa('d) Who monitors the cameras?',
   'The cameras are monitored by Council CCTV operators at the Kilbrannan control room, which is staffed 24 hours a day. '
   'Police Scotland has a viewing facility at Kilbrannan police office.')
p()
p('If you are dissatisfied with the way the Council has dealt with your request, you are entitled to require the Council '
  'to review its decision. Please note that in order for a review to take place you are required to submit your request '
  'within 40 working days of receiving this response, stating the reason for your dissatisfaction.')
p('Should you remain dissatisfied after the review you have the right to apply to the Scottish Information Commissioner '
  'for a decision. You can apply online at www.foi.scot/appeal or write to the Scottish Information Commissioner, '
  'Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.')
p()
p('Yours sincerely')
p()
p('Morag Sinclair')
p('Information Officer')
doc.save(os.path.join(OUT, '20-reply.odt'))
print('wrote 20-reply.odt')
