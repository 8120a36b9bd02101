package com.switchboard.notify;

import com.switchboard.platform.wire.LworkFailure;
import com.switchboard.account.Party;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** OA items (VOIP-44, 46, 47): posted by the OA system, pushed under rule 6.1, read by the app. */
@Stateless
public class OaService {
    @PersistenceContext
    EntityManager em;
    @Inject
    NotifyService notify;

    /**
     * The OA ingress: a new item for a user raises {@code new_oa_arrived}. The OA system may retry a post: the same
     * uid for the same user is accepted again and changes nothing.
     *
     * @return false when the uid was already known
     */
    public boolean post(Party user, String uid, String subject, String oaLink, String mailAcc) {
        if (find(user.id(), uid) != null) {
            return false;
        }
        em.persist(new OaItem(user.id(), uid, subject, oaLink, Instant.now()));
        notify.raise(user.id(), NotifyService.NEW_OA, mailAcc == null ? user.account() : mailAcc, List.of(uid),
                subject);
        return true;
    }

    /** VOIP-46: {@code pageNum} items per page, {@code pageIndex} 1-based, newest first; optionally only uids. */
    public List<OaItem> summary(Long userId, int pageNum, int pageIndex, List<String> uids) {
        boolean only = uids != null && !uids.isEmpty();
        var q = em.createQuery("select o from OaItem o where o.userId = :u" + (only ? " and o.uid in :uids" : "")
                        + " order by o.id desc", OaItem.class)
                .setParameter("u", userId);
        if (only) {
            q.setParameter("uids", uids);
        }
        return q.setFirstResult((pageIndex - 1) * pageNum).setMaxResults(pageNum).getResultList();
    }

    /** VOIP-47: the item's link; opening it is reading it, which ends its redelivery (rule 6.1). */
    public OaItem open(Long userId, String uid) {
        OaItem item = find(userId, uid);
        if (item == null) {
            throw new LworkFailure("uid_not_exist");
        }
        item.read(Instant.now());
        notify.read(userId, NotifyService.NEW_OA, null, List.of(uid));
        return item;
    }

    private OaItem find(Long userId, String uid) {
        List<OaItem> found = em.createQuery("select o from OaItem o where o.userId = :u and o.uid = :uid",
                        OaItem.class)
                .setParameter("u", userId).setParameter("uid", uid).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
