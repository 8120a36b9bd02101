-- HH-LIVE-24: a kicked viewer stays out of that live until kicked_until (or the live's end).
ALTER TABLE hh_live_viewer ADD COLUMN kicked_until TIMESTAMP WITH TIME ZONE;

-- HH-USER-18: the push device a sign-in token registered, so signing that token out (HH-USER-05) unregisters that
-- device only.
ALTER TABLE hh_token ADD COLUMN push_device VARCHAR(128);

-- HH-MSG-05 (Proposed): nonces of signed server envelopes seen within the replay window.
CREATE TABLE hh_msg_nonce (
    nonce   VARCHAR(64) PRIMARY KEY,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_hh_msg_nonce_seen ON hh_msg_nonce (seen_at);

-- What a realtime socket was opened with (a hash of its sign-in token), to cap sockets per sign-in.
ALTER TABLE rt_presence ADD COLUMN session_key VARCHAR(64);

-- An uploaded object whose sign was used may not be put again (the embedded store's media PUT looks it up).
CREATE INDEX ix_hh_upload_sign_key ON hh_upload_sign (object_key);
