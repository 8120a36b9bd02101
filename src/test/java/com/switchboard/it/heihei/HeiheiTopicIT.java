package com.switchboard.it.heihei;

import com.switchboard.heihei.upload.FakeAliyun;
import com.switchboard.heihei.upload.OssClient;
import com.switchboard.it.Deployments;
import com.switchboard.it.heihei.Heihei.Socket;
import com.switchboard.it.heihei.Heihei.User;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.switchboard.it.heihei.Heihei.assertCode;
import static com.switchboard.it.heihei.Heihei.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HH-TOPIC-01..09 and HH-IM-06: voice subjects posted with HH-UPLOAD-01 signs whose objects went through the real
 * Aliyun client to a local STS + OSS, replies and their counts, titles, listens, likes (one per user, at once too)
 * and the author's sysnotify on the channel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HeiheiTopicIT {
    static final int TOPIC = 2; // a normal seed topic; 1 is the due-chat zone
    private static FakeAliyun aliyun;
    private final Heihei hh = new Heihei();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.switchboardWar();
    }

    @BeforeAll
    static void startAliyun() throws Exception {
        aliyun = new FakeAliyun(Integer.getInteger("it.fake.aliyun.port", 9198), "LTAI-it", "it-aliyun-secret");
    }

    @AfterAll
    static void stopAliyun() {
        aliyun.close();
    }

    /** HH-UPLOAD-01 for a record, then the app's put through OSS; the sign. */
    static String uploaded(Heihei hh, User user) throws Exception {
        JsonObject file = issued(hh, user, "record");
        String key = file.getString("path").substring(HeiheiUploadIT.BUCKET.length() + 1);
        assertEquals(200, OssClient.put(aliyun.base() + "/oss/" + HeiheiUploadIT.BUCKET, HeiheiUploadIT.BUCKET, key,
                HeiheiUploadIT.grant(file.getJsonObject("reply")), "ID3".getBytes(StandardCharsets.UTF_8)));
        return file.getString("sign");
    }

    /** FileInfo of an HH-UPLOAD-01 reply, with the whole reply under {@code reply}. */
    static JsonObject issued(Heihei hh, User user, String module) {
        JsonObject reply = hh.call("api/sys/oss-token", user, fields().add("format", "mp3").add("module", module));
        assertCode(0, reply);
        return fields(reply.getJsonObject("FileInfo")).add("reply", reply).build();
    }

    private JsonObject create(User user, int topic, String sign, String title) {
        return hh.call("api/topic/create-subject", user, fields().add("topicId", topic).add("sign", sign)
                .add("samples", "[1, 2, 3, 66, 0]").add("title", title).add("length", 12));
    }

    private JsonObject topic(User user, int id) {
        JsonObject list = hh.call("api/topic/subject-detail", user, fields().add("subjectId", id).add("offset", 0));
        assertCode(0, list);
        return list.getJsonObject("topic");
    }

    @Test
    void theTopicListPutsTheDueChatZoneApartAtOffsetZeroOnly() {
        User u = hh.signIn();
        JsonObject first = hh.call("api/topic/topic-list", u, fields().add("offset", 0));
        assertCode(0, first);
        assertEquals(1, first.getJsonObject("dueChat").getJsonObject("topic").getInt("type"));
        JsonArray topics = first.getJsonArray("topics");
        assertFalse(topics.isEmpty());
        assertTrue(topics.stream().allMatch(t -> t.asJsonObject().getInt("type") == 0));
        for (int i = 1; i < topics.size(); i++) {
            assertTrue(topics.getJsonObject(i - 1).getInt("isTop") >= topics.getJsonObject(i).getInt("isTop"));
        }
        assertEquals(topics.size(), first.getInt("offset"));
        assertEquals(20, first.getInt("pageSize"));
        JsonObject next = hh.call("api/topic/topic-list", u, fields().add("offset", first.getInt("offset")));
        assertCode(0, next);
        assertFalse(next.containsKey("dueChat"));
        assertTrue(next.getJsonArray("topics").isEmpty());
        assertCode(700, hh.call("api/topic/topic-list", u, fields()), "offset is required");
        assertCode(720, hh.post("api/topic/topic-list", fields().add("token", "nope").add("offset", 0).build()));
        assertCode(100, hh.call("api/topic/topic-detail", u, fields().add("topicId", 99999).add("type", 0)
                .add("offset", 0)));
        assertCode(700, hh.call("api/topic/topic-detail", u, fields().add("type", 0).add("offset", 0)));
    }

    @Test
    void aSubjectIsPostedWithTheCallersUploadedSignOnce() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        String sign = uploaded(hh, a);
        assertCode(100, create(a, 99999, sign, "x"), "unknown topic, the sign stays unused");
        assertCode(102, create(b, TOPIC, sign, "x"), "another user's sign");
        assertCode(102, create(a, TOPIC, "0123456789abcdef0123456789abcdef", "x"), "forged");
        assertCode(102, create(a, TOPIC, issued(hh, a, "record").getString("sign"), "x"), "issued, never put");
        assertCode(102, create(a, TOPIC, issued(hh, a, "avatar").getString("sign"), "x"), "not a record");
        assertCode(700, hh.call("api/topic/create-subject", a, fields().add("topicId", TOPIC).add("sign", sign)
                .add("samples", "a,b").add("title", "x").add("length", 12)), "samples are integers");
        int before = topic(a, firstSubjectOr(a)).getJsonObject("countings").getInt("replyCount");

        JsonObject created = create(a, TOPIC, sign, "第一条");
        assertCode(0, created);
        JsonObject s = created.getJsonObject("subject");
        assertEquals(TOPIC, s.getInt("topicId"));
        assertEquals(a.id(), s.getJsonNumber("creatorId").longValue());
        assertEquals("1,2,3,66,0", s.getString("samples"));
        assertEquals(0, s.getInt("mainSubjectId"));
        assertTrue(s.getString("path").startsWith("http") && s.getString("path").contains("/record/"), s::toString);
        assertTrue(created.getJsonObject("users").containsKey(Long.toString(a.id())));
        assertEquals(0, s.getJsonObject("countings").getInt("giftCount"));
        assertCode(102, create(a, TOPIC, sign, "again"), "a sign counts once");
        assertEquals(before + 1, topic(a, s.getInt("id")).getJsonObject("countings").getInt("replyCount"));

        JsonObject newest = hh.call("api/topic/topic-detail", b, fields().add("topicId", TOPIC).add("type", "1")
                .add("offset", 0));
        assertCode(0, newest);
        assertEquals(s.getInt("id"), newest.getJsonArray("subjects").getJsonObject(0).getInt("id"));
        assertEquals(10, newest.getInt("pageSize"));
        JsonObject hot = hh.call("api/topic/topic-detail", b, fields().add("topicId", TOPIC).add("type", 0)
                .add("offset", 0));
        assertCode(0, hot);
        assertFalse(hot.getJsonArray("subjects").isEmpty());
    }

    /** Any subject of the topic, to read the topic's counts through subject-detail. */
    private int firstSubjectOr(User u) throws Exception {
        JsonArray subjects = hh.call("api/topic/topic-detail", u, fields().add("topicId", TOPIC).add("type", 1)
                .add("offset", 0)).getJsonArray("subjects");
        if (!subjects.isEmpty()) {
            return subjects.getJsonObject(0).getInt("id");
        }
        return create(u, TOPIC, uploaded(hh, u), "seed").getJsonObject("subject").getInt("id");
    }

    @Test
    void repliesCountOnTheirSubjectAndTopicAndListOldestFirst() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        User c = hh.signIn();
        JsonObject s = create(a, TOPIC, uploaded(hh, a), "问题").getJsonObject("subject");
        int topicReplies = topic(a, s.getInt("id")).getJsonObject("countings").getInt("replyCount");
        JsonObject r1 = hh.call("api/topic/reply-subject", b, fields().add("subjectId", s.getInt("id"))
                .add("sign", uploaded(hh, b)).add("samples", "1,2"));
        assertCode(0, r1);
        JsonObject reply = r1.getJsonObject("subject");
        assertEquals(s.getInt("id"), reply.getInt("mainSubjectId"));
        assertEquals(s.getInt("id"), reply.getInt("replySubjectId"));
        assertEquals(a.id(), reply.getJsonNumber("replyUserId").longValue());
        assertEquals(0, reply.getInt("length"));
        assertTrue(r1.getJsonObject("users").containsKey(Long.toString(a.id())), "the answered user is listed");
        JsonObject r2 = hh.call("api/topic/reply-subject", c, fields().add("subjectId", reply.getInt("id"))
                .add("sign", uploaded(hh, c)).add("samples", "3").add("length", 4).add("title", "回复"));
        assertCode(0, r2);
        assertEquals(s.getInt("id"), r2.getJsonObject("subject").getInt("mainSubjectId"));
        assertEquals(reply.getInt("id"), r2.getJsonObject("subject").getInt("replySubjectId"));
        assertEquals(b.id(), r2.getJsonObject("subject").getJsonNumber("replyUserId").longValue());
        assertCode(100, hh.call("api/topic/reply-subject", c, fields().add("subjectId", 99999999)
                .add("sign", uploaded(hh, c)).add("samples", "3")));

        JsonObject detail = hh.call("api/topic/subject-detail", a, fields().add("subjectId", s.getInt("id"))
                .add("offset", 0));
        assertCode(0, detail);
        assertEquals(2, detail.getJsonObject("subject").getInt("repliesTotal"));
        assertEquals(2, detail.getJsonObject("subject").getJsonObject("countings").getInt("replyCount"));
        JsonArray replys = detail.getJsonArray("replys");
        assertEquals(List.of(reply.getInt("id"), r2.getJsonObject("subject").getInt("id")),
                replys.stream().map(v -> v.asJsonObject().getInt("id")).toList());
        assertEquals(2, detail.getInt("offset"));
        assertTrue(detail.getJsonObject("subject").getJsonObject("shareInfo").containsKey("wechat"));
        assertTrue(detail.getJsonObject("topic").getJsonObject("shareInfo").containsKey("weibo"));
        assertEquals(topicReplies + 2, detail.getJsonObject("topic").getJsonObject("countings").getInt("replyCount"));
        for (User u : List.of(a, b, c)) {
            assertTrue(detail.getJsonObject("users").containsKey(Long.toString(u.id())));
        }
        JsonObject listed = hh.call("api/topic/topic-detail", a, fields().add("topicId", TOPIC).add("type", 1)
                .add("offset", 0)).getJsonArray("subjects").stream().map(JsonObject.class::cast)
                .filter(x -> x.getInt("id") == s.getInt("id")).findFirst().orElseThrow();
        assertEquals(2, listed.getJsonArray("replies").size());
        assertEquals(2, listed.getInt("repliesTotal"));
        JsonObject got = hh.call("api/topic/get-subject", c, fields().add("subjectId", reply.getInt("id")));
        assertCode(0, got);
        assertEquals(reply.getInt("id"), got.getJsonObject("subject").getInt("id"));
        assertCode(100, hh.call("api/topic/get-subject", c, fields().add("subjectId", 99999999)));
        assertCode(100, hh.call("api/topic/subject-detail", c, fields().add("subjectId", 99999999).add("offset", 0)));
    }

    @Test
    void onlyTheCreatorRetitlesAndListensCount() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        JsonObject s = create(a, TOPIC, uploaded(hh, a), "旧标题").getJsonObject("subject");
        int id = s.getInt("id");
        assertCode(711, hh.call("api/topic/update-subject", b, fields().add("subjectId", id).add("title", "x")));
        JsonObject renamed = hh.call("api/topic/update-subject", a, fields().add("subjectId", id).add("title", "新标题"));
        assertCode(0, renamed);
        assertEquals("新标题", renamed.getJsonObject("subject").getString("title"));
        assertCode(100, hh.call("api/topic/update-subject", a, fields().add("subjectId", 99999999).add("title", "x")));
        assertCode(700, hh.call("api/topic/update-subject", a, fields().add("subjectId", id)
                .add("title", "长".repeat(129))));

        JsonObject first = hh.call("api/topic/listen-subject", b, fields().add("subjectId", id));
        assertCode(0, first);
        JsonObject second = hh.call("api/topic/listen-subject", b, fields().add("subjectId", id));
        assertEquals(2, second.getJsonObject("subjectCountings").getInt("viewCount"));
        assertEquals(id, second.getJsonObject("subjectCountings").getInt("subjectId"));
        assertEquals(TOPIC, second.getJsonObject("topicCountings").getInt("topicId"));
        assertTrue(second.getJsonObject("topicCountings").getInt("viewCount")
                > first.getJsonObject("topicCountings").getInt("viewCount") - 1);
        assertCode(100, hh.call("api/topic/listen-subject", b, fields().add("subjectId", 99999999)));
    }

    @Test
    void aLikeCountsOncePerUserAndTellsTheAuthorOnTheChannel() throws Exception {
        User author = hh.signIn();
        User fan = hh.signIn();
        int id = create(author, TOPIC, uploaded(hh, author), "点赞我").getJsonObject("subject").getInt("id");
        Socket socket = hh.channel(author);
        try {
            JsonObject liked = hh.call("api/topic/like-subject", fan, fields().add("subjectId", id));
            assertCode(0, liked);
            assertEquals(1, liked.getJsonObject("subjectCountings").getInt("likeCount"));
            JsonObject im = socket.next(f -> "IM".equals(f.getString("msgType", ""))).getJsonObject("msg");
            assertEquals("sysnotify", im.getString("msgType"));
            assertEquals(fan.id(), im.getJsonNumber("fromUserId").longValue());
            assertTrue(im.getJsonObject("content").getString("text").contains("点赞"));
            assertTrue(im.getJsonObject("jump").getString("link").endsWith("topic/" + TOPIC),
                    im.getJsonObject("jump")::toString);
        } finally {
            socket.close();
        }
        JsonObject again = hh.call("api/topic/like-subject", fan, fields().add("subjectId", id));
        assertCode(0, again);
        assertEquals(1, again.getJsonObject("subjectCountings").getInt("likeCount"), "a repeat is a no-op");
        assertTrue(hh.call("api/topic/get-subject", fan, fields().add("subjectId", id)).getJsonObject("subject")
                .getBoolean("isLike"));
        assertFalse(hh.call("api/topic/get-subject", author, fields().add("subjectId", id)).getJsonObject("subject")
                .getBoolean("isLike"));
        assertCode(100, hh.call("api/topic/like-subject", fan, fields().add("subjectId", 99999999)));
    }

    @Test
    void aHundredLikesAtOnceCountOncePerUser() throws Exception {
        User author = hh.signIn();
        int id = create(author, TOPIC, uploaded(hh, author), "热门").getJsonObject("subject").getInt("id");
        int solo = create(author, TOPIC, uploaded(hh, author), "一人").getJsonObject("subject").getInt("id");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<User>> signedIn = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                signedIn.add(pool.submit(() -> hh.signIn(false)));
            }
            List<User> fans = new ArrayList<>();
            for (Future<User> f : signedIn) {
                fans.add(f.get());
            }
            List<Future<JsonObject>> likes = new ArrayList<>();
            for (User fan : fans) {
                likes.add(pool.submit(() -> hh.call("api/topic/like-subject", fan, fields().add("subjectId", id))));
            }
            for (Future<JsonObject> f : likes) {
                assertCode(0, f.get());
            }
            User one = fans.get(0);
            List<Future<JsonObject>> repeats = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                repeats.add(pool.submit(() -> hh.call("api/topic/like-subject", one, fields().add("subjectId", solo))));
            }
            for (Future<JsonObject> f : repeats) {
                assertCode(0, f.get());
            }
        } finally {
            pool.shutdown();
        }
        JsonObject s = hh.call("api/topic/get-subject", author, fields().add("subjectId", id)).getJsonObject("subject");
        assertEquals(100, s.getJsonObject("countings").getInt("likeCount"), "100 users");
        JsonObject one = hh.call("api/topic/get-subject", author, fields().add("subjectId", solo))
                .getJsonObject("subject");
        assertEquals(1, one.getJsonObject("countings").getInt("likeCount"), "one user 100 times");
    }

    @Test
    void aLikeOfOnesOwnSubjectCountsLikeAnyOther() throws Exception {
        User author = hh.signIn();
        int id = create(author, TOPIC, uploaded(hh, author), "自赞").getJsonObject("subject").getInt("id");
        JsonObject own = hh.call("api/topic/like-subject", author, fields().add("subjectId", id));
        assertEquals(1, own.getJsonObject("subjectCountings").getInt("likeCount"));
        JsonObject other = hh.call("api/topic/like-subject", hh.signIn(), fields().add("subjectId", id));
        assertEquals(2, other.getJsonObject("subjectCountings").getInt("likeCount"));
    }

    /** An image put through OSS: the IM content naming its sign, and its object key. */
    private record Image(JsonObject content, String key) {
    }

    /** HH-UPLOAD-01 for a message image, {@code bytes} put through OSS as the app would. */
    private Image messageImage(User user, byte[] bytes) throws Exception {
        JsonObject reply = hh.call("api/sys/oss-token", user, fields().add("format", "png").add("module", "message"));
        JsonObject file = reply.getJsonObject("FileInfo");
        String key = file.getString("path").substring(HeiheiUploadIT.BUCKET.length() + 1);
        assertEquals(200, OssClient.put(aliyun.base() + "/oss/" + HeiheiUploadIT.BUCKET, HeiheiUploadIT.BUCKET, key,
                HeiheiUploadIT.grant(reply), bytes));
        return new Image(jakarta.json.Json.createObjectBuilder().add("sign", file.getString("sign")).build(), key);
    }

    @Test
    void anUploadThatIsNotItsTypeIsRefusedWhereItsSignIsUsed() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        JsonObject image = messageImage(a, "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .content();
        assertCode(102, hh.call("api/msg/send-im", a, fields().add("toUserId", b.id()).add("msgType", "image")
                .add("content", image)), "a page named .png is not an image");
    }

    @Test
    void aDirectMessagesMediaMayBeAMessageUploadSignUsedOnce() throws Exception {
        User a = hh.signIn();
        User b = hh.signIn();
        Image uploaded = messageImage(a, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
        JsonObject image = uploaded.content();
        String key = uploaded.key();
        assertCode(102, hh.call("api/msg/send-im", b, fields().add("toUserId", a.id()).add("msgType", "image")
                .add("content", image)), "another user's sign");
        Socket socket = hh.channel(b);
        try {
            assertCode(0, hh.call("api/msg/send-im", a, fields().add("toUserId", b.id()).add("msgType", "image")
                    .add("content", image)));
            JsonObject im = socket.next(f -> "IM".equals(f.getString("msgType", ""))).getJsonObject("msg");
            assertTrue(im.getJsonObject("content").getString("img").endsWith(key), im::toString);
        } finally {
            socket.close();
        }
        assertCode(102, hh.call("api/msg/send-im", a, fields().add("toUserId", b.id()).add("msgType", "image")
                .add("content", image)), "used once");
    }
}
