-- Platform realtime registry (DESIGN.md §4a): instances beat here, and the sockets of an instance that stopped beating
-- count as closed. Replaces sig_instance, which only signaling used.
CREATE TABLE rt_instance (
    instance_id VARCHAR(64) PRIMARY KEY,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
DROP TABLE sig_instance;

-- One row per open socket of a channel that keeps several sockets per owner (the heihei channel keys by user):
-- which instance holds it. Signaling keeps its device presence (with the device's call) in sig_presence.
CREATE TABLE rt_presence (
    connection_id VARCHAR(64)  PRIMARY KEY,
    channel       VARCHAR(32)  NOT NULL,
    owner_key     VARCHAR(128) NOT NULL,
    instance_id   VARCHAR(64)  NOT NULL,
    connected_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_rt_presence_owner ON rt_presence (channel, owner_key);
CREATE INDEX ix_rt_presence_instance ON rt_presence (instance_id);

-- One secret store: the signaling token secret joins the named server secrets, so issued tokens stay valid.
INSERT INTO server_secret (name, secret, created_at)
    SELECT 'signaling.jwt', secret, created_at FROM sig_secret WHERE id = 1;
DROP TABLE sig_secret;
