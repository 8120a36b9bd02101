package com.switchboard.heihei;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** {@code timeTip}, the relative time heihei shows beside posts and users: "刚刚", "N分钟前", "N小时前", "N天前", a date. */
public final class TimeTips {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private TimeTips() {
    }

    public static String of(Instant at, Instant now) {
        long s = Math.max(0, Duration.between(at, now).toSeconds());
        if (s < 60) {
            return "刚刚";
        } else if (s < 3600) {
            return s / 60 + "分钟前";
        } else if (s < 86_400) {
            return s / 3600 + "小时前";
        } else if (s < 30 * 86_400L) {
            return s / 86_400 + "天前";
        }
        return DATE.format(at);
    }
}
