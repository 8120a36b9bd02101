-- SIG-13 room places as rows instead of a counter: a peer is (connection, instance), so the places held by an
-- instance that stopped beating are freed by the sweep of the others, and a peer can rejoin after such a crash.
CREATE TABLE sig_room_peer (
    connection_id VARCHAR(64) PRIMARY KEY,
    room_id       VARCHAR(36) NOT NULL,
    instance_id   VARCHAR(64) NOT NULL,
    joined_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sig_room_peer_room ON sig_room_peer (room_id);
CREATE INDEX ix_sig_room_peer_instance ON sig_room_peer (instance_id);

ALTER TABLE sig_call DROP COLUMN room_peers;
