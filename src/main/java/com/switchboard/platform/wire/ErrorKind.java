package com.switchboard.platform.wire;

/** Failures every API family answers, each in its own dialect. */
public enum ErrorKind {
    /** Malformed body, wrong type, missing required field, bad envelope. */
    INVALID_PARAMS,
    /** Body over the size limit. */
    TOO_LARGE,
    /** No endpoint at that path. */
    NOT_FOUND,
    /** Endpoint exists, not with that HTTP method. */
    METHOD_NOT_ALLOWED,
    /** A concurrent identical request won, or a row stayed locked too long: nothing changed, the client may retry. */
    CONFLICT,
    /** Anything unexpected; details go to the log, never to the client. */
    SERVER_ERROR
}
