import json,sys
# usage: lab.py NN body law hik dahua outcome "ex1,ex2" count note
nn,body,law,hik,dah,out,ex,cnt,note=sys.argv[1:10]
d={"path":f"{nn}-reply.txt","request_file":f"{nn}-request.txt","format":"txt","body_type":body,"law":law,
"hikvision":hik,"dahua":dah,"outcome":out,"exemptions":[e for e in ex.split(",") if e],
"camera_count":None if cnt=="null" else int(cnt),"note":note}
open("labels.jsonl","a").write(json.dumps(d)+"\n")
