from lib import *
NN = "18"
write_request(NN, """
Dear Thamesmead Vale Borough Council,

I would like to request the following about the cameras the council uses to catch fly-tippers:

1. How many deployable / covert fly-tipping cameras does the council have?
2. Who makes them? Are any of them Hikvision or Dahua?
3. Where are they currently deployed?
4. How many fixed penalty notices for fly-tipping were issued using camera evidence in 2023?

Thanks,
Gethin Morrow
""")
html = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>EIR response</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:0"><tr><td style="background:#00594f;color:#fff;padding:8px 12px;font-size:14pt">Thamesmead Vale Borough Council</td></tr>
<tr><td style="padding:12px">
<p>Dear Mr Morrow</p>
<p><strong>Environmental Information Regulations 2004 &ndash; Request ref: EIR/24/00871</strong></p>
<p>Thank you for your request received on 8 April 2024. As your request concerns measures affecting the state of the land (the enforcement of waste offences), it has been dealt with under the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act.</p>
<p><strong>1.</strong> The Council's Environmental Enforcement team has 14 redeployable cameras.</p>
<p><strong>2.</strong> The cameras are supplied and serviced under contract by Kerbside Vision Ltd. The camera units themselves are Hikvision 4G solar-powered units (DS-2XS6A46G1 series).</p>
<p><strong>3.</strong> The Council holds this information but considers it is excepted from disclosure under regulation 12(5)(b) (the course of justice and the ability of a public authority to conduct an inquiry of a criminal nature). Disclosure of current locations would allow offenders to avoid the cameras and would undermine ongoing investigations and prosecutions. We have considered the public interest and, while there is a public interest in transparency about surveillance, we consider the public interest in maintaining the exception outweighs that in disclosure. We have applied a presumption in favour of disclosure as required by regulation 12(2).</p>
<p><strong>4.</strong> 212 fixed penalty notices were issued in calendar year 2023 where camera footage formed part of the evidence.</p>
<p>This letter is a refusal notice under regulation 14 in respect of part 3.</p>
<p>If you are dissatisfied with the handling of your request you may make representations under regulation 11 within 40 working days to: Information Governance, Thamesmead Vale Borough Council, Civic Offices, Harrow Lane, Thamesmead Vale DA17 5QS (foi@tvbc.gov.uk). If you are dissatisfied with the outcome you may complain to the Information Commissioner.</p>
<p>Yours sincerely</p>
<p>Chloe Ravenscroft<br>Information Governance Officer<br>Thamesmead Vale Borough Council</p>
</td></tr></table>
<div style="border-left:2px solid #ccc;margin-top:20px;padding-left:10px;color:#555">
<p>On Mon, 8 Apr 2024 at 21:03, Gethin Morrow &lt;gethin.m.requests@example.com&gt; wrote:</p>
<blockquote>I would like to request the following about the cameras the council uses to catch fly-tippers ... (4 questions)</blockquote>
</div>
</body></html>"""
write_eml(out(f"{NN}-reply.eml"), frm="Information Governance <foi@tvbc.gov.uk>", to="Gethin Morrow <gethin.m.requests@example.com>",
          subject="EIR/24/00871 - Response - Fly-tipping cameras",
          date=datetime.datetime(2024, 5, 3, 12, 5, tzinfo=datetime.timezone(datetime.timedelta(hours=1))), html=html)
label(NN, "eml", "council", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(b)"], 14,
      "fly-tipping cameras under EIR: HTML email; supplier is a contractor but units named as Hikvision; locations withheld under reg 12(5)(b); regs 11, 12(2), 14 are not exceptions")
