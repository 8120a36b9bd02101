package com.switchboard.heihei.topic;

import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.channel.ClientMessages;
import com.switchboard.heihei.channel.HeiheiPush;
import com.switchboard.heihei.link.DeepLinks;
import com.switchboard.heihei.message.Conversations;
import com.switchboard.heihei.user.HeiheiUser;
import com.switchboard.heihei.user.HeiheiUsers;
import com.switchboard.heihei.user.UserJson;
import com.switchboard.platform.binding.Jsons;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * HH-IM-06 {@code sysnotify} to a subject's author: on the channel (pushed when offline)
 * with the HH-LINK-09 jump to the topic, and an unread item in the author's conversation list so that it is not lost
 * when neither reaches the phone. Sent only if the like commits.
 */
@Stateless
public class SubjectNotices {
    @Inject
    HeiheiUsers users;
    @Inject
    Conversations conversations;
    @Inject
    HeiheiPush push;
    @Inject
    HeiheiSettings heihei;

    public void liked(long liker, long author, Topic topic, Instant at) {
        HeiheiUser from = users.get(liker);
        String text = "我在话题#" + topic.name() + "#里给你点赞了";
        JsonObject content = Jsons.createObjectBuilder().add("text", text).add("img", topic.img())
                .add("icon", from.coverUrl()).build();
        String link = new DeepLinks(heihei.linkScheme()).topic(topic.id());
        JsonObject jump = Jsons.createObjectBuilder().add("text", "去看看").add("link", link).build();
        JsonObject im = ClientMessages.im(author, liker, "sysnotify", content, jump, Jsons.createObjectBuilder()
                .add(Long.toString(liker), UserJson.summary(from, false)).build(), at);
        conversations.record(author, liker, "im", text, true, at);
        push.toUser(author, Jsons.createObjectBuilder(im).add("getuiAction", "message")
                .add("text", from.displayName() + text).add("fromUserId", liker)
                .add("fromUserName", from.displayName()).add("gender", from.gender()).add("link", link).build());
    }
}
