package com.switchboard.platform.wire;

import java.util.List;

/** The API families of DESIGN.md §1, told apart by path, each with its own reply dialect. */
public enum Family {
    LWORK(LworkDialect.INSTANCE, true, List.of("lwork/", "channel/", "mail/", "livecommail/", "service.yaws")),
    SIGNALING(SignalingDialect.INSTANCE, false, List.of("account/", "getContactPersons")),
    ISV(IsvDialect.INSTANCE, false, List.of("httpIntf/")),
    HEIHEI(HeiheiDialect.INSTANCE, false, List.of("api/", "messageserver/")),
    /** Operations: plain JSON and HTTP status codes. */
    OPS(PlainDialect.INSTANCE, false, List.of("ops/")),
    /** Outside every family. */
    NONE(PlainDialect.INSTANCE, false, List.of());

    private final Dialect dialect;
    private final boolean envelope;
    private final List<String> prefixes;

    Family(Dialect dialect, boolean envelope, List<String> prefixes) {
        this.dialect = dialect;
        this.envelope = envelope;
        this.prefixes = prefixes;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Whether the family accepts the {@code data_enc} envelope (VOIP-62: lwork only). */
    public boolean acceptsEnvelope() {
        return envelope;
    }

    /** @param path the request path relative to the context root, with or without a leading slash */
    public static Family of(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        for (Family f : values()) {
            for (String prefix : f.prefixes) {
                String root = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
                if (p.equals(root) || p.startsWith(root + "/")) {
                    return f;
                }
            }
        }
        return NONE;
    }
}
