-- heihei part 5 (heihei.md §6 HH-UPLOAD-01): the upload signs the server issued, each usable once by its user.
CREATE TABLE hh_upload_sign (
    sign       VARCHAR(32)  PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    module     VARCHAR(8)   NOT NULL,
    object_key VARCHAR(128) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
