package com.switchboard.heihei;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** heihei's times on the wire: §0.3 date-times in the app's home time zone, and relative {@code timeTip} texts. */
public final class HeiheiTimes {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private HeiheiTimes() {
    }

    /** {@code yyyy-MM-dd HH:mm:ss}, Beijing time. */
    public static String dateTime(Instant at) {
        return DATE_TIME.format(at);
    }

    /** "刚刚", "N分钟前", "N小时前", "N天前", then the date. */
    public static String tip(Instant at, Instant now) {
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
