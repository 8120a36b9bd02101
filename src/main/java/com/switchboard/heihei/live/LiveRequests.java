package com.switchboard.heihei.live;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** HH-LIVE-01..30 and HH-MSG-01 parameters (heihei.md §7, §12), merged from query, form and JSON. */
public final class LiveRequests {
    private LiveRequests() {
    }

    public record Create(@Size(max = 128) String token, @NotBlank @Size(max = 128) String title) {
    }

    /** Every request about one live. */
    public record LiveRef(@Size(max = 128) String token, @NotNull Long liveId) {
    }

    public record Title(@Size(max = 128) String token, @NotNull Long liveId, @NotBlank @Size(max = 128) String title) {
    }

    public record Visible(@Size(max = 128) String token, @NotNull Long liveId, @NotNull Integer visible) {
    }

    public record Join(@Size(max = 128) String token, @NotNull Long liveId, @Size(max = 128) String liveKey) {
    }

    public record Beat(@Size(max = 128) String token, @NotNull Long liveId, @NotNull Integer isCreator) {
    }

    public record ViewerPage(@Size(max = 128) String token, @NotNull Long liveId, Long lastJoinTime,
                             Integer direction) {
    }

    public record ByUser(@Size(max = 128) String token, Integer offset, Integer limit, Long userId) {
    }

    /** HH-LIVE-20: {@code unlock} 1/true unlocks, 0/false locks. */
    public record Seat(@Size(max = 128) String token, @NotNull Long liveId, @NotNull Boolean unlock) {
    }

    /** Invite, kick, mute, unmute, is-muted: a user in one live. */
    public record LiveUser(@Size(max = 128) String token, @NotNull Long liveId, @NotNull Long userId) {
    }

    public record Like(@Size(max = 128) String token, @NotNull Long liveId, @NotNull Integer type) {
    }

    public record Bullet(@Size(max = 128) String token, @NotNull Long liveId,
                         @NotBlank @Size(max = 256) String message) {
    }

    public record Text(@Size(max = 128) String token, @NotBlank @Size(max = 512) String text, @NotNull Long roomId,
                       @NotNull Long liveId) {
    }
}
