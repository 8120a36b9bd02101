-- heihei operators' data (heihei.md §1, HH-SYS-01, HH-SOCIAL-01, §5, §9, §10), seeded from the spec's examples.
-- Later parts read these tables; operators change the rows, not the code.

CREATE TABLE hh_app_version (
    id           INT PRIMARY KEY,
    device_type  VARCHAR(16)  NOT NULL,
    version_code VARCHAR(32)  NOT NULL,
    channel      VARCHAR(32),
    force_update BOOLEAN      NOT NULL,
    url          VARCHAR(512) NOT NULL,
    title        VARCHAR(128) NOT NULL,
    text         VARCHAR(1024) NOT NULL,
    file_name    VARCHAR(128) NOT NULL
);
INSERT INTO hh_app_version VALUES
    (1, 'android', '1.0.4', NULL, FALSE, 'https://cdn.example.com/heihei/heihei-1.0.4.apk', '发现新版本',
     '修复了一些问题，体验更流畅。', 'heihei-1.0.4.apk'),
    (2, 'ios', '1.0.4', NULL, FALSE, 'https://itunes.apple.com/app/id0000000000', '发现新版本',
     '修复了一些问题，体验更流畅。', '');

CREATE TABLE hh_banner (
    id          INT PRIMARY KEY,
    sort_order  INT          NOT NULL,
    description VARCHAR(128) NOT NULL,
    cover       VARCHAR(512) NOT NULL,
    type        INT          NOT NULL,
    target      VARCHAR(512) NOT NULL
);
-- type 1 user (target = user id), 2 live (live id), 3 url
INSERT INTO hh_banner VALUES
    (1, 1, '黑黑新人指南', 'https://cdn.example.com/heihei/banner/guide.png', 3, 'https://www.example.com/heihei/guide'),
    (2, 2, '本周热门主播', 'https://cdn.example.com/heihei/banner/hot.png', 3, 'https://www.example.com/heihei/hot');

CREATE TABLE hh_gift (
    id         INT PRIMARY KEY,
    sort_order INT          NOT NULL,
    name       VARCHAR(64)  NOT NULL,
    gold       INT          NOT NULL,
    exp        INT          NOT NULL,
    color      VARCHAR(32)  NOT NULL,
    image      VARCHAR(512) NOT NULL,
    icon       VARCHAR(512) NOT NULL,
    type       INT          NOT NULL,
    description VARCHAR(256) NOT NULL
);
INSERT INTO hh_gift VALUES
    (1, 1, '小花花', 1, 1, '255,105,180', 'https://cdn.example.com/heihei/gift/flower.gif',
     'https://cdn.example.com/heihei/gift/flower.png', 1, '送你一朵小花花'),
    (2, 2, '棒棒糖', 10, 10, '255,215,0', 'https://cdn.example.com/heihei/gift/lollipop.gif',
     'https://cdn.example.com/heihei/gift/lollipop.png', 1, '甜甜的棒棒糖'),
    (3, 3, '跑车', 520, 520, '30,144,255', 'https://cdn.example.com/heihei/gift/car.zip',
     'https://cdn.example.com/heihei/gift/car.png', 2, '豪华跑车');

CREATE TABLE hh_gift_resource (
    id        INT PRIMARY KEY,
    gift_id   INT          NOT NULL REFERENCES hh_gift (id),
    attr_file VARCHAR(512) NOT NULL,
    file_md5  VARCHAR(32)
);
INSERT INTO hh_gift_resource VALUES
    (1, 3, 'https://cdn.example.com/heihei/gift/car-res.zip', 'd41d8cd98f00b204e9800998ecf8427e');

CREATE TABLE hh_recharge_package (
    id           INT PRIMARY KEY,
    channel      VARCHAR(16)  NOT NULL,
    product_id   VARCHAR(64)  NOT NULL,
    description  VARCHAR(128) NOT NULL,
    gold         INT          NOT NULL,
    pay_money    INT          NOT NULL,
    origin_money INT          NOT NULL
);
-- payMoney / originMoney in fen
INSERT INTO hh_recharge_package VALUES
    (1, 'alipay', 'hh.gold.60', '60钻石', 60, 600, 600),
    (2, 'alipay', 'hh.gold.300', '300钻石', 300, 3000, 3000),
    (3, 'wechat', 'hh.gold.60', '60钻石', 60, 600, 600),
    (4, 'wechat', 'hh.gold.300', '300钻石', 300, 3000, 3000),
    (5, 'iap', 'com.wmlives.heihei.gold60', '60钻石', 60, 600, 600),
    (6, 'iap', 'com.wmlives.heihei.gold300', '300钻石', 300, 3000, 3000);

CREATE TABLE hh_p2g_package (
    id          INT PRIMARY KEY,
    description VARCHAR(128) NOT NULL,
    point       INT          NOT NULL,
    gold        INT          NOT NULL
);
INSERT INTO hh_p2g_package VALUES
    (1, '100黑票兑换10钻石', 100, 10),
    (2, '1000黑票兑换110钻石', 1000, 110);

CREATE TABLE hh_topic (
    id          INT PRIMARY KEY,
    name        VARCHAR(64)  NOT NULL,
    img         VARCHAR(512) NOT NULL,
    content     VARCHAR(512) NOT NULL,
    cat_name    VARCHAR(32)  NOT NULL,
    is_top      INT          NOT NULL,
    type        INT          NOT NULL,
    view_count  INT          NOT NULL,
    reply_count INT          NOT NULL,
    like_count  INT          NOT NULL
);
-- type 0 normal, 1 the due-chat zone (约聊专区)
INSERT INTO hh_topic VALUES
    (1, '约聊专区', 'https://cdn.example.com/heihei/topic/duechat.png', '找个人聊聊天', '约聊', 1, 1, 0, 0, 0),
    (2, '今天你开心吗', 'https://cdn.example.com/heihei/topic/happy.png', '说说今天让你开心的事', '生活', 0, 0, 0, 0, 0),
    (3, '深夜电台', 'https://cdn.example.com/heihei/topic/radio.png', '用声音陪伴失眠的你', '情感', 0, 0, 0, 0, 0);
