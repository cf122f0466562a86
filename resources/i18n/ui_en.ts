<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArrearsRow</name>
    <message>
        <source>涉及劳动者：</source>
        <translation>Workers concerned:</translation>
    </message>
    <message>
        <source> 名</source>
        <translation> workers</translation>
    </message>
    <message>
        <source>欠薪金额（元）：</source>
        <translation>Amount owed (yuan):</translation>
    </message>
    <message>
        <source>如 45000.00</source>
        <translation>e.g. 45000.00</translation>
    </message>
    <message>
        <source>导入清单…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>CSV：姓名,月份,金额（元），可有表头</source>
        <translation>CSV: name, months, amount (yuan); a header row is allowed</translation>
    </message>
    <message>
        <source>登记欠薪</source>
        <translation>Record arrears</translation>
    </message>
    <message>
        <source>选择欠薪人员清单</source>
        <translation>Choose the arrears list</translation>
    </message>
    <message>
        <source>已登记：%1 名，%2 元</source>
        <translation>Recorded: %1 workers, %2 yuan</translation>
    </message>
    <message>
        <source>，清单 %1 人</source>
        <translation>, %1 on the list</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>指派承办监察员</source>
        <translation>Assign inspectors to the case</translation>
    </message>
    <message>
        <source>立案须至少2名监察员（劳动保障监察条例第十六条）</source>
        <translation>Filing a case needs at least two inspectors (Labour Security Supervision Regulations, art. 16)</translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <source>失信联合惩戒：告知书草稿 %1</source>
        <translation>Joint-sanctions list: draft notice %1</translation>
    </message>
    <message>
        <source>符合列入条件。</source>
        <translation>Meets the listing conditions.</translation>
    </message>
    <message>
        <source>暂不符合列入条件。</source>
        <translation>Does not meet the listing conditions yet.</translation>
    </message>
    <message>
        <source>事由：</source>
        <translation>Grounds: </translation>
    </message>
    <message>
        <source>尚缺：</source>
        <translation>Still missing: </translation>
    </message>
    <message>
        <source>列入期限至 %1</source>
        <translation>Listed until %1</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>另存为文本…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <source>保存告知书草稿</source>
        <translation>Save draft notice</translation>
    </message>
    <message>
        <source>文本文件 (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>周六、周日默认休息。在此登记法定节假日（含调休的工作日）和调休上班的周末；案件时限与整改期限都按此计算工作日。</source>
        <translation>Saturdays and Sundays are days off. Record public holidays (including the weekdays taken off) and the weekend days worked in exchange here; case time limits and rectification deadlines count working days on this calendar.</translation>
    </message>
    <message>
        <source>年度 </source>
        <translation>Year </translation>
    </message>
    <message>
        <source>登记为节假日</source>
        <translation>Add as holiday</translation>
    </message>
    <message>
        <source>登记为调休上班日</source>
        <translation>Add as make-up working day</translation>
    </message>
    <message>
        <source>删除所选日期</source>
        <translation>Remove selected day</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>新增专项行动</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>编辑专项行动 %1</source>
        <translation>Edit campaign %1</translation>
    </message>
    <message>
        <source>如 DJ2026；登记后不能修改</source>
        <translation>e.g. DJ2026; cannot change once registered</translation>
    </message>
    <message>
        <source>如 2026年冬季根治欠薪专项行动</source>
        <translation>e.g. 2026 winter wage-arrears campaign</translation>
    </message>
    <message>
        <source>有开始日期</source>
        <translation>Has a start date</translation>
    </message>
    <message>
        <source>有结束日期</source>
        <translation>Has an end date</translation>
    </message>
    <message>
        <source>代号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>新增专项行动…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>专项行动的代号标注案件、检查和清欠目标，统计与台账按它筛选；登记后代号不能修改。</source>
        <translation>A campaign&apos;s code tags cases, inspections and clearance targets, and figures and ledgers filter by it; the code cannot change once registered.</translation>
    </message>
    <message>
        <source>专项行动 %1 已保存。</source>
        <translation>Campaign %1 saved.</translation>
    </message>
</context>
<context>
    <name>CaseCampaigns</name>
    <message>
        <source>代号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>拖欠月数</source>
        <translation>Months owed</translation>
    </message>
    <message>
        <source>拖欠金额</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <source>已支付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>状态变化</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>名称/姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified credit code</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>移送日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>接收机关</source>
        <translation>Receiving body</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>指令书</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>请选择一个案件</source>
        <translation>Choose a case</translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>支付记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>办案经过</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>关联检查与指令书</source>
        <translation>Linked inspections and orders</translation>
    </message>
    <message>
        <source>移送</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>指派监察员…</source>
        <translation>Assign inspectors…</translation>
    </message>
    <message>
        <source>变更状态…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>登记支付…</source>
        <translation>Record payment…</translation>
    </message>
    <message>
        <source>移送…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <source>关联检查或指令书…</source>
        <translation>Link inspection or order…</translation>
    </message>
    <message>
        <source>延长调查期限…</source>
        <translation>Extend investigation…</translation>
    </message>
    <message>
        <source>编辑案件…</source>
        <translation>Edit case…</translation>
    </message>
    <message>
        <source>失信告知书草稿…</source>
        <translation>Draft blacklist notice…</translation>
    </message>
    <message>
        <source>符合失信联合惩戒对象名单列入条件时可用</source>
        <translation>Available when the case meets the joint-sanctions listing conditions</translation>
    </message>
    <message>
        <source>显示完整身份证号</source>
        <translation>Show whole ID numbers</translation>
    </message>
    <message>
        <source>仅局端可显示；每次显示都记入审计日志。</source>
        <translation>Office only; every time they are shown is written to the audit log.</translation>
    </message>
    <message>
        <source>合计欠薪 %1，已追回 %2，未付 %3</source>
        <translation>Owed %1, recovered %2, outstanding %3</translation>
    </message>
    <message>
        <source>整案</source>
        <translation>Whole case</translation>
    </message>
    <message>
        <source>线上</source>
        <translation>online</translation>
    </message>
    <message>
        <source>线下</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>未指派</source>
        <translation>none assigned</translation>
    </message>
    <message>
        <source>来源：%1（%2）%3，收到 %4</source>
        <translation>Source: %1 (%2) %3, received %4</translation>
    </message>
    <message>
        <source>用人单位：%1&#x3000;项目：%2&#x3000;地区：%3&#x3000;专项行动：%4</source>
        <translation>Employer: %1  Site: %2  Area: %3  Campaign: %4</translation>
    </message>
    <message>
        <source>承办人：%1</source>
        <translation>Inspectors: %1</translation>
    </message>
    <message>
        <source>提示：已达到移送条件（%1）。</source>
        <translation>Hint: the case meets the referral conditions (%1).</translation>
    </message>
    <message>
        <source>失信联合惩戒：符合列入条件。</source>
        <translation>Joint discipline list: the listing conditions are met. </translation>
    </message>
    <message>
        <source> 尚缺：</source>
        <translation> Still missing: </translation>
    </message>
    <message>
        <source>失信联合惩戒：暂不符合列入条件。</source>
        <translation>Joint discipline list: the listing conditions are not met.</translation>
    </message>
    <message>
        <source>五个有 缺：%1</source>
        <translation>&quot;Five haves&quot; missing: %1</translation>
    </message>
    <message>
        <source>已超过完成时限 %1。</source>
        <translation>Past its completion date %1.</translation>
    </message>
    <message>
        <source>案件状态已变更。</source>
        <translation>Case status changed.</translation>
    </message>
    <message>
        <source>已登记支付。</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <source>已登记移送。</source>
        <translation>Referral recorded.</translation>
    </message>
    <message>
        <source>已关联。</source>
        <translation>Linked.</translation>
    </message>
    <message>
        <source>延长调查期限</source>
        <translation>Extend investigation</translation>
    </message>
    <message>
        <source>批准延长30个工作日的负责人：</source>
        <translation>Head who approved the 30 working-day extension:</translation>
    </message>
    <message>
        <source>案件已保存。</source>
        <translation>Case saved.</translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>编辑案件 %1</source>
        <translation>Edit case %1</translation>
    </message>
    <message>
        <source>登记新案件</source>
        <translation>Register a new case</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>五个有</source>
        <translation>Five responsibilities</translation>
    </message>
    <message>
        <source>平台线索编号、12345 工单号等；留空则用案号</source>
        <translation>Platform lead number, 12345 ticket number, etc.; blank uses the case number</translation>
    </message>
    <message>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>引发群体性事件、极端事件</source>
        <translation>Caused a mass or extreme incident</translation>
    </message>
    <message>
        <source>来源编号</source>
        <translation>Source ref.</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>投诉人电话</source>
        <translation>Complainant phone</translation>
    </message>
    <message>
        <source>申报人数</source>
        <translation>Workers reported</translation>
    </message>
    <message>
        <source>事件说明</source>
        <translation>Incident note</translation>
    </message>
    <message>
        <source>18位统一社会信用代码；不知道可留空</source>
        <translation>18-character unified social credit code; leave blank if unknown</translation>
    </message>
    <message>
        <source>工程项目的项目编号</source>
        <translation>The project code of the site</translation>
    </message>
    <message>
        <source>留空则取工程项目所在乡镇</source>
        <translation>Blank takes the site&apos;s township</translation>
    </message>
    <message>
        <source>专项行动代号，如 DJ2026</source>
        <translation>Campaign code, e.g. DJ2026</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified credit code</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>专项行动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>承包链条与法定代表人（单位填统一社会信用代码，个人填身份证号）</source>
        <translation>Contracting chain and legal representative (units by credit code, people by ID number)</translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation>Project owner</translation>
    </message>
    <message>
        <source>施工总承包单位</source>
        <translation>General contractor</translation>
    </message>
    <message>
        <source>分包单位</source>
        <translation>Subcontractor</translation>
    </message>
    <message>
        <source>实际施工人（包工头）</source>
        <translation>Actual builder (crew boss)</translation>
    </message>
    <message>
        <source>法定代表人/主要负责人</source>
        <translation>Legal representative / principal</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>已定完成时限</source>
        <translation>Completion date set</translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation>Responsible leader</translation>
    </message>
    <message>
        <source>具体责任人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>具体措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Complete by</translation>
    </message>
</context>
<context>
    <name>CaseLedger</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>拖欠金额</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <source>已支付</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
</context>
<context>
    <name>CaseRemoval</name>
    <message>
        <source>移出本案…</source>
        <translation>Remove from case…</translation>
    </message>
    <message>
        <source>把“劳动者”或“当事人”页中选中的一行移出本案（须写明理由）</source>
        <translation>Remove the row selected on the Workers or Parties tab from the case (a reason is required)</translation>
    </message>
    <message>
        <source>把劳动者 %1 移出本案的理由：</source>
        <translation>Reason for removing worker %1 from the case:</translation>
    </message>
    <message>
        <source>把当事人 %1（%2）移出本案的理由：</source>
        <translation>Reason for removing party %1 (%2) from the case:</translation>
    </message>
    <message>
        <source>移出本案</source>
        <translation>Remove from case</translation>
    </message>
    <message>
        <source>已移出本案。</source>
        <translation>Removed from the case.</translation>
    </message>
</context>
<context>
    <name>CaseTargets</name>
    <message>
        <source>逾期未完成</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>3天未更新明细</source>
        <translation>Details not updated for 3 days</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>地区/专项行动</source>
        <translation>Area / campaign</translation>
    </message>
    <message>
        <source>目标金额</source>
        <translation>Target amount</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Complete by</translation>
    </message>
    <message>
        <source>已清欠</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>完成率</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>清欠目标已3天以上未更新明细：%1</source>
        <translation>Clearance targets whose details have not been updated for 3 days or more: %1</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>登记</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>立案</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>调查</source>
        <translation>Investigating</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>移送</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>撤销立案</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>全国根治欠薪线索反映平台</source>
        <translation>National wage-arrears clue platform</translation>
    </message>
    <message>
        <source>省级线索平台</source>
        <translation>Provincial clue platform</translation>
    </message>
    <message>
        <source>12345 热线</source>
        <translation>12345 hotline</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>来信</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>检查发现</source>
        <translation>Found in inspection</translation>
    </message>
    <message>
        <source>上级交办</source>
        <translation>Assigned from above</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>受理期限</source>
        <translation>Acceptance due</translation>
    </message>
    <message>
        <source>调查期限</source>
        <translation>Investigation due</translation>
    </message>
    <message>
        <source>追溯时效</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>已超过时效</source>
        <translation>Time-barred</translation>
    </message>
    <message>
        <source>，剩余 %1 个工作日</source>
        <translation>, %1 working days left</translation>
    </message>
    <message>
        <source>，逾期 %1 个工作日</source>
        <translation>, %1 working days overdue</translation>
    </message>
    <message>
        <source>案号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>来源编号</source>
        <translation>Source ref.</translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>专项行动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>欠薪</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>已追回</source>
        <translation>Recovered</translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>劳动者台账</source>
        <translation>Worker ledger</translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <source>清欠目标</source>
        <translation>Clearance targets</translation>
    </message>
    <message>
        <source>专项行动</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>全部案件</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>未结案件</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>即将到期与逾期</source>
        <translation>Due soon and overdue</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部专项行动</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>搜索案号、用人单位、来源编号、摘要…</source>
        <translation>Search case no., employer, source ref., summary…</translation>
    </message>
    <message>
        <source>登记新案件…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>数额标准…</source>
        <translation>Thresholds…</translation>
    </message>
    <message>
        <source>拒不支付劳动报酬罪数额标准（按省，可配置·未核实）</source>
        <translation>Wage-refusal crime thresholds (by province; configurable, unverified)</translation>
    </message>
    <message>
        <source>%1 件</source>
        <translation>%1 cases</translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <source>符合</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>Non-compliant</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>［需证据］</source>
        <translation>[evidence required]</translation>
    </message>
    <message>
        <source>应查材料：%1</source>
        <translation>Look at: %1</translation>
    </message>
    <message>
        <source>填写数字</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <source>填写情况</source>
        <translation>Describe</translation>
    </message>
    <message>
        <source>责任分包单位…</source>
        <translation>Responsible subcontractor…</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>请写明问题事实（将写入指令书）</source>
        <translation>Describe the violation (goes into the order)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>⚠ 认定违法须附证据：请添加照片或材料</source>
        <translation>⚠ A violation needs evidence: add a photo or document</translation>
    </message>
    <message>
        <source>证据 %1 份</source>
        <translation>%1 evidence file(s)</translation>
    </message>
</context>
<context>
    <name>CoreOp</name>
    <message>
        <source>已取消，未做任何更改。</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>统计</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>点击图中的条形，查看构成它的记录。</source>
        <translation>Click a bar to list the records behind it.</translation>
    </message>
    <message>
        <source>“%1”：%2 条记录</source>
        <translation>“%1”: %2 records</translation>
    </message>
</context>
<context>
    <name>DetailFacts</name>
    <message>
        <source>项目编号</source>
        <translation>Project code</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>行业主管部门</source>
        <translation>Regulator</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>合同金额</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <source>开工日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>计划竣工日期</source>
        <translation>Planned completion</translation>
    </message>
    <message>
        <source>实名登记人数</source>
        <translation>Registered workers</translation>
    </message>
    <message>
        <source>在场人数</source>
        <translation>Workers on site</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Employer name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified credit code</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>名称 / 姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified credit code</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>检查时间</source>
        <translation>Inspected at</translation>
    </message>
    <message>
        <source>检查表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>被指令单位</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>违法行为</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>请选择一个工程项目或用人单位</source>
        <translation>Choose a site or an employer</translation>
    </message>
    <message>
        <source>开始检查</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>人员与单位</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>检查记录</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>指令书</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>检查记录 (%1)</source>
        <translation>Inspections (%1)</translation>
    </message>
    <message>
        <source>指令书 (%1)</source>
        <translation>Orders (%1)</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>文书标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>监察员：</source>
        <translation>Inspectors:</translation>
    </message>
    <message>
        <source>保存草稿 (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>第%1项</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>违法事实：</source>
        <translation>Facts:</translation>
    </message>
    <message>
        <source>改正要求：</source>
        <translation>Requirement:</translation>
    </message>
    <message>
        <source>违反：</source>
        <translation>Contravenes:</translation>
    </message>
    <message>
        <source>罚则：</source>
        <translation>Penalty:</translation>
    </message>
    <message>
        <source>无专门罚则，逾期不改正依%1</source>
        <translation>No specific penalty; if not rectified in time: %1</translation>
    </message>
    <message>
        <source>改动此处将同时改动下列各项的期限；各项也可分别修改。</source>
        <translation>Changing this sets the deadline of every item below; each item can also be changed on its own.</translation>
    </message>
    <message>
        <source>整改期限（全部）：</source>
        <translation>Deadline (all items):</translation>
    </message>
    <message>
        <source>本项期限：</source>
        <translation>Deadline of this item:</translation>
    </message>
    <message>
        <source>涉及劳动者 %1 名，金额 %2 元</source>
        <translation>%1 workers, %2 yuan owed</translation>
    </message>
    <message>
        <source>欠薪：</source>
        <translation>Wage arrears:</translation>
    </message>
</context>
<context>
    <name>EmployerTableModel</name>
    <message>
        <source>单位名称</source>
        <translation>Employer name</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified credit code</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>错误代码：%1</source>
        <translation>Error code: %1</translation>
    </message>
    <message>
        <source>读写文件失败：%1 %2</source>
        <translation>Could not read or write a file: %1 %2</translation>
    </message>
    <message>
        <source>请检查文件是否存在、磁盘是否已满、U盘是否已插好，然后重试。</source>
        <translation>Check that the file exists, the disk is not full and the USB stick is plugged in, then try again.</translation>
    </message>
    <message>
        <source>发生了意外错误，操作没有完成，数据库未被修改。请把详细信息发给技术支持。</source>
        <translation>An unexpected error stopped the operation; the database was not changed. Please send the details to support.</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>Could not complete the operation</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>设备 %1 尚未登记。请在该外勤电脑的“同步”页面查看本机密钥指纹，逐组核对：

    %2

完全一致才可接受；不一致请勿接受，并报告信息管理员。</source>
        <translation>Device %1 is not registered. On that laptop&apos;s Sync page, read its key fingerprint and compare it group by group:

    %2

Accept only if it is identical; if not, do not accept and tell the administrator.</translation>
    </message>
    <message>
        <source>核对设备指纹</source>
        <translation>Compare device fingerprint</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>剩余 %1 天</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>due today</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <source>住建</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>交通</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>水利</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>在建</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>停工</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>已完工</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>外勤设备</source>
        <translation>field device</translation>
    </message>
    <message>
        <source>局端</source>
        <translation>office</translation>
    </message>
    <message>
        <source>已出具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已送达</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>已被替代</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>未检查</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>符合</source>
        <translation>Compliant</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>Non-compliant</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>直接送达</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>留置送达</source>
        <translation>Left at premises</translation>
    </message>
    <message>
        <source>张贴送达</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>邮寄送达</source>
        <translation>By mail</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>今日工作台</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <source>新建检查 (Ctrl+N)</source>
        <translation>New inspection (Ctrl+N)</translation>
    </message>
    <message>
        <source>导出同步包</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>未定稿草稿</source>
        <translation>Unfinished drafts</translation>
    </message>
    <message>
        <source>即将到期指令书</source>
        <translation>Orders due soon</translation>
    </message>
    <message>
        <source>已逾期指令书</source>
        <translation>Overdue orders</translation>
    </message>
    <message>
        <source>待同步（未确认）条数</source>
        <translation>Changes not yet acknowledged</translation>
    </message>
    <message>
        <source>剩余文号</source>
        <translation>Numbers left</translation>
    </message>
    <message>
        <source>即将到期与逾期案件</source>
        <translation>Cases due soon or overdue</translation>
    </message>
    <message>
        <source>今日与近期工作</source>
        <translation>Today and recent work</translation>
    </message>
    <message>
        <source>即将到期与逾期的指令书（需复查）</source>
        <translation>Orders due soon or overdue (recheck)</translation>
    </message>
    <message>
        <source>未定稿的检查和指令书</source>
        <translation>Unfinished inspections and orders</translation>
    </message>
    <message>
        <source>即将到期与逾期的欠薪案件</source>
        <translation>Wage-arrears cases due soon or overdue</translation>
    </message>
    <message>
        <source>%1日内到期指令书</source>
        <translation>Orders due within %1 days</translation>
    </message>
    <message>
        <source>无号段</source>
        <translation>No number block</translation>
    </message>
    <message>
        <source>从未导出</source>
        <translation>Never exported</translation>
    </message>
    <message>
        <source>工程项目 %1 个，用人单位 %2 家。上次导出同步包：%3</source>
        <translation>%1 sites, %2 employers. Last bundle export: %3</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>设备密钥</source>
        <translation>Device key</translation>
    </message>
    <message>
        <source>为本数据库生成新密钥（keys split）…</source>
        <translation>Make a new key for this database (keys split)…</translation>
    </message>
    <message>
        <source>数据库尚未初始化。</source>
        <translation>The database is not initialised yet.</translation>
    </message>
    <message>
        <source>本机设备 %1，密钥指纹 %2</source>
        <translation>This device: %1, key fingerprint %2</translation>
    </message>
    <message>
        <source>本数据库的设备密钥不能使用（%1）：%2
在此之前，本机不能导出同步包，也不能签发指令书。</source>
        <translation>This database&apos;s device key cannot be used (%1): %2
Until this is fixed, this computer cannot export bundles or issue orders.</translation>
    </message>
    <message>
        <source>生成新密钥</source>
        <translation>Make a new key</translation>
    </message>
    <message>
        <source>将为本数据库生成新的设备密钥，旧密钥文件改名保留（已出具的指令书仍可核验）。之后须把新公钥交局端重新登记，否则局端不接受本机的同步包。

继续吗？</source>
        <translation>A new device key will be made for this database; the old key file is kept under a new name (orders already issued stay verifiable). The office must then register the new public key again, or it will not accept this computer&apos;s bundles.

Continue?</translation>
    </message>
    <message>
        <source>已生成新密钥：设备 %1，新指纹 %2
%3</source>
        <translation>New key made: device %1, new fingerprint %2
%3</translation>
    </message>
</context>
<context>
    <name>InspectionFormPage</name>
    <message>
        <source>检查地点：</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>检查情况：</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>专项行动：</source>
        <translation>Campaign:</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>已检查 %v / %m 项</source>
        <translation>%v of %m items checked</translation>
    </message>
    <message>
        <source>检查定稿 (Ctrl+Enter)</source>
        <translation>Finalize (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>起草指令书</source>
        <translation>Draft order</translation>
    </message>
    <message>
        <source>工程项目</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>检查表：%1    检查时间：%2    监察员：%3</source>
        <translation>Checklist: %1    Started: %2    Inspectors: %3</translation>
    </message>
    <message>
        <source>专项行动已保存</source>
        <translation>Campaign saved</translation>
    </message>
    <message>
        <source>草稿已自动保存 %1</source>
        <translation>Draft saved %1</translation>
    </message>
    <message>
        <source>  ⚠%1</source>
        <translation>  ⚠%1</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>检查定稿</source>
        <translation>Finalize inspection</translation>
    </message>
    <message>
        <source>定稿后检查结果、证据和问题都不能再修改。确定定稿吗？</source>
        <translation>After finalizing, answers, evidence and findings can no longer change. Finalize?</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>Finalized</translation>
    </message>
    <message>
        <source>检查已定稿，发现问题 %1 项。</source>
        <translation>Inspection finalized with %1 finding(s).</translation>
    </message>
    <message>
        <source>可以起草限期改正指令书。</source>
        <translation> You can now draft the rectification order.</translation>
    </message>
    <message>
        <source>尚不能定稿</source>
        <translation>Cannot finalize yet</translation>
    </message>
    <message>
        <source>还有 %1 处需要补充：</source>
        <translation>%1 thing(s) still missing:</translation>
    </message>
</context>
<context>
    <name>KeyBanner</name>
    <message>
        <source>设置 → 设备密钥…</source>
        <translation>Settings → Device key…</translation>
    </message>
    <message>
        <source>本机设备密钥不能使用（%1），不能导出同步包或签发指令书。</source>
        <translation>This device's key cannot be used (%1): no bundles can be exported and no orders issued.</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>按姓名搜索</source>
        <translation>Search by name</translation>
    </message>
    <message>
        <source>同一身份证号的劳动者合并为一人；身份证号已遮蔽（个人信息保护）。</source>
        <translation>Workers with the same ID number are one person; ID numbers are masked (personal information protection).</translation>
    </message>
    <message>
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>工程项目台账</source>
        <translation>Site ledger</translation>
    </message>
    <message>
        <source>用人单位台账</source>
        <translation>Employer ledger</translation>
    </message>
    <message>
        <source>检查台账</source>
        <translation>Inspection ledger</translation>
    </message>
    <message>
        <source>问题台账</source>
        <translation>Findings ledger</translation>
    </message>
    <message>
        <source>指令书台账</source>
        <translation>Order ledger</translation>
    </message>
    <message>
        <source>欠薪案件台账</source>
        <translation>Wage-arrears case ledger</translation>
    </message>
    <message>
        <source>追回工资台账</source>
        <translation>Recovered wages ledger</translation>
    </message>
    <message>
        <source>劳动者台账</source>
        <translation>Worker ledger</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>行业主管部门</source>
        <translation>Regulator</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>导出 Excel/CSV…</source>
        <translation>Export Excel/CSV…</translation>
    </message>
    <message>
        <source>共 %1 行</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>只显示前 %1 行；导出包含全部记录。</source>
        <translation>Showing the first %1 rows; the export holds every record.</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <source>正在导出台账…</source>
        <translation>Exporting the ledger…</translation>
    </message>
    <message>
        <source>已导出 %1 行：%2</source>
        <translation>Exported %1 rows: %2</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>关联检查或指令书</source>
        <translation>Link an inspection or order</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>指令书</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>这份指令书责令限期支付工资</source>
        <translation>This order requires the wages paid by a deadline</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>工地欠薪监察</source>
        <translation>Site Inspector</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>项目与单位</source>
        <translation>Sites &amp; employers</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>指令书</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>欠薪案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>新建检查</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>OfficeBlocksScreen</name>
    <message>
        <source>编号段与派发</source>
        <translation>Number blocks and assignments</translation>
    </message>
    <message>
        <source>剩余号数低于此数时提示：</source>
        <translation>Warn when numbers left fall below:</translation>
    </message>
    <message>
        <source>分配号数：</source>
        <translation>Numbers to allocate:</translation>
    </message>
    <message>
        <source>给所选设备分配新号段</source>
        <translation>Allocate a new block to the selected device</translation>
    </message>
    <message>
        <source>或登记指定号段：</source>
        <translation>or record a range:</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>派发内容（不勾选即为全部）</source>
        <translation>What the device receives (nothing checked: everything)</translation>
    </message>
    <message>
        <source>全部主管部门</source>
        <translation>All regulators</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>工程项目</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>监察员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>写入所选设备的派发同步包…</source>
        <translation>Write the selected device&apos;s assignment bundle…</translation>
    </message>
    <message>
        <source>编号不足的设备：%1</source>
        <translation>Devices low on numbers: %1</translation>
    </message>
    <message>
        <source>已取消，未写入任何文件。</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>未完成：%1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <source>已给设备 %1 分配编号 %2–%3。</source>
        <translation>Device %1 was given numbers %2–%3.</translation>
    </message>
    <message>
        <source>已登记编号 %1–%2。</source>
        <translation>Numbers %1–%2 recorded.</translation>
    </message>
    <message>
        <source>选择U盘或文件夹</source>
        <translation>Choose a USB stick or folder</translation>
    </message>
    <message>
        <source>正在生成派发同步包…</source>
        <translation>Writing the assignment bundle…</translation>
    </message>
    <message>
        <source>已写入派发同步包 %1（%2 行；%3）。</source>
        <translation>Assignment bundle %1 written (%2 rows; %3).</translation>
    </message>
</context>
<context>
    <name>OfficeConflictsScreen</name>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>处理人姓名</source>
        <translation>Name of the person resolving</translation>
    </message>
    <message>
        <source>为什么这样处理（记入审计日志）</source>
        <translation>Why (written to the audit log)</translation>
    </message>
    <message>
        <source>处理人：</source>
        <translation>Resolved by:</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>保留本机版本</source>
        <translation>Keep this office&apos;s version</translation>
    </message>
    <message>
        <source>采用传入版本</source>
        <translation>Take the incoming version</translation>
    </message>
    <message>
        <source>按勾选的字段合并</source>
        <translation>Merge the checked fields</translation>
    </message>
    <message>
        <source>批量处理内容相同的冲突</source>
        <translation>Resolve all identical conflicts</translation>
    </message>
    <message>
        <source>未处理的冲突 %1 个，其中内容相同的 %2 个。</source>
        <translation>%1 open conflicts, %2 of them identical.</translation>
    </message>
    <message>
        <source>合并为已有记录</source>
        <translation>Merge into the existing record</translation>
    </message>
    <message>
        <source>更正编号后都保留…</source>
        <translation>Correct the key and keep both…</translation>
    </message>
    <message>
        <source>请填写处理人。</source>
        <translation>Please enter who resolves.</translation>
    </message>
    <message>
        <source>更正编号</source>
        <translation>Correct the key</translation>
    </message>
    <message>
        <source>新记录的正确编号（%1）：</source>
        <translation>Correct key of the new record (%1):</translation>
    </message>
    <message>
        <source>已处理 %1 个冲突。</source>
        <translation>%1 conflicts resolved.</translation>
    </message>
</context>
<context>
    <name>OfficeDevicesScreen</name>
    <message>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>超过多少天未交回同步包即提示：</source>
        <translation>Flag a device after this many days without a bundle:</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>根据同步包接受新设备…</source>
        <translation>Accept a new device from its bundle…</translation>
    </message>
    <message>
        <source>吊销所选设备…</source>
        <translation>Revoke selected device…</translation>
    </message>
    <message>
        <source>外勤设备 %1 台，其中 %2 台超过 %3 天未同步。</source>
        <translation>%1 field devices; %2 have not synced for more than %3 days.</translation>
    </message>
    <message>
        <source>吊销设备</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <source>吊销后，设备 %1 的同步包将一律被拒绝。请填写理由：</source>
        <translation>Once revoked, every bundle from device %1 is refused. Reason:</translation>
    </message>
    <message>
        <source>未吊销：吊销必须填写理由。</source>
        <translation>Not revoked: a reason is required.</translation>
    </message>
    <message>
        <source>已吊销设备 %1。</source>
        <translation>Device %1 revoked.</translation>
    </message>
    <message>
        <source>选择新设备交回的同步包</source>
        <translation>Choose the new device&apos;s bundle</translation>
    </message>
    <message>
        <source>同步包 (*.zip);;所有文件 (*)</source>
        <translation>Bundles (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>该同步包的设备无需接受：%1</source>
        <translation>This bundle&apos;s device needs no accepting: %1</translation>
    </message>
    <message>
        <source>已接受并信任设备 %1。</source>
        <translation>Device %1 accepted and trusted.</translation>
    </message>
</context>
<context>
    <name>OfficeImportScreen</name>
    <message>
        <source>导入同步包</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>选择外勤同步包或其所在文件夹，也可以把文件拖到这里。先试导入预览，确认后再正式导入。</source>
        <translation>Choose field bundles or their folder, or drop them here. A trial import previews them first; then import.</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>核对指纹并接受新设备…</source>
        <translation>Compare fingerprint and accept device…</translation>
    </message>
    <message>
        <source>正式导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <source>选择外勤同步包</source>
        <translation>Choose field bundles</translation>
    </message>
    <message>
        <source>同步包 (*.zip);;所有文件 (*)</source>
        <translation>Bundles (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>选择同步包所在的文件夹</source>
        <translation>Choose the folder with the bundles</translation>
    </message>
    <message>
        <source>所选位置没有同步包（*.zip）。</source>
        <translation>No bundles (*.zip) there.</translation>
    </message>
    <message>
        <source>正在试导入（预览，不会保存）…</source>
        <translation>Trial import (preview, nothing is kept)…</translation>
    </message>
    <message>
        <source>预览：%1 个同步包可导入，%2 个将被拒绝。数据库未做任何更改。</source>
        <translation>Preview: %1 bundles can be imported, %2 would be refused. The database was not changed.</translation>
    </message>
    <message>
        <source>已接受并信任设备 %1。正在重新预览…</source>
        <translation>Device %1 accepted and trusted. Previewing again…</translation>
    </message>
    <message>
        <source>正在导入同步包…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <source>设备 %1 第 %2 号同步包：</source>
        <translation>Bundle %2 of device %1:</translation>
    </message>
    <message>
        <source>新增 %1，更新 %2，相同 %3，冲突 %4</source>
        <translation>new %1, updated %2, identical %3, conflicts %4</translation>
    </message>
    <message>
        <source>已取消预览，未做任何更改。</source>
        <translation>Preview cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>已取消。正在处理的同步包没有写入任何数据；此前已导入的同步包保持导入。</source>
        <translation>Cancelled. The bundle being imported wrote nothing; bundles imported before it stay imported.</translation>
    </message>
    <message>
        <source>操作未完成：%1
%2</source>
        <translation>Not done: %1
%2</translation>
    </message>
</context>
<context>
    <name>OfficeModels</name>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>相同</source>
        <translation>Identical</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>导入日期</source>
        <translation>Imported on</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>已吊销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>受信任</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>未信任</source>
        <translation>Not trusted</translation>
    </message>
    <message>
        <source>从未同步</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>已 %1 天未同步</source>
        <translation>No bundle for %1 days</translation>
    </message>
    <message>
        <source>密钥指纹</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近同步包</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <source>最近确认</source>
        <translation>Last acknowledgement</translation>
    </message>
    <message>
        <source>待确认行</source>
        <translation>Rows unacknowledged</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>编号段</source>
        <translation>Blocks</translation>
    </message>
    <message>
        <source>剩余号数</source>
        <translation>Numbers left</translation>
    </message>
    <message>
        <source>编号不足，请分配新号段</source>
        <translation>Low on numbers: allocate a new block</translation>
    </message>
    <message>
        <source>起号</source>
        <translation>First</translation>
    </message>
    <message>
        <source>止号</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>已用</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>数据表</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>不同字段</source>
        <translation>Differing fields</translation>
    </message>
    <message>
        <source>（内容相同）</source>
        <translation>(identical)</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>本机版本</source>
        <translation>This office&apos;s version</translation>
    </message>
    <message>
        <source>传入版本</source>
        <translation>Incoming version</translation>
    </message>
</context>
<context>
    <name>OfficePages</name>
    <message>
        <source>导入同步包</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>编号段与派发</source>
        <translation>Number blocks and assignments</translation>
    </message>
    <message>
        <source>统计与台账</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>被指令单位</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>Recheck</translation>
    </message>
    <message>
        <source>限期改正指令书</source>
        <translation>Rectification orders</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>请选择指令书，或在检查定稿后起草</source>
        <translation>Choose an order, or draft one after finalizing an inspection</translation>
    </message>
    <message>
        <source>预览 PDF</source>
        <translation>Preview PDF</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>出具指令书</source>
        <translation>Issue order</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>签名</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>整改期限：%1（%2）</source>
        <translation>Deadline: %1 (%2)</translation>
    </message>
    <message>
        <source>出具日期：%1</source>
        <translation>Issued: %1</translation>
    </message>
    <message>
        <source>内容哈希：%1…</source>
        <translation>Content hash: %1…</translation>
    </message>
    <message>
        <source>起草指令书</source>
        <translation>Draft order</translation>
    </message>
    <message>
        <source>本次检查没有需要下达指令书的问题。</source>
        <translation>This inspection has no finding that needs an order.</translation>
    </message>
    <message>
        <source>已起草 %1 份指令书草稿</source>
        <translation>%1 draft order(s) created</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>出具后将占用本机号段中的一个文号，指令书内容不能再修改。确定出具吗？</source>
        <translation>Issuing takes a number from this device&apos;s block and the order can no longer change. Issue?</translation>
    </message>
    <message>
        <source>已出具</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>指令书已出具，文号：%1</source>
        <translation>Order issued, number %1</translation>
    </message>
    <message>
        <source>送达回证</source>
        <translation>Service receipt</translation>
    </message>
    <message>
        <source>生成送达回证 PDF（按最近一次送达记录填写），可预览和打印</source>
        <translation>Make the service receipt PDF (filled from the latest service record) to preview and print</translation>
    </message>
    <message>
        <source>正在生成送达回证…</source>
        <translation>Making the service receipt…</translation>
    </message>
    <message>
        <source>逾期送达</source>
        <translation>Served after the deadline</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>登记追回工资</source>
        <translation>Record wages recovered</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>整案（不指定劳动者）</source>
        <translation>Whole case (no single worker)</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>打印指令书</source>
        <translation>Print order</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>yyyy年M月d日</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>专项行动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>RecheckPanel</name>
    <message>
        <source>违法事项：</source>
        <translation>Violation:</translation>
    </message>
    <message>
        <source>已改正</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>未改正</source>
        <translation>Not rectified</translation>
    </message>
    <message>
        <source>复查结论：</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>复查日期：</source>
        <translation>Checked on:</translation>
    </message>
    <message>
        <source>复查情况：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>未添加照片</source>
        <translation>No photos</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>照片：</source>
        <translation>Photos:</translation>
    </message>
    <message>
        <source>记录复查</source>
        <translation>Record recheck</translation>
    </message>
    <message>
        <source>选择复查照片</source>
        <translation>Choose recheck photos</translation>
    </message>
    <message>
        <source>已选择 %1 张照片</source>
        <translation>%1 photo(s) chosen</translation>
    </message>
    <message>
        <source>未复查</source>
        <translation>Not rechecked</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>移送</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>公安机关（涉嫌拒不支付劳动报酬罪）</source>
        <translation>Police (suspected refusal to pay wages)</translation>
    </message>
    <message>
        <source>人民法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>留空则为“公安机关”或“人民法院”</source>
        <translation>Empty: &quot;police&quot; or &quot;court&quot;</translation>
    </message>
    <message>
        <source>移送对象</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>移送日期</source>
        <translation>Referred on</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>接收机关</source>
        <translation>Receiving body</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>统计图表</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>统计与台账</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <source>送达方式：</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>签收人：</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>送达地点：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>受送达人拒绝签收（拒签）</source>
        <translation>Recipient refused to sign</translation>
    </message>
    <message>
        <source>见证人：</source>
        <translation>Witness:</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>未添加照片</source>
        <translation>No photos</translation>
    </message>
    <message>
        <source>添加现场照片</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>照片：</source>
        <translation>Photos:</translation>
    </message>
    <message>
        <source>记录送达</source>
        <translation>Record service</translation>
    </message>
    <message>
        <source>选择现场照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>已选择 %1 张照片</source>
        <translation>%1 photo(s) chosen</translation>
    </message>
    <message>
        <source>尚无送达记录。</source>
        <translation>No service recorded yet.</translation>
    </message>
    <message>
        <source>指令书出具后才能记录送达。</source>
        <translation>Service can be recorded once the order is issued.</translation>
    </message>
    <message>
        <source>受送达人不在时由他人代收</source>
        <translation>Someone who signs for an absent recipient</translation>
    </message>
    <message>
        <source>代收人：</source>
        <translation>Received on behalf by:</translation>
    </message>
    <message>
        <source>与受送达人关系（代收理由）：</source>
        <translation>Relation to the recipient (reason):</translation>
    </message>
    <message>
        <source>如实记录拒收的经过和理由</source>
        <translation>Record what happened and the reason given, as it was</translation>
    </message>
    <message>
        <source>拒收事由：</source>
        <translation>Reason for refusal:</translation>
    </message>
    <message>
        <source>（代收）</source>
        <translation> (on behalf)</translation>
    </message>
    <message>
        <source>（拒签）</source>
        <translation> (refused to sign)</translation>
    </message>
    <message>
        <source>（逾期送达）</source>
        <translation> (served late)</translation>
    </message>
    <message>
        <source>照片 %1 张</source>
        <translation>%1 photo(s)</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>作出机关全称</source>
        <translation>Authority (full name)</translation>
    </message>
    <message>
        <source>机关代字</source>
        <translation>Authority code</translation>
    </message>
    <message>
        <source>指令书标题</source>
        <translation>Order title</translation>
    </message>
    <message>
        <source>文种代字</source>
        <translation>Document kind code</translation>
    </message>
    <message>
        <source>文号模板</source>
        <translation>Number pattern</translation>
    </message>
    <message>
        <source>序号位数（0 不补零）</source>
        <translation>Serial digits (0: no padding)</translation>
    </message>
    <message>
        <source>写入复议/诉讼告知</source>
        <translation>Print appeal notice</translation>
    </message>
    <message>
        <source>复议机关</source>
        <translation>Review body</translation>
    </message>
    <message>
        <source>管辖法院</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>机关地址</source>
        <translation>Authority address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>存档联报送期限（日）</source>
        <translation>Archive copy due within (days)</translation>
    </message>
    <message>
        <source>到期提醒提前（日）</source>
        <translation>Warn before deadline (days)</translation>
    </message>
    <message>
        <source>工资保证金比例（%）</source>
        <translation>Wage deposit ratio (%)</translation>
    </message>
    <message>
        <source>人工费用拨付比例（%）</source>
        <translation>Labour cost ratio (%)</translation>
    </message>
    <message>
        <source>拒不支付罪标准·单人（元）</source>
        <translation>Wage-refusal threshold, one worker (yuan)</translation>
    </message>
    <message>
        <source>拒不支付罪标准·累计（元）</source>
        <translation>Wage-refusal threshold, total (yuan)</translation>
    </message>
    <message>
        <source>文书字体（TrueType，空为内置字体）</source>
        <translation>Document font (TrueType; empty: built-in)</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>执法证号</source>
        <translation>Credential no.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>起号</source>
        <translation>First</translation>
    </message>
    <message>
        <source>止号</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>已用</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>监察员</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>作出机关与文书</source>
        <translation>Authority &amp; documents</translation>
    </message>
    <message>
        <source>文号号段</source>
        <translation>Number blocks</translation>
    </message>
    <message>
        <source>数据与语言</source>
        <translation>Data &amp; language</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>执法证号：</source>
        <translation>Credential no.:</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>保存监察员（按执法证号新增或更新）</source>
        <translation>Save inspector (added or updated by credential no.)</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>停用的监察员不再出现在新建检查的人员列表中</source>
        <translation>Deactivated inspectors are no longer offered when starting an inspection</translation>
    </message>
    <message>
        <source>号段由局端在派发同步包中下发；纸质领取的号段可在此登记。</source>
        <translation>Number blocks come from the office in assignment bundles; blocks handed over on paper can be recorded here.</translation>
    </message>
    <message>
        <source>不限年度</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>登记号段</source>
        <translation>Record block</translation>
    </message>
    <message>
        <source>数据库文件：</source>
        <translation>Database file:</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>使用其他数据库…</source>
        <translation>Use another database…</translation>
    </message>
    <message>
        <source>界面语言（重启后生效）：</source>
        <translation>Language (after restart):</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>选择字体…</source>
        <translation>Choose font…</translation>
    </message>
    <message>
        <source>保存作出机关设置</source>
        <translation>Save authority settings</translation>
    </message>
    <message>
        <source>作出机关设置已保存</source>
        <translation>Authority settings saved</translation>
    </message>
    <message>
        <source>已启用监察员 %1</source>
        <translation>Inspector %1 activated</translation>
    </message>
    <message>
        <source>已停用监察员 %1</source>
        <translation>Inspector %1 deactivated</translation>
    </message>
    <message>
        <source>选择文书字体</source>
        <translation>Choose document font</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc)</source>
        <translation>TrueType fonts (*.ttf *.ttc)</translation>
    </message>
    <message>
        <source>选择或新建数据库文件</source>
        <translation>Choose or create a database file</translation>
    </message>
    <message>
        <source>数据库 (*.db)</source>
        <translation>Database (*.db)</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>下次启动时将打开：%1</source>
        <translation>Next start opens: %1</translation>
    </message>
    <message>
        <source>界面语言将在重启后生效</source>
        <translation>The language changes after a restart</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>请在此处签名（鼠标、手写笔或手指）</source>
        <translation>Sign here (mouse, pen or finger)</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>监察员（一）签名</source>
        <translation>Inspector 1 signature</translation>
    </message>
    <message>
        <source>监察员（二）签名</source>
        <translation>Inspector 2 signature</translation>
    </message>
    <message>
        <source>被指令单位签收人签名</source>
        <translation>Recipient signature</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>保存签名</source>
        <translation>Save signature</translation>
    </message>
    <message>
        <source>拒签（转为留置送达）</source>
        <translation>Refused to sign (leave at premises)</translation>
    </message>
    <message>
        <source>请先签名</source>
        <translation>Sign first</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>Township</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>施工总承包单位</source>
        <translation>General contractor</translation>
    </message>
    <message>
        <source>主管部门</source>
        <translation>Regulator</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>最近检查</source>
        <translation>Last inspected</translation>
    </message>
</context>
<context>
    <name>SitesScreen</name>
    <message>
        <source>工程项目</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>搜索名称、地址、统一社会信用代码、乡镇…  (Ctrl+F)</source>
        <translation>Search name, address, credit code, township…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>全部主管部门</source>
        <translation>All regulators</translation>
    </message>
    <message>
        <source>全部行业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>全部乡镇</source>
        <translation>All townships</translation>
    </message>
    <message>
        <source>%1 / %2 条</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>新建检查</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <source>工程项目</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>Employers</translation>
    </message>
    <message>
        <source>输入名称、地址或信用代码查找检查对象</source>
        <translation>Type a name, address or credit code to find the target</translation>
    </message>
    <message>
        <source>尚未选择检查对象</source>
        <translation>No target chosen yet</translation>
    </message>
    <message>
        <source>检查表：</source>
        <translation>Checklist:</translation>
    </message>
    <message>
        <source>监察员（至少2人）：</source>
        <translation>Inspectors (at least 2):</translation>
    </message>
    <message>
        <source>检查地点：</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>开始检查</source>
        <translation>Start inspection</translation>
    </message>
    <message>
        <source>检查对象：%1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>请选择检查对象、检查表和至少2名监察员</source>
        <translation>Choose a target, a checklist and at least two inspectors</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>变更案件状态</source>
        <translation>Change case status</translation>
    </message>
    <message>
        <source>理由（不予受理、移送、撤销立案、结案须写明）</source>
        <translation>Reason (required to reject, refer, withdraw or close)</translation>
    </message>
    <message>
        <source>转为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>生成汇总</source>
        <translation>Make summary</translation>
    </message>
    <message>
        <source>复制文字</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>保存为 PDF/Excel…</source>
        <translation>Save as PDF/Excel…</translation>
    </message>
    <message>
        <source>保存汇总</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>根治欠薪工作情况汇总.pdf</source>
        <translation>wage-arrears-summary.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx);;文本 (*.txt)</source>
        <translation>PDF file (*.pdf);;Excel workbook (*.xlsx);;Text (*.txt)</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>设备与密钥指纹：</source>
        <translation>Device and key fingerprint:</translation>
    </message>
    <message>
        <source>局端密钥：</source>
        <translation>Office key:</translation>
    </message>
    <message>
        <source>待同步（局端未确认）：</source>
        <translation>Not yet acknowledged:</translation>
    </message>
    <message>
        <source>上次导出：</source>
        <translation>Last export:</translation>
    </message>
    <message>
        <source>剩余文号：</source>
        <translation>Numbers left:</translation>
    </message>
    <message>
        <source>未处理冲突：</source>
        <translation>Open conflicts:</translation>
    </message>
    <message>
        <source>导出同步包到U盘… (Ctrl+E)</source>
        <translation>Export bundle to USB… (Ctrl+E)</translation>
    </message>
    <message>
        <source>导入派发同步包… (Ctrl+I)</source>
        <translation>Import assignment bundle… (Ctrl+I)</translation>
    </message>
    <message>
        <source>登记局端公钥…</source>
        <translation>Enroll office key…</translation>
    </message>
    <message>
        <source>导出本机公钥…</source>
        <translation>Export this device&apos;s key…</translation>
    </message>
    <message>
        <source>结果：</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>尚未登记（导入派发包前须先登记）</source>
        <translation>Not enrolled (enroll before importing an assignment bundle)</translation>
    </message>
    <message>
        <source>%1 条记录</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <source>从未导出</source>
        <translation>Never exported</translation>
    </message>
    <message>
        <source>无号段</source>
        <translation>No number block</translation>
    </message>
    <message>
        <source>选择U盘或导出文件夹</source>
        <translation>Choose the USB stick or a folder</translation>
    </message>
    <message>
        <source>正在导出同步包…</source>
        <translation>Exporting the bundle…</translation>
    </message>
    <message>
        <source>已导出同步包：%1
共 %2 条记录、%3 个附件。请把该文件交回局端。</source>
        <translation>Bundle exported: %1
%2 records, %3 attachments. Hand this file to the office.</translation>
    </message>
    <message>
        <source>选择派发同步包</source>
        <translation>Choose an assignment bundle</translation>
    </message>
    <message>
        <source>同步包 (*.zip);;所有文件 (*)</source>
        <translation>Bundles (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>正在校验同步包…</source>
        <translation>Verifying the bundle…</translation>
    </message>
    <message>
        <source>同步包被拒绝：%1（%2）。本机数据未被修改。</source>
        <translation>Bundle refused: %1 (%2). Nothing was changed on this device.</translation>
    </message>
    <message>
        <source>来自 %1 的%2同步包（第 %3 号）。%4

导入吗？</source>
        <translation>%2 bundle no. %3 from %1. %4

Import it?</translation>
    </message>
    <message>
        <source>派发</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <source>外勤</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>导入同步包</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>已取消导入，本机数据未被修改。</source>
        <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>正在导入同步包…</source>
        <translation>Importing the bundle…</translation>
    </message>
    <message>
        <source>已取消，未写入任何数据。</source>
        <translation>Cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>操作未完成：%1
%2
本机数据未被修改。</source>
        <translation>Not done: %1
%2
Nothing was changed on this device.</translation>
    </message>
    <message>
        <source>选择局端公钥文件</source>
        <translation>Choose the office key file</translation>
    </message>
    <message>
        <source>公钥文件 (*.json *.pub);;所有文件 (*)</source>
        <translation>Key files (*.json *.pub);;All files (*)</translation>
    </message>
    <message>
        <source>已登记局端公钥。</source>
        <translation>Office key enrolled.</translation>
    </message>
    <message>
        <source>保存本机公钥</source>
        <translation>Save this device&apos;s key</translation>
    </message>
    <message>
        <source>公钥文件 (*.json)</source>
        <translation>Key files (*.json)</translation>
    </message>
    <message>
        <source>已保存本机公钥：%1</source>
        <translation>Key saved: %1</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>新增清欠目标</source>
        <translation>New clearance target</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>专项行动：%1 %2</source>
        <translation>Campaign: %1 %2</translation>
    </message>
    <message>
        <source>地区（乡镇、街道）</source>
        <translation>Area (township, subdistrict)</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation>Complete by</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>新增目标…</source>
        <translation>New target…</translation>
    </message>
    <message>
        <source>已核对明细</source>
        <translation>Details reviewed</translation>
    </message>
    <message>
        <source>记录今天已核对并报送该目标的清欠明细</source>
        <translation>Record that this target&apos;s payment details were reviewed and reported today</translation>
    </message>
    <message>
        <source>清欠明细</source>
        <translation>Payment details</translation>
    </message>
    <message>
        <source>清欠目标进度（元）</source>
        <translation>Clearance target progress (yuan)</translation>
    </message>
    <message>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>已清欠</source>
        <translation>Cleared</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>拒不支付劳动报酬罪数额标准</source>
        <translation>Wage-refusal crime thresholds</translation>
    </message>
    <message>
        <source>可配置·未核实：各省数额标准由省高级人民法院确定，内置数字须对照本省文件核实后使用；须在法释〔2013〕3号规定的幅度内。</source>
        <translation>Configurable, unverified: each province&apos;s figures are set by its high court; check the built-in figures against your province&apos;s notice before use. They must lie within the ranges of Judicial Interpretation [2013] No. 3.</translation>
    </message>
    <message>
        <source>（内置，未核实）</source>
        <translation> (built in, unverified)</translation>
    </message>
    <message>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>单人（拖欠3个月以上）</source>
        <translation>One worker (owed 3 months or more)</translation>
    </message>
    <message>
        <source>10人以上累计</source>
        <translation>Ten or more workers in all</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>法释〔2013〕3号幅度：%1–%2 元</source>
        <translation>Range of Judicial Interpretation [2013] No. 3: %1–%2 yuan</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>材料</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>WorkersEditor</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>拖欠月数</source>
        <translation>Months owed</translation>
    </message>
    <message>
        <source>拖欠金额</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <source>新增劳动者</source>
        <translation>Workers to add</translation>
    </message>
    <message>
        <source>移除选中</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>从表格导入…</source>
        <translation>Import from sheet…</translation>
    </message>
    <message>
        <source>CSV 或 Excel，表头：姓名、身份证号、电话、拖欠月数、拖欠金额（元）</source>
        <translation>CSV or Excel with the header: name, ID number, phone, months owed, amount owed (yuan)</translation>
    </message>
    <message>
        <source>18位身份证号</source>
        <translation>18-character ID number</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>本案已有劳动者（身份证号已隐去；拖欠月数和金额可改）</source>
        <translation>The case&apos;s workers (ID numbers masked; months and amount may be changed)</translation>
    </message>
    <message>
        <source>导入劳动者名单</source>
        <translation>Import worker list</translation>
    </message>
    <message>
        <source>表格 (*.csv *.xlsx)</source>
        <translation>Sheets (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>数据库未能打开</source>
        <translation>Database not open</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>数据库：%1    设备：%2</source>
        <translation>Database: %1    Device: %2</translation>
    </message>
</context>
</TS>
