#!/bin/bash
# usage: campaign.sh "Body Name" "Act" "date" "salutation" > NN-request.txt
BODY="$1"; ACT="$2"; DATE="$3"; SAL="$4"
cat <<TXT
From: Sam Whitlow <request-88${RANDOM}-a1f3c9e2@whatdotheyknow.com>
To: FOI requests at $BODY
Date: $DATE
Subject: Freedom of Information request - CCTV cameras and manufacturers

Dear $SAL,

Under the $ACT, I would like to request the following information about the CCTV cameras operated by $BODY.

1. How many CCTV cameras does $BODY currently operate?

2. Are any of these cameras manufactured by Hikvision or Dahua, including products sold under their other brands (for example HiLook, HiWatch, EZVIZ, Imou)?

3. Please list the manufacturers of your CCTV cameras and, if possible, the number of cameras from each manufacturer.

4. Do any of your cameras have facial recognition capability, or the ability to record audio?

5. Which company installs and/or maintains your CCTV system?

6. Has a Data Protection Impact Assessment (DPIA) been carried out for your use of CCTV? If so, please provide a copy or a link to it.

7. Do you have any plans to remove or replace cameras made by Hikvision or Dahua? If so, what is the timetable?

I would prefer to receive the information electronically. If any part of this request is unclear, or would exceed the cost limit, please contact me so that I can narrow it.

This request is part of a project comparing CCTV equipment across public bodies in the UK and is being sent to a number of organisations.

Yours faithfully,

Sam Whitlow
TXT
