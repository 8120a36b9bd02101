package com.switchboard.heihei.live;

import java.io.Serializable;
import java.util.Objects;

/** The key of a row about one user in one live (viewer, mute, knock). */
public class LiveUserKey implements Serializable {
    private Long liveId;
    private Long userId;

    public LiveUserKey() {
    }

    public LiveUserKey(long liveId, long userId) {
        this.liveId = liveId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LiveUserKey k && Objects.equals(liveId, k.liveId) && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(liveId, userId);
    }
}
