-- Schema 6: the quality loop. Knowledge base articles with a full-text index, survey answers and
-- the follow-ups low scores create, improvement actions with their linked tickets and history,
-- laboratory assays checked against editable grade limits, and the stop words of the complaint
-- keyword count. Instants are UTC epoch seconds.

-- One article per code and language; the code ties the Chinese and English texts together.
CREATE TABLE kb_articles (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL,
    language       TEXT NOT NULL CHECK (language IN ('zh', 'en')),
    category       TEXT NOT NULL,
    title          TEXT NOT NULL,
    cause          TEXT NOT NULL DEFAULT '',
    check_text     TEXT NOT NULL DEFAULT '',
    action_text    TEXT NOT NULL DEFAULT '',
    customer_reply TEXT NOT NULL DEFAULT '',
    keywords       TEXT NOT NULL DEFAULT '',
    updated_at     INTEGER NOT NULL DEFAULT 0,
    updated_by     TEXT NOT NULL DEFAULT '',
    UNIQUE (code, language)
);
CREATE INDEX kb_articles_category ON kb_articles (category, language);

-- Full-text search the way ticket search does it (schema 4): a trigram index answers terms of three
-- characters or more, Chinese or not; a bigram index (overlapping 2-character windows, positions
-- from search_positions) answers the 1- and 2-character terms a trigram index cannot (气孔, 氧化,
-- 包装). Both are external-content tables over one view, kept right by plain-SQL triggers.
CREATE VIEW kb_search_source AS
SELECT a.id AS id,
       a.title AS title,
       a.keywords AS keywords,
       a.cause || char(10) || a.check_text || char(10) || a.action_text || char(10) || a.customer_reply AS body,
       ifnull((SELECT group_concat(substr(a.title, p.n, 2), ' ') FROM search_positions p
               WHERE p.n <= length(a.title)), '')
           || char(10) ||
       ifnull((SELECT group_concat(substr(a.keywords, p.n, 2), ' ') FROM search_positions p
               WHERE p.n <= length(a.keywords)), '')
           || char(10) ||
       ifnull((SELECT group_concat(substr(a.cause, p.n, 2), ' ') FROM search_positions p
               WHERE p.n <= length(a.cause)), '')
           || char(10) ||
       ifnull((SELECT group_concat(substr(a.check_text, p.n, 2), ' ') FROM search_positions p
               WHERE p.n <= length(a.check_text)), '')
           || char(10) ||
       ifnull((SELECT group_concat(substr(a.action_text, p.n, 2), ' ') FROM search_positions p
               WHERE p.n <= length(a.action_text)), '')
           || char(10) ||
       ifnull((SELECT group_concat(substr(a.customer_reply, p.n, 2), ' ') FROM search_positions p
               WHERE p.n <= length(a.customer_reply)), '')
           AS grams
FROM kb_articles a;

CREATE VIRTUAL TABLE kb_fts USING fts5(
    title, keywords, body,
    content = 'kb_search_source', content_rowid = 'id', tokenize = 'trigram');
CREATE VIRTUAL TABLE kb_bigrams USING fts5(
    grams,
    content = 'kb_search_source', content_rowid = 'id', detail = none,
    tokenize = 'unicode61 remove_diacritics 0');

CREATE TRIGGER kb_articles_search_insert AFTER INSERT ON kb_articles
BEGIN
    INSERT INTO kb_fts (rowid, title, keywords, body)
    SELECT id, title, keywords, body FROM kb_search_source WHERE id = new.id;
    INSERT INTO kb_bigrams (rowid, grams) SELECT id, grams FROM kb_search_source WHERE id = new.id;
END;
CREATE TRIGGER kb_articles_search_before_update BEFORE UPDATE ON kb_articles
BEGIN
    INSERT INTO kb_fts (kb_fts, rowid, title, keywords, body)
    SELECT 'delete', id, title, keywords, body FROM kb_search_source WHERE id = old.id;
    INSERT INTO kb_bigrams (kb_bigrams, rowid, grams)
    SELECT 'delete', id, grams FROM kb_search_source WHERE id = old.id;
END;
CREATE TRIGGER kb_articles_search_after_update AFTER UPDATE ON kb_articles
BEGIN
    INSERT INTO kb_fts (rowid, title, keywords, body)
    SELECT id, title, keywords, body FROM kb_search_source WHERE id = new.id;
    INSERT INTO kb_bigrams (rowid, grams) SELECT id, grams FROM kb_search_source WHERE id = new.id;
