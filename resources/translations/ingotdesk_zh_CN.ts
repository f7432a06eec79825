<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Action</name>
    <message>
        <source>Respond</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>制定方案</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派单</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Wait for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复处理</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>记录反馈</translation>
    </message>
    <message>
        <source>Record survey</source>
        <translation>记录满意度</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>SLA breach</source>
        <translation>超时记录</translation>
    </message>
</context>
<context>
    <name>Assay</name>
    <message>
        <source>&apos;%1&apos; is not a chemical element symbol</source>
        <translation>“%1”不是化学元素符号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an element an assay of lead reports</source>
        <translation>“%1”不是铅锭化验报告中的元素</translation>
    </message>
    <message>
        <source>%1: a percentage is between 0 and 100, not %2</source>
        <translation>%1：百分比应在 0 到 100 之间，而不是 %2</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>%1 may not %2 (role %3)</source>
        <extracomment>%1 login, %2 what is refused (e.g. &quot;approve or reject compensation&quot;), %3 role name</extracomment>
        <translation>%1 无权%2（角色：%3）</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>backups are kept from 0 (off) to 3650 days</source>
        <translation>备份保留天数为 0（关闭）到 3650 天</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
</context>
<context>
    <name>BatchTrace</name>
    <message>
        <source>give a batch number</source>
        <translation>请输入批次号</translation>
    </message>
    <message>
        <source>no order and no ticket names batch &apos;%1&apos;</source>
        <translation>没有订单或工单涉及批次“%1”</translation>
    </message>
    <message>
        <source>an assay needs a batch number (the ticket names none)</source>
        <translation>化验需要批次号（该工单没有填写批次号）</translation>
    </message>
    <message>
        <source>batch %1 has no order to take its grade from; give the grade</source>
        <translation>批次 %1 没有可确定牌号的订单；请指定牌号</translation>
    </message>
    <message>
        <source>an assay needs at least one element</source>
        <translation>化验至少需要一个元素</translation>
    </message>
</context>
<context>
    <name>BatchTraceWindow</name>
    <message>
        <source>Batch trace</source>
        <translation>批次追溯</translation>
    </message>
    <message>
        <source>&amp;Batch or ticket number</source>
        <translation>批次号或工单号(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. B2606-01 or T2026-000123</source>
        <translation>例如 B2606-01 或 T2026-000123</translation>
    </message>
    <message>
        <source>&amp;Trace</source>
        <translation>追溯(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers that received the batch&lt;/b&gt;</source>
        <translation>&lt;b&gt;收到该批次的客户&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tickets about the batch&lt;/b&gt;</source>
        <translation>&lt;b&gt;涉及该批次的工单&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assays&lt;/b&gt;</source>
        <translation>&lt;b&gt;化验结果&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CalendarRules</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Give the calendar a name, e.g. &quot;plant 2027&quot;.</source>
        <translation>请为日历命名，例如“工厂 2027”。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The name may not contain a comma or an equals sign.</source>
        <translation>名称不能包含逗号或等号。</translation>
    </message>
    <message>
        <source>%1: %2 lies outside 00:00-24:00.</source>
        <translation>%1：%2 超出 00:00-24:00。</translation>
    </message>
    <message>
        <source>%1: %2 must end after it starts.</source>
        <translation>%1：%2 的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>%1: %2 and %3 overlap.</source>
        <translation>%1：%2 与 %3 重叠。</translation>
    </message>
    <message>
        <source>Give the calendar at least one service interval in the week.</source>
        <translation>日历每周至少需要一个服务时段。</translation>
    </message>
</context>
<context>
    <name>CalendarService</name>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>%1 is a built-in calendar and cannot be changed; copy it under a new name</source>
        <translation>%1 是内置日历，不能修改；请复制并另起名称</translation>
    </message>
    <message>
        <source>a calendar named %1 exists already</source>
        <translation>名为 %1 的日历已存在</translation>
    </message>
    <message>
        <source>there is no calendar named %1</source>
        <translation>没有名为 %1 的日历</translation>
    </message>
    <message>
        <source>calendar %1 has counted clocks under %2, and tickets keep the hours they were reported under. Save the new hours as a new calendar and choose it in a new policy version from a future date.</source>
        <translation>日历 %1 已在 %2 下计算过 SLA 时钟，工单保留其报告时的服务时间。请将新的服务时间另存为新日历，并在自将来日期生效的新策略版本中选用它。</translation>
    </message>
    <message>
        <source>%1 is not after today: clocks already counted through that day keep it. Only later dates can be changed.</source>
        <translation>%1 不晚于今天：已经按这一天计算过的时钟保持原样。只能修改今天以后的日期。</translation>
    </message>
    <message>
        <source>Give the holiday a name, e.g. 国庆节</source>
        <translation>请填写节假日名称，例如 国庆节</translation>
    </message>
    <message>
        <source>%1 is not in the holiday list</source>
        <translation>节假日列表中没有 %1</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Porosity</source>
        <translation>气孔</translation>
    </message>
    <message>
        <source>Oxidation</source>
        <translation>氧化</translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation>变形</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>成分</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>选项 %1 需要一个值</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>option --db needs a value</source>
        <translation>选项 --db 需要一个值</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier (A, B or C)</source>
        <translation>“%1”不是客户等级（A、B 或 C）</translation>
    </message>
    <message>
        <source>%1 is now tier %2</source>
        <translation>%1 现为 %2 级</translation>
    </message>
    <message>
        <source>--auto takes on or off</source>
        <translation>--auto 只接受 on 或 off</translation>
    </message>
    <message>
        <source>no technician with login &apos;%1&apos;</source>
        <translation>没有登录名为“%1”的技术人员</translation>
    </message>
    <message>
        <source>no calendar named &apos;%1&apos;; known: %2</source>
        <translation>没有名为“%1”的日历；已有：%2</translation>
    </message>
    <message>
        <source>--capacity takes a number from 1 to 1000, or default</source>
        <translation>--capacity 只接受 1 到 1000 的数字或 default</translation>
    </message>
    <message>
        <source>%1 needs a whole number, not &apos;%2&apos;</source>
        <translation>%1 需要整数，而不是“%2”</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2)</source>
        <translation>数据库已就绪：%1（结构版本 %2）</translation>
    </message>
    <message>
        <source>--customers must be at most 100,000</source>
        <translation>--customers 不能超过 100,000</translation>
    </message>
    <message>
        <source>usage: import customers|orders|technicians|tickets|events|holidays FILE [--dry-run]</source>
        <translation>用法：import customers|orders|technicians|tickets|events|holidays FILE [--dry-run]</translation>
    </message>
    <message>
        <source>cannot import &apos;%1&apos;; choose customers, orders, technicians, tickets, events or holidays</source>
        <translation>无法导入“%1”；请选择 customers、orders、technicians、tickets、events 或 holidays</translation>
    </message>
    <message>
        <source>%1: %2 rows checked, nothing changed (dry run)</source>
        <translation>%1：已检查 %2 行，未做任何更改（试运行）</translation>
    </message>
    <message>
        <source>%1: %2 rows imported</source>
        <translation>%1：已导入 %2 行</translation>
    </message>
    <message>
        <source>usage: export tickets|customers FILE</source>
        <translation>用法：export tickets|customers FILE</translation>
    </message>
    <message>
        <source>%1: %2 rows exported</source>
        <translation>%1：已导出 %2 行</translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 需要 %2 到 %3 之间的整数，而不是“%4”</translation>
    </message>
    <message>
        <source>--lang is zh or en, not &apos;%1&apos;</source>
        <translation>--lang 只能是 zh 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>  kb search TEXT [--lang zh|en] [--limit N] | kb show CODE | kb solved TICKET_NO CODE
  survey record NO SCORE [--comment TEXT] [--at ISO] | survey import FILE [--dry-run]
  survey unanswered [--limit N] | survey followups [--all]
  recurring detect [--now ISO] [--propose]
  improvement list [--all] | show NO | step NO start|verify|reopen|close [--note TEXT]
  batch trace BATCH_NO | batch ticket TICKET_NO
  assay check|record (--ticket NO | --batch B) [--grade G] [--lab L] EL=PERCENT ...
  keywords --month YYYY-MM [--limit N]
</source>
        <translation>  kb search TEXT [--lang zh|en] [--limit N] | kb show CODE | kb solved TICKET_NO CODE
  survey record NO SCORE [--comment TEXT] [--at ISO] | survey import FILE [--dry-run]
  survey unanswered [--limit N] | survey followups [--all]
  recurring detect [--now ISO] [--propose]
  improvement list [--all] | show NO | step NO start|verify|reopen|close [--note TEXT]
  batch trace BATCH_NO | batch ticket TICKET_NO
  assay check|record (--ticket NO | --batch B) [--grade G] [--lab L] EL=PERCENT ...
  keywords --month YYYY-MM [--limit N]
</translation>
    </message>
    <message>
        <source>usage: kb search TEXT [--lang zh|en] [--limit N] | kb show CODE [--lang zh|en] | kb solved TICKET_NO CODE</source>
        <translation>用法：kb search TEXT [--lang zh|en] [--limit N] | kb show CODE [--lang zh|en] | kb solved TICKET_NO CODE</translation>
    </message>
    <message>
        <source>%1 recorded as solved by %2</source>
        <translation>已记录：工单 %1 由知识条目 %2 解决</translation>
    </message>
    <message>
        <source>usage: survey record NO SCORE [--comment TEXT] [--at ISO] | survey import FILE [--dry-run] | survey unanswered [--limit N] | survey followups [--all]</source>
        <translation>用法：survey record NO SCORE [--comment TEXT] [--at ISO] | survey import FILE [--dry-run] | survey unanswered [--limit N] | survey followups [--all]</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>usage: recurring detect [--now ISO] [--propose]</source>
        <translation>用法：recurring detect [--now ISO] [--propose]</translation>
    </message>
    <message>
        <source>usage: improvement list [--all] | improvement show NO | improvement step NO start|verify|reopen|close [--note TEXT]</source>
        <translation>用法：improvement list [--all] | improvement show NO | improvement step NO start|verify|reopen|close [--note TEXT]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a step: start, verify, reopen or close</source>
        <translation>“%1”不是有效步骤：应为 start、verify、reopen 或 close</translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation>%1 现为 %2</translation>
    </message>
    <message>
        <source>usage: batch trace BATCH_NO | batch ticket TICKET_NO</source>
        <translation>用法：batch trace BATCH_NO | batch ticket TICKET_NO</translation>
    </message>
    <message>
        <source>usage: assay check|record (--ticket NO | --batch B) [--grade G] [--lab L] EL=PERCENT ...</source>
        <translation>用法：assay check|record (--ticket NO | --batch B) [--grade G] [--lab L] EL=PERCENT ...</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not ELEMENT=PERCENT (Bi=0.0052)</source>
        <translation>“%1”不是 ELEMENT=PERCENT 格式（例如 Bi=0.0052）</translation>
    </message>
    <message>
        <source>usage: keywords --month YYYY-MM [--limit N]</source>
        <translation>用法：keywords --month YYYY-MM [--limit N]</translation>
    </message>
    <message>
        <source>usage: sla due --calendar NAME --start ISO --minutes M
       sla elapsed --calendar NAME --from ISO --to ISO
       sla sweep [--now ISO]
       sla policy list
       sla policy set --from ISO [--name NAME] [--at-risk PERCENT] [--calendar TIER=NAME]... [--target TIER:PRIORITY:METRIC=MINUTES]...
       sla compensation approve|reject TICKET_NO [--note TEXT]</source>
        <translation>用法：sla due --calendar NAME --start ISO --minutes M
       sla elapsed --calendar NAME --from ISO --to ISO
       sla sweep [--now ISO]
       sla policy list
       sla policy set --from ISO [--name NAME] [--at-risk PERCENT] [--calendar TIER=NAME]... [--target TIER:PRIORITY:METRIC=MINUTES]...
       sla compensation approve|reject TICKET_NO [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>必须指定 %1</translation>
    </message>
    <message>
        <source>there is no built-in calendar named &apos;%1&apos; (known: %2)</source>
        <translation>没有名为“%1”的内置日历（已有：%2）</translation>
    </message>
    <message>
        <source>--target wants TIER:PRIORITY:METRIC=MINUTES such as C:P1:response=45, not &apos;%1&apos;</source>
        <translation>--target 应为 TIER:PRIORITY:METRIC=MINUTES 格式（例如 C:P1:response=45），而不是“%1”</translation>
    </message>
    <message>
        <source>--target &apos;%1&apos;: the tier is A, B, C or *, the priority P1-P4 or *</source>
        <translation>--target “%1”：等级应为 A、B、C 或 *，优先级应为 P1-P4 或 *</translation>
    </message>
    <message>
        <source>--minutes needs a number of service minutes (0 or more), not &apos;%1&apos;</source>
        <translation>--minutes 需要服务分钟数（0 或以上），而不是“%1”</translation>
    </message>
    <message>
        <source>--at-risk needs a whole percentage, not &apos;%1&apos;</source>
        <translation>--at-risk 需要整数百分比，而不是“%1”</translation>
    </message>
    <message>
        <source>--calendar wants TIER=NAME such as C=8x5, not &apos;%1&apos;</source>
        <translation>--calendar 应为 TIER=NAME 格式（例如 C=8x5），而不是“%1”</translation>
    </message>
    <message>
        <source>compensation of %1: %2 (credit %3 CNY) by %4</source>
        <translation>%1 的延迟补偿：%2（减免 %3 元），操作人 %4</translation>
    </message>
    <message>
        <source>usage: ticket show NO | ticket act NO ACTION [--value V] [--note TEXT]</source>
        <translation>用法：ticket show NO | ticket act NO ACTION [--value V] [--note TEXT]</translation>
    </message>
    <message>
        <source>usage: ticket show NO</source>
        <translation>用法：ticket show NO</translation>
    </message>
    <message>
        <source>usage: ticket act NO ACTION [--value V] [--note TEXT]</source>
        <translation>用法：ticket act NO ACTION [--value V] [--note TEXT]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action</source>
        <translation>“%1”不是有效操作</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>no password given: set INGOTDESK_NEW_PASSWORD or run in a terminal</source>
        <translation>未提供密码：请设置 INGOTDESK_NEW_PASSWORD 或在终端中运行</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不一致；未做任何更改</translation>
    </message>
    <message>
        <source>option --user needs a login</source>
        <translation>选项 --user 需要一个登录名</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>--user %1 needs a password: set INGOTDESK_PASSWORD or run in a terminal</source>
        <translation>--user %1 需要密码：请设置 INGOTDESK_PASSWORD 或在终端中运行</translation>
    </message>
    <message>
        <source>entry %1 (%2, by %3: %4 %5 %6)</source>
        <translation>第 %1 条（%2，%3：%4 %5 %6）</translation>
    </message>
    <message>
        <source>  backup PATH [--force]                 online copy of the database while desks keep working
  restore PATH                          replace the database with a checked backup (keeps a copy)
  check [--format text|json]            integrity, references, schema and audit chain; exit 3 on failure
</source>
        <translation>  backup 路径 [--force]                 在服务台继续工作时在线备份数据库
  restore 路径                          用检查过的备份替换数据库（保留原文件副本）
  check [--format text|json]            完整性、引用、结构版本和审计哈希链；失败时退出码 3
</translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli backup PATH [--force]</source>
        <translation>用法：ingotdesk-cli backup 路径 [--force]</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB in %4 s)</source>
        <translation>已将 %1 备份到 %2（%3 MB，用时 %4 秒）</translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli restore PATH</source>
        <translation>用法：ingotdesk-cli restore 路径</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (schema %3, %4 tickets).</source>
        <translation>已从 %2 恢复 %1（结构版本 %3，%4 张工单）。</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>It has an older schema and will be upgraded when it is next opened.</source>
        <translation>其结构版本较旧，下次打开时将自动升级。</translation>
    </message>
    <message>
        <source>option --format needs a value</source>
        <translation>选项 --format 需要一个值</translation>
    </message>
    <message>
        <source>--format is text or json, not &apos;%1&apos;</source>
        <translation>--format 只能是 text 或 json，不能是“%1”</translation>
    </message>
    <message>
        <source>%1 is not an IngotDesk database</source>
        <translation>%1 不是 IngotDesk 数据库</translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation>完整性检查未通过：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refer to rows that do not exist</source>
        <translation>
            <numerusform>%n 行引用了不存在的记录</numerusform>
        </translation>
    </message>
    <message>
        <source>schema %1 is newer than this program (%2)</source>
        <translation>结构版本 %1 比本程序（%2）新</translation>
    </message>
    <message>
        <source>schema %1 is older than this program (%2); run &apos;ingotdesk-cli init&apos;</source>
        <translation>结构版本 %1 比本程序（%2）旧；请运行“ingotdesk-cli init”</translation>
    </message>
    <message>
        <source>the audit trail was changed after it was written: %1 does not match (%2)</source>
        <translation>审计记录在写入后被改动：%1 不匹配（%2）</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Database:     %1</source>
        <translation>数据库：     %1</translation>
    </message>
    <message>
        <source>Integrity:    %1</source>
        <translation>完整性：     %1</translation>
    </message>
    <message>
        <source>References:   %1</source>
        <translation>引用关系：   %1</translation>
    </message>
    <message>
        <source>%1 broken</source>
        <translation>%1 处损坏</translation>
    </message>
    <message>
        <source>Schema:       %1 (this program: %2)</source>
        <translation>结构版本：   %1（本程序：%2）</translation>
    </message>
    <message>
        <source>Audit trail:  none in this schema</source>
        <translation>审计记录：   此结构版本中没有</translation>
    </message>
    <message>
        <source>Audit trail:  TAMPERED at %1; %2 entries before it are intact</source>
        <translation>审计记录：   在%1处被篡改；之前的 %2 条完好</translation>
    </message>
    <message>
        <source>Audit trail:  %1 entries, chain intact</source>
        <translation>审计记录：   %1 条，哈希链完好</translation>
    </message>
    <message>
        <source>Result:       OK</source>
        <translation>结果：       正常</translation>
    </message>
    <message>
        <source>Result:       FAILED</source>
        <translation>结果：       未通过</translation>
    </message>
    <message>
        <source>check failed for %1: %2</source>
        <translation>%1 检查未通过：%2</translation>
    </message>
    <message>
        <source>  report kpi --month YYYY-MM [--now ISO] [--format json|csv|xlsx|pdf|html] [--out PATH]
</source>
        <translation>  report kpi --month YYYY-MM [--now ISO] [--format json|csv|xlsx|pdf|html] [--out PATH]
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli report kpi --month YYYY-MM [--now ISO] [--format json|csv|xlsx|pdf|html] [--out PATH]</source>
        <translation>用法：ingotdesk-cli report kpi --month YYYY-MM [--now ISO] [--format json|csv|xlsx|pdf|html] [--out PATH]</translation>
    </message>
    <message>
        <source>an option is missing its value</source>
        <translation>有选项缺少值</translation>
    </message>
    <message>
        <source>--month is required, e.g. --month 2026-03</source>
        <translation>必须指定 --month，例如 --month 2026-03</translation>
    </message>
    <message>
        <source>--now: %1</source>
        <translation>--now：%1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known: %2)</source>
        <translation>未知格式“%1”（已有：%2）</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is not available in this build</source>
        <translation>此版本不支持格式“%1”</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; needs --out PATH</source>
        <translation>格式“%1”需要 --out PATH</translation>
    </message>
    <message>
        <source>a role is required: agent, technician, supervisor, manager or admin</source>
        <translation>需要角色：agent、technician、supervisor、manager 或 admin</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: agent, technician, supervisor, manager, admin)</source>
        <translation>未知角色“%1”（可用：agent、technician、supervisor、manager、admin）</translation>
    </message>
    <message>
        <source>usage:
