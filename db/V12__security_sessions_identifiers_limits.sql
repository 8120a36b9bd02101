-- Issue 16: lwork device sessions carry a secret (stored hashed) and expire after inactivity; an account name and
-- a user name share one namespace per group; rate counters shared by every instance; call legs owned by an instance.

ALTER TABLE lwork_device_session ADD COLUMN session_hash VARCHAR(64);
ALTER TABLE lwork_device_session ADD COLUMN last_seen_at TIMESTAMP WITH TIME ZONE;
UPDATE lwork_device_session SET last_seen_at = COALESCE(last_poll_at, logged_in_at);
CREATE UNIQUE INDEX ix_lwork_device_session_hash ON lwork_device_session (session_hash);

-- Every account and user name of a group, so that an account and another user's name cannot collide even when
-- both are registered at the same instant (the unique key decides).
CREATE TABLE lwork_identifier (
    group_id   VARCHAR(64)  NOT NULL,
    identifier VARCHAR(128) NOT NULL,
    user_id    BIGINT       NOT NULL REFERENCES lwork_user (id),
    CONSTRAINT pk_lwork_identifier PRIMARY KEY (group_id, identifier)
);
INSERT INTO lwork_identifier (group_id, identifier, user_id) SELECT group_id, account, id FROM lwork_user;
INSERT INTO lwork_identifier (group_id, identifier, user_id)
    SELECT u.group_id, u.name, u.id FROM lwork_user u
    WHERE u.name IS NOT NULL AND NOT EXISTS
        (SELECT 1 FROM lwork_identifier i WHERE i.group_id = u.group_id AND i.identifier = u.name);
CREATE INDEX ix_lwork_identifier_user ON lwork_identifier (user_id);

-- Attempts and sends counted per key (an account, a client address, a phone, everything) across instances.
CREATE TABLE rate_counter (
    counter_key   VARCHAR(200) PRIMARY KEY,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    hits          INT          NOT NULL,
    last_at       TIMESTAMP WITH TIME ZONE,
    blocked_until TIMESTAMP WITH TIME ZONE
);

-- The instance whose memory holds a call's legs; when it stops beating in rt_instance the others release its calls.
ALTER TABLE voip_call ADD COLUMN owner_instance VARCHAR(64);
CREATE INDEX ix_voip_call_owner ON voip_call (owner_instance, peer_status);
ALTER TABLE isv_conference_leg ADD COLUMN owner_instance VARCHAR(64);
CREATE INDEX ix_isv_leg_owner ON isv_conference_leg (owner_instance, state);
