-- heihei part 4 (heihei.md §8): co-hosting. Lives and users are referred to by id only.

-- A viewer's request (kind 'request') or the anchor's invitation (kind 'invite'), answered within expires_at.
CREATE TABLE hh_cohost_ask (
    live_id    BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    kind       VARCHAR(8)  NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (live_id, user_id, kind)
);

CREATE TABLE hh_cohost (
    id               BIGINT      PRIMARY KEY,
    live_id          BIGINT      NOT NULL,
    room_id          BIGINT      NOT NULL,
    anchor_id        BIGINT      NOT NULL,
    user_id          BIGINT      NOT NULL,
    -- 0 waiting, 1 connected, 2 ended (the conference-status values)
    status           INT         NOT NULL,
    -- live_id while status < 2, else null: one co-host per live at a time, even when two accepts race
    open_live        BIGINT,
    accepted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    anchor_joined_at TIMESTAMP WITH TIME ZONE,
    cohost_joined_at TIMESTAMP WITH TIME ZONE,
    anchor_connected BOOLEAN     NOT NULL,
    cohost_connected BOOLEAN     NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ix_hh_cohost_open ON hh_cohost (open_live);
CREATE INDEX ix_hh_cohost_status ON hh_cohost (status);
