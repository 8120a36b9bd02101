package com.switchboard.heihei.user;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.Map;

/** A user's switches; {@code push_enable} is "1" until the user turns it off. */
@Dependent
public class UserAttributes {
    static final Map<String, String> DEFAULTS = Map.of(UserAttribute.PUSH_ENABLE, "1");

    @PersistenceContext
    EntityManager em;

    public Map<String, String> of(long userId) {
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        em.createQuery("select a from UserAttribute a where a.userId = :u order by a.name", UserAttribute.class)
                .setParameter("u", userId).getResultList().forEach(a -> all.put(a.name(), a.value()));
        return all;
    }

    public String get(long userId, String name) {
        UserAttribute a = em.find(UserAttribute.class, new UserAttribute.Key(userId, name));
        return a != null ? a.value() : DEFAULTS.get(name);
    }

    /** Two first settings at once wait on the user's row: one inserts, the other updates. */
    void set(long userId, String name, String value) {
        em.find(HeiheiUser.class, userId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        UserAttribute a = em.find(UserAttribute.class, new UserAttribute.Key(userId, name));
        if (a == null) {
            em.persist(new UserAttribute(userId, name, value));
        } else {
            a.value(value);
        }
    }
}