</source>
        <translation>用法：
</translation>
    </message>
    <message>
        <source>user %1 created</source>
        <translation>已创建用户 %1</translation>
    </message>
    <message>
        <source>user %1: role changed</source>
        <translation>用户 %1：角色已更改</translation>
    </message>
    <message>
        <source>user %1: password changed</source>
        <translation>用户 %1：密码已更改</translation>
    </message>
    <message>
        <source>user %1 unlocked</source>
        <translation>用户 %1 已解锁</translation>
    </message>
    <message>
        <source>user %1 disabled</source>
        <translation>用户 %1 已停用</translation>
    </message>
    <message>
        <source>user %1 enabled</source>
        <translation>用户 %1 已启用</translation>
    </message>
    <message>
        <source>  user add LOGIN --name NAME --role agent|technician|supervisor|manager|admin
  user list | user role LOGIN ROLE | user passwd LOGIN
  user unlock LOGIN | user disable LOGIN | user enable LOGIN
  user demo   sign-ins for a DEMO database (passwords in README)
     (new passwords: $INGOTDESK_NEW_PASSWORD, else asked on the terminal)
</source>
        <translation>  user add LOGIN --name NAME --role agent|technician|supervisor|manager|admin
  user list | user role LOGIN ROLE | user passwd LOGIN
  user unlock LOGIN | user disable LOGIN | user enable LOGIN
  user demo   为演示数据库创建登录（密码见 README）
     （新密码：取自 $INGOTDESK_NEW_PASSWORD，否则在终端中询问）
