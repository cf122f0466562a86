<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArrearsRow</name>
    <message>
        <source>涉及劳动者：</source>
        <translation>涉及劳动者：</translation>
    </message>
    <message>
        <source> 名</source>
        <translation> 名</translation>
    </message>
    <message>
        <source>欠薪金额（元）：</source>
        <translation>欠薪金额（元）：</translation>
    </message>
    <message>
        <source>如 45000.00</source>
        <translation>如 45000.00</translation>
    </message>
    <message>
        <source>导入清单…</source>
        <translation>导入清单…</translation>
    </message>
    <message>
        <source>CSV：姓名,月份,金额（元），可有表头</source>
        <translation>CSV：姓名,月份,金额（元），可有表头</translation>
    </message>
    <message>
        <source>登记欠薪</source>
        <translation>登记欠薪</translation>
    </message>
    <message>
        <source>选择欠薪人员清单</source>
        <translation>选择欠薪人员清单</translation>
    </message>
    <message>
        <source>已登记：%1 名，%2 元</source>
        <translation>已登记：%1 名，%2 元</translation>
    </message>
    <message>
        <source>，清单 %1 人</source>
        <translation>，清单 %1 人</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>指派承办监察员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立案须至少2名监察员（劳动保障监察条例第十六条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlacklistDialog</name>
    <message>
        <source>失信联合惩戒：告知书草稿 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合列入条件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>暂不符合列入条件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚缺：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列入期限至 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为文本…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存告知书草稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文本文件 (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>周一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>周日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>周六、周日默认休息。在此登记法定节假日（含调休的工作日）和调休上班的周末；案件时限与整改期限都按此计算工作日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记为节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记为调休上班日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>新增专项行动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑专项行动 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 DJ2026；登记后不能修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如 2026年冬季根治欠薪专项行动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>新增专项行动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专项行动的代号标注案件、检查和清欠目标，统计与台账按它筛选；登记后代号不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专项行动 %1 已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseCampaigns</name>
    <message>
        <source>代号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件数</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <source>拖欠月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拖欠金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>状态变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称/姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished">统一社会信用代码</translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>接收机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号</source>
        <translation type="unfinished">文号</translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished">结果</translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查</source>
        <translation type="unfinished">检查</translation>
    </message>
    <message>
        <source>指令书</source>
        <translation type="unfinished">指令书</translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished">内容</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>请选择一个案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支付记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办案经过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联检查与指令书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指派监察员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更状态…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记支付…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移送…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联检查或指令书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延长调查期限…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑案件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失信告知书草稿…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>符合失信联合惩戒对象名单列入条件时可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示完整身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅局端可显示；每次显示都记入审计日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计欠薪 %1，已追回 %2，未付 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>线上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>线下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源：%1（%2）%3，收到 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用人单位：%1&#x3000;项目：%2&#x3000;地区：%3&#x3000;专项行动：%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办人：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示：已达到移送条件（%1）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失信联合惩戒：符合列入条件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 尚缺：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>失信联合惩戒：暂不符合列入条件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五个有 缺：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已超过完成时限 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件状态已变更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记支付。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已登记移送。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已关联。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延长调查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批准延长30个工作日的负责人：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件已保存。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFormDialog</name>
    <message>
        <source>编辑案件 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记新案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>五个有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台线索编号、12345 工单号等；留空则用案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>引发群体性事件、极端事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉人电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申报人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事件说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18位统一社会信用代码；不知道可留空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工程项目的项目编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空则取工程项目所在乡镇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专项行动代号，如 DJ2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation type="unfinished">用人单位</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished">统一社会信用代码</translation>
    </message>
    <message>
        <source>项目编号</source>
        <translation type="unfinished">项目编号</translation>
    </message>
    <message>
        <source>地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专项行动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承包链条与法定代表人（单位填统一社会信用代码，个人填身份证号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建设单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>施工总承包单位</source>
        <translation type="unfinished">施工总承包单位</translation>
    </message>
    <message>
        <source>分包单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际施工人（包工头）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定代表人/主要负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已定完成时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>责任领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>具体责任人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>具体措施</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLedger</name>
    <message>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <source>案件数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拖欠金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRemoval</name>
    <message>
        <source>移出本案…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把“劳动者”或“当事人”页中选中的一行移出本案（须写明理由）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把劳动者 %1 移出本案的理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把当事人 %1（%2）移出本案的理由：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移出本案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已移出本案。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTargets</name>
    <message>
        <source>逾期未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3天未更新明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区/专项行动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已清欠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation type="unfinished">用人单位</translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清欠目标已3天以上未更新明细：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>登记</source>
        <translation type="unfinished">登记</translation>
    </message>
    <message>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销立案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全国根治欠薪线索反映平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省级线索平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345 热线</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查发现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上级交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他</source>
        <translation type="unfinished">其他</translation>
    </message>
    <message>
        <source>受理期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调查期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追溯时效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已超过时效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，剩余 %1 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，逾期 %1 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation type="unfinished">用人单位</translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished">期限</translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收到日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专项行动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欠薪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已追回</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesScreen</name>
    <message>
        <source>案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动者台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清欠目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专项行动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未结案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将到期与逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished">全部状态</translation>
    </message>
    <message>
        <source>全部专项行动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索案号、用人单位、来源编号、摘要…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记新案件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数额标准…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒不支付劳动报酬罪数额标准（按省，可配置·未核实）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItem</name>
    <message>
        <source>符合</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>［需证据］</source>
        <translation>［需证据］</translation>
    </message>
    <message>
        <source>应查材料：%1</source>
        <translation>应查材料：%1</translation>
    </message>
    <message>
        <source>填写数字</source>
        <translation>填写数字</translation>
    </message>
    <message>
        <source>填写情况</source>
        <translation>填写情况</translation>
    </message>
    <message>
        <source>责任分包单位…</source>
        <translation>责任分包单位…</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>请写明问题事实（将写入指令书）</source>
        <translation>请写明问题事实（将写入指令书）</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>⚠ 认定违法须附证据：请添加照片或材料</source>
        <translation>⚠ 认定违法须附证据：请添加照片或材料</translation>
    </message>
    <message>
        <source>证据 %1 份</source>
        <translation>证据 %1 份</translation>
    </message>
</context>
<context>
    <name>CoreOp</name>
    <message>
        <source>已取消，未做任何更改。</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>请稍候</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <source>统计</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>点击图中的条形，查看构成它的记录。</source>
        <translation>点击图中的条形，查看构成它的记录。</translation>
    </message>
    <message>
        <source>“%1”：%2 条记录</source>
        <translation>“%1”：%2 条记录</translation>
    </message>
</context>
<context>
    <name>DetailFacts</name>
    <message>
        <source>项目编号</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>行业主管部门</source>
        <translation>行业主管部门</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>合同金额</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>开工日期</source>
        <translation>开工日期</translation>
    </message>
    <message>
        <source>计划竣工日期</source>
        <translation>计划竣工日期</translation>
    </message>
    <message>
        <source>实名登记人数</source>
        <translation>实名登记人数</translation>
    </message>
    <message>
        <source>在场人数</source>
        <translation>在场人数</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>行业</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>身份</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>名称 / 姓名</source>
        <translation>名称 / 姓名</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>检查时间</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>检查表</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>发现问题</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>被指令单位</source>
        <translation>被指令单位</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>违法行为</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <source>请选择一个工程项目或用人单位</source>
        <translation>请选择一个工程项目或用人单位</translation>
    </message>
    <message>
        <source>开始检查</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>人员与单位</source>
        <translation>人员与单位</translation>
    </message>
    <message>
        <source>检查记录</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>指令书</source>
        <translation>指令书</translation>
    </message>
    <message>
        <source>检查记录 (%1)</source>
        <translation>检查记录 (%1)</translation>
    </message>
    <message>
        <source>指令书 (%1)</source>
        <translation>指令书 (%1)</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>文书标题：</source>
        <translation>文书标题：</translation>
    </message>
    <message>
        <source>监察员：</source>
        <translation>监察员：</translation>
    </message>
    <message>
        <source>保存草稿 (Ctrl+S)</source>
        <translation>保存草稿 (Ctrl+S)</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>第%1项</source>
        <translation>第%1项</translation>
    </message>
    <message>
        <source>违法事实：</source>
        <translation>违法事实：</translation>
    </message>
    <message>
        <source>改正要求：</source>
        <translation>改正要求：</translation>
    </message>
    <message>
        <source>违反：</source>
        <translation>违反：</translation>
    </message>
    <message>
        <source>罚则：</source>
        <translation>罚则：</translation>
    </message>
    <message>
        <source>无专门罚则，逾期不改正依%1</source>
        <translation>无专门罚则，逾期不改正依%1</translation>
    </message>
    <message>
        <source>改动此处将同时改动下列各项的期限；各项也可分别修改。</source>
        <translation>改动此处将同时改动下列各项的期限；各项也可分别修改。</translation>
    </message>
    <message>
        <source>整改期限（全部）：</source>
        <translation>整改期限（全部）：</translation>
    </message>
    <message>
        <source>本项期限：</source>
        <translation>本项期限：</translation>
    </message>
    <message>
        <source>涉及劳动者 %1 名，金额 %2 元</source>
        <translation>涉及劳动者 %1 名，金额 %2 元</translation>
    </message>
    <message>
        <source>欠薪：</source>
        <translation>欠薪：</translation>
    </message>
</context>
<context>
    <name>EmployerTableModel</name>
    <message>
        <source>单位名称</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>行业</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>错误代码：%1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>读写文件失败：%1 %2</source>
        <translation>读写文件失败：%1 %2</translation>
    </message>
    <message>
        <source>请检查文件是否存在、磁盘是否已满、U盘是否已插好，然后重试。</source>
        <translation>请检查文件是否存在、磁盘是否已满、U盘是否已插好，然后重试。</translation>
    </message>
    <message>
        <source>发生了意外错误，操作没有完成，数据库未被修改。请把详细信息发给技术支持。</source>
        <translation>发生了意外错误，操作没有完成，数据库未被修改。请把详细信息发给技术支持。</translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation>无法完成操作</translation>
    </message>
</context>
<context>
    <name>Fingerprint</name>
    <message>
        <source>设备 %1 尚未登记。请在该外勤电脑的“同步”页面查看本机密钥指纹，逐组核对：

    %2

完全一致才可接受；不一致请勿接受，并报告信息管理员。</source>
        <translation>设备 %1 尚未登记。请在该外勤电脑的“同步”页面查看本机密钥指纹，逐组核对：

    %2

完全一致才可接受；不一致请勿接受，并报告信息管理员。</translation>
    </message>
    <message>
        <source>核对设备指纹</source>
        <translation>核对设备指纹</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>剩余 %1 天</source>
        <translation>剩余 %1 天</translation>
    </message>
    <message>
        <source>今日到期</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>逾期 %1 天</source>
        <translation>逾期 %1 天</translation>
    </message>
    <message>
        <source>住建</source>
        <translation>住建</translation>
    </message>
    <message>
        <source>交通</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>水利</source>
        <translation>水利</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>在建</source>
        <translation>在建</translation>
    </message>
    <message>
        <source>停工</source>
        <translation>停工</translation>
    </message>
    <message>
        <source>已完工</source>
        <translation>已完工</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>外勤设备</source>
        <translation>外勤设备</translation>
    </message>
    <message>
        <source>局端</source>
        <translation>局端</translation>
    </message>
    <message>
        <source>已出具</source>
        <translation>已出具</translation>
    </message>
    <message>
        <source>已送达</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>已被替代</source>
        <translation>已被替代</translation>
    </message>
    <message>
        <source>未检查</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>符合</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>直接送达</source>
        <translation>直接送达</translation>
    </message>
    <message>
        <source>留置送达</source>
        <translation>留置送达</translation>
    </message>
    <message>
        <source>张贴送达</source>
        <translation>张贴送达</translation>
    </message>
    <message>
        <source>邮寄送达</source>
        <translation>邮寄送达</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>事项</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>今日工作台</source>
        <translation>今日工作台</translation>
    </message>
    <message>
        <source>新建检查 (Ctrl+N)</source>
        <translation>新建检查 (Ctrl+N)</translation>
    </message>
    <message>
        <source>导出同步包</source>
        <translation>导出同步包</translation>
    </message>
    <message>
        <source>未定稿草稿</source>
        <translation>未定稿草稿</translation>
    </message>
    <message>
        <source>即将到期指令书</source>
        <translation>即将到期指令书</translation>
    </message>
    <message>
        <source>已逾期指令书</source>
        <translation>已逾期指令书</translation>
    </message>
    <message>
        <source>待同步（未确认）条数</source>
        <translation>待同步（未确认）条数</translation>
    </message>
    <message>
        <source>剩余文号</source>
        <translation>剩余文号</translation>
    </message>
    <message>
        <source>即将到期与逾期案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日与近期工作</source>
        <translation>今日与近期工作</translation>
    </message>
    <message>
        <source>即将到期与逾期的指令书（需复查）</source>
        <translation>即将到期与逾期的指令书（需复查）</translation>
    </message>
    <message>
        <source>未定稿的检查和指令书</source>
        <translation>未定稿的检查和指令书</translation>
    </message>
    <message>
        <source>即将到期与逾期的欠薪案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1日内到期指令书</source>
        <translation>%1日内到期指令书</translation>
    </message>
    <message>
        <source>无号段</source>
        <translation>无号段</translation>
    </message>
    <message>
        <source>从未导出</source>
        <translation>从未导出</translation>
    </message>
    <message>
        <source>工程项目 %1 个，用人单位 %2 家。上次导出同步包：%3</source>
        <translation>工程项目 %1 个，用人单位 %2 家。上次导出同步包：%3</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <source>设备密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为本数据库生成新密钥（keys split）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库尚未初始化。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机设备 %1，密钥指纹 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本数据库的设备密钥不能使用（%1）：%2
在此之前，本机不能导出同步包，也不能签发指令书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成新密钥</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将为本数据库生成新的设备密钥，旧密钥文件改名保留（已出具的指令书仍可核验）。之后须把新公钥交局端重新登记，否则局端不接受本机的同步包。

继续吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成新密钥：设备 %1，新指纹 %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionFormPage</name>
    <message>
        <source>检查地点：</source>
        <translation>检查地点：</translation>
    </message>
    <message>
        <source>检查情况：</source>
        <translation>检查情况：</translation>
    </message>
    <message>
        <source>专项行动：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已检查 %v / %m 项</source>
        <translation>已检查 %v / %m 项</translation>
    </message>
    <message>
        <source>检查定稿 (Ctrl+Enter)</source>
        <translation>检查定稿 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>起草指令书</source>
        <translation>起草指令书</translation>
    </message>
    <message>
        <source>工程项目</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>检查表：%1    检查时间：%2    监察员：%3</source>
        <translation>检查表：%1    检查时间：%2    监察员：%3</translation>
    </message>
    <message>
        <source>专项行动已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>草稿已自动保存 %1</source>
        <translation>草稿已自动保存 %1</translation>
    </message>
    <message>
        <source>  ⚠%1</source>
        <translation>  ⚠%1</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>检查定稿</source>
        <translation>检查定稿</translation>
    </message>
    <message>
        <source>定稿后检查结果、证据和问题都不能再修改。确定定稿吗？</source>
        <translation>定稿后检查结果、证据和问题都不能再修改。确定定稿吗？</translation>
    </message>
    <message>
        <source>已定稿</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>检查已定稿，发现问题 %1 项。</source>
        <translation>检查已定稿，发现问题 %1 项。</translation>
    </message>
    <message>
        <source>可以起草限期改正指令书。</source>
        <translation>可以起草限期改正指令书。</translation>
    </message>
    <message>
        <source>尚不能定稿</source>
        <translation>尚不能定稿</translation>
    </message>
    <message>
        <source>还有 %1 处需要补充：</source>
        <translation>还有 %1 处需要补充：</translation>
    </message>
</context>
<context>
    <name>KeyBanner</name>
    <message>
        <source>设置 → 设备密钥…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机设备密钥不能使用（%1），不能导出同步包或签发指令书。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>按姓名搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同一身份证号的劳动者合并为一人；身份证号已遮蔽（个人信息保护）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>工程项目台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用人单位台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指令书台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欠薪案件台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追回工资台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动者台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>行业主管部门</source>
        <translation>行业主管部门</translation>
    </message>
    <message>
        <source>查询</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>导出 Excel/CSV…</source>
        <translation>导出 Excel/CSV…</translation>
    </message>
    <message>
        <source>共 %1 行</source>
        <translation>共 %1 行</translation>
    </message>
    <message>
        <source>只显示前 %1 行；导出包含全部记录。</source>
        <translation>只显示前 %1 行；导出包含全部记录。</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>正在导出台账…</source>
        <translation>正在导出台账…</translation>
    </message>
    <message>
        <source>已导出 %1 行：%2</source>
        <translation>已导出 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>关联检查或指令书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查</source>
        <translation type="unfinished">检查</translation>
    </message>
    <message>
        <source>指令书</source>
        <translation type="unfinished">指令书</translation>
    </message>
    <message>
        <source>这份指令书责令限期支付工资</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>工地欠薪监察</source>
        <translation>工地欠薪监察</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>项目与单位</source>
        <translation>项目与单位</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>指令书</source>
        <translation>指令书</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>欠薪案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开数据库…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>新建检查</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>OfficeBlocksScreen</name>
    <message>
        <source>编号段与派发</source>
        <translation>编号段与派发</translation>
    </message>
    <message>
        <source>剩余号数低于此数时提示：</source>
        <translation>剩余号数低于此数时提示：</translation>
    </message>
    <message>
        <source>分配号数：</source>
        <translation>分配号数：</translation>
    </message>
    <message>
        <source>给所选设备分配新号段</source>
        <translation>给所选设备分配新号段</translation>
    </message>
    <message>
        <source>或登记指定号段：</source>
        <translation>或登记指定号段：</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>派发内容（不勾选即为全部）</source>
        <translation>派发内容（不勾选即为全部）</translation>
    </message>
    <message>
        <source>全部主管部门</source>
        <translation>全部主管部门</translation>
    </message>
    <message>
        <source>乡镇</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>工程项目</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <source>监察员</source>
        <translation>监察员</translation>
    </message>
    <message>
        <source>写入所选设备的派发同步包…</source>
        <translation>写入所选设备的派发同步包…</translation>
    </message>
    <message>
        <source>编号不足的设备：%1</source>
        <translation>编号不足的设备：%1</translation>
    </message>
    <message>
        <source>已取消，未写入任何文件。</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>未完成：%1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <source>已给设备 %1 分配编号 %2–%3。</source>
        <translation>已给设备 %1 分配编号 %2–%3。</translation>
    </message>
    <message>
        <source>已登记编号 %1–%2。</source>
        <translation>已登记编号 %1–%2。</translation>
    </message>
    <message>
        <source>选择U盘或文件夹</source>
        <translation>选择U盘或文件夹</translation>
    </message>
    <message>
        <source>正在生成派发同步包…</source>
        <translation>正在生成派发同步包…</translation>
    </message>
    <message>
        <source>已写入派发同步包 %1（%2 行；%3）。</source>
        <translation>已写入派发同步包 %1（%2 行；%3）。</translation>
    </message>
</context>
<context>
    <name>OfficeConflictsScreen</name>
    <message>
        <source>冲突</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>处理人姓名</source>
        <translation>处理人姓名</translation>
    </message>
    <message>
        <source>为什么这样处理（记入审计日志）</source>
        <translation>为什么这样处理（记入审计日志）</translation>
    </message>
    <message>
        <source>处理人：</source>
        <translation>处理人：</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>保留本机版本</source>
        <translation>保留本机版本</translation>
    </message>
    <message>
        <source>采用传入版本</source>
        <translation>采用传入版本</translation>
    </message>
    <message>
        <source>按勾选的字段合并</source>
        <translation>按勾选的字段合并</translation>
    </message>
    <message>
        <source>批量处理内容相同的冲突</source>
        <translation>批量处理内容相同的冲突</translation>
    </message>
    <message>
        <source>未处理的冲突 %1 个，其中内容相同的 %2 个。</source>
        <translation>未处理的冲突 %1 个，其中内容相同的 %2 个。</translation>
    </message>
    <message>
        <source>合并为已有记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更正编号后都保留…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写处理人。</source>
        <translation>请填写处理人。</translation>
    </message>
    <message>
        <source>更正编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新记录的正确编号（%1）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已处理 %1 个冲突。</source>
        <translation>已处理 %1 个冲突。</translation>
    </message>
</context>
<context>
    <name>OfficeDevicesScreen</name>
    <message>
        <source>设备</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>超过多少天未交回同步包即提示：</source>
        <translation>超过多少天未交回同步包即提示：</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>根据同步包接受新设备…</source>
        <translation>根据同步包接受新设备…</translation>
    </message>
    <message>
        <source>吊销所选设备…</source>
        <translation>吊销所选设备…</translation>
    </message>
    <message>
        <source>外勤设备 %1 台，其中 %2 台超过 %3 天未同步。</source>
        <translation>外勤设备 %1 台，其中 %2 台超过 %3 天未同步。</translation>
    </message>
    <message>
        <source>吊销设备</source>
        <translation>吊销设备</translation>
    </message>
    <message>
        <source>吊销后，设备 %1 的同步包将一律被拒绝。请填写理由：</source>
        <translation>吊销后，设备 %1 的同步包将一律被拒绝。请填写理由：</translation>
    </message>
    <message>
        <source>未吊销：吊销必须填写理由。</source>
        <translation>未吊销：吊销必须填写理由。</translation>
    </message>
    <message>
        <source>已吊销设备 %1。</source>
        <translation>已吊销设备 %1。</translation>
    </message>
    <message>
        <source>选择新设备交回的同步包</source>
        <translation>选择新设备交回的同步包</translation>
    </message>
    <message>
        <source>同步包 (*.zip);;所有文件 (*)</source>
        <translation>同步包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>该同步包的设备无需接受：%1</source>
        <translation>该同步包的设备无需接受：%1</translation>
    </message>
    <message>
        <source>已接受并信任设备 %1。</source>
        <translation>已接受并信任设备 %1。</translation>
    </message>
</context>
<context>
    <name>OfficeImportScreen</name>
    <message>
        <source>导入同步包</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>选择外勤同步包或其所在文件夹，也可以把文件拖到这里。先试导入预览，确认后再正式导入。</source>
        <translation>选择外勤同步包或其所在文件夹，也可以把文件拖到这里。先试导入预览，确认后再正式导入。</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>选择文件夹…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>核对指纹并接受新设备…</source>
        <translation>核对指纹并接受新设备…</translation>
    </message>
    <message>
        <source>正式导入</source>
        <translation>正式导入</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>报告</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>导入记录</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>选择外勤同步包</source>
        <translation>选择外勤同步包</translation>
    </message>
    <message>
        <source>同步包 (*.zip);;所有文件 (*)</source>
        <translation>同步包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>选择同步包所在的文件夹</source>
        <translation>选择同步包所在的文件夹</translation>
    </message>
    <message>
        <source>所选位置没有同步包（*.zip）。</source>
        <translation>所选位置没有同步包（*.zip）。</translation>
    </message>
    <message>
        <source>正在试导入（预览，不会保存）…</source>
        <translation>正在试导入（预览，不会保存）…</translation>
    </message>
    <message>
        <source>预览：%1 个同步包可导入，%2 个将被拒绝。数据库未做任何更改。</source>
        <translation>预览：%1 个同步包可导入，%2 个将被拒绝。数据库未做任何更改。</translation>
    </message>
    <message>
        <source>已接受并信任设备 %1。正在重新预览…</source>
        <translation>已接受并信任设备 %1。正在重新预览…</translation>
    </message>
    <message>
        <source>正在导入同步包…</source>
        <translation>正在导入同步包…</translation>
    </message>
    <message>
        <source>设备 %1 第 %2 号同步包：</source>
        <translation>设备 %1 第 %2 号同步包：</translation>
    </message>
    <message>
        <source>新增 %1，更新 %2，相同 %3，冲突 %4</source>
        <translation>新增 %1，更新 %2，相同 %3，冲突 %4</translation>
    </message>
    <message>
        <source>已取消预览，未做任何更改。</source>
        <translation>已取消预览，未做任何更改。</translation>
    </message>
    <message>
        <source>已取消。正在处理的同步包没有写入任何数据；此前已导入的同步包保持导入。</source>
        <translation>已取消。正在处理的同步包没有写入任何数据；此前已导入的同步包保持导入。</translation>
    </message>
    <message>
        <source>操作未完成：%1
%2</source>
        <translation>操作未完成：%1
%2</translation>
    </message>
</context>
<context>
    <name>OfficeModels</name>
    <message>
        <source>文件</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>相同</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>导入日期</source>
        <translation>导入日期</translation>
    </message>
    <message>
        <source>更新</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>已吊销</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>受信任</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>未信任</source>
        <translation>未信任</translation>
    </message>
    <message>
        <source>从未同步</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>已 %1 天未同步</source>
        <translation>已 %1 天未同步</translation>
    </message>
    <message>
        <source>密钥指纹</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>最近同步包</source>
        <translation>最近同步包</translation>
    </message>
    <message>
        <source>最近确认</source>
        <translation>最近确认</translation>
    </message>
    <message>
        <source>待确认行</source>
        <translation>待确认行</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>编号段</source>
        <translation>文件&lt;/source&gt;
        &lt;translation&gt;文件&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;设备&lt;/source&gt;
        &lt;translation&gt;设备&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;序号&lt;/source&gt;
        &lt;translation&gt;序号&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;期间&lt;/source&gt;
        &lt;translation&gt;期间&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;结果&lt;/source&gt;
        &lt;translation&gt;结果&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;新增&lt;/source&gt;
        &lt;translation&gt;新增&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;相同&lt;/source&gt;
        &lt;translation&gt;相同&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;冲突&lt;/source&gt;
        &lt;translation&gt;冲突&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;说明&lt;/source&gt;
        &lt;translation&gt;说明&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;导入日期&lt;/source&gt;
        &lt;translation&gt;导入日期&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;更新&lt;/source&gt;
        &lt;translation&gt;更新&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;附件&lt;/source&gt;
        &lt;translation&gt;附件&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;已吊销&lt;/source&gt;
        &lt;translation&gt;已吊销&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;受信任&lt;/source&gt;
        &lt;translation&gt;受信任&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;未信任&lt;/source&gt;
        &lt;translation&gt;未信任&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;从未同步&lt;/source&gt;
        &lt;translation&gt;从未同步&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;已 %1 天未同步&lt;/source&gt;
        &lt;translation&gt;已 %1 天未同步&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;密钥指纹&lt;/source&gt;
        &lt;translation&gt;密钥指纹&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;状态&lt;/source&gt;
        &lt;translation&gt;状态&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;最近同步包&lt;/source&gt;
        &lt;translation&gt;最近同步包&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;最近确认&lt;/source&gt;
        &lt;translation&gt;最近确认&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;待确认行&lt;/source&gt;
        &lt;translation&gt;待确认行&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;提示&lt;/source&gt;
        &lt;translation&gt;提示&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;编号段</translation>
    </message>
    <message>
        <source>剩余号数</source>
        <translation>剩余号数</translation>
    </message>
    <message>
        <source>编号不足，请分配新号段</source>
        <translation>编号不足，请分配新号段</translation>
    </message>
    <message>
        <source>起号</source>
        <translation>起号</translation>
    </message>
    <message>
        <source>止号</source>
        <translation>止号</translation>
    </message>
    <message>
        <source>已用</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>数据表</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>不同字段</source>
        <translation>不同字段</translation>
    </message>
    <message>
        <source>（内容相同）</source>
        <translation>（内容相同）</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>本机版本</source>
        <translation>本机版本</translation>
    </message>
    <message>
        <source>传入版本</source>
        <translation>传入版本</translation>
    </message>
</context>
<context>
    <name>OfficePages</name>
    <message>
        <source>导入同步包</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>编号段与派发</source>
        <translation>导入同步包&lt;/source&gt;
        &lt;translation&gt;导入同步包&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;冲突&lt;/source&gt;
        &lt;translation&gt;冲突&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;设备&lt;/source&gt;
        &lt;translation&gt;设备&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;编号段与派发</translation>
    </message>
    <message>
        <source>统计与台账</source>
        <translation>统计与台账</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <source>文号</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>被指令单位</source>
        <translation>被指令单位</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>限期改正指令书</source>
        <translation>限期改正指令书</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>请选择指令书，或在检查定稿后起草</source>
        <translation>请选择指令书，或在检查定稿后起草</translation>
    </message>
    <message>
        <source>预览 PDF</source>
        <translation>预览 PDF</translation>
    </message>
    <message>
        <source>打印 (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>另存 PDF…</source>
        <translation>另存 PDF…</translation>
    </message>
    <message>
        <source>出具指令书</source>
        <translation>出具指令书</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>签名</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>整改期限：%1（%2）</source>
        <translation>整改期限：%1（%2）</translation>
    </message>
    <message>
        <source>出具日期：%1</source>
        <translation>出具日期：%1</translation>
    </message>
    <message>
        <source>内容哈希：%1…</source>
        <translation>内容哈希：%1…</translation>
    </message>
    <message>
        <source>起草指令书</source>
        <translation>起草指令书</translation>
    </message>
    <message>
        <source>本次检查没有需要下达指令书的问题。</source>
        <translation>本次检查没有需要下达指令书的问题。</translation>
    </message>
    <message>
        <source>已起草 %1 份指令书草稿</source>
        <translation>已起草 %1 份指令书草稿</translation>
    </message>
    <message>
        <source>正在生成 PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>出具后将占用本机号段中的一个文号，指令书内容不能再修改。确定出具吗？</source>
        <translation>出具后将占用本机号段中的一个文号，指令书内容不能再修改。确定出具吗？</translation>
    </message>
    <message>
        <source>已出具</source>
        <translation>已出具</translation>
    </message>
    <message>
        <source>指令书已出具，文号：%1</source>
        <translation>指令书已出具，文号：%1</translation>
    </message>
    <message>
        <source>送达回证</source>
        <translation>送达回证</translation>
    </message>
    <message>
        <source>生成送达回证 PDF（按最近一次送达记录填写），可预览和打印</source>
        <translation>生成送达回证 PDF（按最近一次送达记录填写），可预览和打印</translation>
    </message>
    <message>
        <source>正在生成送达回证…</source>
        <translation>正在生成送达回证…</translation>
    </message>
    <message>
        <source>逾期送达</source>
        <translation>逾期送达</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>登记追回工资</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整案（不指定劳动者）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支付日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>劳动者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished">备注</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>打印指令书</source>
        <translation>打印指令书</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>至</source>
        <translation>至</translation>
    </message>
    <message>
        <source>专项行动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished">全部</translation>
    </message>
</context>
<context>
    <name>RecheckPanel</name>
    <message>
        <source>违法事项：</source>
        <translation>违法事项：</translation>
    </message>
    <message>
        <source>已改正</source>
        <translation>已改正</translation>
    </message>
    <message>
        <source>未改正</source>
        <translation>未改正</translation>
    </message>
    <message>
        <source>复查结论：</source>
        <translation>复查结论：</translation>
    </message>
    <message>
        <source>复查日期：</source>
        <translation>复查日期：</translation>
    </message>
    <message>
        <source>复查情况：</source>
        <translation>复查情况：</translation>
    </message>
    <message>
        <source>未添加照片</source>
        <translation>未添加照片</translation>
    </message>
    <message>
        <source>添加照片</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>照片：</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>记录复查</source>
        <translation>记录复查</translation>
    </message>
    <message>
        <source>选择复查照片</source>
        <translation>选择复查照片</translation>
    </message>
    <message>
        <source>已选择 %1 张照片</source>
        <translation>已选择 %1 张照片</translation>
    </message>
    <message>
        <source>未复查</source>
        <translation>未复查</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>移送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公安机关（涉嫌拒不支付劳动报酬罪）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>人民法院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空则为“公安机关”或“人民法院”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号</source>
        <translation type="unfinished">文号</translation>
    </message>
    <message>
        <source>接收机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished">结果</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <source>统计图表</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>台账</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>汇总</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>统计与台账</source>
        <translation>统计与台账</translation>
    </message>
</context>
<context>
    <name>ServicePanel</name>
    <message>
        <source>送达方式：</source>
        <translation>送达方式：</translation>
    </message>
    <message>
        <source>签收人：</source>
        <translation>签收人：</translation>
    </message>
    <message>
        <source>职务：</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>送达地点：</source>
        <translation>送达地点：</translation>
    </message>
    <message>
        <source>受送达人拒绝签收（拒签）</source>
        <translation>受送达人拒绝签收（拒签）</translation>
    </message>
    <message>
        <source>见证人：</source>
        <translation>见证人：</translation>
    </message>
    <message>
        <source>备注：</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>未添加照片</source>
        <translation>未添加照片</translation>
    </message>
    <message>
        <source>添加现场照片</source>
        <translation>添加现场照片</translation>
    </message>
    <message>
        <source>照片：</source>
        <translation>照片：</translation>
    </message>
    <message>
        <source>记录送达</source>
        <translation>记录送达</translation>
    </message>
    <message>
        <source>选择现场照片</source>
        <translation>选择现场照片</translation>
    </message>
    <message>
        <source>已选择 %1 张照片</source>
        <translation>已选择 %1 张照片</translation>
    </message>
    <message>
        <source>尚无送达记录。</source>
        <translation>尚无送达记录。</translation>
    </message>
    <message>
        <source>指令书出具后才能记录送达。</source>
        <translation>指令书出具后才能记录送达。</translation>
    </message>
    <message>
        <source>受送达人不在时由他人代收</source>
        <translation>受送达人不在时由他人代收</translation>
    </message>
    <message>
        <source>代收人：</source>
        <translation>代收人：</translation>
    </message>
    <message>
        <source>与受送达人关系（代收理由）：</source>
        <translation>与受送达人关系（代收理由）：</translation>
    </message>
    <message>
        <source>如实记录拒收的经过和理由</source>
        <translation>如实记录拒收的经过和理由</translation>
    </message>
    <message>
        <source>拒收事由：</source>
        <translation>拒收事由：</translation>
    </message>
    <message>
        <source>（代收）</source>
        <translation>（代收）</translation>
    </message>
    <message>
        <source>（拒签）</source>
        <translation>（拒签）</translation>
    </message>
    <message>
        <source>（逾期送达）</source>
        <translation>（逾期送达）</translation>
    </message>
    <message>
        <source>照片 %1 张</source>
        <translation>照片 %1 张</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>作出机关全称</source>
        <translation>作出机关全称</translation>
    </message>
    <message>
        <source>机关代字</source>
        <translation>机关代字</translation>
    </message>
    <message>
        <source>指令书标题</source>
        <translation>指令书标题</translation>
    </message>
    <message>
        <source>文种代字</source>
        <translation>文种代字</translation>
    </message>
    <message>
        <source>文号模板</source>
        <translation>文号模板</translation>
    </message>
    <message>
        <source>序号位数（0 不补零）</source>
        <translation>序号位数（0 不补零）</translation>
    </message>
    <message>
        <source>写入复议/诉讼告知</source>
        <translation>写入复议/诉讼告知</translation>
    </message>
    <message>
        <source>复议机关</source>
        <translation>复议机关</translation>
    </message>
    <message>
        <source>管辖法院</source>
        <translation>管辖法院</translation>
    </message>
    <message>
        <source>机关地址</source>
        <translation>机关地址</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>存档联报送期限（日）</source>
        <translation>存档联报送期限（日）</translation>
    </message>
    <message>
        <source>到期提醒提前（日）</source>
        <translation>到期提醒提前（日）</translation>
    </message>
    <message>
        <source>工资保证金比例（%）</source>
        <translation>工资保证金比例（%）</translation>
    </message>
    <message>
        <source>人工费用拨付比例（%）</source>
        <translation>人工费用拨付比例（%）</translation>
    </message>
    <message>
        <source>拒不支付罪标准·单人（元）</source>
        <translation>拒不支付罪标准·单人（元）</translation>
    </message>
    <message>
        <source>拒不支付罪标准·累计（元）</source>
        <translation>拒不支付罪标准·累计（元）</translation>
    </message>
    <message>
        <source>文书字体（TrueType，空为内置字体）</source>
        <translation>文书字体（TrueType，空为内置字体）</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>执法证号</source>
        <translation>执法证号</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>起号</source>
        <translation>起号</translation>
    </message>
    <message>
        <source>止号</source>
        <translation>止号</translation>
    </message>
    <message>
        <source>已用</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>剩余</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>监察员</source>
        <translation>监察员</translation>
    </message>
    <message>
        <source>作出机关与文书</source>
        <translation>作出机关与文书</translation>
    </message>
    <message>
        <source>文号号段</source>
        <translation>文号号段</translation>
    </message>
    <message>
        <source>数据与语言</source>
        <translation>数据与语言</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>执法证号：</source>
        <translation>执法证号：</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>电话：</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>保存监察员（按执法证号新增或更新）</source>
        <translation>保存监察员（按执法证号新增或更新）</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>停用的监察员不再出现在新建检查的人员列表中</source>
        <translation>停用的监察员不再出现在新建检查的人员列表中</translation>
    </message>
    <message>
        <source>号段由局端在派发同步包中下发；纸质领取的号段可在此登记。</source>
        <translation>号段由局端在派发同步包中下发；纸质领取的号段可在此登记。</translation>
    </message>
    <message>
        <source>不限年度</source>
        <translation>不限年度</translation>
    </message>
    <message>
        <source>登记号段</source>
        <translation>登记号段</translation>
    </message>
    <message>
        <source>数据库文件：</source>
        <translation>数据库文件：</translation>
    </message>
    <message>
        <source>打开数据文件夹</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <source>使用其他数据库…</source>
        <translation>使用其他数据库…</translation>
    </message>
    <message>
        <source>界面语言（重启后生效）：</source>
        <translation>界面语言（重启后生效）：</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>选择字体…</source>
        <translation>选择字体…</translation>
    </message>
    <message>
        <source>保存作出机关设置</source>
        <translation>保存作出机关设置</translation>
    </message>
    <message>
        <source>作出机关设置已保存</source>
        <translation>作出机关设置已保存</translation>
    </message>
    <message>
        <source>已启用监察员 %1</source>
        <translation>已启用监察员 %1</translation>
    </message>
    <message>
        <source>已停用监察员 %1</source>
        <translation>已停用监察员 %1</translation>
    </message>
    <message>
        <source>选择文书字体</source>
        <translation>选择文书字体</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <source>选择或新建数据库文件</source>
        <translation>选择或新建数据库文件</translation>
    </message>
    <message>
        <source>数据库 (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>下次启动时将打开：%1</source>
        <translation>下次启动时将打开：%1</translation>
    </message>
    <message>
        <source>界面语言将在重启后生效</source>
        <translation>界面语言将在重启后生效</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>请在此处签名（鼠标、手写笔或手指）</source>
        <translation>请在此处签名（鼠标、手写笔或手指）</translation>
    </message>
</context>
<context>
    <name>SignaturePanel</name>
    <message>
        <source>监察员（一）签名</source>
        <translation>监察员（一）签名</translation>
    </message>
    <message>
        <source>监察员（二）签名</source>
        <translation>监察员（二）签名</translation>
    </message>
    <message>
        <source>被指令单位签收人签名</source>
        <translation>被指令单位签收人签名</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>保存签名</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <source>拒签（转为留置送达）</source>
        <translation>拒签（转为留置送达）</translation>
    </message>
    <message>
        <source>请先签名</source>
        <translation>请先签名</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>SiteTableModel</name>
    <message>
        <source>项目名称</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>乡镇（街道）</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>施工总承包单位</source>
        <translation>施工总承包单位</translation>
    </message>
    <message>
        <source>主管部门</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>最近检查</source>
        <translation>最近检查</translation>
    </message>
</context>
<context>
    <name>SitesScreen</name>
    <message>
        <source>工程项目</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>搜索名称、地址、统一社会信用代码、乡镇…  (Ctrl+F)</source>
        <translation>搜索名称、地址、统一社会信用代码、乡镇…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>全部主管部门</source>
        <translation>全部主管部门</translation>
    </message>
    <message>
        <source>全部行业</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>全部乡镇</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <source>%1 / %2 条</source>
        <translation>%1 / %2 条</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>新建检查</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>工程项目</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <source>用人单位</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>输入名称、地址或信用代码查找检查对象</source>
        <translation>输入名称、地址或信用代码查找检查对象</translation>
    </message>
    <message>
        <source>尚未选择检查对象</source>
        <translation>尚未选择检查对象</translation>
    </message>
    <message>
        <source>检查表：</source>
        <translation>检查表：</translation>
    </message>
    <message>
        <source>监察员（至少2人）：</source>
        <translation>监察员（至少2人）：</translation>
    </message>
    <message>
        <source>检查地点：</source>
        <translation>检查地点：</translation>
    </message>
    <message>
        <source>开始检查</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>检查对象：%1</source>
        <translation>检查对象：%1</translation>
    </message>
    <message>
        <source>请选择检查对象、检查表和至少2名监察员</source>
        <translation>请选择检查对象、检查表和至少2名监察员</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>变更案件状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由（不予受理、移送、撤销立案、结案须写明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished">日期</translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>生成汇总</source>
        <translation>生成汇总</translation>
    </message>
    <message>
        <source>复制文字</source>
        <translation>复制文字</translation>
    </message>
    <message>
        <source>保存为 PDF/Excel…</source>
        <translation>保存为 PDF/Excel…</translation>
    </message>
    <message>
        <source>保存汇总</source>
        <translation>保存汇总</translation>
    </message>
    <message>
        <source>根治欠薪工作情况汇总.pdf</source>
        <translation>根治欠薪工作情况汇总.pdf</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx);;文本 (*.txt)</source>
        <translation>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx);;文本 (*.txt)</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <source>同步</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>本机</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>设备与密钥指纹：</source>
        <translation>设备与密钥指纹：</translation>
    </message>
    <message>
        <source>局端密钥：</source>
        <translation>局端密钥：</translation>
    </message>
    <message>
        <source>待同步（局端未确认）：</source>
        <translation>待同步（局端未确认）：</translation>
    </message>
    <message>
        <source>上次导出：</source>
        <translation>上次导出：</translation>
    </message>
    <message>
        <source>剩余文号：</source>
        <translation>剩余文号：</translation>
    </message>
    <message>
        <source>未处理冲突：</source>
        <translation>未处理冲突：</translation>
    </message>
    <message>
        <source>导出同步包到U盘… (Ctrl+E)</source>
        <translation>导出同步包到U盘… (Ctrl+E)</translation>
    </message>
    <message>
        <source>导入派发同步包… (Ctrl+I)</source>
        <translation>导入派发同步包… (Ctrl+I)</translation>
    </message>
    <message>
        <source>登记局端公钥…</source>
        <translation>登记局端公钥…</translation>
    </message>
    <message>
        <source>导出本机公钥…</source>
        <translation>导出本机公钥…</translation>
    </message>
    <message>
        <source>结果：</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>尚未登记（导入派发包前须先登记）</source>
        <translation>尚未登记（导入派发包前须先登记）</translation>
    </message>
    <message>
        <source>%1 条记录</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>从未导出</source>
        <translation>从未导出</translation>
    </message>
    <message>
        <source>无号段</source>
        <translation>无号段</translation>
    </message>
    <message>
        <source>选择U盘或导出文件夹</source>
        <translation>选择U盘或导出文件夹</translation>
    </message>
    <message>
        <source>正在导出同步包…</source>
        <translation>正在导出同步包…</translation>
    </message>
    <message>
        <source>已导出同步包：%1
共 %2 条记录、%3 个附件。请把该文件交回局端。</source>
        <translation>已导出同步包：%1
共 %2 条记录、%3 个附件。请把该文件交回局端。</translation>
    </message>
    <message>
        <source>选择派发同步包</source>
        <translation>选择派发同步包</translation>
    </message>
    <message>
        <source>同步包 (*.zip);;所有文件 (*)</source>
        <translation>同步包 (*.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <source>正在校验同步包…</source>
        <translation>正在校验同步包…</translation>
    </message>
    <message>
        <source>同步包被拒绝：%1（%2）。本机数据未被修改。</source>
        <translation>同步包被拒绝：%1（%2）。本机数据未被修改。</translation>
    </message>
    <message>
        <source>来自 %1 的%2同步包（第 %3 号）。%4

导入吗？</source>
        <translation>来自 %1 的%2同步包（第 %3 号）。%4

导入吗？</translation>
    </message>
    <message>
        <source>派发</source>
        <translation>派发</translation>
    </message>
    <message>
        <source>外勤</source>
        <translation>外勤</translation>
    </message>
    <message>
        <source>导入同步包</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>已取消导入，本机数据未被修改。</source>
        <translation>已取消导入，本机数据未被修改。</translation>
    </message>
    <message>
        <source>正在导入同步包…</source>
        <translation>正在导入同步包…</translation>
    </message>
    <message>
        <source>已取消，未写入任何数据。</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>操作未完成：%1
%2
本机数据未被修改。</source>
        <translation>操作未完成：%1
%2
本机数据未被修改。</translation>
    </message>
    <message>
        <source>选择局端公钥文件</source>
        <translation>选择局端公钥文件</translation>
    </message>
    <message>
        <source>公钥文件 (*.json *.pub);;所有文件 (*)</source>
        <translation>公钥文件 (*.json *.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>已登记局端公钥。</source>
        <translation>已登记局端公钥。</translation>
    </message>
    <message>
        <source>保存本机公钥</source>
        <translation>保存本机公钥</translation>
    </message>
    <message>
        <source>公钥文件 (*.json)</source>
        <translation>公钥文件 (*.json)</translation>
    </message>
    <message>
        <source>已保存本机公钥：%1</source>
        <translation>已保存本机公钥：%1</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>新增清欠目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专项行动：%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地区（乡镇、街道）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <source>新增目标…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已核对明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录今天已核对并报送该目标的清欠明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清欠明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>清欠目标进度（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已清欠</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>拒不支付劳动报酬罪数额标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可配置·未核实：各省数额标准由省高级人民法院确定，内置数字须对照本省文件核实后使用；须在法释〔2013〕3号规定的幅度内。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（内置，未核实）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>省份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单人（拖欠3个月以上）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10人以上累计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法释〔2013〕3号幅度：%1–%2 元</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <source>材料</source>
        <translation>材料</translation>
    </message>
</context>
<context>
    <name>WorkersEditor</name>
    <message>
        <source>姓名</source>
        <translation type="unfinished">姓名</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished">电话</translation>
    </message>
    <message>
        <source>拖欠月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拖欠金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增劳动者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除选中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从表格导入…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV 或 Excel，表头：姓名、身份证号、电话、拖欠月数、拖欠金额（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18位身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本案已有劳动者（身份证号已隐去；拖欠月数和金额可改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入劳动者名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格 (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>数据库未能打开</source>
        <translation>数据库未能打开</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>数据库：%1    设备：%2</source>
        <translation>数据库：%1    设备：%2</translation>
    </message>
</context>
</TS>
