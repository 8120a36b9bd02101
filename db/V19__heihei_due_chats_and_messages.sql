-- heihei part 4 (heihei.md §11 HH-CHAT-07..09, §12 HH-MSG-02..04, §13.4): due-chat calls, the conversation list with
-- exact unread counts, and direct messages. Users are referred to by id only.

-- One row per user whose lock serialises everything that changes that user's conversation list, on every instance.
CREATE TABLE hh_inbox (
    user_id BIGINT PRIMARY KEY
);

-- One item per counterpart (HH-MSG-02): the latest activity and how many of its messages the owner has not read.
CREATE TABLE hh_conversation (
    owner_id BIGINT       NOT NULL,
    peer_id  BIGINT       NOT NULL,
    -- calling (a missed incoming call), call (a call took place), post (an unanswered outgoing call), im
    kind     VARCHAR(8)   NOT NULL,
    text     VARCHAR(512),
    last_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- consecutive entries of this kind (HH-ACT-13 data.count)
    count    INT          NOT NULL,
    unread   INT          NOT NULL CHECK (unread >= 0),
    PRIMARY KEY (owner_id, peer_id)
);
CREATE INDEX ix_hh_conversation_owner ON hh_conversation (owner_id, last_at);

CREATE TABLE hh_im (
    id         BIGINT        PRIMARY KEY,
    from_id    BIGINT        NOT NULL,
    to_id      BIGINT        NOT NULL,
    msg_type   VARCHAR(8)    NOT NULL,
    content    VARCHAR(2048) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_hh_im_to ON hh_im (to_id, id);
CREATE INDEX ix_hh_im_from ON hh_im (from_id, id);

CREATE TABLE hh_due_call (
    chat_id        BIGINT     PRIMARY KEY,
    caller_id      BIGINT     NOT NULL,
    callee_id      BIGINT     NOT NULL,
    -- 0 first call, 1 call-back
    type           INT        NOT NULL,
    -- ringing, accepted, cancelled, missed
    status         VARCHAR(9) NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- callee / caller while ringing, else null: one call rings a user, and a user rings one at a time
    ringing_callee BIGINT,
    ringing_caller BIGINT
);
CREATE UNIQUE INDEX ix_hh_due_call_callee ON hh_due_call (ringing_callee);
CREATE UNIQUE INDEX ix_hh_due_call_caller ON hh_due_call (ringing_caller);
CREATE INDEX ix_hh_due_call_status ON hh_due_call (status, expires_at);
