package com.switchboard.heihei.record;

import com.switchboard.heihei.HeiheiTimes;
import com.switchboard.heihei.upload.MediaUrls;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.ProfileService;
import com.switchboard.heihei.user.SocialService;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.platform.binding.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.time.Instant;

/** OBJ-RECORD with its {@code RecordUser} (spellings {@code redordLength}, {@code isFollow} kept). */
@RequestScoped
public class RecordViews {
    /** HH-USER-06's user status types and the record's: 5 streaming → 1, 6 due-chatting → 2. */
    static final int STREAMING = 5;

    @Inject
    MediaUrls media;
    @Inject
    HeiheiUsers users;
    @Inject
    SocialService social;
    @Inject
    ProfileService profiles;

    /** {@code withCursor}: a feed item ({@code score}, {@code timeTip}); {@code mine} goes without. */
    public JsonObjectBuilder record(long caller, VoiceRecord r, boolean withCursor) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("recordId", r.id()).add("userId", r.userId())
                .add("recordPath", media.url(r.objectKey())).add("redordLength", r.length()).add("status", r.status())
                .add("createTime", HeiheiTimes.dateTime(r.createdAt()));
        if (withCursor) {
            b.add("score", r.score()).add("timeTip", HeiheiTimes.tip(r.createdAt(), Instant.now()));
        }
        return b.add("userInfo", user(caller, users.get(r.userId())));
    }

    private JsonObjectBuilder user(long caller, HeiheiUser u) {
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("id", u.id()).add("displayName", u.displayName())
                .add("coverUrl", u.coverUrl()).add("region", u.region()).add("gender", u.gender())
                .add("birthDay", UserJson.birthDay(u)).add("level", u.level())
                .add("isFollow", caller != u.id() && social.follows(caller, u.id()));
        profiles.activity(u.id()).ifPresent(a -> b.add("status", status(a)));
        return b;
    }

    /** Absent = free for a due-chat; 1 live (with the jump), 2 due-chatting. */
    static JsonObject status(JsonObject activity) {
        boolean live = activity.get("type") instanceof JsonNumber n && n.intValue() == STREAMING;
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("type", live ? 1 : 2);
        if (activity.containsKey("jump")) {
            b.add("jump", activity.get("jump"));
        }
        return b.build();
    }
}
