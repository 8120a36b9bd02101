-- HH-LIVE-24: a kicked viewer stays out of that live until kicked_until (or the live's end).
ALTER TABLE hh_live_viewer ADD COLUMN kicked_until TIMESTAMP WITH TIME ZONE;

-- HH-USER-18: the push device a sign-in token registered, so signing that token out (HH-USER-05) unregisters that
-- device only.
ALTER TABLE hh_token ADD COLUMN push_device VARCHAR(128);
