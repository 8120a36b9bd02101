package com.switchboard.heihei.sys;

import com.switchboard.heihei.HeiheiLimits;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** HH-SYS-01 app updates from the operators' version table, HH-SYS-02 client logs, HH-SOCIAL-01 banners. */
@Stateless
public class SysService {
    /** Longest client log kept; longer ones are refused (700), not cut. */
    /** A client log's length at most (700 above); a user may send {@code limits.client-log.per-minute} a minute. */
    public static final int MAX_LOG = 16_384;

    @jakarta.inject.Inject
    HeiheiLimits limits;
    @PersistenceContext
    EntityManager em;

    /** A newer version for the device type (and channel, where a row names one). */
    public record Update(boolean force, String url, String title, String text, String fileName, String versionCode,
                         String channel) {
    }

    public record Banner(String desc, String cover, int type, String target) {
    }

    public Optional<Update> newerThan(String versionCode, String deviceType, String channel) {
        int[] current = version(versionCode);
        List<Object[]> rows = em.createNativeQuery("select force_update, url, title, text, file_name, version_code, "
                        + "channel from hh_app_version where device_type = ?1 and (channel is null or channel = ?2)",
                        Object[].class)
                .setParameter(1, deviceType).setParameter(2, channel == null ? "" : channel).getResultList();
        return rows.stream()
                .map(r -> new Update((Boolean) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], r[6] == null ? (channel == null ? "" : channel) : (String) r[6]))
                .filter(u -> compare(version(u.versionCode()), current) > 0)
                .max(Comparator.comparing(u -> version(u.versionCode()), SysService::compare));
    }

    public void uploadLog(long userId, String log) {
        if (log.length() > MAX_LOG) {
            throw HeiheiFailure.badParam("log longer than " + MAX_LOG + " characters");
        }
        limits.take(HeiheiLimits.Action.CLIENT_LOG, userId, null);
        em.createNativeQuery("insert into hh_client_log (user_id, log_text, created_at) values (?1, ?2, ?3)")
                .setParameter(1, userId).setParameter(2, log).setParameter(3, Instant.now()).executeUpdate();
    }

    public List<Banner> banners() {
        List<Object[]> rows = em.createNativeQuery("select description, cover, type, target from hh_banner "
                + "order by sort_order, id", Object[].class).getResultList();
        return rows.stream().map(r -> new Banner((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                (String) r[3])).toList();
    }

    /** {@code 1.0.2} → [1, 0, 2]; anything else is 700. */
    static int[] version(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,6}(\\.[0-9]{1,6}){0,3}")) {
            throw HeiheiFailure.badParam("versionCode");
        }
        String[] parts = text.strip().split("\\.");
        int[] v = new int[4];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Integer.parseInt(parts[i]);
        }
        return v;
    }

    static int compare(int[] a, int[] b) {
        return java.util.Arrays.compare(a, b);
    }
}