</translation>
    </message>
    <message numerus="yes">
        <source>%n demo user(s) created</source>
        <translation>
            <numerusform>已创建 %n 个演示用户</numerusform>
        </translation>
    </message>
    <message>
        <source>--set needs KEY=VALUE, got &apos;%1&apos;</source>
        <translation>--set 需要 KEY=VALUE 格式，而不是“%1”</translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli [--db PATH|postgresql://USER@HOST[:PORT]/DB] [--db-password-file FILE]
                     [--user LOGIN] COMMAND ...
  --user LOGIN: run as that user (password from $INGOTDESK_PASSWORD, else asked);
                without it: local administrator mode, named in the audit trail
commands:
  init                                  create or migrate the database
  seed [--customers N] [--tickets N] [--seed S] [--from DATE --to DATE]
  import customers|orders|technicians|tickets|events|holidays FILE [--dry-run]
  export tickets|customers FILE
  ticket show NO
  ticket act NO ACTION [--value V] [--note TEXT]
  sla due|elapsed|sweep|policy|compensation ...   (run `sla` alone for the options)
</source>
        <translation>用法：ingotdesk-cli [--db PATH|postgresql://USER@HOST[:PORT]/DB] [--db-password-file FILE]
                     [--user LOGIN] COMMAND ...
  --user LOGIN：以该用户身份运行（密码取自 $INGOTDESK_PASSWORD，否则询问）；
                不指定时：本地管理员模式，审计记录中会注明
命令：
  init                                  create or migrate the database
  seed [--customers N] [--tickets N] [--seed S] [--from DATE --to DATE]
  import customers|orders|technicians|tickets|events|holidays FILE [--dry-run]
  export tickets|customers FILE
  ticket show NO
  ticket act NO ACTION [--value V] [--note TEXT]
  sla due|elapsed|sweep|policy|compensation ...   (run `sla` alone for the options)
</translation>
    </message>
    <message>
        <source>option --db-password-file needs a file</source>
        <translation>选项 --db-password-file 需要一个文件</translation>
    </message>
    <message>
        <source>--db-password-file is for a PostgreSQL address in --db</source>
        <translation>--db-password-file 仅用于 --db 中的 PostgreSQL 地址</translation>
    </message>
    <message>
        <source>  migrate-to postgresql://USER@HOST[:PORT]/DB  copy this SQLite desk into an empty PostgreSQL database
</source>
        <translation>  migrate-to postgresql://USER@HOST[:PORT]/DB  将此 SQLite 工作台复制到一个空的 PostgreSQL 数据库
</translation>
    </message>
    <message>
        <source>usage: ingotdesk-cli --db FILE migrate-to postgresql://USER@HOST[:PORT]/DB</source>
        <translation>用法：ingotdesk-cli --db FILE migrate-to postgresql://USER@HOST[:PORT]/DB</translation>
    </message>
    <message>
        <source>migrate-to copies a SQLite desk: give its file with --db, not %1</source>
        <translation>migrate-to 复制的是 SQLite 工作台：请用 --db 指定其文件，而不是 %1</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing to copy</source>
        <translation>%1 不存在，没有可复制的内容</translation>
    </message>
    <message>
        <source>Copied %1 to %2 (schema %3) in %4 s.</source>
        <translation>已将 %1 复制到 %2（结构版本 %3），用时 %4 秒。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Tickets %1, events %2; ticket numbers with their event counts: checksum %3 in both.</source>
        <translation>工单 %1 张，事件 %2 条；工单号及其事件数的校验和两边均为 %3。</translation>
    </message>
    <message>
        <source>Not copied (SQLite&apos;s own search index; PostgreSQL searches without it): %1</source>
        <translation>未复制（SQLite 自有的搜索索引，PostgreSQL 不需要它即可搜索）：%1</translation>
    </message>
    <message>
        <source>Desks can now use --db %1.</source>
        <translation>各工作台现在可以使用 --db %1。</translation>
    </message>
</context>
<context>
    <name>ClockState</name>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
</context>
<context>
    <name>ClusterKind</name>
    <message>
        <source>Same customer and category</source>
        <translation>同一客户、同一类别</translation>
    </message>
    <message>
        <source>Same batch</source>
        <translation>同一批次</translation>
    </message>
    <message>
        <source>Same region and category</source>
        <translation>同一区域、同一类别</translation>
    </message>
</context>
<context>
    <name>CompensationRule</name>
    <message>
        <source>the hourly rate is 0 to 10000 basis points (0-100%)</source>
        <translation>每小时比例应为 0 到 10000 个基点（0-100%）</translation>
    </message>
    <message>
        <source>the cap is 0 to 10000 basis points (0-100%)</source>
        <translation>上限应为 0 到 10000 个基点（0-100%）</translation>
    </message>
</context>
<context>
    <name>CompensationStatus</name>
    <message>
        <source>Suggested</source>
        <translation>建议中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>已超时 %1</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>the file is not valid UTF-8 text; save it as CSV UTF-8</source>
        <translation>文件不是有效的 UTF-8 文本；请另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>右引号后有多余的文本</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>引号括起的字段缺少右引号</translation>
    </message>
</context>
<context>
    <name>CustomerArchiveWindow</name>
    <message>
        <source>Customer archive</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Profile and contacts</source>
        <translation>概况与联系人</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Annual volume:</source>
        <translation>年用量：</translation>
    </message>
    <message>
        <source>Cooperation:</source>
        <translation>合作年限：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Health score</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Satisfaction, last 12 months</source>
        <translation>近 12 个月满意度</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Orders and batches</source>
        <translation>订单与批次</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访跟进</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>等级变更记录</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>&apos;%1&apos; is not a month; write it as YYYY-MM, e.g. 2026-03</source>
        <translation>“%1”不是月份；请写成 YYYY-MM，例如 2026-03</translation>
    </message>
    <message>
        <source>task %1 is already %2</source>
        <translation>任务 %1 的状态已是 %2</translation>
    </message>
    <message>
        <source>must be a number of tons from 0 to 10,000,000</source>
        <translation>必须是 0 到 10,000,000 之间的吨数</translation>
    </message>
    <message>
        <source>must be a whole number of years from 0 to 200</source>
        <translation>必须是 0 到 200 之间的整数年数</translation>
    </message>
    <message>
        <source>the stored tier threshold %1 is damaged: %2</source>
        <translation>已保存的等级阈值 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>unknown tier threshold; use one of %1</source>
        <translation>未知的等级阈值；请使用以下之一：%1</translation>
    </message>
    <message>
        <source>held at %1 by an override</source>
        <translation>人工指定为 %1 级</translation>
    </message>
    <message>
        <source>recomputed for %1: %2</source>
        <translation>%1 重新评定：%2</translation>
    </message>
    <message>
        <source>a tier override needs a reason</source>
        <translation>人工指定等级需要填写原因</translation>
    </message>
    <message>
        <source>customer %1 has no tier override to clear</source>
        <translation>客户 %1 没有可取消的人工指定等级</translation>
    </message>
</context>
<context>
    <name>DatabaseSetting</name>
    <message>
        <source>A password file is only for a PostgreSQL address.</source>
        <translation>密码文件仅用于 PostgreSQL 地址。</translation>
    </message>
    <message>
        <source>The password file %1 does not exist.</source>
        <translation>密码文件 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>the stored dispatch rules are damaged: %1</source>
        <translation>已保存的派单规则已损坏：%1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>auto-dispatch, rank 1 of %1: %2</source>
        <translation>自动派单，在 %1 人中排名第 1：%2</translation>
    </message>
    <message>
        <source>%1 clock %2, %3 carries %4 open tickets (capacity %5); %6</source>
        <translation>%1计时%2，%3 有 %4 张未结工单（上限 %5）；%6</translation>
    </message>
    <message>
        <source>re-dispatched: %1</source>
        <translation>改派：%1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>等级(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>处理人(&amp;A)：</translation>
    </message>
    <message>
        <source>Search number, title, customer… (Ctrl+F)</source>
        <translation>搜索工单号、标题、客户…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show every ticket again</source>
        <translation>重新显示全部工单</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation>已报告进展</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>HolidayList</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the first line must be the header date,kind,name</source>
        <translation>第一行必须是表头 date,kind,name</translation>
    </message>
    <message>
        <source>expected date,kind,name</source>
        <translation>应为 date,kind,name</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is neither holiday nor workday</source>
        <translation>类型“%1”既不是 holiday（节假日）也不是 workday（调休工作日）</translation>
    </message>
    <message>
        <source>%1 is already listed on line %2</source>
        <translation>%1 已在第 %2 行列出</translation>
    </message>
    <message>
        <source>the holiday file is empty; expected the header date,kind,name</source>
        <translation>节假日文件为空；应以表头 date,kind,name 开始</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the file is larger than 2 GB; split it</source>
        <translation>文件大于 2 GB；请拆分后再导入</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header names %2 columns</source>
        <translation>该行有 %1 个单元格，但表头有 %2 列</translation>
    </message>
    <message>
        <source>%1 appears twice in this file</source>
        <translation>%1 在此文件中出现了两次</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>column &apos;customer_code&apos;: no customer &apos;%1&apos;</source>
        <translation>“customer_code”列：没有客户“%1”</translation>
    </message>
    <message>
        <source>technician %1</source>
        <translation>技术人员 %1</translation>
    </message>
    <message>
        <source>date %1</source>
        <translation>日期 %1</translation>
    </message>
    <message>
        <source>ticket %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <source>column &apos;ticket_no&apos;: ticket %1 already exists</source>
        <translation>“ticket_no”列：工单 %1 已存在</translation>
    </message>
    <message>
        <source>column &apos;order_no&apos;: no order &apos;%1&apos;</source>
        <translation>“order_no”列：没有订单“%1”</translation>
    </message>
    <message>
        <source>column &apos;order_no&apos;: order %1 belongs to customer %2</source>
        <translation>“order_no”列：订单 %1 属于客户 %2</translation>
    </message>
    <message>
        <source>column &apos;ticket_no&apos;: no ticket &apos;%1&apos;</source>
        <translation>“ticket_no”列：没有工单“%1”</translation>
    </message>
    <message>
        <source>column &apos;action&apos;: &apos;%1&apos; is recorded by the SLA engine and cannot be imported</source>
        <translation>“action”列：“%1”由 SLA 引擎自动记录，不能导入</translation>
    </message>
    <message>
        <source>column &apos;value&apos;: no technician &apos;%1&apos;</source>
        <translation>“value”列：没有技术人员“%1”</translation>
    </message>
    <message>
        <source>ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;: %2</source>
        <translation>“%1”列：%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是以下之一：%2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>超过 %1 个字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number from 0 to 1,000,000,000</source>
        <translation>“%1”不是 0 到 1,000,000,000 之间的数字</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount in CNY such as 125000 or 125000.50</source>
        <translation>“%1”不是人民币金额（例如 125000 或 125000.50）</translation>
    </message>
    <message>
        <source>must be a whole number of years</source>
        <translation>必须是整数年数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>“%1”不是电子邮件地址</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GB/T 469 grade such as Pb99.994</source>
        <translation>“%1”不是 GB/T 469 牌号（例如 Pb99.994）</translation>
    </message>
    <message>
        <source>must be more than 0 tons</source>
        <translation>必须大于 0 吨</translation>
    </message>
    <message>
        <source>&apos;%1&apos; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>“%1”只能包含字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <source>the ticket categories</source>
        <translation>工单问题类别</translation>
    </message>
    <message>
        <source>is longer than 20,000 characters</source>
        <translation>超过 20,000 个字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of holiday workday</source>
        <translation>“%1”不是 holiday 或 workday</translation>
    </message>
</context>
<context>
    <name>Improvement</name>
    <message>
        <source>%1 is %2: &apos;%3&apos; is not possible now</source>
        <translation>%1 当前为%2：现在不能执行“%3”</translation>
    </message>
    <message>
        <source>name an owner before work starts</source>
        <translation>开始整改前请指定负责人</translation>
    </message>
    <message>
        <source>record the root cause before verifying</source>
        <translation>验证前请填写根本原因</translation>
    </message>
    <message>
        <source>record the corrective action before verifying</source>
        <translation>验证前请填写纠正措施</translation>
    </message>
    <message>
        <source>say how the fix was verified</source>
        <translation>请说明整改效果是如何验证的</translation>
    </message>
    <message>
        <source>an improvement action needs a title</source>
        <translation>改进措施需要标题</translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation>标题超过 200 个字符</translation>
    </message>
    <message>
        <source>a text is longer than %1 characters</source>
        <translation>文本超过 %1 个字符</translation>
    </message>
    <message>
        <source>the owner is longer than 100 characters</source>
        <translation>负责人超过 100 个字符</translation>
    </message>
    <message>
        <source>%1 is closed; it can no longer be edited</source>
        <translation>%1 已关闭，不能再编辑</translation>
    </message>
</context>
<context>
    <name>ImprovementActionsWindow</name>
    <message>
        <source>Improvement actions</source>
        <translation>改进措施</translation>
    </message>
    <message>
        <source>&amp;Detect recurring problems</source>
        <translation>识别重复问题(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>显示已关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>期限(&amp;U)</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Root cause</source>
        <translation>根本原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Corrective action</source>
        <translation>纠正措施(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>效果验证(&amp;V)</translation>
    </message>
    <message>
        <source>How was the fix shown to work? (e.g. no packaging complaint from the customer for three months)</source>
        <translation>如何证明改进有效？（例如：该客户连续三个月没有包装投诉）</translation>
    </message>
    <message>
        <source>Linked tickets</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Start &amp;work</source>
        <translation>开始改进(&amp;W)</translation>
    </message>
    <message>
        <source>Mark &amp;verified</source>
        <translation>标记为已验证(&amp;V)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;lose action</source>
        <translation>关闭措施(&amp;L)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
</context>
<context>
    <name>ImprovementStatus</name>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>改进中</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>ImprovementStep</name>
    <message>
        <source>Start work</source>
        <translation>开始改进</translation>
    </message>
    <message>
        <source>Mark verified</source>
        <translation>标记为已验证</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Keywords</name>
    <message>
        <source>a month is written YYYY-MM, not &apos;%1&apos;</source>
        <translation>月份应写成 YYYY-MM，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>Knowledge</name>
    <message>
        <source>an article code is 2-40 letters, digits, &apos;-&apos; or &apos;_&apos;, not &apos;%1&apos;</source>
        <translation>条目编号应为 2-40 个字母、数字、“-”或“_”，而不是“%1”</translation>
    </message>
    <message>
        <source>an article&apos;s language is zh or en, not &apos;%1&apos;</source>
        <translation>条目语言应为 zh 或 en，而不是“%1”</translation>
    </message>
    <message>
        <source>an article needs a title</source>
        <translation>条目需要标题</translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation>标题超过 200 个字符</translation>
    </message>
    <message>
        <source>type something to search for</source>
        <translation>请输入要搜索的内容</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>How to check</source>
        <translation>如何核查</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理办法</translation>
    </message>
    <message>
        <source>What to tell the customer</source>
        <translation>对客户的答复</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <source>fill in at least one of cause, how to check, what to do and what to tell the customer</source>
        <translation>请至少填写原因、如何核查、处理办法、对客户的答复中的一项</translation>
    </message>
</context>
<context>
    <name>KnowledgeEditorWindow</name>
    <message>
        <source>Knowledge base</source>
        <translation>质量知识库</translation>
    </message>
    <message>
        <source>Search titles, sections and keywords…</source>
        <translation>搜索标题、正文和关键词…</translation>
    </message>
    <message>
        <source>&amp;New article</source>
        <translation>新建文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>关键词(&amp;K)：</translation>
    </message>
    <message>
        <source>Words customers use, separated by blanks</source>
        <translation>客户常用的说法，用空格分隔</translation>
    </message>
    <message>
        <source>Ca&amp;use:</source>
        <translation>原因(&amp;U)：</translation>
    </message>
    <message>
        <source>Why it happens</source>
        <translation>为什么会出现</translation>
    </message>
    <message>
        <source>&amp;How to check:</source>
        <translation>如何核查(&amp;H)：</translation>
    </message>
    <message>
        <source>What to ask for, what to look at</source>
        <translation>向客户要什么资料、查看什么</translation>
    </message>
    <message>
        <source>&amp;What to do:</source>
        <translation>处理办法(&amp;W)：</translation>
    </message>
    <message>
        <source>The steps that solve it</source>
        <translation>解决问题的步骤</translation>
    </message>
    <message>
        <source>The answer in words a customer understands</source>
        <translation>用客户听得懂的话答复</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the article (Ctrl+S)</source>
        <translation>保存文章（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>撤销修改(&amp;V)</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>放弃尚未保存的修改</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <source>Show retire&amp;d</source>
        <translation>显示已停用(&amp;D)</translation>
    </message>
    <message>
        <source>What to tell the custo&amp;mer:</source>
        <translation>对客户的答复(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>KpiDocument</name>
    <message>
        <source>Tickets reported</source>
        <translation>报告工单数</translation>
    </message>
    <message>
        <source>Tickets responded to</source>
        <translation>已响应工单数</translation>
    </message>
    <message>
        <source>Mean response time (h)</source>
        <translation>平均响应时间（小时）</translation>
    </message>
    <message>
        <source>Response time, 90th percentile (h)</source>
        <translation>响应时间 90 分位（小时）</translation>
    </message>
    <message>
        <source>Response SLA met (%)</source>
        <translation>响应 SLA 达成率（%）</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>已解决工单数</translation>
    </message>
    <message>
        <source>Resolution rate (%)</source>
        <translation>解决率（%）</translation>
    </message>
    <message>
        <source>Mean resolution time (h)</source>
        <translation>平均解决时间（小时）</translation>
    </message>
    <message>
        <source>Resolution SLA met (%)</source>
        <translation>解决 SLA 达成率（%）</translation>
    </message>
    <message>
        <source>First-time fix (%)</source>
        <translation>一次解决率（%）</translation>
    </message>
    <message>
        <source>Reopen rate (%)</source>
        <translation>重开率（%）</translation>
    </message>
    <message>
        <source>Surveys answered</source>
        <translation>回访问卷数</translation>
    </message>
    <message>
        <source>Satisfied customers, score 4-5 (%)</source>
        <translation>满意率，4-5 分（%）</translation>
    </message>
    <message>
        <source>Mean survey score (1-5)</source>
        <translation>平均满意度评分（1-5）</translation>
    </message>
    <message>
        <source>Suggested compensation (CNY)</source>
        <translation>建议补偿金额（元）</translation>
    </message>
    <message>
        <source>Open backlog at month end</source>
        <translation>月末未结工单数</translation>
    </message>
    <message>
        <source>Porosity</source>
        <translation>气孔</translation>
    </message>
    <message>
        <source>Oxidation</source>
        <translation>氧化</translation>
    </message>
    <message>
        <source>Deformation</source>
        <translation>变形</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>成分</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付</translation>
    </message>
    <message>
        <source>Technical support</source>
        <translation>技术支持</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>East China</source>
        <translation>华东</translation>
    </message>
    <message>
        <source>South China</source>
        <translation>华南</translation>
    </message>
    <message>
        <source>North China</source>
        <translation>华北</translation>
    </message>
    <message>
        <source>Central China</source>
        <translation>华中</translation>
    </message>
    <message>
        <source>Southwest China</source>
        <translation>西南</translation>
    </message>
    <message>
        <source>Northwest China</source>
        <translation>西北</translation>
    </message>
    <message>
        <source>Northeast China</source>
        <translation>东北</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>改进中</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Target %1%</source>
        <translation>目标 %1%</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报告数</translation>
    </message>
    <message>
        <source>Satisfied (%)</source>
        <translation>满意率（%）</translation>
    </message>
    <message>
        <source>Lead ingot after-sales service</source>
        <translation>铅锭售后服务</translation>
    </message>
    <message>
        <source>Monthly service KPI report</source>
        <translation>月度服务 KPI 报告</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 tickets reported, %2 resolved, %3 open at month end</source>
        <translation>报告工单 %1 张，已解决 %2 张，月末未结 %3 张</translation>
    </message>
    <message>
        <source>Targets met: %1 of %2</source>
        <translation>达标目标：%1 / %2</translation>
    </message>
    <message>
        <source>The month&apos;s tickets are those reported in it, cancelled ones excluded, evaluated as of the instant above. Percentages run from 0 to 100; hours are wall-clock hours from the report. A dash means there was nothing to measure. The previous month is computed the same way as of the same instant.</source>
        <translation>本月工单指当月报告的工单（不含已取消），按上述时点评估。百分比取值 0-100；小时为自报告起的自然小时。短横线表示没有可计算的数据。上月数据按同一时点以相同方法计算。</translation>
    </message>
    <message>
        <source>1. Key figures against targets</source>
        <translation>一、关键指标与目标对比</translation>
    </message>
    <message>
        <source>Previous month: %1. A change is green when it moves toward the target and red when it moves away from it.</source>
        <translation>上月：%1。变化朝目标方向时显示为绿色，背离目标时显示为红色。</translation>
    </message>
    <message>
        <source>2. SLA by customer tier and region</source>
        <translation>二、按客户等级和区域的 SLA 达成情况</translation>
    </message>
    <message>
        <source>SLA met by customer tier (%)</source>
        <translation>按客户等级的 SLA 达成率（%）</translation>
    </message>
    <message>
        <source>SLA met by region (%)</source>
        <translation>按区域的 SLA 达成率（%）</translation>
    </message>
    <message>
        <source>3. Top problems and improvement actions</source>
        <translation>三、高频问题与改进措施</translation>
    </message>
    <message>
        <source>No tickets were reported this month.</source>
        <translation>本月没有报告工单。</translation>
    </message>
    <message>
        <source>Tickets by category</source>
        <translation>各问题类别工单数</translation>
    </message>
    <message>
        <source>%1. %2: %3 tickets (%4% of the month)</source>
        <translation>%1. %2：%3 张工单（占本月 %4%）</translation>
    </message>
    <message>
        <source>No improvement action addresses this category yet: one should be opened.</source>
        <translation>该类问题尚无改进措施，建议立项。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>措施编号</translation>
    </message>
    <message>
        <source>Problem and corrective action</source>
        <translation>问题与纠正措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <source>4. Breakdowns</source>
        <translation>四、分项统计</translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation>按客户等级</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按问题类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <source>By assignee</source>
        <translation>按技术员</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>技术员</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级客户</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分派）</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Target rule</source>
        <translation>目标规则</translation>
    </message>
    <message>
        <source>Top categories</source>
        <translation>高频问题</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Share of the month (%)</source>
        <translation>占本月比例（%）</translation>
    </message>
    <message>
        <source>About</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>口径</translation>
    </message>
    <message>
        <source>The month&apos;s tickets are those reported in it, cancelled ones excluded, evaluated as of the instant above. Percentages run from 0 to 100; hours are wall-clock hours from the report. An empty cell means there was nothing to measure.</source>
        <translation>本月工单指当月报告的工单（不含已取消），按上述时点评估。百分比取值 0-100；小时为自报告起的自然小时。空单元格表示没有可计算的数据。</translation>
    </message>
    <message>
        <source>By tier</source>
        <translation>按客户等级</translation>
    </message>
    <message>
        <source>Complaint keywords</source>
        <translation>投诉关键词</translation>
    </message>
    <message>
        <source>No complaint text to count this month.</source>
        <translation>本月没有可统计的投诉文本。</translation>
    </message>
    <message>
        <source>The most frequent terms in the titles and descriptions of %1 tickets; share = tickets using the term.</source>
        <translation>%1 张工单标题和描述中出现最多的词；占比 = 含该词的工单所占比例。</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>关键词</translation>
    </message>
</context>
<context>
    <name>KpiDocumentWriter</name>
    <message>
        <source>no file name was given for the report</source>
        <translation>未指定报告的文件名</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>无法写入 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot replace %1: it is open elsewhere or read-only</source>
        <translation>无法替换 %1：文件已被其他程序打开或为只读</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot start the Excel workbook</source>
        <translation>无法创建 Excel 工作簿</translation>
    </message>
</context>
<context>
    <name>KpiPageRenderer</name>
    <message>
        <source>the PDF could not be drawn: %1</source>
        <translation>无法生成 PDF：%1</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>en</source>
        <comment>HTML language code of this translation</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>As of %1; compared with %2</source>
        <translation>截至 %1；对比 %2</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Tickets reported</source>
        <translation>报障工单数</translation>
    </message>
    <message>
        <source>Tickets responded to</source>
        <translation>已响应工单数</translation>
    </message>
    <message>
        <source>Mean response time</source>
        <translation>平均响应时长</translation>
    </message>
    <message>
        <source>90th percentile response time</source>
        <translation>响应时长第 90 百分位</translation>
    </message>
    <message>
        <source>Response SLA met</source>
        <translation>响应达标率</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>已解决工单数</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>Mean resolution time</source>
        <translation>平均解决时长</translation>
    </message>
    <message>
        <source>Resolution SLA met</source>
        <translation>解决达标率</translation>
    </message>
    <message>
        <source>First-time fix rate</source>
        <translation>一次解决率</translation>
    </message>
    <message>
        <source>Reopen rate</source>
        <translation>重开率</translation>
    </message>
    <message>
        <source>Surveys answered</source>
        <translation>满意度调查回复数</translation>
    </message>
    <message>
        <source>Satisfied customers (score 4-5)</source>
        <translation>满意客户（4-5 分）</translation>
    </message>
    <message>
        <source>Mean survey score</source>
        <translation>平均满意度评分</translation>
    </message>
    <message>
        <source>Suggested compensation</source>
        <translation>建议补偿金额</translation>
    </message>
    <message>
        <source>Open tickets at month end</source>
        <translation>月末未结工单数</translation>
    </message>
    <message>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>By customer tier</source>
        <translation>按客户等级</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>按区域</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按问题类别</translation>
    </message>
    <message>
        <source>By technician</source>
        <translation>按技术人员</translation>
    </message>
    <message>
        <source>Most frequent categories</source>
        <translation>高频问题类别</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报障数</translation>
    </message>
    <message>
        <source>Response SLA %</source>
        <translation>响应达标率 %</translation>
    </message>
    <message>
        <source>Resolution SLA %</source>
        <translation>解决达标率 %</translation>
    </message>
    <message>
        <source>Satisfied %</source>
        <translation>满意率 %</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未派单）</translation>
    </message>
    <message>
        <source>Monthly service KPIs</source>
        <translation>月度服务 KPI</translation>
    </message>
    <message>
        <source>Complaint keywords</source>
        <translation>投诉关键词</translation>
    </message>
    <message>
        <source>No complaint text to count this month.</source>
        <translation>本月没有可统计的投诉文本。</translation>
    </message>
    <message numerus="yes">
        <source>The most frequent terms in the titles and descriptions of %n ticket(s); share = tickets using the term.</source>
        <translation>
            <numerusform>%n 张工单标题和描述中出现最多的词；占比 = 含该词的工单所占比例。</numerusform>
        </translation>
    </message>
    <message>
        <source>Term</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>KpiReportDialog</name>
    <message>
        <source>Monthly KPI report</source>
        <translation>月度 KPI 报告</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>yyyy-MM</source>
        <translation>yyyy-MM</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>The report counts the tickets reported in the month and evaluates them as of now. Preview shows the PDF pages; Save writes the file in the chosen format.</source>
        <translation>报告统计当月报告的工单，并按当前时点评估。“预览”显示 PDF 页面；“保存”按所选格式写入文件。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ 上一页(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一页(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Computing the KPIs of %1…</source>
        <translation>正在计算 %1 的 KPI…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>正在排版…</translation>
    </message>
    <message>
        <source>Drawing page %1 of %2…</source>
        <translation>正在绘制第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>未知格式“%1”</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>The database %1 is busy (another desk or a backup is writing); try again.</source>
        <translation>数据库 %1 正忙（另一个服务台或备份正在写入）；请稍后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be written (read-only file or folder); nothing was changed.</source>
        <translation>%1 无法写入（文件或文件夹只读）；未做任何更改。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>%1 所在磁盘已满；未做任何更改。请释放空间后重试。</translation>
    </message>
    <message>
        <source>Cannot open %1 (missing folder, or no permission).</source>
        <translation>无法打开 %1（文件夹不存在或没有权限）。</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database file.</source>
        <translation>%1 已损坏或不是数据库文件。</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2).</source>
        <translation>读写 %1 失败（%2）。</translation>
    </message>
    <message>
        <source>SQLite error on %1: %2</source>
        <translation>%1 出现 SQLite 错误：%2</translation>
    </message>
    <message>
        <source>The database %1 does not exist; there is nothing to back up.</source>
        <translation>数据库 %1 不存在，没有可备份的内容。</translation>
    </message>
    <message>
        <source>%1 is a folder; name the backup file</source>
        <translation>%1 是文件夹；请指定备份文件名</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or add --force to replace it.</source>
        <translation>%1 已存在；请换一个文件名，或加 --force 覆盖。</translation>
    </message>
    <message>
        <source>the backup cannot replace the database itself</source>
        <translation>备份不能覆盖数据库本身</translation>
    </message>
    <message>
        <source>%1 is not an IngotDesk database; nothing was backed up.</source>
        <translation>%1 不是 IngotDesk 数据库；未做备份。</translation>
    </message>
    <message>
        <source>Could not put the backup in place as %1.</source>
        <translation>无法将备份保存为 %1。</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file</source>
        <translation>%1 不存在或不是文件</translation>
    </message>
    <message>
        <source>%1 is not an IngotDesk database; nothing was restored.</source>
        <translation>%1 不是 IngotDesk 数据库；未做恢复。</translation>
    </message>
    <message>
        <source>%1 was written by a newer IngotDesk (schema %2; this program knows up to %3); nothing was restored.</source>
        <translation>%1 由更新版本的 IngotDesk 写入（结构版本 %2；本程序最高支持 %3）；未做恢复。</translation>
    </message>
    <message>
        <source>%1 failed the integrity check (%2); nothing was restored.</source>
        <translation>%1 未通过完整性检查（%2）；未做恢复。</translation>
    </message>
    <message>
        <source>a database cannot be restored from itself</source>
        <translation>数据库不能从自身恢复</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before restoring (%2); nothing was changed.</source>
        <translation>恢复前无法保留 %1 的副本（%2）；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before restoring; nothing was changed.</source>
        <translation>恢复前无法保留 %1 的副本；未做任何更改。</translation>
    </message>
    <message>
        <source>Could not put the restored database in place as %1.</source>
        <translation>无法将恢复的数据库放到 %1。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <source>checking references</source>
        <translation>检查引用关系</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>客户(&amp;U)：</translation>
    </message>
    <message>
        <source>Type a code, name or city, then pick (Enter takes the first match)</source>
        <translation>输入客户编码、名称或城市后选择（回车选第一个匹配）</translation>
    </message>
    <message>
        <source>&amp;Order / batch:</source>
        <translation>订单 / 批次号(&amp;O)：</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>问题类别(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Reported &amp;by:</source>
        <translation>报障人(&amp;B)：</translation>
    </message>
    <message>
        <source>The customer&apos;s contact who called</source>
        <translation>来电的客户联系人</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>What is wrong, in a few words</source>
        <translation>用一句话说明问题</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Symptoms, quantities affected, what the line is doing now</source>
        <translation>现象、涉及数量、产线目前状况</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>the cryptography library could not be initialised</source>
        <translation>无法初始化加密库</translation>
    </message>
    <message>
        <source>not enough memory to hash the password</source>
        <translation>内存不足，无法计算密码哈希</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>the password must not be the login</source>
        <translation>密码不能与登录名相同</translation>
    </message>
    <message>
        <source>too short: at least %1 characters</source>
        <translation>太短：至少 %1 个字符</translation>
    </message>
    <message>
        <source>weak: mix upper and lower case, digits and signs, or make it longer</source>
        <translation>弱：请混合大小写字母、数字和符号，或加长密码</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>log new tickets</source>
        <translation>登记新工单</translation>
    </message>
    <message>
        <source>record the first contact on a ticket</source>
        <translation>记录工单的首次联系</translation>
    </message>
    <message>
        <source>assess tickets</source>
        <translation>评估工单</translation>
    </message>
    <message>
        <source>plan the fix of tickets</source>
        <translation>制定工单处理方案</translation>
    </message>
    <message>
        <source>dispatch tickets</source>
        <translation>派发工单</translation>
    </message>
    <message>
        <source>start work on tickets</source>
        <translation>开始处理工单</translation>
    </message>
    <message>
        <source>put tickets on hold for the customer</source>
        <translation>将工单置为等待客户</translation>
    </message>
    <message>
        <source>resume tickets on hold</source>
        <translation>恢复等待中的工单</translation>
    </message>
    <message>
        <source>resolve tickets</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <source>record the customer&apos;s feedback on tickets</source>
        <translation>记录客户对工单的反馈</translation>
    </message>
    <message>
        <source>record survey scores on tickets</source>
        <translation>记录工单的满意度评分</translation>
    </message>
    <message>
        <source>close tickets</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>reopen tickets</source>
        <translation>重新打开工单</translation>
    </message>
    <message>
        <source>cancel tickets</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>add notes to tickets</source>
        <translation>为工单添加备注</translation>
    </message>
    <message>
        <source>import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>import orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>import technicians</source>
        <translation>导入技术人员</translation>
    </message>
    <message>
        <source>import tickets</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <source>import ticket events</source>
        <translation>导入工单事件</translation>
    </message>
    <message>
        <source>import survey answers</source>
        <translation>导入满意度调查结果</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>fill the database with demo data</source>
        <translation>向数据库填充演示数据</translation>
    </message>
    <message>
        <source>change SLA policies</source>
        <translation>修改 SLA 策略</translation>
    </message>
    <message>
        <source>change service calendars and holidays</source>
        <translation>修改服务日历和节假日</translation>
    </message>
    <message>
        <source>run the SLA sweep</source>
        <translation>运行 SLA 巡检</translation>
    </message>
    <message>
        <source>approve or reject compensation</source>
        <translation>批准或驳回补偿</translation>
    </message>
    <message>
        <source>override customer tiers</source>
        <translation>手动调整客户等级</translation>
    </message>
    <message>
        <source>change the tier rules</source>
        <translation>修改客户分级规则</translation>
    </message>
    <message>
        <source>recompute customer tiers</source>
        <translation>重新计算客户等级</translation>
    </message>
    <message>
        <source>change the dispatch rules</source>
        <translation>修改派单规则</translation>
    </message>
    <message>
        <source>rebalance technicians&apos; queues</source>
        <translation>重新平衡技术人员的工单队列</translation>
    </message>
    <message>
        <source>plan scheduled service tasks</source>
        <translation>安排定期服务任务</translation>
    </message>
    <message>
        <source>finish scheduled service tasks</source>
        <translation>完成定期服务任务</translation>
    </message>
    <message>
        <source>edit knowledge base articles</source>
        <translation>编辑知识库文章</translation>
    </message>
    <message>
        <source>record which article solved a ticket</source>
        <translation>记录解决工单所用的知识库文章</translation>
    </message>
    <message>
        <source>edit improvement actions</source>
        <translation>编辑改进措施</translation>
    </message>
    <message>
        <source>record satisfaction surveys</source>
        <translation>记录满意度调查</translation>
    </message>
    <message>
        <source>work on survey follow-ups</source>
        <translation>处理满意度回访</translation>
    </message>
    <message>
        <source>record batch assays</source>
        <translation>记录批次化验结果</translation>
    </message>
    <message>
        <source>produce the KPI report</source>
        <translation>生成 KPI 报表</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore the database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>查看审计记录</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>P1 line stopped / safety</source>
        <translation>P1 停线 / 安全</translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation>P2 高</translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation>P3 普通</translation>
    </message>
    <message>
        <source>P4 low</source>
        <translation>P4 低</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>&apos;%1&apos; is not a date-time; use ISO 8601 such as 2026-10-09T17:00:00+08:00</source>
        <translation>“%1”不是日期时间；请使用 ISO 8601 格式，例如 2026-10-09T17:00:00+08:00</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid calendar date or time</source>
        <translation>“%1”不是有效的日期或时间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an impossible UTC offset</source>
        <translation>“%1”的 UTC 时差不可能存在</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not between 1970 and 2999</source>
        <translation>“%1”不在 1970 年至 2999 年之间</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date such as 2026-10-01</source>
        <translation>“%1”不是 2026-10-01 这样的日期</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>Recurring %1 complaints from customer %2: %3 tickets in %4 days</source>
        <translation>客户 %2 反复出现%1投诉：%4 天内 %3 张工单</translation>
    </message>
    <message>
        <source>Batch %1: %2 complaints in %3 days (mostly %4)</source>
        <translation>批次 %1：%3 天内 %2 起投诉（主要为%4）</translation>
    </message>
    <message>
        <source>Recurring %1 complaints in region %2: %3 tickets in %4 days</source>
        <translation>%2区域反复出现%1投诉：%4 天内 %3 张工单</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>East</source>
        <translation>华东</translation>
    </message>
    <message>
        <source>South</source>
        <translation>华南</translation>
    </message>
    <message>
        <source>North</source>
        <translation>华北</translation>
    </message>
    <message>
        <source>Central</source>
        <translation>华中</translation>
    </message>
    <message>
        <source>Southwest</source>
        <translation>西南</translation>
    </message>
    <message>
        <source>Northwest</source>
        <translation>西北</translation>
    </message>
    <message>
        <source>Northeast</source>
        <translation>东北</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>Porosity on ingot surface, batch on hold</source>
        <translation>铅锭表面气孔，整批暂停投料</translation>
    </message>
    <message>
        <source>About 20 of 48 bundles show pinholes on the top face; melting loss higher than usual.</source>
        <translation>48 捆中约 20 捆上表面有针孔；熔炼损耗高于平常。</translation>
    </message>
</context>
<context>
    <name>Seed</name>
    <message>
        <source>--tickets must be from 0 to 10,000,000</source>
        <translation>--tickets 必须在 0 到 10,000,000 之间</translation>
    </message>
    <message>
        <source>--to must be after --from</source>
        <translation>--to 必须晚于 --from</translation>
    </message>
    <message>
        <source>tickets need at least one customer</source>
        <translation>生成工单至少需要一个客户</translation>
    </message>
</context>
<context>
    <name>ServiceCalendar</name>
    <message>
        <source>service hours must lie within 00:00-24:00 and end after they start</source>
        <translation>服务时间必须在 00:00-24:00 之内，且结束晚于开始</translation>
    </message>
    <message>
        <source>an exception date is not a valid date</source>
        <translation>例外日期不是有效日期</translation>
    </message>
    <message>
        <source>a date cannot be both a holiday and a make-up workday</source>
        <translation>同一天不能既是节假日又是调休工作日</translation>
    </message>
    <message>
        <source>a calendar needs a name</source>
        <translation>服务日历需要名称</translation>
    </message>
    <message>
        <source>a UTC offset lies between -14:00 and +14:00</source>
        <translation>UTC 时差应在 -14:00 到 +14:00 之间</translation>
    </message>
    <message>
        <source>calendar &apos;%1&apos; has no service hours in its week</source>
        <translation>日历“%1”一周内没有服务时间</translation>
    </message>
</context>
<context>
    <name>ServiceTask</name>
    <message>
        <source>winter storage (keep ingots dry and off frozen ground)</source>
        <translation>冬季存放（保持铅锭干燥，勿直接放在冻土上）</translation>
    </message>
    <message>
        <source>humidity before the rainy season (ventilated, covered storage)</source>
        <translation>雨季前防潮（通风、遮盖存放）</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>On-site inspection</source>
        <translation>现场巡检</translation>
    </message>
    <message>
        <source>Seasonal advice</source>
        <translation>季节性提示</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language applies when IngotDesk starts.</source>
        <translation>语言在 IngotDesk 启动时生效。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前客服：</translation>
    </message>
</context>
<context>
    <name>SlaBoard</name>
    <message>
        <source>%1 response %2 h this week vs %3 ± %4 h over %5 weeks</source>
        <translation>%1 本周响应 %2 小时，前 %5 周为 %3 ± %4 小时</translation>
    </message>
    <message>
        <source>%1: %2 tickets this week so far vs %3 ± %4 in the same part of the previous %5 weeks</source>
        <translation>%1：本周至今 %2 张工单，前 %5 周同期为 %3 ± %4 张</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>%1 d %2:%3</source>
        <translation>%1 天 %2:%3</translation>
    </message>
</context>
<context>
    <name>SlaMetric</name>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
</context>
<context>
    <name>SlaNoticeMessage</name>
    <message>
        <source>Your tickets: SLA breached</source>
        <translation>您的工单：SLA 已超时</translation>
    </message>
    <message>
        <source>Your tickets: SLA at risk</source>
        <translation>您的工单：SLA 有超时风险</translation>
    </message>
    <message>
        <source>%1 %2: breached, was due %3</source>
        <translation>%1 %2：已超时，原应于 %3 完成</translation>
    </message>
    <message>
        <source>%1 %2: at risk, due %3</source>
        <translation>%1 %2：有超时风险，应于 %3 前完成</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>a policy needs a name</source>
        <translation>SLA 策略需要名称</translation>
    </message>
    <message>
        <source>the at-risk threshold is a percentage from 1 to 100</source>
        <translation>超时预警阈值应为 1 到 100 的百分比</translation>
    </message>
    <message>
        <source>tier %1 has no calendar</source>
        <translation>%1 级客户没有服务日历</translation>
    </message>
    <message>
        <source>the %1 target of tier %2, %3 must be at least one minute</source>
        <translation>%2 级 %3 的%1时限至少为一分钟</translation>
    </message>
</context>
<context>
    <name>SlaService</name>
    <message>
        <source>ticket %1: %2</source>
        <translation>工单 %1：%2</translation>
    </message>
    <message>
        <source>a new policy cannot start in the past (%1 is before now, %2): tickets keep the policy they were reported under</source>
        <translation>新策略不能从过去开始生效（%1 早于当前时间 %2）：工单沿用报障时生效的策略</translation>
    </message>
    <message>
        <source>ticket %1 has no compensation suggestion</source>
        <translation>工单 %1 没有补偿建议</translation>
    </message>
    <message>
        <source>the compensation of ticket %1 was already %2 by %3 at %4</source>
        <translation>工单 %1 的补偿已由 %3 于 %4 处理（%2）</translation>
    </message>
    <message>
        <source>the resolution clock of ticket %1 is still running, so the credit is not final yet; approve it once the ticket is resolved</source>
        <translation>工单 %1 的解决计时仍在进行，减免金额尚未确定；请在工单解决后再批准</translation>
    </message>
    <message>
        <source>calendar %1: %2</source>
        <translation>日历 %1：%2</translation>
    </message>
    <message>
        <source>SLA policy %1 is missing from the database</source>
        <translation>数据库中缺少 SLA 策略 %1</translation>
    </message>
    <message>
        <source>no SLA policy is in force at %1; add one that starts earlier</source>
        <translation>%1 时没有生效的 SLA 策略；请添加一个更早生效的策略</translation>
    </message>
    <message>
        <source>there is no service calendar named &apos;%1&apos; (known: %2)</source>
        <translation>没有名为“%1”的服务日历（已有：%2）</translation>
    </message>
    <message>
        <source>a stored holiday: %1</source>
        <translation>已保存的节假日：%1</translation>
    </message>
</context>
<context>
    <name>SqliteIndexDeferral</name>
    <message>
        <source>reading the indexes of %1</source>
        <translation>读取 %1 的索引</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Reported</source>
        <translation>已报障</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已制定方案</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting for customer</source>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Feedback given</source>
        <translation>已反馈</translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation>已调查</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>%1 is not an IngotDesk database; nothing was changed.</source>
        <translation>%1 不是 IngotDesk 数据库；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer IngotDesk (schema %2; this program knows up to %3). Nothing was changed; update the program to open it.</source>
        <translation>%1 由更新版本的 IngotDesk 写入（结构版本 %2；本程序最高支持 %3）。未做任何更改；请升级程序后再打开。</translation>
    </message>
    <message>
        <source>Could not copy the database aside before upgrading it (%1); nothing was changed.</source>
        <translation>升级前无法备份数据库（%1）；未做任何更改。</translation>
    </message>
    <message>
        <source>backing up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the program</source>
        <translation>程序中缺少迁移 %1</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with &apos;ingotdesk-cli init&apos;.</source>
        <translation>数据库 %1 不存在。请用“ingotdesk-cli init”创建。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>准备 SQL 语句</translation>
    </message>
    <message>
        <source>reading the database</source>
        <translation>读取数据库</translation>
    </message>
    <message>
        <source>the SQLite driver gave no native handle</source>
        <translation>SQLite 驱动没有提供原生句柄</translation>
    </message>
    <message>
        <source>A database script failed: %1</source>
        <translation>数据库脚本执行失败：%1</translation>
    </message>
    <message>
        <source>The database %1 is read-only; nothing was changed.</source>
        <translation>数据库 %1 为只读；未做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 is damaged or not an IngotDesk database; restore a backup.</source>
        <translation>数据库 %1 已损坏或不是 IngotDesk 数据库；请恢复备份。</translation>
    </message>
    <message>
        <source>The change breaks a rule of the data (%1).</source>
        <translation>此更改违反了数据规则（%1）。</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>%1时数据库出错：%2</translation>
    </message>
    <message>
        <source>no customer with code &apos;%1&apos;</source>
        <translation>没有编码为“%1”的客户</translation>
    </message>
    <message>
        <source>no order with number &apos;%1&apos;</source>
        <translation>没有订单号为“%1”的订单</translation>
    </message>
    <message>
        <source>%1 has schema %2 and needs an upgrade to schema %3; run &apos;ingotdesk-cli init&apos; or open it in the desk.</source>
        <translation>%1 的结构版本为 %2，需要升级到 %3；请运行“ingotdesk-cli init”，或在 IngotDesk 桌面程序中打开它。</translation>
    </message>
    <message>
        <source>no technician with login &apos;%1&apos;</source>
        <translation>没有登录名为“%1”的技术人员</translation>
    </message>
    <message>
        <source>numbering a ticket</source>
        <translation>生成工单号</translation>
    </message>
    <message>
        <source>the ticket counter returned nothing</source>
        <translation>工单计数器没有返回值</translation>
    </message>
    <message>
        <source>saving ticket %1</source>
        <translation>保存工单 %1</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by %2 at %3 - reload it and try again.</source>
        <translation>工单 %1 已被 %2 于 %3 修改——请重新加载后再试。</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by someone else - reload it and try again.</source>
        <translation>工单 %1 已被他人修改——请重新加载后再试。</translation>
    </message>
    <message>
        <source>recording the history of %1</source>
        <translation>记录 %1 的处理记录</translation>
    </message>
    <message>
        <source>reading a ticket</source>
        <translation>读取工单</translation>
    </message>
    <message>
        <source>no ticket with number &apos;%1&apos;</source>
        <translation>没有工单号为“%1”的工单</translation>
    </message>
    <message>
        <source>reading a ticket&apos;s history</source>
        <translation>读取工单处理记录</translation>
    </message>
    <message>
        <source>reading the queue</source>
        <translation>读取工单队列</translation>
    </message>
    <message>
        <source>counting the queue</source>
        <translation>统计工单队列</translation>
    </message>
    <message>
        <source>reading tickets</source>
        <translation>读取工单</translation>
    </message>
    <message>
        <source>reading the customer&apos;s tickets</source>
        <translation>读取客户的工单</translation>
    </message>
    <message>
        <source>reading the customer&apos;s surveys</source>
        <translation>读取客户的满意度调查</translation>
    </message>
    <message>
        <source>summing orders</source>
        <translation>汇总订单</translation>
    </message>
    <message>
        <source>counting open tickets per technician</source>
        <translation>统计每位技术人员的未结工单</translation>
    </message>
    <message>
        <source>saving a service task of %1</source>
        <translation>保存 %1 的服务任务</translation>
    </message>
    <message>
        <source>reading service tasks</source>
        <translation>读取服务任务</translation>
    </message>
    <message>
        <source>reading a service task</source>
        <translation>读取服务任务</translation>
    </message>
    <message>
        <source>no service task %1</source>
        <translation>没有服务任务 %1</translation>
    </message>
    <message>
        <source>saving a service task</source>
        <translation>保存服务任务</translation>
    </message>
    <message>
        <source>reading a setting</source>
        <translation>读取设置</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>reading technicians&apos; calendars</source>
        <translation>读取技术人员的工作日历</translation>
    </message>
    <message>
        <source>saving the calendar of %1</source>
        <translation>保存 %1 的工作日历</translation>
    </message>
    <message>
        <source>recording the tier history of %1</source>
        <translation>记录 %1 的等级变更</translation>
    </message>
    <message>
        <source>reading the tier history</source>
        <translation>读取等级变更记录</translation>
    </message>
    <message>
        <source>reading grade limits</source>
        <translation>读取牌号限值</translation>
    </message>
    <message>
        <source>no limits for grade &apos;%1&apos;</source>
        <translation>牌号“%1”没有限值</translation>
    </message>
    <message>
        <source>a limit is a percentage between 0 and 100, not %1</source>
        <translation>限值应为 0 到 100 之间的百分比，而不是 %1</translation>
    </message>
    <message>
        <source>saving a grade limit</source>
        <translation>保存牌号限值</translation>
    </message>
    <message>
        <source>saving an assay</source>
        <translation>保存化验结果</translation>
    </message>
    <message>
        <source>reading assays</source>
        <translation>读取化验结果</translation>
    </message>
    <message>
        <source>numbering an improvement action</source>
        <translation>生成改进措施编号</translation>
    </message>
    <message>
        <source>the improvement counter returned nothing</source>
        <translation>改进措施计数器没有返回值</translation>
    </message>
    <message>
        <source>saving improvement action %1</source>
        <translation>保存改进措施 %1</translation>
    </message>
    <message>
        <source>%1 was changed by someone else meanwhile; reload it and try again</source>
        <translation>%1 已被他人修改；请重新加载后再试</translation>
    </message>
    <message>
        <source>linking a ticket to an improvement action</source>
        <translation>将工单关联到改进措施</translation>
    </message>
    <message>
        <source>recording the history of an improvement action</source>
        <translation>记录改进措施的变更</translation>
    </message>
    <message>
        <source>reading linked tickets</source>
        <translation>读取关联工单</translation>
    </message>
    <message>
        <source>reading an improvement action</source>
        <translation>读取改进措施</translation>
    </message>
    <message>
        <source>no improvement action &apos;%1&apos;</source>
        <translation>没有改进措施“%1”</translation>
    </message>
    <message>
        <source>reading improvement actions</source>
        <translation>读取改进措施</translation>
    </message>
    <message>
        <source>reading the history of an improvement action</source>
        <translation>读取改进措施的变更记录</translation>
    </message>
    <message>
        <source>saving knowledge article %1</source>
        <translation>保存知识条目 %1</translation>
    </message>
    <message>
        <source>reading a knowledge article</source>
        <translation>读取知识条目</translation>
    </message>
    <message>
        <source>no knowledge article %1 in language &apos;%2&apos;</source>
        <translation>没有语言为“%2”的知识条目 %1</translation>
    </message>
    <message>
        <source>reading the knowledge base</source>
        <translation>读取质量知识库</translation>
    </message>
    <message>
        <source>searching the knowledge base</source>
        <translation>搜索质量知识库</translation>
    </message>
    <message>
        <source>removing a knowledge article</source>
        <translation>删除知识条目</translation>
    </message>
    <message>
        <source>recording the article that solved a ticket</source>
        <translation>记录解决工单的知识条目</translation>
    </message>
    <message>
        <source>no ticket %1 or no knowledge article %2</source>
        <translation>没有工单 %1 或知识条目 %2</translation>
    </message>
    <message>
        <source>reading solved-by articles</source>
        <translation>读取解决工单的知识条目</translation>
    </message>
    <message>
        <source>reading tickets for recurrence detection</source>
        <translation>读取工单以识别重复问题</translation>
    </message>
    <message>
        <source>tracing a batch</source>
        <translation>追溯批次</translation>
    </message>
    <message>
        <source>reading complaint texts</source>
        <translation>读取投诉内容</translation>
    </message>
    <message>
        <source>reading stop words</source>
        <translation>读取停用词</translation>
    </message>
    <message>
        <source>adding a stop word</source>
        <translation>添加停用词</translation>
    </message>
    <message>
        <source>recording a sent survey</source>
        <translation>记录已发出的满意度调查</translation>
    </message>
    <message>
        <source>recording a survey answer</source>
        <translation>记录满意度调查结果</translation>
    </message>
    <message>
        <source>reading a survey</source>
        <translation>读取满意度调查</translation>
    </message>
    <message>
        <source>reading unanswered surveys</source>
        <translation>读取未回复的满意度调查</translation>
    </message>
    <message>
        <source>counting unanswered surveys</source>
        <translation>统计未回复的满意度调查</translation>
    </message>
    <message>
        <source>creating a survey follow-up</source>
        <translation>创建回访跟进</translation>
    </message>
    <message>
        <source>the survey of %1 already has a follow-up</source>
        <translation>%1 的满意度调查已有回访跟进</translation>
    </message>
    <message>
        <source>updating a survey follow-up</source>
        <translation>更新回访跟进</translation>
    </message>
    <message>
        <source>no follow-up with id %1</source>
        <translation>没有 ID 为 %1 的回访跟进</translation>
    </message>
    <message>
        <source>reading survey follow-ups</source>
        <translation>读取回访跟进</translation>
    </message>
    <message>
        <source>searching tickets</source>
        <translation>搜索工单</translation>
    </message>
    <message>
        <source>reading service calendars</source>
        <translation>读取服务日历</translation>
    </message>
    <message>
        <source>calendar %1 has unreadable %2 hours &apos;%3&apos;; use 08:30-12:00,13:00-17:30</source>
        <translation>日历 %1 的 %2 服务时间“%3”无法识别；请写成 08:30-12:00,13:00-17:30</translation>
    </message>
    <message>
        <source>saving calendar %1</source>
        <translation>保存日历 %1</translation>
    </message>
    <message>
        <source>reading the compensation rule</source>
        <translation>读取补偿规则</translation>
    </message>
    <message>
        <source>reading a compensation suggestion</source>
        <translation>读取补偿建议</translation>
    </message>
    <message>
        <source>reading compensation suggestions</source>
        <translation>读取补偿建议</translation>
    </message>
    <message>
        <source>saving a compensation suggestion</source>
        <translation>保存补偿建议</translation>
    </message>
    <message>
        <source>counting compensation suggestions</source>
        <translation>统计补偿建议</translation>
    </message>
    <message>
        <source>recording an SLA breach</source>
        <translation>记录 SLA 超时</translation>
    </message>
    <message>
        <source>reading SLA breaches</source>
        <translation>读取 SLA 超时记录</translation>
    </message>
    <message>
        <source>reading SLA policies</source>
        <translation>读取 SLA 策略</translation>
    </message>
    <message>
        <source>reading SLA targets</source>
        <translation>读取 SLA 时限</translation>
    </message>
    <message>
        <source>saving SLA policy %1</source>
        <translation>保存 SLA 策略 %1</translation>
    </message>
    <message>
        <source>finding tickets whose clocks may change</source>
        <translation>查找计时可能变化的工单</translation>
    </message>
    <message>
        <source>no ticket with id %1</source>
        <translation>没有 ID 为 %1 的工单</translation>
    </message>
    <message>
        <source>reading ticket histories</source>
        <translation>读取工单处理记录</translation>
    </message>
    <message>
        <source>saving the clocks of a ticket</source>
        <translation>保存工单计时</translation>
    </message>
    <message>
        <source>saving the clocks of tickets</source>
        <translation>保存工单计时</translation>
    </message>
    <message>
        <source>an audit entry was written outside a transaction</source>
        <translation>审计记录在事务之外写入</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>读取审计记录</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>写入审计记录</translation>
    </message>
    <message>
        <source>counting open tickets for the board</source>
        <translation>统计看板的未结工单</translation>
    </message>
    <message>
        <source>counting breaches for the board</source>
        <translation>统计看板的超时记录</translation>
    </message>
    <message>
        <source>reading the next tickets due</source>
        <translation>读取即将到期的工单</translation>
    </message>
    <message>
        <source>reading the tickets of the last weeks</source>
        <translation>读取最近几周的工单</translation>
    </message>
    <message>
        <source>reading the teams</source>
        <translation>读取班组</translation>
    </message>
    <message>
        <source>selecting the tickets of the report</source>
        <translation>选取报表的工单</translation>
    </message>
    <message>
        <source>adding up the report</source>
        <translation>汇总报表</translation>
    </message>
    <message>
        <source>finding the response time percentile</source>
        <translation>计算响应时长百分位</translation>
    </message>
    <message>
        <source>reading the clocks of the report</source>
        <translation>读取报表的计时</translation>
    </message>
    <message>
        <source>counting the open tickets at the end of the month</source>
        <translation>统计月末未结工单</translation>
    </message>
    <message>
        <source>reading the KPI targets</source>
        <translation>读取 KPI 目标</translation>
    </message>
    <message>
        <source>there is already a user &apos;%1&apos;</source>
        <translation>已存在用户“%1”</translation>
    </message>
    <message>
        <source>saving user %1</source>
        <translation>保存用户 %1</translation>
    </message>
    <message>
        <source>no user &apos;%1&apos;</source>
        <translation>没有用户“%1”</translation>
    </message>
    <message>
        <source>reading user</source>
        <translation>读取用户</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>读取用户列表</translation>
    </message>
    <message>
        <source>The database %1 is busy (another desk or a backup is writing); try again.</source>
        <translation>数据库 %1 正忙（另一个服务台或备份正在写入）；请稍后重试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing was changed. Free some space and try again.</source>
        <translation>%1 所在磁盘已满；未做任何更改。请释放空间后重试。</translation>
    </message>
    <message>
        <source>reading the breaches of the last days</source>
        <translation>读取最近几天的超时记录</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL: Qt&apos;s QPSQL driver is missing (Debian package libqt6sql6-psql).</source>
        <translation>本安装无法连接 PostgreSQL：缺少 Qt 的 QPSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>无法连接数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 is busy (another desk holds the same rows); try again.</source>
        <translation>数据库 %1 正忙（另一台 IngotDesk 正占用相同的数据行）；请重试。</translation>
    </message>
    <message>
        <source>The connection to the database %1 was lost; nothing was changed. Check the network and the server, then try again.</source>
        <translation>与数据库 %1 的连接已断开；未做任何更改。请检查网络和服务器后重试。</translation>
    </message>
    <message>
        <source>The database %1 refused access (%2).</source>
        <translation>数据库 %1 拒绝访问（%2）。</translation>
    </message>
    <message>
        <source>The database server of %1 is out of space or resources; nothing was changed.</source>
        <translation>%1 的数据库服务器空间或资源不足；未做任何更改。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL address like postgresql://user@host:5432/dbname</source>
        <translation>“%1”不是 PostgreSQL 地址（例如 postgresql://user@host:5432/dbname）</translation>
    </message>
    <message>
        <source>Do not put the password in the database address: use --db-password-file, ~/.pgpass or $PGPASSWORD.</source>
        <translation>请不要把密码写在数据库地址中：请使用 --db-password-file、~/.pgpass 或 $PGPASSWORD。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a user and a database name: postgresql://user@host:5432/dbname</source>
        <translation>“%1”需要用户名和数据库名：postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>Cannot read the password file %1</source>
        <translation>无法读取密码文件 %1</translation>
    </message>
    <message>
        <source>The password file %1 can be read by other users; make it private (chmod 600) and try again.</source>
        <translation>密码文件 %1 可被其他用户读取；请设为私有（chmod 600）后重试。</translation>
    </message>
    <message>
        <source>The password file %1 has no password for %2</source>
        <translation>密码文件 %1 中没有 %2 的密码</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>读取结构版本</translation>
    </message>
    <message>
        <source>the new ticket %1 got no id</source>
        <translation>新工单 %1 没有获得 ID</translation>
    </message>
    <message>
        <source>Live updates are off: cannot listen on %1 (%2). Press F5 to refresh; the desk tries again every few seconds.</source>
        <translation>实时更新已关闭：无法监听 %1（%2）。请按 F5 刷新；工作台每隔几秒会重试。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>the foreign keys between %1 form a cycle</source>
        <translation>%1 之间的外键构成了循环</translation>
    </message>
    <message>
        <source>%1 has schema %2 and %3 schema %4: both must be at the same schema (run this with the program that created the PostgreSQL database)</source>
        <translation>%1 的结构版本为 %2，而 %3 为 %4：两者必须处于相同的结构版本（请使用创建该 PostgreSQL 数据库的程序运行）</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty (%2 holds %n row(s)); migrate-to copies only into a new, empty database.</source>
        <translation>
            <numerusform>%1 不是空的（%2 中有 %n 行）；migrate-to 只复制到新的空数据库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>ticket numbers and event counts (checksum %1 → %2)</source>
        <translation>工单号及事件数（校验和 %1 → %2）</translation>
    </message>
    <message>
        <source>the copy does not match the file and was rolled back: %1</source>
        <translation>副本与文件不一致，已回滚：%1</translation>
    </message>
    <message>
        <source>This version of IngotDesk cannot run the desk on PostgreSQL yet: use a SQLite database file (see docs/postgresql.md).</source>
        <translation>此版本的 IngotDesk 尚不能在 PostgreSQL 上运行工作台：请使用 SQLite 数据库文件（见 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>(not a valid PostgreSQL address)</source>
        <translation>（不是有效的 PostgreSQL 地址）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; works on a SQLite database file, and %2 is a PostgreSQL database; on PostgreSQL use the server&apos;s own tools (pg_dump, pg_restore, amcheck).</source>
        <translation>“%1”作用于 SQLite 数据库文件，而 %2 是 PostgreSQL 数据库；在 PostgreSQL 上请使用服务器自带的工具（pg_dump、pg_restore、amcheck）。</translation>
    </message>
    <message>
        <source>retiring a knowledge article</source>
        <translation>停用知识库文章</translation>
    </message>
    <message>
        <source>recording an SLA notice</source>
        <translation>记录 SLA 提醒</translation>
    </message>
    <message>
        <source>finding tickets whose clocks just turned</source>
        <translation>查找 SLA 时钟刚刚转变状态的工单</translation>
    </message>
    <message>
        <source>indexing tickets for search</source>
        <translation>为搜索建立工单索引</translation>
    </message>
    <message>
        <source>the history entries of %1 got %2 ids for %3 rows</source>
        <translation>%1 的历史记录共 %3 行，却得到 %2 个编号</translation>
    </message>
    <message>
        <source>reading the board</source>
        <translation>读取看板</translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation>读取报表</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>a survey score is 1 to 5, not %1</source>
        <translation>满意度评分应为 1 到 5，而不是 %1</translation>
    </message>
    <message>
        <source>the comment is longer than %1 characters</source>
        <translation>评价超过 %1 个字符</translation>
    </message>
    <message>
        <source>the answer time %1 is in the future</source>
        <translation>答复时间 %1 晚于当前时间</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>ticket_no is empty</source>
        <translation>ticket_no 为空</translation>
    </message>
    <message>
        <source>score must be a whole number 1-5, not &apos;%1&apos;</source>
        <translation>score 必须是 1-5 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>at: %1</source>
        <translation>at：%1</translation>
    </message>
    <message>
        <source>follow-up %1 already has progress reported</source>
        <translation>回访跟进 %1 已报告过进展</translation>
    </message>
    <message>
        <source>say how the follow-up was closed</source>
        <translation>请说明回访跟进是如何关闭的</translation>
    </message>
    <message>
        <source>follow-up %1 is already closed</source>
        <translation>回访跟进 %1 已关闭</translation>
    </message>
</context>
<context>
    <name>TechnicianLevel</name>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
</context>
<context>
    <name>TicketDetailWidget</name>
    <message>
        <source>Select a ticket in the queue to see its details and history.</source>
        <translation>在队列中选择一张工单，查看详情和处理记录。</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>处理人：</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>报障时间：</translation>
    </message>
    <message>
        <source>Order / batch:</source>
        <translation>订单 / 批次：</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>报障人：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>a ticket needs a title</source>
        <translation>工单需要标题</translation>
    </message>
    <message>
        <source>the title is longer than 200 characters</source>
        <translation>标题超过 200 个字符</translation>
    </message>
    <message>
        <source>the description is longer than 20,000 characters</source>
        <translation>描述超过 20,000 个字符</translation>
    </message>
    <message>
        <source>the report time %1 is in the future</source>
        <translation>报障时间 %1 晚于当前时间</translation>
    </message>
    <message>
        <source>no customer with code &apos;%1&apos;</source>
        <translation>没有编码为“%1”的客户</translation>
    </message>
    <message>
        <source>no order with number &apos;%1&apos;</source>
        <translation>没有订单号为“%1”的订单</translation>
    </message>
    <message>
        <source>order %1 belongs to another customer (%2)</source>
        <translation>订单 %1 属于另一个客户（%2）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is recorded by the program itself, not entered</source>
        <translation>“%1”由程序自动记录，不能手工录入</translation>
    </message>
    <message>
        <source>no technician with login &apos;%1&apos;</source>
        <translation>没有登录名为“%1”的技术人员</translation>
    </message>
    <message>
        <source>%1 may only work on tickets assigned to them; %2 is assigned to %3</source>
        <translation>%1 只能处理分派给自己的工单；%2 已分派给 %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
</context>
<context>
    <name>TicketStateMachine</name>
    <message>
        <source>&apos;%1&apos; is not allowed while the ticket is %2</source>
        <translation>工单处于“%2”时不能执行“%1”</translation>
    </message>
    <message>
        <source>dispatch needs the technician&apos;s login as its value</source>
        <translation>派单需要填写技术人员的登录名</translation>
    </message>
    <message>
        <source>a survey score must be a whole number from 1 to 5, not &apos;%1&apos;</source>
        <translation>满意度评分必须是 1 到 5 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>cancelling needs a reason in the note (duplicate, invalid, ...)</source>
        <translation>取消工单需要在备注中写明原因（重复、无效等）</translation>
    </message>
    <message>
        <source>a breach names its clock (response, assessment or resolution) as its value</source>
        <translation>超时记录需要以计时项（response 响应、assessment 评估或 resolution 解决）作为值</translation>
    </message>
    <message>
        <source>unknown action</source>
        <translation>未知操作</translation>
    </message>
    <message>
        <source>the event at %1 is before the ticket was reported (%2)</source>
        <translation>%1 的记录早于工单报障时间（%2）</translation>
    </message>
    <message>
        <source>the event at %1 is before the previous event (%2); events must be in time order</source>
        <translation>%1 的记录早于上一条记录（%2）；记录必须按时间顺序</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>第 %1 条记录</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>A (24x7, dedicated team)</source>
        <translation>A 级（7×24 小时，专属团队）</translation>
    </message>
    <message>
        <source>B (12x7)</source>
        <translation>B 级（每天 12 小时）</translation>
    </message>
    <message>
        <source>C (8x5)</source>
        <translation>C 级（工作日 8 小时）</translation>
    </message>
</context>
<context>
    <name>TierEvent</name>
    <message>
        <source>Recomputed</source>
        <translation>重新评定</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>人工指定</translation>
    </message>
    <message>
        <source>Override cleared</source>
        <translation>取消人工指定</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>wrong login or password</source>
        <translation>登录名或密码错误</translation>
    </message>
    <message>
        <source>%1 is locked until %2 after too many failed sign-ins; try again then, or ask an administrator to unlock it</source>
        <translation>%1 因多次登录失败已被锁定至 %2；请届时再试，或请管理员解锁</translation>
    </message>
    <message>
        <source>a login is 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;, starting with a letter or digit</source>
        <translation>登录名为 1-64 个字母、数字、“.”、“_”、“-”或“@”，须以字母或数字开头</translation>
    </message>
    <message>
        <source>&apos;system&apos; is reserved for the desk&apos;s own work</source>
        <translation>“system”保留给系统自身使用</translation>
    </message>
    <message>
        <source>the database already has users; sign in as an administrator to add more</source>
        <translation>数据库中已有用户；请以管理员身份登录后再添加</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first</source>
        <translation>%1 是最后一个有效的管理员；请先将另一位用户设为管理员</translation>
    </message>
    <message>
        <source>the login %1 is disabled; ask an administrator</source>
        <translation>登录名 %1 已停用；请联系管理员</translation>
    </message>
</context>
<context>
    <name>ingot::ActionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Technician:</source>
        <translation>技术人员(&amp;T)：</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>&amp;Satisfaction score:</source>
        <translation>满意度评分(&amp;S)：</translation>
    </message>
    <message>
        <source>Why is the ticket cancelled? (duplicate, invalid …)</source>
        <translation>为什么取消此工单？（重复、无效……）</translation>
    </message>
    <message>
        <source>Optional note for the history</source>
        <translation>可选：写入处理记录的备注</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>There are no technicians to dispatch to yet.</source>
        <translation>还没有可派单的技术人员。</translation>
    </message>
    <message>
        <source>A reason is required to cancel a ticket.</source>
        <translation>取消工单必须填写原因。</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 — score %5</source>
        <translation>%1（%2）· %3 · %4 — 得分 %5</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4 — not suggested</source>
        <translation>%1（%2）· %3 · %4 — 不推荐</translation>
    </message>
    <message>
        <source>Suggested: &lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>推荐：&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
</context>
<context>
    <name>ingot::AuditTableModel</name>
    <message>
        <source>%1 (local administrator)</source>
        <translation>%1（本地管理员）</translation>
    </message>
    <message>
        <source>hash %1</source>
        <translation>哈希 %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ingot::AuditViewerWindow</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>校验链(&amp;V)</translation>
    </message>
    <message>
        <source>Audit trail — IngotDesk</source>
        <translation>审计记录 — IngotDesk</translation>
    </message>
    <message>
        <source>ticket, user, policy…</source>
        <translation>ticket、user、policy…</translation>
    </message>
    <message>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>操作人：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(ies)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>正在校验哈希链…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n entr(ies) checked.</source>
        <translation>
            <numerusform>哈希链完整：已校验 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry #%1 (%2, %3 %4 by %5): its %6 does not match. Entries from there on cannot be trusted; restore a backup and compare.</source>
        <translation>哈希链在第 #%1 条记录处断开（%2，%5 对 %3 %4 的操作）：其 %6 不匹配。从此处起的记录不可信；请恢复备份并比对。</translation>
    </message>
</context>
<context>
    <name>ingot::BatchTraceWindow</name>
    <message>
        <source>total impurities</source>
        <translation>杂质总量</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>牌号</translation>
    </message>
    <message>
        <source>Tons</source>
        <translation>吨数</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报障时间</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>化验时间</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>化验室</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Values (%)</source>
        <translation>含量（%）</translation>
    </message>
    <message>
        <source>Ticket %1 names no batch.</source>
        <translation>工单 %1 没有填写批次号。</translation>
    </message>
    <message>
        <source>within grade</source>
        <translation>符合牌号</translation>
    </message>
    <message>
        <source>out of grade: %1</source>
        <translation>不符合牌号：%1</translation>
    </message>
    <message numerus="yes">
        <source>Batch &lt;b&gt;%1&lt;/b&gt; (%2): %3 t delivered to %n customer(s)</source>
        <translation>
            <numerusform>批次 &lt;b&gt;%1&lt;/b&gt;（%2）：%3 吨已交付给 %n 家客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>improvement actions: %1</source>
        <translation>改进措施：%1</translation>
    </message>
    <message numerus="yes">
        <source>Traced from ticket %1: %n other complaint(s) about this batch.</source>
        <translation>
            <numerusform>由工单 %1 追溯：该批次另有 %n 起投诉。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ingot::BoardCharts</name>
    <message>
        <source>SLA compliance per day, last 30 days (tickets reported that day)</source>
        <translation>每日 SLA 达标率，最近 30 天（按当天报障的工单）</translation>
    </message>
    <message>
        <source>Response (solid, dots)</source>
        <translation>响应（实线，圆点）</translation>
    </message>
    <message>
        <source>Resolution (dashed)</source>
        <translation>解决（虚线）</translation>
    </message>
    <message>
        <source>Open tickets by region and tier</source>
        <translation>各区域、各等级的未结工单</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Mean response hours by region</source>
        <translation>各区域平均响应小时数</translation>
    </message>
    <message>
        <source>This week (bars)</source>
        <translation>本周（柱）</translation>
    </message>
    <message numerus="yes">
        <source>Mean of the previous %n week(s) (squares)</source>
        <translation>
            <numerusform>前 %n 周平均（方块）</numerusform>
        </translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
</context>
<context>
    <name>ingot::BoardCountersWidget</name>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>临近超时</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Breached today</source>
        <translation>今日超时</translation>
    </message>
    <message>
        <source>Breached this month</source>
        <translation>本月超时</translation>
    </message>
    <message>
        <source>Tier A</source>
        <translation>A 级</translation>
    </message>
    <message>
        <source>Tier B</source>
        <translation>B 级</translation>
    </message>
    <message>
        <source>Tier C</source>
        <translation>C 级</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ingot::ComplaintKeywordsPanel</name>
    <message>
        <source>Complaint keywords this month</source>
        <translation>本月投诉关键词</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>The most frequent terms in the titles and descriptions of this month&apos;s tickets (cancelled ones left out). Count: tickets using the term; share: of all the month&apos;s tickets.</source>
        <translation>本月工单（不含已取消）标题和描述中出现最多的词。数量：含该词的工单数；占比：占本月全部工单的比例。</translation>
    </message>
    <message>
        <source>%1: no complaint text to count yet.</source>
        <translation>%1：暂无可统计的投诉文本。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n ticket(s) · count and share of tickets using the term</source>
        <translation>
            <numerusform>%1 · %n 张工单 · 含该词的工单数及占比</numerusform>
        </translation>
    </message>
    <message>
        <source>The keywords could not be counted: %1</source>
        <translation>无法统计关键词：%1</translation>
    </message>
</context>
<context>
    <name>ingot::CsvTable</name>
    <message>
        <source>the file is empty; the first line must name the columns</source>
        <translation>文件为空；第一行必须是列名</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; allowed: %2</source>
        <translation>未知列“%1”；允许的列：%2</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>“%1”列出现了两次</translation>
    </message>
    <message>
        <source>required column &apos;%1&apos; is missing</source>
        <translation>缺少必需的列“%1”</translation>
    </message>
</context>
<context>
    <name>ingot::CustomerArchiveWindow</name>
    <message>
        <source>The archive of %1 could not be read: %2</source>
        <translation>无法读取 %1 的档案：%2</translation>
    </message>
    <message>
        <source>Customer archive — %1</source>
        <translation>客户档案 — %1</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Tier %1 (override)</source>
        <translation>%1 级（人工指定）</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>Health %1 · %2</source>
        <translation>健康度 %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1（%2 %3）</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 t/year declared</source>
        <translation>申报每年 %1 吨</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>Effective tier %1, set by an override; the rule gives %2.</source>
        <translation>当前等级 %1 为人工指定；按规则应为 %2。</translation>
    </message>
    <message>
        <source>Tier %1 by the rule:</source>
        <translation>按规则评定为 %1 级：</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>服务：%1</translation>
    </message>
    <message>
        <source>%1 / %2 — %3</source>
        <translation>%1 / %2 — %3</translation>
    </message>
    <message>
        <source>%1 of 100 (%2):</source>
        <translation>%1 分（满分 100，%2）：</translation>
    </message>
    <message numerus="yes">
        <source>%1/5 on average over %n survey(s), all time</source>
        <translation>
            <numerusform>历史 %n 次调查平均 %1/5</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answered yet.</source>
        <translation>尚无满意度调查结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open · %2 breached · %3 reopened</source>
        <translation>未结 %1 · 超时 %2 · 重开 %3</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 笔订单</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 t · %2 CNY</source>
        <translation>%1 吨 · %2 元</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>工单（%1）</translation>
    </message>
    <message>
        <source>Orders and batches (%1)</source>
        <translation>订单与批次（%1）</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>回访跟进（%1）</translation>
    </message>
    <message>
        <source>Tier history (%1)</source>
        <translation>等级变更记录（%1）</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>未交付</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>牌号</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次号</translation>
    </message>
    <message>
        <source>Tons</source>
        <translation>吨数</translation>
    </message>
    <message>
        <source>Value (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ingot::CustomerCompleter</name>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
</context>
<context>
    <name>ingot::CustomerDeskActions</name>
    <message>
        <source>Customer &amp;archive…</source>
        <translation>客户档案(&amp;A)…</translation>
    </message>
    <message>
        <source>Everything about the caller in one place: tickets, orders, surveys, health</source>
        <translation>来电客户的一切集中在一处：工单、订单、满意度、健康度</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Customer code or part of the name:</source>
        <translation>客户编码或部分名称：</translation>
    </message>
    <message>
        <source>No customer matches &apos;%1&apos;.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>Service tasks</source>
        <translation>服务任务</translation>
    </message>
    <message>
        <source>Service &amp;tasks</source>
        <translation>服务任务(&amp;T)</translation>
    </message>
    <message>
        <source>Your follow-up visits, inspections and seasonal advice, soonest first</source>
        <translation>您的回访、巡检和季节性提醒，按到期先后排列</translation>
    </message>
</context>
<context>
    <name>ingot::CustomerTicketsModel</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>resolved %1</source>
        <translation>%1 解决</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA 超时</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <source>%1
Order %2, batch %3</source>
        <translation>%1
订单 %2，批次 %3</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报障时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>技术人员</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>ingot::DatabaseSettingWidget</name>
    <message>
        <source>This desk&apos;s own file, or postgresql://user@host:5432/dbname</source>
        <translation>本工作台自己的文件，或 postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>PostgreSQL password file (else ~/.pgpass or $PGPASSWORD)</source>
        <translation>PostgreSQL 密码文件（否则使用 ~/.pgpass 或 $PGPASSWORD）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PostgreSQL password file</source>
        <translation>PostgreSQL 密码文件</translation>
    </message>
    <message>
        <source>Restart IngotDesk to connect to it. --db and $INGOTDESK_DB still win over this setting.</source>
        <translation>重新启动 IngotDesk 后连接到它。--db 和 $INGOTDESK_DB 仍优先于此设置。</translation>
    </message>
    <message>
        <source>Team mode: desks on this server see each other&apos;s changes within seconds. The password is never stored here.</source>
        <translation>团队模式：同一服务器上的工作台在几秒内即可看到彼此的更改。此处从不保存密码。</translation>
    </message>
    <message>
        <source>The database applies when IngotDesk starts.</source>
        <translation>数据库设置在 IngotDesk 启动时生效。</translation>
    </message>
</context>
<context>
    <name>ingot::DispatchEngine</name>
    <message>
        <source>any level</source>
        <translation>任何级别</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>%1 certification; %2 accepts %3</source>
        <translation>%1认证；%2 接受%3</translation>
    </message>
    <message>
        <source>%1 certification is below what %2 needs (%3): not suggested</source>
        <translation>%1认证低于 %2 的要求（%3）：不推荐</translation>
    </message>
    <message>
        <source>in the dedicated team %1 of tier-%2 accounts</source>
        <translation>属于 %2 级客户专属团队 %1</translation>
    </message>
    <message>
        <source>not in the dedicated team %1 of tier-%2 accounts</source>
        <translation>不属于 %2 级客户专属团队 %1</translation>
    </message>
    <message>
        <source>kept free for dedicated accounts (team %1)</source>
        <translation>留给专属客户（%1）</translation>
    </message>
    <message>
        <source>skilled in %1</source>
        <translation>擅长%1</translation>
    </message>
    <message>
        <source>no skill listed for %1</source>
        <translation>未登记%1技能</translation>
    </message>
    <message>
        <source>works in the customer&apos;s region %1</source>
        <translation>在客户所在区域%1工作</translation>
    </message>
    <message>
        <source>works in %1, the customer is in %2</source>
        <translation>在%1工作，客户在%2</translation>
    </message>
    <message numerus="yes">
        <source>%n open ticket(s) in the queue</source>
        <translation>
            <numerusform>队列中有 %n 张未结工单</numerusform>
        </translation>
    </message>
    <message>
        <source>at or over capacity (%1 open, capacity %2)</source>
        <translation>已满负荷（未结 %1 张，上限 %2）</translation>
    </message>
    <message>
        <source>off duty by calendar %1 until %2</source>
        <translation>按日历 %1 不在岗，%2 上岗</translation>
    </message>
    <message>
        <source>same score as %1; ahead with fewer open tickets (%2 against %3)</source>
        <translation>与 %1 同分；未结工单更少（%2 对 %3），排在前面</translation>
    </message>
    <message>
        <source>same score as %1; ahead with the higher certification</source>
        <translation>与 %1 同分；认证级别更高，排在前面</translation>
    </message>
    <message>
        <source>same score and load as %1; ahead by login order only</source>
        <translation>与 %1 同分同负荷；仅按登录名顺序排前</translation>
    </message>
    <message>
        <source>There are no technicians to dispatch to.</source>
        <translation>没有可派单的技术人员。</translation>
    </message>
    <message>
        <source>Nobody has the certification %1 needs (%2); escalate to a supervisor.</source>
        <translation>没有人具备 %1 所需的认证（%2）；请上报主管。</translation>
    </message>
    <message>
        <source>Nobody lists the skill %1; ranked on the other rules.</source>
        <translation>没有人登记了%1技能；按其他规则排序。</translation>
    </message>
    <message>
        <source>The dedicated team %1 has nobody who can take this ticket.</source>
        <translation>专属团队 %1 中没有人能接此工单。</translation>
    </message>
    <message>
        <source>Everybody is at or over capacity; the least loaded come first.</source>
        <translation>所有人都已满负荷；负荷最少者排前。</translation>
    </message>
    <message>
        <source>Nobody is on duty now by their working calendar.</source>
        <translation>按工作日历，目前无人在岗。</translation>
    </message>
</context>
<context>
    <name>ingot::DispatchRules</name>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a list of tiers such as [&quot;A&quot;]</source>
        <translation>必须是客户等级列表，例如 [&quot;A&quot;]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tier (A, B or C)</source>
        <translation>“%1”不是客户等级（A、B 或 C）</translation>
    </message>
    <message>
        <source>must be a team name</source>
        <translation>必须是团队名称</translation>
    </message>
    <message>
        <source>must map priorities to levels, e.g. {&quot;P1&quot;: &quot;intermediate&quot;}</source>
        <translation>必须把优先级对应到级别，例如 {&quot;P1&quot;: &quot;intermediate&quot;}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a priority (P1-P4)</source>
        <translation>“%1”不是优先级（P1-P4）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level (junior, intermediate, senior)</source>
        <translation>“%1”不是级别（junior 初级、intermediate 中级、senior 高级）</translation>
    </message>
    <message>
        <source>unknown dispatch rule</source>
        <translation>未知的派单规则</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
</context>
<context>
    <name>ingot::FilterBar</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未派单</translation>
    </message>
</context>
<context>
    <name>ingot::FirstRunWizard</name>
    <message>
        <source>Welcome to IngotDesk</source>
        <translation>欢迎使用 IngotDesk</translation>
    </message>
    <message>
        <source>A new desk database</source>
        <translation>新的数据库</translation>
    </message>
    <message>
        <source>&lt;p&gt;This database has no users yet.&lt;/p&gt;&lt;p&gt;First create the &lt;b&gt;administrator&lt;/b&gt;: the person who adds the agents, technicians, supervisors and managers, sets SLA policies and calendars, and keeps the backups.&lt;/p&gt;&lt;p&gt;Everyone signs in with their own login from then on; every change is recorded in the audit trail under their name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此数据库还没有用户。&lt;/p&gt;&lt;p&gt;请先创建&lt;b&gt;管理员&lt;/b&gt;：由其添加客服、技术人员、主管和经理，设置 SLA 策略和日历，并负责备份。&lt;/p&gt;&lt;p&gt;此后每个人都用自己的登录名登录；每项更改都会以其名义记入审计记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>At least %1 characters, and not the login.</source>
        <translation>至少 %1 个字符，且不能与登录名相同。</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>创建管理员(&amp;C)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ingot::HealthScore</name>
    <message numerus="yes">
        <source>satisfaction %1/5 over %n survey(s)</source>
        <translation>
            <numerusform>满意度 %1/5（%n 次调查）</numerusform>
        </translation>
    </message>
    <message>
        <source>no survey in the last 12 months (counted as neutral)</source>
        <translation>近 12 个月没有满意度调查（按中性计）</translation>
    </message>
    <message>
        <source>%1 of %2 tickets breached an SLA target (%3)</source>
        <translation>%2 张工单中有 %1 张超出 SLA 时限（%3）</translation>
    </message>
    <message>
        <source>no ticket in the last 12 months</source>
        <translation>近 12 个月没有工单</translation>
    </message>
    <message>
        <source>%1 of %2 resolved tickets reopened (%3)</source>
        <translation>%2 张已解决工单中有 %1 张被重新打开（%3）</translation>
    </message>
    <message>
        <source>nothing resolved in the last 12 months</source>
        <translation>近 12 个月没有已解决的工单</translation>
    </message>
    <message>
        <source>ordered %1 t in the last 6 months against %2 t before (%3%)</source>
        <translation>近 6 个月订货 %1 吨，此前为 %2 吨（%3%）</translation>
    </message>
    <message>
        <source>new orders: %1 t in the last 6 months, none before</source>
        <translation>新增订货：近 6 个月 %1 吨，此前没有</translation>
    </message>
    <message>
        <source>no orders in the last 12 months</source>
        <translation>近 12 个月没有订货</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
</context>
<context>
    <name>ingot::HolidayEntryDialog</name>
    <message>
        <source>Holiday or make-up workday</source>
        <translation>节假日或调休工作日</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>例如 国庆节</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>all that observe holidays</source>
        <translation>所有遵循节假日的日历</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ingot::ImprovementActionsWindow</name>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · 已逾期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n 项措施</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>，%n 项逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new from recurring problems</source>
        <translation>
            <numerusform>由重复问题新建 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>No improvement action selected</source>
        <translation>未选择改进措施</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>tickets linked</source>
        <translation>已关联工单</translation>
    </message>
</context>
<context>
    <name>ingot::KnowledgeEditorWindow</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>两种语言</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The article has changes that are not saved. Save them?</source>
        <translation>文章有未保存的修改，是否保存？</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新文章</translation>
    </message>
    <message>
        <source>Fill in the code, the title and at least one section, then save (Ctrl+S).</source>
        <translation>填写编号、标题和至少一个栏目，然后保存（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Last changed %1 by %2.</source>
        <translation>最后修改：%1，%2。</translation>
    </message>
    <message>
        <source>Shipped with the program.</source>
        <translation>随程序提供。</translation>
    </message>
    <message numerus="yes">
        <source>Solved %n ticket(s).</source>
        <translation>
            <numerusform>已解决 %n 张工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retired %1 by %2: no longer suggested or found by search.</source>
        <translation>已于 %1 由 %2 停用：不再推荐，也搜索不到。</translation>
    </message>
    <message>
        <source>there is already an article %1 in %2: open it from the list to change it</source>
        <translation>已有%2文章 %1：请在列表中打开它再修改</translation>
    </message>
    <message>
        <source>Retire article</source>
        <translation>停用文章</translation>
    </message>
    <message>
        <source>Retire %1 &quot;%2&quot;? It will no longer be suggested to agents or found by search. Its text and the tickets it solved are kept, and it can be restored.</source>
        <translation>停用 %1“%2”？停用后不再向客服推荐，也搜索不到。文章内容和它解决过的工单都会保留，之后可以恢复。</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>质量知识库</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ingot::KnowledgeSuggestions</name>
    <message>
        <source>&lt;b&gt;Knowledge base&lt;/b&gt;</source>
        <translation>&lt;b&gt;质量知识库&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Suggestions appear as you type the title and description.</source>
        <translation>输入标题和描述时会出现建议。</translation>
    </message>
    <message>
        <source>This article solves it (recorded with the ticket)</source>
        <translation>此条目可解决（随工单记录）</translation>
    </message>
    <message>
        <source>%1 — matches: %2</source>
        <translation>%1 — 匹配：%2</translation>
    </message>
    <message>
        <source>No article matches yet.</source>
        <translation>暂无匹配的知识条目。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) may answer this report:</source>
        <translation>
            <numerusform>%n 个知识条目可能解答此报障：</numerusform>
        </translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>How to check</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理办法</translation>
    </message>
    <message>
        <source>What to tell the customer</source>
        <translation>对客户的说明</translation>
    </message>
    <message numerus="yes">
        <source>%1 · solved %n ticket(s)</source>
        <translation>
            <numerusform>%1 · 已解决 %n 张工单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ingot::KpiReportDialog</name>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF 文档 (.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>网页 (.html)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>CSV 表格 (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>JSON 数据 (.json)</translation>
    </message>
    <message>
        <source>Preview shows the report&apos;s pages here.</source>
        <translation>点击“预览”后在此显示报告页面。</translation>
    </message>
    <message>
        <source>Save the KPI report</source>
        <translation>保存 KPI 报告</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) reported in %1.</source>
        <translation>
            <numerusform>%1 报告工单 %n 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ingot::LiveUpdates</name>
    <message>
        <source>Live updates are on again.</source>
        <translation>实时更新已恢复。</translation>
    </message>
</context>
<context>
    <name>ingot::LoginDialog</name>
    <message>
        <source>Sign in to IngotDesk</source>
        <translation>登录 IngotDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IngotDesk&lt;/h3&gt;&lt;p&gt;Lead ingot service desk. Sign in with your login.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IngotDesk&lt;/h3&gt;&lt;p&gt;铅锭售后服务台。请使用您的登录名登录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. wang.fang</source>
        <translation>例如 wang.fang</translation>
    </message>
    <message>
        <source>Change it under Settings ▸ Language, or start the desk with --lang</source>
        <translation>可在“设置 ▸ 语言”中更改，或用 --lang 启动</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入登录名。</translation>
    </message>
</context>
<context>
    <name>ingot::MainWindow</name>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>IngotDesk — lead ingot service desk</source>
        <translation>IngotDesk — 铅锭售后服务台</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>Log a customer&apos;s report</source>
        <translation>登记客户报障</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the queue and the shown ticket again</source>
        <translation>重新读取工单队列和当前工单</translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation>搜索工单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>语言(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;About IngotDesk</source>
        <translation>关于 IngotDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Ticket &amp;pane</source>
        <translation>工单面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>客服：%1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>共 %n 张工单</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket %1 created.</source>
        <translation>工单 %1 已创建。</translation>
    </message>
    <message>
        <source>About IngotDesk</source>
        <translation>关于 IngotDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IngotDesk %1&lt;/h3&gt;&lt;p&gt;After-sales service desk for suppliers of refined lead ingots: from the customer&apos;s report to the satisfaction survey, with a history everyone can trust.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IngotDesk %1&lt;/h3&gt;&lt;p&gt;面向精炼铅锭供应商的售后服务台：从客户报障到满意度调查，全程留痕、人人可信。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n SLA clock(s) just breached: %1 response, %2 assessment, %3 resolution.</source>
        <translation>
            <numerusform>%n 个 SLA 计时刚刚超时：响应 %1 个，评估 %2 个，解决 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>SLA sweep failed: %1</source>
        <translation>SLA 检查失败：%1</translation>
    </message>
    <message>
        <source>PostgreSQL database (team mode)</source>
        <translation>PostgreSQL 数据库（团队模式）</translation>
    </message>
</context>
<context>
    <name>ingot::NewTicketDialog</name>
    <message>
        <source>&amp;Create ticket</source>
        <translation>创建工单(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>No order (pick a customer first)</source>
        <translation>无订单（请先选择客户）</translation>
    </message>
    <message>
        <source>Choose a category…</source>
        <translation>请选择类别…</translation>
    </message>
    <message>
        <source>A ticket you started at %1 was not created: “%2”. Restore it?</source>
        <translation>您在 %1 开始填写的工单尚未创建：“%2”。要恢复吗？</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>无订单</translation>
    </message>
    <message>
        <source>%1 · %2 · batch %3 · %4 t</source>
        <translation>%1 · %2 · 批次 %3 · %4 吨</translation>
    </message>
    <message>
        <source> · delivered %1</source>
        <translation> · %1 交付</translation>
    </message>
    <message>
        <source>Pick the customer who called.</source>
        <translation>请选择来电的客户。</translation>
    </message>
    <message>
        <source>Pick a customer from the list (Enter takes the first match for “%1”).</source>
        <translation>请从列表中选择客户（回车选择“%1”的第一个匹配）。</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Choose the kind of problem.</source>
        <translation>请选择问题类别。</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Enter a short title.</source>
        <translation>请输入简短标题。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message numerus="yes">
        <source>The title needs at least %n characters.</source>
        <translation>
            <numerusform>标题至少需要 %n 个字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: Ctrl+Enter creates the ticket.</source>
        <translation>已就绪：按 Ctrl+Enter 创建工单。</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>还需填写：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ingot::NextBreachModel</name>
    <message>
        <source>unassigned</source>
        <translation>未派单</translation>
    </message>
    <message>
        <source>At risk: 75% or more of the target used</source>
        <translation>临近超时：已用去目标时长的 75% 以上</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
</context>
<context>
    <name>ingot::QualityMenu</name>
    <message>
        <source>&amp;Quality</source>
        <translation>质量(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Improvement actions…</source>
        <translation>改进措施(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Batch trace…</source>
        <translation>批次追溯(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Knowledge base…</source>
        <translation>质量知识库(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>ingot::ReportsMenu</name>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>Monthly &amp;KPI report…</source>
        <translation>月度 KPI 报告(&amp;K)…</translation>
    </message>
    <message>
        <source>The month&apos;s KPIs against targets as PDF, Excel, HTML, CSV or JSON</source>
        <translation>当月 KPI 与目标对比，可导出 PDF、Excel、HTML、CSV 或 JSON</translation>
    </message>
</context>
<context>
    <name>ingot::SatisfactionTrendWidget</name>
    <message numerus="yes">
        <source>%1: %2 over %n survey(s)</source>
        <translation>
            <numerusform>%1：%n 次调查，平均 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no survey</source>
        <translation>%1：无调查</translation>
    </message>
</context>
<context>
    <name>ingot::SecurityMenu</name>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <translation>当前登录：%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>The desk was started without signing in (--local-admin)</source>
        <translation>服务台启动时未登录（--local-admin）</translation>
    </message>
    <message>
        <source>Local administrator: %1</source>
        <translation>本地管理员：%1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ingot::ServiceTasksPanel</name>
    <message>
        <source>&amp;Mine only</source>
        <translation>只看我的(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel task…</source>
        <translation>取消任务(&amp;N)…</translation>
    </message>
    <message>
        <source>Only the tasks whose owner is the signed-in user</source>
        <translation>只显示负责人为当前登录用户的任务</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>No open service tasks.</source>
        <translation>没有未完成的服务任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s).</source>
        <translation>
            <numerusform>%n 个未完成任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a task first.</source>
        <translation>请先选择一个任务。</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>任务完成</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>What was done? (visit notes, advice given)</source>
        <translation>做了什么？（拜访记录、给出的建议）</translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <translation>为什么取消？</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>%1 for %2: %3.</source>
        <translation>%2 的%1：%3。</translation>
    </message>
</context>
<context>
    <name>ingot::SettingsDialog</name>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language applies when IngotDesk starts.</source>
        <translation>语言在 IngotDesk 启动时生效。</translation>
    </message>
    <message>
        <source>Restart IngotDesk to use the new language.</source>
        <translation>重新启动 IngotDesk 后使用新语言。</translation>
    </message>
    <message>
        <source>SLA notices for &amp;every ticket, not only mine</source>
        <translation>接收所有工单的 SLA 提醒，而不只是我的(&amp;E)</translation>
    </message>
    <message>
        <source>The tray tells you when any open ticket turns at risk or breaches</source>
        <translation>任何未结工单出现超时风险或超时时，系统托盘都会提醒您</translation>
    </message>
    <message>
        <source>Only supervisors and admins may follow every ticket; you hear about the tickets assigned to you (agents: also those you logged)</source>
        <translation>只有主管和管理员可以关注所有工单；您会收到分派给您的工单的提醒（客服：还包括您登记的工单）</translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation>托盘：</translation>
    </message>
    <message>
        <source>Connect to:</source>
        <translation>连接到：</translation>
    </message>
</context>
<context>
    <name>ingot::SlaBoardActions</name>
    <message>
        <source>SLA &amp;board</source>
        <translation>SLA 看板(&amp;B)</translation>
    </message>
    <message>
        <source>Counters, next breaches and trends per region and tier, refreshed by themselves</source>
        <translation>按区域和等级的计数、即将超时的工单和趋势，自动刷新</translation>
    </message>
</context>
<context>
    <name>ingot::SlaBoardWindow</name>
    <message>
        <source>SLA board — IngotDesk</source>
        <translation>SLA 看板 — IngotDesk</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部班组</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often the board reads the database again</source>
        <translation>看板多久重新读取一次数据库</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Wall mode (F11)</source>
        <translation>大屏模式 (F11)</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>班组：</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>刷新间隔</translation>
    </message>
    <message>
        <source>Next to breach</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Double-click a ticket to open it in the desk</source>
        <translation>双击工单在服务台中打开</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message>
        <source>SLA board · %1</source>
        <translation>SLA 看板 · %1</translation>
    </message>
    <message>
        <source>Updated %1 (%2 ms)</source>
        <translation>更新于 %1（%2 毫秒）</translation>
    </message>
    <message>
        <source>No region or category is unusually slow or busy this week.</source>
        <translation>本周没有区域或问题类别明显变慢或激增。</translation>
    </message>
    <message>
        <source>Unusual this week:</source>
        <translation>本周异常：</translation>
    </message>
    <message>
        <source>Export the board</source>
        <translation>导出看板</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The image could not be written to %1.</source>
        <translation>无法将图片写入 %1。</translation>
    </message>
</context>
<context>
    <name>ingot::SlaCalendarsTab</name>
    <message>
        <source>Unsaved calendar</source>
        <translation>日历未保存</translation>
    </message>
    <message>
        <source>The hours of calendar &quot;%1&quot; have changed. Save them?</source>
        <translation>日历“%1”的服务时间已修改。是否保存？</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>A new calendar with these hours, to change and then choose in a new policy version</source>
        <translation>以这些服务时间新建一个日历，修改后可在新的策略版本中选用</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Observe &amp;holidays and make-up workdays</source>
        <translation>遵循节假日和调休工作日(&amp;H)</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>Local times, several intervals a day separated by commas, e.g. 08:30-12:00, 13:00-17:30; 24:00 ends at midnight; empty for a closed day.</source>
        <translation>本地时间，每天可有多个时段，用逗号分隔，例如 08:30-12:00, 13:00-17:30；24:00 表示到午夜；留空表示当天不服务。</translation>
    </message>
    <message>
        <source>&amp;Save calendar</source>
        <translation>保存日历(&amp;S)</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation>（内置）</translation>
    </message>
    <message>
        <source> (in use)</source>
        <translation>（使用中）</translation>
    </message>
    <message>
        <source>Built-in calendar: read-only. Copy it to define other hours.</source>
        <translation>内置日历：只读。复制后可定义其他服务时间。</translation>
    </message>
    <message>
        <source>Counts the clocks of %1, so its hours stay as they are: tickets keep the hours they were reported under. Copy it, change the copy, and choose the copy in a new policy version from a future date.</source>
        <translation>%1 的 SLA 时钟按此日历计算，因此其服务时间保持不变：工单保留报告时的服务时间。请复制它、修改副本，并在自将来日期生效的新策略版本中选用副本。</translation>
    </message>
    <message>
        <source>Chosen by %1, not in force yet: changes apply to every ticket reported under it.</source>
        <translation>已被 %1 选用，尚未生效：修改将适用于在该版本下报告的所有工单。</translation>
    </message>
    <message>
        <source>Not used by any policy yet.</source>
        <translation>尚未被任何策略使用。</translation>
    </message>
    <message>
        <source>New calendar: give it a name and its weekly hours, then save.</source>
        <translation>新日历：请填写名称和每周服务时间，然后保存。</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Copy of %1, not saved yet: rename it, change its hours, then save.</source>
        <translation>%1 的副本，尚未保存：请重命名、修改服务时间，然后保存。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not of the form 08:30-12:00, 13:00-17:30.</source>
        <translation>%1：“%2”的格式不对，应为 08:30-12:00, 13:00-17:30。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved calendar &quot;%1&quot;.</source>
        <translation>已保存日历“%1”。</translation>
    </message>
</context>
<context>
    <name>ingot::SlaPolicyModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min (%2)</source>
        <translation>%1 分钟（%2）</translation>
    </message>
    <message>
        <source>Service minutes of the %1 calendar</source>
        <translation>按 %1 日历计算的服务分钟数</translation>
    </message>
</context>
<context>
    <name>ingot::SlaSettingsActions</name>
    <message>
        <source>Service &amp;levels…</source>
        <translation>服务等级(&amp;L)…</translation>
    </message>
    <message>
        <source>SLA targets per tier and priority, calendars, holidays and make-up workdays</source>
        <translation>按客户等级和优先级设定的 SLA 时限、服务日历、节假日和调休工作日</translation>
    </message>
</context>
<context>
    <name>ingot::SlaSettingsWindow</name>
    <message>
        <source>Service levels — IngotDesk</source>
        <translation>服务等级 — IngotDesk</translation>
    </message>
    <message>
        <source>SLA &amp;policy</source>
        <translation>SLA 策略(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Holidays and make-up days</source>
        <translation>节假日与调休(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Tier %1:</source>
        <translation>%1 级：</translation>
    </message>
    <message>
        <source>Calendars:</source>
        <translation>服务日历：</translation>
    </message>
    <message>
        <source>A running clock is at risk from this share of its target on</source>
        <translation>计时用到时限的这一比例时即进入超时预警</translation>
    </message>
    <message>
        <source>&amp;At risk from:</source>
        <translation>超时预警起点(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Name of the new version:</source>
        <translation>新版本名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Tickets reported from this instant on get the new targets; earlier ones keep theirs</source>
        <translation>自此时刻起报障的工单使用新时限；之前的工单沿用原时限</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>生效时间(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Columns date, kind (holiday/workday), name and optionally calendar; all rows or none</source>
        <translation>列为 date、kind（holiday/workday）、name，可选 calendar；全部导入或全部不导入</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>服务日历</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>导入节假日</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — 自 %2 起</translation>
    </message>
    <message>
        <source> (in force)</source>
        <translation>（生效中）</translation>
    </message>
    <message>
        <source>Give the new version a name, e.g. &quot;2027 contract terms&quot;.</source>
        <translation>请为新版本命名，例如“2027 合同条款”。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: tickets reported from %2 on get these targets.</source>
        <translation>已保存“%1”：自 %2 起报障的工单使用这些时限。</translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation>调休工作日</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>all that observe holidays</source>
        <translation>所有遵循节假日的日历</translation>
    </message>
    <message>
        <source>Nothing was imported:
%1</source>
        <translation>未导入任何内容：
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — from the start</source>
        <translation>%1 — 自最初起</translation>
    </message>
    <message>
        <source>&amp;Calendars</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Add date…</source>
        <translation>添加日期(&amp;A)…</translation>
    </message>
    <message>
        <source>A holiday or make-up workday after today; double-click a row to change it</source>
        <translation>今天以后的节假日或调休工作日；双击一行可修改</translation>
    </message>
    <message>
        <source>&amp;Remove date</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Select the date to remove.</source>
        <translation>请选择要删除的日期。</translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Remove %1 from the holiday list?</source>
        <translation>从节假日列表中删除 %1？</translation>
    </message>
</context>
<context>
    <name>ingot::TicketDetailWidget</name>
    <message>
        <source>Unassigned</source>
        <translation>未派单</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 / batch %2</source>
        <translation>%1 / 批次 %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>no description</source>
        <translation>无描述</translation>
    </message>
    <message>
        <source>Not recorded: the ticket was changed at another desk after you opened it. It has been reloaded; check it and try again. (%1)</source>
        <translation>未记录：您打开此工单后，其他客服已修改了它。工单已重新加载，请核对后再试。（%1）</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>%1 recorded.</source>
        <translation>已记录：%1。</translation>
    </message>
</context>
<context>
    <name>ingot::TicketHistoryModel</name>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5 分</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>处理内容</translation>
    </message>
</context>
<context>
    <name>ingot::TicketQueueModel</name>
    <message>
        <source>Unassigned</source>
        <translation>未派单</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>点击排序</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>报障时间</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下一时限</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>ingot::TierAssessment</name>
    <message>
        <source>%1 t ordered in the last 12 months (%2 orders), more than the declared %3 t/year</source>
        <translation>近 12 个月订货 %1 吨（%2 笔订单），超过申报的每年 %3 吨</translation>
    </message>
    <message>
        <source>declared volume %1 t/year; %2 orders (%3 t) in the last 12 months</source>
        <translation>申报年用量 %1 吨；近 12 个月 %2 笔订单（%3 吨）</translation>
    </message>
    <message>
        <source>A: volume %1 t ≥ %2 t</source>
        <translation>A 级：用量 %1 吨 ≥ %2 吨</translation>
    </message>
    <message>
        <source>A: volume %1 t ≥ %2 t and %3 years of cooperation ≥ %4</source>
        <translation>A 级：用量 %1 吨 ≥ %2 吨，且合作 %3 年 ≥ %4 年</translation>
    </message>
    <message>
        <source>B: volume %1 t ≥ %2 t, below the A thresholds</source>
        <translation>B 级：用量 %1 吨 ≥ %2 吨，未达 A 级门槛</translation>
    </message>
    <message>
        <source>B: %1 years of cooperation ≥ %2, volume %3 t below %4 t</source>
        <translation>B 级：合作 %1 年 ≥ %2 年，用量 %3 吨低于 %4 吨</translation>
    </message>
    <message>
        <source>C: volume %1 t below %2 t and %3 years of cooperation below %4</source>
        <translation>C 级：用量 %1 吨低于 %2 吨，且合作 %3 年低于 %4 年</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IngotDesk cannot open the database
%1

%2</source>
        <translation>IngotDesk 无法打开数据库
%1

%2</translation>
    </message>
    <message>
        <source>IngotDesk</source>
        <translation>IngotDesk</translation>
    </message>
</context>
</TS>
