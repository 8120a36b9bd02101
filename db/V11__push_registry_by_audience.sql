-- One device-push registry for every audience (DESIGN.md §4a): a registration is keyed by (audience, user key)
-- instead of a foreign key to lwork_user, so heihei users reuse push.dispatch, the providers and the retries.
CREATE TABLE push_target (
    audience     VARCHAR(16)  NOT NULL,
    user_key     VARCHAR(64)  NOT NULL,
    device_id    VARCHAR(128),
    provider     VARCHAR(16)  NOT NULL,
    token        VARCHAR(256) NOT NULL,
    provider_uid VARCHAR(128),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (audience, user_key)
);
INSERT INTO push_target (audience, user_key, device_id, provider, token, provider_uid, updated_at)
    SELECT 'lwork', CAST(user_id AS VARCHAR(64)), device_id, provider, token, provider_uid, updated_at
    FROM push_registration;
DROP TABLE push_registration;
ALTER TABLE push_target RENAME TO push_registration;
CREATE INDEX ix_push_registration_token ON push_registration (provider, token);

ALTER TABLE push_delivery ADD COLUMN audience VARCHAR(16) DEFAULT 'lwork' NOT NULL;
ALTER TABLE push_delivery ADD COLUMN user_key VARCHAR(64);
UPDATE push_delivery SET user_key = CAST(user_id AS VARCHAR(64));
ALTER TABLE push_delivery ALTER COLUMN user_key SET NOT NULL;
DROP INDEX ix_push_delivery_user;
ALTER TABLE push_delivery DROP COLUMN user_id;
CREATE INDEX ix_push_delivery_user ON push_delivery (audience, user_key, id);
