#!/usr/bin/env python3
"""Writes the hand-made seed inputs of each fuzz target into corpus/NAME/ (seed-*.csv/txt).

The committed corpus is these seeds plus what the fuzzers found, minimized with -merge=1
(docs/fuzzing.md). Run again after changing the seeds; existing files are kept.
"""
import hashlib
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "import")
BOM = "\ufeff"

SEEDS = {
    "import_customers": [
        "code,name,region,province,annual_volume_t,cooperation_years\nC1,天能电池,华东,浙江,2500,3\nC9,北方电缆,North,河北,600,1\n",
        BOM + "code,name,region,province,city,industry,annual_volume_t,cooperation_years,tier,contact_name,phone,email\r\n"
        "K9,\"测试, 客户\",Southwest,四川,成都,蓄电池,40.5,1,A,\"张\"\"三\",138,k9@example.cn\r\n",
        "code,name,region,province\nC1,x,火星,浙江\n",
        "code,name,region,province,email\nC1,x,华东,浙江,not-an-email\n",
        "code,name,region,province,cooperation_years\nC1,x,华东,浙江,2.5\nC1,x,华东,浙江,1\n",
        "code,name,region\nC1,x,华东\n",
        "code,name,region,province,colour\nC1,x,华东,浙江,red\n",
        "code,name,region,province,annual_volume_t\nC1,x,华东,浙江,1e400\nC2,y,华东,浙江,-1\n",
        "code,name,region,province,tier\nC1,x,华东,浙江,D\n",
        "",
        "\n\n",
    ],
    "import_orders": [
        "order_no,customer_code,grade,batch_no,quantity_t,value_cny,ordered_at,delivered_at\n"
        "SO-9,C1,Pb99.994,PB260301-09,200,3300000.50,2026-02-20,2026-03-01T10:00:00+08:00\n",
        "order_no,customer_code,grade,batch_no,quantity_t,value_cny\nSO-1,C2,Pb99.990,B1,5,100\n",
        "order_no,customer_code,grade,batch_no,quantity_t,value_cny\nSO-8,NOPE,Pb99.994,B1,5,100\n",
        "order_no,customer_code,grade,batch_no,quantity_t,value_cny\nSO-8,C1,Pb98,B1,0,1.234\n",
        "order_no,customer_code,grade,batch_no,quantity_t,value_cny,ordered_at\nSO-8,C1,Pb99.994,B1,1,9999999999999.99,2026-13-01\n",
        "order_no,customer_code,grade,batch_no,quantity_t,value_cny\nSO-8,C1,Pb99.994,B1,1,1\nSO-8,C1,Pb99.994,B1,1,1\n",
    ],
    "import_technicians": [
        "login,name,region,team,skills,level,phone\nzhao.03,赵刚,华南,广州组,oxidation;气孔;weight,中级,139\n",
        "login,name,region,skills,level\nli.01,李强,East,technical,senior\n",
        "login,name,region\n张三,张三,华东\n",
        "login,name,region,skills\nx,y,华东,rust;;\n",
        "login,name,region,level\nx,y,华东,guru\n",
    ],
    "import_tickets": [
        "ticket_no,customer_code,category,priority,title,reported_at,order_no,batch_no,channel,description,reporter\n"
        "T2026-000200,C1,氧化,P2,铅锭发白,2026-03-05T09:00:00+08:00,SO-1,,phone,\"多行\n描述\",王工\n"
        "t2026-000201,C2,packaging,P3,打包带断裂,2026-03-05 10:00,,PB1,wechat,,\n",
        "ticket_no,customer_code,category,priority,title,reported_at\nT2026-000100,C1,other,P1,dup,2026-03-05\n",
        "ticket_no,customer_code,category,priority,title,reported_at,order_no\nT2026-000202,C2,other,P1,x,2026-03-05,SO-1\n",
        "ticket_no,customer_code,category,priority,title,reported_at\nT2026-000203,C1,rust,P5,x,yesterday\n",
        "ticket_no,customer_code,category,priority,title,reported_at,channel\nT2026-000204,C1,技术,P4,x,2026-03-05Z,fax\n",
    ],
    "import_events": [
        "ticket_no,at,action,actor,value,note\n"
        "T2026-000104,2026-03-07 10:00,respond,li.01,,\n"
        "T2026-000104,2026-03-07 11:00,assess,,,\n"
        "T2026-000104,2026-03-07 12:00,dispatch,,wang_02,\n"
        "T2026-000104,2026-03-07 13:00,plan,,,\n"
        "T2026-000104,2026-03-07 14:00,start,,,\n"
        "T2026-000104,2026-03-08 14:00,resolve,,,\n"
        "T2026-000104,2026-03-08 15:00,feedback,,,\n"
        "T2026-000104,2026-03-08 16:00,survey,,5,\n"
        "T2026-000104,2026-03-08 17:00,close,,,\n",
        "ticket_no,at,action,value,note\nT2026-000101,2026-03-07,survey,2,\nT2026-000101,2026-03-07 01:00,reopen,,\n",
        "ticket_no,at,action,note\nT2026-000102,2026-03-07,resume,\nT2026-000102,2026-03-07 02:00,cancel,客户撤回\n",
        "ticket_no,at,action,note\nT2026-000103,2026-03-08,note,备注\nT2026-000103,2026-03-01,note,too early\n",
        "ticket_no,at,action,value\nT2026-000100,2026-03-08,dispatch,nobody\nT2026-000100,2026-03-08,breach,\n",
        "ticket_no,at,action\nT2026-999999,2026-03-08,assess\nT2026-000100,2026-03-08,cancel\n",
    ],
    "import_holidays": [
        "date,kind,name,calendar\n2026-10-01,holiday,国庆节,\n2026-09-27,workday,国庆调休,standard\n",
        "date,kind,name\n2026-02-30,holiday,x\n2026-01-01,vacation,y\n",
        "date,kind,name\n2026-01-01,holiday,元旦\n2026-01-01,holiday,元旦\n",
        "date,kind,name,calendar\n2026-05-01,holiday,劳动节,24x7\n",
    ],
    "survey_import": [
        "ticket_no,score,comment,at\nT2026-000101,5,很满意,2026-03-08 10:00\nT2026-000103,2,太慢,\n",
        "ticket_no,score\nT2026-000100,3\nT2026-999999,4\n,1\nT2026-000101,six\n",
        "ticket_no,score,at\nT2026-000101,9,2026-03-01\nT2026-000101,1,not a time\n",
    ],
    "csv": [
        'a,b,c\n1,"2,3","x""y"\n',
        BOM + "h1,h2\r\n\"multi\r\nline\",\r\n\r\n",
        'a,"unterminated\n',
        'a,"x"y\n',
        "a,b\n\xff\n",
        "a\n\n\n\nb\n",
        '"","",""\n,,\n',
    ],
    "instant": [
        "2026-10-09T17:00:00+08:00", "2026-10-09T09:00:00Z", "2026-10-09 17:00", "2026-10-09 17:00:59",
        "2026-10-09", "2026-10-09T17:00-0530", "1988-04-10 02:30", "1900-01-01", "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00", "2026-02-29", "2026-10-09T24:00", " 2026-10-09 ", "2026-10-09T17:00:00+15:00",
    ],
    "search": [
        "T2026-000100", "t2026-000101", "氧化", "铅锭发白", "气", "Pb", "\"", "a\"b OR c*", "NEAR(a b)",
        "100%_", "铅锭表面有白色氧化物并且打包带断裂", "C1", "天能电池 氧化", "^x", "-", "a AND", "(", "';--",
    ],
}


def write(target, name, text):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    data = text.encode("utf-8", "surrogateescape") if isinstance(text, str) else text
    path = os.path.join(d, name)
    with open(path, "wb") as f:
        f.write(data)


def main():
    for target, seeds in SEEDS.items():
        for s in seeds:
            raw = s.encode("latin-1") if "\xff" in s and all(ord(c) < 256 for c in s) else s.encode("utf-8")
            write(target, "seed-" + hashlib.sha1(raw).hexdigest()[:12], raw)
    # The import test data: a valid file and one with a bad row on line 57.
    for f in sorted(os.listdir(DATA)):
        if f.endswith(".csv"):
            for target in ("import_customers", "csv"):
                shutil.copy(os.path.join(DATA, f), os.path.join(HERE, "corpus", target, "data-" + f))


if __name__ == "__main__":
    main()
