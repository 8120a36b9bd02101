package com.switchboard.heihei.cohost;

import com.switchboard.heihei.live.RoomJoined;
import com.switchboard.heihei.user.RoomActivity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import java.util.Optional;

/** Co-hosting's part in other features: late joiners of a room (HH-ACT-20) and HH-USER-06 {@code confStatus}. */
@ApplicationScoped
public class CohostObservers implements RoomActivity {
    @Inject
    CohostService cohosts;

    void joined(@Observes RoomJoined event) {
        cohosts.lateJoiner(event.liveId(), event.userId());
    }

    @Override
    public Optional<JsonObject> statusIn(long liveId, long userId) {
        return cohosts.confStatus(liveId, userId);
    }
}
