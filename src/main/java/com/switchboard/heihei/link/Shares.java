package com.switchboard.heihei.link;

import com.switchboard.platform.binding.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** OBJ-SHARE: the same item for each place it can be shared to (WeChat, Weibo, Moments). */
public final class Shares {
    private Shares() {
    }

    public static JsonObject of(String url, String title, String content, String coverUrl) {
        JsonObjectBuilder b = Jsons.createObjectBuilder();
        for (String place : new String[] {"wechat", "weibo", "friend"}) {
            b.add(place, Jsons.createObjectBuilder().add("title", title).add("content", content).add("url", url)
                    .add("coverUrl", coverUrl));
        }
        return b.build();
    }
}
