package com.switchboard.account.qq;

import com.switchboard.platform.secret.Secret;

/**
 * Whether QQ vouches that the client is the QQ user an lwork {@code qq_} account stands for (VOIP-10/11). The
 * account is {@code "qq_" + openid}.
 */
public interface QqIdentity {
    String PREFIX = "qq_";

    /**
     * @param acc         the lwork account, {@code qq_<openid>}
     * @param pwd         the seed's {@code pwd} (the openid, as the seed's clients send it)
     * @param accessToken the client's QQ Connect access token, when it sent one
     */
    boolean vouches(String acc, Secret pwd, Secret accessToken);

    /**
     * Whether QQ vouches for registering {@code acc} (VOIP-11, whose {@code pwd} is a password the user chooses,
     * not the openid: the seed's rule can check nothing but the {@code qq_} form).
     */
    boolean vouchesNew(String acc, Secret accessToken);

    /** Whether this implementation asks QQ (false: the seed's rule, which anyone who knows an openid passes). */
    boolean verifiesWithQq();

    /** The seed's rule, {@code acc == "qq_" + pwd}: no proof that the client is that QQ user. */
    static QqIdentity seedRule() {
        return new QqIdentity() {
            @Override
            public boolean vouches(String acc, Secret pwd, Secret accessToken) {
                return acc != null && pwd != null && acc.startsWith(PREFIX) && acc.length() > PREFIX.length()
                        && pwd.matches(acc.substring(PREFIX.length()));
            }

            @Override
            public boolean vouchesNew(String acc, Secret accessToken) {
                return acc != null && acc.startsWith(PREFIX) && acc.length() > PREFIX.length();
            }

            @Override
            public boolean verifiesWithQq() {
                return false;
            }
        };
    }
}
