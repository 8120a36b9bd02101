package com.switchboard.call;

/** A session just created: its id and the server's media endpoint for it. */
public record StartedCall(String sessionId, Media media) {
}
