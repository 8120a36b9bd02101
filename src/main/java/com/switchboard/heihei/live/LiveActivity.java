package com.switchboard.heihei.live;

import com.switchboard.heihei.HeiheiSettings;
import com.switchboard.heihei.link.DeepLinks;
import com.switchboard.heihei.user.UserActivity;
import com.switchboard.platform.binding.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.Optional;

/** HH-USER-06 {@code userStatus} type 5 with the live's link while the user streams. */
@ApplicationScoped
public class LiveActivity implements UserActivity {
    static final int STREAMING = 5;

    @Inject
    LiveFeed feed;
    @Inject
    HeiheiSettings heihei;

    @Override
    public Optional<JsonObject> statusOf(long userId) {
        return feed.streaming(userId).map(live -> Jsons.createObjectBuilder().add("type", STREAMING)
                .add("jump", new DeepLinks(heihei.linkScheme()).live(live.id(), null)).build());
    }
}
