package com.switchboard.heihei.record;

import com.switchboard.heihei.upload.ObjectStore;
import com.switchboard.heihei.upload.UploadSigns;
import com.switchboard.platform.binding.MultipartForm;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The v1.3.0 voice-record feed (HH-TOPIC-10..13): one current record per user (a new upload replaces the last),
 * others' records newest first by {@code score}, uploads checked and put into the object store, listens logged.
 */
@Stateless
public class Records {
    public static final int PAGE = 20;
    /** Audio a recorder app writes; the object keeps the extension. */
    static final Map<String, String> AUDIO = Map.of("mp3", "audio/mpeg", "amr", "audio/amr", "aac", "audio/aac",
            "m4a", "audio/mp4", "wav", "audio/wav");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    ObjectStore store;
    @Inject
    RecordSettings settings;

    public Optional<VoiceRecord> mine(long caller) {
        return em.createQuery("SELECT r FROM VoiceRecord r WHERE r.userId = :u ORDER BY r.id DESC", VoiceRecord.class)
                .setParameter("u", caller).setMaxResults(1).getResultStream().findFirst();
    }

    /** Others' records after the cursor ({@code score} 0: from the newest). */
    public List<VoiceRecord> feed(long caller, long score) {
        return em.createQuery("SELECT r FROM VoiceRecord r WHERE r.userId <> :u AND (:s = 0 OR r.score < :s) "
                        + "ORDER BY r.score DESC", VoiceRecord.class).setParameter("u", caller).setParameter("s", score)
                .setMaxResults(PAGE).getResultList();
    }

    /**
     * HH-TOPIC-11: 700 no file or an unknown audio type, 756 over the size limit, 754 MD5 mismatch, 755 shorter than
     * the minimum; else the file is put into the object store and becomes the caller's record.
     */
    public VoiceRecord upload(long caller, Optional<MultipartForm.FilePart> part, String fileName, String fileMd5,
                              int recordLength) {
        MultipartForm.FilePart file = part.orElseThrow(() -> HeiheiFailure.badParam("file is required"));
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!AUDIO.containsKey(ext)) {
            throw HeiheiFailure.badParam("fileName must end in ." + String.join(", .", AUDIO.keySet()));
        }
        if (file.tooLarge()) {
            throw new HeiheiFailure(756, "文件太大啦");
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(fileMd5.trim());
        } catch (IllegalArgumentException e) {
            claimed = new byte[0];
        }
        if (!MessageDigest.isEqual(claimed, file.md5())) {
            throw new HeiheiFailure(754, "文件损坏,请重新上传。");
        }
        if (recordLength < settings.minSeconds()) {
            throw new HeiheiFailure(755, "录音时间太短");
        }
        Instant now = Instant.now();
        String key = UploadSigns.objectKey("record", caller, ext, now);
        store.put(key, file.path(), AUDIO.get(ext), file.md5());
        em.createQuery("DELETE FROM VoiceRecord r WHERE r.userId = :u").setParameter("u", caller).executeUpdate();
        VoiceRecord r = new VoiceRecord(caller, key, Math.min(recordLength, 3600), now, RANDOM.nextInt(1000));
        em.persist(r);
        em.flush();
        return r;
    }

    /** HH-TOPIC-12: the owner only; 757 otherwise (as for an unknown record). */
    public void delete(long caller, int recordId) {
        VoiceRecord r = em.find(VoiceRecord.class, recordId);
        if (r == null) {
            throw notFound();
        } else if (r.userId() != caller) {
            throw new HeiheiFailure(757, "无法删除不属于自己的录音");
        }
        em.remove(r);
        em.createNativeQuery("DELETE FROM hh_record_listen WHERE record_id = ?1").setParameter(1, recordId)
                .executeUpdate();
    }

    /** HH-TOPIC-13: logs the caller's listen. */
    public VoiceRecord read(long caller, int recordId) {
        VoiceRecord r = Optional.ofNullable(em.find(VoiceRecord.class, recordId)).orElseThrow(Records::notFound);
        em.createNativeQuery("INSERT INTO hh_record_listen (record_id, user_id, listened_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, recordId).setParameter(2, caller).setParameter(3, Instant.now()).executeUpdate();
        return r;
    }

    static HeiheiFailure notFound() {
        return new HeiheiFailure(757, "录音不存在");
    }
}
