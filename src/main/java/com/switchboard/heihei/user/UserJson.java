package com.switchboard.heihei.user;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Map;

/** The user shapes of heihei.md §1 (OBJ-USERPUBLIC, OBJ-USERPROFILE, OBJ-LOGINUSER, OBJ-USERSUMMARY). */
public final class UserJson {
    private UserJson() {
    }

    /** OBJ-USERPUBLIC. */
    public static JsonObjectBuilder userPublic(HeiheiUser u, boolean isFollowed) {
        return Jsons.createObjectBuilder().add("id", u.id()).add("heiNum", u.heiNum())
                .add("displayName", u.displayName()).add("description", u.description())
                .add("coverUrl", u.coverUrl()).add("gender", u.gender()).add("birthDay", birthDay(u))
                .add("level", u.level()).add("experience", u.experience()).add("region", u.region())
                .add("address", u.address()).add("user_type", u.userType()).add("user_status", u.userStatus())
                .add("honours", Jsons.createArrayBuilder()).add("isFollowed", isFollowed)
                .add("lastModified", u.lastModified().getEpochSecond());
    }

    /** List rows (HH-USER-13..15, 19); the follower lists add {@code attribute {}}. */
    public static JsonArrayBuilder rows(List<ProfileService.Row> rows, boolean withAttribute) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        for (ProfileService.Row r : rows) {
            JsonObjectBuilder row = userPublic(r.user(), r.isFollowed());
            if (withAttribute) {
                row.add("attribute", Jsons.createObjectBuilder());
            }
            array.add(row);
        }
        return array;
    }

    /** OBJ-USERPROFILE. */
    public static JsonObjectBuilder profile(ProfileService.Profile p) {
        HeiheiUser u = p.user();
        JsonObjectBuilder b = userPublic(u, p.isFollowed())
                .add("point", p.wallet().point()).add("allEarnPoint", p.wallet().allEarnPoint())
                .add("goldCount", p.wallet().gold()).add("postCount", p.wallet().allOutlayGold())
                .add("followerCount", p.followerCount()).add("followingCount", p.followingCount())
                .add("liveCount", 0).add("roomCount", 0).add("isBlocked", p.isBlocked())
                .add("modifyCount", u.modifyCount()).add("modifyText", p.modifyText());
        if (p.attributes() != null) {
            b.add("attribute", map(p.attributes()));
        }
        return b;
    }

    /** OBJ-LOGINUSER: keeps {@code userType} as documented there. */
    public static JsonObjectBuilder loginUser(HeiheiUser u) {
        return Jsons.createObjectBuilder().add("id", u.id()).add("lastModified", u.lastModified().getEpochSecond())
                .add("displayName", u.displayName()).add("coverUrl", u.coverUrl()).add("region", u.region())
                .add("gender", u.gender()).add("birthDay", birthDay(u)).add("level", u.level())
                .add("userType", u.userType()).add("address", u.address()).add("description", u.description());
    }

    /** OBJ-USERSUMMARY. */
    public static JsonObjectBuilder summary(HeiheiUser u, boolean isFollowed) {
        return Jsons.createObjectBuilder().add("id", u.id()).add("displayName", u.displayName())
                .add("heiNum", u.heiNum()).add("coverUrl", u.coverUrl()).add("level", u.level())
                .add("birthDay", birthDay(u)).add("gender", u.gender()).add("honours", Jsons.createArrayBuilder())
                .add("isFollowed", isFollowed);
    }

    public static JsonObjectBuilder map(Map<String, String> values) {
        JsonObjectBuilder b = Jsons.createObjectBuilder();
        values.forEach(b::add);
        return b;
    }

    /** OBJ-USERSUMMARY {@code birthDay}: yyyy-MM-dd, "" when unset. */
    public static String birthDay(HeiheiUser u) {
        return u.birthDay() == null ? "" : u.birthDay().toString();
    }
}
