package com.switchboard.heihei.user;

import com.switchboard.heihei.identity.ThirdPartyIdentity;
import com.switchboard.heihei.wallet.HeiheiWalletService;
import com.switchboard.platform.secret.Secret;
import com.switchboard.platform.wire.HeiheiFailure;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/** HH-USER-02: sign-in with a Weibo or WeChat token the provider vouches for; the account is created the first time. */
@Stateless
public class ThirdSignIns {
    @PersistenceContext
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<UserRegistered> registered;
    @Inject
    ThirdPartyIdentity identity;
    @Inject
    HeiheiUsers users;
    @Inject
    HeiheiCallers callers;
    @Inject
    HeiheiWalletService wallets;

    public UserService.SignedIn signIn(String source, String accountToken, String openId) {
        boolean weibo = ThirdPartyIdentity.WEIBO.equalsIgnoreCase(source);
        boolean wechat = ThirdPartyIdentity.WECHAT.equalsIgnoreCase(source);
        if (!weibo && !wechat) {
            throw HeiheiFailure.badParam("accountSource must be Weibo or Wechat");
        }
        if (wechat && (openId == null || openId.isBlank())) {
            throw HeiheiFailure.badParam("openId");
        }
        String uid = identity.verify(weibo ? ThirdPartyIdentity.WEIBO : ThirdPartyIdentity.WECHAT,
                        Secret.of(accountToken == null ? "" : accountToken), openId == null ? null : openId.strip())
                .orElseThrow(() -> weibo ? new HeiheiFailure(701, "weibo token无效") : new HeiheiFailure(702, "openid无效"));
        String column = weibo ? "weiboUid" : "wechatOpenid";
        List<HeiheiUser> found = em.createQuery("select u from HeiheiUser u where u." + column + " = :x",
                HeiheiUser.class).setParameter("x", uid).getResultList();
        HeiheiUser user;
        if (found.isEmpty()) {
            user = users.create(Instant.now());
            if (weibo) {
                user.bindWeibo(uid);
            } else {
                user.bindWechat(uid);
            }
            wallets.open(user.id());
            registered.fire(new UserRegistered(user.id()));
            em.flush(); // a concurrent first sign-in of this identity loses on the unique column
        } else {
            user = found.get(0);
        }
        return new UserService.SignedIn(callers.issue(user.id()), user.needsRegistration(), user);
    }
}
