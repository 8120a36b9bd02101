package com.switchboard.heihei.topic;

import com.switchboard.heihei.upload.UploadSigns;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Posting in topics (HH-TOPIC-04..08). Counters change under row locks taken subject first, then topic, so that
 * concurrent likes, replies and listens neither lose a count nor deadlock; one like per user per subject.
 */
@Stateless
public class Subjects {
    static final int MAX_TITLE = 128;
    static final int MAX_LENGTH_SECONDS = 3600;
    static final int MAX_SAMPLES = 2048;
    private static final Pattern SAMPLES = Pattern.compile("-?\\d{1,6}(,-?\\d{1,6})*");

    /** A subject's and its topic's counts after a listen or a like. */
    public record Counts(Subject subject, Topic topic) {
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    Topics topics;
    @Inject
    UploadSigns signs;
    @Inject
    SubjectNotices notices;

    /** HH-TOPIC-04: 100 unknown topic, 102 a sign that is not the caller's fresh upload of a record. */
    public Subject create(long caller, int topicId, String sign, String samples, String title, int length) {
        String cleanSamples = samples(samples);
        checkLength(length);
        Topic topic = topics.lockedTopic(topicId);
        String key = signs.use(caller, sign, "record").key();
        Subject s = new Subject(topic.id(), caller, title(title), key, length, cleanSamples, Instant.now());
        em.persist(s);
        topic.posted();
        em.flush();
        return s;
    }

    /** HH-TOPIC-05: a reply to a subject or to a reply; the top-level subject and the topic count it. */
    public Subject reply(long caller, int subjectId, String sign, String samples, String title, int length) {
        String cleanSamples = samples(samples);
        checkLength(length);
        Subject answered = topics.subject(subjectId);
        Subject main = topics.lockedSubject(answered.mainId());
        Topic topic = topics.lockedTopic(main.topicId());
        String key = signs.use(caller, sign, "record").key();
        Subject reply = Subject.replyTo(answered, caller, title(title), key, length, cleanSamples, Instant.now());
        em.persist(reply);
        main.replied();
        topic.posted();
        em.flush();
        return reply;
    }

    /** HH-TOPIC-06: the creator only (711). */
    public Subject retitle(long caller, int subjectId, String title) {
        Subject s = topics.lockedSubject(subjectId);
        if (s.creatorId() != caller) {
            throw new HeiheiFailure(711, "只有发布者可以修改");
        }
        s.retitle(title(title));
        return s;
    }

    /** HH-TOPIC-07. */
    public Counts listen(int subjectId) {
        Subject s = topics.lockedSubject(subjectId);
        Topic t = topics.lockedTopic(s.topicId());
        s.listened();
        t.listened();
        return new Counts(s, t);
    }

    /** HH-TOPIC-08: the first like of a user counts and tells the author (HH-IM-06); a repeat changes nothing. */
    public Counts like(long caller, int subjectId) {
        Subject s = topics.lockedSubject(subjectId);
        Topic t = topics.lockedTopic(s.topicId());
        boolean first = em.createNativeQuery("SELECT 1 FROM hh_subject_like WHERE subject_id = ?1 AND user_id = ?2")
                .setParameter(1, s.id()).setParameter(2, caller).getResultList().isEmpty();
        if (first) {
            Instant now = Instant.now();
            em.createNativeQuery("INSERT INTO hh_subject_like (subject_id, user_id, created_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, s.id()).setParameter(2, caller).setParameter(3, now).executeUpdate();
            s.liked();
            t.liked();
            if (s.creatorId() != caller) {
                notices.liked(caller, s.creatorId(), t, now);
            }
        }
        return new Counts(s, t);
    }

    /** Waveform samples, comma-separated integers; the v2.0.0 examples' brackets and spaces are dropped. */
    static String samples(String samples) {
        String clean = samples == null ? "" : samples.replaceAll("[\\[\\]\\s]", "");
        if (clean.isEmpty() || clean.length() > MAX_SAMPLES || !SAMPLES.matcher(clean).matches()) {
            throw HeiheiFailure.badParam("samples: comma-separated integers, at most " + MAX_SAMPLES + " characters");
        }
        return clean;
    }

    static String title(String title) {
        String t = title == null ? "" : title.strip();
        if (t.length() > MAX_TITLE) {
            throw HeiheiFailure.badParam("title over " + MAX_TITLE + " characters");
        }
        return t;
    }

    static void checkLength(int length) {
        if (length < 0 || length > MAX_LENGTH_SECONDS) {
            throw HeiheiFailure.badParam("length: 0.." + MAX_LENGTH_SECONDS + " seconds");
        }
    }
}
