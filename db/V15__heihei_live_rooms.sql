-- heihei part 2 (heihei.md §7, HH-MSG-01): live rooms, who is in them, mutes, knocks and invitation keys.
-- Users are referred to by id only: the user feature's tables are its own.

CREATE TABLE hh_live (
    id                BIGINT       PRIMARY KEY,
    room_id           BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    -- user_id while the live is unclosed (status 0 or 1), else null: one unclosed live per anchor, even when two
    -- creates race.
    open_anchor       BIGINT,
    title             VARCHAR(128) NOT NULL,
    status            INT          NOT NULL,
    visible           INT          NOT NULL,
    paused            BOOLEAN      NOT NULL,
    -- the ingest's on_publish/on_publish_done: whether the anchor's stream reaches us now
    publishing        BOOLEAN      NOT NULL,
    seat_limit        INT          NOT NULL,
    locked_seats      INT          NOT NULL,
    online_users      INT          NOT NULL,
    total_users       INT          NOT NULL,
    live_total_ticket BIGINT       NOT NULL,
    address           VARCHAR(128) NOT NULL,
    device_type       VARCHAR(16),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE,
    ended_at          TIMESTAMP WITH TIME ZONE,
    anchor_beat_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ix_hh_live_open_anchor ON hh_live (open_anchor);
CREATE UNIQUE INDEX ix_hh_live_room ON hh_live (room_id);
CREATE INDEX ix_hh_live_user ON hh_live (user_id, created_at);
CREATE INDEX ix_hh_live_status ON hh_live (status, visible, started_at);

-- Everyone who joined a live; in_room while they are there (the anchor is not a row).
CREATE TABLE hh_live_viewer (
    live_id     BIGINT  NOT NULL,
    user_id     BIGINT  NOT NULL,
    in_room     BOOLEAN NOT NULL,
    join_time   BIGINT  NOT NULL,
    last_beat_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_hh_live_viewer PRIMARY KEY (live_id, user_id)
);
CREATE INDEX ix_hh_live_viewer_room ON hh_live_viewer (live_id, in_room, join_time);
CREATE INDEX ix_hh_live_viewer_beat ON hh_live_viewer (in_room, last_beat_at);

CREATE TABLE hh_live_mute (
    live_id    BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_hh_live_mute PRIMARY KEY (live_id, user_id)
);

CREATE TABLE hh_live_knock (
    live_id    BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    knocked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_hh_live_knock PRIMARY KEY (live_id, user_id)
);

-- HH-LIVE-22's liveKey, stored as its SHA-256: single use, for one user and one live.
CREATE TABLE hh_live_key (
    key_hash   VARCHAR(64) PRIMARY KEY,
    live_id    BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