END;
CREATE TRIGGER kb_articles_search_delete BEFORE DELETE ON kb_articles
BEGIN
    INSERT INTO kb_fts (kb_fts, rowid, title, keywords, body)
    SELECT 'delete', id, title, keywords, body FROM kb_search_source WHERE id = old.id;
    INSERT INTO kb_bigrams (kb_bigrams, rowid, grams)
    SELECT 'delete', id, grams FROM kb_search_source WHERE id = old.id;
END;

-- "Solved by article": which article answered which ticket.
CREATE TABLE kb_solutions (
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id),
    article_id INTEGER NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (ticket_id, article_id)
) WITHOUT ROWID;
CREATE INDEX kb_solutions_article ON kb_solutions (article_id);

-- One survey per ticket: sent (optional), then answered with a score 1-5 and a comment. The score
-- is also an event of the ticket's history (action `survey`); this row keeps the comment and when
-- the survey went out, so unanswered surveys can be listed.
CREATE TABLE surveys (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL UNIQUE REFERENCES tickets (id),
    sent_at     INTEGER,
    channel     TEXT NOT NULL DEFAULT '',
    score       INTEGER CHECK (score BETWEEN 1 AND 5),
    comment     TEXT NOT NULL DEFAULT '',
    answered_at INTEGER,
    recorded_by TEXT NOT NULL DEFAULT ''
);

-- A low score's follow-up by the supervisor: progress to the customer within 24 hours, closed
-- within 7 days (seed §四(二)3). At most one per survey.
CREATE TABLE survey_followups (
    id              INTEGER PRIMARY KEY,
    survey_id       INTEGER NOT NULL UNIQUE REFERENCES surveys (id),
    ticket_id       INTEGER NOT NULL REFERENCES tickets (id),
    score           INTEGER NOT NULL,
    comment         TEXT NOT NULL DEFAULT '',
    owner           TEXT NOT NULL DEFAULT 'supervisor',
    created_at      INTEGER NOT NULL,
    progress_due_at INTEGER NOT NULL,
    close_due_at    INTEGER NOT NULL,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'progress', 'closed')),
    progress_at     INTEGER,
    closed_at       INTEGER,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX survey_followups_status ON survey_followups (status, close_due_at);

-- Improvement actions (改进措施) and the recurring problem they answer.
CREATE TABLE improvement_actions (
    id                INTEGER PRIMARY KEY,
    action_no         TEXT NOT NULL UNIQUE,
    title             TEXT NOT NULL,
    signature         TEXT NOT NULL DEFAULT '',
    category          TEXT NOT NULL DEFAULT '',
    customer_code     TEXT NOT NULL DEFAULT '',
    batch_no          TEXT NOT NULL DEFAULT '',
    region            TEXT NOT NULL DEFAULT '',
    root_cause        TEXT NOT NULL DEFAULT '',
    corrective_action TEXT NOT NULL DEFAULT '',
    owner             TEXT NOT NULL DEFAULT '',
    due_at            INTEGER,
    verification      TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'verified', 'closed')),
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    verified_at       INTEGER,
    closed_at         INTEGER,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX improvement_actions_signature ON improvement_actions (signature, status);
CREATE INDEX improvement_actions_status ON improvement_actions (status, due_at);

CREATE TABLE improvement_tickets (
    action_id INTEGER NOT NULL REFERENCES improvement_actions (id),
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    linked_at INTEGER NOT NULL,
    PRIMARY KEY (action_id, ticket_id)
) WITHOUT ROWID;
CREATE INDEX improvement_tickets_ticket ON improvement_tickets (ticket_id);

