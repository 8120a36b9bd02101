package com.switchboard.platform.wire;

import jakarta.ejb.ApplicationException;

/**
 * A request that is answered with a failure in its family's dialect. Thrown from services, it rolls the transaction
 * back, so a failed request changes nothing.
 * <p>
 * Either a generic {@link ErrorKind} or a family-specific {@code code} (lwork reason, heihei errorcode, ISV result).
 */
@ApplicationException(rollback = true)
public class ApiFailure extends RuntimeException {
    private final ErrorKind kind;
    private final String code;

    protected ApiFailure(ErrorKind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public static ApiFailure of(ErrorKind kind, String message) {
        return new ApiFailure(kind, null, message);
    }

    public static ApiFailure invalidParams(String message) {
        return of(ErrorKind.INVALID_PARAMS, message);
    }

    /** The generic kind, or null for a family-specific failure. */
    public ErrorKind kind() {
        return kind;
    }

    /** The family-specific code, or null for a generic failure. */
    public String code() {
        return code;
    }
}
