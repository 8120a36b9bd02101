package com.switchboard.account;

import com.switchboard.platform.wire.LworkFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The billing system's side of lwork accounts (VOIP-63..66): provisioning, activation and the bound number. */
@Stateless
public class DthAccounts {
    @Inject
    LworkUsers users;
    @Inject
    PasswordHasher passwords;
    @PersistenceContext
    EntityManager em;

    /**
     * VOIP-63: the billing system opens an account, inactive until VOIP-64. Opening an existing account again with
     * the same password is the same request retried (ok); with another password the account is taken.
     */
    public Party openProvisioned(String groupId, String account, String pwd) {
        Optional<LworkUser> existing = users.findByAccount(groupId, account);
        if (existing.isPresent()) {
            if (existing.get().pwdHash() == null || !passwords.matches(pwd, existing.get().pwdHash())) {
                throw new LworkFailure("username_already_existed");
            }
            return users.party(existing.get());
        }
        LworkUser user = new LworkUser(groupId, account, null, passwords.hash(pwd), false);
        em.persist(user);
        users.flushUnique();
        users.claim(groupId, account, user.id());
        return users.party(user);
    }

    /** VOIP-64/65: the billing system allows or stops the account's calls ({@code not_actived}). */
    public void setActivated(String groupId, String account, boolean activated) {
        users.lockedByAccount(groupId, account).activated(activated);
    }

    /** VOIP-66: the billing system binds the account's Shanghai Unicom number: its real phone and {@code did}. */
    public void bindProvisionedPhone(String groupId, String account, String phone) {
        users.lockedByAccount(groupId, account).bindPhone(phone);
    }
}