CREATE TABLE improvement_events (
    id          INTEGER PRIMARY KEY,
    action_id   INTEGER NOT NULL REFERENCES improvement_actions (id),
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    what        TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX improvement_events_action ON improvement_events (action_id, id);
CREATE TRIGGER improvement_events_no_update BEFORE UPDATE ON improvement_events
BEGIN
    SELECT RAISE(ABORT, 'improvement history is append-only');
END;
CREATE TRIGGER improvement_events_no_delete BEFORE DELETE ON improvement_events
BEGIN
    SELECT RAISE(ABORT, 'improvement history is append-only');
END;

CREATE TABLE improvement_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

-- Batch traceability looks tickets up by batch number.
CREATE INDEX tickets_batch ON tickets (batch_no) WHERE batch_no <> '';

-- Chemical limits per GB/T 469 grade, percent by mass: element 'Pb' is the minimum lead content,
-- 'total' the maximum sum of impurities, any other element a maximum. Editable data: the shipped
-- values follow the layout of GB/T 469-2013 and are EXAMPLE DATA to be verified against the
-- edition of the standard (or the contract) in force before they decide a claim.
CREATE TABLE grade_limits (
    grade     TEXT NOT NULL,
    element   TEXT NOT NULL,
    limit_pct REAL NOT NULL CHECK (limit_pct >= 0 AND limit_pct <= 100),
    source    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (grade, element)
) WITHOUT ROWID;
INSERT INTO grade_limits (grade, element, limit_pct, source)
SELECT g.grade, e.element, e.v, 'GB/T 469-2013 (example data, verify)'
FROM (SELECT 'Pb99.994' AS grade UNION ALL SELECT 'Pb99.990' UNION ALL SELECT 'Pb99.985'
      UNION ALL SELECT 'Pb99.970' UNION ALL SELECT 'Pb99.940') g
JOIN (
    --         grade        element   limit
    SELECT 'Pb99.994' AS gr, 'Pb' AS element, 99.994 AS v UNION ALL
    SELECT 'Pb99.994', 'Ag', 0.0008 UNION ALL SELECT 'Pb99.994', 'Cu', 0.001 UNION ALL
    SELECT 'Pb99.994', 'Bi', 0.004 UNION ALL SELECT 'Pb99.994', 'As', 0.0005 UNION ALL
    SELECT 'Pb99.994', 'Sb', 0.0007 UNION ALL SELECT 'Pb99.994', 'Sn', 0.0005 UNION ALL
    SELECT 'Pb99.994', 'Zn', 0.0004 UNION ALL SELECT 'Pb99.994', 'Fe', 0.0005 UNION ALL
    SELECT 'Pb99.994', 'Cd', 0.0002 UNION ALL SELECT 'Pb99.994', 'Ni', 0.0002 UNION ALL
    SELECT 'Pb99.994', 'total', 0.006 UNION ALL

    SELECT 'Pb99.990', 'Pb', 99.990 UNION ALL
    SELECT 'Pb99.990', 'Ag', 0.0015 UNION ALL SELECT 'Pb99.990', 'Cu', 0.001 UNION ALL
    SELECT 'Pb99.990', 'Bi', 0.010 UNION ALL SELECT 'Pb99.990', 'As', 0.0005 UNION ALL
    SELECT 'Pb99.990', 'Sb', 0.0008 UNION ALL SELECT 'Pb99.990', 'Sn', 0.0005 UNION ALL
    SELECT 'Pb99.990', 'Zn', 0.0005 UNION ALL SELECT 'Pb99.990', 'Fe', 0.0010 UNION ALL
    SELECT 'Pb99.990', 'Cd', 0.0002 UNION ALL SELECT 'Pb99.990', 'Ni', 0.0002 UNION ALL
    SELECT 'Pb99.990', 'total', 0.010 UNION ALL

    SELECT 'Pb99.985', 'Pb', 99.985 UNION ALL
    SELECT 'Pb99.985', 'Ag', 0.0025 UNION ALL SELECT 'Pb99.985', 'Cu', 0.001 UNION ALL
    SELECT 'Pb99.985', 'Bi', 0.015 UNION ALL SELECT 'Pb99.985', 'As', 0.0005 UNION ALL
    SELECT 'Pb99.985', 'Sb', 0.0008 UNION ALL SELECT 'Pb99.985', 'Sn', 0.0005 UNION ALL
    SELECT 'Pb99.985', 'Zn', 0.0005 UNION ALL SELECT 'Pb99.985', 'Fe', 0.0010 UNION ALL
    SELECT 'Pb99.985', 'Cd', 0.0002 UNION ALL SELECT 'Pb99.985', 'Ni', 0.0005 UNION ALL
    SELECT 'Pb99.985', 'total', 0.015 UNION ALL

    SELECT 'Pb99.970', 'Pb', 99.970 UNION ALL
    SELECT 'Pb99.970', 'Ag', 0.0050 UNION ALL SELECT 'Pb99.970', 'Cu', 0.003 UNION ALL
    SELECT 'Pb99.970', 'Bi', 0.030 UNION ALL SELECT 'Pb99.970', 'As', 0.0010 UNION ALL
    SELECT 'Pb99.970', 'Sb', 0.004 UNION ALL SELECT 'Pb99.970', 'Sn', 0.0010 UNION ALL
    SELECT 'Pb99.970', 'Zn', 0.0005 UNION ALL SELECT 'Pb99.970', 'Fe', 0.0020 UNION ALL
    SELECT 'Pb99.970', 'Cd', 0.0010 UNION ALL SELECT 'Pb99.970', 'Ni', 0.0010 UNION ALL
    SELECT 'Pb99.970', 'total', 0.030 UNION ALL

    SELECT 'Pb99.940', 'Pb', 99.940 UNION ALL
    SELECT 'Pb99.940', 'Ag', 0.0080 UNION ALL SELECT 'Pb99.940', 'Cu', 0.005 UNION ALL
    SELECT 'Pb99.940', 'Bi', 0.060 UNION ALL SELECT 'Pb99.940', 'As', 0.0010 UNION ALL
    SELECT 'Pb99.940', 'Sb', 0.010 UNION ALL SELECT 'Pb99.940', 'Sn', 0.0010 UNION ALL
    SELECT 'Pb99.940', 'Zn', 0.0005 UNION ALL SELECT 'Pb99.940', 'Fe', 0.0020 UNION ALL
    SELECT 'Pb99.940', 'Cd', 0.0020 UNION ALL SELECT 'Pb99.940', 'Ni', 0.0020 UNION ALL
    SELECT 'Pb99.940', 'total', 0.060
) e ON e.gr = g.grade;

-- Laboratory assays of complained-about batches, with their verdict at the time of recording.
CREATE TABLE assays (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER REFERENCES tickets (id),
    batch_no    TEXT NOT NULL,
    grade       TEXT NOT NULL,
    measured_at INTEGER NOT NULL,
    lab         TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL DEFAULT '',
    pass        INTEGER NOT NULL CHECK (pass IN (0, 1)),
    failed      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assays_batch ON assays (batch_no);
CREATE INDEX assays_ticket ON assays (ticket_id);
CREATE TABLE assay_values (
    assay_id INTEGER NOT NULL REFERENCES assays (id),
    element  TEXT NOT NULL,
    percent  REAL NOT NULL CHECK (percent >= 0 AND percent <= 100),
    PRIMARY KEY (assay_id, element)
) WITHOUT ROWID;

-- Words the complaint keyword count ignores: filler of complaint text, not topics.
CREATE TABLE stop_words (
    word TEXT PRIMARY KEY
) WITHOUT ROWID;
INSERT INTO stop_words (word) VALUES
    ('客户'), ('我们'), ('你们'), ('他们'), ('反映'), ('要求'), ('问题'), ('情况'), ('发现'), ('需要'),
    ('影响'), ('进行'), ('出现'), ('已经'), ('没有'), ('可以'), ('一个'), ('这个'), ('那个'), ('部分'),
    ('目前'), ('现在'), ('以及'), ('因为'), ('所以'), ('但是'), ('如果'), ('还是'), ('或者'), ('希望'),
    ('确认'), ('相关'), ('处理'), ('本批'), ('批次'), ('铅锭'), ('一下'), ('一些'), ('多少'), ('怎么'),
    ('什么'), ('是否'), ('不是'), ('就是'), ('比较'), ('较多'), ('导致'), ('存在'), ('造成'), ('无法'),
    ('the'), ('and'), ('for'), ('with'), ('from'), ('that'), ('this'), ('are'), ('was'), ('were'),
    ('has'), ('have'), ('not'), ('but'), ('our'), ('your'), ('their'), ('customer'), ('please'), ('lead'),
    ('ingot'), ('ingots'), ('batch'), ('issue'), ('problem'), ('of'), ('to'), ('in'), ('on'), ('is');

-- The starter knowledge base for lead ingots, in Chinese and English.
INSERT INTO kb_articles (code, language, category, title, cause, check_text, action_text, customer_reply, keywords) VALUES
('KB-POR-01', 'zh', 'porosity', '铅锭气孔、针孔',
 '浇铸温度过高或过低、铅液含气或含渣、锭模潮湿或预热不足、浇铸速度过快卷入空气,凝固时气体无法排出,在断面或表面形成气孔、针孔。',
 '向客户索取断面和表面照片及批次号;抽取同批次留样锯开检查断面;核对该批次浇铸记录(铅液温度、锭模温度、浇铸速度)与除渣记录。',
 '确认是浇铸缺陷时按质量问题处理(换货或让步接收);通知生产调整浇铸温度、锭模预热并加强除渣;同一批次多家客户投诉时启动改进措施。',
 '您好,我们已收到批次照片,技术人员将在24小时内核查同批次留样和浇铸记录。少量表面针孔一般不影响熔化使用,若断面气孔影响您的铸造质量,我们将按质量问题为您换货。',
 '气孔 针孔 砂眼 断面 孔洞 浇铸'),
('KB-POR-01', 'en', 'porosity', 'Porosity and pinholes in ingots',
 'Casting temperature too high or too low, gas or dross in the melt, damp or cold moulds, or pouring too fast trap gas that cannot escape while the ingot solidifies, leaving pores on the surface or in the section.',
 'Ask the customer for photos of the surface and of a cut section and for the batch number; saw open a retained sample of the same batch; check the casting record of the batch (melt and mould temperature, pouring speed) and the drossing record.',
 'When it is a casting defect treat it as a quality claim (replacement or concession); have production correct the casting temperature, preheat the moulds and dross more thoroughly; if several customers report the same batch, open an improvement action.',
 'We have your photos. A technician will check the retained sample and the casting record of this batch within 24 hours. A few surface pinholes do not affect melting; if pores in the section affect your castings we will replace the lead as a quality claim.',
 'porosity pores pinholes blowholes voids section casting'),

('KB-OXI-01', 'zh', 'oxidation', '表面白色/灰白色/黄白色氧化膜(自然氧化,不是缺陷)',
 '铅在运输和储存中与空气、水汽接触,表面自然生成一层薄的白色、灰白色或黄白色氧化膜。按 GB/T 469,这种运输储存中形成的氧化膜属于铅的自然氧化,不作为拒收依据。',
 '请客户拍摄表面照片并轻刮一处:薄膜下为光亮金属即为自然氧化;如为厚层疏松的氧化物、夹渣、氧化物颗粒或异物嵌入,则属表面质量问题(转“表面夹渣”处理)。',
 '向客户说明标准规定并提供储存建议:干燥通风、离地存放、避免雨淋和腐蚀性物质;无需上门,可远程关闭工单。若客户仍有疑问,可提供质保书和标准条款。',
 '您好,铅锭表面这层白色(或灰白、黄白色)薄膜是铅在运输和储存中与空气接触形成的自然氧化膜,按国家标准 GB/T 469 不属于质量缺陷,不影响熔化使用。建议将铅锭存放在干燥通风处,离地并避免雨淋。',
 '氧化 氧化膜 发白 白色 白膜 黄白色 灰白色 表面 薄膜 自然氧化 GB/T 469'),
('KB-OXI-01', 'en', 'oxidation', 'White, grey-white or yellow-white film on the surface (natural oxidation, not a defect)',
 'Lead in contact with air and moisture during transport and storage forms a thin white, grey-white or yellow-white oxide film. Under GB/T 469 a film formed in transport and storage is natural oxidation of lead and is not grounds for rejection.',
 'Ask for a photo and to scrape one spot lightly: bright metal under a thin film is natural oxidation. Thick loose oxide, slag, oxide particles or embedded foreign matter is a surface quality problem instead (handle as surface slag).',
 'Explain the standard and give storage advice: dry and ventilated, off the floor, out of the rain, away from corrosive substances. No site visit is needed; the ticket can be closed remotely. Offer the quality certificate and the clause of the standard if asked.',
 'The thin white (or grey-white, yellow-white) film on the ingots is natural oxidation that forms when lead meets air in transport and storage. GB/T 469 does not treat it as a defect and it does not affect melting. Please store the ingots dry and ventilated, off the floor and out of the rain.',
 'oxidation oxide film white surface tarnish natural GB/T 469 not a defect'),

('KB-SLG-01', 'zh', 'oxidation', '表面夹渣、氧化物颗粒、冷隔',
 '浇铸前除渣不净、浇铸中断或温度过低,表面带入浮渣、氧化物颗粒或夹杂,或出现冷隔。GB/T 469 要求表面无熔渣、氧化物颗粒、夹杂和外来异物,不得有冷隔。',
 '索取照片,区分薄氧化膜(自然氧化,非缺陷)与嵌入的渣粒、夹杂、冷隔;核对批次除渣和浇铸记录,检查同批次留样。',
 '属表面质量缺陷,按质量问题处理(挑选、换货或让步接收);通知生产加强除渣、保证连续浇铸和浇铸温度。',
 '您好,照片显示表面有渣粒(或冷隔),这不符合国家标准对表面质量的要求。我们将安排技术人员核查同批次并为您办理挑选或换货。',
 '夹渣 渣 冷隔 夹杂 异物 氧化物颗粒 表面质量'),
('KB-SLG-01', 'en', 'oxidation', 'Slag, oxide particles or cold shuts on the surface',
 'Poor drossing before casting, interrupted pouring or a cold melt leave dross, oxide particles or inclusions on the surface, or cold shuts. GB/T 469 requires a surface free of slag, oxide particles, inclusions and foreign matter, with no cold shuts.',
 'Ask for photos and tell a thin oxide film (natural, not a defect) from embedded slag, inclusions or cold shuts; check the drossing and casting record and the retained sample of the batch.',
 'This is a surface quality defect: handle as a quality claim (sorting, replacement or concession); have production dross thoroughly and keep pouring continuous and hot enough.',
 'The photos show slag (or cold shuts) on the surface, which the national standard does not allow. A technician will check the batch and we will arrange sorting or replacement.',
 'slag dross inclusions cold shut foreign matter oxide particles surface'),

('KB-DEF-01', 'zh', 'deformation', '铅锭变形、弯曲、飞边过大',
 '铅质软,堆垛过高、运输中挤压碰撞、装卸叉车操作不当会使铅锭弯曲变形;脱模不良会产生飞边。GB/T 469 要求飞边不超过 10 mm。',
 '索取变形铅锭照片和数量,测量飞边长度;确认装车方式、堆垛层数和运输路线;核对出厂检验记录。',
 '运输造成的变形向物流索赔并调整装车加固方式;飞边超过 10 mm 属质量问题,按换货处理;变形影响叠放安全时优先安排换货。',
 '您好,我们已记录变形铅锭的数量。如为运输挤压造成,我们将负责处理并改进装车加固;飞边超过 10 毫米的部分我们将为您更换。',
 '变形 弯曲 飞边 毛刺 挤压 叠放 碰撞'),
('KB-DEF-01', 'en', 'deformation', 'Deformed or bent ingots, flash too long',
 'Lead is soft: stacking too high, crushing and knocks in transport or careless forklift handling bend ingots; poor demoulding leaves flash. GB/T 469 allows no flash longer than 10 mm.',
 'Ask for photos and the number of deformed ingots, measure the flash; check how the truck was loaded, how many layers were stacked and the route; check the outgoing inspection record.',
 'Deformation from transport is claimed from the carrier and the loading and bracing are changed; flash over 10 mm is a quality defect and is replaced; replace first when deformed ingots cannot be stacked safely.',
 'We have recorded the number of deformed ingots. If transport crushed them we will settle it and improve the loading; any ingot with flash over 10 mm will be replaced.',
 'deformation deformed bent warped flash burr crushed stacking'),

('KB-CMP-01', 'zh', 'composition', '化学成分不符合牌号(铋、锑、铜等超标)',
 '原料配比或精炼控制不当、批次混料或取样化验误差,使杂质(Ag、Cu、Bi、As、Sb、Sn、Zn、Fe、Cd、Ni 等)超出所订牌号的限量,或铅含量低于牌号要求。',
 '索取客户化验报告(元素百分比、取样方法、化验方法);调取同批次出厂检验和留样复检;在系统中录入化验值,按牌号限量逐项核对。',
 '复检确认超标时按质量问题退换货并追溯同批次所有客户;属取样或方法差异时,与客户约定第三方仲裁检验;同一问题多次出现时启动改进措施(原料配比、精炼工艺)。',
 '您好,我们已收到您的化验结果,将立即复检同批次留样,24小时内告知结论。如确认成分不符合 GB/T 469 该牌号要求,我们将为您退换货,必要时可委托第三方检验。',
 '成分 化验 超标 铋 锑 铜 银 杂质 牌号 质保书 不符'),
('KB-CMP-01', 'en', 'composition', 'Chemical composition out of grade (Bi, Sb, Cu over the limit)',
 'Raw material mix or refining out of control, mixed batches or sampling and assay errors put impurities (Ag, Cu, Bi, As, Sb, Sn, Zn, Fe, Cd, Ni ...) over the limits of the ordered grade, or the lead content under it.',
 'Ask for the customer''s assay report (element percentages, sampling and test method); pull the outgoing inspection of the batch and re-test the retained sample; enter the assay in the desk and check it element by element against the grade.',
 'If the re-test confirms it: return or replace as a quality claim and trace every customer of the batch; if sampling or method differs, agree on a third-party referee assay; if it recurs, open an improvement action (raw material mix, refining).',
 'We have your assay results and will re-test the retained sample of the batch, with a conclusion within 24 hours. If the composition does not meet GB/T 469 for the grade we will take the lead back or replace it; a third-party assay can be arranged.',
 'composition assay impurity bismuth antimony copper silver grade certificate out of spec'),

('KB-HRD-01', 'zh', 'composition', '硬度不达标(偏硬或偏软)',
 '纯铅的硬度主要由杂质决定:锑、铜、钙等杂质偏高会使铅变硬,客户合金配料因此偏差。硬度投诉往往是成分问题的表现,也可能是原材料配比问题而非“客户使用不当”。',
 '索取客户硬度测试方法和数值;同时要求成分化验,重点核对 Sb、Cu、Bi;检查同批次及同期其他批次是否有类似投诉(批次追溯)。',
 '按成分问题核查和处理;同一时期多起硬度投诉时,启动改进措施检查原料配比。',
 '您好,硬度异常通常与微量杂质有关,我们将复检该批次成分,并与您核对测试方法,24小时内反馈进展。',
 '硬度 偏硬 偏软 锑 配比 合金'),
('KB-HRD-01', 'en', 'composition', 'Hardness out of expectation (too hard or too soft)',
 'The hardness of refined lead is set by its impurities: more antimony, copper or calcium makes it harder and throws the customer''s alloying off. Hardness complaints are usually a composition problem, often of the raw material mix rather than misuse by the customer.',
 'Ask for the hardness test method and values; ask for an assay too and check Sb, Cu and Bi first; trace the batch and look for similar complaints about it and about batches of the same period.',
 'Check and handle as a composition problem; several hardness complaints in one period call for an improvement action on the raw material mix.',
 'Unusual hardness usually comes from trace impurities. We will re-test the composition of the batch and compare test methods with you, with news within 24 hours.',
 'hardness hard soft antimony alloy mix'),

('KB-PKG-01', 'zh', 'packaging', '打包带断裂、散捆、标签缺失',
 '打包带强度不足或捆扎张力不够、运输颠簸和装卸碰撞使打包带断裂;捆标签粘贴不牢或淋雨脱落。小锭应成捆交付,每捆标明生产厂、产品名称、牌号、批号和净重。',
 '索取散捆和标签照片、涉及捆数;核对发货记录和批号;查看近半年同一客户或同一线路的包装投诉次数。',
 '协助客户按批次重新识别入库(补发标签和质保书);与物流核对装卸;反复出现时启动改进措施(打包带规格、捆扎方式、标签材质)。',
 '您好,给您仓库带来不便很抱歉。我们将补发批次标签和质保书,协助按批次入库,并检查打包带规格和装卸方式,避免再次发生。',
 '包装 破损 打包带 散捆 断裂 标签 捆 钢带'),
('KB-PKG-01', 'en', 'packaging', 'Broken straps, loose bundles, missing labels',
 'Weak straps or too little strapping tension, bumpy transport and knocks in handling break straps; labels come off when badly fixed or rained on. Small ingots ship strapped in bundles, each labelled with maker, product, grade, batch number and net weight.',
 'Ask for photos of the loose bundles and labels and how many bundles; check the shipping record and batch numbers; look at how often this customer or this route complained about packaging in the last six months.',
 'Help the customer identify the lead by batch (send labels and certificates again); check handling with the carrier; if it keeps happening, open an improvement action (strap grade, strapping method, label material).',
 'We are sorry for the trouble in your warehouse. We will send the batch labels and certificates again, help you book the lead in by batch, and check the straps and handling so it does not happen again.',
 'packaging strap straps broken bundle loose label labels damaged'),

('KB-WGT-01', 'zh', 'weight', '重量不足、过磅与单据不符',
 '地磅误差、单锭重量偏差(小锭 48±3、42±2、40±2、24±1 kg,大锭 950±50、500±25 kg)、漏装或运输途中丢失。',
 '索取客户过磅单和车号,与我方出厂过磅记录、装车清单核对;确认捆数、锭数;必要时双方共同复磅。',
 '确认短重时补发或按差额结算;单锭重量超出允许偏差属质量问题;地磅差异超过约定时协商第三方计量。',
 '您好,我们将把您的过磅单与出厂过磅记录逐项核对,24小时内给您答复;确认短重的部分我们将补发或按差额结算。',
 '重量 短重 过磅 地磅 复秤 净重 少'),
('KB-WGT-01', 'en', 'weight', 'Short weight, weighbridge does not match the papers',
 'Weighbridge error, ingot weight out of tolerance (small ingots 48±3, 42±2, 40±2, 24±1 kg; large 950±50, 500±25 kg), missing bundles or loss in transit.',
 'Ask for the customer''s weighbridge ticket and truck number and compare them with our outgoing weighing and loading list; count bundles and ingots; re-weigh together if needed.',
 'If short weight is confirmed, ship the difference or settle it; ingots out of weight tolerance are a quality defect; a weighbridge difference beyond the agreed tolerance goes to third-party weighing.',
 'We will compare your weighbridge ticket with our outgoing weighing record and reply within 24 hours; any confirmed shortfall will be shipped or credited.',
 'weight short weighbridge net weight missing tons'),

('KB-DLV-01', 'zh', 'delivery', '交付延迟、错发批次',
 '排产或库存不足、物流调度延误、天气和路况、发货单据错误导致延迟或错发批次。客户原料库存不足时可能停线(每小时损失约 5 万元)。',
 '查询订单状态、出库时间和物流轨迹;核对发货批号与订单;了解客户剩余原料库存可用天数。',
 '给出明确的到货时间并每半天更新;库存紧张时从最近仓库调货或加急发运;错发批次安排调换并回收;按合同条款评估延迟补偿(每延迟1小时减免5%货款,有上限)。',
 '您好,我们已查到您的订单物流情况,预计到货时间为(请填写),我们会每半天向您更新一次进展。如影响生产,我们将安排加急调货。',
 '交付 延迟 到货 物流 发货 错发 催货 停线'),
('KB-DLV-01', 'en', 'delivery', 'Late delivery or wrong batch delivered',
 'Production or stock shortfall, carrier delays, weather and roads, or wrong shipping papers delay an order or send the wrong batch. A customer short of lead may stop a line (about 50,000 CNY an hour).',
 'Look up the order status, dispatch time and tracking; compare the shipped batch with the order; ask how many days of lead the customer has left.',
 'Give a firm arrival time and update it every half day; when stock is tight ship from the nearest warehouse or express; exchange a wrong batch and take it back; assess compensation under the contract (5% of the order value per hour late, capped).',
 'We have traced your order; the expected arrival is (fill in), and we will update you every half day. If your production is at risk we will arrange an express transfer.',
 'delivery late delay arrival logistics shipping wrong batch line stop'),

('KB-STO-01', 'zh', 'technical', '铅锭储存与运输规范(防潮、防腐蚀)',
 '铅锭受潮、淋雨或与酸碱等腐蚀性物质接触会加速氧化和腐蚀;沿海高湿地区和雨季更明显,北方冬季需防冻融水。',
 '了解客户仓库条件(是否通风、离地、漏雨)、存放时间和周边化学品;查看批次到货时的表面状态。',
 '向客户提供储存指导:运输车辆无腐蚀性物质、防雨;仓库干燥通风、离地码放、先进先出;雨季前主动发送防潮指导。',
 '您好,为保持铅锭表面状态,建议存放在干燥通风的仓库,离地码放,远离酸碱等腐蚀性物质,并按先进先出使用。我们可以为您的仓管人员提供储存培训。',
 '储存 运输 防潮 受潮 雨 腐蚀 仓库 培训'),
('KB-STO-01', 'en', 'technical', 'Storing and transporting ingots (damp, corrosion)',
 'Damp, rain and contact with acids, alkalis or other corrosive substances speed up oxidation and corrosion; worse on the humid coast and in the rainy season, and meltwater matters in northern winters.',
 'Ask about the warehouse (ventilated, off the floor, leaking roof), how long the lead has been stored and which chemicals are near it; check the surface condition when the batch arrived.',
 'Give storage guidance: vehicles free of corrosive substances, covered against rain; a dry ventilated warehouse, stacked off the floor, first in first out; send damp-protection guidance before the rainy season.',
 'To keep the ingots in good condition please store them in a dry, ventilated warehouse, off the floor and away from acids, alkalis and other corrosive substances, and use them first in, first out. We can train your storekeepers.',
 'storage transport damp moisture rain corrosion warehouse training');
