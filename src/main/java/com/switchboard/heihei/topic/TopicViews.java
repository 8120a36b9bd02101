package com.switchboard.heihei.topic;

import com.switchboard.heihei.HeiheiTimes;
import com.switchboard.heihei.link.Shares;
import com.switchboard.heihei.upload.MediaUrls;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.SocialService;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.platform.binding.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The §5 shapes: OBJ-TOPIC, OBJ-SUBJECT, OBJ-COUNTINGS, the {@code users} map and OBJ-SHARE for topics. */
@RequestScoped
public class TopicViews {

    @Inject
    MediaUrls media;
    @Inject
    HeiheiUsers users;
    @Inject
    SocialService social;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.topic.share-url", defaultValue = "https://share.example.com/topic/{id}")
    String topicShareUrl;
    @Inject
    @ConfigProperty(name = "switchboard.heihei.topic.subject-share-url",
            defaultValue = "https://share.example.com/subject/{id}")
    String subjectShareUrl;

    public JsonObjectBuilder topic(Topic t) {
        return Jsons.createObjectBuilder().add("id", t.id()).add("name", t.name()).add("img", t.img())
                .add("content", t.content()).add("catName", t.catName()).add("isTop", t.isTop())
                .add("type", t.type()).add("countings", topicCountings(t));
    }

    public JsonObjectBuilder topicCountings(Topic t) {
        return Jsons.createObjectBuilder().add("viewCount", t.viewCount()).add("replyCount", t.replyCount())
                .add("likeCount", t.likeCount());
    }

    public JsonObjectBuilder subjectCountings(Subject s) {
        return Jsons.createObjectBuilder().add("viewCount", s.viewCount()).add("replyCount", s.replyCount())
                .add("likeCount", s.likeCount()).add("giftCount", 0);
    }

    /** OBJ-SUBJECT; a top-level subject also says {@code repliesTotal}. */
    public JsonObjectBuilder subject(Subject s, boolean isLike) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("id", s.id()).add("topicId", s.topicId())
                .add("creatorId", s.creatorId()).add("title", s.title()).add("path", media.url(s.objectKey()))
                .add("length", s.length()).add("samples", s.samples())
                .add("createTime", HeiheiTimes.dateTime(s.createdAt()))
                .add("timeTip", HeiheiTimes.tip(s.createdAt(), Instant.now())).add("mainSubjectId", s.mainSubjectId())
                .add("replySubjectId", s.replySubjectId()).add("replyUserId", s.replyUserId())
                .add("isLike", isLike).add("countings", subjectCountings(s));
        if (s.mainSubjectId() == 0) {
            b.add("repliesTotal", s.replyCount());
        }
        return b;
    }

    /** The {@code users} map: each referenced user's OBJ-USERSUMMARY, {@code isFollowed} as the caller sees it. */
    public JsonObject users(long caller, Collection<Long> ids) {
        Set<Long> followed = social.followedAmong(caller, ids);
        JsonObjectBuilder map = Jsons.createObjectBuilder();
        for (long id : Set.copyOf(ids)) {
            users.find(id).ifPresent(u -> map.add(Long.toString(id), UserJson.summary(u, followed.contains(id))));
        }
        return map.build();
    }

    /** HH-TOPIC-01 {@code dueChat.users}: OBJ-USERSUMMARY + {@code timeTip}. */
    public JsonArrayBuilder active(long caller, List<Topics.Active> active) {
        Set<Long> followed = social.followedAmong(caller, active.stream().map(Topics.Active::userId).toList());
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        Instant now = Instant.now();
        for (Topics.Active a : active) {
            users.find(a.userId()).ifPresent(u -> array.add(UserJson.summary(u, followed.contains(u.id()))
                    .add("timeTip", HeiheiTimes.tip(a.at(), now))));
        }
        return array;
    }

    public JsonObject topicShare(Topic t) {
        return Shares.of(topicShareUrl.replace("{id}", Integer.toString(t.id())), "#" + t.name() + "#",
                t.content(), t.img());
    }

    public JsonObject subjectShare(Subject s, Topic t) {
        String title = s.title().isEmpty() ? "#" + t.name() + "#" : s.title();
        return Shares.of(subjectShareUrl.replace("{id}", Integer.toString(s.id())), title,
                "来嘿嘿听听#" + t.name() + "#", t.img());
    }
}
