from common import *

NN = "18"
write_request(NN, """
Hi,

Could you please tell me (FOI Act 2000):

1. Roughly how many CCTV cameras does the Trust have across its hospitals and community sites?
2. Are any cameras made by Hikvision or Dahua?
3. If so, are there plans to replace them?
4. Do staff on inpatient wards use body worn cameras?

Thanks
Lewis Garrow
""")

html = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered medium)">
<title>RE: FOI request - CCTV cameras</title>
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math";}
@font-face {font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}
span.EmailStyle19 {font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {font-size:10.0pt;}
@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1 {page:WordSection1;}
--></style>
</head>
<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>
<div class=WordSection1>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>
<tr><td style='padding:0cm'><p class=MsoNormal><b>From:</b></p></td><td style='padding:0cm 0cm 0cm 6pt'><p class=MsoNormal>FOI Requests (PENNINE VALE HEALTHCARE NHS FOUNDATION TRUST) &lt;pvh.foi@nhs.net&gt;</p></td></tr>
<tr><td style='padding:0cm'><p class=MsoNormal><b>Sent:</b></p></td><td style='padding:0cm 0cm 0cm 6pt'><p class=MsoNormal>03 February 2025 16:21</p></td></tr>
<tr><td style='padding:0cm'><p class=MsoNormal><b>To:</b></p></td><td style='padding:0cm 0cm 0cm 6pt'><p class=MsoNormal>Lewis Garrow &lt;l.garrow.foi@example.net&gt;</p></td></tr>
<tr><td style='padding:0cm'><p class=MsoNormal><b>Subject:</b></p></td><td style='padding:0cm 0cm 0cm 6pt'><p class=MsoNormal>RE: FOI request - CCTV cameras [PVH-FOI-1877]</p></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Dear Mr Garrow,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Thank you for your request for information under the Freedom of Information Act 2000. Please see our answers in <span style='color:#1F4E79'><b>blue</b></span> below.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>1. Roughly how many CCTV cameras does the Trust have across its hospitals and community sites?<o:p></o:p></p>
<p class=MsoNormal><span style='color:#1F4E79'><b>Approx. 340<o:p></o:p></b></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>2. Are any cameras made by Hikvision or Dahua?<o:p></o:p></p>
<p class=MsoNormal><span style='color:#1F4E79'><b>Yes<o:p></o:p></b></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>3. If so, are there plans to replace them?<o:p></o:p></p>
<p class=MsoNormal><span style='color:#1F4E79'><b>The CCTV estate is being reviewed as part of the Trust&#8217;s Security Strategy 2025&#8211;2028. No decision on replacement has been made at this time.<o:p></o:p></b></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>4. Do staff on inpatient wards use body worn cameras?<o:p></o:p></p>
<p class=MsoNormal><span style='color:#1F4E79'><b>Yes &#8211; 60 devices are in use on adult acute and PICU wards.<o:p></o:p></b></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>If you are dissatisfied with the handling of your request, you have the right to ask for an internal review within 40 working days. Please reply to this email quoting your reference number. If you are still unhappy you can contact the Information Commissioner&#8217;s Office at <a href="https://ico.org.uk/">https://ico.org.uk/</a>.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Kind regards,<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><b>Rachel Bamforth</b><o:p></o:p></p>
<p class=MsoNormal>Information Governance Officer<o:p></o:p></p>
<p class=MsoNormal>Pennine Vale Healthcare NHS Foundation Trust<o:p></o:p></p>
<p class=MsoNormal>Trust Headquarters, Moorside House, Halifax Road, Todbridge OL14 9XX<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal><span style='font-size:8.0pt;color:gray'>This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in reliance on its contents: to do so is strictly prohibited and may be unlawful.<o:p></o:p></span></p>
</div>
</body>
</html>
"""
with open(out(f"{NN}-reply.html"), "w", encoding="cp1252") as f:
    f.write(html)
add_label(path=f"{NN}-reply.html", request_file=f"{NN}-request.txt", format="html", body_type="nhs", law="foia",
          hikvision="unknown", dahua="unknown", outcome="answered", exemptions=[], camera_count=340,
          note="Outlook 'save as HTML' e-mail with answers in bold blue under each question; bare 'Yes' to a joint Hikvision-or-Dahua question says neither; 'Approx. 340'; body-worn count is a distractor.")
