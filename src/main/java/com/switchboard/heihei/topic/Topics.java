package com.switchboard.heihei.topic;

import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reading topics and their subjects (HH-TOPIC-01..03, 09): the v2.0.0 paging rule (offset = items already loaded),
 * pinned topics first, hot = likes + replies + listens then newest.
 */
@Stateless
public class Topics {
    public static final int TOPIC_PAGE = 20;
    public static final int SUBJECT_PAGE = 10;
    public static final int REPLY_PAGE = 20;
    /** Replies shown under each subject of a topic's list. */
    static final int PREVIEW = 3;
    static final int ZONE_USERS = 10;

    /** A user recently active in the due-chat zone, and when. */
    public record Active(long userId, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    /** Normal topics, pinned first; the due-chat zone comes separately. */
    public List<Topic> page(int offset) {
        return em.createQuery("SELECT t FROM Topic t WHERE t.type <> :zone ORDER BY t.isTop DESC, t.id", Topic.class)
                .setParameter("zone", Topic.DUE_CHAT).setFirstResult(offset).setMaxResults(TOPIC_PAGE)
                .getResultList();
    }

    public Optional<Topic> dueChatZone() {
        return em.createQuery("SELECT t FROM Topic t WHERE t.type = :zone ORDER BY t.id", Topic.class)
                .setParameter("zone", Topic.DUE_CHAT).setMaxResults(1).getResultStream().findFirst();
    }

    /** The latest posters in the zone, each once, newest first. */
    public List<Active> activeIn(int topicId) {
        List<Object[]> rows = em.createQuery("SELECT s.creatorId, MAX(s.createdAt) FROM Subject s WHERE s.topicId = "
                        + ":t GROUP BY s.creatorId ORDER BY MAX(s.createdAt) DESC", Object[].class)
                .setParameter("t", topicId).setMaxResults(ZONE_USERS).getResultList();
        List<Active> active = new ArrayList<>();
        for (Object[] r : rows) {
            active.add(new Active((Long) r[0], (Instant) r[1]));
        }
        return active;
    }

    /** 100 when there is no such topic. */
    public Topic topic(int id) {
        return Optional.ofNullable(em.find(Topic.class, id)).orElseThrow(Topics::notFound);
    }

    public Topic lockedTopic(int id) {
        return Optional.ofNullable(em.find(Topic.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(Topics::notFound);
    }

    /** 100 when there is no such subject (or reply). */
    public Subject subject(int id) {
        return Optional.ofNullable(em.find(Subject.class, id)).orElseThrow(Topics::notFound);
    }

    public Subject lockedSubject(int id) {
        return Optional.ofNullable(em.find(Subject.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(Topics::notFound);
    }

    /** Top-level subjects of a topic, hot or new. */
    public List<Subject> subjects(int topicId, boolean hot, int offset) {
        String order = hot ? "(s.likeCount + s.replyCount + s.viewCount) DESC, s.id DESC" : "s.id DESC";
        return em.createQuery("SELECT s FROM Subject s WHERE s.topicId = :t AND s.mainSubjectId = 0 ORDER BY "
                        + order, Subject.class).setParameter("t", topicId).setFirstResult(offset)
                .setMaxResults(SUBJECT_PAGE).getResultList();
    }

    /** Replies under a top-level subject, oldest first. */
    public List<Subject> replies(int mainId, int offset, int max) {
        return em.createQuery("SELECT s FROM Subject s WHERE s.mainSubjectId = :m ORDER BY s.id", Subject.class)
                .setParameter("m", mainId).setFirstResult(offset).setMaxResults(max).getResultList();
    }

    /** The first replies under each subject. */
    public Map<Integer, List<Subject>> previews(Collection<Subject> subjects) {
        Map<Integer, List<Subject>> previews = new LinkedHashMap<>();
        for (Subject s : subjects) {
            previews.put(s.id(), s.replyCount() == 0 ? List.of() : replies(s.id(), 0, PREVIEW));
        }
        return previews;
    }

    /** Which of these subjects {@code userId} liked. */
    public Set<Integer> likedAmong(long userId, Collection<Integer> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Set.of();
        }
        Set<Integer> liked = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT subject_id FROM hh_subject_like WHERE user_id = :user AND "
                + "subject_id IN (:ids)").setParameter("user", userId).setParameter("ids", List.copyOf(subjectIds))
                .getResultList()) {
            liked.add(((Number) id).intValue());
        }
        return liked;
    }

    static HeiheiFailure notFound() {
        return new HeiheiFailure(100, "话题或帖子不存在");
    }
}
