# Chinese texts of the minimal test scenario.
title = 供水主管爆裂
summary = 早高峰时段，海港路一条供水主管爆裂。
account-handle = @海港市发布
account-agency = 海港市人民政府
objective-first-post = 一小时内发布首条通报。
actor-resident = 李女士
actor-paper = 海港日报
actor-water = 供水管理局
fact-road-closed = 海港路一街至三街段已封闭。
rumour-contaminated = 自来水被污染了。
event-e1 = 海港路上全是水！
event-e2 = 道路已封闭。
event-e3 = 道路何时恢复通行？
event-e5 = 市里仍然没有任何消息。
template-t1 = 为什么{"{"}account{"}"}一声不吭？
