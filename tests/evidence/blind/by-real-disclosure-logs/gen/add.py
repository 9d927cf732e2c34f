import json,sys
# usage: add.py NN json-fields
nn=sys.argv[1]; d=json.loads(sys.argv[2])
lab={"path":f"{nn}-reply.txt","request_file":f"{nn}-request.txt","format":"txt"}
lab.update(d)
with open("labels.jsonl","a") as f: f.write(json.dumps(lab)+"\n")
print(lab)
